#include "app/consent/Signature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace fortrolig {

double Signature::inkLength() const
{
    double length = 0;
    for (const auto& stroke : strokes) {
        for (qsizetype i = 1; i < stroke.size(); ++i)
            length += std::hypot(stroke[i].x - stroke[i - 1].x, stroke[i].y - stroke[i - 1].y);
    }
    return length;
}

QByteArray Signature::toJson() const
{
    // Format 2: [x, y] per point, to a tenth of a pixel. Format 1, for a record read as it
    // was: [x, y, pressure, ms] (its times are not kept in memory: written as 0).
    QJsonArray all;
    for (const auto& stroke : strokes) {
        QJsonArray points;
        for (const SignaturePoint& p : stroke)
            points.append(format == 1
                              ? QJsonArray{double(p.x), double(p.y), double(p.pressure), 0}
                              : QJsonArray{std::round(p.x * 10) / 10, std::round(p.y * 10) / 10});
        all.append(points);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), format == 1 ? 1 : 2},
                                     {QStringLiteral("width"), canvas.width()},
                                     {QStringLiteral("height"), canvas.height()},
                                     {QStringLiteral("strokes"), all}})
        .toJson(QJsonDocument::Compact);
}

Result<Signature> Signature::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Signature s;
    s.format = o.value(QStringLiteral("format")).toInt();
    if (s.format != 1 && s.format != 2)
        return Error(ErrorCode::InvalidInput, QStringLiteral("signature format"));
    s.canvas =
        QSize(o.value(QStringLiteral("width")).toInt(), o.value(QStringLiteral("height")).toInt());
    if (s.canvas.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("signature canvas"));
    const qsizetype size = s.format == 1 ? 4 : 2;
    for (const QJsonValue& sv : o.value(QStringLiteral("strokes")).toArray()) {
        QList<SignaturePoint> stroke;
        for (const QJsonValue& pv : sv.toArray()) {
            const QJsonArray p = pv.toArray();
            if (p.size() != size)
                return Error(ErrorCode::InvalidInput, QStringLiteral("signature point"));
            stroke << SignaturePoint{float(p[0].toDouble()), float(p[1].toDouble()),
                                     s.format == 1 ? float(p[2].toDouble()) : 1.0f};
        }
        s.strokes << stroke;
    }
    return s;
}

} // namespace fortrolig
