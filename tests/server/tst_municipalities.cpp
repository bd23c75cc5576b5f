// The register of municipalities, on the backend CTest chose: kept, checked and audited by
// `fortrolig-server municipality`, sent to laptops with sync, and used by the consent forms
// there (contacts and approvals) in place of the forms folder's municipalities.json.
#include "SyncHarness.h"
#include "TestSupport.h"
#include "app/consent/ConsentTemplate.h"
#include "app/core/Translations.h"
#include "store/Municipalities.h"
#include "store/ServerDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace fortrolig;
using namespace fortrolig::test;

namespace {

const QString kNordby = QStringLiteral("Nordby Kommune");

// Every option `municipality add` takes, for Nordby (all made up; the CVR number only has a
// valid check digit).
QStringList nordbyOptions()
{
    return {QStringLiteral("--name"),
            kNordby,
            QStringLiteral("--cvr"),
            QStringLiteral("1234 5674"),
            QStringLiteral("--jobcentre-address"),
            QStringLiteral("jobcenter@nordby.example"),
            QStringLiteral("--jobcentre-phone"),
            QStringLiteral("70 00 00 01"),
            QStringLiteral("--dpo"),
            QStringLiteral("dpo@nordby.example"),
            QStringLiteral("--agreement-date"),
            QStringLiteral("2026-01-05"),
            QStringLiteral("--agreement-reference"),
            QStringLiteral("DBA 2026/01"),
            QStringLiteral("--legal-basis"),
            QStringLiteral("Lov om en aktiv beskæftigelsesindsats"),
            QStringLiteral("--statistics"),
            QStringLiteral("yes"),
            QStringLiteral("--approve"),
            QStringLiteral("fortrolig-standard:4:2026-11-02,fortrolig-standard:3:2026-06-01")};
}

} // namespace

class TestMunicipalities : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;

    QString cli(const QStringList& args, int* code) { return m_server->cli(args, code); }
    MunicipalityRegister serverRegister()
    {
        auto r = server::Municipalities::all(m_server->admin().database());
        return r.ok() ? r.value() : MunicipalityRegister();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo() << "backend:" << backendName(m_backend);
        QVERIFY(ensureSodium());
        installTranslations(*QCoreApplication::instance());
    }
    void init()
    {
        m_server = std::make_unique<ServerFixture>(m_backend);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    // Every field is kept as given; the id comes from the name unless given.
    void anEntryIsAddedWithEveryField()
    {
        int code = -1;
        QString out = cli(QStringList{QStringLiteral("municipality"), QStringLiteral("add")} +
                              nordbyOptions(),
                          &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Nordby Kommune (nordby) is in the register")),
                 qPrintable(out));
        const MunicipalityRegister r = serverRegister();
        QCOMPARE(r.entries.size(), 1);
        const Municipality& m = r.entries.first();
        QCOMPARE(m.id, QStringLiteral("nordby"));
        QCOMPARE(m.name, kNordby);
        QCOMPARE(m.cvr, QStringLiteral("12345674"));
        QCOMPARE(m.jobcentreAddress, QStringLiteral("jobcenter@nordby.example"));
        QCOMPARE(m.jobcentrePhone, QStringLiteral("70 00 00 01"));
        QCOMPARE(m.dpoContact, QStringLiteral("dpo@nordby.example"));
        QCOMPARE(m.agreementDate, QDate(2026, 1, 5));
        QCOMPARE(m.agreementReference, QStringLiteral("DBA 2026/01"));
        QCOMPARE(m.legalBasis, QStringLiteral("Lov om en aktiv beskæftigelsesindsats"));
        QVERIFY(m.statisticsAllowed);
        QCOMPARE(m.approvedOn(QStringLiteral("fortrolig-standard"), 4), QDate(2026, 11, 2));
        QCOMPARE(m.approvedOn(QStringLiteral("fortrolig-standard"), 3), QDate(2026, 6, 1));
        QVERIFY(!m.changedAt.isEmpty());
        QCOMPARE(m_server->audit(QStringLiteral("municipality-add")),
                 QStringList{QStringLiteral("nordby ")});

        out = cli({QStringLiteral("municipality"), QStringLiteral("list")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("nordby\tNordby Kommune\t12345674\t2 approved form "
                                             "versions\tstatistics allowed")),
                 qPrintable(out));
        out =
            cli({QStringLiteral("municipality"), QStringLiteral("show"), QStringLiteral("nordby")},
                &code);
        QCOMPARE(code, 0);
        for (const char* expected :
             {"Jobcentre's secure address: jobcenter@nordby.example",
              "Data protection officer: dpo@nordby.example",
              "Data-processing agreement: 2026-01-05, DBA 2026/01", "fortrolig-standard version 4",
              "case\t6 months after the course ended (the default)"})
            QVERIFY2(out.contains(QString::fromUtf8(expected)), qPrintable(out));
    }

    // Each missing or malformed field is refused by name; nothing is stored.
    void badEntriesAreRefusedByName_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("no name") << "--name"
                                 << ""
                                 << "name";
        QTest::newRow("check digit") << "--cvr"
                                     << "12345675"
                                     << "cvr";
        QTest::newRow("short cvr") << "--cvr"
                                   << "1234567"
                                   << "cvr";
        QTest::newRow("no address") << "--jobcentre-address"
                                    << ""
                                    << "jobcentre-address";
        QTest::newRow("phone with letters") << "--jobcentre-phone"
                                            << "ring 70 00"
                                            << "jobcentre-phone";
        QTest::newRow("no dpo") << "--dpo"
                                << ""
                                << "dpo";
        QTest::newRow("agreement date") << "--agreement-date"
                                        << "05-01-2026"
                                        << "--agreement-date";
        QTest::newRow("approval without date") << "--approve"
                                               << "fortrolig-standard:4"
                                               << "--approve";
        QTest::newRow("approval version 0") << "--approve"
                                            << "fortrolig-standard:0:2026-11-02"
                                            << "--approve";
        QTest::newRow("statistics maybe") << "--statistics"
                                          << "maybe"
                                          << "--statistics";
        QTest::newRow("bad id") << "--id"
                                << "Nordby Kommune"
                                << "id";
        QTest::newRow("long legal basis")
            << "--legal-basis" << QString(2001, u'x') << "legal-basis";
    }
    void badEntriesAreRefusedByName()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, named);
        QStringList args = nordbyOptions();
        const qsizetype at = args.indexOf(option);
        if (at >= 0)
            args[at + 1] = value;
        else
            args << option << value;
        int code = -1;
        const QString out =
            cli(QStringList{QStringLiteral("municipality"), QStringLiteral("add")} + args, &code);
        QCOMPARE(code, 2);
        QVERIFY2(out.contains(named), qPrintable(out));
        QVERIFY(serverRegister().entries.isEmpty());
        QVERIFY(m_server->audit(QStringLiteral("municipality-add")).isEmpty());
    }

    // An edit changes what is given, names the fields in the audit log (not their values), and
    // a new name takes the municipality's retention rules with it.
    void anEditChangesOnlyWhatIsGiven()
    {
        int code = -1;
        cli(QStringList{QStringLiteral("municipality"), QStringLiteral("add")} + nordbyOptions(),
            &code);
        QCOMPARE(code, 0);
        cli({QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("case"),
             QStringLiteral("12"), QStringLiteral("--municipality"), kNordby},
            &code);
        QCOMPARE(code, 0);
        const QString out =
            cli({QStringLiteral("municipality"), QStringLiteral("edit"), QStringLiteral("nordby"),
                 QStringLiteral("--name"), QStringLiteral("Nordby-Vest Kommune"),
                 QStringLiteral("--jobcentre-phone"), QStringLiteral("70 00 00 02"),
                 QStringLiteral("--unapprove"), QStringLiteral("fortrolig-standard:3"),
                 QStringLiteral("--approve"), QStringLiteral("fortrolig-standard:4:2026-11-20")},
                &code);
        QVERIFY2(code == 0, qPrintable(out));
        const Municipality m = serverRegister().entries.value(0);
        QCOMPARE(m.name, QStringLiteral("Nordby-Vest Kommune"));
        QCOMPARE(m.jobcentrePhone, QStringLiteral("70 00 00 02"));
        QCOMPARE(m.dpoContact, QStringLiteral("dpo@nordby.example")); // not given: kept
        QCOMPARE(m.approvals.size(), 1);
        QCOMPARE(m.approvedOn(QStringLiteral("fortrolig-standard"), 4), QDate(2026, 11, 20));
        const QStringList audited = m_server->audit(QStringLiteral("municipality-edit"));
        QCOMPARE(audited,
                 QStringList{QStringLiteral("nordby changed: name, jobcentre-phone, approved")});
        const RetentionRules rules = m_server->admin().retention().rules().value();
        QCOMPARE(rules.months(QStringLiteral("Nordby-Vest Kommune"), RetentionKind::Case), 12);
        QCOMPARE(rules.months(kNordby, RetentionKind::Case), 6);

        // Refused: an unknown id, a name another entry has, an approval it does not have.
        cli({QStringLiteral("municipality"), QStringLiteral("edit"), QStringLiteral("sydby"),
             QStringLiteral("--dpo"), QStringLiteral("x")},
            &code);
        QCOMPARE(code, 1);
        QStringList sydby = nordbyOptions();
        sydby[1] = QStringLiteral("Sydby Kommune");
        cli(QStringList{QStringLiteral("municipality"), QStringLiteral("add")} + sydby, &code);
        QCOMPARE(code, 0);
        QString refused =
            cli({QStringLiteral("municipality"), QStringLiteral("edit"), QStringLiteral("sydby"),
                 QStringLiteral("--name"), QStringLiteral("nordby-vest  kommune")},
                &code);
        QCOMPARE(code, 1);
        QVERIFY2(refused.contains(QStringLiteral("another municipality is called")),
                 qPrintable(refused));
        refused = cli(QStringList{QStringLiteral("municipality"), QStringLiteral("add"),
                                  QStringLiteral("--id"), QStringLiteral("sydby")} +
                          nordbyOptions().mid(2) +
                          QStringList{QStringLiteral("--name"), QStringLiteral("Østby Kommune")},
                      &code);
        QCOMPARE(code, 1);
        QVERIFY2(refused.contains(QStringLiteral("the id sydby is taken")), qPrintable(refused));
        refused =
            cli({QStringLiteral("municipality"), QStringLiteral("edit"), QStringLiteral("sydby"),
                 QStringLiteral("--unapprove"), QStringLiteral("fortrolig-standard:9")},
                &code);
        QCOMPARE(code, 2);
        QCOMPARE(serverRegister().entries.size(), 2);
        QCOMPARE(m_server->audit(QStringLiteral("municipality-edit")).size(), 1);
    }

    // The laptop receives the register with its sync round, keeps it (offline too), takes
    // changes at the next round, and its forms take the contacts and approvals from it; the
    // forms folder's file still covers a municipality the register lacks.
    void laptopsReceiveTheRegisterAndTheFormsUseIt()
    {
        Account anne = m_server->createConsultant(QStringLiteral("anne"));
        auto laptop = Device::signedIn(*m_server, anne);
        QVERIFY(laptop);
        QVERIFY(laptop->syncOnce());
        QVERIFY(laptop->journal().municipalities()->entries.isEmpty());
        int code = -1;
        cli(QStringList{QStringLiteral("municipality"), QStringLiteral("add")} + nordbyOptions(),
            &code);
        QCOMPARE(code, 0);
        QVERIFY(laptop->syncOnce());
        QCOMPARE(laptop->journal().municipalities()->entries, serverRegister().entries);

        cli({QStringLiteral("municipality"), QStringLiteral("edit"), QStringLiteral("nordby"),
             QStringLiteral("--dpo"), QStringLiteral("databeskyttelse@nordby.example")},
            &code);
        QCOMPARE(code, 0);
        QVERIFY(laptop->syncOnce());
        const MunicipalityRegister kept = laptop->journal().municipalities().value();
        QCOMPARE(kept.entries, serverRegister().entries);

        TemplateCatalogue forms = TemplateCatalogue::load();
        forms.controllers = TemplateCatalogue::parseControllers(
                                R"({"format": 1, "municipalities": [
                    {"name": "Nordby Kommune", "contact": "old", "dpo": "old"},
                    {"name": "Sydby Kommune", "contact": "tlf. 00 00 00 09", "dpo": "d"}]})")
                                .value();
        forms.useRegister(kept);
        const ConsentTemplate* v4 =
            forms.find(QStringLiteral("fortrolig-standard"), QStringLiteral("da"), 4);
        QVERIFY(v4);
        const QMap<QString, QString> nordby = forms.controllerDetails(*v4, kNordby);
        QCOMPARE(nordby.value(QStringLiteral("controllerContact")),
                 QStringLiteral("jobcenter@nordby.example, 70 00 00 01"));
        QCOMPARE(nordby.value(QStringLiteral("dpoContact")),
                 QStringLiteral("databeskyttelse@nordby.example"));
        QCOMPARE(nordby.value(QStringLiteral("approvedOn")), QStringLiteral("2026-11-02"));
        QVERIFY(forms.controller(kNordby)->fromRegister);
        QVERIFY(!forms.controller(QStringLiteral("Sydby Kommune"))->fromRegister);
        QCOMPARE(forms.controllers.size(), 2);
        forms.useRegister(kept); // again (the next consent form): no entry twice
        QCOMPARE(forms.controllers.size(), 2);
        // The rights page shows the contacts and the approval, not where to find them.
        QCOMPARE(v4->rightsSections(nordby),
                 QStringList({QStringLiteral("contacts"), QStringLiteral("retention"),
                              QStringLiteral("complaint"), QStringLiteral("approved")}));
    }
};

QTEST_GUILESS_MAIN(TestMunicipalities)
#include "tst_municipalities.moc"
