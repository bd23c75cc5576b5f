#pragma once

// The only way the journal code includes SQLite: SQLCipher's header, with the codec API
// (sqlite3_key) declared. Never include a system <sqlite3.h> in code that holds journal data.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>

#include <QFile>
#include <QString>

namespace fortrolig {
// A file name as SQLite takes it: UTF-8 on Windows (its VFS converts to UTF-16), the file
// system's own bytes elsewhere.
inline QByteArray sqliteFileName(const QString& path)
{
#if defined(_WIN32)
    return path.toUtf8();
#else
    return QFile::encodeName(path);
#endif
}
} // namespace fortrolig
