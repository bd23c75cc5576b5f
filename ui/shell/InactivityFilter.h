#pragma once

#include <QObject>
#include <QTimer>

namespace fortrolig {

// Watches every input event of the application; when none came for the timeout, emits
// idle() once (the window then locks). Installed on the QApplication.
class InactivityFilter : public QObject
{
    Q_OBJECT
public:
    explicit InactivityFilter(QObject* parent = nullptr);
    void setTimeout(int milliseconds);
    void setActive(bool active); // only while unlocked
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void idle();

private:
    QTimer m_timer;
};

} // namespace fortrolig
