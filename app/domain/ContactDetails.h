#pragma once

#include <QCoreApplication>
#include <QString>

namespace fortrolig {

// The citizen's contact details (address, phone, email: EventRules::citizenContactFields),
// as they may be kept: empty (none given, or cleared), an address of up to 200 characters, a
// phone number of 8 to 15 digits (spaces and a leading + allowed), an e-mail address.
class ContactDetails
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::ContactDetails)
public:
    // What is wrong with `value` (already simplified) for `field`, in words; empty if nothing.
    static QString problem(const QString& field, const QString& value);
};

} // namespace fortrolig
