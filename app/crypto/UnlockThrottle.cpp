#include "app/crypto/UnlockThrottle.h"

#include "app/core/AtomicFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace fortrolig {

UnlockThrottle::UnlockThrottle(QString path, Clock clock)
    : m_path(std::move(path)), m_clock(std::move(clock))
{
}

qint64 UnlockThrottle::delayAfter(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = failures - kFreeAttempts;
    if (doublings >= 20)
        return kMaxDelaySeconds;
    return std::min(kMaxDelaySeconds, kFirstDelaySeconds << doublings);
}

UnlockThrottle::State UnlockThrottle::load() const
{
    State s;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return s;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    s.failures = std::max(0, o.value(QStringLiteral("failures")).toInt());
    s.last = QDateTime::fromString(o.value(QStringLiteral("last")).toString(), Qt::ISODate);
    return s;
}

Error UnlockThrottle::save(const State& s) const
{
    const QJsonObject o{{QStringLiteral("failures"), s.failures},
                        {QStringLiteral("last"), s.last.toUTC().toString(Qt::ISODate)}};
    return writeFileAtomically(m_path, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

int UnlockThrottle::failures() const
{
    return load().failures;
}

qint64 UnlockThrottle::secondsToWait() const
{
    const State s = load();
    const qint64 delay = delayAfter(s.failures);
    if (delay == 0 || !s.last.isValid())
        return 0;
    const QDateTime now = m_clock();
    if (now < s.last) // the clock was set back: do not let that shorten the wait
        return delay;
    return std::max<qint64>(0, delay - s.last.secsTo(now));
}

Error UnlockThrottle::beginAttempt()
{
    State s = load();
    s.failures += 1;
    s.last = m_clock();
    return save(s);
}

void UnlockThrottle::recordSuccess()
{
    // The unlock succeeded either way; a count that could not be reset only makes the next
    // wrong passphrase wait sooner. Said in the log, not to the person.
    if (load().failures != 0)
        if (Error e = save(State{}))
            qWarning("fortrolig: the failed-unlock count could not be reset (%d)", int(e.code));
}

} // namespace fortrolig
