#include "shell/SessionWatcher.h"

#include "app/platform/Platform.h"

#include <QAbstractNativeEventFilter>
#include <QCoreApplication>
#include <QLoggingCategory>
#ifdef Q_OS_WIN
#include <windows.h>
#endif
#ifdef FORTROLIG_HAVE_DBUS
#include <QDBusConnection>
#endif

Q_LOGGING_CATEGORY(lcSession, "fortrolig.session")

namespace fortrolig {

SessionWatcher::SessionWatcher(QObject* parent) : QObject(parent)
{
#ifdef FORTROLIG_HAVE_DBUS
    // QDBusConnection::connect only takes SLOT() strings: the one place we use them.
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        m_watching |= session.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                                      QStringLiteral("org.freedesktop.ScreenSaver"),
                                      QStringLiteral("ActiveChanged"), this,
                                      SLOT(screenSaverActiveChanged(bool)));
        m_watching |= session.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"),
                                      QStringLiteral("org.gnome.ScreenSaver"),
                                      QStringLiteral("ActiveChanged"), this,
                                      SLOT(screenSaverActiveChanged(bool)));
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        m_watching |= system.connect(
            QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            this, SLOT(prepareForSleep(bool)));
    }
#endif
    qCInfo(lcSession) << "watching screen lock and sleep:" << m_watching;
}

namespace {

// The window messages that mean "lock", as the main window's procedure gets them.
class LockMessages : public QAbstractNativeEventFilter
{
public:
    explicit LockMessages(SessionWatcher* watcher) : m_watcher(watcher) {}
    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr*) override
    {
#ifdef Q_OS_WIN
        if (eventType == "windows_generic_MSG") {
            const auto* msg = static_cast<const MSG*>(message);
            if (platform::isLockMessage(msg->message, std::uintptr_t(msg->wParam),
                                        std::intptr_t(msg->lParam)))
                QMetaObject::invokeMethod(m_watcher, &SessionWatcher::lockRequested,
                                          Qt::QueuedConnection);
        }
#else
        Q_UNUSED(eventType)
        Q_UNUSED(message)
#endif
        return false; // the window's own handling goes on
    }

private:
    SessionWatcher* m_watcher;
};

} // namespace

SessionWatcher::~SessionWatcher()
{
    if (m_window)
        platform::stopWatchingSession(reinterpret_cast<void*>(m_window));
}

void SessionWatcher::watchWindow(WId window)
{
#ifdef Q_OS_WIN
    if (m_window || !platform::watchSession(reinterpret_cast<void*>(window)))
        return;
    m_window = window;
    m_filter = std::make_unique<LockMessages>(this);
    QCoreApplication::instance()->installNativeEventFilter(m_filter.get());
    m_watching = true;
    qCInfo(lcSession) << "watching the Windows session's lock, disconnect and sleep";
#else
    Q_UNUSED(window)
#endif
}

void SessionWatcher::screenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT lockRequested();
}

void SessionWatcher::prepareForSleep(bool start)
{
    if (start)
        Q_EMIT lockRequested();
}

} // namespace fortrolig
