#pragma once

#include "app/consent/Signature.h"

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

namespace fortrolig {

// Where the citizen (or the holder of parental responsibility) signs: mouse, touch or pen,
// with the pen's pressure where there is a tablet. Clear and sign again at will.
class SignaturePad : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturePad(QWidget* parent = nullptr);
    const Signature& signature() const { return m_signature; }
    void clear();
    // The strokes drawn anew on white at `size`: the same strokes give the same image.
    static QImage render(const Signature& signature, QSize size);
    QSize sizeHint() const override { return {640, 220}; }

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void begin(QPointF at, float pressure);
    void extend(QPointF at, float pressure);
    void end();
    Signature m_signature;
    bool m_drawing = false;
    QElapsedTimer m_clock;
};

} // namespace fortrolig
