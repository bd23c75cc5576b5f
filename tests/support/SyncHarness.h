#pragma once

#include "Server.h"
#include "app/journal/Journal.h"
#include "app/sync/SyncService.h"

#include <QTemporaryDir>
#include <QTextStream>
#include <atomic>
#include <memory>

// Real parts for the sync tests: fortrolig-server in this process, listening with TLS on a
// loopback port, over a fresh SQLCipher folder or a fresh database in the PostgreSQL cluster
// the test run started (tests/support/pg.sh); devices with real encrypted journals.
namespace fortrolig::test {

enum class Backend
{
    SqlCipher,
    Postgres
};
// FORTROLIG_TEST_BACKEND=sqlcipher|postgres (CTest registers each server test once per backend).
Backend backendFromEnvironment();
QString backendName(Backend backend);

// An empty store: a temporary folder, or CREATE DATABASE in the test cluster (dropped after).
class TestStore
{
public:
    explicit TestStore(Backend backend);
    ~TestStore();
    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    Backend backend() const { return m_backend; }
    server::StoreLocation location() const;
    QString dataDir() const { return m_dir.path(); }
    QString databaseUrl() const { return m_url; } // PostgreSQL only
    // A backup of the store as it is now, and putting it back (the server must be stopped).
    bool backup();
    bool restore();
    static QString clusterUrl(); // the test cluster's postgres database

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_database;
    QString m_error;
};

struct Account
{
    QString username;
    QByteArray passphrase;
    QByteArray totpSecret;
};

class ServerFixture
{
public:
    explicit ServerFixture(Backend backend, int workers = 2);
    ~ServerFixture();
    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    // (Again) with the same store, key and port; `options` for the certificate and limits.
    bool start(server::Server::Options options = {});
    void stop();
    // Another server process on the same store, key and data folder (so the same pin).
    std::unique_ptr<server::Server> startAnother();
    quint16 port() const;
    QString url() const;
    QString pin() const;
    TestStore& store() { return *m_store; }
    const SecureBytes& masterKey() const { return m_key; } // the storage key it runs with
    server::Admin& admin(); // the administrator's own connection, in the test's thread
    void closeAdmin();

    // The server's clock runs with real time plus an offset the test moves forward.
    void advance(qint64 ms) { *m_offset += ms; }
    qint64 now() const;

    Account createConsultant(const QString& username);
    // fortrolig-server COMMAND ..., in this process, on this store and key: what it printed
    // (standard output, then standard error), and its exit code in `code`.
    QString cli(const QStringList& args, int* code);
    // The audit log's rows of `action`, oldest first: "TARGET DETAIL" each.
    QStringList audit(const QString& action);
    // How many events the server holds for a citizen (0 when it has no such case).
    int eventsOf(const QString& citizenId);
    QString enrollmentCode(const QString& username);
    // A code for this moment; moves the clock on a step so that the next one is new.
    QString totp(const Account& account);

    QString requestLog() const { return m_log; }
    qint64 requestsAnswered() const;
    qint64 largeBodiesInFlight() const;
    quint16 metricsPort() const;

private:
    std::unique_ptr<TestStore> m_store;
    int m_workers;
    quint16 m_port = 0;
    SecureBytes m_key;
    std::unique_ptr<server::Server> m_server;
    std::unique_ptr<server::Admin> m_admin;
    QString m_log;
    QTextStream m_logStream;
    std::shared_ptr<std::atomic<qint64>> m_offset;
    QString m_error;
};

// A consultant's laptop: an encrypted journal of its own and its sync service.
class Device
{
public:
    static SyncOptions fastOptions(); // short retries and timeouts, no timer
    explicit Device(SyncOptions options = fastOptions());
    ~Device();

    Journal& journal() { return *m_journal; }
    SyncService& sync() { return *m_sync; }
    QString directory() const { return m_dir.path(); }
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.db")); }
    const SecureBytes& journalKey() const { return m_key; } // to read its pages (PageScan)

    // A laptop of `account`, enrolled with `server` (through `url` if given) and logged in;
    // what went wrong, if anything, is printed as a warning (the test's checks then fail).
    static std::unique_ptr<Device> signedIn(ServerFixture& server, const Account& account,
                                            SyncOptions options = fastOptions(),
                                            const QString& url = {});

    // Each waits for the outcome; false (with the message) if it did not succeed.
    bool enroll(const ServerFixture& server, const QString& code, QString* message = nullptr,
                const QString& pin = {}, const QString& url = {});
    bool login(ServerFixture& server, const Account& account, QString* message = nullptr);
    bool login(const QByteArray& passphrase, const QString& totp, QString* message = nullptr);
    // One round; true when it ended fully in sync.
    bool syncOnce(int timeoutMs = 30'000);
    bool syncUntilComplete(int rounds = 10);

    QStringList eventIds();
    int count(const QString& sql);
    QString addCitizen(const QString& name, const char* cpr = "010158-5999");

private:
    QTemporaryDir m_dir;
    SecureBytes m_key = SecureBytes::random(32);
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<SyncService> m_sync;
};

} // namespace fortrolig::test
