#pragma once

#include "app/core/Error.h"
#include "app/crypto/SecureBytes.h"
#include "store/ServerDatabase.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace fortrolig::server {

class Sealer;

// The server's own deletion job: on a thread of its own, with its own database connection,
// it runs retention at start and then every `intervalMs` (an hour: a case is deleted on its
// due date, within the hour the day begins). Stopped and joined on destruction.
class RetentionScheduler
{
public:
    struct Options
    {
        StoreLocation location;
        SecureBytes databaseKey;
        const Sealer* sealer = nullptr;
        SecureBytes caseKeysKey; // the case key store's (CaseKeys::open)
        const Sealer* keyWrapper = nullptr;
        QString ledgerPath; // empty: no ledger
        std::function<qint64()> clock;
        int intervalMs = 3600 * 1000;
    };
    explicit RetentionScheduler(Options options);
    ~RetentionScheduler();
    RetentionScheduler(const RetentionScheduler&) = delete;
    RetentionScheduler& operator=(const RetentionScheduler&) = delete;

    int runs() const { return m_runs.load(); } // finished runs (tests wait for them)
    int deleted() const { return m_deleted.load(); }

private:
    void loop();
    Options m_options;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<int> m_runs{0};
    std::atomic<int> m_deleted{0};
    std::thread m_thread;
};

} // namespace fortrolig::server
