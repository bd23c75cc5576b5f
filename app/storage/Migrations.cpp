#include "app/storage/Migrations.h"

#include "app/storage/JournalDatabase.h"
#include "app/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fortrolig {

namespace {
// SQL for SQLite 3.15 (SQLCipher 3.4): no UPSERT, no RETURNING, no window functions. One
// list of statements per schema version, in order: a data table.
const QList<QList<const char*>>& steps()
{
    static const QList<QList<const char*>> s = {
        // 1: journal identity, the event log, the outbox, the access log.
        {
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE events ("
            " seq INTEGER PRIMARY KEY," // local order of appending
            " id TEXT NOT NULL UNIQUE," // UUID made on the device
            " type TEXT NOT NULL,"
            " subject TEXT NOT NULL," // the citizen's internal id
            " author TEXT NOT NULL,"
            " device TEXT NOT NULL,"
            " local_time TEXT NOT NULL," // ISO 8601 with offset
            " schema_version INTEGER NOT NULL,"
            " payload TEXT NOT NULL)",
            "CREATE INDEX events_subject ON events(subject)",
            // Keyed by the event's local sequence: appending never touches a random page.
            "CREATE TABLE outbox (event_seq INTEGER PRIMARY KEY REFERENCES events(seq)"
            " ON DELETE CASCADE, enqueued_at TEXT NOT NULL)",
            "CREATE TABLE access_log ("
            " seq INTEGER PRIMARY KEY,"
            " at TEXT NOT NULL,"
            " consultant TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " citizen_id TEXT," // internal id; never the CPR
            " reason TEXT NOT NULL DEFAULT '',"
            " prev_hash TEXT NOT NULL,"
            " hash TEXT NOT NULL)",
            "CREATE INDEX access_log_citizen ON access_log(citizen_id)",
        },
        // 2: projections of the events: citizens, courses, notes and their versions.
        {
            "CREATE TABLE citizens ("
            " num INTEGER PRIMARY KEY," // stable rowid for the search index
            " id TEXT NOT NULL UNIQUE,"
            " name TEXT NOT NULL,"
            " cpr TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)",
            "CREATE INDEX citizens_cpr ON citizens(cpr)",
            "CREATE TABLE courses ("
            " id TEXT PRIMARY KEY,"
            " citizen_id TEXT NOT NULL REFERENCES citizens(id),"
            " municipality TEXT NOT NULL,"
            " course_type TEXT NOT NULL,"
            " referral_date TEXT,"
            " start_date TEXT NOT NULL,"
            " planned_end TEXT,"
            " actual_end TEXT,"
            " created_at TEXT NOT NULL)",
            "CREATE INDEX courses_citizen ON courses(citizen_id)",
            "CREATE TABLE notes ("
            " id TEXT PRIMARY KEY,"
            " citizen_id TEXT NOT NULL REFERENCES citizens(id),"
            " kind TEXT NOT NULL,"
            " current_version TEXT NOT NULL,"
            " created_at TEXT NOT NULL)",
            "CREATE INDEX notes_citizen ON notes(citizen_id)",
            "CREATE TABLE note_versions ("
            " seq INTEGER PRIMARY KEY," // stable rowid for the search index
            " id TEXT NOT NULL UNIQUE," // the id of the event that wrote it
            " note_id TEXT NOT NULL REFERENCES notes(id),"
            " version INTEGER NOT NULL,"
            " supersedes TEXT,"
            " superseded_by TEXT,"
            " text TEXT NOT NULL,"
            " author TEXT NOT NULL,"
            " written_at TEXT NOT NULL,"
            " UNIQUE(note_id, version))",
        },
        // 3: full-text search (FTS4: SQLCipher 3.4 has no FTS5). unicode61 folds case for
        // æ/ø/å; diacritics are kept so that å does not match a.
        {
            "CREATE VIRTUAL TABLE citizens_fts USING fts4(content=\"citizens\", name,"
            " tokenize=unicode61 \"remove_diacritics=0\")",
            "CREATE VIRTUAL TABLE notes_fts USING fts4(content=\"note_versions\", text,"
            " tokenize=unicode61 \"remove_diacritics=0\")",
            // Merge index segments a little on every write, so search stays fast as it grows.
            "INSERT INTO notes_fts(notes_fts) VALUES('automerge=8')",
            "INSERT INTO citizens_fts(docid, name) SELECT num, name FROM citizens",
            "INSERT INTO notes_fts(docid, text) SELECT seq, text FROM note_versions"
            " WHERE superseded_by IS NULL",
        },
        // 4: drafts of notes being written, kept in the encrypted journal (never a temp file)
        // so that a crash or a lock loses nothing. Local to this device: not events.
        {
            "CREATE TABLE drafts ("
            " slot TEXT PRIMARY KEY," // "new:<citizen>" or "correct:<note>"
            " citizen_id TEXT NOT NULL,"
            " note_id TEXT,"
            " kind TEXT NOT NULL,"
            " text TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)",
        },
        // 5: consents (one row per form answered), what each allows (recipient x category),
        // and every disclosure with the basis it was made on.
        {
            "CREATE TABLE consents ("
            " id TEXT PRIMARY KEY,"
            " citizen_id TEXT NOT NULL REFERENCES citizens(id),"
            " course_id TEXT,"
            " status TEXT NOT NULL," // given | refused
            " template_id TEXT NOT NULL,"
            " template_version INTEGER NOT NULL,"
            " language TEXT NOT NULL,"
            " text_hash TEXT NOT NULL,"
            " valid_until TEXT,"
            " place TEXT NOT NULL DEFAULT '',"
            " signer TEXT NOT NULL DEFAULT '',"
            " signer_role TEXT NOT NULL DEFAULT '',"
            " controller TEXT NOT NULL DEFAULT ''," // the municipality
            " processor TEXT NOT NULL DEFAULT '',"  // the provider
            " signature TEXT NOT NULL DEFAULT '',"  // vector strokes (JSON)
            " signed_at TEXT NOT NULL,"
            " author TEXT NOT NULL,"
            " device TEXT NOT NULL,"
            " withdrawn_at TEXT)",
            "CREATE INDEX consents_citizen ON consents(citizen_id)",
            "CREATE TABLE consent_grants ("
            " consent_id TEXT NOT NULL REFERENCES consents(id),"
            " recipient_kind TEXT NOT NULL,"
            " recipient_name TEXT NOT NULL DEFAULT '',"
            " category TEXT NOT NULL,"
            " withdrawn_at TEXT,"
            " PRIMARY KEY (consent_id, recipient_kind, recipient_name, category))",
            "CREATE TABLE disclosures ("
            " id TEXT PRIMARY KEY,"
            " citizen_id TEXT NOT NULL REFERENCES citizens(id),"
            " recipient_kind TEXT NOT NULL,"
            " recipient_name TEXT NOT NULL DEFAULT '',"
            " categories TEXT NOT NULL,"
            " basis TEXT NOT NULL," // legal-basis | consent
            " consent_id TEXT,"
            " what TEXT NOT NULL,"
            " at TEXT NOT NULL,"
            " author TEXT NOT NULL)",
            "CREATE INDEX disclosures_citizen ON disclosures(citizen_id)",
            // A consent signed on paper: the scan, encrypted with the rest of the journal.
            "CREATE TABLE attachments ("
            " id TEXT PRIMARY KEY,"
            " citizen_id TEXT NOT NULL REFERENCES citizens(id),"
            " consent_id TEXT REFERENCES consents(id),"
            " name TEXT NOT NULL,"
            " sha256 TEXT NOT NULL,"
            " data BLOB NOT NULL)",
        },
        // 6: sync. Versions of correctable fields (a citizen's name and CPR number, a course's
        // end) and of notes may now branch: two devices changing the same version offline
        // both keep their text, and the branch is a conflict for the consultant to resolve.
        // What the server refused or could not be applied, cases deleted by the server.
        {
            "CREATE TABLE field_versions ("
            " seq INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL,"        // the event that set the value
            " object_id TEXT NOT NULL," // a citizen or a course
            " field TEXT NOT NULL,"
            " value TEXT NOT NULL,"
            " superseded_by TEXT,"
            " author TEXT NOT NULL,"
            " written_at TEXT NOT NULL,"
            " UNIQUE(object_id, field, id))",
            "INSERT INTO field_versions (id, object_id, field, value, author, written_at)"
            " SELECT e.id, c.id, 'name', c.name, e.author, e.local_time FROM citizens c"
            " JOIN events e ON e.subject = c.id AND e.type = 'citizen.added'",
            "INSERT INTO field_versions (id, object_id, field, value, author, written_at)"
            " SELECT e.id, c.id, 'cpr', c.cpr, e.author, e.local_time FROM citizens c"
            " JOIN events e ON e.subject = c.id AND e.type = 'citizen.added'",
            // SQLite 3.15 has no JSON functions; the payload is compact JSON written by us.
            "INSERT INTO field_versions (id, object_id, field, value, author, written_at)"
            " SELECT e.id, co.id, 'end', co.actual_end, e.author, e.local_time FROM courses co"
            " JOIN events e ON e.subject = co.citizen_id AND e.type = 'course.ended'"
            " AND e.payload LIKE '%\"courseId\":\"' || co.id || '\"%'"
            " WHERE co.actual_end IS NOT NULL",
            // Notes: the same version number may now exist twice (two branches).
            "CREATE TABLE note_versions_6 ("
            " seq INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE,"
            " note_id TEXT NOT NULL REFERENCES notes(id),"
            " version INTEGER NOT NULL,"
            " supersedes TEXT,"
            " superseded_by TEXT,"
            " text TEXT NOT NULL,"
            " author TEXT NOT NULL,"
            " written_at TEXT NOT NULL)",
            "INSERT INTO note_versions_6 SELECT seq, id, note_id, version, supersedes,"
            " superseded_by, text, author, written_at FROM note_versions",
            "DROP TABLE note_versions",
            "ALTER TABLE note_versions_6 RENAME TO note_versions",
            "CREATE INDEX note_versions_note ON note_versions(note_id)",
            // Open conflicts only, derived from the versions (a row exists while more than
            // one version is current), so that every device holds the same rows.
            "CREATE TABLE conflicts ("
            " id INTEGER PRIMARY KEY,"
            " citizen_id TEXT NOT NULL,"
            " kind TEXT NOT NULL,"      // note | field
            " object_id TEXT NOT NULL," // the note, or the citizen or course of the field
            " field TEXT NOT NULL DEFAULT '',"
            " detected_at TEXT NOT NULL)",
            "CREATE INDEX conflicts_citizen ON conflicts(citizen_id)",
            // Refused pushes and pulled events that could not be applied (kept, not lost).
            "CREATE TABLE sync_problems ("
            " id INTEGER PRIMARY KEY,"
            " kind TEXT NOT NULL," // rejected | not-applied
            " citizen_id TEXT,"
            " event_id TEXT,"
            " event_type TEXT NOT NULL DEFAULT '',"
            " reason TEXT NOT NULL,"
            " at TEXT NOT NULL,"
            " dismissed_at TEXT)",
            "CREATE INDEX sync_problems_citizen ON sync_problems(citizen_id)",
            "CREATE TABLE pending_events ("
            " id TEXT PRIMARY KEY,"
            " server_seq INTEGER NOT NULL,"
            " citizen_id TEXT NOT NULL,"
            " json TEXT NOT NULL,"
            " pushed_by TEXT NOT NULL DEFAULT '')",
            // Who the server received a pulled event from (its own account check): shown
            // beside the author an event names, where the two differ.
            "ALTER TABLE events ADD COLUMN pushed_by TEXT NOT NULL DEFAULT ''",
            // A case the server deleted: nothing of it may come back. No personal data.
            "CREATE TABLE tombstones ("
            " citizen_id TEXT PRIMARY KEY,"
            " at TEXT NOT NULL)",
        },
        // 7: a draft of a correction remembers the version it corrects, so that a restored
        // draft, finished after another device's correction arrived, is kept beside that
        // one (a conflict) instead of replacing a text its writer never saw. A scanned paper
        // consent (which does not sync) of a case that moved away is kept with the sync
        // problems, to be saved and passed on, instead of being deleted with the case.
        {
            "ALTER TABLE drafts ADD COLUMN based_on TEXT",
            "ALTER TABLE sync_problems ADD COLUMN data BLOB",
        },
        // 8: a consent keeps the consultant's name as at signing, so that a receipt printed
        // again names the same person. Older consents have none (''): their receipts name
        // the consultant as the journal knows them now.
        {
            "ALTER TABLE consents ADD COLUMN consultant_name TEXT NOT NULL DEFAULT ''",
        },
        // 9: retention. The consultant's hold of a case (case.held, until case.released): a
        // held case is not deleted when its retention period ends. The rules and the server's
        // holds are kept in meta (JSON), so they apply offline too.
        {
            "CREATE TABLE case_holds ("
            " citizen_id TEXT PRIMARY KEY,"
            " event_id TEXT NOT NULL," // the case.held event
            " reason TEXT NOT NULL,"
            " until TEXT," // ISO date; NULL: until released
            " held_by TEXT NOT NULL,"
            " held_at TEXT NOT NULL)",
        },
        // 10: a note removed on the controller's instruction (written in the wrong citizen's
        // case): every version of it is deleted, and this stub stays in the case's history
        // with the instruction's reference. No text of the note.
        {
            "CREATE TABLE removed_notes ("
            " note_id TEXT PRIMARY KEY,"
            " citizen_id TEXT NOT NULL,"
            " reference TEXT NOT NULL,"
            " removed_at TEXT NOT NULL)", // ISO 8601
            "CREATE INDEX removed_notes_citizen ON removed_notes(citizen_id)",
        },
        // 11: a consent may allow obtaining information from a recipient as well as telling
        // them (form version 3), each with its own categories, and says why (the purpose).
        // A grant's direction joins its key; earlier grants all told. A disclosure record
        // may be of information obtained from the recipient.
        {
            "CREATE TABLE consent_grants_11 ("
            " consent_id TEXT NOT NULL REFERENCES consents(id),"
            " recipient_kind TEXT NOT NULL,"
            " recipient_name TEXT NOT NULL DEFAULT '',"
            " direction TEXT NOT NULL DEFAULT 'tell'," // tell | obtain
            " category TEXT NOT NULL,"
            " purpose TEXT NOT NULL DEFAULT '',"
            " withdrawn_at TEXT,"
            " PRIMARY KEY (consent_id, recipient_kind, recipient_name, direction, category))",
            "INSERT INTO consent_grants_11 (consent_id, recipient_kind, recipient_name, category,"
            " withdrawn_at) SELECT consent_id, recipient_kind, recipient_name, category,"
            " withdrawn_at FROM consent_grants",
            "DROP TABLE consent_grants",
            "ALTER TABLE consent_grants_11 RENAME TO consent_grants",
            "ALTER TABLE disclosures ADD COLUMN direction TEXT NOT NULL DEFAULT 'tell'",
        },
        // 12: the record proves what was shown: the pages as the citizen saw them (text_hash is
        // their SHA-256), the values filled into the form (JSON), and the hash of the receipt
        // made at signing.
        {
            "ALTER TABLE consents ADD COLUMN shown_text TEXT",
            "ALTER TABLE consents ADD COLUMN details TEXT",
            "ALTER TABLE consents ADD COLUMN receipt_hash TEXT",
        },
        // 13: the citizen's requests (request.received, request.step): what, how and when it
        // came, and when it was forwarded to the municipality, extended, answered. The
        // deadlines are computed from these (CitizenRequest), never stored.
        {
            "CREATE TABLE requests ("
            " id TEXT PRIMARY KEY,"
            " citizen_id TEXT NOT NULL,"
            " kind TEXT NOT NULL,"
            " channel TEXT NOT NULL,"
            " received_at TEXT NOT NULL," // ISO 8601 with offset
            " description TEXT NOT NULL DEFAULT '',"
            " author TEXT NOT NULL,"
            " forwarded_at TEXT, forwarded_to TEXT, forward_channel TEXT,"
            " extended_to TEXT, decided_on TEXT, told_on TEXT,"
            " answered_on TEXT, outcome TEXT)",
            "CREATE INDEX requests_citizen ON requests(citizen_id)",
        },
        // 14: a case's restrictions (case.restricted, case.restriction-lifted): on which
        // request or instruction, since when; when lifted, why, and when and how the citizen
        // was told. In force while lifted_at is NULL.
        {
            "CREATE TABLE restrictions ("
            " id TEXT PRIMARY KEY,"
            " citizen_id TEXT NOT NULL,"
            " request_id TEXT, instruction TEXT,"
            " set_at TEXT NOT NULL, set_by TEXT NOT NULL,"
            " lifted_at TEXT, lifted_by TEXT, lift_reason TEXT, told_at TEXT, told_how TEXT)",
            "CREATE INDEX restrictions_citizen ON restrictions(citizen_id)",
        },
        // 15: why a course ended (course.ended's reason: job, education, continued-benefit,
        // interrupted, other); NULL for courses ended before it was asked.
        {
            "ALTER TABLE courses ADD COLUMN end_reason TEXT",
        },
        // 16: courses handed over to the municipality (course.handed-over): when, by whom,
        // how and to which address, who received it, the disclosure record written with it
        // and the SHA-256 of the files sent. A course may be handed over again (a correction).
        {
            "CREATE TABLE hand_overs ("
            " id TEXT PRIMARY KEY,"
            " citizen_id TEXT NOT NULL,"
            " course_id TEXT NOT NULL,"
            " at TEXT NOT NULL, author TEXT NOT NULL,"
            " channel TEXT NOT NULL, sent_to TEXT NOT NULL, received_by TEXT,"
            " disclosure_id TEXT NOT NULL, json_sha256 TEXT NOT NULL, pdf_sha256 TEXT)",
            "CREATE INDEX hand_overs_citizen ON hand_overs(citizen_id)",
            "CREATE INDEX hand_overs_course ON hand_overs(course_id)",
        },
        // 17: a note belongs to a course (note.added's courseId), so that the data of two
        // municipalities that referred the same citizen can be told apart; NULL for a note
        // not tied to one. A draft remembers the course chosen for it. The citizen's address,
        // phone and e-mail, versioned like the name.
        {
            "ALTER TABLE notes ADD COLUMN course_id TEXT",
            "ALTER TABLE drafts ADD COLUMN course_id TEXT",
            // The citizen's contact details (citizen.corrected of address, phone, email):
            // the value shown; every version is in field_versions. NULL: none given.
            "ALTER TABLE citizens ADD COLUMN address TEXT",
            "ALTER TABLE citizens ADD COLUMN phone TEXT",
            "ALTER TABLE citizens ADD COLUMN email TEXT",
        },
    };
    return s;
}
} // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
}

Result<int> Migrations::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return JournalDatabase::errorFrom(q.lastError(), {});
    return q.value(0).toInt();
}

Error Migrations::migrate(QSqlDatabase db, int target)
{
    if (target < 0)
        target = latestVersion();
    const QString dir; // errors here are reported without probing the folder
    auto current = currentVersion(db);
    if (!current.ok())
        return current.error();
    if (current.value() > latestVersion())
        return Error(ErrorCode::NewerFormat,
                     QStringLiteral("schema ") + QString::number(current.value()));
    for (int v = current.value(); v < target; ++v) {
        Transaction tx(db, nullptr, dir);
        if (tx.error())
            return tx.error();
        QSqlQuery q(db);
        bool ok = true;
        for (const char* sql : steps().at(v)) {
            if (!q.exec(QString::fromUtf8(sql))) {
                ok = false;
                break;
            }
        }
        if (ok)
            ok = q.exec(QStringLiteral("PRAGMA user_version = ") + QString::number(v + 1));
        if (!ok)
            return JournalDatabase::errorFrom(q.lastError(), dir); // q finishes, then tx rolls back
        q.finish();
        if (Error e = tx.commit())
            return e;
    }
    if (target == latestVersion())
        return ensureBulkIndexes(db);
    return {};
}

QStringList Migrations::bulkIndexes()
{
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS events_subject ON events(subject)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS notes_citizen ON notes(citizen_id)")};
}

Error Migrations::ensureBulkIndexes(QSqlDatabase db)
{
    // A bulk pull that was cut short (a crash, a kill) leaves them dropped: put them back.
    QSqlQuery q(db);
    for (const QString& sql : bulkIndexes()) {
        if (!q.exec(sql))
            return JournalDatabase::errorFrom(q.lastError(), {});
    }
    // A completion that did not happen (the program ended first): now, before anything else.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key = '%1'")
                    .arg(QLatin1StringView(kNotesIndexedUpTo))) ||
        !q.next())
        return JournalDatabase::errorFrom(q.lastError(), {});
    const bool waiting = q.value(0).toInt() > 0;
    q.finish();
    if (!waiting)
        return {};
    Transaction tx(db);
    if (tx.error())
        return tx.error();
    for (const QByteArray& sql : completeNotesIndex())
        if (!q.exec(QString::fromUtf8(sql)))
            return JournalDatabase::errorFrom(q.lastError(), {});
    return tx.commit();
}

QList<QByteArray> Migrations::deferNotesIndex()
{
    return {QByteArrayLiteral("INSERT OR IGNORE INTO meta (key, value) SELECT '") +
            kNotesIndexedUpTo + QByteArrayLiteral("', coalesce(max(seq), 0) FROM note_versions")};
}

QList<QByteArray> Migrations::completeNotesIndex()
{
    return {QByteArrayLiteral("INSERT INTO notes_fts (docid, text) SELECT seq, text FROM"
                              " note_versions WHERE superseded_by IS NULL AND seq > (SELECT"
                              " CAST(value AS INTEGER) FROM meta WHERE key = '") +
                kNotesIndexedUpTo + QByteArrayLiteral("')"),
            QByteArrayLiteral("DELETE FROM meta WHERE key = '") + kNotesIndexedUpTo +
                QByteArrayLiteral("'")};
}

QString Migrations::notesIndexed()
{
    return QStringLiteral("docid <= coalesce((SELECT CAST(value AS INTEGER) FROM meta"
                          " WHERE key = '%1'), docid)")
        .arg(QLatin1StringView(kNotesIndexedUpTo));
}

} // namespace fortrolig
