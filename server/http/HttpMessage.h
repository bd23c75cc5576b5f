#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace fortrolig::server {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;                              // without the query
    QByteArray query;                             // after '?', undecoded
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray& lowerName) const;
    QString queryValue(const QString& name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    bool close = false;
    int retryAfterSeconds = 0; // with 429 and 503: when to ask again (Retry-After)
    // For the request log only: who asked (a device id), never personal data.
    QString logPrincipal;

    static HttpResponse json(int status, const QByteArray& body);
    // {"error": code, "message": text}; `epoch` for epoch-changed.
    static HttpResponse error(int status, const QString& code, const QString& message,
                              const QString& epoch = {});
    QByteArray serialize(bool keepAlive) const;
};

QByteArray reasonPhrase(int status);

} // namespace fortrolig::server
