#include "consent/SignaturePad.h"

#include "app/receipt/SignatureImage.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTabletEvent>
#include <QTouchEvent>

namespace fortrolig {

SignaturePad::SignaturePad(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAccessibleName(tr("Signature"));
    setAccessibleDescription(tr("Sign here with a finger, a pen or the mouse."));
    setMinimumSize(320, 140);
    setCursor(Qt::CrossCursor);
    m_signature.canvas = size();
}

void SignaturePad::clear()
{
    m_signature.strokes.clear();
    m_drawing = false;
    update();
    Q_EMIT changed();
}

void SignaturePad::resizeEvent(QResizeEvent* event)
{
    // Strokes are kept in the coordinates of the canvas they were drawn on.
    if (m_signature.isEmpty())
        m_signature.canvas = size();
    QWidget::resizeEvent(event);
}

// Points only: the pen's pressure and the timing are not kept (Signature).
void SignaturePad::begin(QPointF at)
{
    if (m_signature.isEmpty())
        m_signature.canvas = size();
    m_drawing = true;
    m_signature.strokes.append({SignaturePoint{float(at.x()), float(at.y())}});
    update();
}

void SignaturePad::extend(QPointF at)
{
    if (!m_drawing)
        return;
    m_signature.strokes.last().append(SignaturePoint{float(at.x()), float(at.y())});
    update();
}

void SignaturePad::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    Q_EMIT changed();
}

void SignaturePad::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        begin(event->position());
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        extend(event->position());
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        extend(event->position());
        end();
    }
}

void SignaturePad::tabletEvent(QTabletEvent* event)
{
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position());
        break;
    case QEvent::TabletMove:
        extend(event->position());
        break;
    case QEvent::TabletRelease:
        end();
        break;
    default:
        break;
    }
    event->accept(); // no synthesized mouse events on top
}

bool SignaturePad::event(QEvent* e)
{
    switch (e->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto* touch = static_cast<QTouchEvent*>(e);
        if (touch->points().isEmpty())
            return true;
        const QPointF at = touch->points().first().position();
        if (e->type() == QEvent::TouchBegin)
            begin(at);
        else if (e->type() == QEvent::TouchUpdate)
            extend(at);
        else
            end();
        e->accept();
        return true;
    }
    default:
        return QWidget::event(e);
    }
}

QImage SignaturePad::render(const Signature& s, QSize size)
{
    return renderSignature(s, size);
}

void SignaturePad::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.drawImage(0, 0, render(m_signature, size()));
    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    const int line = height() - height() / 4;
    p.drawLine(16, line, width() - 16, line); // sign on the line
    if (hasFocus())
        p.drawRect(rect().adjusted(0, 0, -1, -1));
}

} // namespace fortrolig
