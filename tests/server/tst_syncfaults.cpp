// Hundreds of randomized runs through a proxy that drops, delays, truncates and resets
// connections at random points. Two devices of one consultant change the same caseload
// while syncing through it; then the faults stop, and every journal must converge with the
// server: no event lost, none twice, the same conflicts and the same shown values.
// FORTROLIG_FAULT_RUNS sets the number of runs, FORTROLIG_FAULT_SEED the first seed; each run
// prints its seed, so a failure is reproduced with FORTROLIG_FAULT_RUNS=1 and that seed.
#include "FaultProxy.h"
#include "SyncHarness.h"
#include "TestSupport.h"
#include "app/journal/JournalInternals.h"
#include "app/storage/JournalDatabase.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace fortrolig;
using namespace fortrolig::test;

// QVERIFY2 with a message built on the spot (the seed must be in every failure).
#define CHECK(condition, message)                                                                  \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            const QByteArray text = (message);                                                     \
            QFAIL(text.constData());                                                               \
        }                                                                                          \
    } while (false)

namespace {

SyncOptions faultOptions()
{
    SyncOptions o = Device::fastOptions();
    o.timeoutMs = 1500; // a stalled connection is given up soon
    o.retryFirstMs = 10;
    o.retryMaxMs = 80;
    o.batchSize = 7; // several batches per round: faults land between them
    o.pageSize = 5;
    return o;
}

QStringList column(Device& d, const QString& sql)
{
    QStringList out;
    QSqlQuery q(JournalInternals::database(d.journal()).db());
    q.exec(sql);
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();

    // One random change on a device; true if it made an event.
    static bool change(Device& d, QRandomGenerator& rng, int n)
    {
        Journal& j = d.journal();
        QSqlQuery q(JournalInternals::database(j).db());
        QStringList citizens, notes, courses;
        q.exec(QStringLiteral("SELECT id FROM citizens ORDER BY id"));
        while (q.next())
            citizens << q.value(0).toString();
        q.exec(QStringLiteral("SELECT id FROM notes ORDER BY id"));
        while (q.next())
            notes << q.value(0).toString();
        q.exec(QStringLiteral("SELECT id FROM courses WHERE actual_end IS NULL ORDER BY id"));
        while (q.next())
            courses << q.value(0).toString();
        q.finish();
        const int op = citizens.isEmpty() ? 0 : int(rng.bounded(6));
        auto pick = [&rng](const QStringList& l) { return l.at(int(rng.bounded(int(l.size())))); };
        switch (op) {
        case 0:
            return !d.addCitizen(QStringLiteral("Borger %1").arg(n)).isEmpty();
        case 1:
            return j.addNote(pick(citizens), QStringLiteral("Notat %1 om praktik").arg(n)).ok();
        case 2:
            return !notes.isEmpty() &&
                   j.correctNote(pick(notes), QStringLiteral("Rettelse %1").arg(n)).ok();
        case 3:
            return j
                .addCourse({pick(citizens),
                            QStringLiteral("Testby Kommune"),
                            QStringLiteral("afklaringsforløb"),
                            {},
                            QDate(2026, 1, 5),
                            {}})
                .ok();
        case 4:
            return !courses.isEmpty() && j.endCourse(pick(courses), QDate(2026, 6, 1)).ok();
        default:
            return j
                .correctCitizen(pick(citizens), QStringLiteral("name"),
                                QStringLiteral("Navn %1").arg(n))
                .ok();
        }
    }

private Q_SLOTS:
    void convergesAfterFaults()
    {
        ServerFixture server(m_backend);
        QVERIFY2(server.ok(), qPrintable(server.error()));
        // Every run enrolls and logs in a laptop from this one address: more than the
        // per-address allowance for logins (tst_serverload tests that).
        server::Server::Options o;
        o.limits.loginBurst = 1'000'000;
        o.limits.loginsPerMinute = 1'000'000;
        server.stop();
        QVERIFY(server.start(o));
        const int runs = qEnvironmentVariableIsSet("FORTROLIG_FAULT_RUNS")
                             ? qEnvironmentVariableIntValue("FORTROLIG_FAULT_RUNS")
                             : 100;
        const quint32 firstSeed =
            qEnvironmentVariableIsSet("FORTROLIG_FAULT_SEED")
                ? quint32(qEnvironmentVariableIntValue("FORTROLIG_FAULT_SEED"))
                : QRandomGenerator::securelySeeded().generate() % 1000000;
        int totalFaults = 0;
        int totalEvents = 0;
        for (int run = 0; run < runs; ++run) {
            const quint32 seed = firstSeed + quint32(run);
            const QByteArray where = "run " + QByteArray::number(run) + ", seed " +
                                     QByteArray::number(seed) + " (" +
                                     backendName(m_backend).toLatin1() + ")";
            QRandomGenerator rng(seed);
            FaultProxy proxy(server.port(), seed);
            QVERIFY(proxy.listen());
            const QString proxied =
                QStringLiteral("https://127.0.0.1:") + QString::number(proxy.port());
            const Account account =
                server.createConsultant(QStringLiteral("k") + QString::number(run));
            Device a(faultOptions());
            Device b(faultOptions());
            proxy.setEnabled(false);
            for (Device* d : {&a, &b}) {
                QString message;
                CHECK(d->enroll(server, server.enrollmentCode(account.username), &message, {},
                                proxied),
                      QByteArray(where + " enroll: " + message.toUtf8()));
                CHECK(d->login(server, account, &message),
                      QByteArray(where + " login: " + message.toUtf8()));
            }

            proxy.setEnabled(true);
            int made = 0;
            const int steps = 12 + int(rng.bounded(14));
            for (int s = 0; s < steps; ++s) {
                Device& d = rng.bounded(2) ? a : b;
                if (rng.bounded(5) < 2)
                    d.syncOnce(5'000); // through the faults; the outcome does not matter
                else if (change(d, rng, s))
                    ++made;
            }

            proxy.setEnabled(false);
            bool converged = false;
            for (int round = 0; round < 12 && !converged; ++round) {
                const bool ca = a.syncOnce();
                const bool cb = b.syncOnce();
                converged = ca && cb && a.eventIds() == b.eventIds();
            }
            CHECK(converged, QByteArray(where + " did not converge"));
            const QStringList ids = a.eventIds();
            QCOMPARE(ids.size(), made); // nothing lost; ids are unique, so nothing twice
            QCOMPARE(b.eventIds(), ids);
            QCOMPARE(a.journal().outboxSize(), 0);
            QCOMPARE(b.journal().outboxSize(), 0);
            int onServer = 0;
            const auto cases = server.admin().cases().cases(account.username);
            for (const server::CaseInfo& c : cases.value())
                onServer += c.events;
            CHECK(onServer == made,
                  QByteArray(where + " server holds " + QByteArray::number(onServer) + " of " +
                             QByteArray::number(made)));
            // The same state on both: shown values, open conflicts, versions.
            for (const QString& sql :
                 {QStringLiteral("SELECT id, name, cpr FROM citizens ORDER BY id"),
                  QStringLiteral("SELECT id, current_version FROM notes ORDER BY id"),
                  QStringLiteral("SELECT id, actual_end FROM courses ORDER BY id"),
                  QStringLiteral("SELECT id, superseded_by FROM note_versions ORDER BY id"),
                  QStringLiteral("SELECT object_id, field, detected_at FROM conflicts"
                                 " ORDER BY object_id, field")})
                CHECK(column(a, sql) == column(b, sql),
                      QByteArray(where + " differs: " + sql.toUtf8()));
            QVERIFY(a.journal().verify().ok());
            QVERIFY(b.journal().verify().ok());
            totalFaults += proxy.faultsInjected();
            totalEvents += made;
            qInfo().noquote() << QString::fromLatin1(where) << "events" << made << "faults"
                              << proxy.faultsInjected() << "of" << proxy.connections()
                              << "connections";
        }
        qInfo() << runs << "runs," << totalEvents << "events," << totalFaults << "faults injected";
        QVERIFY(totalFaults > runs); // the faults really happened
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
