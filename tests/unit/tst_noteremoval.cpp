// One note written in the wrong citizen's case, removed on the controller's instruction: every
// version of it goes from the journal (events, projections, search index, drafts, outbox,
// conflicts, sync problems), a stub with the reference stays, and nothing of the note's text
// is left in any page of the file or its write-ahead log, decrypted with the journal key
// outside SQLite. Locally (Journal::removeNote) and from the server's feed (JournalSync).
#include "JournalTestBase.h"
#include "PageScan.h"
#include "TestSupport.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalInternals.h"
#include "app/journal/JournalSync.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

namespace {
// The canaries: made up (the CPR number is dated 1858), and nothing of them may be left.
const QString kFirst = QStringLiteral("Kanarienotat zyxwqvut om 240258-5123 i forkert sag");
const QString kCorrected = QStringLiteral("Rettet kanarienotat vwqxjzpk stadig forkert sag");
const QString kBranch = QStringLiteral("Gren af kanarienotat pqzxwvkj skrevet samtidig");
const QString kDraft = QStringLiteral("Kladde til kanarienotat kjxzqwvp ikke gemt");
const QString kPulled = QStringLiteral("Hentet kanarierettelse wvzkqxjp sat til side");
const QStringList kCanaryWords = {QStringLiteral("zyxwqvut"), QStringLiteral("vwqxjzpk"),
                                  QStringLiteral("pqzxwvkj"), QStringLiteral("kjxzqwvp"),
                                  QStringLiteral("wvzkqxjp")};
// What must stay: the case's other notes and the other citizen's.
const QString kKept = QStringLiteral("Samtale om praktik qjxvbnmk ved Gråspurvevej");
const QString kOther = QStringLiteral("Andet menneskes notat mkvbnxjq om cykelkursus");
const QString kReference = QStringLiteral("KOM-2026/4711");
} // namespace

class TestNoteRemoval : public test::JournalTestBase
{
    Q_OBJECT
    QString addCitizen(const QString& name, const char* cpr)
    {
        return test::require(m_journal->addCitizen(name, *Cpr::parse(QString::fromLatin1(cpr))),
                             "citizen");
    }
    int hits(const QString& words)
    {
        return int(test::require(m_journal->search(words), "search").size());
    }
    // Every row that could hold the note: none may be left.
    void nothingOfTheNoteInTheTables(const QString& citizen, const QString& note)
    {
        const QVariantList n{note};
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE instr(payload, ?)"), n),
                 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM pending_events WHERE instr(json, ?)"), n),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notes WHERE id = ?"), n), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM note_versions WHERE note_id = ?"), n),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM drafts WHERE note_id = ?"), n), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE object_id = ?"), n),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox o LEFT JOIN events e"
                                       " ON e.seq = o.event_seq WHERE e.seq IS NULL")),
                 0);
        for (const QString& word : kCanaryWords) {
            const QVariantList w{word};
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_problems WHERE"
                                           " instr(reason, ?) OR instr(CAST(data AS TEXT), ?)"),
                            {word, word}),
                     0);
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE instr(reason, ?)"), w),
                0);
            QCOMPARE(hits(word), 0);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM removed_notes WHERE note_id = ?"
                                       " AND citizen_id = ?"),
                        {note, citizen}),
                 1);
    }
    // No page of the file or its log holds any canary, in UTF-8 or UTF-16, while the notes
    // that stay are found by the same scan.
    void scanFindsNoCanary(const char* when, const QStringList& canaries)
    {
        const test::DecryptedJournal after = test::decryptJournal(m_path, m_key);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        for (const QString& c : canaries) {
            for (const QByteArray& form : test::encodingsOf(c)) {
                QString where;
                QVERIFY2(!after.contains(form, &where),
                         qPrintable(QStringLiteral("%1: \"%2\" in %3")
                                        .arg(QString::fromLatin1(when), c, where)));
            }
        }
        QVERIFY2(after.contains(kKept.toUtf8()), when);
        QVERIFY2(after.contains(kOther.toUtf8()), when);
    }
    static QStringList canaries()
    {
        return QStringList{kFirst,
                           kCorrected,
                           kBranch,
                           kDraft,
                           kPulled,
                           QStringLiteral("240258-5123"),
                           QStringLiteral("kanarienotat")} +
               kCanaryWords;
    }
    // The note's versions, a branch of it (a conflict), a draft of a correction, and what
    // sync keeps about it: a version the server refused, one pulled and kept aside, a
    // version's text kept from a case that moved away.
    QString writeCanaryNote(const QString& citizen)
    {
        const QString note = test::require(m_journal->addNote(citizen, kFirst), "note");
        const QString first = test::require(m_journal->noteHistory(note), "history").first().id;
        const QString corrected = test::require(m_journal->correctNote(note, kCorrected), "v2");
        test::require(m_journal->correctNote(note, kBranch, {first}), "branch");
        test::require(m_journal->saveDraft({citizen, note, {}, kDraft, {}, corrected}), "draft");
        exec(QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, event_id, event_type,"
                            " reason, at) VALUES ('rejected', ?, ?, 'note.corrected', 'forbidden',"
                            " '2026-03-02T10:00:00.000+01:00')"),
             {citizen, corrected});
        Event pulled;
        pulled.id = newId();
        pulled.type = EventType::NoteCorrected;
        pulled.subject = citizen;
        pulled.author = QStringLiteral("kons-2");
        pulled.device = newId();
        pulled.localTime = QStringLiteral("2026-03-02T10:00:00.000+01:00");
        pulled.payload = QJsonObject{{QStringLiteral("noteId"), note},
                                     {QStringLiteral("supersedes"), QJsonArray{newId()}},
                                     {QStringLiteral("text"), kPulled}};
        exec(QStringLiteral("INSERT INTO pending_events (id, server_seq, citizen_id, json)"
                            " VALUES (?, 7, ?, ?)"),
             {pulled.id, citizen,
              QString::fromUtf8(QJsonDocument(pulled.toJson()).toJson(QJsonDocument::Compact))});
        exec(QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, event_id, event_type,"
                            " reason, at) VALUES ('not-applied', ?, ?, 'note.corrected', ?,"
                            " '2026-03-02T10:00:00.000+01:00')"),
             {citizen, pulled.id, QString(QStringLiteral("unknown version; ") + kPulled)});
        exec(QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, reason, at) VALUES"
                            " ('draft-kept', ?, ?, '2026-03-02T10:00:00.000+01:00')"),
             {citizen, kFirst});
        return note;
    }

private Q_SLOTS:
    void init() { startFresh(); }
    void cleanup() { m_journal.reset(); }

    // The proof: the note and every version of it are gone from the tables and from every
    // page, in UTF-8 and UTF-16, while the scan finds them before the removal and finds the
    // notes that stay after it; the stub, the log entry and the log's chain are there.
    void nothingOfARemovedNoteIsLeftOnDisk()
    {
        const QString wrong = addCitizen(QStringLiteral("Forkert Sagsen"), "150358-6123");
        const QString other = addCitizen(QStringLiteral("Anden Prøvesen"), test::kFakeCpr);
        const QString before = test::require(m_journal->addNote(wrong, kKept), "kept");
        m_clock.now = m_clock.now.addSecs(60);
        const QString note = writeCanaryNote(wrong);
        m_clock.now = m_clock.now.addSecs(60);
        const QString after =
            test::require(m_journal->addNote(wrong, QStringLiteral("Opfølgning")), "after");
        QVERIFY(m_journal->addNote(other, kOther).ok());
        QCOMPARE(test::require(m_journal->conflicts(wrong), "conflicts").size(), 1);
        QCOMPARE(hits(QStringLiteral("pqzxwvkj")), 1);

        const test::DecryptedJournal control = test::decryptJournal(m_path, m_key);
        QVERIFY2(control.error.isEmpty(), qPrintable(control.error));
        for (const QString& c : {kFirst, kCorrected, kBranch, kDraft, kPulled})
            QVERIFY2(control.contains(c.toUtf8()), qPrintable(c)); // the scan sees them
        QVERIFY(!control.frames.isEmpty());                        // in the log too

        m_clock.now = m_clock.now.addSecs(60);
        auto done = m_journal->removeNote(wrong, note, kReference);
        QVERIFY2(done.ok(), qPrintable(done.error().detail));
        QVERIFY(done.value() == Journal::NoteRemoval::Removed);
        QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0); // checkpointed, truncated

        nothingOfTheNoteInTheTables(wrong, note);
        const CitizenDetails d = test::require(m_journal->citizen(wrong), "case");
        QCOMPARE(d.notes.size(), 2);
        QCOMPARE(d.notes.at(0).noteId, before);
        QCOMPARE(d.notes.at(1).noteId, after);
        QCOMPARE(d.removedNotes.size(), 1);
        QCOMPARE(d.removedNotes.first().noteId, note);
        QCOMPARE(d.removedNotes.first().reference, kReference);
        QCOMPARE(d.removedNotes.first().removedAt, m_clock.now);
        QVERIFY(test::require(m_journal->conflicts(wrong), "conflicts").isEmpty());
        QVERIFY(test::require(m_journal->drafts(wrong), "drafts").isEmpty());
        QCOMPARE(hits(QStringLiteral("qjxvbnmk")), 1); // the others are still found
        QCOMPARE(hits(QStringLiteral("mkvbnxjq")), 1);
        QCOMPARE(m_journal->noteHistory(note).error().code, ErrorCode::NotFound);
        // Every event left is one the journal can still send (the outbox points at them).
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")),
                 scalar(QStringLiteral("SELECT count(*) FROM events")));

        // Logged, by the case's id only, and the log's chain holds.
        const auto log = test::require(m_journal->accessLog(wrong), "log");
        const auto removal = std::find_if(log.begin(), log.end(), [](const AccessLogEntry& e) {
            return e.action == AccessLog::Action::NoteRemoved;
        });
        QVERIFY(removal != log.end());
        QCOMPARE(removal->reason, QStringLiteral("note ") + note); // no reference, no text
        const Error verified = m_journal->verify();
        QVERIFY2(verified.ok(), qPrintable(verified.detail));

        scanFindsNoCanary("open", canaries());
        m_journal.reset();
        scanFindsNoCanary("closed", canaries());
        openJournal(JournalDatabase::Mode::Open);
        QCOMPARE(test::require(m_journal->citizen(wrong), "case").removedNotes.size(), 1);
        QVERIFY(m_journal->verify().ok());
    }

    // The same removal again, a note of another case, a note or a case that is not there, a
    // reference that reads as a CPR number.
    void removingIsExplicitAndIdempotent()
    {
        const QString wrong = addCitizen(QStringLiteral("Forkert Sagsen"), "150358-6123");
        const QString other = addCitizen(QStringLiteral("Anden Prøvesen"), test::kFakeCpr);
        const QString note = test::require(m_journal->addNote(wrong, kFirst), "note");
        const QString others = test::require(m_journal->addNote(other, kOther), "other");
        QCOMPARE(m_journal->removeNote(wrong, note, QStringLiteral("240258-5123")).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(m_journal->removeNote(wrong, note, QString()).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(m_journal->removeNote(wrong, others, kReference).error().code,
                 ErrorCode::InvalidInput); // a note of another case
        QCOMPARE(m_journal->removeNote(wrong, newId(), kReference).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(m_journal->removeNote(newId(), note, kReference).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(test::require(m_journal->citizen(wrong), "case").notes.size(), 1);

        QVERIFY(test::require(m_journal->removeNote(wrong, note, kReference), "first") ==
                Journal::NoteRemoval::Removed);
        const int logged = scalar(QStringLiteral("SELECT count(*) FROM access_log"));
        m_clock.now = m_clock.now.addDays(1);
        QVERIFY(test::require(m_journal->removeNote(wrong, note, QStringLiteral("ANDEN-1")),
                              "again") == Journal::NoteRemoval::StubOnly);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log")), logged);
        const auto stubs = test::require(m_journal->citizen(wrong), "case").removedNotes;
        QCOMPARE(stubs.size(), 1);
        QCOMPARE(stubs.first().reference, kReference); // the first removal's
        // A correction of the removed note cannot be written, nor its draft kept.
        QCOMPARE(m_journal->correctNote(note, QStringLiteral("ny tekst")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(m_journal->saveDraft({wrong, note, {}, kDraft, {}, {}}).code, ErrorCode::NotFound);
        QVERIFY(m_journal->verify().ok());
    }

    // From the server's feed: the note goes with its unsent correction (the instruction
    // wins), the case stays, the stub has the server's reference and time; again, and for a
    // note this journal never had, only the stub; for a case not here, nothing. A purge of
    // the case later takes the stub with it.
    void removalFromTheFeed()
    {
        JournalSync sync(*m_journal);
        const QString wrong = addCitizen(QStringLiteral("Forkert Sagsen"), "150358-6123");
        const QString other = addCitizen(QStringLiteral("Anden Prøvesen"), test::kFakeCpr);
        QVERIFY(m_journal->addNote(wrong, kKept).ok());
        QVERIFY(m_journal->addNote(other, kOther).ok());
        const QString note = test::require(m_journal->addNote(wrong, kFirst), "note");
        // Everything so far was sent and accepted; the correction was not sent yet.
        const auto sent = test::require(sync.nextBatch(100), "batch");
        QList<PushOutcome> accepted;
        for (const OutgoingEvent& o : sent)
            accepted << PushOutcome{o.event.id, PushOutcome::Status::Accepted, 1, {}};
        QVERIFY(!sync.applyPushResults(sent, accepted));
        QVERIFY(m_journal->correctNote(note, kCorrected).ok());
        QCOMPARE(m_journal->outboxSize(), 1);

        const QString at = QStringLiteral("2026-03-03T08:15:00.000Z");
        PulledPage page;
        page.items << PulledChange{
            10, PulledChange::Kind::NoteRemoved, wrong, {}, {}, note, kReference, at};
        page.items << PulledChange{
            11, PulledChange::Kind::NoteRemoved, newId(), {}, {}, newId(), kReference,
            at}; // a case not here
        page.cursor = 11;
        auto applied = sync.applyChanges(page);
        QVERIFY2(applied.ok(), qPrintable(applied.error().detail));
        QCOMPARE(applied->notesRemoved, 1);
        QCOMPARE(applied->removed, 0);
        QVERIFY(applied->citizens.contains(wrong)); // redrawn
        QVERIFY(!applied->logged.contains(wrong));  // not received: nothing was
        QCOMPARE(applied->cursor, qint64(11));
        QCOMPARE(m_journal->outboxSize(), 0); // the unsent correction went with it
        QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
        nothingOfTheNoteInTheTables(wrong, note);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM removed_notes")), 1);
        const CitizenDetails d = test::require(m_journal->citizen(wrong), "case"); // still here
        QCOMPARE(d.notes.size(), 1);
        QCOMPARE(d.removedNotes.first().reference, kReference);
        QCOMPARE(d.removedNotes.first().removedAt, StoredTime::from(at));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = ?"),
                        {AccessLog::Action::NoteRemoved}),
                 1);
        scanFindsNoCanary("after the feed", {kFirst, kCorrected, QStringLiteral("zyxwqvut"),
                                             QStringLiteral("vwqxjzpk")});

        // The same item again (a page read twice), and a note this journal never had (a new
        // laptop reading the feed): the stub, nothing else, nothing logged.
        const QString never = newId();
        page.items = {
            PulledChange{10, PulledChange::Kind::NoteRemoved, wrong, {}, {}, note, kReference, at},
            PulledChange{12,
                         PulledChange::Kind::NoteRemoved,
                         other,
                         {},
                         {},
                         never,
                         QStringLiteral("KOM-2026/4712"),
                         at}};
        page.cursor = 12;
        const int logged = scalar(QStringLiteral("SELECT count(*) FROM access_log"));
        applied = sync.applyChanges(page);
        QVERIFY2(applied.ok(), qPrintable(applied.error().detail));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log")), logged);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM removed_notes")), 2);
        QCOMPARE(test::require(m_journal->citizen(other), "other").notes.size(), 1);
        QCOMPARE(test::require(m_journal->citizen(other), "other").removedNotes.size(), 1);
        QVERIFY(m_journal->verify().ok());

        // The case is purged later: its stubs go with it.
        page.items = {PulledChange{13, PulledChange::Kind::Purge, wrong, {}, {}, {}, {}, {}}};
        page.cursor = 13;
        QVERIFY(sync.applyChanges(page).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM removed_notes WHERE citizen_id = ?"),
                        {wrong}),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM removed_notes")), 1);
    }
};

QTEST_GUILESS_MAIN(TestNoteRemoval)
#include "tst_noteremoval.moc"
