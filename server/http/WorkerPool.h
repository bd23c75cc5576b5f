#pragma once

#include "app/core/Error.h"
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
    // Before a large body is read: may the sender of these headers (no body yet) send it?
    // Status 100 with logPrincipal set to the device that may; otherwise the refusal.
    virtual HttpResponse admit(const HttpRequest& head) = 0;
};

// A fixed set of threads that answer requests, so that TLS and parsing on the network thread
// never wait for the database, and a slow query holds up one worker, not the server. The
// server has two: one for sync and one, small and of lower priority, for password hashing
// (logins), so that a crowd of logins cannot hold up anyone's sync.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    // Called once in each worker thread: a handler that lives and dies there.
    using Factory = std::function<Result<std::unique_ptr<RequestHandler>>()>;
    using Job = std::function<HttpResponse(RequestHandler&)>;

    struct Options
    {
        int workers = 2;
        int maxQueuedPerWorker = 64; // waiting and running
        bool lowPriority = false;    // the threads yield the CPU to everything else
        QString name = QStringLiteral("worker");
    };

    WorkerPool(Options options, Factory factory);
    ~WorkerPool() override;

    Error start();
    void stop();
    int size() const { return int(m_workers.size()); }
    int queued() const; // requests waiting or running, over all workers
    int capacity() const { return size() * m_options.maxQueuedPerWorker; }

    // Runs `request` on the least busy worker; `done` runs on this object's thread. Returns
    // false, without running anything, when every worker's queue is full.
    bool submit(HttpRequest request, std::function<void(HttpResponse)> done);
    bool submitJob(Job job, std::function<void(HttpResponse)> done);

private:
    class Worker;
    Options m_options;
    Factory m_factory;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<Worker*> m_workers;
};

} // namespace fortrolig::server
