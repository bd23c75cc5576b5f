#include "app/journal/Projector.h"

#include "app/journal/EventRules.h"
#include "app/storage/SqlRunner.h"

#include <QJsonArray>
#include <QVariant>

namespace fortrolig {

namespace {

using Sql = SqlRunner;

QVariant dateOrNull(const QJsonObject& p, const QString& key)
{
    return Sql::orNull(p.value(key).toString());
}

QString text(const QJsonObject& p, const char* key)
{
    return p.value(QString::fromLatin1(key)).toString();
}

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

Error citizenAdded(Sql& x, const Event& e)
{
    const QString name = text(e.payload, "name");
    const QString cpr = text(e.payload, "cpr");
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

Error citizenCorrected(Sql& x, const Event& e)
{
    const QString field = text(e.payload, "field");
    if (!EventRules::correctableCitizenFields().contains(field))
        return Error(ErrorCode::InvalidInput, QStringLiteral("field"));
    const QVariant num =
        x.single(QStringLiteral("SELECT num FROM citizens WHERE id = ?"), {e.subject});
    if (x.error())
        return x.error();
    if (!num.isValid())
        return Error(ErrorCode::NotFound, QStringLiteral("citizen"));
    const QVariant shown = setField(x, e, e.subject, field, text(e.payload, "value"),
                                    EventRules::supersedes(e.payload));
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
        x.run(QStringLiteral(
                  "UPDATE citizens SET cpr = ?, updated_at = max(updated_at, ?) WHERE id = ?"),
              {shown, e.localTime, e.subject});
    }
    return x.error();
}

Error courseAdded(Sql& x, const Event& e)
{
    const QJsonObject& p = e.payload;
    x.run(QStringLiteral("INSERT INTO courses (id, citizen_id, municipality, course_type,"
                         " referral_date, start_date, planned_end, created_at)"
                         " VALUES (?,?,?,?,?,?,?,?)"),
          {text(p, "courseId"), e.subject, text(p, "municipality"), text(p, "courseType"),
           dateOrNull(p, QStringLiteral("referralDate")), text(p, "startDate"),
           dateOrNull(p, QStringLiteral("plannedEnd")), e.localTime});
    return x.error();
}

Error courseEnded(Sql& x, const Event& e)
{
    const QString course = text(e.payload, "courseId");
    const int known = x.single(QStringLiteral("SELECT count(*) FROM courses"
                                              " WHERE id = ? AND citizen_id = ?"),
                               {course, e.subject})
                          .toInt();
    if (x.error())
        return x.error();
    if (known == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("course"));
    const QVariant shown = setField(x, e, course, QStringLiteral("end"), text(e.payload, "endDate"),
                                    EventRules::supersedes(e.payload));
    x.run(QStringLiteral("UPDATE courses SET actual_end = ? WHERE id = ?"), {shown, course});
    return x.error();
}

Error insertVersion(Sql& x, const Event& e, const QString& noteId, int version,
                    const QVariant& supersedes)
{
    const QString body = text(e.payload, "text");
    x.run(QStringLiteral("INSERT INTO note_versions (id, note_id, version, supersedes, text,"
                         " author, written_at) VALUES (?,?,?,?,?,?,?)"),
          {e.id, noteId, version, supersedes, body, e.author, e.localTime});
    const qlonglong seq = x.lastId();
    x.run(QStringLiteral("INSERT INTO notes_fts (docid, text) VALUES (?, ?)"), {seq, body});
    return x.error();
}

Error noteAdded(Sql& x, const Event& e)
{
    const QString noteId = text(e.payload, "noteId");
    x.run(QStringLiteral("INSERT INTO notes (id, citizen_id, kind, current_version, created_at)"
                         " VALUES (?,?,?,?,?)"),
          {noteId, e.subject, text(e.payload, "kind"), e.id, e.localTime});
    return insertVersion(x, e, noteId, 1, QVariant(QMetaType(QMetaType::QString)));
}

Error noteCorrected(Sql& x, const Event& e)
{
    const QString noteId = text(e.payload, "noteId");
    const QStringList supersedes = EventRules::supersedes(e.payload);
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
        if (wasHead)
            x.run(QStringLiteral("DELETE FROM notes_fts WHERE docid = ?"), {seq});
        markSuperseded(x, QStringLiteral("note_versions"), QStringLiteral("id = ?"), {old}, e.id);
    }
    if (Error inserted = insertVersion(x, e, noteId, version + 1, supersedes.first()))
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

Error consentGiven(Sql& x, const Event& e, const QString& status)
{
    const QJsonObject& p = e.payload;
    const QString id = text(p, "consentId");
    x.run(
        QStringLiteral("INSERT INTO consents (id, citizen_id, course_id, status, template_id,"
                       " template_version, language, text_hash, valid_until, place, signer,"
                       " signer_role, signed_at, author, device, controller, processor, signature,"
                       " consultant_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {id, e.subject, text(p, "courseId"), status, text(p, "templateId"),
         p.value(QStringLiteral("templateVersion")).toInt(), text(p, "language"),
         text(p, "textHash"), dateOrNull(p, QStringLiteral("validUntil")), text(p, "place"),
         text(p, "signer"), text(p, "signerRole"), e.localTime, e.author, e.device,
         text(p, "controller"), text(p, "processor"), text(p, "signature"),
         text(p, "consultantName")});
    for (const QJsonValue& gv : p.value(QStringLiteral("grants")).toArray()) {
        const QJsonObject g = gv.toObject();
        for (const QJsonValue& c : g.value(QStringLiteral("categories")).toArray())
            x.run(QStringLiteral(
                      "INSERT INTO consent_grants (consent_id, recipient_kind, recipient_name,"
                      " category) VALUES (?,?,?,?)"),
                  {id, text(g, "kind"), text(g, "name"), c.toString()});
    }
    return x.error();
}

Error consentWithdrawn(Sql& x, const Event& e)
{
    const QJsonObject& p = e.payload;
    const QString id = text(p, "consentId");
    const QString kind = text(p, "recipientKind");
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
    QVariantList values{e.localTime, id, kind, text(p, "recipientName")};
    const QString category = text(p, "category");
    if (!category.isEmpty()) {
        sql += QStringLiteral(" AND category = ?");
        values << category;
    }
    x.run(sql, values);
    return x.error();
}

Error disclosureRecorded(Sql& x, const Event& e)
{
    const QJsonObject& p = e.payload;
    x.run(QStringLiteral(
              "INSERT INTO disclosures (id, citizen_id, recipient_kind, recipient_name,"
              " categories, basis, consent_id, what, at, author) VALUES (?,?,?,?,?,?,?,?,?,?)"),
          {text(p, "disclosureId"), e.subject, text(p, "recipientKind"), text(p, "recipientName"),
           text(p, "categories"), text(p, "basis"), Sql::orNull(text(p, "consentId")),
           text(p, "what"), e.localTime, e.author});
    return x.error();
}

} // namespace

Error Projector::apply(QSqlDatabase db, const Event& e, StatementCache* cache)
{
    Sql x(db, {}, cache);
    if (e.type == EventType::CitizenAdded)
        return citizenAdded(x, e);
    if (e.type == EventType::CitizenCorrected)
        return citizenCorrected(x, e);
    if (e.type == EventType::CourseAdded)
        return courseAdded(x, e);
    if (e.type == EventType::CourseEnded)
        return courseEnded(x, e);
    if (e.type == EventType::NoteAdded)
        return noteAdded(x, e);
    if (e.type == EventType::NoteCorrected)
        return noteCorrected(x, e);
    if (e.type == EventType::ConsentGiven)
        return consentGiven(x, e, QStringLiteral("given"));
    if (e.type == EventType::ConsentRefused)
        return consentGiven(x, e, QStringLiteral("refused"));
    if (e.type == EventType::ConsentWithdrawn)
        return consentWithdrawn(x, e);
    if (e.type == EventType::DisclosureRecorded)
        return disclosureRecorded(x, e);
    return Error(ErrorCode::NotFound, QStringLiteral("unknown event type"));
}

} // namespace fortrolig
