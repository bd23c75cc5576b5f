#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace fortrolig {

// A public-key pin: "sha256/" and the Base64 of the SHA-256 of a certificate's
// SubjectPublicKeyInfo (the form HPKP used). The server prints it; a device stores it at
// enrollment and from then on trusts the key it names (the server's own, or a provider CA's).
namespace TrustPin {
QString of(const QSslCertificate& certificate);
bool isWellFormed(const QString& pin);
// The position in `chain` of the certificate whose key is pinned, or -1.
int find(const QList<QSslCertificate>& chain, const QString& pin);
} // namespace TrustPin

} // namespace fortrolig
