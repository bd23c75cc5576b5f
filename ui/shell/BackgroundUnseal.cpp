#include "shell/BackgroundUnseal.h"

#include "app/crypto/KeyVault.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace fortrolig {

void unsealInBackground(QObject* context, const WrappedKey& wrapped, QByteArray& typed,
                        std::function<void(Result<SecureBytes>)> done)
{
    auto pass = std::make_shared<SecureBytes>(SecureBytes::takeFrom(typed));
    auto* watcher = new QFutureWatcher<Result<SecureBytes>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         Result<SecureBytes> key = watcher->future().takeResult();
                         watcher->deleteLater();
                         done(std::move(key));
                     });
    // KeyVault::unseal touches only its arguments: safe on a worker thread.
    watcher->setFuture(
        QtConcurrent::run([wrapped, pass] { return KeyVault::unseal(wrapped, *pass); }));
}

} // namespace fortrolig
