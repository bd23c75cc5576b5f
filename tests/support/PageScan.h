#pragma once

#include "app/crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fortrolig::test {

// Every page of a journal and every frame of its write-ahead log, decrypted with the journal
// key outside SQLite: SQLCipher's format 3 (AES-256-CBC over each page but its reserved area,
// with the IV the page carries there; page 1 keeps its first 16 bytes, the salt, in the
// clear). Tests look in the pages for what must not be there, on disk, in any form.
struct DecryptedJournal
{
    QList<QByteArray> pages;  // of the main file, in order (blank pages are skipped)
    QList<QByteArray> frames; // of the log, every frame in the file (old generations too)
    QString error;            // empty when every page decrypted
    // Whether any page or frame holds `needle`; `where` says the first one ("page 7").
    bool contains(const QByteArray& needle, QString* where = nullptr) const;
};

DecryptedJournal decryptJournal(const QString& databasePath, const SecureBytes& key,
                                int pageSize = 4096);

// The forms a text can take in the file: UTF-8, and UTF-16 in both byte orders.
QList<QByteArray> encodingsOf(const QString& text);

} // namespace fortrolig::test
