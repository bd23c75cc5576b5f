// fortrolig-cli enroll, login, sync, conflict: the journal and the provider's server.
#include "app/cli/Cli.h"

#include "app/core/StoredTime.h"
#include "app/sync/SyncService.h"
#include "app/terminal/Passphrase.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace fortrolig {

namespace {
QString stateName(SyncService::State s)
{
    switch (s) {
    case SyncService::State::NotEnrolled:
        return QStringLiteral("not-enrolled");
    case SyncService::State::Enrolling:
        return QStringLiteral("enrolling");
    case SyncService::State::LoginNeeded:
        return QStringLiteral("login-needed");
    case SyncService::State::Idle:
        return QStringLiteral("idle");
    case SyncService::State::Syncing:
        return QStringLiteral("syncing");
    case SyncService::State::Waiting:
        return QStringLiteral("waiting");
    case SyncService::State::Refused:
        return QStringLiteral("refused");
    case SyncService::State::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

SyncOptions cliOptions()
{
    SyncOptions o;
    o.autoSyncMs = 0;
    return o;
}
} // namespace

int Cli::cmdEnroll(Journal& journal)
{
    Result<EnrollmentLink> link = Error(ErrorCode::InvalidInput);
    const QString text = m_args.positional.value(1);
    if (!text.isEmpty())
        link = EnrollmentLink::parse(text);
    else
        link = EnrollmentLink::from(m_args.value(QStringLiteral("--server")),
                                    m_args.value(QStringLiteral("--code")),
                                    m_args.value(QStringLiteral("--pin")));
    if (!link.ok())
        return usageError(tr("enroll needs a fortrolig:// link, or --server, --code and --pin "
                             "(%1)")
                              .arg(link.error().detail));
    SyncService sync(journal, cliOptions());
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&sync, &SyncService::enrolled, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&sync, &SyncService::failed, &loop, [&](const QString& message) {
        m_err << "fortrolig-cli: " << message << Qt::endl;
        loop.quit();
    });
    const QString name = m_args.has(QStringLiteral("--device-name"))
                             ? m_args.value(QStringLiteral("--device-name"))
                             : QHostInfo::localHostName();
    sync.enroll(link.value(), name);
    loop.exec();
    if (!ok)
        return sync.state() == SyncService::State::Refused ? Refused : Failure;
    const SyncService::Status s = sync.status();
    // Stored to the second (SyncService::roundDone), and printed so.
    const QString lastSync = StoredTime::localText(s.lastSyncAt, Qt::ISODate);
    print(
        QJsonObject{{QStringLiteral("server"), s.server}, {QStringLiteral("username"), s.username}},
        tr("Enrolled with %1 as %2. Now log in: fortrolig-cli login").arg(s.server, s.username));
    return Success;
}

int Cli::cmdLogin(Journal& journal)
{
    SyncService sync(journal, cliOptions());
    if (sync.state() == SyncService::State::NotEnrolled)
        return fail(Error(ErrorCode::NotFound, tr("not enrolled; run 'fortrolig-cli enroll'")));
    const SecureBytes pass =
        readPassphrase("FORTROLIG_SERVER_PASSPHRASE",
                       tr("Server passphrase for %1: ").arg(sync.status().username));
    QString totp = m_args.value(QStringLiteral("--totp"));
    if (totp.isEmpty()) {
        m_err << tr("One-time code: ") << Qt::flush;
        QTextStream in(stdin);
        totp = in.readLine().trimmed();
    }
    if (pass.isEmpty() || totp.isEmpty())
        return usageError(tr("login needs the server passphrase and the one-time code"));
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&sync, &SyncService::loggedIn, &loop, [&] { ok = true; });
    QObject::connect(&sync, &SyncService::failed, &loop, [&](const QString& message) {
        m_err << "fortrolig-cli: " << message << Qt::endl;
    });
    QObject::connect(&sync, &SyncService::finished, &loop, &QEventLoop::quit);
    QObject::connect(&sync, &SyncService::deviceRevoked, &loop, [&] { m_revoked = true; });
    sync.login(QByteArray(pass.constChar(), qsizetype(pass.size())), totp);
    loop.exec(); // login, then the first sync round
    if (m_revoked)
        return Refused;
    if (!ok)
        return sync.state() == SyncService::State::Refused ? Refused : Failure;
    print(QJsonObject{{QStringLiteral("loggedIn"), true}}, tr("Logged in."));
    return Success;
}

int Cli::cmdSync(Journal& journal, const QString& sub)
{
    SyncService sync(journal, cliOptions());
    if (sub == QStringLiteral("status"))
        return syncStatus(sync);
    if (sub == QStringLiteral("problems"))
        return syncProblems(sync);
    if (!sub.isEmpty())
        return usageError(tr("unknown command: sync %1").arg(sub));
    if (sync.state() == SyncService::State::NotEnrolled)
        return fail(Error(ErrorCode::NotFound, tr("not enrolled; run 'fortrolig-cli enroll'")));
    if (sync.state() == SyncService::State::LoginNeeded)
        return fail(Error(ErrorCode::NotFound, tr("not logged in; run 'fortrolig-cli login'")));
    QEventLoop loop;
    bool complete = false;
    QObject::connect(&sync, &SyncService::finished, &loop, [&](bool c) {
        complete = c;
        loop.quit();
    });
    QObject::connect(&sync, &SyncService::failed, &loop, [&](const QString& message) {
        m_err << "fortrolig-cli: " << message << Qt::endl;
    });
    QObject::connect(&sync, &SyncService::deviceRevoked, &loop, [&] { m_revoked = true; });
    sync.syncNow();
    loop.exec();
    if (m_revoked)
        return Refused;
    sync.stop(); // one round: a retry is the next run's business
    // The cases whose retention period ended (by the rules just received) go now, as in the
    // window after a round.
    auto retention = journal.applyRetention(QDate::currentDate());
    if (!retention.ok())
        m_err << "fortrolig-cli: " << retention.error().message() << Qt::endl;
    else if (retention->count() > 0)
        m_err << tr("%n case(s) whose retention period ended were deleted from this computer.",
                    nullptr, int(retention->count()))
              << Qt::endl;
    else if (!retention->parts.isEmpty())
        m_err << tr("%n part(s) of cases (consents, disclosure records) whose retention period "
                    "ended were deleted from this computer.",
                    nullptr, int(retention->parts.size()))
              << Qt::endl;
    const SyncService::Status s = sync.status();
    // Stored to the second (SyncService::roundDone), and printed so.
    const QString lastSync = StoredTime::localText(s.lastSyncAt, Qt::ISODate);
    print(QJsonObject{{QStringLiteral("complete"), complete},
                      {QStringLiteral("outbox"), s.outbox},
                      {QStringLiteral("problems"), s.problems},
                      {QStringLiteral("conflicts"), s.conflicts}},
          complete ? tr("In sync.")
                   : tr("Not fully in sync: %n change(s) waiting to be sent.", nullptr, s.outbox));
    if (s.problems > 0)
        m_err << tr("%n sync problem(s): fortrolig-cli sync problems", nullptr, s.problems)
              << Qt::endl;
    if (s.conflicts > 0)
        m_err << tr("%n conflict(s) to resolve: fortrolig-cli conflict list", nullptr, s.conflicts)
              << Qt::endl;
    if (sync.state() == SyncService::State::Refused)
        return Refused;
    return complete ? Success : Failure;
}

int Cli::syncStatus(SyncService& sync)
{
    const SyncService::Status s = sync.status();
    // Stored to the second (SyncService::roundDone), and printed so.
    const QString lastSync = StoredTime::localText(s.lastSyncAt, Qt::ISODate);
    print(QJsonObject{{QStringLiteral("state"), stateName(s.state)},
                      {QStringLiteral("server"), s.server},
                      {QStringLiteral("username"), s.username},
                      {QStringLiteral("outbox"), s.outbox},
                      {QStringLiteral("problems"), s.problems},
                      {QStringLiteral("conflicts"), s.conflicts},
                      {QStringLiteral("lastSync"), lastSync}},
          tr("state: %1\nserver: %2\nuser: %3\nwaiting to be sent: %4\nproblems: %5\n"
             "conflicts: %6\nlast sync: %7")
              .arg(stateName(s.state), s.server.isEmpty() ? QStringLiteral("-") : s.server,
                   s.username.isEmpty() ? QStringLiteral("-") : s.username)
              .arg(s.outbox)
              .arg(s.problems)
              .arg(s.conflicts)
              .arg(lastSync.isEmpty() ? QStringLiteral("-") : lastSync));
    return Success;
}

int Cli::syncProblems(SyncService& sync)
{
    if (m_args.has(QStringLiteral("--dismiss")) || m_args.has(QStringLiteral("--retry"))) {
        const bool retry = m_args.has(QStringLiteral("--retry"));
        bool ok = false;
        const qint64 id =
            m_args.value(retry ? QStringLiteral("--retry") : QStringLiteral("--dismiss"))
                .toLongLong(&ok);
        if (!ok)
            return usageError(tr("give the problem's number"));
        if (Error e = retry ? sync.store().retryProblem(id) : sync.store().dismissProblem(id))
            return fail(e);
        print(QJsonObject{{QStringLiteral("done"), true}},
              retry ? tr("The change will be sent again at the next sync.") : tr("Dismissed."));
        return Success;
    }
    if (m_args.has(QStringLiteral("--save"))) {
        bool ok = false;
        const qint64 id = m_args.value(QStringLiteral("--save")).toLongLong(&ok);
        const QString to = m_args.value(QStringLiteral("--to"));
        if (!ok || to.isEmpty())
            return usageError(tr("sync problems --save needs the problem's number and --to FILE"));
        if (Error e = sync.store().saveKeptScan(id, to))
            return fail(e);
        print(QJsonObject{{QStringLiteral("saved"), to}}, tr("Saved as %1.").arg(to));
        return Success;
    }
    if (Error e = sync.store().logKeptNotesShown(QStringLiteral("sync problems")))
        return fail(e);
    auto problems = sync.store().problems();
    if (!problems.ok())
        return fail(problems.error());
    QJsonArray array;
    QString text;
    for (const SyncProblem& p : problems.value()) {
        array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("kind"), p.kind},
                                 {QStringLiteral("citizen"), p.citizenId},
                                 {QStringLiteral("event"), p.eventId},
                                 {QStringLiteral("eventType"), p.eventType},
                                 {QStringLiteral("reason"), p.reason},
                                 {QStringLiteral("at"), StoredTime::localText(p.at)}});
        text += QString::number(p.id) + QLatin1Char('\t') + StoredTime::localText(p.at) +
                QLatin1Char('\t') + p.citizenId + QLatin1Char('\t') + SyncService::describe(p) +
                QLatin1Char('\n');
    }
    print(array, text);
    return Success;
}

int Cli::cmdConflict(Journal& journal, const QString& sub)
{
    if (sub == QStringLiteral("list")) {
        auto conflicts = journal.conflicts(m_args.value(QStringLiteral("--citizen")));
        if (!conflicts.ok())
            return fail(conflicts.error());
        QJsonArray array;
        QString text;
        for (const Conflict& c : conflicts.value()) {
            QJsonArray versions;
            text += QString::number(c.id) + QLatin1Char('\t') + c.citizenId + QLatin1Char('\t') +
                    c.kind + QLatin1Char('\t') + (c.field.isEmpty() ? c.objectId : c.field) +
                    QLatin1Char('\n');
            for (const ConflictVersion& v : c.versions) {
                versions.append(
                    QJsonObject{{QStringLiteral("id"), v.id},
                                {QStringLiteral("value"), v.value},
                                {QStringLiteral("author"), v.author},
                                {QStringLiteral("writtenAt"), StoredTime::localText(v.writtenAt)}});
                text += QStringLiteral("    ") + v.id + QLatin1Char(' ') +
                        StoredTime::localText(v.writtenAt) + QLatin1Char(' ') + v.author +
                        QStringLiteral(": ") + v.value + QLatin1Char('\n');
            }
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("citizen"), c.citizenId},
                                     {QStringLiteral("kind"), c.kind},
                                     {QStringLiteral("object"), c.objectId},
                                     {QStringLiteral("field"), c.field},
                                     {QStringLiteral("versions"), versions}});
        }
        print(array, text);
        return Success;
    }
    if (sub == QStringLiteral("resolve")) {
        bool ok = false;
        const qint64 id = m_args.positional.value(2).toLongLong(&ok);
        const QString value = m_args.value(QStringLiteral("--value"));
        if (!ok || value.isEmpty())
            return usageError(tr("conflict resolve needs the conflict's number and --value"));
        auto resolved =
            journal.resolveConflict(id, value, m_args.list(QStringLiteral("--replaces")));
        if (!resolved.ok())
            return fail(resolved.error());
        print(QJsonObject{{QStringLiteral("event"), resolved.value()}},
              tr("Resolved; the other versions stay in the history."));
        return Success;
    }
    return usageError(tr("unknown command: conflict %1").arg(sub));
}

} // namespace fortrolig
