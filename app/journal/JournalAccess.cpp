#include "app/journal/JournalAccess.h"

#include "app/core/AtomicFile.h"
#include "app/crypto/FileKeyStore.h"
#include "app/crypto/KeyVault.h"
#include "app/storage/Migrations.h"
#include "app/storage/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace fortrolig {

namespace {
const QString kMetaFile = QStringLiteral("journal.json");
const QString kDbFile = QStringLiteral("journal.db");
constexpr int kMetaFormat = 1;

Error writeIdentity(QSqlDatabase db, const QString& journalId, const QString& consultant,
                    const QString& name)
{
    Transaction tx(db);
    if (tx.error())
        return tx.error();
    QSqlQuery q(db);
    QList<std::pair<QString, QString>> rows = {{QStringLiteral("journal_id"), journalId},
                                               {QStringLiteral("device_id"), newId()},
                                               {QStringLiteral("consultant"), consultant}};
    if (!name.trimmed().isEmpty())
        rows.append({QStringLiteral("consultant_name"), name.simplified()});
    for (const auto& [key, value] : rows) {
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return JournalDatabase::errorFrom(q.lastError(), {});
    }
    q.finish();
    return tx.commit();
}

Result<Identity> readIdentity(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('device_id',"
                               " 'consultant', 'consultant_name')")))
        return JournalDatabase::errorFrom(q.lastError(), {});
    Identity id;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == QStringLiteral("device_id"))
            id.device = q.value(1).toString();
        else if (key == QStringLiteral("consultant"))
            id.consultant = q.value(1).toString();
        else
            id.name = q.value(1).toString();
    }
    if (id.device.isEmpty())
        return Error(ErrorCode::Damaged, QStringLiteral("journal identity missing"));
    return id;
}
} // namespace

JournalAccess::JournalAccess(QString directory, KeyStore& keychain, UnlockThrottle::Clock clock)
    : m_directory(QDir(directory).absolutePath()), m_keychain(keychain),
      m_throttle(m_directory + QStringLiteral("/unlock-state.json"), std::move(clock))
{
}

QString JournalAccess::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal");
}

QString JournalAccess::databasePath() const
{
    return m_directory + QLatin1Char('/') + kDbFile;
}

bool JournalAccess::exists() const
{
    return QFile::exists(m_directory + QLatin1Char('/') + kMetaFile) ||
           QFile::exists(databasePath());
}

Result<JournalAccess::Meta> JournalAccess::readMeta() const
{
    QFile f(m_directory + QLatin1Char('/') + kMetaFile);
    if (!f.exists())
        return Error(QFile::exists(databasePath()) ? ErrorCode::Damaged : ErrorCode::NotFound,
                     QStringLiteral("journal.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, QStringLiteral("journal.json"));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Meta m;
    m.journalId = o.value(QStringLiteral("journalId")).toString();
    m.keyStore = o.value(QStringLiteral("keyStore")).toString();
    m.keyCheck = QByteArray::fromBase64(o.value(QStringLiteral("keyCheck")).toString().toLatin1());
    m.cipherFormat = o.value(QStringLiteral("cipherFormat")).toInt();
    if (o.value(QStringLiteral("format")).toInt() != kMetaFormat || m.journalId.isEmpty() ||
        (m.keyStore != QStringLiteral("keychain") && m.keyStore != QStringLiteral("file")) ||
        m.keyCheck.size() != 16 || m.cipherFormat < 3)
        return Error(ErrorCode::Damaged, QStringLiteral("journal.json"));
    return m;
}

Error JournalAccess::writeMeta(const Meta& m) const
{
    const QJsonObject o{{QStringLiteral("format"), kMetaFormat},
                        {QStringLiteral("journalId"), m.journalId},
                        {QStringLiteral("keyStore"), m.keyStore},
                        {QStringLiteral("keyCheck"), QString::fromLatin1(m.keyCheck.toBase64())},
                        {QStringLiteral("cipherFormat"), m.cipherFormat},
                        {QStringLiteral("createdWith"), JournalDatabase::runtimeCipherVersion()}};
    return writeFileAtomically(m_directory + QLatin1Char('/') + kMetaFile,
                               QJsonDocument(o).toJson(QJsonDocument::Indented));
}

Result<JournalAccess::InitOutcome> JournalAccess::init(const SecureBytes& passphrase,
                                                       const InitOptions& options)
{
    if (Error e = KeyVault::checkPassphrase(passphrase))
        return e;
    if (!QDir().mkpath(m_directory))
        return Error(ErrorCode::ReadOnlyLocation,
                     QStringLiteral("cannot create the journal folder"));
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (exists())
        return Error(ErrorCode::AlreadyExists);

    FileKeyStore fileStore(m_directory);
    KeyVault vault(m_keychain, fileStore, m_throttle);
    Meta meta;
    meta.journalId = newId();
    meta.cipherFormat =
        options.cipherFormat > 0 ? options.cipherFormat : JournalDatabase::runtimeCipherMajor();
    auto created = vault.create(meta.journalId, passphrase, options.kdf, options.useFileStore);
    if (!created.ok())
        return created.error();
    meta.keyStore = created->storeKind;
    meta.keyCheck = keyCheckValue(created->key);

    auto undo = [&](Error e) {
        // The init's own error is what the person needs to see; a sealed key left behind
        // opens nothing, as its journal is removed too.
        static_cast<void>(vault.remove(meta.journalId, meta.keyStore));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(databasePath() + suffix);
        return e;
    };
    JournalDatabase::Options dbOptions = options.database;
    dbOptions.cipherFormat = meta.cipherFormat;
    {
        auto db = JournalDatabase::open(databasePath(), created->key, JournalDatabase::Mode::Create,
                                        dbOptions);
        if (!db.ok())
            return undo(db.error());
        if (Error e = Migrations::migrate(db.value()->db()))
            return undo(e);
        if (Error e = writeIdentity(db.value()->db(), meta.journalId, options.consultant,
                                    options.consultantName))
            return undo(e);
    }
    // journal.json last: its presence means the journal is complete.
    if (Error e = writeMeta(meta))
        return undo(e);
    return InitOutcome{meta.journalId, meta.keyStore, created->fellBack};
}

Result<JournalAccess::PendingUnlock> JournalAccess::beginUnlock()
{
    auto meta = readMeta();
    if (!meta.ok())
        return meta.error();
    FileKeyStore fileStore(m_directory);
    KeyVault vault(m_keychain, fileStore, m_throttle);
    auto wrapped = vault.beginUnlock(meta->journalId, meta->keyStore);
    if (!wrapped.ok())
        return wrapped.error();
    return PendingUnlock{meta.value(), wrapped.value()};
}

Result<std::unique_ptr<Journal>> JournalAccess::finishUnlock(const PendingUnlock& pending,
                                                             Result<SecureBytes> key,
                                                             JournalDatabase::Options options)
{
    FileKeyStore fileStore(m_directory);
    KeyVault(m_keychain, fileStore, m_throttle).endUnlock(key.ok());
    if (!key.ok())
        return key.error();
    Meta meta = pending.meta;
    auto db = openDatabase(meta, key.value(), options);
    if (!db.ok())
        return db.error();
    if (Error e = Migrations::migrate(db.value()->db()))
        return e.code == ErrorCode::WrongKey ? Error(ErrorCode::Damaged, e.detail) : e;
    auto identity = readIdentity(db.value()->db());
    if (!identity.ok())
        return identity.error().code == ErrorCode::WrongKey
                   ? Error(ErrorCode::Damaged, identity.error().detail)
                   : identity.error();
    auto opened = upgradeFormat(std::move(db.value()), meta, key.value(), options);
    key.value().clear();
    if (!opened.ok())
        return opened.error();
    return std::make_unique<Journal>(std::move(opened.value()), identity.value());
}

Result<JournalRecovery::Outcome> JournalAccess::recoverInto(const QString& targetDirectory,
                                                            const PendingUnlock& pending,
                                                            Result<SecureBytes> key)
{
    FileKeyStore fileStore(m_directory);
    KeyVault(m_keychain, fileStore, m_throttle).endUnlock(key.ok());
    if (!key.ok())
        return key.error();
    JournalAccess target(targetDirectory, m_keychain);
    if (target.exists())
        return Error(ErrorCode::AlreadyExists);
    const bool madeFolder = !QFileInfo::exists(targetDirectory);
    if (!QDir().mkpath(targetDirectory))
        return Error(ErrorCode::ReadOnlyLocation, QStringLiteral("recovery folder"));
    const Meta& meta = pending.meta;
    JournalDatabase::Options options;
    options.cipherFormat = meta.cipherFormat;
    options.forRecovery = true;
    auto source =
        JournalDatabase::open(databasePath(), key.value(), JournalDatabase::Mode::Open, options);
    if (!source.ok()) {
        Error e = source.error();
        if (e.code == ErrorCode::WrongKey && keyCheckValue(key.value()) == meta.keyCheck)
            e.code = ErrorCode::Damaged; // the first page itself: nothing can be read
        return e;
    }
    auto outcome = JournalRecovery::recover(
        *source.value(), target.databasePath(), key.value(), meta.cipherFormat, meta.journalId,
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    key.value().clear();
    if (!outcome.ok()) {
        // A half-made journal is no use to anyone: gone, and the folder if it was made here.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target.databasePath() + suffix);
        if (madeFolder)
            QDir(targetDirectory).removeRecursively();
        return outcome.error();
    }
    if (meta.keyStore == QStringLiteral("file") &&
        !QFile::copy(m_directory + QStringLiteral("/journal.key"),
                     targetDirectory + QStringLiteral("/journal.key")))
        return Error(ErrorCode::IoError, QStringLiteral("journal.key"));
    // journal.json last, as at init: its presence means the journal is complete.
    if (Error e = target.writeMeta(meta))
        return e;
    return outcome;
}

Result<JournalRecovery::Outcome> JournalAccess::recoverInPlace(const PendingUnlock& pending,
                                                               Result<SecureBytes> key,
                                                               QString* keptAs)
{
    const QString here = QDir::cleanPath(QDir(m_directory).absolutePath());
    const QString staging = here + QStringLiteral(".recovering");
    if (QFileInfo::exists(staging) && !QDir(staging).removeRecursively()) // an interrupted try
        return Error(ErrorCode::IoError, QStringLiteral("recovery folder"));
    auto outcome = recoverInto(staging, pending, std::move(key));
    if (!outcome.ok()) {
        QDir(staging).removeRecursively();
        return outcome.error();
    }
    const QString kept = here + QStringLiteral(".damaged-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QDir().rename(here, kept))
        return Error(ErrorCode::IoError, QStringLiteral("damaged journal folder"));
    if (!QDir().rename(staging, here)) {
        QDir().rename(kept, here); // as it was
        return Error(ErrorCode::IoError, QStringLiteral("recovered journal folder"));
    }
    if (keptAs)
        *keptAs = kept;
    return outcome;
}

Result<std::unique_ptr<Journal>> JournalAccess::unlock(const SecureBytes& passphrase,
                                                       JournalDatabase::Options options)
{
    auto pending = beginUnlock();
    if (!pending.ok())
        return pending.error();
    return finishUnlock(pending.value(), KeyVault::unseal(pending->wrapped, passphrase), options);
}

Error JournalAccess::finishCheck(const PendingUnlock& pending, const Result<SecureBytes>& key)
{
    const bool matches = key.ok() && keyCheckValue(key.value()) == pending.meta.keyCheck;
    FileKeyStore fileStore(m_directory);
    KeyVault(m_keychain, fileStore, m_throttle).endUnlock(matches);
    if (!key.ok())
        return key.error();
    return matches ? Error() : Error(ErrorCode::WrongPassphrase, QStringLiteral("key check"));
}

Error JournalAccess::wipe()
{
    auto meta = readMeta();
    Error keyError;
    if (meta.ok()) {
        FileKeyStore fileStore(m_directory);
        KeyVault vault(m_keychain, fileStore, m_throttle);
        keyError = vault.remove(meta->journalId, meta->keyStore);
    }
    const QStringList files = {
        kDbFile, kDbFile + QStringLiteral("-wal"), kDbFile + QStringLiteral("-shm"),
        QStringLiteral("journal.key"), QStringLiteral("unlock-state.json"),
        JournalDatabase::damageMarkerPath(kDbFile),
        // a format upgrade's copy, if one was cut off (FormatUpgrade.cpp)
        QFileInfo(upgradingPath()).fileName(),
        QFileInfo(upgradingPath()).fileName() + QStringLiteral("-journal"), kMetaFile};
    for (const QString& name : files) {
        const QString path = m_directory + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.exists())
            continue;
        // Overwrite before removing: the file is encrypted anyway, and its key is gone.
        if (f.open(QIODevice::ReadWrite)) {
            const QByteArray zeros(64 * 1024, '\0');
            for (qint64 left = f.size(); left > 0; left -= zeros.size())
                f.write(zeros.constData(), qMin<qint64>(left, zeros.size()));
            f.flush();
            f.close();
        }
        if (!QFile::remove(path))
            return Error(ErrorCode::IoError, name);
    }
    return keyError;
}

Error JournalAccess::changePassphrase(const SecureBytes& oldPassphrase,
                                      const SecureBytes& newPassphrase, KdfProfile kdf)
{
    auto meta = readMeta();
    if (!meta.ok())
        return meta.error();
    FileKeyStore fileStore(m_directory);
    KeyVault vault(m_keychain, fileStore, m_throttle);
    return vault.changePassphrase(meta->journalId, meta->keyStore, oldPassphrase, newPassphrase,
                                  kdf);
}

} // namespace fortrolig
