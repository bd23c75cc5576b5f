#include "app/journal/Event.h"

#include "app/crypto/SecureBytes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <sodium.h>

namespace fortrolig {

QByteArray Event::payloadJson() const
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QJsonObject Event::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), type},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("author"), author},
            {QStringLiteral("device"), device},
            {QStringLiteral("localTime"), localTime},
            {QStringLiteral("schemaVersion"), schemaVersion},
            {QStringLiteral("payload"), payload}};
}

Event Event::fromJson(const QJsonObject& json)
{
    Event e;
    e.id = json.value(QStringLiteral("id")).toString();
    e.type = json.value(QStringLiteral("type")).toString();
    e.subject = json.value(QStringLiteral("subject")).toString();
    e.author = json.value(QStringLiteral("author")).toString();
    e.device = json.value(QStringLiteral("device")).toString();
    e.localTime = json.value(QStringLiteral("localTime")).toString();
    e.schemaVersion = json.value(QStringLiteral("schemaVersion")).toInt(kSchemaVersion);
    e.payload = json.value(QStringLiteral("payload")).toObject();
    return e;
}

bool isUuid(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return text.size() == 36 && re.match(text).hasMatch();
}

QString newId()
{
    // UUID version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits.
    // Ids made one after another sort next to each other, so the unique indexes on them grow
    // at one end instead of touching a random page for every row: less I/O, and in an
    // encrypted journal fewer pages to decrypt and re-encrypt per note.
    ensureSodium();
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F)); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(b), sizeof b))
        .toString(QUuid::WithoutBraces);
}

} // namespace fortrolig
