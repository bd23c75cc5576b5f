// The journal subcommands of fortrolig-cli: citizen, course, note, search, log.
#include "app/cli/Cli.h"

#include "app/core/StoredTime.h"
#include "app/domain/Cpr.h"
#include "app/journal/EventRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fortrolig {

namespace {

QString statusText(CaseStatus s)
{
    switch (s) {
    case CaseStatus::NoCourse:
        return QStringLiteral("no-course");
    case CaseStatus::Active:
        return QStringLiteral("active");
    case CaseStatus::Ended:
        return QStringLiteral("ended");
    case CaseStatus::DeletionDue:
        return QStringLiteral("deletion-due");
    }
    return {};
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// A date option: absent is fine unless required; present must be YYYY-MM-DD.
bool parseDate(const QString& text, bool required, QDate* out)
{
    if (text.isEmpty())
        return !required;
    *out = QDate::fromString(text, Qt::ISODate);
    return out->isValid() && text.size() == 10;
}

QJsonObject versionJson(const NoteVersion& v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("noteId"), v.noteId},
            {QStringLiteral("version"), v.version},
            {QStringLiteral("supersedes"), v.supersedes},
            {QStringLiteral("supersededBy"), v.supersededBy},
            {QStringLiteral("text"), v.text},
            {QStringLiteral("author"), v.author},
            {QStringLiteral("writtenAt"), StoredTime::localText(v.writtenAt)}};
}
} // namespace

int Cli::citizenAdd(Journal& journal)
{
    const QString name = m_args.value(QStringLiteral("--name"));
    const QString cprText = m_args.value(QStringLiteral("--cpr"));
    if (name.trimmed().isEmpty() || cprText.isEmpty())
        return usageError(tr("citizen add needs --name and --cpr"));
    Cpr::ParseError why = Cpr::ParseError::None;
    const auto cpr = Cpr::parse(cprText, &why);
    if (!cpr)
        return usageError(why == Cpr::ParseError::InvalidDate
                              ? tr("the CPR number holds an impossible date")
                              : tr("the CPR number must be DDMMYY-SSSS or DDMMYYSSSS"));
    if (!cpr->passesModulus11())
        m_err << tr("Note: the CPR number does not pass the modulus 11 check. Numbers "
                    "issued since 2007 may not; it is accepted.")
              << Qt::endl;
    auto id = journal.addCitizen(name, *cpr);
    if (!id.ok())
        return fail(id.error());
    print(QJsonObject{{QStringLiteral("id"), id.value()}}, id.value());
    return Success;
}

int Cli::citizenList(Journal& journal)
{
    auto rows = journal.caseload();
    if (!rows.ok())
        return fail(rows.error());
    QJsonArray array;
    QString text;
    for (const CaseloadRow& r : std::as_const(rows.value())) {
        array.append(QJsonObject{{QStringLiteral("id"), r.citizenId},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("cpr"), r.maskedCpr},
                                 {QStringLiteral("status"), statusText(r.status)},
                                 {QStringLiteral("municipality"), r.municipality},
                                 {QStringLiteral("courseType"), r.courseType},
                                 {QStringLiteral("nextDate"), dateText(r.nextDate)}});
        text += r.citizenId + QLatin1Char('\t') + r.name + QLatin1Char('\t') + r.maskedCpr +
                QLatin1Char('\t') + statusText(r.status) + QLatin1Char('\t') + r.municipality +
                QLatin1Char('\t') + r.courseType + QLatin1Char('\n');
    }
    print(array, text);
    return Success;
}

namespace {
// The courses of `citizen show`, as JSON and as lines of text.
void coursesOf(const QList<CourseRecord>& list, QJsonArray& courses, QString& text)
{
    for (const CourseRecord& c : list) {
        courses.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("municipality"), c.municipality},
            {QStringLiteral("type"), c.courseType},
            {QStringLiteral("referralDate"), dateText(c.referralDate)},
            {QStringLiteral("start"), dateText(c.startDate)},
            {QStringLiteral("plannedEnd"), dateText(c.plannedEnd)},
            {QStringLiteral("actualEnd"), dateText(c.actualEnd)},
            {QStringLiteral("endReason"), c.endReason},
            {QStringLiteral("handedOverAt"), c.handedOverAt.isValid()
                                                 ? QJsonValue(StoredTime::localText(c.handedOverAt))
                                                 : QJsonValue()}});
        text += QStringLiteral("course: ") + c.id + QLatin1Char(' ') + c.municipality +
                QStringLiteral(", ") + c.courseType + QStringLiteral(", ") + dateText(c.startDate) +
                QStringLiteral(" - ") + dateText(c.actualEnd) +
                (c.endReason.isEmpty() ? QString() : QStringLiteral(" (") + c.endReason + u')') +
                (c.handedOverAt.isValid()
                     ? QStringLiteral(", handed over ") + StoredTime::localText(c.handedOverAt)
                     : QString()) +
                QLatin1Char('\n');
    }
}

} // namespace

int Cli::citizenShow(Journal& journal)
{
    const QString id = m_args.positional.value(2);
    if (id.isEmpty())
        return usageError(tr("citizen show needs the citizen's id"));
    auto d = journal.citizen(id, m_args.value(QStringLiteral("--reason")));
    if (!d.ok())
        return fail(d.error());
    const auto cpr = Cpr::parse(d->cpr);
    const QString sex =
        cpr && cpr->sex() == Cpr::Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
    QJsonArray courses, notes;
    QString text = QStringLiteral("id: ") + d->id + QStringLiteral("\nname: ") + d->name +
                   QStringLiteral("\ncpr: ") + d->cpr + QStringLiteral("\nbirth date: ") +
                   dateText(d->birthDate) + QStringLiteral("\nsex: ") + sex +
                   QStringLiteral("\nmodulus 11: ") +
                   (cpr && cpr->passesModulus11() ? QStringLiteral("passes")
                                                  : QStringLiteral("does not pass (valid)")) +
                   QStringLiteral("\ncreated: ") + StoredTime::localText(d->createdAt) +
                   QLatin1Char('\n');
    QJsonObject shown{{QStringLiteral("id"), d->id},
                      {QStringLiteral("name"), d->name},
                      {QStringLiteral("cpr"), d->cpr},
                      {QStringLiteral("birthDate"), dateText(d->birthDate)},
                      {QStringLiteral("sex"), sex},
                      {QStringLiteral("modulus11"), cpr && cpr->passesModulus11()},
                      {QStringLiteral("createdAt"), StoredTime::localText(d->createdAt)}};
    for (const QString& field : EventRules::citizenContactFields()) {
        shown.insert(field, d->contact(field));
        if (!d->contact(field).isEmpty())
            text += field + QStringLiteral(": ") + d->contact(field) + u'\n';
    }
    coursesOf(d->courses, courses, text);
    for (const NoteSummary& n : std::as_const(d->notes)) {
        QJsonObject o = versionJson(n.current);
        o.insert(QStringLiteral("kind"), n.kind);
        o.insert(QStringLiteral("versions"), n.versions);
        o.insert(QStringLiteral("course"),
                 n.courseId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.courseId));
        notes.append(o);
        text += QStringLiteral("note: ") + n.noteId + QStringLiteral(" (") + n.kind +
                (n.courseId.isEmpty() ? QString() : QStringLiteral(", course ") + n.courseId) +
                QStringLiteral(", v") + QString::number(n.current.version) + QStringLiteral(") ") +
                n.current.text + QLatin1Char('\n');
    }
    QJsonArray removed;
    for (const RemovedNote& r : std::as_const(d->removedNotes)) {
        removed.append(
            QJsonObject{{QStringLiteral("noteId"), r.noteId},
                        {QStringLiteral("reference"), r.reference},
                        {QStringLiteral("removedAt"), StoredTime::localText(r.removedAt)}});
        text += QStringLiteral("removed note: ") + r.noteId + QStringLiteral(" (") +
                tr("removed on instruction %1, %2")
                    .arg(r.reference, StoredTime::localText(r.removedAt)) +
                QStringLiteral(")\n");
    }
    shown.insert(QStringLiteral("removedNotes"), removed);
    shown.insert(QStringLiteral("courses"), courses);
    shown.insert(QStringLiteral("notes"), notes);
    print(shown, text);
    return Success;
}

int Cli::citizenCorrect(Journal& journal)
{
    const QString id = m_args.positional.value(2);
    const QString field = m_args.value(QStringLiteral("--field"));
    const QString value = m_args.value(QStringLiteral("--value"));
    // A contact detail may be cleared with --value "".
    if (id.isEmpty() || field.isEmpty() ||
        (value.isEmpty() && !EventRules::citizenContactFields().contains(field)))
        return usageError(
            tr("citizen correct needs the id, --field name|cpr|address|phone|email and --value"));
    // --replaces: the version(s) the consultant looked at; one that arrived since is kept
    // beside the correction (a conflict), not replaced unseen.
    auto event =
        journal.correctCitizen(id, field, value, m_args.list(QStringLiteral("--replaces")));
    if (!event.ok())
        return fail(event.error());
    print(QJsonObject{{QStringLiteral("event"), event.value()}}, event.value());
    return Success;
}

int Cli::citizenFind(Journal& journal)
{
    const auto cpr = Cpr::parse(m_args.value(QStringLiteral("--cpr")));
    const QString reason = m_args.value(QStringLiteral("--reason"));
    if (!cpr || reason.trimmed().isEmpty())
        return usageError(tr("citizen find needs a valid --cpr and a --reason"));
    auto id = journal.findByCpr(*cpr, reason);
    if (!id.ok())
        return fail(id.error());
    print(QJsonObject{{QStringLiteral("id"), id.value()}}, id.value());
    return Success;
}

int Cli::cmdCitizen(Journal& journal, const QString& sub)
{
    if (sub == QStringLiteral("add"))
        return citizenAdd(journal);
    if (sub == QStringLiteral("list"))
        return citizenList(journal);
    if (sub == QStringLiteral("show"))
        return citizenShow(journal);
    if (sub == QStringLiteral("correct"))
        return citizenCorrect(journal);
    if (sub == QStringLiteral("find"))
        return citizenFind(journal);
    return usageError(tr("unknown command: citizen %1").arg(sub));
}

int Cli::cmdCourse(Journal& journal, const QString& sub)
{
    if (sub == QStringLiteral("add")) {
        CourseInput c;
        c.citizenId = m_args.value(QStringLiteral("--citizen"));
        c.municipality = m_args.value(QStringLiteral("--municipality"));
        c.courseType = m_args.value(QStringLiteral("--type"));
        if (c.citizenId.isEmpty() || c.municipality.isEmpty() || c.courseType.isEmpty() ||
            !parseDate(m_args.value(QStringLiteral("--start")), true, &c.startDate) ||
            !parseDate(m_args.value(QStringLiteral("--referral")), false, &c.referralDate) ||
            !parseDate(m_args.value(QStringLiteral("--planned-end")), false, &c.plannedEnd))
            return usageError(tr("course add needs --citizen, --municipality, --type and "
                                 "--start YYYY-MM-DD (dates as YYYY-MM-DD)"));
        auto id = journal.addCourse(c);
        if (!id.ok())
            return fail(id.error());
        print(QJsonObject{{QStringLiteral("id"), id.value()}}, id.value());
        return Success;
    }
    if (sub == QStringLiteral("end")) {
        QDate end;
        const QString course = m_args.value(QStringLiteral("--course"));
        const QString reason = m_args.value(QStringLiteral("--end-reason"));
        if (course.isEmpty() || !parseDate(m_args.value(QStringLiteral("--date")), true, &end))
            return usageError(tr("course end needs --course ID and --date YYYY-MM-DD"));
        if (!CourseEnd::reasons().contains(reason))
            return usageError(tr("--end-reason must be one of: %1")
                                  .arg(CourseEnd::reasons().join(QStringLiteral(", "))));
        if (Error e = journal.endCourse(course, end, reason))
            return fail(e);
        print(QJsonObject{{QStringLiteral("ended"), course}}, tr("Course ended."));
        return Success;
    }
    if (sub == QStringLiteral("correct")) {
        const QString field = m_args.value(QStringLiteral("--field"));
        if (!EventRules::correctableCourseFields().contains(field))
            return usageError(
                tr("--field must be one of: %1")
                    .arg(EventRules::correctableCourseFields().join(QStringLiteral(", "))));
        auto id = journal.correctCourse(m_args.value(QStringLiteral("--course")), field,
                                        m_args.value(QStringLiteral("--value")));
        if (!id.ok())
            return fail(id.error());
        print(QJsonObject{{QStringLiteral("id"), id.value()}}, tr("Course corrected."));
        return Success;
    }
    if (sub == QStringLiteral("hand-over"))
        return courseHandOver(journal);
    return usageError(tr("unknown command: course %1").arg(sub));
}

int Cli::cmdNote(Journal& journal, const QString& sub)
{
    const QString text = m_args.value(QStringLiteral("--text"));
    if (sub == QStringLiteral("add")) {
        const QString citizen = m_args.value(QStringLiteral("--citizen"));
        if (citizen.isEmpty() || text.trimmed().isEmpty())
            return usageError(tr("note add needs --citizen ID and --text TEXT"));
        const QString kind = m_args.has(QStringLiteral("--kind"))
                                 ? m_args.value(QStringLiteral("--kind"))
                                 : QStringLiteral("note");
        QString course = m_args.value(QStringLiteral("--course"));
        if (!m_args.has(QStringLiteral("--course"))) {
            auto suggested = journal.suggestedNoteCourseOf(citizen);
            if (!suggested.ok())
                return fail(suggested.error());
            if (suggested->ambiguous)
                return usageError(tr("the citizen has more than one running course: say which "
                                     "the note belongs to with --course ID"));
            course = suggested->courseId;
        }
        auto id = journal.addNote(citizen, text, kind, course);
        if (!id.ok())
            return fail(id.error());
        print(QJsonObject{{QStringLiteral("id"), id.value()}}, id.value());
        return Success;
    }
    if (sub == QStringLiteral("remove"))
        return noteRemove(journal);
    const QString note = m_args.value(QStringLiteral("--note"));
    if (sub == QStringLiteral("correct")) {
        if (note.isEmpty() || text.trimmed().isEmpty())
            return usageError(tr("note correct needs --note ID and --text TEXT"));
        auto version = journal.correctNote(note, text, m_args.list(QStringLiteral("--replaces")));
        if (!version.ok())
            return fail(version.error());
        print(QJsonObject{{QStringLiteral("version"), version.value()}}, version.value());
        return Success;
    }
    if (sub == QStringLiteral("history")) {
        if (note.isEmpty())
            return usageError(tr("note history needs --note ID"));
        auto history = journal.noteHistory(note);
        if (!history.ok())
            return fail(history.error());
        QJsonArray array;
        QString out;
        for (const NoteVersion& v : std::as_const(history.value())) {
            array.append(versionJson(v));
            out += QStringLiteral("v") + QString::number(v.version) + QLatin1Char('\t') +
                   StoredTime::localText(v.writtenAt) + QLatin1Char('\t') + v.author +
                   QLatin1Char('\t') +
                   (v.isCurrent() ? QStringLiteral("current") : QStringLiteral("superseded")) +
                   QLatin1Char('\t') + v.id + QLatin1Char('\t') + v.text + QLatin1Char('\n');
        }
        print(array, out);
        return Success;
    }
    return usageError(tr("unknown command: note %1").arg(sub));
}

int Cli::cmdSearch(Journal& journal)
{
    const QString text = m_args.positional.mid(1).join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return usageError(tr("search needs the words to look for"));
    auto hits = journal.search(text);
    if (!hits.ok())
        return fail(hits.error());
    QJsonArray array;
    QString out;
    for (const SearchHit& h : std::as_const(hits.value())) {
        array.append(QJsonObject{{QStringLiteral("citizenId"), h.citizenId},
                                 {QStringLiteral("name"), h.citizenName},
                                 {QStringLiteral("cpr"), h.maskedCpr},
                                 {QStringLiteral("noteId"), h.noteId},
                                 {QStringLiteral("snippet"), h.snippet}});
        out += h.citizenId + QLatin1Char('\t') + h.citizenName + QLatin1Char('\t') + h.maskedCpr +
               (h.noteId.isEmpty() ? QString()
                                   : QLatin1Char('\t') + h.noteId + QLatin1Char('\t') + h.snippet) +
               QLatin1Char('\n');
    }
    print(array, out);
    return Success;
}

int Cli::cmdLog(Journal& journal)
{
    auto entries = journal.accessLog(m_args.value(QStringLiteral("--citizen")));
    if (!entries.ok())
        return fail(entries.error());
    QJsonArray array;
    QString out;
    for (const AccessLogEntry& e : std::as_const(entries.value())) {
        array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("at"), StoredTime::localText(e.at)},
                                 {QStringLiteral("consultant"), e.consultant},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("citizenId"), e.citizenId},
                                 {QStringLiteral("reason"), e.reason},
                                 {QStringLiteral("hash"), e.hash}});
        out += QString::number(e.seq) + QLatin1Char('\t') + StoredTime::localText(e.at) +
               QLatin1Char('\t') + e.consultant + QLatin1Char('\t') + e.action + QLatin1Char('\t') +
               e.citizenId + QLatin1Char('\t') + e.reason + QLatin1Char('\n');
    }
    print(array, out);
    return Success;
}

} // namespace fortrolig
