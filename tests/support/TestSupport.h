#pragma once

#include "app/core/Error.h"
#include "app/crypto/KeyStore.h"
#include "app/crypto/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTimeZone>

namespace fortrolig::test {

// A keychain that lives in memory (unit tests of what sits above the keychain; the real
// Secret Service is tested in tst_keychain).
class MemoryKeyStore final : public KeyStore
{
public:
    Status read(const QString& id, QByteArray* out) override;
    Status write(const QString& id, const QByteArray& data) override;
    Status remove(const QString& id) override;
    QString kind() const override { return QStringLiteral("keychain"); }
    QHash<QString, QByteArray> entries;
    Status failWith = Status::Ok; // fault injection: every call answers this
};

// A machine with no keychain at all.
class NoKeychain final : public KeyStore
{
public:
    Status read(const QString&, QByteArray*) override { return Status::NoBackend; }
    Status write(const QString&, const QByteArray&) override { return Status::NoBackend; }
    Status remove(const QString&) override { return Status::NoBackend; }
    QString kind() const override { return QStringLiteral("keychain"); }
};

// A clock that tests move by hand.
struct ManualClock
{
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    QDateTime operator()() const { return now; }
};

SecureBytes secret(const char* text);

// Registers an SQLite VFS named "faulty" over the default one. Once armed, writes beyond
// the byte budget fail as a full disk would (SQLITE_FULL).
void registerFaultyVfs();
void armDiskFull(qint64 bytesLeft); // -1 disarms
qint64 syncCount();                 // the files' syncs through it so far (fsync, fdatasync)

// Set-up steps of tests and benchmarks that cannot go on after a failure: stop with the error.
void require(const Error& error, const char* what);
template <typename T> T require(Result<T> result, const char* what)
{
    require(result.error(), what);
    return std::move(result.value());
}

// Flips the bits of `mask` in the byte at `offset` in a file (one bit unless told).
bool flipByte(const QString& path, qint64 offset, quint8 mask = 0x10);

// Synthetic CPR numbers in tests are made up and, where the test allows, dated in the
// 1800s (7th digit 5-8 with a year above 57): obviously nobody on a caseload today.
inline constexpr const char* kFakeCpr = "010158-5999";

} // namespace fortrolig::test
