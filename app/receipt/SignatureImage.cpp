#include "app/receipt/SignatureImage.h"

#include <QPainter>

namespace fortrolig {

QImage renderSignature(const Signature& s, QSize size, bool fitInk)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    if (s.canvas.isEmpty())
        return image;
    // The whole pad, or (for a receipt) just the ink with a margin, so a signature drawn in a
    // corner of a wide pad is not printed tiny.
    QRectF area(QPointF(0, 0), QSizeF(s.canvas));
    if (fitInk && !s.isEmpty()) {
        QRectF ink;
        for (const auto& stroke : s.strokes) {
            for (const SignaturePoint& pt : stroke)
                ink |= QRectF(pt.x, pt.y, 1, 1);
        }
        const double margin = 0.05 * std::max(ink.width(), ink.height());
        area = ink.adjusted(-margin, -margin, margin, margin);
    }
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double scale =
        std::min(double(size.width()) / area.width(), double(size.height()) / area.height());
    const QPointF origin = area.topLeft();
    for (const auto& stroke : s.strokes) {
        for (qsizetype i = 0; i < stroke.size(); ++i) {
            const SignaturePoint& a = stroke[std::max<qsizetype>(0, i - 1)];
            const SignaturePoint& b = stroke[i];
            p.setPen(QPen(Qt::black, std::max(1.0, 3.0 * scale * (0.4 + 0.6 * b.pressure)),
                          Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawLine((QPointF(a.x, a.y) - origin) * scale, (QPointF(b.x, b.y) - origin) * scale);
        }
    }
    return image;
}

} // namespace fortrolig
