#pragma once

#include "app/crypto/KeyStore.h"

namespace fortrolig {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). QtKeychain's jobs are asynchronous; these calls wait for the job in a
// local event loop, which suits the CLI and a start-up before any window exists.
class KeychainKeyStore final : public KeyStore
{
public:
    explicit KeychainKeyStore(QString service = QStringLiteral("Fortrolig"))
        : m_service(std::move(service))
    {
    }
    Status read(const QString& id, QByteArray* out) override;
    Status write(const QString& id, const QByteArray& data) override;
    Status remove(const QString& id) override;
    QString kind() const override { return QStringLiteral("keychain"); }

private:
    QString m_service;
};

} // namespace fortrolig
