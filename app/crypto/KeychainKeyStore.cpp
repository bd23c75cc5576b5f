#include "app/crypto/KeychainKeyStore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "fortrolig.keychain")

namespace fortrolig {

namespace {
KeyStore::Status statusOf(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return KeyStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return KeyStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeyStore::Status::NoBackend;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeyStore::Status::Denied;
    case QKeychain::CouldNotDeleteEntry:
        return KeyStore::Status::Failed;
    case QKeychain::OtherError: // e.g. no session bus, the Secret Service daemon not running
        return KeyStore::Status::Unavailable;
    }
    return KeyStore::Status::Failed;
}

KeyStore::Status runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) // the text names the backend, not the secret
        qCInfo(lcKeychain) << "keychain job failed:" << job.error() << job.errorString();
    return statusOf(job.error());
}
} // namespace

KeyStore::Status KeychainKeyStore::read(const QString& id, QByteArray* out)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(id);
    const Status s = runJob(job);
    if (s == Status::Ok)
        *out = job.binaryData();
    return s;
}

KeyStore::Status KeychainKeyStore::write(const QString& id, const QByteArray& data)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(id);
    job.setBinaryData(data);
    return runJob(job);
}

KeyStore::Status KeychainKeyStore::remove(const QString& id)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(id);
    return runJob(job);
}

} // namespace fortrolig
