#pragma once

#include <QObject>
#include <QTimer>

namespace fortrolig {

// Copies sensitive text (a CPR number, a note) marked as concealed for clipboard managers
// where the platform has such a mark, and clears it after 30 seconds and at quit, if the
// clipboard still holds what we put there.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(QObject* parent = nullptr);
    ~ClipboardGuard() override;
    void copy(const QString& text);
    void clearIfOurs();
    void setClearAfter(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Routes Ctrl+C (and the like) of a text widget through copy(), so that copying a note's
    // text is concealed and cleared too; its context menu is turned off for the same reason.
    void guard(QWidget* textWidget);
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    QByteArray m_fingerprint; // a hash of what we copied, not the text itself
};

} // namespace fortrolig
