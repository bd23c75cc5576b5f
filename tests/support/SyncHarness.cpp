#include "SyncHarness.h"

#include "admin/ServerCli.h"

#include "TestSupport.h"
#include "accounts/Totp.h"
#include "app/journal/JournalInternals.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace fortrolig::test {

namespace {

// A short-lived connection to the cluster's maintenance database.
bool adminSql(const QStringList& statements, QString* error)
{
    const QUrl url(TestStore::clusterUrl());
    if (url.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL test cluster (FORTROLIG_TEST_PG)");
        return false;
    }
    const QString name = QStringLiteral("fortrolig-test-admin-") + newId();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
            ok = false;
        }
        QSqlQuery quiet(db);
        quiet.exec(QStringLiteral("SET client_min_messages = warning"));
        for (const QString& s : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(s)) {
                *error = q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

Backend backendFromEnvironment()
{
    return qEnvironmentVariable("FORTROLIG_TEST_BACKEND") == QStringLiteral("postgres")
               ? Backend::Postgres
               : Backend::SqlCipher;
}

QString backendName(Backend backend)
{
    return backend == Backend::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlcipher");
}

QString TestStore::clusterUrl()
{
    QFile f(qEnvironmentVariable("FORTROLIG_TEST_PG"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

TestStore::TestStore(Backend backend) : m_backend(backend)
{
    if (backend == Backend::SqlCipher)
        return;
    m_database = QStringLiteral("t_") + newId().remove(QLatin1Char('-'));
    if (!adminSql({QStringLiteral("CREATE DATABASE ") + m_database}, &m_error))
        return;
    QUrl url(clusterUrl());
    url.setPath(QLatin1Char('/') + m_database);
    m_url = url.toString();
}

TestStore::~TestStore()
{
    if (m_backend == Backend::Postgres && !m_database.isEmpty()) {
        QString ignored;
        adminSql({QStringLiteral("DROP DATABASE IF EXISTS ") + m_database +
                      QStringLiteral(" WITH (FORCE)"),
                  QStringLiteral("DROP DATABASE IF EXISTS ") + m_database +
                      QStringLiteral("_b WITH (FORCE)")},
                 &ignored);
    }
}

server::StoreLocation TestStore::location() const
{
    auto l = server::StoreLocation::from(m_dir.path(), m_url);
    return l.value();
}

bool TestStore::backup()
{
    if (m_backend == Backend::SqlCipher) {
        const QString db = m_dir.filePath(QStringLiteral("server.db"));
        QFile::remove(db + QStringLiteral(".backup"));
        return QFile::copy(db, db + QStringLiteral(".backup"));
    }
    return adminSql({QStringLiteral("DROP DATABASE IF EXISTS ") + m_database + QStringLiteral("_b"),
                     QStringLiteral("CREATE DATABASE ") + m_database +
                         QStringLiteral("_b TEMPLATE ") + m_database},
                    &m_error);
}

bool TestStore::restore()
{
    if (m_backend == Backend::SqlCipher) {
        const QString db = m_dir.filePath(QStringLiteral("server.db"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + suffix);
        return QFile::copy(db + QStringLiteral(".backup"), db);
    }
    return adminSql(
        {QStringLiteral("DROP DATABASE ") + m_database + QStringLiteral(" WITH (FORCE)"),
         QStringLiteral("CREATE DATABASE ") + m_database + QStringLiteral(" TEMPLATE ") +
             m_database + QStringLiteral("_b")},
        &m_error);
}

ServerFixture::ServerFixture(Backend backend, int workers)
    : m_store(std::make_unique<TestStore>(backend)), m_workers(workers),
      m_key(SecureBytes::random(32)), m_logStream(&m_log),
      m_offset(std::make_shared<std::atomic<qint64>>(0))
{
    if (!m_store->ok()) {
        m_error = m_store->error();
        return;
    }
    start();
}

ServerFixture::~ServerFixture()
{
    stop();
    m_admin.reset();
}

qint64 ServerFixture::now() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offset->load();
}

bool ServerFixture::start(server::Server::Options o)
{
    stop();
    o.location = m_store->location();
    o.dataDir = m_store->dataDir();
    o.address = QHostAddress::LocalHost;
    o.port = m_port; // a restarted server comes back where the devices know it
    o.workers = m_workers;
    o.requestLog = &m_logStream;
    auto offset = m_offset;
    o.clock = [offset] { return QDateTime::currentMSecsSinceEpoch() + offset->load(); };
    auto s = server::Server::start(o, SecureBytes::copyOf(m_key.data(), m_key.size()));
    if (!s.ok()) {
        m_error = s.error().message();
        return false;
    }
    m_server = std::move(s.value());
    m_port = m_server->port();
    m_error.clear();
    return true;
}

std::unique_ptr<server::Server> ServerFixture::startAnother()
{
    server::Server::Options o;
    o.location = m_store->location();
    o.dataDir = m_store->dataDir();
    o.address = QHostAddress::LocalHost;
    o.port = 0;
    o.workers = m_workers;
    auto offset = m_offset;
    o.clock = [offset] { return QDateTime::currentMSecsSinceEpoch() + offset->load(); };
    auto s = server::Server::start(o, SecureBytes::copyOf(m_key.data(), m_key.size()));
    return s.ok() ? std::move(s.value()) : nullptr;
}

void ServerFixture::stop()
{
    m_server.reset();
}

quint16 ServerFixture::port() const
{
    return m_server ? m_server->port() : 0;
}

QString ServerFixture::url() const
{
    return QStringLiteral("https://127.0.0.1:") + QString::number(port());
}

QString ServerFixture::pin() const
{
    return m_server ? m_server->tls().pin : QString();
}

qint64 ServerFixture::requestsAnswered() const
{
    return m_server ? m_server->http().requestsAnswered() : 0;
}

qint64 ServerFixture::largeBodiesInFlight() const
{
    return m_server ? m_server->http().largeBodiesInFlight() : 0;
}

quint16 ServerFixture::metricsPort() const
{
    return m_server ? m_server->metricsPort() : 0;
}

server::Admin& ServerFixture::admin()
{
    if (!m_admin) {
        auto offset = m_offset;
        auto a = server::Admin::open(
            m_store->location(), m_key,
            [offset] { return QDateTime::currentMSecsSinceEpoch() + offset->load(); },
            m_store->dataDir());
        if (!a.ok())
            qFatal("admin: %s", qPrintable(a.error().message()));
        m_admin = std::move(a.value());
    }
    return *m_admin;
}

void ServerFixture::closeAdmin()
{
    m_admin.reset();
}

QString ServerFixture::cli(const QStringList& args, int* code)
{
    qputenv(
        "FORTROLIG_SERVER_KEY",
        QByteArray(reinterpret_cast<const char*>(m_key.data()), qsizetype(m_key.size())).toHex());
    QStringList full{QStringLiteral("--data"), m_store->dataDir()};
    if (!m_store->databaseUrl().isEmpty())
        full << QStringLiteral("--database") << m_store->databaseUrl();
    QString out, err;
    QTextStream o(&out), e(&err);
    server::ServerCli c(full + args, o, e);
    *code = c.run();
    o.flush();
    e.flush();
    return out + err;
}

QStringList ServerFixture::audit(const QString& action)
{
    QStringList out;
    QSqlQuery q(admin().database().db());
    q.prepare(QStringLiteral("SELECT target, detail FROM audit_log WHERE action = ? ORDER BY seq"));
    q.addBindValue(action);
    q.exec();
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    return out;
}

Account ServerFixture::createConsultant(const QString& username)
{
    Account a{username, QByteArrayLiteral("korrekt hest batteri ") + username.toUtf8(), {}};
    auto secret = admin().accounts().createConsultant(username, QStringLiteral("Test ") + username,
                                                      a.passphrase, QStringLiteral("test"));
    if (secret.ok())
        a.totpSecret = secret.value();
    return a;
}

QString ServerFixture::enrollmentCode(const QString& username)
{
    auto code = admin().accounts().issueEnrollmentCode(username, 7, QStringLiteral("test"));
    return code.ok() ? code.value() : QString();
}

QString ServerFixture::totp(const Account& account)
{
    advance(server::Totp::kStepSeconds * 1000);
    return server::Totp::code(account.totpSecret, server::Totp::stepAt(now() / 1000));
}

std::unique_ptr<Device> Device::signedIn(ServerFixture& server, const Account& account,
                                         SyncOptions options, const QString& url)
{
    auto d = std::make_unique<Device>(options);
    QString message;
    if (!d->enroll(server, server.enrollmentCode(account.username), &message, {}, url))
        qWarning() << "enroll:" << message;
    if (!d->login(server, account, &message))
        qWarning() << "login:" << message;
    return d;
}

int ServerFixture::eventsOf(const QString& citizenId)
{
    auto cases = admin().cases().cases();
    if (!cases.ok())
        return -1;
    for (const server::CaseInfo& c : cases.value()) {
        if (c.citizenId == citizenId)
            return c.events;
    }
    return 0;
}

SyncOptions Device::fastOptions()
{
    SyncOptions o;
    o.autoSyncMs = 0;
    o.retryFirstMs = 20;
    o.retryMaxMs = 200;
    o.timeoutMs = 10'000;
    return o;
}

Device::Device(SyncOptions options)
{
    auto jdb = JournalDatabase::open(journalPath(), SecureBytes::copyOf(m_key.data(), m_key.size()),
                                     JournalDatabase::Mode::Create, {});
    if (!jdb.ok() || Migrations::migrate(jdb.value()->db()))
        qFatal("device journal");
    m_journal = std::make_unique<Journal>(std::move(jdb.value()),
                                          Identity{QStringLiteral("consultant"), newId()});
    m_sync = std::make_unique<SyncService>(*m_journal, options);
}

Device::~Device()
{
    m_sync.reset();
    m_journal.reset();
}

bool Device::enroll(const ServerFixture& server, const QString& code, QString* message,
                    const QString& pin, const QString& url)
{
    auto link = EnrollmentLink::from(url.isEmpty() ? server.url() : url, code,
                                     pin.isEmpty() ? server.pin() : pin);
    if (!link.ok()) {
        if (message)
            *message = link.error().message();
        return false;
    }
    QSignalSpy done(m_sync.get(), &SyncService::enrolled);
    QSignalSpy failed(m_sync.get(), &SyncService::failed);
    m_sync->enroll(link.value(), QStringLiteral("test-laptop"));
    for (int i = 0; i < 300 && done.isEmpty() && failed.isEmpty(); ++i)
        done.wait(100);
    if (message && !failed.isEmpty())
        *message = failed.first().first().toString();
    return !done.isEmpty();
}

bool Device::login(ServerFixture& server, const Account& account, QString* message)
{
    return login(account.passphrase, server.totp(account), message);
}

bool Device::login(const QByteArray& passphrase, const QString& totp, QString* message)
{
    QSignalSpy in(m_sync.get(), &SyncService::loggedIn);
    QSignalSpy finished(m_sync.get(), &SyncService::finished);
    QSignalSpy failed(m_sync.get(), &SyncService::failed);
    m_sync->login(passphrase, totp);
    // Logging in is followed by a first sync round; both are waited for.
    finished.wait(30'000);
    if (message && !failed.isEmpty())
        *message = failed.first().first().toString();
    return !in.isEmpty();
}

bool Device::syncOnce(int timeoutMs)
{
    QSignalSpy finished(m_sync.get(), &SyncService::finished);
    m_sync->syncNow();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return false;
    return finished.first().first().toBool();
}

bool Device::syncUntilComplete(int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        if (syncOnce())
            return true;
    }
    return false;
}

QStringList Device::eventIds()
{
    QStringList ids;
    QSqlQuery q(JournalInternals::database(*m_journal).db());
    q.exec(QStringLiteral("SELECT id FROM events ORDER BY id"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

int Device::count(const QString& sql)
{
    QSqlQuery q(JournalInternals::database(*m_journal).db());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QString Device::addCitizen(const QString& name, const char* cpr)
{
    auto id = m_journal->addCitizen(name, *Cpr::parse(QString::fromLatin1(cpr)));
    return id.ok() ? id.value() : QString();
}

} // namespace fortrolig::test
