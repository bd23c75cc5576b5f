#include "http/WorkerPool.h"

#include <QAtomicInteger>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace fortrolig::server {

namespace {
// Linux schedules threads one by one: a niceness given to this thread alone lets every
// thread of normal priority (the sync workers, the network thread) go first when the CPUs
// are busy. Elsewhere Qt's own priority does the same as far as the system allows.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    if (setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10) == 0)
        return;
#endif
    QThread::currentThread()->setPriority(QThread::LowPriority);
}
} // namespace

class WorkerPool::Worker : public QObject
{
public:
    std::unique_ptr<RequestHandler> handler;
    QAtomicInteger<int> queued = 0;
};

WorkerPool::WorkerPool(Options options, Factory factory)
    : m_options(std::move(options)), m_factory(std::move(factory))
{
    m_options.workers = qMax(1, m_options.workers);
    m_options.maxQueuedPerWorker = qMax(1, m_options.maxQueuedPerWorker);
}

WorkerPool::~WorkerPool()
{
    stop();
}

Error WorkerPool::start()
{
    for (int i = 0; i < m_options.workers; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(m_options.name + QLatin1Char('-') + QString::number(i));
        auto* worker = new Worker;
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        Error made;
        // The handler (and its database connection) must be made in the thread that uses it.
        QMetaObject::invokeMethod(
            worker,
            [this, worker, &made] {
                if (m_options.lowPriority)
                    lowerThisThreadsPriority();
                auto handler = m_factory();
                if (!handler.ok()) {
                    made = handler.error();
                    return;
                }
                worker->handler = std::move(handler.value());
            },
            Qt::BlockingQueuedConnection);
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
        if (made) {
            stop();
            return made;
        }
    }
    return {};
}

void WorkerPool::stop()
{
    for (std::size_t i = 0; i < m_threads.size(); ++i) {
        Worker* worker = m_workers.at(i);
        // The handler goes in its own thread (its database connection belongs there).
        QMetaObject::invokeMethod(
            worker, [worker] { worker->handler.reset(); }, Qt::BlockingQueuedConnection);
        m_threads.at(i)->quit();
        m_threads.at(i)->wait();
    }
    m_threads.clear();
    m_workers.clear();
}

int WorkerPool::queued() const
{
    int n = 0;
    for (const Worker* w : m_workers)
        n += w->queued.loadRelaxed();
    return n;
}

bool WorkerPool::submit(HttpRequest request, std::function<void(HttpResponse)> done)
{
    return submitJob(
        [request = std::move(request)](RequestHandler& h) { return h.handle(request); },
        std::move(done));
}

bool WorkerPool::submitJob(Job job, std::function<void(HttpResponse)> done)
{
    Worker* best = nullptr;
    for (Worker* w : m_workers) {
        if (!best || w->queued.loadRelaxed() < best->queued.loadRelaxed())
            best = w;
    }
    if (!best || best->queued.loadRelaxed() >= m_options.maxQueuedPerWorker)
        return false;
    best->queued.ref();
    QMetaObject::invokeMethod(
        best,
        [this, best, job = std::move(job), done = std::move(done)] {
            HttpResponse response =
                best->handler
                    ? job(*best->handler)
                    : HttpResponse::error(503, QStringLiteral("busy"), QStringLiteral("no worker"));
            best->queued.deref();
            QMetaObject::invokeMethod(
                this, [done, response = std::move(response)] { done(response); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return true;
}

} // namespace fortrolig::server
