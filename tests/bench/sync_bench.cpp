// fortrolig-sync-bench: sync figures against a real fortrolig-server process on loopback,
// for the embedded SQLCipher store and for PostgreSQL. One "name: value unit" line per
// figure (docs/performance.md). Figures, not pass/fail.
//   pull: a new laptop fetches N events into an empty journal (the whole round: TLS,
//         paging, decoding, applying each page in one transaction);
//   push: a laptop sends N events written offline (until the server has all of them);
//   concurrent: C laptops sync at once for a while, each adding a note before every round:
//         requests per second at the server, p95 of the server's time per request and p95
//         of a whole sync round as a laptop sees it;
//   under attack: the same while 200 anonymous login attempts at a time and 8 slow
//         large-body connections arrive (see concurrent());
//   event loop: the longest time the laptop's event loop was blocked during the pull
//         (what the window would feel);
//   retention: the server's daily job over N due cases (and N not due);
//   log push: the pushing laptop's access-log entries (one per citizen and note it wrote),
//         sent after the round's pull until the server holds all of them.
#include "Attackers.h"
#include "SyncHarness.h"
#include "TestSupport.h"
#include "accounts/Totp.h"
#include "app/storage/JournalDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <numeric>
#include <unistd.h>

using namespace fortrolig;
using namespace fortrolig::test;

namespace {

void figure(const QString& name, double value, const char* unit)
{
    std::printf("%s: %.2f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

Event makeEvent(const QString& type, const QString& subject, QJsonObject payload)
{
    Event e;
    e.id = newId();
    e.type = type;
    e.subject = subject;
    e.author = QStringLiteral("bench");
    e.device = QStringLiteral("00000000-0000-7000-8000-000000000000");
    e.localTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.payload = std::move(payload);
    return e;
}

// The server as a provider runs it: its own process, its own workers.
class ServerProcess
{
public:
    // The server's CPU time so far (user and system, all its threads), from /proc.
    double cpuSeconds() const
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray line = f.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return 0;
        return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
               double(sysconf(_SC_CLK_TCK));
    }
    ServerProcess(const QString& dataDir, const QString& databaseUrl)
        : m_data(dataDir), m_database(databaseUrl)
    {
        // Every laptop is on 127.0.0.1 here: more logins from one address than a real
        // office's (the attackers of the attack run each have their own address).
        QStringList args{QStringLiteral("--data"),
                         dataDir,
                         QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--logins-per-address"),
                         QStringLiteral("1000000")};
        if (!databaseUrl.isEmpty())
            args << QStringLiteral("--database") << databaseUrl;
        // BENCH_SERVER names another build's server, to measure two builds in one sitting.
        const QString program = qEnvironmentVariableIsSet("BENCH_SERVER")
                                    ? qEnvironmentVariable("BENCH_SERVER")
                                    : QStringLiteral(FORTROLIG_SERVER);
        m_process.setProgram(program);
        m_process.setArguments(args);
        m_process.start();
        QString out;
        for (int i = 0; i < 300 && !out.contains(QStringLiteral("listening: ")); ++i) {
            m_process.waitForReadyRead(100);
            out += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        m_url =
            QRegularExpression(QStringLiteral("listening: (https://\\S+)")).match(out).captured(1);
        m_pin = QRegularExpression(QStringLiteral("pin: (sha256/\\S+)")).match(out).captured(1);
        m_process.readAllStandardOutput();
    }
    ~ServerProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(10'000);
    }
    bool ok() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString pin() const { return m_pin; }
    // Request lines since the last call ("... 200 1.3ms ..."): the server's time per request;
    // `devicesOnly`: only for requests of enrolled devices (not a stranger's).
    QList<double> requestTimes(bool devicesOnly = false)
    {
        m_log += QString::fromUtf8(m_process.readAllStandardOutput());
        QList<double> out;
        static const QRegularExpression re(
            QStringLiteral(" (\\d{3}) ([0-9.]+)ms .* device=(\\S+)"));
        const QStringList lines = m_log.split(QLatin1Char('\n'));
        for (int i = 0; i + 1 < lines.size(); ++i) {
            const auto m = re.match(lines.at(i));
            if (m.hasMatch() && (!devicesOnly || m.captured(3) != QStringLiteral("-")))
                out << m.captured(2).toDouble();
        }
        m_log = lines.last();
        return out;
    }
    std::unique_ptr<server::Admin> admin()
    {
        auto key =
            server::ServerKey::load(QDir(m_data).filePath(QStringLiteral("server.key")), false);
        auto location = server::StoreLocation::from(m_data, m_database);
        auto a = server::Admin::open(location.value(), key->master);
        return a.ok() ? std::move(a.value()) : nullptr;
    }

private:
    QProcess m_process;
    QString m_data;
    QString m_database;
    QString m_url;
    QString m_pin;
    QString m_log;
};

struct Consultant
{
    QString username;
    QByteArray passphrase;
    QByteArray secret;
    qint64 lastStep = 0;
    QString code()
    {
        // A code the server has not seen for this account (the next step is allowed too).
        qint64 step = server::Totp::stepAt(QDateTime::currentSecsSinceEpoch());
        if (step <= lastStep)
            step = lastStep + 1;
        lastStep = step;
        return server::Totp::code(secret, step);
    }
};

Consultant makeConsultant(server::Admin& admin, const QString& username)
{
    Consultant c{username, QByteArrayLiteral("bench passphrase ") + username.toUtf8(), {}};
    c.secret = admin.accounts()
                   .createConsultant(username, username, c.passphrase, QStringLiteral("bench"))
                   .value();
    return c;
}

std::unique_ptr<Device> laptop(ServerProcess& server, server::Admin& admin, Consultant& who,
                               SyncOptions options)
{
    auto d = std::make_unique<Device>(options);
    const QString code =
        admin.accounts().issueEnrollmentCode(who.username, 7, QStringLiteral("bench")).value();
    auto link = EnrollmentLink::from(server.url(), code, server.pin());
    QSignalSpy enrolled(&d->sync(), &SyncService::enrolled);
    d->sync().enroll(link.value(), QStringLiteral("bench"));
    if (!enrolled.wait(20'000))
        qFatal("enroll failed");
    QSignalSpy in(&d->sync(), &SyncService::loggedIn);
    QSignalSpy finished(&d->sync(), &SyncService::finished);
    d->sync().login(who.passphrase, who.code());
    finished.wait(60'000);
    if (in.isEmpty())
        qFatal("login failed");
    return d;
}

// Fills the store with `events` events of `citizens` citizens of one consultant, straight
// through the server's store (as if pushed earlier).
void populate(server::Admin& admin, const QString& username, int citizens, int events)
{
    protocol::PushRequest batch;
    const server::Principal who{QStringLiteral("bench-device"), username};
    int made = 0;
    QStringList ids;
    for (int c = 0; c < citizens && made < events; ++c, ++made) {
        const QString citizen = newId();
        ids << citizen;
        batch.events << makeEvent(EventType::CitizenAdded, citizen,
                                  {{QStringLiteral("name"), QStringLiteral("Borger %1").arg(c)},
                                   {QStringLiteral("cpr"), QStringLiteral("0101585999")}});
    }
    int n = 0;
    while (made < events) {
        const QString citizen = ids.at(n++ % ids.size());
        batch.events << makeEvent(
            EventType::NoteAdded, citizen,
            {{QStringLiteral("noteId"), newId()},
             {QStringLiteral("kind"), QStringLiteral("note")},
             {QStringLiteral("text"),
              QStringLiteral("Samtale %1 om praktik, mentor og timer på lageret. "
                             "Aftalt opfølgning om to uger.")
                  .arg(made)}});
        ++made;
        if (batch.events.size() == protocol::kMaxEventsPerPush) {
            batch.batchId = newId();
            test::require(admin.cases().push(who, batch, {}), "push");
            batch.events.clear();
        }
    }
    if (!batch.events.isEmpty()) {
        batch.batchId = newId();
        test::require(admin.cases().push(who, batch, {}), "push");
    }
}

// C laptops sync at once for a while, each adding a note before every round. Under attack,
// meanwhile: 200 login attempts for unknown users at a time, each from its own address
// (127.0.0.10 on: past any per-address limit), each asking again 100 ms after an answer; and
// 8 connections (from 127.0.0.2) that announce the largest push and send it a byte every
// 200 ms.
void concurrent(ServerProcess& server, server::Admin& admin, const QString& backend, int clients,
                int seconds, bool attack)
{
    const QString prefix = attack ? QStringLiteral("a") : QStringLiteral("c");
    std::vector<std::unique_ptr<Device>> laptops;
    std::vector<Consultant> people;
    SyncOptions o = Device::fastOptions();
    o.timeoutMs = 60'000;
    for (int i = 0; i < clients; ++i)
        people.push_back(makeConsultant(admin, prefix + QString::number(i)));
    for (int i = 0; i < clients; ++i) {
        laptops.push_back(laptop(server, admin, people[std::size_t(i)], o));
        laptops.back()->addCitizen(QStringLiteral("Borger"));
    }
    const quint16 port = quint16(QUrl(server.url()).port());
    std::vector<std::unique_ptr<LoginFlooder>> logins;
    std::vector<std::unique_ptr<SlowBodySender>> slow;
    if (attack) {
        for (int i = 0; i < 200; ++i)
            logins.push_back(std::make_unique<LoginFlooder>(
                port, i, 100, QHostAddress(quint32(0x7f00000a + i)))); // 127.0.0.10 + i
        for (int i = 0; i < 8; ++i)
            slow.push_back(std::make_unique<SlowBodySender>(
                port, 200, QHostAddress(QStringLiteral("127.0.0.2"))));
        QTest::qWait(1000); // under way
    }
    server.requestTimes(); // only what follows
    QList<double> rounds;
    int failedRounds = 0;
    std::vector<QElapsedTimer> started(static_cast<std::size_t>(clients));
    int running = clients;
    QEventLoop loop;
    QElapsedTimer total;
    total.start();
    const qint64 until = qint64(seconds) * 1000;
    for (int i = 0; i < clients; ++i) {
        Device* d = laptops[std::size_t(i)].get();
        QElapsedTimer* s = &started[std::size_t(i)];
        QObject::connect(&d->sync(), &SyncService::finished, [&, d, s](bool ok) {
            rounds << double(s->nsecsElapsed()) / 1e6;
            failedRounds += ok ? 0 : 1;
            if (total.elapsed() >= until) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            QTimer::singleShot(0, [d, s] {
                test::require(d->journal().addNote(d->journal().caseload()->first().citizenId,
                                                   QStringLiteral("Ny note")),
                              "addNote");
                s->start();
                d->sync().syncNow();
            });
        });
        s->start();
        d->sync().syncNow();
    }
    loop.exec();
    const double secs = double(total.nsecsElapsed()) / 1e9;
    const QList<double> times = server.requestTimes(true); // the laptops' requests
    int verified = 0;
    int refused = 0;
    for (const auto& l : logins) {
        verified += l->verified;
        refused += l->busy + l->limited;
    }
    const QString name = QStringLiteral("concurrent_%1_clients_").arg(clients) +
                         (attack ? QStringLiteral("under_attack_") : QString());
    figure(name + QStringLiteral("requests_per_second_") + backend, double(times.size()) / secs,
           "req/s");
    figure(name + QStringLiteral("server_time_p95_") + backend, percentile(times, 0.95), "ms");
    figure(name + QStringLiteral("sync_round_p95_") + backend, percentile(rounds, 0.95), "ms");
    if (attack) {
        figure(name + QStringLiteral("failed_rounds_") + backend, failedRounds, "rounds");
        figure(name + QStringLiteral("logins_checked_per_second_") + backend,
               double(verified) / secs, "/s");
        figure(name + QStringLiteral("logins_turned_away_per_second_") + backend,
               double(refused) / secs, "/s");
    }
}

// CPU time of the calling thread (the laptop's GUI thread in this benchmark).
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU time of this process, all its threads.
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// With FORTROLIG_PERF_CTL=<fifo> (perf record --control=fifo:<fifo> -D -1 ...), the profile
// covers the pull alone: "enable" before it, "disable" after.
void profiler(const char* command)
{
    const QByteArray fifo = qgetenv("FORTROLIG_PERF_CTL");
    if (fifo.isEmpty())
        return;
    QFile f(QString::fromLocal8Bit(fifo));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QByteArray(command) + '\n');
        f.flush();
    }
}

// The server's daily retention job over `cases` due cases of `notes` notes each (and as many
// cases that are not due yet, which the job must read and leave), straight through the
// store as if pushed earlier. Timed: the dry run (reading every case's facts) and the run
// that deletes.
void retention(server::Admin& admin, const QString& backend, int cases, int notes)
{
    if (cases <= 0)
        return;
    Consultant c = makeConsultant(admin, QStringLiteral("retention"));
    const server::Principal who{QStringLiteral("bench-device"), c.username};
    const QDate today = QDate::currentDate();
    protocol::PushRequest batch;
    const auto flush = [&](bool always) {
        if (batch.events.isEmpty() ||
            (!always && batch.events.size() < protocol::kMaxEventsPerPush - notes - 3))
            return;
        batch.batchId = newId();
        test::require(admin.cases().push(who, batch, {}), "push");
        batch.events.clear();
    };
    for (int i = 0; i < 2 * cases; ++i) {
        const QString citizen = newId();
        const QString course = newId();
        // Every other case ended two years ago (due); the rest last month (not due).
        const QDate end = i % 2 == 0 ? today.addYears(-2) : today.addMonths(-1);
        batch.events << makeEvent(EventType::CitizenAdded, citizen,
                                  {{QStringLiteral("name"), QStringLiteral("Borger %1").arg(i)},
                                   {QStringLiteral("cpr"), QStringLiteral("0101585999")}});
        batch.events << makeEvent(
            EventType::CourseAdded, citizen,
            {{QStringLiteral("courseId"), course},
             {QStringLiteral("municipality"), QStringLiteral("Testby Kommune")},
             {QStringLiteral("courseType"), QStringLiteral("afklaringsforløb")},
             {QStringLiteral("startDate"), end.addMonths(-3).toString(Qt::ISODate)}});
        batch.events << makeEvent(EventType::CourseEnded, citizen,
                                  {{QStringLiteral("courseId"), course},
                                   {QStringLiteral("endDate"), end.toString(Qt::ISODate)}});
        for (int n = 0; n < notes; ++n)
            batch.events << makeEvent(
                EventType::NoteAdded, citizen,
                {{QStringLiteral("noteId"), newId()},
                 {QStringLiteral("kind"), QStringLiteral("note")},
                 {QStringLiteral("text"), QStringLiteral("Samtale %1 om praktik.").arg(n)}});
        flush(false);
    }
    flush(true);
    QElapsedTimer t;
    t.start();
    auto dry = admin.retention().run(today, true);
    const double listed = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    auto run = admin.retention().run(today, false);
    const double deleted = double(t.nsecsElapsed()) / 1e9;
    if (!dry.ok() || !run.ok() || run->deleted.size() != cases || run->failed > 0)
        std::printf("warning: the retention run deleted %lld of %d cases\n",
                    run.ok() ? qlonglong(run->deleted.size()) : -1LL, cases);
    figure(QStringLiteral("retention_dry_run_%1_cases_%2").arg(2 * cases).arg(backend), listed,
           "s");
    figure(QStringLiteral("retention_job_%1_due_cases_%2").arg(cases).arg(backend), deleted, "s");
    figure(QStringLiteral("retention_job_per_case_%1").arg(backend),
           deleted * 1000.0 / double(std::max(1, cases)), "ms");
}

void runBackend(const QString& backend, const QString& databaseUrl, int pullEvents, int pushEvents,
                int clients, int seconds, int retentionCases)
{
    QTemporaryDir dir;
    ServerProcess server(dir.filePath(QStringLiteral("server")), databaseUrl);
    if (!server.ok())
        qFatal("the server did not start (%s)", qPrintable(backend));
    auto admin = server.admin();
    SyncOptions fast = Device::fastOptions();
    fast.timeoutMs = 60'000;
    // For comparisons: BENCH_PULL_ONLY=1 measures the pull alone; BENCH_NO_BULK=1 keeps the citizen
    // indexes during a catch-up; BENCH_SLICE_MS=n applies pulled pages in parts of n ms (-1: a page
    // at once).
    if (qEnvironmentVariableIntValue("BENCH_NO_BULK") == 1)
        fast.bulkPullFrom = std::numeric_limits<qint64>::max();
    if (qEnvironmentVariableIsSet("BENCH_SLICE_MS"))
        fast.applySliceMs = qEnvironmentVariableIntValue("BENCH_SLICE_MS");

    // Pull into an empty journal.
    {
        Consultant c = makeConsultant(*admin, QStringLiteral("pull"));
        populate(*admin, c.username, std::max(1, pullEvents / 100), pullEvents);
        // When the round turns from the pull to sending the access log's new entries (the
        // log's way to the server came with issue 16; builds before it end the round there).
        QElapsedTimer t;
        double untilLog = 0;
        QElapsedTimer sendingLog; // from then to the end: the log's requests (POSTs)
        SyncOptions pulling = fast;
        pulling.onRoundState = [&](SyncRound::State s) {
            if (s == SyncRound::State::SendingLog && t.isValid() && untilLog == 0) {
                untilLog = double(t.nsecsElapsed()) / 1e9;
                sendingLog.start();
            }
        };
        auto fresh = std::make_unique<Device>(pulling);
        // A new laptop, timed from its login (which starts the first round) to the end.
        const QString code =
            admin->accounts().issueEnrollmentCode(c.username, 7, QStringLiteral("b")).value();
        QSignalSpy enrolled(&fresh->sync(), &SyncService::enrolled);
        fresh->sync().enroll(EnrollmentLink::from(server.url(), code, server.pin()).value(),
                             QStringLiteral("bench"));
        enrolled.wait(20'000);
        QSignalSpy in(&fresh->sync(), &SyncService::loggedIn);
        QSignalSpy first(&fresh->sync(), &SyncService::finished);
        qint64 worstGap = 0;
        QList<std::pair<qint64, qint64>> longGaps; // (ms into the pull, gap ms) over 100 ms
        QElapsedTimer tick;
        QTimer probe;
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            if (tick.isValid()) {
                worstGap = std::max(worstGap, tick.elapsed());
                if (tick.elapsed() > 100 && t.isValid())
                    longGaps.append({t.elapsed(), tick.elapsed()});
            }
            tick.restart();
        });
        probe.start();
        server.requestTimes(); // from here on
        profiler("enable");
        const double cpuBefore = threadCpuSeconds();
        const double processBefore = processCpuSeconds();
        const double serverBefore = server.cpuSeconds();
        t.start();
        fresh->sync().login(c.passphrase, c.code());
        first.wait(600'000);
        const double secs = double(t.nsecsElapsed()) / 1e9;
        const double logSecs = sendingLog.isValid() ? double(sendingLog.nsecsElapsed()) / 1e9 : 0;
        const double cpu = threadCpuSeconds() - cpuBefore;
        const double processCpu = processCpuSeconds() - processBefore;
        const double serverCpu = server.cpuSeconds() - serverBefore;
        profiler("disable");
        probe.stop();
        const int got = fresh->count(QStringLiteral("SELECT count(*) FROM events"));
        figure(QStringLiteral("pull_%1_events_%2").arg(pullEvents).arg(backend), secs, "s");
        figure(QStringLiteral("pull_rate_%1").arg(backend), double(got) / secs, "events/s");
        figure(QStringLiteral("pull_until_access_log_%1").arg(backend), untilLog, "s");
        figure(QStringLiteral("pull_access_log_send_%1").arg(backend), logSecs, "s");
        // The laptop's own work (its main thread's CPU time), which other programs on the
        // machine do not stretch as they stretch the wall-clock time above.
        figure(QStringLiteral("pull_laptop_cpu_%1").arg(backend), cpu, "s");
        // All the laptop's threads (decoding pages too), and the server process's: against
        // twice the wall-clock time, how much of the two cores the pull keeps busy.
        figure(QStringLiteral("pull_laptop_process_cpu_%1").arg(backend), processCpu, "s");
        figure(QStringLiteral("pull_server_process_cpu_%1").arg(backend), serverCpu, "s");
        figure(QStringLiteral("pull_longest_event_loop_block_%1").arg(backend), double(worstGap),
               "ms");
        figure(QStringLiteral("pull_event_loop_blocks_over_100ms_%1").arg(backend),
               double(longGaps.size()), "blocks");
        for (const auto& [at, gap] : std::as_const(longGaps))
            std::printf("  a block of %lld ms ending %lld ms into the pull (of %lld)\n",
                        qlonglong(gap), qlonglong(at), qlonglong(secs * 1000));
        // The server's share: its time for all the round's requests (the pages are fetched
        // while the laptop applies the one before, so this overlaps the total above).
        QTest::qWait(200); // its last log lines
        const QList<double> times = server.requestTimes();
        figure(QStringLiteral("pull_server_time_%1").arg(backend),
               std::accumulate(times.begin(), times.end(), 0.0) / 1000.0, "s");
        if (got != pullEvents)
            std::printf("warning: pulled %d of %d events\n", got, pullEvents);
    }

    if (qEnvironmentVariableIntValue("BENCH_PULL_ONLY") == 1)
        return;

    // Push events written offline.
    {
        Consultant c = makeConsultant(*admin, QStringLiteral("push"));
        // The access log's entries (one per citizen and note written) go after the pull.
        SyncOptions timed = fast;
        QElapsedTimer logTimer;
        double logSeconds = 0;
        timed.onRoundState = [&](SyncRound::State s) {
            if (s == SyncRound::State::SendingLog && !logTimer.isValid())
                logTimer.start();
            else if (s == SyncRound::State::Done && logTimer.isValid() && logSeconds == 0)
                logSeconds = double(logTimer.nsecsElapsed()) / 1e9;
        };
        auto d = laptop(server, *admin, c, timed);
        Journal& j = d->journal();
        Transaction batch = j.batch();
        test::require(batch.error(), "batch");
        QStringList citizens;
        for (int i = 0; i < pushEvents; ++i) {
            if (i % 20 == 0) {
                citizens << j.addCitizen(QStringLiteral("Borger %1").arg(i),
                                         *Cpr::parse(QStringLiteral("010158-5999")))
                                .value();
                continue;
            }
            test::require(
                j.addNote(citizens.last(), QStringLiteral("Notat %1 om praktik og timer.").arg(i)),
                "addNote");
        }
        test::require(batch.commit(), "commit");
        const int queued = j.outboxSize();
        const qsizetype logEntries = j.accessLog()->size();
        QElapsedTimer t;
        double pushed = 0;
        QObject::connect(&d->sync(), &SyncService::progress, [&](qint64 done, qint64) {
            if (pushed == 0 && done >= queued)
                pushed = double(t.nsecsElapsed()) / 1e9;
        });
        logTimer.invalidate(); // the login's round sent the log as it was then
        logSeconds = 0;
        t.start();
        d->syncOnce(600'000);
        const double round = double(t.nsecsElapsed()) / 1e9;
        figure(QStringLiteral("push_%1_events_%2").arg(queued).arg(backend), pushed, "s");
        figure(QStringLiteral("push_round_with_pull_back_%1").arg(backend), round, "s");
        figure(QStringLiteral("log_push_%1_entries_%2").arg(logEntries).arg(backend), logSeconds,
               "s");
    }

    // Many laptops at once: undisturbed, then while strangers attack the server.
    concurrent(server, *admin, backend, clients, seconds, false);
    concurrent(server, *admin, backend, clients, seconds, true);

    retention(*admin, backend, retentionCases, 5);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("pull"), QStringLiteral("events to pull"), QStringLiteral("n"),
                 QStringLiteral("100000")});
    p.addOption({QStringLiteral("push"), QStringLiteral("events to push"), QStringLiteral("n"),
                 QStringLiteral("10000")});
    p.addOption({QStringLiteral("clients"), QStringLiteral("concurrent laptops"),
                 QStringLiteral("n"), QStringLiteral("50")});
    p.addOption({QStringLiteral("seconds"), QStringLiteral("length of the concurrent run"),
                 QStringLiteral("s"), QStringLiteral("15")});
    p.addOption({QStringLiteral("retention"),
                 QStringLiteral("due cases for the retention job (and as many not due)"),
                 QStringLiteral("n"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("backend"), QStringLiteral("sqlcipher, postgres or both"),
                 QStringLiteral("name"), QStringLiteral("both")});
    p.addOption({QStringLiteral("postgres"),
                 QStringLiteral("postgresql:// URL of a database to use (default: a private "
                                "cluster started with tests/support/pg.sh)"),
                 QStringLiteral("url")});
    p.process(app);
    qputenv("QT_LOGGING_RULES", "fortrolig.*.info=false");
    const QString backend = p.value(QStringLiteral("backend"));
    const int pull = p.value(QStringLiteral("pull")).toInt();
    const int push = p.value(QStringLiteral("push")).toInt();
    const int clients = p.value(QStringLiteral("clients")).toInt();
    const int seconds = p.value(QStringLiteral("seconds")).toInt();
    const int retentionCases = p.value(QStringLiteral("retention")).toInt();
    if (backend != QStringLiteral("postgres"))
        runBackend(QStringLiteral("sqlcipher"), {}, pull, push, clients, seconds, retentionCases);
    if (backend != QStringLiteral("sqlcipher")) {
        QString url = p.value(QStringLiteral("postgres"));
        QTemporaryDir state;
        const bool own = url.isEmpty();
        if (own) {
            if (QProcess::execute(QStringLiteral("bash"),
                                  {QStringLiteral(FORTROLIG_PG_SCRIPT), QStringLiteral("start"),
                                   state.path()}) != 0)
                qFatal("could not start PostgreSQL");
            qputenv("FORTROLIG_TEST_PG", state.filePath(QStringLiteral("url")).toUtf8());
        }
        {
            std::unique_ptr<TestStore> store;
            if (own) {
                store = std::make_unique<TestStore>(Backend::Postgres);
                url = store->databaseUrl();
            }
            runBackend(QStringLiteral("postgres"), url, pull, push, clients, seconds,
                       retentionCases);
        }
        if (own)
            QProcess::execute(QStringLiteral("bash"), {QStringLiteral(FORTROLIG_PG_SCRIPT),
                                                       QStringLiteral("stop"), state.path()});
    }
    return 0;
}
