#include "app/domain/ReferralForm.h"

#include "app/domain/Cpr.h"

namespace fortrolig {

ReferralForm::Check ReferralForm::check() const
{
    Check c;
    if (name.simplified().isEmpty())
        c.errors << tr("Write the citizen's name.");
    Cpr::ParseError why = Cpr::ParseError::None;
    const auto parsed = Cpr::parse(cpr, &why);
    if (cpr.trimmed().isEmpty())
        c.errors << tr("Write the CPR number (DDMMYY-SSSS).");
    else if (why == Cpr::ParseError::Format)
        c.errors << tr("A CPR number has 10 digits: DDMMYY-SSSS.");
    else if (why == Cpr::ParseError::InvalidDate)
        c.errors << tr("The CPR number's first six digits are not a real date.");
    else if (parsed && !parsed->passesModulus11())
        c.warnings << tr("The CPR number does not pass the modulus 11 check. Numbers issued since "
                         "2007 need not; check it against the referral, then save.");
    if (municipality.simplified().isEmpty())
        c.errors << tr("Choose the referring municipality.");
    if (courseType.simplified().isEmpty())
        c.errors << tr("Choose the course type.");
    if (!startDate.isValid())
        c.errors << tr("Choose the start date.");
    if (plannedEnd.isValid() && startDate.isValid() && plannedEnd < startDate)
        c.errors << tr("The planned end is before the start.");
    if (referralDate.isValid() && startDate.isValid() && referralDate > startDate)
        c.warnings << tr("The referral date is after the start date.");
    return c;
}

} // namespace fortrolig
