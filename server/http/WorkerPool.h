#pragma once

#include "core/Error.h"
#include "http/HttpMessage.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <vector>

namespace fortrolig::server {

// Answers one request. Each worker thread has its own (with its own database connection).
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual HttpResponse handle(const HttpRequest& request) = 0;
};

// A fixed set of threads that answer requests, so that TLS and parsing on the network thread
// never wait for the database, and a slow query holds up one worker, not the server.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    // Called once in each worker thread: a handler that lives and dies there.
    using Factory = std::function<Result<std::unique_ptr<RequestHandler>>()>;

    WorkerPool(int workers, Factory factory, int maxQueuedPerWorker = 64);
    ~WorkerPool() override;

    Error start();
    void stop();
    int size() const { return int(m_workers.size()); }

    // Runs `request` on the least busy worker; `done` runs on this object's thread. Returns
    // false, without running anything, when every worker's queue is full.
    bool submit(HttpRequest request, std::function<void(HttpResponse)> done);

private:
    class Worker;
    Factory m_factory;
    int m_maxQueued;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<Worker*> m_workers;
    int m_count;
};

} // namespace fortrolig::server
