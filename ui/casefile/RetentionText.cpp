// What the case view says of a case's retention (CaseView's texts).
#include "casefile/RetentionText.h"

#include "app/core/Dates.h"
#include "casefile/CaseView.h"

#include <QLocale>

namespace fortrolig {

namespace {

QString day(QDate d)
{
    return Dates::day(d);
}

QString holdText(const CaseHold& h)
{
    if (h.restriction)
        return CaseView::tr("Restricted since %1: kept as it is while the restriction is in force.")
            .arg(day(h.heldAt.date()));
    const QString who = h.fromServer ? CaseView::tr("the provider (%1)").arg(h.heldBy) : h.heldBy;
    return h.until.isValid()
               ? CaseView::tr("Held by %1 until %2: %3").arg(who, day(h.until), h.reason)
               : CaseView::tr("Held by %1 until released: %2").arg(who, h.reason);
}

// A part of the case whose rule is shorter than the case's: when it goes. Nothing while no
// course has ended (the case's own line says so).
QString partText(const PartRetention& p, bool courseOpen)
{
    const bool consents = p.part == RetentionKind::Consents;
    if (p.dueDate.isValid())
        return (consents ? CaseView::tr("On %1 the consents, with signatures and paper scans, are "
                                        "deleted, before the rest of the case (%n month(s) after "
                                        "the course ended).",
                                        nullptr, p.months)
                         : CaseView::tr("On %1 the records of what was disclosed to whom are "
                                        "deleted, before the rest of the case (%n month(s) after "
                                        "the course ended).",
                                        nullptr, p.months))
            .arg(day(p.dueDate));
    if (!courseOpen)
        return {};
    return consents
               ? CaseView::tr("The consents, with signatures and paper scans, are deleted "
                              "%n month(s) after the course ends, before the rest of the case.",
                              nullptr, p.months)
               : CaseView::tr("The records of what was disclosed to whom are deleted %n "
                              "month(s) after the course ends, before the rest of the case.",
                              nullptr, p.months);
}

// What the case view says of retention: what keeps the case, what is deleted and when, and
// which rules say so.
} // namespace

QString RetentionText::describe(const CaseRetention& r, const RetentionSetting& s, QDate today)
{
    QStringList lines;
    for (const CaseHold& h : r.holds)
        lines << holdText(h);
    if (r.held())
        lines << CaseView::tr("The case is not deleted while it is held.");
    if (r.courseOverdue)
        lines << CaseView::tr("The course's planned end (%1) has passed, but the course has not "
                              "been ended. Please end it: the retention period starts when the "
                              "course ends.")
                     .arg(day(r.facts.plannedEnd));
    if (r.dueDate.isValid()) {
        lines << CaseView::tr("On %1 everything this computer holds of the case is deleted: "
                              "notes, courses, consents, drafts and attachments (%n month(s) "
                              "after the course ended).",
                              nullptr, r.months)
                     .arg(day(r.dueDate));
        const qint64 days = today.daysTo(r.dueDate);
        if (!r.held() && days >= 0 && days <= kRetentionNoticeDays)
            lines << CaseView::tr("That is in %n day(s).", nullptr, int(days));
    } else if (r.facts.courseOpen) {
        lines << CaseView::tr("Not deleted while a course is open; deleted %n month(s) after "
                              "the course ends.",
                              nullptr, r.months);
    } else {
        lines << CaseView::tr("No course has ended: the case has no deletion date yet.");
    }
    for (const PartRetention& p : r.parts)
        if (const QString text = partText(p, r.facts.courseOpen); !text.isEmpty())
            lines << text;
    lines << (s.fromServer ? CaseView::tr("Retention rules from the server, received %1.")
                                 .arg(Dates::moment(s.receivedAt))
                           : CaseView::tr("Retention rules from this computer's settings."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace fortrolig
