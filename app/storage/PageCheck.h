#pragma once

#include "app/crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace fortrolig {

// Checks every page of a journal, and every frame of its write-ahead log, against SQLCipher's
// page authentication (an HMAC over each page's ciphertext, IV and page number), reading the
// bytes directly. SQLite reads only the pages a query needs: a flipped byte in a free page,
// or in a log frame (which SQLite would silently drop, with every transaction after it), is
// found only this way. The HMAC key is derived from the journal key and kept in locked memory;
// it can authenticate pages but not decrypt them.
class PageCheck
{
public:
    struct Report
    {
        QList<quint32> damagedPages;  // page numbers in the main file (1-based)
        QList<quint32> damagedFrames; // frame numbers in the log (1-based)
        bool logHeaderDamaged = false;
        bool lostCommits = false; // committed log frames SQLite would ignore
        qint64 pagesChecked = 0;
        qint64 framesChecked = 0;
        QString readError; // a file that could not be read (not damage)
        bool damaged() const
        {
            return !damagedPages.isEmpty() || !damagedFrames.isEmpty() || logHeaderDamaged ||
                   lostCommits;
        }
        QString summary() const; // technical, no personal data: "pages 3, 17; log frame 2"
    };

    // Reads `length` bytes at `offset`; returns the number read (0 at the end), -1 on error.
    using Reader = std::function<qint64(qint64 offset, char* data, qint64 length)>;

    PageCheck() = default;
    // `salt`: the first 16 bytes of the main file. `cipherFormat`: SQLCipher's major format
    // (3: HMAC-SHA1, 4: HMAC-SHA512). `key`: the 32-byte raw journal key.
    PageCheck(const SecureBytes& key, const QByteArray& salt, int cipherFormat, int pageSize);
    bool isValid() const { return !m_hmacKey.isEmpty(); }

    // Every page of the main file, through `read` (SQLite's own file handle: another
    // descriptor on the file would drop this process's locks when closed).
    Report checkDatabase(const Reader& read, qint64 fileSize) const;
    // Every frame of the log at `walPath` that belongs to its current generation.
    Report checkLog(const QString& walPath) const;

    // True if the page (as stored on disk) authenticates. Blank pages (all zeros) pass, as
    // they do in SQLCipher: SQLite reads them past the end of a short file.
    bool pageIsAuthentic(quint32 pageNumber, const unsigned char* page) const;

private:
    SecureBytes m_hmacKey;
    int m_pageSize = 4096;
    int m_reserve = 48;
    int m_hmacSize = 20;
    int m_format = 3;
};

} // namespace fortrolig
