#include "journal/Projector.h"

#include "storage/JournalDatabase.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace fortrolig {

namespace {

class Exec
{
public:
    explicit Exec(QSqlDatabase db) : m_query(db) {}
    // Runs one statement; the first failure sticks and later calls do nothing.
    Exec& run(const QString& sql, const QVariantList& values)
    {
        if (m_error)
            return *this;
        m_query.prepare(sql);
        for (const QVariant& v : values)
            m_query.addBindValue(v);
        if (!m_query.exec())
            m_error = JournalDatabase::errorFrom(m_query.lastError(), {});
        return *this;
    }
    QVariant single(const QString& sql, const QVariantList& values)
    {
        run(sql, values);
        if (m_error || !m_query.next())
            return {};
        QVariant v = m_query.value(0);
        m_query.finish();
        return v;
    }
    qlonglong lastId() const { return m_query.lastInsertId().toLongLong(); }
    Error error() const { return m_error; }
    void setError(Error e) { m_error = std::move(e); }

private:
    QSqlQuery m_query;
    Error m_error;
};

QVariant dateOrNull(const QJsonObject& p, const QString& key)
{
    const QString s = p.value(key).toString();
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

Error citizenAdded(QSqlDatabase db, const Event& e)
{
    Exec x(db);
    const QString name = e.payload.value(QStringLiteral("name")).toString();
    x.run(QStringLiteral("INSERT INTO citizens (id, name, cpr, created_at, updated_at)"
                         " VALUES (?,?,?,?,?)"),
          {e.subject, name, e.payload.value(QStringLiteral("cpr")).toString(), e.localTime,
           e.localTime});
    const qlonglong num = x.lastId();
    x.run(QStringLiteral("INSERT INTO citizens_fts (docid, name) VALUES (?, ?)"), {num, name});
    return x.error();
}

Error courseAdded(QSqlDatabase db, const Event& e)
{
    const QJsonObject& p = e.payload;
    Exec x(db);
    x.run(QStringLiteral("INSERT INTO courses (id, citizen_id, municipality, course_type,"
                         " referral_date, start_date, planned_end, created_at)"
                         " VALUES (?,?,?,?,?,?,?,?)"),
          {p.value(QStringLiteral("courseId")).toString(), e.subject,
           p.value(QStringLiteral("municipality")).toString(),
           p.value(QStringLiteral("courseType")).toString(),
           dateOrNull(p, QStringLiteral("referralDate")),
           p.value(QStringLiteral("startDate")).toString(),
           dateOrNull(p, QStringLiteral("plannedEnd")), e.localTime});
    return x.error();
}

Error courseEnded(QSqlDatabase db, const Event& e)
{
    Exec x(db);
    x.run(QStringLiteral("UPDATE courses SET actual_end = ? WHERE id = ? AND citizen_id = ?"),
          {e.payload.value(QStringLiteral("endDate")).toString(),
           e.payload.value(QStringLiteral("courseId")).toString(), e.subject});
    return x.error();
}

Error insertVersion(Exec& x, const Event& e, const QString& noteId, int version,
                    const QVariant& supersedes)
{
    const QString text = e.payload.value(QStringLiteral("text")).toString();
    x.run(QStringLiteral("INSERT INTO note_versions (id, note_id, version, supersedes, text,"
                         " author, written_at) VALUES (?,?,?,?,?,?,?)"),
          {e.id, noteId, version, supersedes, text, e.author, e.localTime});
    const qlonglong seq = x.lastId();
    x.run(QStringLiteral("INSERT INTO notes_fts (docid, text) VALUES (?, ?)"), {seq, text});
    return x.error();
}

Error noteAdded(QSqlDatabase db, const Event& e)
{
    Exec x(db);
    const QString noteId = e.payload.value(QStringLiteral("noteId")).toString();
    x.run(
        QStringLiteral("INSERT INTO notes (id, citizen_id, kind, current_version, created_at)"
                       " VALUES (?,?,?,?,?)"),
        {noteId, e.subject, e.payload.value(QStringLiteral("kind")).toString(), e.id, e.localTime});
    return insertVersion(x, e, noteId, 1, QVariant(QMetaType(QMetaType::QString)));
}

Error noteCorrected(QSqlDatabase db, const Event& e)
{
    Exec x(db);
    const QString noteId = e.payload.value(QStringLiteral("noteId")).toString();
    const QString supersedes = e.payload.value(QStringLiteral("supersedes")).toString();
    const QString current = x.single(QStringLiteral("SELECT current_version FROM notes"
                                                    " WHERE id = ? AND citizen_id = ?"),
                                     {noteId, e.subject})
                                .toString();
    if (x.error())
        return x.error();
    if (current.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("note"));
    // A correction names the version it corrects; correcting an older one would silently
    // drop the newer text. (Sync will turn this case into a visible conflict.)
    if (current != supersedes)
        return Error(ErrorCode::InvalidInput, QStringLiteral("correction of a superseded version"));
    const QVariant old =
        x.single(QStringLiteral("SELECT seq FROM note_versions WHERE id = ?"), {supersedes});
    const int version = x.single(QStringLiteral("SELECT max(version) FROM note_versions"
                                                " WHERE note_id = ?"),
                                 {noteId})
                            .toInt();
    // Remove the old text from the index while note_versions still holds it unchanged.
    x.run(QStringLiteral("DELETE FROM notes_fts WHERE docid = ?"), {old});
    x.run(QStringLiteral("UPDATE note_versions SET superseded_by = ? WHERE id = ?"),
          {e.id, supersedes});
    insertVersion(x, e, noteId, version + 1, supersedes);
    x.run(QStringLiteral("UPDATE notes SET current_version = ? WHERE id = ?"), {e.id, noteId});
    return x.error();
}

Error consentGiven(QSqlDatabase db, const Event& e, const QString& status)
{
    const QJsonObject& p = e.payload;
    const QString id = p.value(QStringLiteral("consentId")).toString();
    Exec x(db);
    x.run(
        QStringLiteral("INSERT INTO consents (id, citizen_id, course_id, status, template_id,"
                       " template_version, language, text_hash, valid_until, place, signer,"
                       " signer_role, signed_at, author, device, controller, processor, signature)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {id, e.subject, p.value(QStringLiteral("courseId")).toString(), status,
         p.value(QStringLiteral("templateId")).toString(),
         p.value(QStringLiteral("templateVersion")).toInt(),
         p.value(QStringLiteral("language")).toString(),
         p.value(QStringLiteral("textHash")).toString(),
         dateOrNull(p, QStringLiteral("validUntil")), p.value(QStringLiteral("place")).toString(),
         p.value(QStringLiteral("signer")).toString(),
         p.value(QStringLiteral("signerRole")).toString(), e.localTime, e.author, e.device,
         p.value(QStringLiteral("controller")).toString(),
         p.value(QStringLiteral("processor")).toString(),
         p.value(QStringLiteral("signature")).toString()});
    for (const QJsonValue& gv : p.value(QStringLiteral("grants")).toArray()) {
        const QJsonObject g = gv.toObject();
        for (const QJsonValue& c : g.value(QStringLiteral("categories")).toArray())
            x.run(QStringLiteral(
                      "INSERT INTO consent_grants (consent_id, recipient_kind, recipient_name,"
                      " category) VALUES (?,?,?,?)"),
                  {id, g.value(QStringLiteral("kind")).toString(),
                   g.value(QStringLiteral("name")).toString(), c.toString()});
    }
    return x.error();
}

Error consentWithdrawn(QSqlDatabase db, const Event& e)
{
    const QJsonObject& p = e.payload;
    const QString id = p.value(QStringLiteral("consentId")).toString();
    const QString kind = p.value(QStringLiteral("recipientKind")).toString();
    Exec x(db);
    if (kind.isEmpty()) { // the whole consent
        x.run(QStringLiteral("UPDATE consents SET withdrawn_at = ? WHERE id = ? AND citizen_id = ?"
                             " AND withdrawn_at IS NULL"),
              {e.localTime, id, e.subject});
        return x.error();
    }
    QString sql =
        QStringLiteral("UPDATE consent_grants SET withdrawn_at = ? WHERE consent_id = ?"
                       " AND recipient_kind = ? AND recipient_name = ? AND withdrawn_at IS NULL");
    QVariantList values{e.localTime, id, kind, p.value(QStringLiteral("recipientName")).toString()};
    const QString category = p.value(QStringLiteral("category")).toString();
    if (!category.isEmpty()) {
        sql += QStringLiteral(" AND category = ?");
        values << category;
    }
    x.run(sql, values);
    return x.error();
}

Error disclosureRecorded(QSqlDatabase db, const Event& e)
{
    const QJsonObject& p = e.payload;
    Exec x(db);
    const QString consent = p.value(QStringLiteral("consentId")).toString();
    x.run(QStringLiteral(
              "INSERT INTO disclosures (id, citizen_id, recipient_kind, recipient_name,"
              " categories, basis, consent_id, what, at, author) VALUES (?,?,?,?,?,?,?,?,?,?)"),
          {p.value(QStringLiteral("disclosureId")).toString(), e.subject,
           p.value(QStringLiteral("recipientKind")).toString(),
           p.value(QStringLiteral("recipientName")).toString(),
           p.value(QStringLiteral("categories")).toString(),
           p.value(QStringLiteral("basis")).toString(),
           consent.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(consent),
           p.value(QStringLiteral("what")).toString(), e.localTime, e.author});
    return x.error();
}

} // namespace

Error Projector::apply(QSqlDatabase db, const Event& e)
{
    if (e.type == EventType::CitizenAdded)
        return citizenAdded(db, e);
    if (e.type == EventType::CourseAdded)
        return courseAdded(db, e);
    if (e.type == EventType::CourseEnded)
        return courseEnded(db, e);
    if (e.type == EventType::NoteAdded)
        return noteAdded(db, e);
    if (e.type == EventType::NoteCorrected)
        return noteCorrected(db, e);
    if (e.type == EventType::ConsentGiven)
        return consentGiven(db, e, QStringLiteral("given"));
    if (e.type == EventType::ConsentRefused)
        return consentGiven(db, e, QStringLiteral("refused"));
    if (e.type == EventType::ConsentWithdrawn)
        return consentWithdrawn(db, e);
    if (e.type == EventType::DisclosureRecorded)
        return disclosureRecorded(db, e);
    return Error(ErrorCode::InvalidInput, QStringLiteral("unknown event type"));
}

} // namespace fortrolig
