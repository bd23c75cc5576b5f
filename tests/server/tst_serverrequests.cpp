// The citizens' requests on the server, on the backend CTest chose: a laptop records a request
// and its steps, they reach the consultant's other laptop whole and the server's request list
// as kinds and dates only (no description), the list flags what is late, and a case deleted on the
// controller's instruction takes its requests along.
#include "PageScan.h"
#include "SyncHarness.h"
#include "TestSupport.h"
#include "app/core/Translations.h"
#include "store/CaseFacts.h"
#include "store/ServerDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace fortrolig;
using namespace fortrolig::test;

namespace {
const QString kSecret = QStringLiteral("Beskrivelse qzwxkjv om naboens hund"); // must not leave
} // namespace

class TestServerRequests : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<Device> m_laptop;
    Account m_anne;

    QString cli(const QStringList& args, int* code) { return m_server->cli(args, code); }

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
        m_anne = m_server->createConsultant(QStringLiteral("anne"));
        m_laptop = Device::signedIn(*m_server, m_anne);
        QVERIFY(m_laptop);
    }
    void cleanup()
    {
        m_laptop.reset();
        m_server.reset();
    }

    void aRequestReachesTheServerListAndTheOtherLaptop()
    {
        Journal& j = m_laptop->journal();
        const QString citizen = m_laptop->addCitizen(QStringLiteral("Rikke Anmoder"));
        // One came 40 days ago and was never passed on; one came now and was, at once. (The
        // command line runs on the real clock, as an administrator's does.)
        const QDateTime old = QDateTime::currentDateTime().addDays(-40);
        const QDateTime received = QDateTime::currentDateTime().addSecs(-60);
        const QString first = test::require(j.addRequest({citizen, QStringLiteral("access"),
                                                          QStringLiteral("letter"), old, kSecret}),
                                            "request");
        const QString second = test::require(
            j.addRequest(
                {citizen, QStringLiteral("objection"), QStringLiteral("phone"), received, {}}),
            "request");
        QVERIFY(!j.forwardRequest(second, QDateTime::currentDateTime(),
                                  QStringLiteral("jobcenter@testby.example"),
                                  QStringLiteral("secure-mail")));
        QVERIFY(m_laptop->syncOnce());

        // The server keeps kinds and dates; the description only sealed in the event.
        auto listed = server::CaseFacts::requests(m_server->admin().database());
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        for (const server::CaseFacts::Request& r : listed.value()) {
            QCOMPARE(r.consultant, QStringLiteral("anne"));
            QCOMPARE(r.record.citizenId, citizen);
            QCOMPARE(r.record.receivedAt.date(),
                     (r.record.kind == QStringLiteral("access") ? old : received).date());
            QVERIFY(r.record.id != first && r.record.id != second); // keyed hashes
        }
        QCOMPARE(listed->at(0).record.kind == QStringLiteral("objection")
                     ? listed->at(0).record.forwardedAt.isValid()
                     : listed->at(1).record.forwardedAt.isValid(),
                 true);
        QSqlQuery q(m_server->admin().database().db());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM case_requests")));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                QVERIFY(!q.value(i).toString().contains(QStringLiteral("qzwxkjv")));

        // The list as the team lead reads it: the old one late on both counts, the other in
        // time; --overdue lists the late one only, and says so by its exit code.
        int code = -1;
        QString out = cli({QStringLiteral("request"), QStringLiteral("list")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("2 open requests, 1 overdue.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("\taccess\t")) &&
                     out.contains(QStringLiteral("\tobjection\t")),
                 qPrintable(out));
        QVERIFY2(out.count(QStringLiteral("NOT FORWARDED IN TIME, ANSWER OVERDUE")) == 1,
                 qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("qzwxkjv")), qPrintable(out));
        out = cli({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--overdue")},
                  &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QStringLiteral("\taccess\t")) &&
                     !out.contains(QStringLiteral("\tobjection\t")),
                 qPrintable(out));
        out = cli({QStringLiteral("request"), QStringLiteral("list"),
                   QStringLiteral("--consultant"), QStringLiteral("bo")},
                  &code);
        QVERIFY2(out.contains(QStringLiteral("0 open requests")), qPrintable(out));

        // Answered: off the list. The other laptop has every step, and the description.
        QVERIFY(!j.answerRequest(first, QDate::currentDate(), QStringLiteral("Svar sendt")));
        QVERIFY(m_laptop->syncOnce());
        out = cli({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--overdue")},
                  &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("1 open request, 0 overdue.")), qPrintable(out));
        auto other = Device::signedIn(*m_server, m_anne);
        QVERIFY(other && other->syncUntilComplete());
        const auto mine = test::require(j.requests(citizen), "mine");
        const auto theirs = test::require(other->journal().requests(citizen), "theirs");
        QCOMPARE(theirs.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(theirs.at(i).id, mine.at(i).id);
            QCOMPARE(theirs.at(i).description, mine.at(i).description);
            QCOMPARE(theirs.at(i).state(), mine.at(i).state());
            QCOMPARE(theirs.at(i).forwardedTo, mine.at(i).forwardedTo);
            QCOMPARE(theirs.at(i).answeredOn, mine.at(i).answeredOn);
        }

        // Deleted on the controller's instruction: its requests go from the list too.
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("purge"), citizen}, &code).isEmpty(),
                 false);
        QCOMPARE(code, 0);
        QCOMPARE(server::CaseFacts::requests(m_server->admin().database(), {}, true)->size(), 0);
    }

    // A restriction set on one laptop holds on the other (the gate, a change without a reason)
    // and on the server (retention keeps the case, the request list says so); lifted, the case
    // is deleted when its rule says.
    void aRestrictionHoldsOnEveryCopy()
    {
        Journal& j = m_laptop->journal();
        const QString citizen = m_laptop->addCitizen(QStringLiteral("Rikke Begrænset"));
        const QDate today = QDate::currentDate();
        const QString course = test::require(j.addCourse({citizen,
                                                          QStringLiteral("Testby Kommune"),
                                                          QStringLiteral("afklaring"),
                                                          {},
                                                          today.addYears(-3),
                                                          today.addYears(-3).addMonths(3)}),
                                             "course");
        QVERIFY(!j.endCourse(course, today.addYears(-3).addMonths(3)));
        const QString request =
            test::require(j.addRequest({citizen,
                                        QStringLiteral("objection"),
                                        QStringLiteral("letter"),
                                        QDateTime::currentDateTime().addSecs(-600),
                                        {}}),
                          "request");
        const QString restriction = test::require(j.restrictCase(citizen, request), "restrict");
        QVERIFY(m_laptop->syncOnce());

        auto other = Device::signedIn(*m_server, m_anne);
        QVERIFY(other && other->syncUntilComplete());
        Journal& o = other->journal();
        QVERIFY(test::require(o.isRestricted(citizen), "restricted there"));
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        QCOMPARE(
            test::require(o.mayDisclose(citizen, doctor, {QStringLiteral("ordinary")}), "g").code(),
            QStringLiteral("restricted"));
        QCOMPARE(o.addNote(citizen, QStringLiteral("Uden grund")).error().detail,
                 QStringLiteral("restricted"));

        QCOMPARE(test::require(server::CaseFacts::restricted(m_server->admin().database()), "r"),
                 QSet<QString>{citizen});
        int code = -1;
        QString out = cli({QStringLiteral("request"), QStringLiteral("list")}, &code);
        QVERIFY2(out.contains(QStringLiteral("case restricted")), qPrintable(out));
        out = cli({QStringLiteral("retention"), QStringLiteral("run")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(citizen + QStringLiteral("\trestricted (GDPR art. 18)")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("0 cases deleted.")), qPrintable(out));

        // Lifted on the other laptop, the citizen told by phone just now.
        QVERIFY(!o.liftRestriction(restriction, QStringLiteral("Kommunen har afgjort"),
                                   QDateTime::currentDateTime(), QStringLiteral("phone")));
        QVERIFY(other->syncOnce());
        QVERIFY(m_laptop->syncUntilComplete());
        QVERIFY(!test::require(j.isRestricted(citizen), "lifted here"));
        const RestrictionRecord lifted = test::require(j.restrictions(citizen), "list").first();
        QCOMPARE(lifted.toldHow, QStringLiteral("phone"));
        QCOMPARE(lifted.liftReason, QStringLiteral("Kommunen har afgjort"));
        QVERIFY(test::require(server::CaseFacts::restricted(m_server->admin().database()), "r")
                    .isEmpty());
        out = cli({QStringLiteral("request"), QStringLiteral("list")}, &code);
        QVERIFY2(!out.contains(QStringLiteral("case restricted")), qPrintable(out));
        out = cli({QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--dry-run")},
                  &code);
        QVERIFY2(out.contains(QStringLiteral("1 case would be deleted")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestServerRequests)
#include "tst_serverrequests.moc"
