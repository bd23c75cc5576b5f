#include "PageScan.h"

#include <QFile>
#include <openssl/evp.h>

namespace fortrolig::test {

namespace {
constexpr int kSaltSize = 16;
constexpr int kReserve = 48; // IV (16) and HMAC-SHA1 (20), rounded up to the AES block
constexpr int kIvSize = 16;
constexpr int kWalHeaderSize = 32;
constexpr int kFrameHeaderSize = 24;

bool isBlank(const QByteArray& page)
{
    for (char c : page)
        if (c != 0)
            return false;
    return true;
}

// The page's plaintext (page 1: the salt, then its plaintext), or empty when it fails.
QByteArray decryptPage(const QByteArray& page, quint32 number, const SecureBytes& key)
{
    const int offset = number == 1 ? kSaltSize : 0;
    const int size = int(page.size()) - offset - kReserve;
    const auto* in = reinterpret_cast<const unsigned char*>(page.constData()) + offset;
    QByteArray out(page.size(), '\0');
    auto* o = reinterpret_cast<unsigned char*>(out.data()) + offset;
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int n = 0;
    int last = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key.data(), in + size) == 1 &&
        EVP_CIPHER_CTX_set_padding(ctx, 0) == 1 && EVP_DecryptUpdate(ctx, o, &n, in, size) == 1 &&
        EVP_DecryptFinal_ex(ctx, o + n, &last) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok || n + last != size)
        return {};
    memcpy(out.data(), page.constData(), size_t(offset));
    return out;
}

quint32 bigEndian32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}
} // namespace

bool DecryptedJournal::contains(const QByteArray& needle, QString* where) const
{
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).contains(needle)) {
            if (where)
                *where = QStringLiteral("page %1").arg(i + 1);
            return true;
        }
    }
    for (int i = 0; i < frames.size(); ++i) {
        if (frames.at(i).contains(needle)) {
            if (where)
                *where = QStringLiteral("log frame %1").arg(i + 1);
            return true;
        }
    }
    return false;
}

DecryptedJournal decryptJournal(const QString& databasePath, const SecureBytes& key, int pageSize)
{
    DecryptedJournal d;
    QFile db(databasePath);
    if (key.size() != 32 || !db.open(QIODevice::ReadOnly)) {
        d.error = QStringLiteral("cannot read ") + databasePath;
        return d;
    }
    const QByteArray all = db.readAll();
    for (qint64 at = 0; at + pageSize <= all.size(); at += pageSize) {
        const QByteArray page = all.mid(at, pageSize);
        const auto number = quint32(at / pageSize + 1);
        if (isBlank(page))
            continue;
        const QByteArray plain = decryptPage(page, number, key);
        if (plain.isEmpty() && d.error.isEmpty())
            d.error = QStringLiteral("page %1 does not decrypt").arg(number);
        d.pages << plain;
    }
    // Page 1's plaintext header names the page size (big-endian, at 16): the key was right.
    if (d.error.isEmpty() &&
        (d.pages.isEmpty() || d.pages.first().size() < 18 ||
         ((quint8(d.pages.first().at(16)) << 8) | quint8(d.pages.first().at(17))) != pageSize))
        d.error = QStringLiteral("page 1 does not decrypt to a database header");
    QFile wal(databasePath + QStringLiteral("-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return d; // no log: nothing more to read
    const QByteArray log = wal.readAll();
    const qint64 frameSize = kFrameHeaderSize + pageSize;
    for (qint64 at = kWalHeaderSize; at + frameSize <= log.size(); at += frameSize) {
        const QByteArray page = log.mid(at + kFrameHeaderSize, pageSize);
        if (isBlank(page))
            continue;
        const QByteArray plain = decryptPage(page, bigEndian32(log.constData() + at), key);
        if (plain.isEmpty() && d.error.isEmpty())
            d.error = QStringLiteral("log frame %1 does not decrypt").arg(d.frames.size() + 1);
        d.frames << plain;
    }
    return d;
}

QList<QByteArray> encodingsOf(const QString& text)
{
    QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    return {text.toUtf8(), le, be};
}

} // namespace fortrolig::test
