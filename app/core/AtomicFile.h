#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QString>

namespace fortrolig {

// Writes a whole file or nothing (QSaveFile: temp file, fsync, rename), owner-only.
Error writeFileAtomically(const QString& path, const QByteArray& data);

} // namespace fortrolig
