#include "app/sync/ServerConnection.h"

#include "app/wire/TrustPin.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <memory>

Q_LOGGING_CATEGORY(lcSyncNet, "fortrolig.sync.net")

namespace fortrolig {

namespace {

// In key mode these are what a self-signed or privately issued certificate produces; they
// are overlooked only when the leaf's key is the pinned one.
bool isTrustError(QSslError::SslError e)
{
    switch (e) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::InvalidCaCertificate:
        return true;
    default:
        return false;
    }
}

struct Pending
{
    bool tlsRefused = false;
    QString tlsDetail;
    QSslCertificate anchor;
    bool anchorIsLeaf = false;
};

// Whether `chain` is the pinned server's; in discover mode, also where in it the pin is.
bool matchesPin(const ServerConnection::Trust& trust, Pending& state,
                const QList<QSslCertificate>& chain)
{
    const int at = TrustPin::find(chain, trust.pin);
    if (at < 0)
        return false;
    if (trust.discover) {
        state.anchor = chain.at(at);
        state.anchorIsLeaf = at == 0;
        return true;
    }
    // Key mode: the leaf must carry the pinned key. CA mode: the chain is verified by TLS
    // against the pinned CA alone; besides, it must lead from the leaf to the pinned CA
    // itself, each certificate issued by the next (a CA certificate merely appended to a
    // chain does not count).
    if (trust.caCertificate.isEmpty())
        return at == 0;
    const auto ca = QSslCertificate::fromData(trust.caCertificate, QSsl::Pem);
    if (ca.isEmpty() || at < 1 || chain.at(at) != ca.first())
        return false;
    for (int i = 0; i < at; ++i) {
        if (chain.at(i).issuerDisplayName() != chain.at(i + 1).subjectDisplayName())
            return false;
    }
    return true;
}

// What a finished request comes to: an HTTP answer, or why there is none.
ServerConnection::Reply replyOf(QNetworkReply* reply, const Pending& state)
{
    using Reply = ServerConnection::Reply;
    Reply r;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (state.tlsRefused) {
        r.failure = Reply::Failure::Tls;
        r.detail = state.tlsDetail;
    } else if (status.isValid()) {
        r.status = status.toInt();
        r.body = reply->readAll();
        // Seconds only (an HTTP date is not sent by our server); at most an hour.
        bool seconds = false;
        const int after = reply->rawHeader("Retry-After").trimmed().toInt(&seconds);
        r.retryAfterSeconds = seconds && after > 0 ? qMin(after, 3600) : 0;
        // A body cut short is not an answer (the connection dropped mid-reply).
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() != r.body.size()) {
            r.failure = Reply::Failure::Network;
            r.detail = QStringLiteral("truncated reply");
        } else if (reply->error() != QNetworkReply::NoError && r.status < 400) {
            r.failure = Reply::Failure::Network;
            r.detail = reply->errorString();
        }
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        r.failure = Reply::Failure::Timeout;
        r.detail = QStringLiteral("timed out");
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        r.failure = Reply::Failure::Tls;
        r.detail = reply->errorString();
    } else {
        r.failure = Reply::Failure::Network;
        r.detail = reply->errorString();
    }
    r.anchor = state.anchor;
    r.anchorIsLeaf = state.anchorIsLeaf;
    return r;
}

} // namespace

ServerConnection::ServerConnection(QUrl server, Trust trust, int timeoutMs, QObject* parent)
    : QObject(parent), m_server(std::move(server)), m_trust(std::move(trust)),
      m_timeoutMs(timeoutMs)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // The system's CAs are never trusted: only the pinned CA (CA mode) or nothing, so that
    // every certificate must be matched against the pin.
    QList<QSslCertificate> anchors;
    if (!m_trust.caCertificate.isEmpty() && !m_trust.discover) {
        anchors = QSslCertificate::fromData(m_trust.caCertificate, QSsl::Pem);
        // That the pinned CA is the only anchor is what OpenSSL's backend guarantees here
        // (setCaCertificates turns off loading the system's); other TLS backends are not
        // trusted to do the same, so CA pins are refused there (key pins work everywhere).
        m_caModeUnavailable = QSslSocket::activeBackend() != QStringLiteral("openssl");
    }
    m_tls.setCaCertificates(anchors);
    m_manager.setAutoDeleteReplies(false);
}

ServerConnection::~ServerConnection()
{
    abortAll();
}

void ServerConnection::abortAll()
{
    // Silently: the callbacks of aborted requests are not called.
    const auto replies = findChildren<QNetworkReply*>();
    for (QNetworkReply* r : replies) {
        disconnect(r, nullptr, this, nullptr);
        r->abort();
        r->deleteLater();
    }
}

void ServerConnection::get(const QString& pathAndQuery, const QString& bearer, Callback done)
{
    send(false, pathAndQuery, {}, bearer, std::move(done));
}

void ServerConnection::post(const QString& path, const QByteArray& body, const QString& bearer,
                            Callback done)
{
    send(true, path, body, bearer, std::move(done));
}

QNetworkRequest ServerConnection::makeRequest(bool isPost, const QString& path,
                                              const QString& bearer) const
{
    QUrl url = m_server;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy); // never follow elsewhere
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("fortrolig"));
    if (isPost)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    return request;
}

void ServerConnection::send(bool isPost, const QString& path, const QByteArray& body,
                            const QString& bearer, Callback done)
{
    if (m_caModeUnavailable) {
        Reply r;
        r.failure = Reply::Failure::Tls;
        r.detail = QStringLiteral("a CA pin needs the OpenSSL TLS backend");
        QMetaObject::invokeMethod(
            this, [done, r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    const QNetworkRequest request = makeRequest(isPost, path, bearer);

    QNetworkReply* reply = isPost ? m_manager.post(request, body) : m_manager.get(request);
    reply->setParent(this);
    auto state = std::make_shared<Pending>();
    const Trust trust = m_trust;

    // Decides, before anything is sent, whether this is the pinned server.
    auto matches = [trust, state](const QList<QSslCertificate>& chain) {
        return matchesPin(trust, *state, chain);
    };
    connect(reply, &QNetworkReply::sslErrors, this,
            [reply, trust, state, matches](const QList<QSslError>& errors) {
                const QList<QSslCertificate> chain =
                    reply->sslConfiguration().peerCertificateChain();
                bool acceptable = trust.caCertificate.isEmpty() || trust.discover;
                for (const QSslError& e : errors) {
                    if (!isTrustError(e.error()))
                        acceptable = false;
                }
                if (acceptable && matches(chain)) {
                    reply->ignoreSslErrors(errors);
                    return;
                }
                state->tlsRefused = true;
                state->tlsDetail =
                    errors.isEmpty() ? QStringLiteral("TLS") : errors.first().errorString();
            });
    connect(reply, &QNetworkReply::encrypted, this, [reply, state, matches] {
        if (!matches(reply->sslConfiguration().peerCertificateChain())) {
            state->tlsRefused = true;
            state->tlsDetail = QStringLiteral("the certificate's key is not the pinned one");
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, state, done] {
        const Reply r = replyOf(reply, *state);
        if (r.failure != Reply::Failure::None)
            qCInfo(lcSyncNet) << "request failed:" << int(r.failure) << r.detail;
        reply->deleteLater();
        done(r);
    });
}

} // namespace fortrolig
