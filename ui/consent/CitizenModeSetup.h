#pragma once

#include "app/consent/Consent.h"
#include "app/consent/ConsentTemplate.h"

#include <QDate>
#include <QList>
#include <QString>

namespace fortrolig {

// What the consultant prepares before turning the screen to the citizen: the case, the form,
// whom the citizen will be asked about (named ones typed by the consultant), which way (may
// we tell them, may we get information from them, or both) and why, and where the meeting
// is. Citizen mode shows nothing of the journal beyond this.
struct CitizenModeSetup
{
    // One recipient on the consultant's list. The purpose is one of the form's (by id, so it
    // is shown in whichever language the citizen chooses) or, for "other", typed.
    struct Ask
    {
        Recipient recipient;
        bool tell = true;
        bool obtain = false;
        QString purposeId = {};
        QString purposeText = {};
    };

    QString citizenId;
    QString citizenName;
    QDate birthDate; // from the CPR number: under 15, the holder of parental responsibility signs
    QString courseId;
    QString courseType; // the course named on the form (format 3), with its start
    QDate courseStart;
    int retentionMonths = 6; // after the course ends (the journal's rule for the municipality)
    QString municipality;    // the controller, as the form names it
    QString provider;        // the processor
    QString providerContact; // how the citizen reaches it to withdraw (format 3)
    QString templateId;
    QString language; // the form's language to begin with; the citizen may choose another
    QString place;
    QList<Ask> asks;

    bool obtains() const
    {
        for (const Ask& a : asks)
            if (a.obtain)
                return true;
        return false;
    }
    // The questions in the order they are asked (for each recipient: tell, then obtain), the
    // purposes in `form`'s language.
    QList<ConsentQuestion> questionsIn(const ConsentTemplate& form) const
    {
        QList<ConsentQuestion> out;
        for (const Ask& a : asks) {
            QString purpose = a.purposeText;
            for (const ConsentTemplate::Purpose& p : form.purposes())
                if (p.id == a.purposeId)
                    purpose = p.label;
            if (a.tell)
                out << ConsentQuestion{a.recipient, Direction::Tell, purpose};
            if (a.obtain)
                out << ConsentQuestion{a.recipient, Direction::Obtain, purpose};
        }
        return out;
    }
};

} // namespace fortrolig
