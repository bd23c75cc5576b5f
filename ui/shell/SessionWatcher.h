#pragma once

#include <QObject>
#include <QtGui/qwindowdefs.h>
#include <memory>

class QAbstractNativeEventFilter;

namespace fortrolig {

// Tells when the desktop session locks its screen or the machine goes to sleep, so that
// Fortrolig locks too. Linux: the screensaver's ActiveChanged on the session bus (freedesktop
// and GNOME) and logind's PrepareForSleep on the system bus. Windows: the session and power
// messages to the main window (app/platform decides which mean "lock"; watchWindow). macOS:
// not yet (docs/platforms.md).
class SessionWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SessionWatcher(QObject* parent = nullptr);
    ~SessionWatcher() override;
    bool isWatching() const { return m_watching; }
    // Windows: registers the main window for the session's notices and hears its messages.
    // Elsewhere nothing.
    void watchWindow(WId window);

Q_SIGNALS:
    void lockRequested();

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void prepareForSleep(bool start);

private:
    bool m_watching = false;
    WId m_window = 0;
    std::unique_ptr<QAbstractNativeEventFilter> m_filter;
};

} // namespace fortrolig
