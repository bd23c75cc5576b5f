// The parts of a case that both the access package and the hand-over package hold
// (PackageParts.h), read straight from the journal's projections.
#include "app/journal/PackageParts.h"

#include "app/core/StoredTime.h"
#include "app/journal/EventRules.h"
#include "app/storage/SqlRunner.h"

#include <QRegularExpression>
#include <QSet>

namespace fortrolig::PackageParts {

QJsonValue moment(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(StoredTime::localText(t)) : QJsonValue();
}

QJsonValue moment(const QVariant& stored)
{
    return moment(StoredTime::from(stored));
}

QJsonValue day(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

// Words that name a relative, in Danish and English: a note that has one may tell about
// someone other than the citizen, which the consultant reviews before release.
static const QRegularExpression& relativeWords()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(mor|moren|far|faren|forælder|forældre|forældrene|bror|broren|søster|søsteren|"
            "søskende|søn|sønnen|datter|datteren|barn|barnet|børn|børnene|ægtefælle|hustru|"
            "kone|konen|kæreste|kæresten|samlever|bedstemor|bedstefar|farmor|farfar|mormor|"
            "morfar|onkel|tante|fætter|kusine|nevø|niece|svigermor|svigerfar|stedfar|stedmor|"
            "mother|father|parent|parents|brother|sister|sibling|siblings|son|daughter|child|"
            "children|wife|husband|spouse|girlfriend|boyfriend|grandmother|grandfather|uncle|"
            "aunt|cousin|nephew|stepfather|stepmother)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QJsonObject review(const QString& what, const QString& id, const QString& why,
                   const QString& detail)
{
    QJsonObject o{
        {QStringLiteral("what"), what}, {QStringLiteral("id"), id}, {QStringLiteral("why"), why}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return o;
}

QJsonArray reviewOnce(const QJsonArray& items)
{
    QSet<QString> seen;
    QJsonArray out;
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QStringLiteral("what")).toString() + QLatin1Char(' ') +
                            o.value(QStringLiteral("id")).toString() + QLatin1Char(' ') +
                            o.value(QStringLiteral("why")).toString();
        if (!seen.contains(key)) {
            seen << key;
            out << o;
        }
    }
    return out;
}

// The citizen, with every version of the name and the CPR number.
Result<QJsonObject> identityOf(SqlRunner& x, const CitizenDetails& c)
{
    QJsonArray versions;
    x.run(QStringLiteral("SELECT id, field, value, superseded_by, author, written_at"
                         " FROM field_versions WHERE object_id = ? ORDER BY seq"),
          {c.id});
    while (x.next())
        versions << QJsonObject{{QStringLiteral("id"), x.value(0).toString()},
                                {QStringLiteral("field"), x.value(1).toString()},
                                {QStringLiteral("value"), x.value(2).toString()},
                                {QStringLiteral("current"), x.value(3).isNull()},
                                {QStringLiteral("author"), x.value(4).toString()},
                                {QStringLiteral("writtenAt"), moment(x.value(5))}};
    if (x.error())
        return x.error();
    QJsonObject out{{QStringLiteral("id"), c.id},
                    {QStringLiteral("name"), c.name},
                    {QStringLiteral("cpr"), c.cpr},
                    {QStringLiteral("createdAt"), moment(c.createdAt)},
                    {QStringLiteral("versions"), versions}};
    // The contact details given (the current ones; every version is in `versions`).
    for (const QString& field : EventRules::citizenContactFields())
        if (!c.contact(field).isEmpty())
            out.insert(field, c.contact(field));
    return out;
}

QJsonObject courseOf(const CourseRecord& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("municipality"), r.municipality},
            {QStringLiteral("courseType"), r.courseType},
            {QStringLiteral("referralDate"), day(r.referralDate)},
            {QStringLiteral("startDate"), day(r.startDate)},
            {QStringLiteral("plannedEnd"), day(r.plannedEnd)},
            {QStringLiteral("actualEnd"), day(r.actualEnd)},
            {QStringLiteral("endReason"),
             r.endReason.isEmpty() ? QJsonValue() : QJsonValue(r.endReason)}};
}

QJsonArray coursesOf(const CitizenDetails& c)
{
    QJsonArray out;
    for (const CourseRecord& r : c.courses)
        out << courseOf(r);
    return out;
}

// The grants of one consent, each with its direction, purpose and withdrawal.
static Result<QJsonArray> grantsOf(SqlRunner& x, const QString& consentId, QJsonArray& toReview)
{
    QJsonArray out;
    x.run(QStringLiteral("SELECT recipient_kind, recipient_name, direction, category, purpose,"
                         " withdrawn_at FROM consent_grants WHERE consent_id = ?"
                         " ORDER BY direction DESC, recipient_kind, recipient_name, category"),
          {consentId});
    while (x.next()) {
        const QString kind = x.value(0).toString();
        const QString category = x.value(3).toString();
        out << QJsonObject{{QStringLiteral("recipientKind"), kind},
                           {QStringLiteral("recipientName"), x.value(1).toString()},
                           {QStringLiteral("direction"), x.value(2).toString()},
                           {QStringLiteral("category"), category},
                           {QStringLiteral("purpose"), x.value(4).toString()},
                           {QStringLiteral("withdrawnAt"), moment(x.value(5))}};
        if (kind == QStringLiteral("relative"))
            toReview << review(QStringLiteral("consent"), consentId,
                               QStringLiteral("recipient-relative"));
        else if (category == QStringLiteral("relatives"))
            toReview << review(QStringLiteral("consent"), consentId,
                               QStringLiteral("category-relatives"));
    }
    if (x.error())
        return x.error();
    return out;
}

// Every consent and refusal, with its grants, withdrawals, the text shown and the receipt's
// hash; the scans of paper consents under documents.
Result<QJsonArray> consentsOf(SqlRunner& x, const QString& citizenId, QJsonArray& toReview,
                              const QString& courseId)
{
    QList<QJsonObject> consents;
    x.run(QStringLiteral("SELECT id, course_id, status, template_id, template_version, language,"
                         " text_hash, valid_until, place, signer, signer_role, controller,"
                         " processor, signed_at, author, withdrawn_at, consultant_name,"
                         " shown_text, receipt_hash FROM consents WHERE citizen_id = ?") +
              (courseId.isEmpty() ? QString() : QStringLiteral(" AND course_id = ?")) +
              QStringLiteral(" ORDER BY signed_at, id"),
          courseId.isEmpty() ? QVariantList{citizenId} : QVariantList{citizenId, courseId});
    while (x.next())
        consents << QJsonObject{{QStringLiteral("id"), x.value(0).toString()},
                                {QStringLiteral("courseId"), textOrNull(x.value(1))},
                                {QStringLiteral("status"), x.value(2).toString()},
                                {QStringLiteral("form"), x.value(3).toString()},
                                {QStringLiteral("formVersion"), x.value(4).toInt()},
                                {QStringLiteral("language"), x.value(5).toString()},
                                {QStringLiteral("textHash"), x.value(6).toString()},
                                {QStringLiteral("validUntil"), textOrNull(x.value(7))},
                                {QStringLiteral("place"), x.value(8).toString()},
                                {QStringLiteral("signer"), x.value(9).toString()},
                                {QStringLiteral("signerRole"), x.value(10).toString()},
                                {QStringLiteral("controller"), x.value(11).toString()},
                                {QStringLiteral("processor"), x.value(12).toString()},
                                {QStringLiteral("signedAt"), moment(x.value(13))},
                                {QStringLiteral("recordedBy"), x.value(14).toString()},
                                {QStringLiteral("withdrawnAt"), moment(x.value(15))},
                                {QStringLiteral("consultant"), x.value(16).toString()},
                                {QStringLiteral("shownText"), textOrNull(x.value(17))},
                                {QStringLiteral("receiptHash"), textOrNull(x.value(18))}};
    if (x.error())
        return x.error();
    QJsonArray out;
    for (QJsonObject& c : consents) {
        auto grants = grantsOf(x, c.value(QStringLiteral("id")).toString(), toReview);
        if (!grants.ok())
            return grants.error();
        c.insert(QStringLiteral("grants"), grants.value());
        out << c;
    }
    return out;
}

// Every version of every note of the case, by note, oldest first (read here, not through
// noteHistory, which logs a use per note: the package's reading is logged once).
static Result<QHash<QString, QJsonArray>> noteVersionsOf(SqlRunner& x, const QString& citizenId)
{
    QHash<QString, QJsonArray> out;
    x.run(QStringLiteral("SELECT v.note_id, v.id, v.version, v.text, v.author, v.written_at,"
                         " v.superseded_by FROM note_versions v JOIN notes n ON n.id = v.note_id"
                         " WHERE n.citizen_id = ? ORDER BY v.note_id, v.version, v.id"),
          {citizenId});
    while (x.next())
        out[x.value(0).toString()] << QJsonObject{
            {QStringLiteral("id"), x.value(1).toString()},
            {QStringLiteral("version"), x.value(2).toInt()},
            {QStringLiteral("text"), x.value(3).toString()},
            {QStringLiteral("author"), x.value(4).toString()},
            {QStringLiteral("writtenAt"), moment(x.value(5))},
            {QStringLiteral("current"), x.value(6).isNull() || x.value(6).toString().isEmpty()}};
    if (x.error())
        return x.error();
    return out;
}

// Every note with all its versions, oldest first, and the stubs of removed ones; a note any
// version of which names a relative is marked.
Result<QJsonArray> notesOf(SqlRunner& x, const CitizenDetails& c, QJsonArray& toReview)
{
    auto versions = noteVersionsOf(x, c.id);
    if (!versions.ok())
        return versions.error();
    QJsonArray out;
    for (const NoteSummary& n : c.notes) {
        const QJsonArray all = versions->value(n.noteId);
        for (const QJsonValue& v : all) {
            const auto found =
                relativeWords().match(v.toObject().value(QStringLiteral("text")).toString());
            if (found.hasMatch()) {
                toReview << review(QStringLiteral("note"), n.noteId,
                                   QStringLiteral("mentions-relative"), found.captured(1));
                break;
            }
        }
        QJsonObject note{{QStringLiteral("id"), n.noteId},
                         {QStringLiteral("kind"), n.kind},
                         {QStringLiteral("createdAt"), moment(n.createdAt)},
                         {QStringLiteral("versions"), all}};
        if (!n.courseId.isEmpty())
            note.insert(QStringLiteral("courseId"), n.courseId);
        out << note;
    }
    for (const RemovedNote& r : c.removedNotes)
        out << QJsonObject{{QStringLiteral("id"), r.noteId},
                           {QStringLiteral("removed"), true},
                           {QStringLiteral("reference"), r.reference},
                           {QStringLiteral("removedAt"), moment(r.removedAt)},
                           {QStringLiteral("versions"), QJsonArray()}};
    return out;
}

// What was told to whom and obtained from whom; a relative either way is marked, and so is
// the note a relative's information went into.
QJsonArray disclosuresOf(const QList<DisclosureRecord>& records, QJsonArray& toReview)
{
    QJsonArray out;
    for (const DisclosureRecord& d : records) {
        out << QJsonObject{{QStringLiteral("id"), d.id},
                           {QStringLiteral("direction"), DirectionName::of(d.direction)},
                           {QStringLiteral("recipientKind"), d.recipient.kind},
                           {QStringLiteral("recipientName"), d.recipient.name},
                           {QStringLiteral("categories"), QJsonArray::fromStringList(d.categories)},
                           {QStringLiteral("basis"), d.basis},
                           {QStringLiteral("consentId"),
                            d.consentId.isEmpty() ? QJsonValue() : QJsonValue(d.consentId)},
                           {QStringLiteral("what"), d.what},
                           {QStringLiteral("at"), moment(d.at)},
                           {QStringLiteral("by"), d.author}};
        if (d.recipient.kind != QStringLiteral("relative"))
            continue;
        toReview << review(QStringLiteral("disclosure"), d.id,
                           QStringLiteral("recipient-relative"));
        if (d.direction == Direction::Obtain && d.what.startsWith(QStringLiteral("note:")))
            toReview << review(QStringLiteral("note"), d.what.mid(5),
                               QStringLiteral("source-relative"));
    }
    return out;
}

} // namespace fortrolig::PackageParts
