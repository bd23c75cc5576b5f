// ServerCli: retention (rules, the deletion run, holds) and the deletion list for the
// municipality.
#include "admin/ServerCli.h"

#include "admin/PdfTable.h"

#include <QDateTime>
#include <QSaveFile>
#include <QTimeZone>

namespace fortrolig::server {

namespace {

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

// A CSV field: quoted when it holds a separator, a quote or a line break.
QString csv(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

int ServerCli::retention(Admin& admin, const QString& sub)
{
    RetentionService& r = admin.retention();
    if (sub == QStringLiteral("show")) {
        auto rules = r.rules();
        if (!rules.ok())
            return fail(rules.error());
        m_out << tr("Default (municipalities without a rule of their own):") << Qt::endl;
        for (RetentionKind k : allRetentionKinds())
            m_out << "  " << nameOf(k) << '\t'
                  << (caseParts().contains(k) && !rules->ruleMonths({}, k)
                          ? tr("with the case")
                          : tr("%n month(s) after the course ended", nullptr, rules->months({}, k)))
                  << Qt::endl;
        QString last;
        for (const RetentionRule& rule : rules->rules()) {
            if (rule.municipality.isEmpty())
                continue;
            if (rule.municipality != last)
                m_out << rule.municipality << ':' << Qt::endl;
            last = rule.municipality;
            // A part is never kept longer than its case: the months that apply are shown.
            m_out << "  " << nameOf(rule.kind) << '\t'
                  << tr("%n month(s) after the course ended", nullptr,
                        rules->months(rule.municipality, rule.kind))
                  << Qt::endl;
        }
        return 0;
    }
    if (sub == QStringLiteral("set")) {
        const auto kind = retentionKindOf(m_positional.value(2));
        bool number = false;
        const int months = m_positional.value(3).toInt(&number);
        if (!kind || !number)
            return usageError(tr("retention set needs a kind (case, access-log, sync-problems, "
                                 "consents, disclosures) and a number of months"));
        const RetentionRule rule{value(QStringLiteral("--municipality")), *kind, months};
        if (Error e = r.setRule(rule, actorName()))
            return fail(e);
        m_out << tr("%1 for %2: %n month(s) after the course ended. Laptops receive the rule at "
                    "their next sync.",
                    nullptr, months)
                     .arg(nameOf(*kind),
                          rule.municipality.isEmpty() ? tr("the default") : rule.municipality)
              << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("run"))
        return retentionRun(r);
    return usageError(tr("unknown command: retention %1").arg(sub));
}

int ServerCli::retentionRun(RetentionService& r)
{
    const bool dryRun = m_options.contains(QStringLiteral("--dry-run"));
    auto run = r.run(r.today(), dryRun);
    if (!run.ok())
        return fail(run.error());
    for (const CaseDue& d : run->deleted)
        m_out << d.citizenId << '\t'
              << (d.facts.municipality.isEmpty() ? QStringLiteral("-") : d.facts.municipality)
              << '\t' << tr("course ended %1").arg(isoDate(d.facts.courseEnd)) << '\t'
              << tr("due %1").arg(isoDate(d.due)) << Qt::endl;
    for (const CaseDue& d : run->held)
        m_out << d.citizenId << '\t'
              << (d.hold ? tr("held (by %1, %2)")
                               .arg(d.hold->heldBy, d.hold->until.isValid()
                                                        ? tr("until %1").arg(isoDate(d.hold->until))
                                                        : tr("until released"))
                         : tr("restricted (GDPR art. 18): kept until the restriction is lifted"))
              << Qt::endl;
    for (const CaseDue& d : run->notHandedOver)
        m_out << d.citizenId << '\t'
              << (d.facts.municipality.isEmpty() ? QStringLiteral("-") : d.facts.municipality)
              << '\t' << tr("not handed over to the municipality") << '\t'
              << tr("due %1").arg(isoDate(d.due)) << Qt::endl;
    for (const PartDue& d : run->partsDeleted)
        m_out << d.of.citizenId << '\t' << nameOf(d.part) << '\t'
              << (d.of.facts.municipality.isEmpty() ? QStringLiteral("-") : d.of.facts.municipality)
              << '\t' << tr("course ended %1").arg(isoDate(d.of.facts.courseEnd)) << '\t'
              << tr("due %1").arg(isoDate(d.due)) << Qt::endl;
    m_out << (dryRun
                  ? tr("Dry run: %n case(s) would be deleted.", nullptr, int(run->deleted.size()))
                  : tr("%n case(s) deleted.", nullptr, int(run->deleted.size())))
          << ' ' << tr("%n held.", nullptr, int(run->held.size())) << Qt::endl;
    if (!run->partsDeleted.isEmpty() || !run->partsHeld.isEmpty())
        m_out << (dryRun ? tr("Dry run: consents or disclosure records of %n case(s) would be "
                              "deleted before the rest of the case.",
                              nullptr, int(run->partsDeleted.size()))
                         : tr("Consents or disclosure records of %n case(s) deleted before the "
                              "rest of the case.",
                              nullptr, int(run->partsDeleted.size())))
              << ' ' << tr("%n held.", nullptr, int(run->partsHeld.size())) << Qt::endl;
    if (!run->notHandedOver.isEmpty())
        m_out << tr("%n case(s) due within %1 days have a course not handed over to the "
                    "municipality: the consultant hands it over (\"Hand over to the jobcentre\") "
                    "before the case is deleted.",
                    nullptr, int(run->notHandedOver.size()))
                     .arg(kRetentionNoticeDays)
              << Qt::endl;
    if (run->logEntriesPruned > 0)
        m_out << (dryRun ? tr("Dry run: %n access-log entry(s) of the devices are past the log's "
                              "own period and would be deleted.",
                              nullptr, int(run->logEntriesPruned))
                         : tr("%n access-log entry(s) of the devices past the log's own period "
                              "deleted.",
                              nullptr, int(run->logEntriesPruned)))
              << Qt::endl;
    if (run->failed > 0) {
        m_err << tr("%n case(s) could not be deleted now; the next run tries again.", nullptr,
                    run->failed)
              << Qt::endl;
        return 1;
    }
    return 0;
}

int ServerCli::caseHold(Admin& admin, const QString& sub, const QString& citizen)
{
    RetentionService& r = admin.retention();
    if (sub == QStringLiteral("release")) {
        if (Error e = r.release(citizen, actorName()))
            return fail(e);
        m_out << tr("The hold is released; the case is deleted when its rule says.") << Qt::endl;
        return 0;
    }
    const QString until = value(QStringLiteral("--until"));
    RetentionHold h{citizen, value(QStringLiteral("--reason")), {}, {}};
    if (!until.isEmpty()) {
        h.until = QDate::fromString(until, Qt::ISODate);
        if (!h.until.isValid())
            return usageError(tr("--until takes a date, YYYY-MM-DD"));
    }
    if (h.reason.trimmed().isEmpty())
        return usageError(tr("case hold needs --reason TEXT (why the case must be kept)"));
    if (Error e = r.hold(h, actorName()))
        return fail(e);
    m_out << (h.until.isValid()
                  ? tr("The case is held until %1: it is not deleted before.").arg(isoDate(h.until))
                  : tr("The case is held until released: it is not deleted."))
          << Qt::endl;
    return 0;
}

int ServerCli::deletionList(Admin& admin)
{
    const QString municipality = value(QStringLiteral("--municipality"));
    const QDate month =
        QDate::fromString(value(QStringLiteral("--month")) + QStringLiteral("-01"), Qt::ISODate);
    const QString format = value(QStringLiteral("--format"));
    const QString to = value(QStringLiteral("--to"));
    if (municipality.isEmpty() || !month.isValid())
        return usageError(tr("deletion-list needs --municipality NAME and --month YYYY-MM"));
    if (!format.isEmpty() && format != QStringLiteral("csv") && format != QStringLiteral("pdf"))
        return usageError(tr("--format: csv or pdf"));
    if (format == QStringLiteral("pdf") && to.isEmpty())
        return usageError(tr("--format pdf needs --to FILE.pdf"));
    auto list = admin.retention().deletionList(municipality, month);
    if (!list.ok())
        return fail(list.error());
    // The columns the municipality's own records need; no name, no CPR number.
    const QStringList header{
        QStringLiteral("internal_reference"), QStringLiteral("municipality_reference"),
        QStringLiteral("municipality"),       QStringLiteral("course_end"),
        QStringLiteral("deleted_at"),         QStringLiteral("reason"),
        QStringLiteral("rule_months")};
    QList<QStringList> rows;
    for (const LedgerEntry& e : list.value())
        rows << QStringList{e.citizenId,
                            QString(),
                            e.municipality,
                            e.courseEnd.isValid() ? e.courseEnd.toString(Qt::ISODate) : QString(),
                            QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODate),
                            e.reason,
                            e.months > 0 ? QString::number(e.months) : QString()};
    if (format == QStringLiteral("pdf"))
        return writeDeletionPdf(municipality, month, header, rows, to);
    m_out << header.join(QLatin1Char(',')) << Qt::endl;
    for (const QStringList& r : std::as_const(rows)) {
        QStringList cells;
        for (const QString& c : r)
            cells << csv(c);
        m_out << cells.join(QLatin1Char(',')) << Qt::endl;
    }
    return 0;
}

int ServerCli::writeDeletionPdf(const QString& municipality, const QDate& month,
                                const QStringList& header, const QList<QStringList>& rows,
                                const QString& to)
{
    const QStringList title{
        tr("Cases deleted for %1 in %2")
            .arg(municipality, month.toString(QStringLiteral("yyyy-MM"))),
        tr("%n case(s). Internal references only: no name or CPR number. Made %1 (UTC).", nullptr,
           int(rows.size()))
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))};
    QSaveFile file(to);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdfTable(title, header, rows)) < 0 ||
        !file.commit())
        return fail(Error(ErrorCode::IoError, to));
    m_out << tr("Written: %1").arg(to) << Qt::endl;
    return 0;
}

int ServerCli::note(Admin& admin, const QString& sub)
{
    if (sub == QStringLiteral("list")) {
        auto notes = admin.cases().notesOf(m_positional.value(2));
        if (!notes.ok())
            return fail(notes.error());
        for (const NoteInfo& n : notes.value())
            m_out << n.noteId << '\t' << n.writtenAt << '\t' << n.author << '\t'
                  << tr("%n version(s)", nullptr, n.versions) << Qt::endl;
        return 0;
    }
    if (sub != QStringLiteral("remove"))
        return usageError(tr("unknown command: note %1").arg(sub));
    const QString citizen = m_positional.value(2);
    const QString noteId = m_positional.value(3);
    if (citizen.isEmpty() || noteId.isEmpty())
        return usageError(tr("note remove needs the citizen's id and the note's id"));
    const QString reference = value(QStringLiteral("--reference"));
    if (reference.isEmpty())
        return usageError(tr("note remove needs --reference: the controller's reference for the "
                             "instruction (it is shown in the case's history)"));
    if (checkInstructionReference(reference))
        return usageError(tr("--reference: 1 to 64 letters, digits, spaces and . _ / : -, and "
                             "not a CPR number"));
    const QString actor = actorName();
    auto done = admin.retention().removeNote(citizen, noteId, reference, actor);
    if (!done.ok()) {
        if (done.error().code == ErrorCode::NotFound)
            return fail(Error(ErrorCode::NotFound, done.error().detail == QStringLiteral("note")
                                                       ? tr("the case has no note with that id")
                                                       : tr("no case with that id")));
        return fail(done.error());
    }
    if (done->already) {
        m_out << tr("The note was removed before; nothing to do.") << Qt::endl;
        return 0;
    }
    m_out << tr("The note is removed on the server (%n version(s)); devices remove it at their "
                "next sync and show a stub with the reference.",
                nullptr, done->events)
          << Qt::endl;
    return 0;
}

} // namespace fortrolig::server
