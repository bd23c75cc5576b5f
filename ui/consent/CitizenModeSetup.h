#pragma once

#include "app/consent/Consent.h"

#include <QDate>
#include <QList>
#include <QString>

namespace fortrolig {

// What the consultant prepares before turning the screen to the citizen: the case, the form,
// the recipients the citizen will be asked about (named ones typed by the consultant), and
// where the meeting is. Citizen mode shows nothing of the journal beyond this.
struct CitizenModeSetup
{
    QString citizenId;
    QString citizenName;
    QDate birthDate; // from the CPR number: under 15, the holder of parental responsibility signs
    QString courseId;
    QString municipality; // the controller, as the form names it
    QString provider;     // the processor
    QString templateId;
    QString language; // the form's language to begin with; the citizen may choose another
    QString place;
    QList<Recipient> recipients;
};

} // namespace fortrolig
