#include "app/core/AtomicFile.h"

#include <QSaveFile>
#include <cerrno>

namespace fortrolig {

Error writeFileAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(errno == ENOSPC ? ErrorCode::DiskFull : ErrorCode::ReadOnlyLocation,
                     QStringLiteral("cannot create the file"));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(data) != data.size()) {
        const bool full = errno == ENOSPC;
        f.cancelWriting();
        return Error(full ? ErrorCode::DiskFull : ErrorCode::IoError, QStringLiteral("write"));
    }
    if (!f.commit())
        return Error(errno == ENOSPC ? ErrorCode::DiskFull : ErrorCode::IoError,
                     QStringLiteral("commit"));
    return {};
}

} // namespace fortrolig
