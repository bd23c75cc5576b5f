#pragma once

#include <QObject>

namespace fortrolig {

// Tells when the desktop session locks its screen or the machine goes to sleep, so that
// Fortrolig locks too. Linux: the screensaver's ActiveChanged on the session bus (freedesktop
// and GNOME) and logind's PrepareForSleep on the system bus. Elsewhere: not yet.
class SessionWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SessionWatcher(QObject* parent = nullptr);
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    void lockRequested();

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void prepareForSleep(bool start);

private:
    bool m_watching = false;
};

} // namespace fortrolig
