#pragma once

#include <QCoreApplication>
#include <QString>

namespace fortrolig {

// Every failure the core reports to a person or a script. The detail never holds personal
// data: it is technical context (an SQLite code, a file role), safe for a log.
enum class ErrorCode
{
    Ok,
    InvalidInput,        // a value the caller gave is not acceptable (detail says which)
    NotFound,            // the journal or a record does not exist
    AlreadyExists,       // init on a directory that already holds a journal
    WeakPassphrase,      // shorter than the minimum
    WrongPassphrase,     // the passphrase does not unwrap the key
    LockedOut,           // too many failed unlocks: wait (waitSeconds)
    KeyMissing,          // the wrapped key is not where the journal says it is
    KeychainUnavailable, // the OS keychain could not be reached or is locked
    KeychainDenied,      // the person refused the keychain's request
    NotEncrypted,        // the journal file is plain SQLite: refuse it
    WrongKey,            // the key does not open this journal
    Damaged,             // corrupt or tampered file, broken log chain
    NewerFormat,         // made by a newer Fortrolig
    ReadOnlyLocation,    // the journal's directory cannot be written
    DiskFull,
    Busy, // another process holds the journal
    IoError,
    NotAllowed, // the consent gate said no (detail says why)
    Internal,
};

// [[nodiscard]] through a macro: lupdate's parser, unlike the compiler, loses the class's
// namespace on an attribute, and with it every translation of the messages below.
#define FORTROLIG_MUST_USE [[nodiscard]]

struct FORTROLIG_MUST_USE Error
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::Error)
public:
    ErrorCode code = ErrorCode::Ok;
    QString detail;
    qint64 waitSeconds = 0; // LockedOut only

    Error() = default;
    Error(ErrorCode c, QString d = {}) : code(c), detail(std::move(d)) {}

    bool ok() const { return code == ErrorCode::Ok; }
    explicit operator bool() const { return !ok(); } // true when there is an error
    // What happened and what to do, in the current UI language.
    QString message() const;
};

// A value or an error. (std::expected is C++23; GCC 12 has no C++20 spelling of it.)
template <typename T> class FORTROLIG_MUST_USE Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return m_error.ok(); }
    const Error& error() const { return m_error; }
    T& value() { return m_value; }
    const T& value() const { return m_value; }
    T* operator->() { return &m_value; }
    const T* operator->() const { return &m_value; }

private:
    T m_value{};
    Error m_error;
};

} // namespace fortrolig
