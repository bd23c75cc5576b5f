#include "http/WorkerPool.h"

#include <QAtomicInteger>

namespace fortrolig::server {

class WorkerPool::Worker : public QObject
{
public:
    std::unique_ptr<RequestHandler> handler;
    QAtomicInteger<int> queued = 0;
};

WorkerPool::WorkerPool(int workers, Factory factory, int maxQueuedPerWorker)
    : m_factory(std::move(factory)), m_maxQueued(maxQueuedPerWorker), m_count(qMax(1, workers))
{
}

WorkerPool::~WorkerPool()
{
    stop();
}

Error WorkerPool::start()
{
    for (int i = 0; i < m_count; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("worker-") + QString::number(i));
        auto* worker = new Worker;
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        Error made;
        // The handler (and its database connection) must be made in the thread that uses it.
        QMetaObject::invokeMethod(
            worker,
            [this, worker, &made] {
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

bool WorkerPool::submit(HttpRequest request, std::function<void(HttpResponse)> done)
{
    Worker* best = nullptr;
    for (Worker* w : m_workers) {
        if (!best || w->queued.loadRelaxed() < best->queued.loadRelaxed())
            best = w;
    }
    if (!best || best->queued.loadRelaxed() >= m_maxQueued)
        return false;
    best->queued.ref();
    QMetaObject::invokeMethod(
        best,
        [this, best, request = std::move(request), done = std::move(done)] {
            HttpResponse response =
                best->handler
                    ? best->handler->handle(request)
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
