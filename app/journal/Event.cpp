#include "journal/Event.h"

#include <QJsonDocument>
#include <QUuid>

namespace fortrolig {

QByteArray Event::payloadJson() const
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace fortrolig
