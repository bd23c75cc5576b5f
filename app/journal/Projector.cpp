#include "app/journal/Projector.h"

#include "app/journal/EventRules.h"
#include "app/journal/Events.h"
#include "app/storage/Migrations.h"
#include "app/storage/SqlRunner.h"

#include <QJsonDocument>
#include <QVariant>

namespace fortrolig {

namespace {

// Statements, and the newest note version the search index is written for now.
struct Sql : SqlRunner
{
    Sql(QSqlDatabase db, StatementCache* cache, qint64 indexedUpTo)
        : SqlRunner(db, {}, cache), notesIndexedUpTo(indexedUpTo)
    {
    }
    const qint64 notesIndexedUpTo;
};

// Marks `version` as superseded by `by`. When two branches supersede the same version, the
// smaller id is kept, so every device stores the same whatever the order of arrival.
void markSuperseded(Sql& x, const QString& table, const QString& where, QVariantList keys,
                    const QString& by)
{
    QVariantList values{by};
    values += keys;
    values << by;
    x.run(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET superseded_by = ? WHERE ") +
              where + QStringLiteral(" AND (superseded_by IS NULL OR superseded_by > ?)"),
          values);
}

// After a change of a note's or field's versions: a conflict exists while there is more
// than one head. Its row is derived from the heads alone (detected: when the newest of them
// was written), so every device holds the same, whatever the order events arrived in.
void trackConflict(Sql& x, const Event& e, const QString& kind, const QString& objectId,
                   const QString& field, int heads, const QString& newestHead)
{
    const qlonglong open =
        x.single(QStringLiteral("SELECT id FROM conflicts WHERE kind = ? AND object_id = ?"
                                " AND field = ?"),
                 {kind, objectId, field})
            .toLongLong();
    if (heads > 1 && open == 0) {
        x.run(QStringLiteral("INSERT INTO conflicts (citizen_id, kind, object_id, field,"
                             " detected_at) VALUES (?,?,?,?,?)"),
              {e.subject, kind, objectId, field, newestHead});
    } else if (heads > 1) {
        x.run(QStringLiteral("UPDATE conflicts SET detected_at = ? WHERE id = ?"),
              {newestHead, open});
    } else if (open != 0) {
        x.run(QStringLiteral("DELETE FROM conflicts WHERE id = ?"), {open});
    }
}

// Records a new version of a correctable field and returns the value now shown (the head
// with the newest id), or an invalid QVariant after an error.
QVariant setField(Sql& x, const Event& e, const QString& objectId, const QString& field,
                  const QString& value, const QStringList& supersedes)
{
    for (const QString& old : supersedes) {
        const int known = x.single(QStringLiteral("SELECT count(*) FROM field_versions"
                                                  " WHERE object_id = ? AND field = ? AND id = ?"),
                                   {objectId, field, old})
                              .toInt();
        if (!x.error() && known == 0)
            x.setError(
                Error(ErrorCode::InvalidInput, QStringLiteral("unknown version of ") + field));
        markSuperseded(x, QStringLiteral("field_versions"),
                       QStringLiteral("object_id = ? AND field = ? AND id = ?"),
                       {objectId, field, old}, e.id);
    }
    x.run(QStringLiteral("INSERT INTO field_versions (id, object_id, field, value, author,"
                         " written_at) VALUES (?,?,?,?,?,?)"),
          {e.id, objectId, field, value, e.author, e.localTime});
    const int heads =
        x.single(QStringLiteral("SELECT count(*) FROM field_versions WHERE"
                                " object_id = ? AND field = ? AND superseded_by IS NULL"),
                 {objectId, field})
            .toInt();
    const QVariant shown =
        x.single(QStringLiteral("SELECT value FROM field_versions WHERE object_id = ? AND field = ?"
                                " AND superseded_by IS NULL ORDER BY id DESC LIMIT 1"),
                 {objectId, field});
    const QString newest =
        x.single(QStringLiteral("SELECT max(written_at) FROM field_versions WHERE object_id = ?"
                                " AND field = ? AND superseded_by IS NULL"),
                 {objectId, field})
            .toString();
    trackConflict(x, e, QStringLiteral("field"), objectId, field, heads, newest);
    return x.error() ? QVariant() : shown;
}

Error citizenAdded(Sql& x, const Event& e, const CitizenAddedPayload& p)
{
    const QString& name = p.name;
    const QString& cpr = p.cpr;
    x.run(QStringLiteral("INSERT INTO citizens (id, name, cpr, created_at, updated_at)"
                         " VALUES (?,?,?,?,?)"),
          {e.subject, name, cpr, e.localTime, e.localTime});
    const qlonglong num = x.lastId();
    x.run(QStringLiteral("INSERT INTO citizens_fts (docid, name) VALUES (?, ?)"), {num, name});
    for (const auto& [field, value] :
         {std::pair{QStringLiteral("name"), name}, std::pair{QStringLiteral("cpr"), cpr}})
        x.run(QStringLiteral("INSERT INTO field_versions (id, object_id, field, value, author,"
                             " written_at) VALUES (?,?,?,?,?,?)"),
              {e.id, e.subject, field, value, e.author, e.localTime});
    return x.error();
}

Error citizenCorrected(Sql& x, const Event& e, const CitizenCorrectedPayload& p)
{
    const QString& field = p.field;
    if (!EventRules::correctableCitizenFields().contains(field))
        return Error(ErrorCode::InvalidInput, QStringLiteral("field"));
    const QVariant num =
        x.single(QStringLiteral("SELECT num FROM citizens WHERE id = ?"), {e.subject});
    if (x.error())
        return x.error();
    if (!num.isValid())
        return Error(ErrorCode::NotFound, QStringLiteral("citizen"));
    const QVariant shown = setField(x, e, e.subject, field, p.value, p.supersedes);
    if (x.error())
        return x.error();
    if (field == QStringLiteral("name")) {
        // The index holds the shown name: out with the old while the row still has it.
        x.run(QStringLiteral("DELETE FROM citizens_fts WHERE docid = ?"), {num});
        x.run(QStringLiteral(
                  "UPDATE citizens SET name = ?, updated_at = max(updated_at, ?) WHERE id = ?"),
              {shown, e.localTime, e.subject});
        x.run(QStringLiteral("INSERT INTO citizens_fts (docid, name) VALUES (?, ?)"), {num, shown});
    } else {
        // cpr, address, phone or email: a column of the same name (a cleared contact: NULL).
        const QVariant value = shown.toString().isEmpty() && field != QStringLiteral("cpr")
                                   ? QVariant(QMetaType(QMetaType::QString))
                                   : shown;
        x.run(QStringLiteral("UPDATE citizens SET ") + field +
                  QStringLiteral(" = ?, updated_at = max(updated_at, ?) WHERE id = ?"),
              {value, e.localTime, e.subject});
    }
    return x.error();
}

Error courseAdded(Sql& x, const Event& e, const CourseAddedPayload& p)
{
    x.run(QStringLiteral("INSERT INTO courses (id, citizen_id, municipality, course_type,"
                         " referral_date, start_date, planned_end, created_at)"
                         " VALUES (?,?,?,?,?,?,?,?)"),
          {p.courseId, e.subject, p.municipality, p.courseType, Sql::orNull(p.referralDate),
           p.startDate, Sql::orNull(p.plannedEnd), e.localTime});
    return x.error();
}

Error courseEnded(Sql& x, const Event& e, const CourseEndedPayload& p)
{
    const QString& course = p.courseId;
    const int known = x.single(QStringLiteral("SELECT count(*) FROM courses"
                                              " WHERE id = ? AND citizen_id = ?"),
                               {course, e.subject})
                          .toInt();
    if (x.error())
        return x.error();
    if (known == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("course"));
    const QVariant shown = setField(x, e, course, QStringLiteral("end"), p.endDate,
                                    p.supersedes.value_or(QStringList()));
    x.run(QStringLiteral("UPDATE courses SET actual_end = ? WHERE id = ?"), {shown, course});
    if (!p.reason.isEmpty()) // a resolved conflict of dates keeps the reason given
        x.run(QStringLiteral("UPDATE courses SET end_reason = ? WHERE id = ?"), {p.reason, course});
    return x.error();
}

Error insertVersion(Sql& x, const Event& e, const QString& noteId, const QString& body, int version,
                    const QVariant& supersedes)
{
    x.run(QStringLiteral("INSERT INTO note_versions (id, note_id, version, supersedes, text,"
                         " author, written_at) VALUES (?,?,?,?,?,?,?)"),
          {e.id, noteId, version, supersedes, body, e.author, e.localTime});
    const qlonglong seq = x.lastId();
    if (seq <= x.notesIndexedUpTo)
        x.run(QStringLiteral("INSERT INTO notes_fts (docid, text) VALUES (?, ?)"), {seq, body});
    return x.error();
}

Error noteAdded(Sql& x, const Event& e, const NoteAddedPayload& p)
{
    const QString& noteId = p.noteId;
    if (!p.courseId.isEmpty()) {
        const int known = x.single(QStringLiteral("SELECT count(*) FROM courses"
                                                  " WHERE id = ? AND citizen_id = ?"),
                                   {p.courseId, e.subject})
                              .toInt();
        if (x.error())
            return x.error();
        if (known == 0)
            return Error(ErrorCode::NotFound, QStringLiteral("course"));
    }
    x.run(QStringLiteral("INSERT INTO notes (id, citizen_id, kind, current_version, created_at,"
                         " course_id) VALUES (?,?,?,?,?,?)"),
          {noteId, e.subject, p.kind, e.id, e.localTime,
           p.courseId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.courseId)});
    return insertVersion(x, e, noteId, p.text, 1, QVariant(QMetaType(QMetaType::QString)));
}

Error noteCorrected(Sql& x, const Event& e, const NoteCorrectedPayload& p)
{
    const QString& noteId = p.noteId;
    const QStringList& supersedes = p.supersedes;
    const int known = x.single(QStringLiteral("SELECT count(*) FROM notes"
                                              " WHERE id = ? AND citizen_id = ?"),
                               {noteId, e.subject})
                          .toInt();
    if (x.error())
        return x.error();
    if (known == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("note"));
    if (supersedes.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("supersedes"));
    int version = 0;
    for (const QString& old : supersedes) {
        x.run(QStringLiteral("SELECT seq, version, superseded_by IS NULL FROM note_versions"
                             " WHERE id = ? AND note_id = ?"),
              {old, noteId});
        if (!x.next()) {
            x.setError(Error(ErrorCode::InvalidInput, QStringLiteral("unknown version")));
            return x.error();
        }
        const qlonglong seq = x.value(0).toLongLong();
        version = qMax(version, x.value(1).toInt());
        const bool wasHead = x.value(2).toInt() != 0;
        x.finish();
        // Only heads are in the search index; take it out while the row still has the text.
        if (wasHead && seq <= x.notesIndexedUpTo)
            x.run(QStringLiteral("DELETE FROM notes_fts WHERE docid = ?"), {seq});
        markSuperseded(x, QStringLiteral("note_versions"), QStringLiteral("id = ?"), {old}, e.id);
    }
    if (Error inserted = insertVersion(x, e, noteId, p.text, version + 1, supersedes.first()))
        return inserted;
    const int heads = x.single(QStringLiteral("SELECT count(*) FROM note_versions"
                                              " WHERE note_id = ? AND superseded_by IS NULL"),
                               {noteId})
                          .toInt();
    const QString shown =
        x.single(QStringLiteral("SELECT id FROM note_versions WHERE note_id = ?"
                                " AND superseded_by IS NULL ORDER BY id DESC LIMIT 1"),
                 {noteId})
            .toString();
    x.run(QStringLiteral("UPDATE notes SET current_version = ? WHERE id = ?"), {shown, noteId});
    const QString newest =
        x.single(QStringLiteral("SELECT max(written_at) FROM note_versions WHERE note_id = ?"
                                " AND superseded_by IS NULL"),
                 {noteId})
            .toString();
    trackConflict(x, e, QStringLiteral("note"), noteId, QString(), heads, newest);
    return x.error();
}

QString detailsText(const QMap<QString, QString>& details)
{
    if (details.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(ConsentPayload::detailsJson(details)).toJson(QJsonDocument::Compact));
}

Error consentGiven(Sql& x, const Event& e, const ConsentPayload& p, const QString& status)
{
    const QString& id = p.consentId;
    x.run(
        QStringLiteral("INSERT INTO consents (id, citizen_id, course_id, status, template_id,"
                       " template_version, language, text_hash, valid_until, place, signer,"
                       " signer_role, signed_at, author, device, controller, processor, signature,"
                       " consultant_name, shown_text, details, receipt_hash)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {id,
         e.subject,
         p.courseId,
         status,
         p.templateId,
         p.templateVersion,
         p.language,
         p.textHash,
         Sql::orNull(p.validUntil),
         p.place,
         p.signer,
         p.signerRole,
         e.localTime,
         e.author,
         e.device,
         p.controller,
         p.processor,
         p.signature,
         p.consultantName,
         Sql::orNull(p.shownText),
         Sql::orNull(detailsText(p.details)),
         Sql::orNull(p.receiptHash)});
    for (const ConsentGrantPayload& g : p.grants) {
        for (const QString& category : g.categories)
            x.run(QStringLiteral(
                      "INSERT INTO consent_grants (consent_id, recipient_kind, recipient_name,"
                      " direction, category, purpose) VALUES (?,?,?,?,?,?)"),
                  {id, g.kind, g.name, g.direction, category, g.purpose});
    }
    return x.error();
}

Error consentWithdrawn(Sql& x, const Event& e, const ConsentWithdrawnPayload& p)
{
    const QString& id = p.consentId;
    const QString& kind = p.recipientKind;
    // What is withdrawn must be here: a withdrawal that arrives before its consent is kept
    // aside and applied after it, never lost as a change of nothing.
    const int known = x.single(QStringLiteral("SELECT count(*) FROM consents WHERE id = ?"
                                              " AND citizen_id = ?"),
                               {id, e.subject})
                          .toInt();
    if (x.error())
        return x.error();
    if (known == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("consent"));
    if (kind.isEmpty()) { // the whole consent
        x.run(QStringLiteral("UPDATE consents SET withdrawn_at = ? WHERE id = ? AND citizen_id = ?"
                             " AND withdrawn_at IS NULL"),
              {e.localTime, id, e.subject});
        return x.error();
    }
    QString sql =
        QStringLiteral("UPDATE consent_grants SET withdrawn_at = ? WHERE consent_id = ?"
                       " AND recipient_kind = ? AND recipient_name = ? AND withdrawn_at IS NULL");
    QVariantList values{e.localTime, id, kind, p.recipientName};
    const QString& category = p.category;
    if (!category.isEmpty()) {
        sql += QStringLiteral(" AND category = ?");
        values << category;
    }
    if (!p.direction.isEmpty()) { // else both directions
        sql += QStringLiteral(" AND direction = ?");
        values << p.direction;
    }
    x.run(sql, values);
    return x.error();
}

Error disclosureRecorded(Sql& x, const Event& e, const DisclosureRecordedPayload& p)
{
    x.run(QStringLiteral("INSERT INTO disclosures (id, citizen_id, recipient_kind, recipient_name,"
                         " categories, basis, consent_id, what, at, author, direction)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
          {p.disclosureId, e.subject, p.recipientKind, p.recipientName, p.categories, p.basis,
           Sql::orNull(p.consentId), p.what, e.localTime, e.author,
           p.direction.isEmpty() ? QStringLiteral("tell") : p.direction});
    return x.error();
}

// The case's current hold: the last one applied (event ids are time-ordered only to the
// millisecond, so they cannot order a hold and its release made in the same one). A release
// ends the hold the case has.
Error caseHeld(Sql& x, const Event& e, const CaseHeldPayload& p)
{
    x.run(QStringLiteral("INSERT OR REPLACE INTO case_holds (citizen_id, event_id, reason, until,"
                         " held_by, held_at) VALUES (?,?,?,?,?,?)"),
          {e.subject, e.id, p.reason, Sql::orNull(p.until), e.author, e.localTime});
    return x.error();
}

Error caseReleased(Sql& x, const Event& e)
{
    x.run(QStringLiteral("DELETE FROM case_holds WHERE citizen_id = ?"), {e.subject});
    return x.error();
}

Error requestReceived(Sql& x, const Event& e, const RequestReceivedPayload& p)
{
    x.run(QStringLiteral("INSERT INTO requests (id, citizen_id, kind, channel, received_at,"
                         " description, author) VALUES (?,?,?,?,?,?,?)"),
          {p.requestId, e.subject, p.kind, p.channel, p.receivedAt, p.description, e.author});
    return x.error();
}

Error caseRestricted(Sql& x, const Event& e, const CaseRestrictedPayload& p)
{
    x.run(QStringLiteral("INSERT INTO restrictions (id, citizen_id, request_id, instruction,"
                         " set_at, set_by) VALUES (?,?,?,?,?,?)"),
          {p.restrictionId, e.subject, Sql::orNull(p.requestId), Sql::orNull(p.instruction),
           e.localTime, e.author});
    return x.error();
}

// A lifting that arrives before its restriction is kept aside, as a request's step is.
Error restrictionLifted(Sql& x, const Event& e, const RestrictionLiftedPayload& p)
{
    if (x.single(QStringLiteral("SELECT count(*) FROM restrictions WHERE id = ?"
                                " AND citizen_id = ?"),
                 {p.restrictionId, e.subject})
            .toInt() == 0)
        return x.error() ? x.error() : Error(ErrorCode::NotFound, QStringLiteral("restriction"));
    x.run(QStringLiteral("UPDATE restrictions SET lifted_at = ?, lifted_by = ?, lift_reason = ?,"
                         " told_at = ?, told_how = ? WHERE id = ?"),
          {e.localTime, e.author, p.reason, p.toldAt, p.toldHow, p.restrictionId});
    return x.error();
}

// A step of a request that is not here yet (it arrives later) is kept aside, as a withdrawal
// before its consent is.
Error requestStep(Sql& x, const Event& e, const RequestStepPayload& p)
{
    if (x.single(QStringLiteral("SELECT count(*) FROM requests WHERE id = ? AND citizen_id = ?"),
                 {p.requestId, e.subject})
            .toInt() == 0)
        return x.error() ? x.error() : Error(ErrorCode::NotFound, QStringLiteral("request"));
    if (p.step == QStringLiteral("forwarded"))
        x.run(QStringLiteral("UPDATE requests SET forwarded_at = ?, forwarded_to = ?,"
                             " forward_channel = ? WHERE id = ?"),
              {p.at, p.to, p.channel, p.requestId});
    else if (p.step == QStringLiteral("extended"))
        x.run(QStringLiteral("UPDATE requests SET extended_to = ?, decided_on = ?, told_on = ?"
                             " WHERE id = ?"),
              {p.answerBy, p.decidedOn, p.toldOn, p.requestId});
    else if (p.step == QStringLiteral("answered"))
        x.run(QStringLiteral("UPDATE requests SET answered_on = ?, outcome = ? WHERE id = ?"),
              {p.at, p.outcome, p.requestId});
    return x.error();
}

// A hand-over of a course that is not here yet is kept aside, as an end of it would be.
Error courseHandedOver(Sql& x, const Event& e, const CourseHandedOverPayload& p)
{
    if (x.single(QStringLiteral("SELECT count(*) FROM courses WHERE id = ? AND citizen_id = ?"),
                 {p.courseId, e.subject})
            .toInt() == 0)
        return x.error() ? x.error() : Error(ErrorCode::NotFound, QStringLiteral("course"));
    x.run(QStringLiteral("INSERT INTO hand_overs (id, citizen_id, course_id, at, author, channel,"
                         " sent_to, received_by, disclosure_id, json_sha256, pdf_sha256)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
          {e.id, e.subject, p.courseId, e.localTime, e.author, p.channel, p.to,
           Sql::orNull(p.receivedBy), p.disclosureId, p.jsonSha256, Sql::orNull(p.pdfSha256)});
    return x.error();
}

// A course's field rectified: the newest current version is shown (a conflict keeps both).
// The column comes from a fixed list (EventRules::courseColumn), never from the payload.
Error courseCorrected(Sql& x, const Event& e, const CourseCorrectedPayload& p)
{
    if (!EventRules::correctableCourseFields().contains(p.field))
        return Error(ErrorCode::InvalidInput, QStringLiteral("field"));
    if (x.single(QStringLiteral("SELECT count(*) FROM courses WHERE id = ? AND citizen_id = ?"),
                 {p.courseId, e.subject})
            .toInt() == 0)
        return x.error() ? x.error() : Error(ErrorCode::NotFound, QStringLiteral("course"));
    const QVariant shown = setField(x, e, p.courseId, p.field, p.value, p.supersedes);
    if (x.error())
        return x.error();
    const QString value = shown.toString();
    x.run(
        QStringLiteral("UPDATE courses SET ") + EventRules::courseColumn(p.field) +
            QStringLiteral(" = ? WHERE id = ?"),
        {value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value), p.courseId});
    return x.error();
}

} // namespace

Result<qint64> Projector::notesIndexedUpTo(QSqlDatabase db, StatementCache* cache)
{
    SqlRunner x(db, {}, cache);
    const QVariant upTo = x.single(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                                   {QString::fromLatin1(Migrations::kNotesIndexedUpTo)});
    if (x.error())
        return x.error();
    return upTo.isNull() ? kIndexAll : upTo.toLongLong();
}

Error Projector::apply(QSqlDatabase db, const Event& e, StatementCache* cache,
                       qint64 notesIndexedUpTo)
{
    const std::optional<EventKind> kind = kindOf(e.type);
    if (!kind)
        return Error(ErrorCode::NotFound, QStringLiteral("unknown event type"));
    Sql x(db, cache, notesIndexedUpTo);
    const QJsonObject& p = e.payload;
    switch (*kind) {
    case EventKind::CitizenAdded:
        return citizenAdded(x, e, CitizenAddedPayload::read(p));
    case EventKind::CitizenCorrected:
        return citizenCorrected(x, e, CitizenCorrectedPayload::read(p));
    case EventKind::CourseAdded:
        return courseAdded(x, e, CourseAddedPayload::read(p));
    case EventKind::CourseEnded:
        return courseEnded(x, e, CourseEndedPayload::read(p));
    case EventKind::NoteAdded:
        return noteAdded(x, e, NoteAddedPayload::read(p));
    case EventKind::NoteCorrected:
        return noteCorrected(x, e, NoteCorrectedPayload::read(p));
    case EventKind::ConsentGiven:
        return consentGiven(x, e, ConsentPayload::read(p), QStringLiteral("given"));
    case EventKind::ConsentRefused:
        return consentGiven(x, e, ConsentPayload::read(p), QStringLiteral("refused"));
    case EventKind::ConsentWithdrawn:
        return consentWithdrawn(x, e, ConsentWithdrawnPayload::read(p));
    case EventKind::DisclosureRecorded:
        return disclosureRecorded(x, e, DisclosureRecordedPayload::read(p));
    case EventKind::CaseHeld:
        return caseHeld(x, e, CaseHeldPayload::read(p));
    case EventKind::CaseReleased:
        return caseReleased(x, e);
    case EventKind::RequestReceived:
        return requestReceived(x, e, RequestReceivedPayload::read(p));
    case EventKind::RequestStep:
        return requestStep(x, e, RequestStepPayload::read(p));
    case EventKind::CaseRestricted:
        return caseRestricted(x, e, CaseRestrictedPayload::read(p));
    case EventKind::RestrictionLifted:
        return restrictionLifted(x, e, RestrictionLiftedPayload::read(p));
    case EventKind::CourseHandedOver:
        return courseHandedOver(x, e, CourseHandedOverPayload::read(p));
    case EventKind::CourseCorrected:
        return courseCorrected(x, e, CourseCorrectedPayload::read(p));
    }
    return Error(ErrorCode::NotFound, QStringLiteral("unknown event type"));
}

} // namespace fortrolig
