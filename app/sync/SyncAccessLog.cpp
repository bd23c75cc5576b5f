// SyncService: every other device's uses of a case, from the server's copy of their access
// logs, for an access package (docs/access-log.md).
#include "app/sync/SyncService.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QUrlQuery>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace fortrolig {

namespace {
ServerLogExtract notReached(const QString& why)
{
    ServerLogExtract out;
    out.state = QStringLiteral("not-reached");
    out.why = why;
    return out;
}
} // namespace

void SyncService::fetchAccessLog(const QString& citizenId,
                                 std::function<void(ServerLogExtract)> done)
{
    if (m_state == State::NotEnrolled || m_state == State::Enrolling || !m_connection) {
        done(ServerLogExtract{});
        return;
    }
    if (m_state == State::LoginNeeded || m_state == State::Revoked) {
        done(notReached(tr("log in to the server first")));
        return;
    }
    // A round first: the server then has this laptop's own entries as well, and the round
    // refreshes the access token the one way that is safe beside other rounds.
    auto connection = std::make_shared<QMetaObject::Connection>();
    QPointer<SyncService> self(this);
    *connection = connect(this, &SyncService::finished, this, [self, connection, citizenId, done] {
        QObject::disconnect(*connection);
        if (self)
            self->requestExtract(citizenId, done);
    });
    syncNow();
}

void SyncService::requestExtract(const QString& citizenId,
                                 const std::function<void(ServerLogExtract)>& done)
{
    if (m_accessToken.isEmpty() || now().toUTC() >= m_accessExpires) {
        done(notReached(m_lastMessage.isEmpty() ? tr("the server could not be reached")
                                                : m_lastMessage));
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("citizen"), citizenId);
    const QString own = m_settings.deviceId;
    m_connection->get(protocol::Path::AccessLogExtract + QLatin1Char('?') +
                          q.toString(QUrl::FullyEncoded),
                      m_accessToken, [this, own, done](const Reply& r) {
                          if (r.failure != Reply::Failure::None || r.status != 200) {
                              done(notReached(messageFor(r)));
                              return;
                          }
                          auto extract = protocol::decodeLogExtract(r.body);
                          if (!extract.ok()) {
                              done(notReached(unreadableAnswer()));
                              return;
                          }
                          ServerLogExtract out;
                          out.state = QStringLiteral("included");
                          for (const DeviceLogEntry& use : extract->uses)
                              if (use.device != own) // this laptop's are in its own log
                                  out.uses << use;
                          done(out);
                      });
}

} // namespace fortrolig
