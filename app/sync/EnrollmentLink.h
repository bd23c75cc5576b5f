#pragma once

#include "app/core/Error.h"

#include <QString>
#include <QUrl>

namespace fortrolig {

// What a device needs to join a provider's server, as the administrator hands it over:
// typed in three fields, or as one link
//   fortrolig://enroll?server=https%3A%2F%2Fhost%3A8443&code=ABCD-EFGH-...&pin=sha256%2F...
struct EnrollmentLink
{
    QUrl server; // https only
    QString code;
    QString pin;

    QString toString() const;
    // Checks all three (the server is https with a host, the pin is a well-formed sha256 pin).
    static Result<EnrollmentLink> parse(const QString& link);
    static Result<EnrollmentLink> from(const QString& server, const QString& code,
                                       const QString& pin);
};

} // namespace fortrolig
