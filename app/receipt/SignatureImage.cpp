#include "receipt/SignatureImage.h"

#include <QPainter>

namespace fortrolig {

QImage renderSignature(const Signature& s, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    if (s.canvas.isEmpty())
        return image;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double scale = std::min(double(size.width()) / s.canvas.width(),
                                  double(size.height()) / s.canvas.height());
    for (const auto& stroke : s.strokes) {
        for (qsizetype i = 0; i < stroke.size(); ++i) {
            const SignaturePoint& a = stroke[std::max<qsizetype>(0, i - 1)];
            const SignaturePoint& b = stroke[i];
            p.setPen(QPen(Qt::black, std::max(1.0, 3.0 * scale * (0.4 + 0.6 * b.pressure)),
                          Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawLine(QPointF(a.x, a.y) * scale, QPointF(b.x, b.y) * scale);
        }
    }
    return image;
}

} // namespace fortrolig
