#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

class QNetworkReply;
class QNetworkRequest;

namespace fortrolig {

// HTTPS to the provider's server, trusting only what was pinned at enrollment:
// - key pin: the server's own key (a self-signed development certificate, or a provider's
//   certificate whose key was pinned); any CA's signature is irrelevant, the key must match;
// - CA pin: the provider's CA certificate is the only trust anchor; the chain and the host
//   name are verified as usual, against that CA alone.
// The check runs before a byte of the request is sent (QNetworkReply::encrypted: "no user
// data has been transmitted"); a mismatch aborts. There is no way to "continue anyway".
// TLS 1.2 or later.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    struct Trust
    {
        QString pin;
        QByteArray caCertificate; // PEM: CA mode
        // Enrollment's first contact: find where in the server's chain the pin is (its leaf:
        // key mode; a CA: CA mode, then checked strictly before anything is sent).
        bool discover = false;
    };

    struct Reply
    {
        enum class Failure
        {
            None,    // an HTTP answer (any status)
            Network, // no answer: refused, reset, truncated, DNS
            Timeout,
            Tls // the certificate is not the pinned one, or TLS failed: never retried blindly
        };
        int status = 0;
        QByteArray body;
        Failure failure = Failure::None;
        QString detail;            // technical, no personal data
        int retryAfterSeconds = 0; // the server's Retry-After (with 429 and 503)
        QSslCertificate anchor;    // discover: the certificate whose key matched
        bool anchorIsLeaf = false;
    };
    using Callback = std::function<void(const Reply&)>;

    ServerConnection(QUrl server, Trust trust, int timeoutMs, QObject* parent = nullptr);
    ~ServerConnection() override;

    void get(const QString& pathAndQuery, const QString& bearer, Callback done);
    void post(const QString& path, const QByteArray& body, const QString& bearer, Callback done);
    void abortAll(); // the callbacks of what was in flight are not called

private:
    QNetworkRequest makeRequest(bool isPost, const QString& path, const QString& bearer) const;
    void send(bool isPost, const QString& path, const QByteArray& body, const QString& bearer,
              Callback done);
    QUrl m_server;
    Trust m_trust;
    int m_timeoutMs;
    QNetworkAccessManager m_manager;
    QSslConfiguration m_tls;
    bool m_caModeUnavailable = false;
};

} // namespace fortrolig
