// The rules of citizen mode, without widgets: nothing chosen in advance, each page's
// condition for leaving it, the guardian under 15, the summary, and the record it makes.
#include "TestSupport.h"
#include "app/consent/ConsentSession.h"
#include "app/journal/Journal.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;
using Page = ConsentSession::Page;

class TestConsentSession : public QObject
{
    Q_OBJECT
    TemplateCatalogue m_forms = TemplateCatalogue::load();
    const ConsentTemplate& form()
    {
        return *m_forms.find(QStringLiteral("fortrolig-standard"), QStringLiteral("en"));
    }
    const QList<Recipient> m_recipients = {
        {QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")},
        {QStringLiteral("akasse"), {}},
        {QStringLiteral("internship"), QStringLiteral("Bageriet Test ApS")}};

private Q_SLOTS:
    void nothingIsChosenInAdvance()
    {
        ConsentSession s(form(), QStringLiteral("c"), QStringLiteral("k"),
                         ConsentQuestion::tellEach(m_recipients), QStringLiteral("Testby Kommune"),
                         QStringLiteral("Prøve Aktør"));
        for (int i = 0; i < m_recipients.size(); ++i) {
            QVERIFY(!s.answerFor(i).has_value());
            QVERIFY(s.categoriesFor(i).isEmpty());
            QVERIFY(!s.missingOn(Page::Recipient, i).isEmpty());
        }
        QVERIFY(!s.validity().has_value());
        QVERIFY(!s.missingOn(Page::Validity).isEmpty());
        QVERIFY(!s.missingOn(Page::Signature).isEmpty());
        QVERIFY(s.missingOn(Page::About).isEmpty());
    }

    void recipientPages()
    {
        ConsentSession s(form(), QStringLiteral("c"), QStringLiteral("k"),
                         ConsentQuestion::tellEach(m_recipients), QStringLiteral("Testby Kommune"),
                         QStringLiteral("Prøve Aktør"));
        s.answer(0, true);
        QVERIFY(s.missingOn(Page::Recipient, 0).contains(QStringLiteral("what we may tell")));
        s.setCategory(0, QStringLiteral("health"), true);
        s.setCategory(0, QStringLiteral("ordinary"), true);
        QVERIFY(s.missingOn(Page::Recipient, 0).isEmpty());
        QCOMPARE(s.categoriesFor(0),
                 (QStringList{QStringLiteral("ordinary"), QStringLiteral("health")})); // form order
        s.answer(1, false);
        QVERIFY(s.missingOn(Page::Recipient, 1).isEmpty()); // no is an answer
        s.answer(2, true);
        s.setCategory(2, QStringLiteral("ordinary"), true);
        s.answer(2, false); // changed their mind: nothing for the company
        QVERIFY(s.categoriesFor(2).isEmpty());
        const QStringList summary = s.summary();
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.first(),
                 QStringLiteral("Prøve Aktør may, on behalf of Testby Kommune, tell your doctor "
                                "(Dr. Prøve) about: ordinary information, information about your "
                                "health."));
    }

    // Telling and obtaining are two questions about one recipient, each answered on its own,
    // each with its own categories; the grants keep the direction and the purpose.
    void obtainingIsAQuestionOfItsOwn()
    {
        const QString why = form().purposes().first().label;
        const Recipient doctor = m_recipients.at(0);
        ConsentSession s(form(), QStringLiteral("c"), QStringLiteral("k"),
                         {{doctor, Direction::Tell, why}, {doctor, Direction::Obtain, why}},
                         QStringLiteral("Testby Kommune"), QStringLiteral("Prøve Aktør"));
        s.answer(1, true);
        QVERIFY(s.missingOn(Page::Recipient, 1).contains(QStringLiteral("ask them about")));
        s.setCategory(1, QStringLiteral("health"), true);
        s.answer(0, false);
        const QStringList summary = s.summary();
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.first(),
                 QStringLiteral("Prøve Aktør may, on behalf of Testby Kommune, obtain information "
                                "from your doctor (Dr. Prøve) about: information about your "
                                "health. Purpose: to ") +
                     why + QLatin1Char('.'));
        s.chooseUntilCourseEnd();
        s.setSigner(QStringLiteral("Borger Testsen"), false);
        const ConsentInput c = s.toConsentInput("{}", QStringLiteral("Testby"));
        QCOMPARE(c.grants.size(), 1);
        QCOMPARE(c.grants.first().direction, Direction::Obtain);
        QCOMPARE(c.grants.first().purpose, why);
        QCOMPARE(c.grants.first().categories, QStringList{QStringLiteral("health")});
    }

    void validityAndSigner()
    {
        ConsentSession s(form(), QStringLiteral("c"), QStringLiteral("k"),
                         ConsentQuestion::tellEach(m_recipients), QStringLiteral("T"),
                         QStringLiteral("P"));
        s.chooseUntil(QDate::currentDate().addDays(-1));
        QVERIFY(s.missingOn(Page::Validity).contains(QStringLiteral("passed")));
        s.chooseUntilCourseEnd();
        QVERIFY(s.missingOn(Page::Validity).isEmpty());
        s.setCitizenBirthDate(QDate::currentDate().addYears(-14));
        s.setSigner(QStringLiteral("Ung Testsen"), false);
        QVERIFY(s.missingOn(Page::Signature).contains(QStringLiteral("under 15")));
        s.setSigner(QStringLiteral("Forælder Testsen"), true);
        QVERIFY(s.missingOn(Page::Signature).isEmpty());
        s.setCitizenBirthDate(QDate::currentDate().addYears(-15));
        s.setSigner(QStringLiteral("Ung Testsen"), false);
        QVERIFY(s.missingOn(Page::Signature).isEmpty()); // 15 today: signs themselves
    }

    void theRecordItMakesIsAcceptedAndObeyed()
    {
        QTemporaryDir dir;
        auto jdb =
            JournalDatabase::open(dir.filePath(QStringLiteral("s.db")), SecureBytes::random(32),
                                  JournalDatabase::Mode::Create, {});
        QVERIFY(Migrations::migrate(jdb.value()->db()).ok());
        Journal journal(std::move(jdb.value()),
                        Identity{QStringLiteral("kons"), QStringLiteral("dev")});
        const QString citizen = journal
                                    .addCitizen(QStringLiteral("Session Testsen"),
                                                *Cpr::parse(QString::fromLatin1(test::kFakeCpr)))
                                    .value();
        const QString course = journal
                                   .addCourse({citizen,
                                               QStringLiteral("Testby Kommune"),
                                               QStringLiteral("afklaringsforløb"),
                                               {},
                                               QDate::currentDate().addDays(-3),
                                               {}})
                                   .value();
        ConsentSession s(form(), citizen, course, ConsentQuestion::tellEach(m_recipients),
                         QStringLiteral("Testby Kommune"), QStringLiteral("Prøve Aktør"));
        s.answer(0, true);
        s.setCategory(0, QStringLiteral("health"), true);
        s.answer(1, true);
        s.setCategory(1, QStringLiteral("ordinary"), true);
        s.answer(2, false);
        s.chooseUntilCourseEnd();
        s.setSigner(QStringLiteral("Session Testsen"), false);
        const ConsentInput input =
            s.toConsentInput(QByteArrayLiteral("{}"), QStringLiteral("Testby"));
        QCOMPARE(input.grants.size(), 2);
        QCOMPARE(input.textHash,
                 form().textHash(QStringLiteral("Testby Kommune"), QStringLiteral("Prøve Aktør")));
        QVERIFY(journal.giveConsent(input).ok());
        QVERIFY(
            journal.mayDisclose(citizen, m_recipients.at(0), {QStringLiteral("health")})->allowed);
        QVERIFY(!journal.mayDisclose(citizen, m_recipients.at(0), {QStringLiteral("ordinary")})
                     ->allowed);
        QVERIFY(!journal.mayDisclose(citizen, m_recipients.at(2), {QStringLiteral("ordinary")})
                     ->allowed);
        // Saying no is recorded too.
        QVERIFY(journal.refuseConsent(s.toRefusal()).ok());
        QCOMPARE(journal.consents(citizen)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestConsentSession)
#include "tst_consentsession.moc"
