// The consent gate, table-driven: consent states x recipients x categories x dates,
// including withdrawal and expiry at the boundary; and the disclosure log behind it.
#include "TestSupport.h"
#include "journal/Journal.h"
#include "storage/JournalDatabase.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

namespace {
QString hashOf(const char* text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestConsentGate : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    test::ManualClock m_clock;
    QString m_citizen, m_course;
    int m_count = 0;

    ConsentInput form()
    {
        ConsentInput c;
        c.citizenId = m_citizen;
        c.courseId = m_course;
        c.templateId = QStringLiteral("fortrolig-standard");
        c.templateVersion = 1;
        c.language = QStringLiteral("da");
        c.textHash = hashOf("the exact text shown");
        c.place = QStringLiteral("Testby");
        c.signer = QStringLiteral("Borger Testsen");
        c.signerRole = QStringLiteral("citizen");
        c.grants = {{{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")},
                     {QStringLiteral("ordinary"), QStringLiteral("health")}},
                    {{QStringLiteral("akasse"), {}}, {QStringLiteral("ordinary")}}};
        return c;
    }

private Q_SLOTS:
    void init()
    {
        auto jdb =
            JournalDatabase::open(m_dir.filePath(QStringLiteral("g%1.db").arg(++m_count)),
                                  SecureBytes::random(32), JournalDatabase::Mode::Create, {});
        QVERIFY(jdb.ok());
        QVERIFY(Migrations::migrate(jdb.value()->db()).ok());
        m_clock.now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        m_journal = std::make_unique<Journal>(
            std::move(jdb.value()), Identity{QStringLiteral("kons-1"), QStringLiteral("dev-1")},
            [this] { return m_clock(); });
        m_citizen = m_journal
                        ->addCitizen(QStringLiteral("Borger Testsen"),
                                     *Cpr::parse(QString::fromLatin1(test::kFakeCpr)))
                        .value();
        m_course = m_journal
                       ->addCourse({m_citizen,
                                    QStringLiteral("Testby Kommune"),
                                    QStringLiteral("afklaringsforløb"),
                                    {},
                                    QDate(2026, 2, 1),
                                    QDate(2026, 8, 1)})
                       .value();
    }
    void cleanup() { m_journal.reset(); }

    void gate_data()
    {
        QTest::addColumn<QString>("state");     // how the consent stands
        QTest::addColumn<QString>("recipient"); // KIND[:NAME]
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reason");
        const QStringList ordinary{QStringLiteral("ordinary")};
        const QStringList health{QStringLiteral("health")};
        const QStringList both{QStringLiteral("ordinary"), QStringLiteral("health")};
        const QDate d(2026, 3, 2);
        QTest::newRow("jobcentre without consent")
            << "none"
            << "jobcentre" << both << d << true << "legal-basis";
        QTest::newRow("doctor without consent")
            << "none"
            << "doctor:Dr. Prøve" << ordinary << d << false << "no-consent";
        QTest::newRow("after saying no")
            << "refused"
            << "doctor:Dr. Prøve" << ordinary << d << false << "refused";
        QTest::newRow("given: doctor ordinary")
            << "given"
            << "doctor:Dr. Prøve" << ordinary << d << true << "consent";
        QTest::newRow("given: doctor health")
            << "given"
            << "doctor:Dr. Prøve" << health << d << true << "consent";
        QTest::newRow("given: name in other case")
            << "given"
            << "doctor:DR. PRØVE" << both << d << true << "consent";
        QTest::newRow("given: another doctor")
            << "given"
            << "doctor:Dr. Anden" << ordinary << d << false << "no-consent";
        QTest::newRow("given: a-kasse ordinary") << "given"
                                                 << "akasse" << ordinary << d << true << "consent";
        QTest::newRow("given: a-kasse health")
            << "given"
            << "akasse" << health << d << false << "category-not-covered";
        QTest::newRow("given: a-kasse criminal")
            << "given"
            << "akasse" << QStringList{QStringLiteral("criminal")} << d << false
            << "category-not-covered";
        QTest::newRow("given: union") << "given"
                                      << "union" << ordinary << d << false << "no-consent";
        QTest::newRow("withdrawn whole")
            << "withdrawn"
            << "doctor:Dr. Prøve" << ordinary << d << false << "withdrawn";
        QTest::newRow("withdrawn whole: jobcentre still")
            << "withdrawn"
            << "jobcentre" << ordinary << d << true << "legal-basis";
        QTest::newRow("doctor withdrawn, a-kasse kept")
            << "withdrawn-doctor"
            << "akasse" << ordinary << d << true << "consent";
        QTest::newRow("doctor withdrawn")
            << "withdrawn-doctor"
            << "doctor:Dr. Prøve" << ordinary << d << false << "withdrawn";
        QTest::newRow("health withdrawn: health")
            << "withdrawn-health"
            << "doctor:Dr. Prøve" << health << d << false << "withdrawn";
        QTest::newRow("health withdrawn: ordinary kept")
            << "withdrawn-health"
            << "doctor:Dr. Prøve" << ordinary << d << true << "consent";
        QTest::newRow("valid until: last day")
            << "until-0401"
            << "akasse" << ordinary << QDate(2026, 4, 1) << true << "consent";
        QTest::newRow("valid until: day after")
            << "until-0401"
            << "akasse" << ordinary << QDate(2026, 4, 2) << false << "expired";
        QTest::newRow("course ended: last day")
            << "course-ended-0415"
            << "akasse" << ordinary << QDate(2026, 4, 15) << true << "consent";
        QTest::newRow("course ended: day after")
            << "course-ended-0415"
            << "akasse" << ordinary << QDate(2026, 4, 16) << false << "expired";
    }
    void gate()
    {
        QFETCH(QString, state);
        QFETCH(QString, recipient);
        QFETCH(QStringList, categories);
        QFETCH(QDate, day);
        QFETCH(bool, allowed);
        QFETCH(QString, reason);
        ConsentInput c = form();
        if (state == QStringLiteral("until-0401"))
            c.validUntil = QDate(2026, 4, 1);
        QString consent;
        if (state == QStringLiteral("refused")) {
            QVERIFY(m_journal->refuseConsent(c).ok());
        } else if (state != QStringLiteral("none")) {
            auto id = m_journal->giveConsent(c);
            QVERIFY2(id.ok(), qPrintable(id.error().message()));
            consent = id.value();
        }
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        if (state == QStringLiteral("withdrawn"))
            QVERIFY(m_journal->withdrawConsent(consent).ok());
        else if (state == QStringLiteral("withdrawn-doctor"))
            QVERIFY(m_journal->withdrawConsent(consent, doctor).ok());
        else if (state == QStringLiteral("withdrawn-health"))
            QVERIFY(m_journal->withdrawConsent(consent, doctor, QStringLiteral("health")).ok());
        else if (state == QStringLiteral("course-ended-0415"))
            QVERIFY(m_journal->endCourse(m_course, QDate(2026, 4, 15)).ok());
        m_clock.now = QDateTime(day, QTime(12, 0), Qt::UTC);
        auto d = m_journal->mayDisclose(m_citizen, Recipient::parse(recipient), categories);
        QVERIFY2(d.ok(), qPrintable(d.error().message()));
        QCOMPARE(d->allowed, allowed);
        QCOMPARE(d->code(), reason);
        QVERIFY(!d->explanation().isEmpty());
        if (allowed && reason == QStringLiteral("consent"))
            QCOMPARE(d->consentId, consent);
    }

    void invalidConsentsAreRefused()
    {
        ConsentInput c = form();
        c.grants = {{{QStringLiteral("doctor"), {}}, {QStringLiteral("health")}}}; // no name
        QCOMPARE(m_journal->giveConsent(c).error().code, ErrorCode::InvalidInput);
        c = form();
        c.grants.first().categories = {QStringLiteral("relevant information")}; // §11a: not a type
        QCOMPARE(m_journal->giveConsent(c).error().code, ErrorCode::InvalidInput);
        c = form();
        c.courseId.clear();
        QCOMPARE(m_journal->giveConsent(c).error().code, ErrorCode::InvalidInput);
        c = form();
        c.textHash = QStringLiteral("not a hash");
        QCOMPARE(m_journal->giveConsent(c).error().code, ErrorCode::InvalidInput);
        c = form();
        c.grants.clear();
        QCOMPARE(m_journal->giveConsent(c).error().code, ErrorCode::InvalidInput);
        c = form();
        c.grants << ConsentGrant{{QStringLiteral("doctor"), QStringLiteral("dr. prøve")},
                                 {QStringLiteral("cpr")}};
        QCOMPARE(m_journal->giveConsent(c).error().code, ErrorCode::InvalidInput); // named twice
        c = form();
        c.grants.first().categories << QStringLiteral("health");
        QCOMPARE(m_journal->giveConsent(c).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_journal->consents(m_citizen)->size(), 0);
    }

    void disclosuresGoThroughTheGateAndAreLogged()
    {
        auto consent = m_journal->giveConsent(form());
        QVERIFY(consent.ok());
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        auto ok = m_journal->disclose(m_citizen, doctor, {QStringLiteral("health")},
                                      QStringLiteral("status report"));
        QVERIFY(ok.ok());
        auto denied =
            m_journal->disclose(m_citizen, {QStringLiteral("union"), {}},
                                {QStringLiteral("ordinary")}, QStringLiteral("status report"));
        QCOMPARE(denied.error().code, ErrorCode::NotAllowed);
        QVERIFY(denied.error().message().contains(QStringLiteral("not consented")));
        auto legal =
            m_journal->disclose(m_citizen, {RecipientKind::Jobcentre, {}},
                                {QStringLiteral("ordinary")}, QStringLiteral("status report"));
        QVERIFY(legal.ok());
        auto list = m_journal->disclosures(m_citizen);
        QCOMPARE(list->size(), 2); // the denied one left nothing
        QCOMPARE(list->at(0).consentId, consent.value());
        QCOMPARE(list->at(0).basis, QStringLiteral("consent"));
        QCOMPARE(list->at(0).recipient, doctor);
        QCOMPARE(list->at(0).categories, QStringList{QStringLiteral("health")});
        QCOMPARE(list->at(0).author, QStringLiteral("kons-1"));
        QCOMPARE(list->at(1).basis, QStringLiteral("legal-basis"));
        auto log = m_journal->accessLog(m_citizen);
        QCOMPARE(std::count_if(log->begin(), log->end(),
                               [](const AccessLogEntry& e) {
                                   return e.action == QStringLiteral("disclosed");
                               }),
                 2);
        QVERIFY(m_journal->verify().ok());
        // Withdrawal takes effect at once, however the name is typed.
        QVERIFY(m_journal
                    ->withdrawConsent(consent.value(),
                                      {QStringLiteral("doctor"), QStringLiteral("DR. PRØVE")})
                    .ok());
        QCOMPARE(
            m_journal->disclose(m_citizen, doctor, {QStringLiteral("health")}, QStringLiteral("x"))
                .error()
                .code,
            ErrorCode::NotAllowed);
        QCOMPARE(m_journal->withdrawConsent(consent.value(), doctor).code,
                 ErrorCode::NotFound); // already
    }

    void consentsListShowsWhatIsStillGiven()
    {
        auto consent = m_journal->giveConsent(form());
        QVERIFY(m_journal
                    ->withdrawConsent(consent.value(),
                                      {QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")},
                                      QStringLiteral("health"))
                    .ok());
        auto list = m_journal->consents(m_citizen);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().status, QStringLiteral("given"));
        QCOMPARE(list->first().textHash, hashOf("the exact text shown"));
        QCOMPARE(list->first().activeGrants.size(), 2);
        QCOMPARE(list->first().activeGrants.at(1).recipient.kind, QStringLiteral("doctor"));
        QCOMPARE(list->first().activeGrants.at(1).categories,
                 QStringList{QStringLiteral("ordinary")});
    }
};

QTEST_GUILESS_MAIN(TestConsentGate)
#include "tst_consentgate.moc"
