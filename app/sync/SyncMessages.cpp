// SyncService: what the consultant reads about the server's answers and the sync problems.
#include "app/sync/SyncService.h"

namespace fortrolig {

namespace W = protocol::WireError;

QString SyncService::messageFor(const Reply& r) const
{
    switch (r.failure) {
    case Reply::Failure::Tls:
        return tr("The server's certificate does not match the pin you were given, so nothing "
                  "was sent. Tell your IT administrator; do not work around it.");
    case Reply::Failure::Timeout:
        return tr("The server did not answer in time. Your work is kept on this computer and "
                  "sent at the next attempt.");
    case Reply::Failure::Network:
        return tr("The server cannot be reached (%1). Your work is kept on this computer and "
                  "sent at the next attempt.")
            .arg(r.detail);
    case Reply::Failure::None:
        break;
    }
    if (r.status == 503)
        return tr("The server is busy just now. Your work is kept on this computer and sent at "
                  "the next attempt.");
    if (r.status == 429)
        return tr("Too many logins from this network just now. Try again in a few minutes.");
    if (r.status >= 500)
        return tr("The server had a problem (HTTP %1). Sync tries again later.").arg(r.status);
    auto e = protocol::decodeErrorResponse(r.body);
    const QString code = e.ok() ? e->error : QString();
    if (code == W::InvalidCredentials)
        return tr("Wrong passphrase or one-time code.");
    if (code == W::AccountLocked)
        return tr("Your account on the server is locked after too many failed logins. Ask your "
                  "administrator to unlock it.");
    if (code == W::InvalidCode)
        return tr("The enrollment code is wrong, used or expired. Ask your administrator for a "
                  "new one.");
    if (code == W::DeviceRevoked)
        return tr("This computer's access to the server has been revoked.");
    return tr("The server refused the request (HTTP %1%2).")
        .arg(r.status)
        .arg(code.isEmpty() ? QString() : QStringLiteral(", ") + code);
}

QString SyncService::describe(const SyncProblem& p, int quoted)
{
    namespace R = protocol::RejectReason;
    if (p.kind == QStringLiteral("case-removed"))
        return tr("A case was moved to another consultant and removed from this computer.");
    if (p.kind == QStringLiteral("case-purged"))
        return tr("A case was deleted on the server and removed from this computer.");
    if (p.kind == QStringLiteral("draft-kept"))
        return tr("A note written here did not reach its case, which has moved to another "
                  "consultant; copy it if it is needed, then dismiss it (it is deleted after %1 "
                  "days): %2")
            .arg(JournalSync::kKeptDraftDays)
            .arg(p.reason.size() > quoted ? p.reason.left(quoted) + QStringLiteral("…") : p.reason);
    if (p.kind == QStringLiteral("scan-kept"))
        return tr("The scan of a consent signed on paper (%1) belonged to a case that has moved "
                  "to another consultant. Scans do not travel with a case: save it and pass it "
                  "on, then dismiss it (it is deleted after %2 days).")
            .arg(p.reason)
            .arg(JournalSync::kKeptDraftDays);
    if (p.kind == QStringLiteral("not-applied"))
        return tr("A change from the server could not be applied yet (%1). It is kept and tried "
                  "again; updating Fortrolig may help.")
            .arg(p.reason);
    if (p.reason == R::Purged)
        return tr("The server refused a change: the case has been deleted there.");
    if (p.reason == R::NotYourCase)
        // The server does not say which (an id's existence is not told to whoever asks).
        return tr("The server refused a change: the case is not yours on the server (it belongs "
                  "to another consultant, or the server does not have it).");
    if (p.reason == R::UnknownCitizen || p.reason == R::UnknownReference)
        return tr("The server refused a change: what it refers to is not on the server.");
    if (p.reason == R::TooLarge)
        return tr("The server refused a change: it is too large.");
    if (p.reason == R::ConflictingDuplicate)
        return tr("The server refused a change: another change already has its identity.");
    return tr("The server refused a change (%1).").arg(p.reason);
}

} // namespace fortrolig
