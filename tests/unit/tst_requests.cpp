// The citizen's requests on the laptop: the working days the deadlines count in (every day of
// several years), a request from intake to forwarded, extended and answered with the deadlines
// checked on a clock the test moves, what is refused, and that a deleted case takes its
// requests with it (docs/requests.md).
#include "JournalTestBase.h"
#include "app/domain/CitizenRequest.h"
#include "app/privacy/AccessLog.h"

using namespace fortrolig;

namespace {

QDateTime local(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min)); // this computer's time zone
}

// Easter Sunday, from a table (not the algorithm under test).
QDate easterOf(int year)
{
    static const QHash<int, QDate> table = {
        {2023, QDate(2023, 4, 9)},  {2024, QDate(2024, 3, 31)}, {2025, QDate(2025, 4, 20)},
        {2026, QDate(2026, 4, 5)},  {2027, QDate(2027, 3, 28)}, {2028, QDate(2028, 4, 16)},
        {2029, QDate(2029, 4, 1)},  {2030, QDate(2030, 4, 21)}, {2035, QDate(2035, 3, 25)},
        {2038, QDate(2038, 4, 25)}, {2049, QDate(2049, 4, 18)}};
    return table.value(year);
}

} // namespace

class TestRequests : public test::JournalTestBase
{
    Q_OBJECT
    QString m_citizen;

    QString addRequest(const QString& kind, const QDateTime& received)
    {
        return test::require(
            m_journal->addRequest({m_citizen, kind, QStringLiteral("phone"), received,
                                   QStringLiteral("Vil se sine notater")}),
            "request");
    }
    RequestRecord requestOf(const QString& id)
    {
        return test::require(m_journal->request(id), "r");
    }

private Q_SLOTS:
    void init()
    {
        startFresh();
        m_clock.now = local(2026, 12, 1, 10, 15);
        m_citizen =
            test::require(m_journal->addCitizen(QStringLiteral("Rikke Anmoder"),
                                                *Cpr::parse(QString::fromLatin1(test::kFakeCpr))),
                          "citizen");
    }
    void cleanup() { m_journal.reset(); }

    // Every day of these years: a working day unless a weekend or one of the days the
    // municipalities close, from a table of Easter dates; Great Prayer Day only until 2023.
    void workingDaysAreEveryWeekdayButTheHolidays()
    {
        for (const int year : {2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2035, 2038, 2049}) {
            const QDate easter = easterOf(year);
            QList<QDate> closed{QDate(year, 1, 1),   easter.addDays(-3),  easter.addDays(-2),
                                easter.addDays(1),   easter.addDays(39),  easter.addDays(50),
                                QDate(year, 6, 5),   QDate(year, 12, 24), QDate(year, 12, 25),
                                QDate(year, 12, 26), QDate(year, 12, 31)};
            if (year <= 2023)
                closed << easter.addDays(26);
            int working = 0;
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
                const bool expected = d.dayOfWeek() < 6 && !closed.contains(d);
                QVERIFY2(CitizenRequest::workingDay(d) == expected,
                         qPrintable(d.toString(Qt::ISODate)));
                working += expected ? 1 : 0;
                // The next working day is after the day, a working day, and none is skipped.
                const QDate next = CitizenRequest::nextWorkingDay(d);
                QVERIFY(next > d && CitizenRequest::workingDay(next));
                for (QDate between = d.addDays(1); between < next; between = between.addDays(1))
                    QVERIFY(!CitizenRequest::workingDay(between));
            }
            if (year == 2026)
                QCOMPARE(working, 251); // 261 weekdays, 10 of them closed
        }
    }

    void deadlinesCountFromTheDayOfReceipt_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<QDate>("forwardBy");
        QTest::addColumn<QDate>("answerBy");
        QTest::newRow("Tuesday") << local(2026, 12, 1) << QDate(2026, 12, 2) << QDate(2027, 1, 1);
        QTest::newRow("Friday evening")
            << local(2026, 12, 18, 21) << QDate(2026, 12, 21) << QDate(2027, 1, 18);
        QTest::newRow("before Christmas")
            << local(2026, 12, 23) << QDate(2026, 12, 28) << QDate(2027, 1, 23);
        QTest::newRow("before Easter")
            << local(2026, 4, 1) << QDate(2026, 4, 7) << QDate(2026, 5, 1);
        QTest::newRow("31 January")
            << local(2027, 1, 31) << QDate(2027, 2, 1) << QDate(2027, 2, 28);
        QTest::newRow("leap year") << local(2028, 1, 31) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    }
    void deadlinesCountFromTheDayOfReceipt()
    {
        QFETCH(QDateTime, received);
        QFETCH(QDate, forwardBy);
        QFETCH(QDate, answerBy);
        m_clock.now = received;
        const RequestRecord r = requestOf(addRequest(QStringLiteral("access"), received));
        QCOMPARE(r.forwardBy(), forwardBy);
        QCOMPARE(r.answerBy(), answerBy);
        QCOMPARE(CitizenRequest::latestExtension(received), received.date().addMonths(3));
    }

    // From intake to answer, the clock moved as the days pass: what is due, what is late.
    void aRequestFromIntakeToAnswer()
    {
        const QString id = addRequest(QStringLiteral("access"), m_clock.now);
        RequestRecord r = requestOf(id);
        QCOMPARE(r.state(), RequestRecord::State::Received);
        QCOMPARE(r.citizenId, m_citizen);
        QCOMPARE(r.description, QStringLiteral("Vil se sine notater"));
        QCOMPARE(r.receivedAt, m_clock.now);
        QVERIFY(!r.forwardOverdue(QDate(2026, 12, 2))); // the next working day: still in time
        QVERIFY(r.forwardOverdue(QDate(2026, 12, 3)));

        m_clock.now = local(2026, 12, 3, 9, 30);
        QVERIFY(!m_journal->forwardRequest(id, m_clock.now,
                                           QStringLiteral("jobcenter@testby.example"),
                                           QStringLiteral("secure-mail")));
        r = requestOf(id);
        QCOMPARE(r.state(), RequestRecord::State::Forwarded);
        QCOMPARE(r.forwardedTo, QStringLiteral("jobcenter@testby.example"));
        QCOMPARE(r.forwardChannel, QStringLiteral("secure-mail"));
        QCOMPARE(r.forwardedAt, m_clock.now);
        QVERIFY(!r.forwardOverdue(QDate(2026, 12, 3)));
        QVERIFY(!r.answerDueSoon(QDate(2026, 12, 24)));
        QVERIFY(r.answerDueSoon(QDate(2026, 12, 25))); // seven days before 1 January
        QVERIFY(!r.answerOverdue(QDate(2027, 1, 1)));
        QVERIFY(r.answerOverdue(QDate(2027, 1, 2)));

        // The municipality extends: at most two more months, decided and told by today.
        m_clock.now = local(2026, 12, 28);
        const QDate today = m_clock.now.date();
        QCOMPARE(m_journal->extendRequest(id, QDate(2027, 3, 2), today, today).detail,
                 QStringLiteral("answerBy"));
        QCOMPARE(m_journal->extendRequest(id, QDate(2027, 1, 1), today, today).detail,
                 QStringLiteral("answerBy")); // no later than before
        QCOMPARE(m_journal->extendRequest(id, QDate(2027, 2, 15), today.addDays(1), today).detail,
                 QStringLiteral("decidedOn"));
        QCOMPARE(m_journal->extendRequest(id, QDate(2027, 2, 15), today, today.addDays(-1)).detail,
                 QStringLiteral("toldOn"));
        QVERIFY(!m_journal->extendRequest(id, QDate(2027, 3, 1), today, today));
        r = requestOf(id);
        QCOMPARE(r.answerBy(), QDate(2027, 3, 1));
        QCOMPARE(r.decidedOn, today);
        QVERIFY(!r.answerOverdue(QDate(2027, 1, 2)));
        QVERIFY(r.answerOverdue(QDate(2027, 3, 2)));

        m_clock.now = local(2027, 2, 10);
        QCOMPARE(m_journal->answerRequest(id, QDate(2027, 2, 11), {}).detail, QStringLiteral("on"));
        QVERIFY(!m_journal->answerRequest(id, QDate(2027, 2, 10),
                                          QStringLiteral("Indsigt givet af kommunen")));
        r = requestOf(id);
        QCOMPARE(r.state(), RequestRecord::State::Answered);
        QCOMPARE(r.outcome, QStringLiteral("Indsigt givet af kommunen"));
        QVERIFY(!r.answerOverdue(QDate(2027, 6, 1)));
        // Nothing more happens to an answered request.
        QCOMPARE(m_journal->answerRequest(id, QDate(2027, 2, 10), {}).detail,
                 QStringLiteral("answered"));
        QCOMPARE(
            m_journal
                ->forwardRequest(id, m_clock.now, QStringLiteral("x"), QStringLiteral("letter"))
                .detail,
            QStringLiteral("answered"));

        // Each step was an event of the case and a line in the access log.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE type = ?"),
                        {EventType::RequestStep}),
                 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = ?"),
                        {AccessLog::Action::RequestStep}),
                 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = ?"),
                        {AccessLog::Action::RequestRecorded}),
                 1);
        QCOMPARE(m_journal->outboxSize(), 1 + 1 + 3); // the citizen, the request, its steps
    }

    void badRequestsAreRefusedByName()
    {
        const auto add = [this](const QString& kind, const QString& channel, const QDateTime& at,
                                const QString& text = {}) {
            return m_journal->addRequest({m_citizen, kind, channel, at, text});
        };
        const QDateTime now = m_clock.now;
        QCOMPARE(add(QStringLiteral("wish"), QStringLiteral("phone"), now).error().detail,
                 QStringLiteral("kind"));
        QCOMPARE(add(QStringLiteral("access"), QStringLiteral("fax"), now).error().detail,
                 QStringLiteral("channel"));
        QCOMPARE(add(QStringLiteral("access"), QStringLiteral("phone"), now.addSecs(3600))
                     .error()
                     .detail,
                 QStringLiteral("receivedAt"));
        QCOMPARE(add(QStringLiteral("access"), QStringLiteral("phone"), {}).error().detail,
                 QStringLiteral("receivedAt"));
        QCOMPARE(add(QStringLiteral("access"), QStringLiteral("phone"), now, QString(2001, u'x'))
                     .error()
                     .detail,
                 QStringLiteral("description"));
        QCOMPARE(m_journal
                     ->addRequest({QStringLiteral("nobody"),
                                   QStringLiteral("access"),
                                   QStringLiteral("phone"),
                                   now,
                                   {}})
                     .error()
                     .code,
                 ErrorCode::NotFound);
        // Every kind and every channel is taken.
        for (const QString& kind : CitizenRequest::kinds())
            for (const QString& channel : CitizenRequest::channels())
                QVERIFY2(add(kind, channel, now).ok(), qPrintable(kind + u' ' + channel));
        const QString id = addRequest(QStringLiteral("copy"), now.addDays(-1));
        QCOMPARE(
            m_journal
                ->forwardRequest(id, now.addDays(-2), QStringLiteral("a"), QStringLiteral("letter"))
                .detail,
            QStringLiteral("at"));
        QCOMPARE(m_journal->forwardRequest(id, now, QStringLiteral("  "), QStringLiteral("letter"))
                     .detail,
                 QStringLiteral("to"));
        QCOMPARE(
            m_journal->forwardRequest(id, now, QStringLiteral("a"), QStringLiteral("fax")).detail,
            QStringLiteral("channel"));
        QCOMPARE(m_journal
                     ->forwardRequest(QStringLiteral("nothing"), now, QStringLiteral("a"),
                                      QStringLiteral("letter"))
                     .code,
                 ErrorCode::NotFound);
        QCOMPARE(m_journal->answerRequest(id, now.date().addDays(-2), {}).detail,
                 QStringLiteral("on"));
        QCOMPARE(test::require(m_journal->requests(m_citizen), "list").size(),
                 CitizenRequest::kinds().size() * CitizenRequest::channels().size() + 1);
    }

    // A case deleted (retention, a move to another consultant) takes its requests along.
    void requestsGoWithTheCase()
    {
        const QString id = addRequest(QStringLiteral("erasure"), m_clock.now);
        QVERIFY(!m_journal->forwardRequest(id, m_clock.now, QStringLiteral("jobcenter@x.example"),
                                           QStringLiteral("letter")));
        QCOMPARE(requestOf(id).forwardedTo, QStringLiteral("jobcenter@x.example"));
        {
            Transaction tx = m_journal->batch();
            QVERIFY(!m_journal->eraseCitizen(m_citizen));
            QVERIFY(!tx.commit());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM requests")), 0);
        QCOMPARE(m_journal->request(id).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
