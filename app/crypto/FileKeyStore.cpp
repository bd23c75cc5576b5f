#include "app/crypto/FileKeyStore.h"

#include "app/core/AtomicFile.h"

#include <QFile>

namespace fortrolig {

QString FileKeyStore::path() const
{
    return m_directory + QStringLiteral("/journal.key");
}

KeyStore::Status FileKeyStore::read(const QString&, QByteArray* out)
{
    QFile f(path());
    if (!f.exists())
        return Status::NotFound;
    if (!f.open(QIODevice::ReadOnly))
        return Status::Failed;
    *out = f.readAll();
    return Status::Ok;
}

KeyStore::Status FileKeyStore::write(const QString&, const QByteArray& data)
{
    return writeFileAtomically(path(), data).ok() ? Status::Ok : Status::Failed;
}

KeyStore::Status FileKeyStore::remove(const QString&)
{
    QFile f(path());
    if (!f.exists())
        return Status::NotFound;
    return f.remove() ? Status::Ok : Status::Failed;
}

Error keyStoreError(KeyStore::Status status)
{
    switch (status) {
    case KeyStore::Status::Ok:
        return {};
    case KeyStore::Status::NotFound:
        return Error(ErrorCode::KeyMissing);
    case KeyStore::Status::NoBackend:
    case KeyStore::Status::Unavailable:
    case KeyStore::Status::Locked:
        return Error(ErrorCode::KeychainUnavailable);
    case KeyStore::Status::Denied:
        return Error(ErrorCode::KeychainDenied);
    case KeyStore::Status::Failed:
        return Error(ErrorCode::IoError, QStringLiteral("key store"));
    }
    return Error(ErrorCode::Internal);
}

} // namespace fortrolig
