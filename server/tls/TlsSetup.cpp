#include "tls/TlsSetup.h"

#include "app/core/AtomicFile.h"
#include "app/wire/TrustPin.h"
#include "tls/Certificates.h"

#include <QDir>
#include <QFile>
#include <QSslCipher>
#include <QSslSocket>

namespace fortrolig::server {

namespace {
Result<QByteArray> readFile(const QString& path, const QString& role)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, role + QStringLiteral(": ") + path);
    return f.readAll();
}
} // namespace

Result<TlsMaterial> TlsMaterial::load(const QString& certFile, const QString& keyFile)
{
    auto certPem = readFile(certFile, QStringLiteral("certificate"));
    if (!certPem.ok())
        return certPem.error();
    auto keyPem = readFile(keyFile, QStringLiteral("private key"));
    if (!keyPem.ok())
        return keyPem.error();
    TlsMaterial m;
    m.chain = QSslCertificate::fromData(certPem.value(), QSsl::Pem);
    if (m.chain.isEmpty() || m.chain.first().isNull())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("certificate file: no PEM certificate"));
    for (QSsl::KeyAlgorithm alg : {QSsl::Ec, QSsl::Rsa}) {
        m.key = QSslKey(keyPem.value(), alg, QSsl::Pem, QSsl::PrivateKey);
        if (!m.key.isNull())
            break;
    }
    keyPem.value().fill('\0');
    if (m.key.isNull())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("private key file: not an unencrypted PEM EC or RSA key"));
    m.pin = TrustPin::of(m.chain.first());
    m.certificatePath = certFile;
    return m;
}

Result<TlsMaterial> TlsMaterial::development(const QString& dataDir, const QStringList& hostNames)
{
    const QString dir = QDir(dataDir).absoluteFilePath(QStringLiteral("tls"));
    const QString cert = dir + QStringLiteral("/dev-cert.pem");
    const QString key = dir + QStringLiteral("/dev-key.pem");
    bool generated = false;
    if (!QFile::exists(cert) || !QFile::exists(key)) {
        if (!QDir().mkpath(dir))
            return Error(ErrorCode::ReadOnlyLocation, dir);
        auto pem = Certificates::selfSigned(hostNames, 3650);
        if (!pem.ok())
            return pem.error();
        if (Error e = writeFileAtomically(key, pem->privateKey))
            return e;
        pem.value().privateKey.fill('\0');
        if (Error e = writeFileAtomically(cert, pem->certificate))
            return e;
        generated = true;
    }
    auto m = load(cert, key);
    if (m.ok())
        m->generated = generated;
    return m;
}

QSslConfiguration TlsMaterial::configuration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificateChain(chain);
    c.setPrivateKey(key);
    c.setProtocol(QSsl::TlsV1_2OrLater);
    // TLS 1.2 only with ephemeral ECDH and AEAD (no CBC, no SHA-1 MACs, no static RSA key
    // exchange); the TLS 1.3 suites (all ECDHE/AEAD) stay as OpenSSL offers them.
    QList<QSslCipher> ciphers;
    for (const QSslCipher& cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = name.startsWith(QStringLiteral("TLS_"));
        const bool ecdheAead =
            name.startsWith(QStringLiteral("ECDHE-")) &&
            (name.contains(QStringLiteral("-GCM-")) || name.contains(QStringLiteral("CHACHA20")));
        if (tls13 || ecdheAead)
            ciphers << cipher;
    }
    c.setCiphers(ciphers);
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    return c;
}

} // namespace fortrolig::server
