// The consent gate, table-driven: consent states x recipients x categories x dates,
// including withdrawal and expiry at the boundary; the jobcentre's legal basis (which
// municipality, which course, which days); and the disclosure log behind it.
#include "TestSupport.h"
#include "app/consent/ConsentGate.h"
#include "app/consent/ReceiptText.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalInternals.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
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
        // Version 1 asked about "your a-kasse" without a name: that covers the citizen's one
        // a-kasse by whatever name a disclosure gives it. Version 2 names it: only that one.
        QTest::newRow("given: unnamed a-kasse, asked by name")
            << "given"
            << "akasse:Prøvekassen" << ordinary << d << true << "consent";
        QTest::newRow("named a-kasse: the same")
            << "named-akasse"
            << "akasse:PRØVEKASSEN" << ordinary << d << true << "consent";
        QTest::newRow("named a-kasse: another")
            << "named-akasse"
            << "akasse:Anden Kasse" << ordinary << d << false << "no-consent";
        QTest::newRow("named a-kasse: unnamed")
            << "named-akasse"
            << "akasse" << ordinary << d << false << "no-consent";
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
        if (state == QStringLiteral("named-akasse"))
            c.grants[1].recipient.name = QStringLiteral("Prøvekassen");
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

    // The jobcentre's legal basis: only the municipality that referred the citizen to a
    // course, from the course's start through its end (actual, else planned) and the
    // hand-over days after it. Otherwise a consent, as for anyone; else the reason.
    void jobcentre_data()
    {
        // Each course: "MUNICIPALITY|START|PLANNED END|ACTUAL END" (ends may be empty).
        QTest::addColumn<QStringList>("courses");
        // "", "refused", or "[withdrawn ]KIND[:NAME]=CAT,...": a consent for the last course.
        QTest::addColumn<QString>("consent");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("course"); // the course the answer names; -1: none

        const QStringList ordinary{QStringLiteral("ordinary")};
        const QStringList health{QStringLiteral("health")};
        const QStringList all = InfoCategory::all();
        const QDate d(2026, 3, 2);
        const QString testby = QStringLiteral("Testby Kommune|2026-02-01|2026-08-01|");
        const QString andenby = QStringLiteral("Andenby Kommune|2026-02-15|2026-09-01|");
        const QString testbyEnded = QStringLiteral("Testby Kommune|2025-09-01|2026-01-10|");
        const QString testbyLater = QStringLiteral("Testby Kommune|2026-04-01|2026-08-01|");
        const QString jc = QStringLiteral("jobcentre");
        const QString jcTestby = QStringLiteral("jobcentre:Testby Kommune");
        const QString jcAndenby = QStringLiteral("jobcentre:Andenby Kommune");
        const QString grantAndenby = QStringLiteral("jobcentre:Jobcenter Andenby=ordinary");
        const QString lb = QStringLiteral("legal-basis");
        const QString notReferring = QStringLiteral("not-referring-municipality");
        const QString ended = QStringLiteral("course-ended");
        const QString notStarted = QStringLiteral("course-not-started");

        // The name: the municipality recorded on the course, sensibly compared.
        QTest::newRow("running: exact name")
            << QStringList{testby} << "" << d << jcTestby << all << true << lb << 0;
        QTest::newRow("running: unnamed is the referring one")
            << QStringList{testby} << "" << d << jc << all << true << lb << 0;
        QTest::newRow("running: case and spaces")
            << QStringList{testby} << "" << d << "jobcentre:  testBY   KOMMUNE " << ordinary << true
            << lb << 0;
        QTest::newRow("running: Danish letters in another case")
            << QStringList{QStringLiteral("Østerby Kommune|2026-02-01|2026-08-01|")} << "" << d
            << "jobcentre:ØSTERBY KOMMUNE" << ordinary << true << lb << 0;
        QTest::newRow("running: Jobcenter Testby is Testby Kommune")
            << QStringList{testby} << "" << d << "jobcentre:Jobcenter Testby" << ordinary << true
            << lb << 0;
        QTest::newRow("running: the town's name alone")
            << QStringList{testby} << "" << d << "jobcentre:Testby" << ordinary << true << lb << 0;
        QTest::newRow("wrong name") << QStringList{testby} << "" << d << jcAndenby << ordinary
                                    << false << notReferring << -1;
        QTest::newRow("wrong name containing the right one")
            << QStringList{testby} << "" << d << "jobcentre:Testby Nord Kommune" << ordinary
            << false << notReferring << -1;
        QTest::newRow("wrong name: a word longer")
            << QStringList{testby} << "" << d << "jobcentre:Nordtestby Kommune" << ordinary << false
            << notReferring << -1;

        // The days: from the start through the end and the hand-over.
        QTest::newRow("not started") << QStringList{testbyLater} << "" << d << jcTestby << ordinary
                                     << false << notStarted << 0;
        QTest::newRow("not started: unnamed")
            << QStringList{testbyLater} << "" << d << jc << ordinary << false << notStarted << 0;
        QTest::newRow("first day") << QStringList{testbyLater} << "" << QDate(2026, 4, 1)
                                   << jcTestby << ordinary << true << lb << 0;
        QTest::newRow("planned end: last day") << QStringList{testby} << "" << QDate(2026, 8, 1)
                                               << jcTestby << ordinary << true << lb << 0;
        QTest::newRow("planned end: last day of the hand-over")
            << QStringList{testby} << "" << QDate(2026, 8, 15) << jcTestby << ordinary << true << lb
            << 0;
        QTest::newRow("planned end: after the hand-over")
            << QStringList{testby} << "" << QDate(2026, 8, 16) << jcTestby << ordinary << false
            << ended << 0;
        QTest::newRow("planned end: after the hand-over, unnamed")
            << QStringList{testby} << "" << QDate(2026, 8, 16) << jc << ordinary << false << ended
            << 0;
        QTest::newRow("actual end: within the hand-over")
            << QStringList{QStringLiteral("Testby Kommune|2026-02-01|2026-08-01|2026-04-15")} << ""
            << QDate(2026, 4, 29) << jcTestby << ordinary << true << lb << 0;
        QTest::newRow("actual end: after the hand-over, before the planned end")
            << QStringList{QStringLiteral("Testby Kommune|2026-02-01|2026-08-01|2026-04-15")} << ""
            << QDate(2026, 4, 30) << jcTestby << ordinary << false << ended << 0;
        QTest::newRow("actual end after the planned end")
            << QStringList{QStringLiteral("Testby Kommune|2026-02-01|2026-03-01|2026-03-20")} << ""
            << QDate(2026, 3, 30) << jcTestby << ordinary << true << lb << 0;
        QTest::newRow("no end set: open")
            << QStringList{QStringLiteral("Testby Kommune|2026-02-01||")} << "" << QDate(2027, 6, 1)
            << jcTestby << ordinary << true << lb << 0;
        QTest::newRow("no course at all")
            << QStringList{} << "" << d << jcTestby << ordinary << false << "no-course" << -1;
        QTest::newRow("no course at all: unnamed")
            << QStringList{} << "" << d << jc << ordinary << false << "no-course" << -1;

        // Two courses.
        QTest::newRow("two municipalities: the second")
            << QStringList{testby, andenby} << "" << d << jcAndenby << all << true << lb << 1;
        QTest::newRow("two municipalities: the first")
            << QStringList{testby, andenby} << "" << d << jcTestby << all << true << lb << 0;
        QTest::newRow("two municipalities: a third")
            << QStringList{testby, andenby} << "" << d << "jobcentre:Tredjeby Kommune" << ordinary
            << false << notReferring << -1;
        QTest::newRow("two municipalities running: unnamed")
            << QStringList{testby, andenby} << "" << d << jc << ordinary << false
            << "jobcentre-not-named" << -1;
        QTest::newRow("two municipalities: the ended one's")
            << QStringList{testbyEnded, andenby} << "" << d << jcTestby << ordinary << false
            << ended << 0;
        QTest::newRow("two municipalities, one ended: unnamed is the running one")
            << QStringList{testbyEnded, andenby} << "" << d << jc << ordinary << true << lb << 1;
        QTest::newRow("one municipality twice: the running course")
            << QStringList{testbyEnded, testby} << "" << d << jcTestby << ordinary << true << lb
            << 1;
        QTest::newRow("one municipality twice: between them")
            << QStringList{testbyEnded, testbyLater} << "" << d << jcTestby << ordinary << false
            << notStarted << 1;
        QTest::newRow("one municipality twice: the running one before the hand-over")
            << QStringList{QStringLiteral("Testby Kommune|2025-12-01|2026-02-25|"),
                           QStringLiteral("Testby Kommune|2026-03-02|2026-08-01|")}
            << "" << d << jcTestby << ordinary << true << lb << 1;

        // Without the legal basis, a consent as for anyone else.
        QTest::newRow("consent to another jobcentre")
            << QStringList{testby} << grantAndenby << d << jcAndenby << ordinary << true
            << "consent" << -1;
        QTest::newRow("consent to another jobcentre: category not covered")
            << QStringList{testby} << grantAndenby << d << jcAndenby << health << false
            << "category-not-covered" << -1;
        QTest::newRow("consent to another jobcentre: withdrawn")
            << QStringList{testby} << QString(QStringLiteral("withdrawn ") + grantAndenby) << d
            << jcAndenby << ordinary << false << "withdrawn" << -1;
        QTest::newRow("consent to another jobcentre: not a third")
            << QStringList{testby} << grantAndenby << d << "jobcentre:Tredjeby Kommune" << ordinary
            << false << notReferring << -1;
        QTest::newRow("consent to another jobcentre: the referring one by law")
            << QStringList{testby} << grantAndenby << d << jc << all << true << lb << 0;
        QTest::newRow("consent to the jobcentre of an ended course")
            << QStringList{QStringLiteral("Andenby Kommune|2025-09-01|2026-01-10|"), testby}
            << "jobcentre:Andenby Kommune=ordinary" << d << jcAndenby << ordinary << true
            << "consent" << -1;
        QTest::newRow("form refused: the referring jobcentre by law")
            << QStringList{testby} << "refused" << d << jcTestby << ordinary << true << lb << 0;
        QTest::newRow("form refused: another jobcentre")
            << QStringList{testby} << "refused" << d << jcAndenby << ordinary << false
            << notReferring << -1;
        QTest::newRow("form refused: course ended") << QStringList{testbyEnded} << "refused" << d
                                                    << jcTestby << ordinary << false << ended << 0;

        // Other kinds of recipient: as before, whatever the courses (regression rows).
        QTest::newRow("other, named like the municipality: no legal basis")
            << QStringList{testby} << "" << d << "other:Testby Kommune" << ordinary << false
            << "no-consent" << -1;
        QTest::newRow("a-kasse with a consent") << QStringList{testby} << "akasse=ordinary" << d
                                                << "akasse" << ordinary << true << "consent" << -1;
        QTest::newRow("doctor without a course") << QStringList{} << "" << d << "doctor:Dr. Prøve"
                                                 << ordinary << false << "no-consent" << -1;
    }
    void jobcentre()
    {
        QFETCH(QStringList, courses);
        QFETCH(QString, consent);
        QFETCH(QDate, day);
        QFETCH(QString, recipient);
        QFETCH(QStringList, categories);
        QFETCH(bool, allowed);
        QFETCH(QString, reason);
        QFETCH(int, course);

        auto citizen = m_journal->addCitizen(QStringLiteral("Anne Testsen"),
                                             *Cpr::parse(QStringLiteral("020258-5998")));
        QVERIFY(citizen.ok());
        QStringList ids, municipalities;
        for (const QString& spec : std::as_const(courses)) {
            const QStringList f = spec.split(QLatin1Char('|'));
            auto id = m_journal->addCourse({citizen.value(),
                                            f.at(0),
                                            QStringLiteral("afklaringsforløb"),
                                            {},
                                            QDate::fromString(f.at(1), Qt::ISODate),
                                            QDate::fromString(f.at(2), Qt::ISODate)});
            QVERIFY2(id.ok(), qPrintable(id.error().message()));
            if (!f.at(3).isEmpty())
                QVERIFY(
                    m_journal->endCourse(id.value(), QDate::fromString(f.at(3), Qt::ISODate)).ok());
            ids << id.value();
            municipalities << f.at(0);
        }
        ConsentInput c = form();
        c.citizenId = citizen.value();
        c.courseId = ids.value(ids.size() - 1);
        c.signer = QStringLiteral("Anne Testsen");
        QString consentId;
        if (consent == QStringLiteral("refused")) {
            QVERIFY(m_journal->refuseConsent(c).ok());
        } else if (!consent.isEmpty()) {
            const bool withdrawn = consent.startsWith(QStringLiteral("withdrawn "));
            const QString grant = withdrawn ? consent.mid(10) : consent;
            c.grants = {{Recipient::parse(grant.section(QLatin1Char('='), 0, 0)),
                         grant.section(QLatin1Char('='), 1).split(QLatin1Char(','))}};
            auto id = m_journal->giveConsent(c);
            QVERIFY2(id.ok(), qPrintable(id.error().message()));
            consentId = id.value();
            if (withdrawn)
                QVERIFY(m_journal->withdrawConsent(consentId).ok());
        }
        m_clock.now = QDateTime(day, QTime(12, 0), Qt::UTC);
        auto d = m_journal->mayDisclose(citizen.value(), Recipient::parse(recipient), categories);
        QVERIFY2(d.ok(), qPrintable(d.error().message()));
        QCOMPARE(d->code(), reason);
        QCOMPARE(d->allowed, allowed);
        QCOMPARE(d->courseId, course < 0 ? QString() : ids.at(course));
        QCOMPARE(d->consentId, reason == QStringLiteral("consent") ? consentId : QString());
        const QString explanation = d->explanation();
        QVERIFY(!explanation.isEmpty());
        if (course >= 0) { // the answer says which municipality's course
            QCOMPARE(d->municipality, municipalities.at(course));
            QVERIFY2(explanation.contains(municipalities.at(course)), qPrintable(explanation));
        }
        if (reason == QStringLiteral("course-ended"))
            QVERIFY(d->handOverUntil() < day);
    }

    // A jobcentre's name against a course's municipality.
    void municipalityNames_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("exact") << "Testby Kommune"
                               << "Testby Kommune" << true;
        QTest::newRow("case and spaces") << "Testby Kommune"
                                         << "  testby   KOMMUNE " << true;
        QTest::newRow("Danish letters") << "Østerby Kommune"
                                        << "ØSTERBY kommune" << true;
        QTest::newRow("Jobcenter X is X Kommune") << "Testby Kommune"
                                                  << "Jobcenter Testby" << true;
        QTest::newRow("Jobcentret X") << "Jobcentret Testby"
                                      << "Testby Kommune" << true;
        QTest::newRow("the town alone") << "Testby"
                                        << "Testby Kommune" << true;
        QTest::newRow("Regionskommune") << "Testø Regionskommune"
                                        << "Jobcenter Testø" << true;
        QTest::newRow("another town") << "Testby Kommune"
                                      << "Andenby Kommune" << false;
        QTest::newRow("one word more") << "Testby Kommune"
                                       << "Testby Nord Kommune" << false;
        QTest::newRow("a longer word") << "Testby Kommune"
                                       << "Nordtestby Kommune" << false;
        QTest::newRow("no genitive guessed") << "Testbys Kommune"
                                             << "Jobcenter Testby" << false;
        QTest::newRow("generic words only") << "Kommune"
                                            << "Jobcenter" << false;
        QTest::newRow("empty") << ""
                               << "" << false;
    }
    void municipalityNames()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(ConsentGate::sameMunicipality(a, b), same);
        QCOMPARE(ConsentGate::sameMunicipality(b, a), same);
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
        // The referring jobcentre has the law's basis, not a consent; unnamed, it is that one.
        for (const QString& name :
             {QString(), QStringLiteral("Testby Kommune"), QStringLiteral("jobcenter testby")}) {
            c = form();
            c.grants << ConsentGrant{{RecipientKind::Jobcentre, name}, {QStringLiteral("cpr")}};
            QCOMPARE(m_journal->giveConsent(c).error().code, ErrorCode::InvalidInput);
        }
        QCOMPARE(m_journal->consents(m_citizen)->size(), 0);
        // Another municipality's jobcentre may be named in a consent.
        c = form();
        c.grants << ConsentGrant{{RecipientKind::Jobcentre, QStringLiteral("Andenby Kommune")},
                                 {QStringLiteral("cpr")}};
        QVERIFY(m_journal->giveConsent(c).ok());
    }

    // The record proves what was shown: a shown text must be what the hash is of; with the
    // form, the receipt made later from the record is the one hashed as it was stored, in
    // whatever order the grants were given.
    void theRecordKeepsWhatWasShownAndItsReceiptsHash()
    {
        ConsentInput c = form();
        c.shownText = QStringLiteral("the pages, as shown");
        QCOMPARE(m_journal->giveConsent(c).error().code, ErrorCode::InvalidInput); // other hash
        QCOMPARE(m_journal->consents(m_citizen)->size(), 0);
        const TemplateCatalogue catalogue = TemplateCatalogue::load();
        const ConsentTemplate* form4 =
            catalogue.find(QStringLiteral("fortrolig-standard"), QStringLiteral("da"), 4);
        QVERIFY(form4);
        c.textHash = hashOf("the pages, as shown");
        c.templateVersion = 4;
        c.form = form4;
        c.processor = QStringLiteral("Prøve Aktør");
        c.details = {{QStringLiteral("courseType"), QStringLiteral("afklaringsforløb")},
                     {QStringLiteral("courseStart"), QStringLiteral("2026-02-01")},
                     {QStringLiteral("retentionMonths"), QStringLiteral("6")},
                     {QStringLiteral("providerContact"), QStringLiteral("tlf. 00 00 00 01")}};
        c.signature = R"({"format":2,"strokes":[[[0,0],[10,10]]]})";
        c.grants = {{{QStringLiteral("union"), QStringLiteral("Fagforening Test")},
                     {QStringLiteral("ordinary")},
                     Direction::Obtain,
                     QStringLiteral("høre om dit medlemskab")},
                    {{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")},
                     {QStringLiteral("health")},
                     Direction::Obtain},
                    {{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")},
                     {QStringLiteral("ordinary")}}};
        auto id = m_journal->giveConsent(c);
        QVERIFY(id.ok());
        auto r = m_journal->consentRecord(id.value());
        QVERIFY(r.ok());
        QCOMPARE(r->shownText, c.shownText);
        QCOMPARE(r->details, c.details);
        QCOMPARE(r->receiptHash.size(), 64);
        QCOMPARE(ReceiptText::contentHash(r.value(), *form4), r->receiptHash);
        const QString receipt = ReceiptText::sentences(r.value(), *form4).join(u'\n');
        QVERIFY2(receipt.contains(QStringLiteral("afklaringsforløb, som startede 1. februar 2026")),
                 qPrintable(receipt));
        QVERIFY(receipt.contains(QStringLiteral("sletter vi 6 måneder")));
        QVERIFY(receipt.contains(
            QStringLiteral("skriv til Prøve Aktør (tlf. 00\u00a000\u00a000\u00a001)")));
        QVERIFY(!receipt.contains(u'{'));
        // The event carries them, so another laptop's record says the same.
        QSqlQuery q(JournalInternals::database(*m_journal).db());
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM events WHERE type = 'consent.given'")));
        QVERIFY(q.next());
        const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        QCOMPARE(payload.value(QStringLiteral("receiptHash")).toString(), r->receiptHash);
        QCOMPARE(payload.value(QStringLiteral("shown")).toString(), c.shownText);
        QCOMPARE(payload.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("courseStart"))
                     .toString(),
                 QStringLiteral("2026-02-01"));
        // A refusal's receipt is hashed too.
        ConsentInput no = form();
        no.form = form4;
        no.templateVersion = 4;
        auto refused = m_journal->refuseConsent(no);
        QVERIFY(refused.ok());
        auto nr = m_journal->consentRecord(refused.value());
        QCOMPARE(ReceiptText::contentHash(nr.value(), *form4), nr->receiptHash);
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
        // "The referring jobcentre" is logged as the municipality the law's basis rests on.
        QCOMPARE(list->at(1).recipient,
                 (Recipient{RecipientKind::Jobcentre, QStringLiteral("Testby Kommune")}));
        auto notReferring = m_journal->disclose(
            m_citizen, {RecipientKind::Jobcentre, QStringLiteral("Andenby Kommune")},
            {QStringLiteral("ordinary")}, QStringLiteral("status report"));
        QCOMPARE(notReferring.error().code, ErrorCode::NotAllowed);
        QVERIFY(notReferring.error().message().contains(QStringLiteral("referred")));
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
