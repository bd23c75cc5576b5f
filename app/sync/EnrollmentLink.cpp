#include "app/sync/EnrollmentLink.h"

#include "app/wire/TrustPin.h"

#include <QUrlQuery>

namespace fortrolig {

QString EnrollmentLink::toString() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("server"),
                   QString::fromLatin1(QUrl::toPercentEncoding(server.toString())));
    q.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    q.addQueryItem(QStringLiteral("pin"), QString::fromLatin1(QUrl::toPercentEncoding(pin)));
    return QStringLiteral("fortrolig://enroll?") + q.toString(QUrl::FullyEncoded);
}

Result<EnrollmentLink> EnrollmentLink::from(const QString& server, const QString& code,
                                            const QString& pin)
{
    EnrollmentLink l;
    QString s = server.trimmed();
    if (!s.contains(QStringLiteral("://")))
        s = QStringLiteral("https://") + s;
    l.server = QUrl(s, QUrl::StrictMode);
    if (!l.server.isValid() || l.server.scheme() != QStringLiteral("https") ||
        l.server.host().isEmpty() || !l.server.userInfo().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("server address (https://host:port)"));
    l.server.setPath({});
    l.server.setQuery(QString());
    l.server.setFragment({});
    l.code = code.trimmed();
    if (l.code.size() < 8 || l.code.size() > 64)
        return Error(ErrorCode::InvalidInput, QStringLiteral("enrollment code"));
    l.pin = pin.trimmed();
    if (!TrustPin::isWellFormed(l.pin))
        return Error(ErrorCode::InvalidInput, QStringLiteral("pin (sha256/...)"));
    return l;
}

Result<EnrollmentLink> EnrollmentLink::parse(const QString& link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QStringLiteral("fortrolig") ||
        url.host() != QStringLiteral("enroll"))
        return Error(ErrorCode::InvalidInput, QStringLiteral("link (fortrolig://enroll?...)"));
    const QUrlQuery q(url);
    auto value = [&q](const char* key) {
        return q.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    return from(value("server"), value("code"), value("pin"));
}

} // namespace fortrolig
