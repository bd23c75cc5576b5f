#include "app/storage/PageCheck.h"

#include <QFile>
#include <QStringList>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

namespace fortrolig {

namespace {
constexpr int kSaltSize = 16; // SQLCipher keeps the KDF salt where SQLite's header would be
constexpr int kIvSize = 16;
constexpr int kBlockSize = 16;
constexpr unsigned char kHmacSaltMask = 0x3a;
constexpr int kHmacKdfIterations = 2;
constexpr quint32 kWalMagicLittle = 0x377f0682;
constexpr quint32 kWalMagicBig = 0x377f0683;
constexpr int kWalHeaderSize = 32;
constexpr int kFrameHeaderSize = 24;

quint32 bigEndian32(const unsigned char* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

const EVP_MD* digestFor(int format)
{
    return format >= 4 ? EVP_sha512() : EVP_sha1();
}

// SQLite's log checksum: two running sums over 32-bit words, in the byte order the log's magic
// number names, continued from frame to frame.
struct LogChecksum
{
    bool bigEndianWords = false;
    quint32 s0 = 0;
    quint32 s1 = 0;
    void add(const unsigned char* data, qint64 size)
    {
        for (qint64 i = 0; i + 8 <= size; i += 8) {
            quint32 x0, x1;
            if (bigEndianWords) {
                x0 = bigEndian32(data + i);
                x1 = bigEndian32(data + i + 4);
            } else {
                x0 = quint32(data[i]) | (quint32(data[i + 1]) << 8) | (quint32(data[i + 2]) << 16) |
                     (quint32(data[i + 3]) << 24);
                x1 = quint32(data[i + 4]) | (quint32(data[i + 5]) << 8) |
                     (quint32(data[i + 6]) << 16) | (quint32(data[i + 7]) << 24);
            }
            s0 += x0 + s1;
            s1 += x1 + s0;
        }
    }
    bool matches(const unsigned char* stored) const
    {
        return bigEndian32(stored) == s0 && bigEndian32(stored + 4) == s1;
    }
};
} // namespace

QString PageCheck::Report::summary() const
{
    QStringList parts;
    auto numbers = [](const QList<quint32>& list) {
        QStringList out;
        for (int i = 0; i < list.size() && i < 20; ++i)
            out << QString::number(list.at(i));
        if (list.size() > 20)
            out << QStringLiteral("... (%1 in all)").arg(list.size());
        return out.join(QStringLiteral(", "));
    };
    if (!damagedPages.isEmpty())
        parts << QStringLiteral("pages ") + numbers(damagedPages);
    if (logHeaderDamaged)
        parts << QStringLiteral("log header");
    if (!damagedFrames.isEmpty())
        parts << QStringLiteral("log frames ") + numbers(damagedFrames);
    if (lostCommits)
        parts << QStringLiteral("committed log frames unreadable");
    return parts.join(QStringLiteral("; "));
}

PageCheck::PageCheck(const SecureBytes& key, const QByteArray& salt, int cipherFormat, int pageSize)
    : m_pageSize(pageSize), m_format(cipherFormat)
{
    if (key.size() != 32 || salt.size() != kSaltSize || pageSize < 512)
        return;
    m_hmacSize = EVP_MD_get_size(digestFor(cipherFormat));
    const int reserve = kIvSize + m_hmacSize;
    m_reserve = ((reserve + kBlockSize - 1) / kBlockSize) * kBlockSize;
    unsigned char hmacSalt[kSaltSize];
    for (int i = 0; i < kSaltSize; ++i)
        hmacSalt[i] = static_cast<unsigned char>(salt.at(i)) ^ kHmacSaltMask;
    SecureBytes derived(32);
    if (PKCS5_PBKDF2_HMAC(key.constChar(), int(key.size()), hmacSalt, kSaltSize, kHmacKdfIterations,
                          digestFor(cipherFormat), int(derived.size()), derived.data()) == 1)
        m_hmacKey = std::move(derived);
}

bool PageCheck::pageIsAuthentic(quint32 pageNumber, const unsigned char* page) const
{
    const int offset = pageNumber == 1 ? kSaltSize : 0;
    const unsigned char* in = page + offset;
    const int size = m_pageSize - offset;
    bool blank = true;
    for (int i = 0; i < size && blank; ++i)
        blank = in[i] == 0;
    if (blank)
        return true;
    const int authenticated = size - m_reserve + kIvSize; // ciphertext and IV
    QByteArray message(authenticated + 4, Qt::Uninitialized);
    memcpy(message.data(), in, size_t(authenticated));
    for (int i = 0; i < 4; ++i) // the page number, little-endian
        message[authenticated + i] = char((pageNumber >> (8 * i)) & 0xff);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macSize = 0;
    if (!HMAC(digestFor(m_format), m_hmacKey.data(), int(m_hmacKey.size()),
              reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()),
              mac, &macSize))
        return false;
    return int(macSize) == m_hmacSize &&
           sodium_memcmp(mac, in + authenticated, size_t(m_hmacSize)) == 0;
}

PageCheck::Report PageCheck::checkDatabase(const Reader& read, qint64 fileSize) const
{
    Report r;
    if (!isValid()) {
        r.readError = QStringLiteral("no page key");
        return r;
    }
    constexpr int kPagesPerRead = 64;
    QByteArray buffer(qsizetype(m_pageSize) * kPagesPerRead, Qt::Uninitialized);
    const qint64 pages = fileSize / m_pageSize;
    for (qint64 first = 0; first < pages; first += kPagesPerRead) {
        const qint64 count = std::min<qint64>(kPagesPerRead, pages - first);
        const qint64 got = read(first * m_pageSize, buffer.data(), count * m_pageSize);
        if (got != count * m_pageSize) {
            r.readError = QStringLiteral("journal file read at page %1").arg(first + 1);
            return r;
        }
        for (qint64 i = 0; i < count; ++i) {
            const auto* page =
                reinterpret_cast<const unsigned char*>(buffer.constData()) + i * m_pageSize;
            const quint32 number = quint32(first + i + 1);
            if (!pageIsAuthentic(number, page))
                r.damagedPages << number;
            ++r.pagesChecked;
        }
    }
    if (fileSize % m_pageSize != 0)
        r.damagedPages << quint32(pages + 1); // a torn last page
    return r;
}

PageCheck::Report PageCheck::checkLog(const QString& walPath) const
{
    Report r;
    QFile wal(walPath);
    if (!wal.exists() || wal.size() == 0)
        return r;
    if (!isValid()) {
        r.readError = QStringLiteral("no page key");
        return r;
    }
    // SQLite takes no locks on the log file itself, so reading it with a descriptor of our
    // own is safe beside open connections.
    if (!wal.open(QIODevice::ReadOnly)) {
        r.readError = QStringLiteral("log file open");
        return r;
    }
    const QByteArray header = wal.read(kWalHeaderSize);
    if (header.size() < kWalHeaderSize)
        return r; // a log that never got its header holds nothing
    const auto* h = reinterpret_cast<const unsigned char*>(header.constData());
    const quint32 magic = bigEndian32(h);
    LogChecksum sum;
    sum.bigEndianWords = magic == kWalMagicBig;
    sum.add(h, 24);
    const qint64 frameSize = kFrameHeaderSize + m_pageSize;
    const qint64 frames = (wal.size() - kWalHeaderSize) / frameSize;
    if ((magic != kWalMagicLittle && magic != kWalMagicBig) ||
        int(bigEndian32(h + 8)) != m_pageSize || !sum.matches(h + 24)) {
        // SQLite ignores a log whose header does not check: every frame in it is lost.
        r.logHeaderDamaged = frames > 0;
        return r;
    }
    QByteArray frame(frameSize, Qt::Uninitialized);
    auto* f = reinterpret_cast<unsigned char*>(frame.data());
    quint32 firstBroken = 0;
    for (qint64 i = 0; i < frames; ++i) {
        if (wal.read(frame.data(), frameSize) != frameSize) {
            r.readError = QStringLiteral("log file read at frame %1").arg(i + 1);
            return r;
        }
        if (memcmp(f + 8, h + 16, 8) != 0)
            break; // a frame of an earlier generation: the log ends before it
        const bool commit = bigEndian32(f + 4) != 0;
        if (firstBroken) {
            // After a frame that does not check, SQLite stops reading. A commit further on
            // means whole transactions would be dropped without a word.
            r.lostCommits |= commit;
            continue;
        }
        ++r.framesChecked;
        LogChecksum next = sum;
        next.add(f, 8);
        next.add(f + kFrameHeaderSize, m_pageSize);
        if (!next.matches(f + 16)) {
            firstBroken = quint32(i + 1);
            r.lostCommits |= commit;
            continue;
        }
        sum = next;
        if (!pageIsAuthentic(bigEndian32(f), f + kFrameHeaderSize))
            r.damagedFrames << quint32(i + 1);
    }
    if (r.lostCommits)
        r.damagedFrames << firstBroken;
    return r;
}

} // namespace fortrolig
