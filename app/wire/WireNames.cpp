#include "app/wire/WireNames.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fortrolig::protocol {

QByteArray errorBody(const QString& code, const QString& message, const QString& epoch)
{
    QJsonObject o{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    if (!epoch.isEmpty())
        o.insert(QStringLiteral("epoch"), epoch);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace fortrolig::protocol
