// A municipality's entry in the register: the checks that keep a mistyped entry out, the id
// made from a name, and JSON both ways.
#include "app/domain/Municipality.h"

#include <QTest>

using namespace fortrolig;

namespace {

Municipality testby()
{
    Municipality m;
    m.id = QStringLiteral("testby");
    m.name = QStringLiteral("Testby Kommune");
    m.cvr = QStringLiteral("31000009"); // made up: only the check digit is right
    m.jobcentreAddress = QStringLiteral("jobcenter@testby.example");
    m.dpoContact = QStringLiteral("dpo@testby.example");
    return m;
}

} // namespace

class TestMunicipality : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every single mistyped digit of a valid number is caught (the weights are all below 11).
    void everySingleDigitErrorInACvrNumberIsCaught()
    {
        for (const QString& valid : {QStringLiteral("31000009"), QStringLiteral("12345674")}) {
            QVERIFY(Municipality::validCvr(valid));
            for (int i = 0; i < 8; ++i) {
                for (char d = '0'; d <= '9'; ++d) {
                    QString typo = valid;
                    typo[i] = QLatin1Char(d);
                    if (typo != valid)
                        QVERIFY2(!Municipality::validCvr(typo), qPrintable(typo));
                }
            }
        }
        for (const char* bad : {"", "3100000", "310000090", "3100000x", "3100 0009"})
            QVERIFY2(!Municipality::validCvr(QString::fromLatin1(bad)), bad);
    }

    void anIdIsMadeFromTheName()
    {
        QCOMPARE(Municipality::idFromName(QStringLiteral("Testby Kommune")),
                 QStringLiteral("testby"));
        QCOMPARE(Municipality::idFromName(QStringLiteral("Ærø Kommune")), QStringLiteral("aeroe"));
        QCOMPARE(Municipality::idFromName(QStringLiteral("  Høje-Tåstrup  Kommune ")),
                 QStringLiteral("hoeje-taastrup"));
        QCOMPARE(Municipality::idFromName(QStringLiteral("Bornholms Regionskommune")),
                 QStringLiteral("bornholms-regionskommune"));
        for (const QString& name :
             {QStringLiteral("Ærø Kommune"), QStringLiteral("A/B by"), QString(60, u'x')}) {
            Municipality m = testby();
            m.name = name;
            m.id = Municipality::idFromName(name);
            QVERIFY2(!m.check(), qPrintable(m.check().detail));
        }
    }

    // Each defect names its field; a correct entry has none.
    void defectsNameTheirField_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<QString>("field");
        QTest::newRow("id") << 0 << "id";
        QTest::newRow("name") << 1 << "name";
        QTest::newRow("name on two lines") << 2 << "name";
        QTest::newRow("cvr") << 3 << "cvr";
        QTest::newRow("address") << 4 << "jobcentre-address";
        QTest::newRow("phone") << 5 << "jobcentre-phone";
        QTest::newRow("dpo") << 6 << "dpo";
        QTest::newRow("agreement reference") << 7 << "agreement-reference";
        QTest::newRow("approval twice") << 8 << "approved";
        QTest::newRow("approval without date") << 9 << "approved";
    }
    void defectsNameTheirField()
    {
        QFETCH(int, defect);
        QFETCH(QString, field);
        Municipality m = testby();
        QVERIFY(!m.check());
        const Municipality::Approval v4{QStringLiteral("fortrolig-standard"), 4,
                                        QDate(2026, 11, 2)};
        switch (defect) {
        case 0:
            m.id = QStringLiteral("-testby");
            break;
        case 1:
            m.name = QStringLiteral("  ");
            break;
        case 2:
            m.name = QStringLiteral("Testby\nKommune");
            break;
        case 3:
            m.cvr = QStringLiteral("31000008");
            break;
        case 4:
            m.jobcentreAddress.clear();
            break;
        case 5:
            m.jobcentrePhone = QStringLiteral("tlf 70");
            break;
        case 6:
            m.dpoContact = QString(201, u'd');
            break;
        case 7:
            m.agreementReference = QString(65, u'r');
            break;
        case 8:
            m.approvals = {v4, v4};
            break;
        case 9:
            m.approvals = {{v4.form, 4, {}}};
            break;
        }
        const Error e = m.check();
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        QVERIFY2(e.detail.startsWith(field + QStringLiteral(": ")), qPrintable(e.detail));
        // The same entry as JSON (what a laptop receives) is refused the same way.
        auto parsed = Municipality::fromJson(m.toJson());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().detail, e.detail);
    }

    void jsonBothWaysAndTheRegisterFindsByName()
    {
        Municipality m = testby();
        m.jobcentrePhone = QStringLiteral("+45 70 00 00 01");
        m.agreementDate = QDate(2026, 1, 5);
        m.agreementReference = QStringLiteral("DBA-1");
        m.legalBasis = QStringLiteral("Lov om en aktiv beskæftigelsesindsats");
        m.approvals = {{QStringLiteral("fortrolig-standard"), 4, QDate(2026, 11, 2)}};
        m.statisticsAllowed = true;
        QCOMPARE(Municipality::fromJson(m.toJson()).value(), m);
        QCOMPARE(m.contactLine(), QStringLiteral("jobcenter@testby.example, +45 70 00 00 01"));
        const MunicipalityRegister r{{m}};
        QCOMPARE(MunicipalityRegister::fromJson(r.toJson()).value().entries, r.entries);
        QVERIFY(r.byName(QStringLiteral(" testby  KOMMUNE")));
        QVERIFY(!r.byName(QStringLiteral("Testby")));
        QVERIFY(!r.byName(QString()));
        QVERIFY(r.byId(QStringLiteral("testby")));
        Municipality other = testby();
        other.id = QStringLiteral("other");
        const auto twice =
            MunicipalityRegister::fromJson(MunicipalityRegister{{m, other}}.toJson());
        QVERIFY(!twice.ok()); // the same name twice
        QVERIFY2(twice.error().detail.contains(QStringLiteral("[1]")),
                 qPrintable(twice.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestMunicipality)
#include "tst_municipality.moc"
