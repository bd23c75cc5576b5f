#pragma once

#include "app/core/Error.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace fortrolig {

// Failed unlocks, counted in a file beside the journal so that restarting the program does not
// reset them. An attempt is counted before the passphrase is checked and forgiven only on
// success, so killing the process mid-check does not help either. After kFreeAttempts
// failures, each further attempt waits twice as long as the one before (capped).
class UnlockThrottle
{
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kFirstDelaySeconds = 15;
    static constexpr qint64 kMaxDelaySeconds = 3600;

    explicit UnlockThrottle(QString path, Clock clock = &QDateTime::currentDateTimeUtc);

    int failures() const;
    qint64 secondsToWait() const; // 0 when an attempt may be made now
    Error beginAttempt();         // counts the attempt; an error if it could not be saved
    void recordSuccess();
    static qint64 delayAfter(int failures);

private:
    struct State
    {
        int failures = 0;
        QDateTime last;
    };
    State load() const;
    Error save(const State& s) const;
    QString m_path;
    Clock m_clock;
};

} // namespace fortrolig
