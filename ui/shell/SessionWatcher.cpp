#include "shell/SessionWatcher.h"

#include <QLoggingCategory>
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
