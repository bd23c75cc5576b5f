// The desktop session's screen lock reaches Fortrolig: run inside a private D-Bus session
// (tests/support/with-keyring.sh), where dbus-send plays the screensaver.
#include "shell/SessionWatcher.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using fortrolig::SessionWatcher;

class TestSessionWatcher : public QObject
{
    Q_OBJECT

    static void screensaver(const char* path, const char* iface, bool active)
    {
        QProcess::execute(
            QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--type=signal"),
             QString::fromLatin1(path),
             QString::fromLatin1(iface) + QStringLiteral(".ActiveChanged"),
             active ? QStringLiteral("boolean:true") : QStringLiteral("boolean:false")});
    }

private Q_SLOTS:
    void screenLockLocks()
    {
        SessionWatcher watcher;
        QVERIFY2(watcher.isWatching(), "no session bus: run through tests/support/with-keyring.sh");
        QSignalSpy spy(&watcher, &SessionWatcher::lockRequested);
        screensaver("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", false);
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0); // the screen coming back does not lock
        screensaver("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", true);
        QTRY_COMPARE(spy.count(), 1);
        screensaver("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", true);
        QTRY_COMPARE(spy.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSessionWatcher)
#include "tst_sessionwatcher.moc"
