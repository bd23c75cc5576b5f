#pragma once

#include "app/crypto/KeyStore.h"

namespace fortrolig {

// The fallback where no OS keychain exists: the wrapped key in a file beside the journal,
// written atomically, readable only by the owner.
class FileKeyStore final : public KeyStore
{
public:
    explicit FileKeyStore(QString directory) : m_directory(std::move(directory)) {}
    Status read(const QString& id, QByteArray* out) override;
    Status write(const QString& id, const QByteArray& data) override;
    Status remove(const QString& id) override;
    QString kind() const override { return QStringLiteral("file"); }
    QString path() const;

private:
    QString m_directory;
};

} // namespace fortrolig
