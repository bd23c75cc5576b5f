#include "app/journal/Event.h"

#include "app/crypto/SecureBytes.h"

#include <QDateTime>
#include <QJsonDocument>
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
    // 8-4-4-4-12 lower-case hex digits (by hand: a regular expression was a few percent of a
    // pull, which checks every id it receives).
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
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
