#include "app/cli/Cli.h"

#include "app/core/StoredTime.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalSync.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fortrolig {

namespace {
QJsonArray deletionsJson(const RetentionRun& run)
{
    QJsonArray out;
    for (const RetentionDeletion& d : run.deleted)
        out.append(QJsonObject{{QStringLiteral("citizenId"), d.citizenId},
                               {QStringLiteral("municipality"), d.municipality},
                               {QStringLiteral("months"), d.months},
                               {QStringLiteral("due"), d.dueDate.toString(Qt::ISODate)}});
    return out;
}

// One line per case: internal id, due date, rule; no name, no CPR number.
QString deletionsText(const RetentionRun& run)
{
    QString out;
    for (const RetentionDeletion& d : run.deleted)
        out += d.citizenId + QLatin1Char('\t') + d.dueDate.toString(Qt::ISODate) +
               QLatin1Char('\t') + Cli::tr("%n month(s)", nullptr, d.months) + QLatin1Char('\t') +
               d.municipality + QLatin1Char('\n');
    return out;
}

QString rulesText(const RetentionSetting& s)
{
    QString out = s.fromServer ? Cli::tr("Rules from the server, received %1:\n")
                                     .arg(StoredTime::localText(s.receivedAt))
                               : Cli::tr("Rules from this computer's settings:\n");
    if (s.rules.rules().isEmpty())
        out += Cli::tr("  (none: cases are deleted %n month(s) after the course ended)\n", nullptr,
                       RetentionRules::kDefaultMonths);
    for (const RetentionRule& r : s.rules.rules())
        out += QStringLiteral("  %1\t%2\t%3\n")
                   .arg(r.municipality.isEmpty() ? Cli::tr("(every municipality)") : r.municipality,
                        nameOf(r.kind), Cli::tr("%n month(s)", nullptr, r.months));
    return out;
}
} // namespace

int Cli::cmdRetention(Journal& journal, const QString& sub)
{
    const QDate today = QDate::currentDate();
    if (sub == QStringLiteral("show")) {
        auto setting = journal.retention();
        if (!setting.ok())
            return fail(setting.error());
        auto due = journal.dueForDeletion(today);
        if (!due.ok())
            return fail(due.error());
        print(
            QJsonObject{{QStringLiteral("fromServer"), setting->fromServer},
                        {QStringLiteral("receivedAt"), StoredTime::localText(setting->receivedAt)},
                        {QStringLiteral("rules"), setting->rules.toJson()},
                        {QStringLiteral("due"), deletionsJson(due.value())},
                        {QStringLiteral("held"), due->held}},
            rulesText(setting.value()) +
                tr("Due for deletion today: %1; held past their due date: %2.\n")
                    .arg(due->count())
                    .arg(due->held) +
                deletionsText(due.value()));
        return Success;
    }
    if (sub != QStringLiteral("run"))
        return usageError(tr("unknown command: retention %1").arg(sub));
    const bool dry = m_args.has(QStringLiteral("--dry-run"));
    auto run = dry ? journal.dueForDeletion(today) : journal.applyRetention(today);
    if (!run.ok())
        return fail(run.error());
    print(QJsonObject{{QStringLiteral("dryRun"), dry},
                      {dry ? QStringLiteral("due") : QStringLiteral("deleted"),
                       deletionsJson(run.value())},
                      {QStringLiteral("held"), run->held}},
          (dry ? tr("Would delete %n case(s) (nothing is deleted in a dry run):\n", nullptr,
                    int(run->count()))
               : tr("Deleted %n case(s):\n", nullptr, int(run->count()))) +
              deletionsText(run.value()));
    return Success;
}

// A note written in the wrong citizen's case, removed on the controller's instruction. Only
// a journal that has never synced removes it here: one that syncs would keep it on the
// server and on every other copy, so the removal is made there and reaches them all.
int Cli::noteRemove(Journal& journal)
{
    const QString citizen = m_args.positional.value(2);
    const QString note = m_args.positional.value(3);
    const QString reference = m_args.value(QStringLiteral("--reference"));
    if (citizen.isEmpty() || note.isEmpty())
        return usageError(tr("note remove needs the citizen's id and the note's id (citizen "
                             "show lists them)"));
    if (checkInstructionReference(reference))
        return usageError(tr("--reference: 1 to 64 letters, digits, spaces and . _ / : -, and "
                             "not a CPR number"));
    auto sync = JournalSync(journal).settings();
    if (!sync.ok())
        return fail(sync.error());
    if (sync->enrolled()) {
        m_err << tr("This journal syncs with a server: the note is removed there, so that the "
                    "removal reaches every copy. Ask the administrator to run:\n"
                    "  fortrolig-server note remove %1 %2 --reference %3")
                     .arg(citizen, note, reference)
              << Qt::endl;
        return Refused;
    }
    auto done = journal.removeNote(citizen, note, reference);
    if (!done.ok())
        return fail(done.error());
    const bool removed = done.value() == Journal::NoteRemoval::Removed;
    print(QJsonObject{{QStringLiteral("citizenId"), citizen},
                      {QStringLiteral("noteId"), note},
                      {QStringLiteral("reference"), reference},
                      {QStringLiteral("removed"), removed}},
          (removed ? tr("Removed note %1 from case %2 on instruction %3: every version is "
                        "deleted, a stub is left in its place.")
                   : tr("Note %1 was removed from case %2 already; the stub (instruction %3) "
                        "stays."))
                  .arg(note, citizen, reference) +
              QLatin1Char('\n'));
    return Success;
}

} // namespace fortrolig
