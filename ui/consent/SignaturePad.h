#pragma once

#include "app/consent/Signature.h"

#include <QImage>
#include <QWidget>

namespace fortrolig {

// Where the citizen (or the holder of parental responsibility) signs: mouse, touch or pen.
// Only the points are kept, not the pen's pressure nor the timing (Signature). Clear and
// sign again at will.
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
    void begin(QPointF at);
    void extend(QPointF at);
    void end();
    Signature m_signature;
    bool m_drawing = false;
};

} // namespace fortrolig
