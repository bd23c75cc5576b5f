#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

namespace fortrolig::test {

// Runs `fill` once a modal dialog with this name shows, without blocking the event loop
// that has to open it (for a dialog that opens later, after work elsewhere is done).
template <typename F> void whenDialogShows(const QString& objectName, F fill)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, objectName, fill] {
        auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!d || d->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        fill(d);
    });
    timer->start();
}

} // namespace fortrolig::test
