#include "app/core/Error.h"

#include <QCoreApplication>

namespace fortrolig {

QString Error::message() const
{
    QString text;
    switch (code) {
    case ErrorCode::Ok:
        return {};
    case ErrorCode::InvalidInput:
        text = tr("The input is not valid.");
        break;
    case ErrorCode::NotFound:
        text = tr("Not found.");
        break;
    case ErrorCode::AlreadyExists:
        text = tr("A journal already exists here. Choose another directory or open it.");
        break;
    case ErrorCode::WeakPassphrase:
        text = tr("The passphrase must be at least 12 characters. A few ordinary words make a "
                  "good one.");
        break;
    case ErrorCode::WrongPassphrase:
        text = tr("Wrong passphrase. Try again.");
        break;
    case ErrorCode::LockedOut:
        return tr("Too many wrong passphrases. Try again in %n second(s).", nullptr,
                  int(waitSeconds));
    case ErrorCode::KeyMissing:
        text = tr("The journal's key cannot be found. Restore it from the keychain or the key "
                  "file, or ask your IT administrator.");
        break;
    case ErrorCode::KeychainUnavailable:
        text = tr("The system keychain is locked or cannot be reached. Unlock it and try again.");
        break;
    case ErrorCode::KeychainDenied:
        text = tr("Access to the system keychain was refused. Allow it and try again.");
        break;
    case ErrorCode::NotEncrypted:
        text = tr("The journal file is not encrypted. Fortrolig refuses to use it; tell your IT "
                  "administrator.");
        break;
    case ErrorCode::WrongKey:
        text = tr("The key does not fit this journal.");
        break;
    case ErrorCode::Damaged:
        text = tr("The journal is damaged or has been changed outside Fortrolig. Nothing more is "
                  "written to it. Recover what can still be read into a new journal, then sync, "
                  "and tell your IT administrator.");
        break;
    case ErrorCode::NewerFormat:
        text = tr("The journal was made by a newer version of Fortrolig. Update the program.");
        break;
    case ErrorCode::ReadOnlyLocation:
        text = tr("The journal's folder cannot be written to. Check its permissions.");
        break;
    case ErrorCode::DiskFull:
        text = tr("The disk is full. Nothing was lost, but nothing more can be saved until "
                  "space is freed.");
        break;
    case ErrorCode::Busy:
        text = tr("The journal is in use by another program. Close it and try again.");
        break;
    case ErrorCode::IoError:
        text = tr("The journal could not be read or written (input/output error).");
        break;
    case ErrorCode::NotAllowed:
        if (detail == QStringLiteral("restricted")) // a change to a restricted case
            return tr("The case is restricted (GDPR art. 18): a change needs a reason, given "
                      "first.");
        text = tr("Sharing is not allowed.");
        break;
    case ErrorCode::Internal:
        text = tr("An internal error occurred.");
        break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    return text;
}

} // namespace fortrolig
