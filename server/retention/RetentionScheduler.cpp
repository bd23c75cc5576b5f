#include "retention/RetentionScheduler.h"

#include "retention/RetentionService.h"
#include "store/CaseKeys.h"
#include "store/CaseStore.h"

#include <QLoggingCategory>

namespace fortrolig::server {

Q_DECLARE_LOGGING_CATEGORY(lcRetention)

RetentionScheduler::RetentionScheduler(Options options)
    : m_options(std::move(options)), m_thread([this] { loop(); })
{
}

RetentionScheduler::~RetentionScheduler()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void RetentionScheduler::loop()
{
    std::unique_ptr<ServerDatabase> db;
    std::unique_ptr<CaseKeys> keys;
    std::unique_ptr<CaseStore> cases;
    std::optional<PurgeLedger> ledger;
    if (!m_options.ledgerPath.isEmpty())
        ledger.emplace(m_options.ledgerPath);
    for (;;) {
        if (!db) {
            auto opened = ServerDatabase::open(m_options.location, m_options.databaseKey, false);
            auto keyStore = CaseKeys::open(m_options.location.caseKeys, m_options.caseKeysKey,
                                           *m_options.keyWrapper);
            if (opened.ok() && keyStore.ok()) {
                db = std::move(opened.value());
                keys = std::move(keyStore.value());
                cases = std::make_unique<CaseStore>(*db, *m_options.sealer, *keys, m_options.clock);
            } else {
                qCWarning(lcRetention).noquote()
                    << "retention: cannot open the store:"
                    << (opened.ok() ? keyStore.error() : opened.error()).message();
            }
        }
        if (db) {
            RetentionService service(*db, *cases, *m_options.sealer, ledger ? &*ledger : nullptr,
                                     m_options.clock);
            auto run = service.run(service.today(), false);
            if (run.ok()) {
                m_deleted += int(run->deleted.size());
                if (!run->notHandedOver.isEmpty()) // the ids: `retention run --dry-run`
                    qCWarning(lcRetention).noquote()
                        << run->notHandedOver.size()
                        << "case(s) due for deletion within 14 days have a course not handed"
                           " over to the municipality";
            } else {
                qCWarning(lcRetention).noquote()
                    << "retention run failed:" << run.error().message();
                if (db->reconnectIfLost(run.error())) { // open it again next time
                    cases.reset();
                    keys.reset();
                    db.reset();
                }
            }
        }
        ++m_runs;
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::milliseconds(m_options.intervalMs),
                            [this] { return m_stop; }))
            return;
    }
}

} // namespace fortrolig::server
