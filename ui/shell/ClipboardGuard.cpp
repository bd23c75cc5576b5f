#include "shell/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QKeyEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace fortrolig {

namespace {
QByteArray fingerprintOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(30000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfOurs);
}

ClipboardGuard::~ClipboardGuard()
{
    clearIfOurs();
}

void ClipboardGuard::copy(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    // KDE Klipper and others honour this hint; Windows: not kept in history or cloud
    // clipboard; macOS: the concealed type of nspasteboard.org.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
                  QByteArrayLiteral("1"));
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArray());
    QApplication::clipboard()->setMimeData(mime);
    m_fingerprint = fingerprintOf(text);
    m_timer.start();
}

void ClipboardGuard::guard(QWidget* textWidget)
{
    textWidget->installEventFilter(this);
    textWidget->setContextMenuPolicy(Qt::NoContextMenu);
}

bool ClipboardGuard::eventFilter(QObject* watched, QEvent* event)
{
    const bool shortcut = event->type() == QEvent::ShortcutOverride;
    if ((shortcut || event->type() == QEvent::KeyPress) &&
        (static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy) ||
         static_cast<QKeyEvent*>(event)->matches(QKeySequence::Cut))) {
        if (shortcut) { // claim the key so that the widget's own copy never runs
            event->accept();
            return true;
        }
        QString selected;
        if (auto* edit = qobject_cast<QTextEdit*>(watched))
            selected = edit->textCursor().selectedText();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(watched))
            selected = plain->textCursor().selectedText();
        if (!selected.isEmpty())
            copy(selected.replace(QChar::ParagraphSeparator, QLatin1Char('\n')));
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void ClipboardGuard::clearIfOurs()
{
    m_timer.stop();
    if (m_fingerprint.isEmpty() || !QApplication::instance())
        return;
    if (fingerprintOf(QApplication::clipboard()->text()) == m_fingerprint)
        QApplication::clipboard()->clear();
    m_fingerprint.clear();
}

} // namespace fortrolig
