#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QStringList>

namespace fortrolig::server {

// Certificates made with OpenSSL: the development certificate a server makes at its first
// start when the provider has not configured one, and (for tests and for a provider's own
// small CA) a CA and certificates it signs. Keys are ECDSA P-256.
namespace Certificates {

struct Pem
{
    QByteArray certificate;
    QByteArray privateKey;
};

// hostNames: DNS names and IP addresses for the subjectAltName; the first is also the CN.
Result<Pem> selfSigned(const QStringList& hostNames, int days);
Result<Pem> authority(const QString& name, int days);
Result<Pem> signedBy(const Pem& authority, const QStringList& hostNames, int days);

} // namespace Certificates

} // namespace fortrolig::server
