#pragma once

// The only way the journal code includes SQLite: SQLCipher's header, with the codec API
// (sqlite3_key) declared. Never include a system <sqlite3.h> in code that holds journal data.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>
