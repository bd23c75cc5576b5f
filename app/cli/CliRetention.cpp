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

QJsonArray partsJson(const RetentionRun& run)
{
    QJsonArray out;
    for (const PartDeletion& d : run.parts)
        out.append(QJsonObject{{QStringLiteral("citizenId"), d.citizenId},
                               {QStringLiteral("part"), nameOf(d.part)},
                               {QStringLiteral("municipality"), d.municipality},
                               {QStringLiteral("months"), d.months},
                               {QStringLiteral("due"), d.dueDate.toString(Qt::ISODate)},
                               {QStringLiteral("events"), d.events}});
    return out;
}

// One line per part of a case that goes before the rest: internal id, part, due date, rule.
QString partsText(const RetentionRun& run)
{
    QString out;
    for (const PartDeletion& d : run.parts)
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                   .arg(d.citizenId, nameOf(d.part), d.dueDate.toString(Qt::ISODate),
                        Cli::tr("%n month(s)", nullptr, d.months), d.municipality,
                        Cli::tr("%n event(s)", nullptr, d.events));
    return out;
}

// Every kind, as it applies where a municipality has no rule of its own: a part of a case
// without a rule goes with the case.
QJsonArray kindsJson(const RetentionRules& rules)
{
    QJsonArray out;
    for (RetentionKind k : allRetentionKinds())
        out.append(QJsonObject{{QStringLiteral("kind"), nameOf(k)},
                               {QStringLiteral("months"), rules.months({}, k)}});
    return out;
}

QString kindsText(const RetentionRules& rules)
{
    QString out = Cli::tr("In force where a municipality has no rule of its own:\n");
    for (RetentionKind k : allRetentionKinds()) {
        const bool withCase =
            caseParts().contains(k) && rules.months({}, k) == rules.months({}, RetentionKind::Case);
        out += QStringLiteral("  %1\t%2%3\n")
                   .arg(nameOf(k), Cli::tr("%n month(s)", nullptr, rules.months({}, k)),
                        withCase ? Cli::tr(" (with the case)") : QString());
    }
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
                        {QStringLiteral("kinds"), kindsJson(setting->rules)},
                        {QStringLiteral("due"), deletionsJson(due.value())},
                        {QStringLiteral("partsDue"), partsJson(due.value())},
                        {QStringLiteral("held"), due->held}},
            rulesText(setting.value()) + kindsText(setting->rules) +
                tr("Due for deletion today: %1; held past their due date: %2.\n")
                    .arg(due->count())
                    .arg(due->held) +
                deletionsText(due.value()) +
                (due->parts.isEmpty() ? QString()
                                      : tr("Parts of cases due for deletion before the rest: %1.\n")
                                                .arg(due->parts.size()) +
                                            partsText(due.value())));
        return Success;
    }
    if (sub != QStringLiteral("run"))
        return usageError(tr("unknown command: retention %1").arg(sub));
    const bool dry = m_args.has(QStringLiteral("--dry-run"));
    auto run = dry ? journal.dueForDeletion(today) : journal.applyRetention(today);
    if (!run.ok())
        return fail(run.error());
    // The parts of cases that stay, when there are any.
    const int parts = int(run->parts.size());
    QString partsLines;
    if (parts > 0)
        partsLines = (dry ? tr("Would delete %n part(s) of cases that stay (consents, disclosure "
                               "records):\n",
                               nullptr, parts)
                          : tr("Deleted %n part(s) of cases that stay (consents, disclosure "
                               "records):\n",
                               nullptr, parts)) +
                     partsText(run.value());
    print(QJsonObject{{QStringLiteral("dryRun"), dry},
                      {dry ? QStringLiteral("due") : QStringLiteral("deleted"),
                       deletionsJson(run.value())},
                      {dry ? QStringLiteral("partsDue") : QStringLiteral("partsDeleted"),
                       partsJson(run.value())},
                      {QStringLiteral("held"), run->held}},
          (dry ? tr("Would delete %n case(s) (nothing is deleted in a dry run):\n", nullptr,
                    int(run->count()))
               : tr("Deleted %n case(s):\n", nullptr, int(run->count()))) +
              deletionsText(run.value()) + partsLines);
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
