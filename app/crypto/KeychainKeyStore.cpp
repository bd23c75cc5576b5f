#include "crypto/KeychainKeyStore.h"

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
    case QKeychain::OtherError:
        return KeyStore::Status::Failed;
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
    KeyStore::Status s = statusOf(job.error());
    // Secret Service reports a locked collection or a missing daemon as OtherError; a
    // failure to even reach D-Bus means there is no backend to use.
    if (s == KeyStore::Status::Failed) {
        const QString why = job.errorString();
        for (const QString& sign : {QStringLiteral("org.freedesktop"), QStringLiteral("D-Bus"),
                                    QStringLiteral("DBus")}) {
            if (why.contains(sign, Qt::CaseInsensitive))
                s = KeyStore::Status::NoBackend;
        }
    }
    return s;
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
