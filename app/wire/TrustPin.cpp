#include "app/wire/TrustPin.h"

#include <QCryptographicHash>
#include <QSslKey>

namespace fortrolig::TrustPin {

QString of(const QSslCertificate& certificate)
{
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty())
        return {};
    return QStringLiteral("sha256/") +
           QString::fromLatin1(
               QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

bool isWellFormed(const QString& pin)
{
    if (!pin.startsWith(QStringLiteral("sha256/")))
        return false;
    const QByteArray b64 = pin.mid(7).toLatin1();
    const auto decoded =
        QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32;
}

int find(const QList<QSslCertificate>& chain, const QString& pin)
{
    for (int i = 0; i < chain.size(); ++i) {
        if (!chain.at(i).isNull() && of(chain.at(i)) == pin)
            return i;
    }
    return -1;
}

} // namespace fortrolig::TrustPin
