#pragma once

#include "app/core/Error.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace fortrolig::server {

// The server's certificate: the provider's (--cert/--key, PEM, the chain in the certificate
// file) or, without one, a development certificate made at the first start and kept in the
// data folder. Either way the pin of the leaf's key is what devices are given.
struct TlsMaterial
{
    QList<QSslCertificate> chain; // leaf first
    QSslKey key;
    QString pin;
    bool generated = false;
    QString certificatePath;

    static Result<TlsMaterial> load(const QString& certFile, const QString& keyFile);
    // Loads dataDir/tls/dev-cert.pem (making it first if it is not there).
    static Result<TlsMaterial> development(const QString& dataDir, const QStringList& hostNames);

    QSslConfiguration configuration() const; // TLS 1.2 or later
};

} // namespace fortrolig::server
