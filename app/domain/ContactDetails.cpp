#include "app/domain/ContactDetails.h"

#include <QRegularExpression>

namespace fortrolig {

QString ContactDetails::problem(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return {};
    if (field == QStringLiteral("address"))
        return value.size() <= 200 ? QString() : tr("An address is at most 200 characters.");
    if (field == QStringLiteral("phone")) {
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ]+$"));
        static const QRegularExpression digit(QStringLiteral("[0-9]"));
        const qsizetype digits = value.count(digit);
        return phone.match(value).hasMatch() && digits >= 8 && digits <= 15
                   ? QString()
                   : tr("A phone number is 8 to 15 digits; spaces and a + in front may be "
                        "written.");
    }
    if (field == QStringLiteral("email")) {
        static const QRegularExpression mail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return value.size() <= 254 && mail.match(value).hasMatch()
                   ? QString()
                   : tr("An e-mail address is written name@place.dk.");
    }
    return tr("Not a contact detail.");
}

} // namespace fortrolig
