#include "admin/ServerCli.h"

#include "accounts/Totp.h"
#include "app/core/Process.h"
#include "app/core/Translations.h"
#include "app/sync/EnrollmentLink.h"
#include "app/terminal/Passphrase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace fortrolig::server {

namespace {

const QStringList kValueOptions = {QStringLiteral("--data"),
                                   QStringLiteral("--database"),
                                   QStringLiteral("--listen"),
                                   QStringLiteral("--cert"),
                                   QStringLiteral("--key"),
                                   QStringLiteral("--workers"),
                                   QStringLiteral("--server-url"),
                                   QStringLiteral("--valid-days"),
                                   QStringLiteral("--name"),
                                   QStringLiteral("--host"),
                                   QStringLiteral("--connections-per-address"),
                                   QStringLiteral("--metrics"),
                                   QStringLiteral("--login-workers"),
                                   QStringLiteral("--logins-per-address"),
                                   QStringLiteral("--municipality"),
                                   QStringLiteral("--reason"),
                                   QStringLiteral("--until"),
                                   QStringLiteral("--month"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("--to"),
                                   QStringLiteral("--reference"),
                                   QStringLiteral("--id"),
                                   QStringLiteral("--cvr"),
                                   QStringLiteral("--jobcentre-address"),
                                   QStringLiteral("--jobcentre-phone"),
                                   QStringLiteral("--dpo"),
                                   QStringLiteral("--agreement-date"),
                                   QStringLiteral("--agreement-reference"),
                                   QStringLiteral("--legal-basis"),
                                   QStringLiteral("--approve"),
                                   QStringLiteral("--unapprove"),
                                   QStringLiteral("--statistics"),
                                   QStringLiteral("--consultant"),
                                   QStringLiteral("--config"),
                                   QStringLiteral("--storage-key")};

// What a configuration file may set (the server's own settings, not a command's): the
// options by their names without the dashes.
const QStringList kConfigKeys = {QStringLiteral("data"),
                                 QStringLiteral("database"),
                                 QStringLiteral("listen"),
                                 QStringLiteral("cert"),
                                 QStringLiteral("key"),
                                 QStringLiteral("storage-key"),
                                 QStringLiteral("workers"),
                                 QStringLiteral("server-url"),
                                 QStringLiteral("connections-per-address"),
                                 QStringLiteral("metrics"),
                                 QStringLiteral("login-workers"),
                                 QStringLiteral("logins-per-address")};

const QStringList kFlags = {QStringLiteral("--version"), QStringLiteral("--dry-run"),
                            QStringLiteral("--overdue"), QStringLiteral("--return"),
                            QStringLiteral("--delete-only")};

// "ADDRESS:PORT", an IPv6 address in brackets.
bool parseAddressAndPort(const QString& text, QHostAddress* address, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int number = text.mid(colon + 1).toInt(&ok);
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    *address = QHostAddress(host);
    if (colon <= 0 || !ok || number < 0 || number > 65535 || address->isNull())
        return false;
    *port = quint16(number);
    return true;
}

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)
                  : QStringLiteral("-");
}

} // namespace

ServerCli::ServerCli(QStringList arguments, QTextStream& out, QTextStream& err)
    : m_out(out), m_err(err)
{
    parse(std::move(arguments));
}

bool ServerCli::parse(QStringList arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QStringLiteral("--help") || a == QStringLiteral("-h")) {
            m_options.insert(QStringLiteral("--help"), QStringLiteral("1"));
        } else if (kFlags.contains(a)) {
            m_options.insert(a, QStringLiteral("1"));
        } else if (kValueOptions.contains(a)) {
            if (i + 1 >= arguments.size()) {
                m_parseError = tr("%1 needs a value").arg(a);
                return false;
            }
            m_options.insert(a, arguments.at(++i));
        } else if (a.startsWith(QStringLiteral("--"))) {
            m_parseError = tr("unknown option: %1").arg(a);
            return false;
        } else {
            m_positional << a;
        }
    }
    return !m_options.contains(QStringLiteral("--config")) ||
           readConfig(m_options.value(QStringLiteral("--config")));
}

// A configuration file (/etc/fortrolig-server/server.conf in the package): "name = value"
// lines for the server's settings, '#' comments; an option given on the command line wins.
bool ServerCli::readConfig(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_parseError = tr("cannot read the configuration file %1").arg(path);
        return false;
    }
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString name = line.left(eq).trimmed();
        const QString text = line.mid(eq + 1).trimmed();
        if (eq < 0 || !kConfigKeys.contains(name) || text.isEmpty()) {
            m_parseError = tr("%1, line %2: not one of the server's settings as name = value "
                              "(%3)")
                               .arg(path)
                               .arg(number)
                               .arg(kConfigKeys.join(QStringLiteral(", ")));
            return false;
        }
        const QString option = QStringLiteral("--") + name;
        if (!m_options.contains(option))
            m_options.insert(option, text);
    }
    return true;
}

int ServerCli::usageError(const QString& text)
{
    m_err << "fortrolig-server: " << text << Qt::endl
          << tr("Run 'fortrolig-server --help' for the commands.") << Qt::endl;
    return 2;
}

int ServerCli::fail(const Error& e)
{
    m_err << "fortrolig-server: " << e.message() << Qt::endl;
    return 1;
}

QString ServerCli::actorName()
{
    return QStringLiteral("admin:") + qEnvironmentVariable("USER", QStringLiteral("-"));
}

int ServerCli::refuse(const QString& text)
{
    m_err << "fortrolig-server: " << text << Qt::endl;
    return 1;
}

QStringList ServerCli::hostNames() const
{
    QStringList names{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("::1")};
    const QString host = QHostInfo::localHostName();
    if (!host.isEmpty() && !names.contains(host))
        names.prepend(host);
    if (!value(QStringLiteral("--host")).isEmpty())
        names.prepend(value(QStringLiteral("--host")));
    return names;
}

Result<ServerKey::Loaded> ServerCli::loadKey(bool mayGenerate)
{
    const QString dir = value(QStringLiteral("--data"));
    if (!dir.isEmpty() && !QDir().mkpath(dir))
        return Error(ErrorCode::ReadOnlyLocation, dir);
    // --storage-key FILE (the package keeps it in /etc/fortrolig-server/), else DIR/server.key.
    const QString file = value(QStringLiteral("--storage-key"));
    auto key =
        ServerKey::load(!file.isEmpty() ? QFileInfo(file).absoluteFilePath()
                        : dir.isEmpty() ? QString()
                                        : QDir(dir).absoluteFilePath(QStringLiteral("server.key")),
                        mayGenerate);
    if (key.ok() && key->generated)
        m_err << tr("A new storage key was made: %1\nBack it up apart from the data and keep it "
                    "secret: without it nothing stored can be read.")
                     .arg(key->source)
              << Qt::endl;
    return key;
}

Result<StoreLocation> ServerCli::location()
{
    return StoreLocation::from(value(QStringLiteral("--data")),
                               value(QStringLiteral("--database")));
}

Result<TlsMaterial> ServerCli::tlsMaterial()
{
    const QString cert = value(QStringLiteral("--cert"));
    const QString key = value(QStringLiteral("--key"));
    if (cert.isEmpty() != key.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("give both --cert and --key"));
    if (!cert.isEmpty())
        return TlsMaterial::load(cert, key);
    if (value(QStringLiteral("--data")).isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("give --cert and --key, or --data DIR for a development certificate"));
    return TlsMaterial::development(value(QStringLiteral("--data")), hostNames());
}

int ServerCli::run()
{
    if (!m_parseError.isEmpty())
        return usageError(m_parseError);
    if (m_options.contains(QStringLiteral("--help"))) {
        m_out << usage();
        m_out.flush();
        return 0;
    }
    if (m_options.contains(QStringLiteral("--version"))) {
        m_out << "fortrolig-server " << FORTROLIG_VERSION << Qt::endl;
        return 0;
    }
    if (value(QStringLiteral("--data")).isEmpty() && value(QStringLiteral("--database")).isEmpty())
        return usageError(tr("give --data DIR (and --database URL for PostgreSQL)"));
    const QString command = m_positional.value(0);
    if (command.isEmpty() || command == QStringLiteral("serve"))
        return serve();
    if (command == QStringLiteral("pin"))
        return pin();
    static const QStringList known = {QStringLiteral("consultant"), QStringLiteral("device"),
                                      QStringLiteral("case"),       QStringLiteral("epoch"),
                                      QStringLiteral("retention"),  QStringLiteral("deletion-list"),
                                      QStringLiteral("note"),       QStringLiteral("municipality"),
                                      QStringLiteral("request"),    QStringLiteral("access-log")};
    if (!known.contains(command))
        return usageError(tr("unknown command: %1").arg(command));
    auto loc = location();
    if (!loc.ok())
        return usageError(loc.error().detail);
    auto key = loadKey(true);
    if (!key.ok())
        return fail(key.error());
    auto admin =
        Admin::open(loc.value(), key->master, &systemClock, value(QStringLiteral("--data")));
    if (!admin.ok())
        return fail(admin.error());
    const QString sub = m_positional.value(1);
    if (command == QStringLiteral("consultant"))
        return consultant(*admin.value(), sub);
    if (command == QStringLiteral("device"))
        return device(*admin.value(), sub);
    if (command == QStringLiteral("case"))
        return caseCommand(*admin.value(), sub);
    if (command == QStringLiteral("retention"))
        return retention(*admin.value(), sub);
    if (command == QStringLiteral("deletion-list"))
        return deletionList(*admin.value());
    if (command == QStringLiteral("note"))
        return note(*admin.value(), sub);
    if (command == QStringLiteral("municipality"))
        return municipality(*admin.value(), sub);
    if (command == QStringLiteral("request"))
        return request(*admin.value(), sub);
    if (command == QStringLiteral("access-log"))
        return accessLog(*admin.value(), sub);
    return epoch(*admin.value(), sub);
}

// The server's options from the command line; the text of a usage error, or empty.
QString ServerCli::serveOptions(Server::Options& o)
{
    auto loc = location();
    if (!loc.ok())
        return loc.error().detail;
    o.location = loc.value();
    o.dataDir = value(QStringLiteral("--data"));
    o.certFile = value(QStringLiteral("--cert"));
    o.keyFile = value(QStringLiteral("--key"));
    o.hostNames = hostNames();
    if (o.certFile.isEmpty() != o.keyFile.isEmpty())
        return tr("give both --cert and --key");
    if (o.certFile.isEmpty() && o.dataDir.isEmpty())
        return tr("give --cert and --key, or --data DIR for a development certificate");
    const QString listen = value(QStringLiteral("--listen"));
    if (!listen.isEmpty() && !parseAddressAndPort(listen, &o.address, &o.port))
        return tr("--listen must be ADDRESS:PORT, e.g. 0.0.0.0:8443");
    const QString metrics = value(QStringLiteral("--metrics"));
    if (!metrics.isEmpty() && !parseAddressAndPort(metrics, &o.metricsAddress, &o.metricsPort))
        return tr("--metrics must be ADDRESS:PORT, e.g. 127.0.0.1:9464");
    // A whole number in [low, high] if given; false if given and not that.
    const auto number = [this](const char* name, int low, int high, int* out) {
        const QString text = value(QString::fromLatin1(name));
        if (text.isEmpty())
            return true;
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < low || n > high)
            return false;
        *out = n;
        return true;
    };
    if (!number("--logins-per-address", 1, 1'000'000, &o.limits.loginBurst))
        return tr("--logins-per-address must be 1-1000000");
    o.limits.loginsPerMinute = o.limits.loginBurst;
    if (!number("--login-workers", 1, 16, &o.loginWorkers))
        return tr("--login-workers must be 1-16");
    if (!number("--workers", 1, 64, &o.workers))
        return tr("--workers must be 1-64");
    if (!number("--connections-per-address", 1, o.limits.maxConnections,
                &o.limits.maxConnectionsPerAddress))
        return tr("--connections-per-address must be 1-%1").arg(o.limits.maxConnections);
    return {};
}

int ServerCli::serve()
{
    Server::Options o;
    if (const QString problem = serveOptions(o); !problem.isEmpty())
        return usageError(problem);
    QTextStream log(stdout);
    o.requestLog = &log;
    auto key = loadKey(true);
    if (!key.ok())
        return fail(key.error());
    auto server = Server::start(o, std::move(key.value().master));
    if (!server.ok())
        return fail(server.error());
    const TlsMaterial& tls = server.value()->tls();
    m_out << tr("Storage: %1").arg(o.location.describe()) << Qt::endl;
    if (tls.generated)
        m_out << tr("A development certificate was made: %1\nFor production give the provider's "
                    "certificate with --cert and --key.")
                     .arg(tls.certificatePath)
              << Qt::endl;
    m_out << tr("Devices need this pin to enroll:") << Qt::endl;
    m_out << "pin: " << tls.pin << Qt::endl;
    const auto shown = [](const QHostAddress& a) {
        return a.protocol() == QAbstractSocket::IPv6Protocol
                   ? QLatin1Char('[') + a.toString() + QLatin1Char(']')
                   : a.toString();
    };
    m_out << "listening: https://" << shown(o.address) << ':' << server.value()->port() << Qt::endl;
    if (server.value()->metricsPort() != 0)
        m_out << "metrics: http://" << shown(o.metricsAddress) << ':'
              << server.value()->metricsPort() << "/metrics" << Qt::endl;

    // SIGINT/SIGTERM end the event loop; the database closes cleanly on the way out.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [] { QCoreApplication::quit(); });
    const int rc = QCoreApplication::exec();
    server.value().reset();
    m_out << tr("Stopped.") << Qt::endl;
    return rc;
}

int ServerCli::pin()
{
    auto tls = tlsMaterial();
    if (!tls.ok())
        return fail(tls.error());
    m_out << "pin: " << tls->pin << Qt::endl;
    return 0;
}

int ServerCli::consultant(Admin& admin, const QString& sub)
{
    const QString user = m_positional.value(2);
    const QString actor = actorName();
    Accounts& a = admin.accounts();
    if (sub == QStringLiteral("list")) {
        auto list = a.consultants();
        if (!list.ok())
            return fail(list.error());
        for (const ConsultantInfo& c : list.value())
            m_out << c.username << '\t' << c.displayName << '\t'
                  << (c.locked ? tr("locked") : tr("active")) << '\t'
                  << tr("%n device(s)", nullptr, c.devices) << Qt::endl;
        return 0;
    }
    if (user.isEmpty())
        return usageError(tr("consultant %1 needs a user name").arg(sub));
    if (sub == QStringLiteral("create")) {
        if (!Accounts::isValidUsername(user))
            return usageError(tr("a user name is 2-64 of a-z 0-9 . _ - (lower case)"));
        SecureBytes pass =
            readPassphrase("FORTROLIG_CONSULTANT_PASSPHRASE",
                           tr("Passphrase for %1 (at least 12 characters): ").arg(user));
        if (pass.isEmpty())
            return usageError(tr("no passphrase: set FORTROLIG_CONSULTANT_PASSPHRASE or run in a "
                                 "terminal"));
        QByteArray p(pass.constChar(), qsizetype(pass.size()));
        auto secret = a.createConsultant(user, value(QStringLiteral("--name")), p, actor);
        p.fill('\0');
        if (!secret.ok())
            return fail(secret.error());
        m_out << tr("Consultant %1 created. Add this to the consultant's authenticator app (it "
                    "is shown once):")
                     .arg(user)
              << Qt::endl
              << Totp::provisioningUri(secret.value(), user) << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("reset-totp")) {
        auto secret = a.resetTotp(user, actor);
        if (!secret.ok())
            return fail(secret.error());
        m_out << tr("New TOTP secret for %1 (the old one no longer works):").arg(user) << Qt::endl
              << Totp::provisioningUri(secret.value(), user) << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("lock") || sub == QStringLiteral("unlock")) {
        const bool lock = sub == QStringLiteral("lock");
        if (Error e = a.setLocked(user, lock, actor))
            return fail(e);
        m_out << (lock ? tr("%1 is locked; their tokens no longer work.").arg(user)
                       : tr("%1 is unlocked.").arg(user))
              << Qt::endl;
        return 0;
    }
    return usageError(tr("unknown command: consultant %1").arg(sub));
}

int ServerCli::device(Admin& admin, const QString& sub)
{
    const QString arg = m_positional.value(2);
    const QString actor = actorName();
    Accounts& a = admin.accounts();
    if (sub == QStringLiteral("list")) {
        auto list = a.devices(arg);
        if (!list.ok())
            return fail(list.error());
        for (const DeviceInfo& d : list.value())
            m_out << d.id << '\t' << d.username << '\t' << d.name << '\t'
                  << tr("enrolled %1").arg(when(d.enrolledAt)) << '\t'
                  << tr("last seen %1").arg(when(d.lastSeenAt)) << '\t'
                  << (d.revoked ? tr("revoked") : tr("active")) << Qt::endl;
        return 0;
    }
    if (arg.isEmpty())
        return usageError(tr("device %1 needs an argument").arg(sub));
    if (sub == QStringLiteral("enroll-code")) {
        const QString days = value(QStringLiteral("--valid-days"));
        bool ok = true;
        const int validDays = days.isEmpty() ? 7 : days.toInt(&ok);
        if (!ok)
            return usageError(tr("--valid-days must be a number"));
        auto code = a.issueEnrollmentCode(arg, validDays, actor);
        if (!code.ok())
            return fail(code.error());
        m_out << "code: " << code.value() << Qt::endl;
        const QString url = value(QStringLiteral("--server-url"));
        if (!url.isEmpty()) {
            auto tls = tlsMaterial();
            if (!tls.ok())
                return fail(tls.error());
            m_out << "link: " << EnrollmentLink{QUrl(url), code.value(), tls->pin}.toString()
                  << Qt::endl;
        }
        m_out << tr("The code works once, for %n day(s).", nullptr, validDays) << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("revoke")) {
        if (Error e = a.revokeDevice(arg, actor))
            return fail(e);
        m_out << tr("Device %1 is revoked. At its next contact it deletes its journal and key.")
                     .arg(arg)
              << Qt::endl;
        return 0;
    }
    return usageError(tr("unknown command: device %1").arg(sub));
}

int ServerCli::caseCommand(Admin& admin, const QString& sub)
{
    const QString actor = actorName();
    CaseStore& c = admin.cases();
    if (sub == QStringLiteral("list")) {
        auto list = c.cases(m_positional.value(2));
        if (!list.ok())
            return fail(list.error());
        for (const CaseInfo& i : list.value())
            m_out << i.citizenId << '\t' << i.consultant << '\t'
                  << tr("%n event(s)", nullptr, i.events) << '\t' << when(i.createdAt) << Qt::endl;
        return 0;
    }
    const QString citizen = m_positional.value(2);
    if (citizen.isEmpty())
        return usageError(tr("case %1 needs the citizen's id").arg(sub));
    if (sub == QStringLiteral("assign")) {
        const QString to = m_positional.value(3);
        if (to.isEmpty())
            return usageError(tr("case assign needs the consultant's user name"));
        if (Error e = c.assign(citizen, to))
            return fail(e);
        const Error audited =
            admin.accounts().audit(actor, QStringLiteral("case-assigned"), citizen, to);
        m_out << tr("The case now belongs to %1; the former consultant's devices delete it at "
                    "their next sync.")
                     .arg(to)
              << Qt::endl;
        return audited ? fail(audited) : 0; // done, but not on record: said, and not 0
    }
    if (sub == QStringLiteral("purge")) {
        if (Error e = admin.retention().deleteCase(citizen, QStringLiteral("instruction"), actor))
            return fail(e);
        m_out << tr("The case is deleted on the server; devices delete it at their next sync.")
              << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("hold") || sub == QStringLiteral("release"))
        return caseHold(admin, sub, citizen);
    return usageError(tr("unknown command: case %1").arg(sub));
}

int ServerCli::epoch(Admin& admin, const QString& sub)
{
    if (sub != QStringLiteral("new"))
        return usageError(tr("unknown command: epoch %1").arg(sub));
    auto fresh = admin.cases().newEpoch();
    if (!fresh.ok())
        return fail(fresh.error());
    auto again = admin.retention().reapplyLedger(QStringLiteral("epoch-new"));
    if (!again.ok())
        return fail(again.error());
    if (again.value() > 0)
        m_out << tr("%n deletion(s) made since the backup was made were made again.", nullptr,
                    again.value())
              << Qt::endl;
    const Error audited =
        admin.accounts().audit(actorName(), QStringLiteral("epoch-changed"), fresh.value(),
                               QStringLiteral("restored from a backup"));
    m_out << tr("New epoch %1: devices will send what this server lacks.").arg(fresh.value())
          << Qt::endl;
    return audited ? fail(audited) : 0;
}

int serverMain(int argc, char** argv)
{
    hardenProcess();
    QLoggingCategory::setFilterRules(QStringLiteral("fortrolig.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Fortrolig"));
    QCoreApplication::setApplicationName(QStringLiteral("fortrolig-server"));
    installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    ServerCli cli(app.arguments().mid(1), out, err);
    return cli.run();
}

} // namespace fortrolig::server
