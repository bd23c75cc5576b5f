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
    QJsonArray all;
    for (const auto& stroke : strokes) {
        QJsonArray points;
        for (const SignaturePoint& p : stroke)
            points.append(QJsonArray{double(p.x), double(p.y), double(p.pressure), double(p.ms)});
        all.append(points);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                     {QStringLiteral("width"), canvas.width()},
                                     {QStringLiteral("height"), canvas.height()},
                                     {QStringLiteral("strokes"), all}})
        .toJson(QJsonDocument::Compact);
}

Result<Signature> Signature::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(QStringLiteral("format")).toInt() != 1)
        return Error(ErrorCode::InvalidInput, QStringLiteral("signature format"));
    Signature s;
    s.canvas =
        QSize(o.value(QStringLiteral("width")).toInt(), o.value(QStringLiteral("height")).toInt());
    if (s.canvas.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("signature canvas"));
    for (const QJsonValue& sv : o.value(QStringLiteral("strokes")).toArray()) {
        QList<SignaturePoint> stroke;
        for (const QJsonValue& pv : sv.toArray()) {
            const QJsonArray p = pv.toArray();
            if (p.size() != 4)
                return Error(ErrorCode::InvalidInput, QStringLiteral("signature point"));
            stroke << SignaturePoint{float(p[0].toDouble()), float(p[1].toDouble()),
                                     float(p[2].toDouble()), qint64(p[3].toDouble())};
        }
        s.strokes << stroke;
    }
    return s;
}

} // namespace fortrolig
