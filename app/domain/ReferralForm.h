#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace fortrolig {

// A new citizen and course from a jobcentre's referral, as typed. The rules that decide
// whether the form may be saved live here, not in the dialog, so tests call them directly.
struct ReferralForm
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::ReferralForm)
public:
    QString name;
    QString cpr;
    QString municipality;
    QString courseType;
    QDate referralDate;
    QDate startDate;
    QDate plannedEnd;

    struct Check
    {
        QStringList errors;   // the form cannot be saved while any is there
        QStringList warnings; // shown, but saving is allowed
        bool ok() const { return errors.isEmpty(); }
    };
    Check check() const;
};

} // namespace fortrolig
