// A part of a case (its consents, or its disclosure records) whose own retention period ends
// before the case's: its events go from the journal with what they projected (consents, their
// grants and paper scans, disclosure records), sent or not, refused or kept aside, and nothing
// of them is left in any page of the file or its write-ahead log, decrypted with the journal
// key outside SQLite; the rest of the case stays. From the server's feed (JournalSync) and
// offline (Journal::applyRetention). Synthetic data only.
#include "JournalTestBase.h"
#include "PageScan.h"
#include "TestSupport.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalInternals.h"
#include "app/journal/JournalSync.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

namespace {
// What a case's consent and disclosure hold, each with words found nowhere else.
struct Words
{
    QString signer, place, signature, disclosure;
    QByteArray scan;
    QStringList of(RetentionKind part) const
    {
        QStringList out;
        if (part == RetentionKind::Consents)
            out << signer << place << signature << QString::fromLatin1(scan);
        else
            out << disclosure;
        return out;
    }
};
// The canary case's (made up; the CPR number is dated 1858).
const Words kCanary{QStringLiteral("Signe Kanarieprøve xqzvjwkp"),
                    QStringLiteral("Kanarieby zjqvxkwp"), QStringLiteral("sig:7311,9137,4421"),
                    QStringLiteral("Kanarieudlevering xkqzjvwp om helbred"),
                    QByteArray("%PDF-1.4 kanariescanning pjqxzvwk")};
// The other case's, which stay.
const Words kOther{QStringLiteral("Otto Overlever jvkqzxwb"),
                   QStringLiteral("Overleverby wbkqjzxv"), QStringLiteral("sig:5521,8813,2297"),
                   QStringLiteral("Overleverudlevering wzqkjxvb til lægen"),
                   QByteArray("%PDF-1.4 overleverscanning vbjzqkxw")};
const QString kNote = QStringLiteral("Samtale om praktik qjxvbnmk ved Gråspurvevej");
const QString kOtherNote = QStringLiteral("Andet menneskes notat mkvbnxjq om cykelkursus");
const Recipient kDoctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
const QString kAby = QStringLiteral("Aby Kommune");

RetentionRules rulesOf(QList<RetentionRule> rules)
{
    return RetentionRules(std::move(rules));
}

enum class Path
{
    Feed,
    Offline
};
} // namespace

class TestPartRemoval : public test::JournalTestBase
{
    Q_OBJECT
    // A citizen with one course in Aby that runs (its end is recorded later).
    QString addCase(const QString& name, const char* cpr)
    {
        const CourseInput c{{}, kAby, QStringLiteral("afklaringsforløb"), {}, QDate(2026, 1, 5),
                            {}};
        return test::require(
            m_journal->addCitizenWithCourse(name, *Cpr::parse(QString::fromLatin1(cpr)), c),
            "citizen");
    }
    QString courseOf(const QString& citizen)
    {
        return test::require(m_journal->citizen(citizen), "case").courses.last().id;
    }
    // A consent signed on paper (the scan attached) for the case's newest course, to a doctor.
    QString giveConsent(const QString& citizen, const Words& w)
    {
        ConsentInput c;
        c.citizenId = citizen;
        c.courseId = courseOf(citizen);
        c.templateId = QStringLiteral("paper");
        c.templateVersion = 1;
        c.language = QStringLiteral("da");
        c.textHash = QString::fromLatin1(
            QCryptographicHash::hash(w.scan, QCryptographicHash::Sha256).toHex());
        c.grants = {{kDoctor, {QStringLiteral("ordinary"), QStringLiteral("health")}},
                    {{QStringLiteral("akasse"), {}}, {QStringLiteral("ordinary")}}};
        c.place = w.place;
        c.signer = w.signer;
        c.signerRole = QStringLiteral("citizen");
        c.signature = w.signature.toUtf8();
        c.paperScan = w.scan;
        c.paperScanName = QStringLiteral("samtykke.pdf");
        return test::require(m_journal->giveConsent(c), "consent");
    }
    // The case's consent (with a withdrawal of one recipient), a disclosure under it, a note.
    QString writeCase(const QString& citizen, const Words& w, const QString& note)
    {
        const QString consent = giveConsent(citizen, w);
        test::require(
            m_journal->disclose(citizen, kDoctor, {QStringLiteral("health")}, w.disclosure),
            "disclosure");
        test::require(m_journal->withdrawConsent(consent, {QStringLiteral("akasse"), {}}),
                      "withdrawal");
        test::require(m_journal->addNote(citizen, note), "note");
        return consent;
    }
    // Everything in the outbox was sent and accepted.
    void allSent(JournalSync& sync)
    {
        const auto sent = test::require(sync.nextBatch(1000), "batch");
        QList<PushOutcome> accepted;
        for (const OutgoingEvent& o : sent)
            accepted << PushOutcome{o.event.id, PushOutcome::Status::Accepted, 1, {}};
        QVERIFY(!sync.applyPushResults(sent, accepted));
    }
    static PulledChange partRemoved(qint64 seq, const QString& citizen, RetentionKind part,
                                    const QDateTime& at)
    {
        return PulledChange{seq, PulledChange::Kind::PartRemoved,        citizen,     {}, {}, {},
                            {},  at.toUTC().toString(Qt::ISODateWithMs), nameOf(part)};
    }
    Result<JournalSync::Applied> pull(JournalSync& sync, QList<PulledChange> items)
    {
        PulledPage page;
        page.items = std::move(items);
        page.cursor = page.items.isEmpty() ? 0 : page.items.last().seq;
        return sync.applyChanges(page);
    }
    // Kept aside: a pulled copy of the case's consent under another event id (it cannot be
    // applied: the consent is there), and a scan kept when the case moved away once.
    void keepAside(const QString& citizen, const QString& consent, const Words& w)
    {
        Event e;
        e.id = newId();
        e.type = EventType::ConsentGiven;
        e.subject = citizen;
        e.author = QStringLiteral("kons-2");
        e.device = newId();
        e.localTime = QStringLiteral("2026-03-02T10:00:00.000+01:00");
        e.payload = QJsonObject{{QStringLiteral("consentId"), consent},
                                {QStringLiteral("signer"), w.signer},
                                {QStringLiteral("place"), w.place}};
        exec(QStringLiteral("INSERT INTO pending_events (id, server_seq, citizen_id, json)"
                            " VALUES (?, 7, ?, ?)"),
             {e.id, citizen,
              QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact))});
        exec(QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, event_id, event_type,"
                            " reason, at) VALUES ('not-applied', ?, ?, ?, 'consent exists',"
                            " '2026-03-02T10:00:00.000+01:00')"),
             {citizen, e.id, e.type});
        exec(QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, reason, at, data)"
                            " VALUES ('scan-kept', ?, 'samtykke.pdf',"
                            " '2026-02-20T10:00:00.000+01:00', ?)"),
             {citizen, w.scan});
    }
    void scan(const char* when, const QStringList& gone, const QStringList& kept)
    {
        const test::DecryptedJournal pages = test::decryptJournal(m_path, m_key);
        QVERIFY2(pages.error.isEmpty(), qPrintable(pages.error));
        for (const QString& c : gone) {
            for (const QByteArray& form : test::encodingsOf(c)) {
                QString where;
                QVERIFY2(!pages.contains(form, &where),
                         qPrintable(QStringLiteral("%1: \"%2\" in %3")
                                        .arg(QString::fromLatin1(when), c, where)));
            }
        }
        for (const QString& k : kept)
            QVERIFY2(pages.contains(k.toUtf8()), qPrintable(QString::fromLatin1(when) + k));
    }
    // Erases `part` of `citizen` by the feed (up to now) or offline (a rule of one month for
    // the part, the course ended, two months later).
    void erase(Path path, RetentionKind part, const QString& citizen)
    {
        if (path == Path::Feed) {
            JournalSync sync(*m_journal);
            m_clock.now = m_clock.now.addSecs(60);
            auto applied = pull(sync, {partRemoved(20, citizen, part, m_clock.now)});
            QVERIFY2(applied.ok(), qPrintable(applied.error().detail));
            QCOMPARE(applied->partsRemoved, 1);
            QVERIFY(applied->citizens.contains(citizen)); // redrawn
            QVERIFY(!applied->logged.contains(citizen));  // nothing was received
            return;
        }
        QVERIFY(!m_journal->setLocalRetention(rulesOf({{{}, part, 1}})));
        QVERIFY(!m_journal->endCourse(courseOf(citizen), QDate(2026, 3, 31)));
        m_clock.now = QDateTime(QDate(2026, 5, 15), QTime(9, 0), Qt::UTC);
        auto run = m_journal->applyRetention(m_clock.now.date());
        QVERIFY2(run.ok(), qPrintable(run.error().detail));
        QCOMPARE(run->count(), 0); // the case stays
        QCOMPARE(run->parts.size(), 1);
        QCOMPARE(run->parts.first().citizenId, citizen);
        QVERIFY(run->parts.first().part == part);
        QCOMPARE(run->parts.first().dueDate, QDate(2026, 4, 30));
        QCOMPARE(run->parts.first().months, 1);
        QVERIFY(run->parts.first().events > 0);
    }
    // Nothing of the part in the tables, the rest of the case there.
    void partGoneFromTheTables(RetentionKind part, const QString& citizen)
    {
        const QVariantList c{citizen};
        for (const QString& type : eventTypesOf(part))
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE subject = ?"
                                           " AND type = ?"),
                            {citizen, type}),
                     0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox o LEFT JOIN events e"
                                       " ON e.seq = o.event_seq WHERE e.seq IS NULL")),
                 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM events WHERE subject = ? AND type = ?"),
                   {citizen, EventType::NoteAdded}),
            1);
        // The consents with their grants, scans, kept scans and the consent kept aside; or the
        // disclosure records.
        const bool consents = part == RetentionKind::Consents;
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM consents WHERE citizen_id = ?"), c),
                 consents ? 0 : 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM consent_grants g JOIN consents k"
                                       " ON k.id = g.consent_id WHERE k.citizen_id = ?"),
                        c),
                 consents ? 0 : 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM consent_grants WHERE consent_id NOT"
                                       " IN (SELECT id FROM consents)")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE citizen_id = ?"), c),
                 consents ? 0 : 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM pending_events WHERE citizen_id = ?"), c),
            consents ? 0 : 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_problems WHERE citizen_id = ?"
                                       " AND kind IN ('scan-kept', 'not-applied')"),
                        c),
                 consents ? 0 : 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM disclosures WHERE citizen_id = ?"), c),
                 consents ? 1 : 0);
        QCOMPARE(test::require(m_journal->citizen(citizen), "case").notes.size(), 1);
    }

private Q_SLOTS:
    void init() { startFresh(); }
    void cleanup() { m_journal.reset(); }

    void nothingOfAnErasedPartIsLeftOnDisk_data()
    {
        QTest::addColumn<int>("part");
        QTest::addColumn<int>("path");
        for (RetentionKind part : caseParts()) {
            for (const Path path : {Path::Feed, Path::Offline})
                QTest::addRow("%s, %s", qPrintable(nameOf(part)),
                              path == Path::Feed ? "feed" : "offline")
                    << int(part) << int(path);
        }
    }
    // The proof, for each part and both ways: the part's words are in the pages before and in
    // none after (UTF-8 and UTF-16, the journal open and closed), while the case's other part,
    // its note and another case's consent, disclosure and note are found by the same scan.
    void nothingOfAnErasedPartIsLeftOnDisk()
    {
        QFETCH(int, part);
        QFETCH(int, path);
        const auto kind = RetentionKind(part);
        const QString canary = addCase(QStringLiteral("Kanariefugl Testesen"), "171258-7361");
        const QString other = addCase(QStringLiteral("Anden Prøvesen"), test::kFakeCpr);
        const QString consent = writeCase(canary, kCanary, kNote);
        writeCase(other, kOther, kOtherNote);
        keepAside(canary, consent, kCanary);
        if (Path(path) == Path::Feed) {
            JournalSync sync(*m_journal);
            allSent(sync);
        }
        const test::DecryptedJournal control = test::decryptJournal(m_path, m_key);
        QVERIFY2(control.error.isEmpty(), qPrintable(control.error));
        for (const QString& word : kCanary.of(kind))
            QVERIFY2(control.contains(word.toUtf8()), qPrintable(word)); // the scan sees them

        // The search index holds nothing of a part: it is not merged again (seconds at a
        // million notes) for one, while the log is still truncated.
        const int segments = scalar(QStringLiteral("SELECT count(*) FROM notes_fts_segdir"));
        QVERIFY2(segments > 1, qPrintable(QString::number(segments))); // a merge would show
        erase(Path(path), kind, canary);
        QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0); // checkpointed
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notes_fts_segdir")), segments);
        partGoneFromTheTables(kind, canary);

        const RetentionKind otherPart =
            kind == RetentionKind::Consents ? RetentionKind::Disclosures : RetentionKind::Consents;
        const QStringList kept = QStringList{kNote, kOtherNote} + kCanary.of(otherPart) +
                                 kOther.of(RetentionKind::Consents) +
                                 kOther.of(RetentionKind::Disclosures);
        // What the case shows still works: its consents, its disclosures (which may name a
        // consent that went), its receipts.
        const auto disclosures = test::require(m_journal->disclosures(canary), "disclosures");
        const auto consents = test::require(m_journal->consents(canary), "consents");
        if (kind == RetentionKind::Consents) {
            QVERIFY(consents.isEmpty());
            QCOMPARE(disclosures.size(), 1);
            QCOMPARE(disclosures.first().consentId, consent);
            QCOMPARE(m_journal->consentRecord(consent).error().code, ErrorCode::NotFound);
        } else {
            QVERIFY(disclosures.isEmpty());
            QCOMPARE(consents.size(), 1);
            QVERIFY(m_journal->consentRecord(consent).ok());
        }
        QCOMPARE(test::require(m_journal->disclosures(other), "other").size(), 1);
        QCOMPARE(test::require(m_journal->consents(other), "other").size(), 1);

        // Logged by the case's id with the rule and the part, nothing of the part itself; the
        // log's chain holds.
        const auto log = test::require(m_journal->accessLog(canary), "log");
        int logged = 0;
        for (const AccessLogEntry& e : log) {
            if (e.action != AccessLog::Action::PartDeleted)
                continue;
            ++logged;
            QVERIFY2(e.reason.startsWith(QStringLiteral("retention; part ") + nameOf(kind)),
                     qPrintable(e.reason));
            QVERIFY2(e.reason.contains(QStringLiteral("municipality ") + kAby),
                     qPrintable(e.reason));
            for (const QString& word : kCanary.of(kind))
                QVERIFY(!e.reason.contains(word));
        }
        QCOMPARE(logged, 1);
        const Error verified = m_journal->verify();
        QVERIFY2(verified.ok(), qPrintable(verified.detail));

        scan("open", kCanary.of(kind), kept);
        m_journal.reset();
        scan("closed", kCanary.of(kind), kept);
        openJournal(JournalDatabase::Mode::Open);
        QVERIFY(m_journal->verify().ok());
    }

    // One municipality's course cut out of a case another municipality's course shares (the
    // end of its contract, a 'part-removed' item naming "course:ID"): the course goes with its
    // notes (every version), the consent given for it with its withdrawal and the disclosure
    // made under it, the draft meant for it and their search-index entries, nothing of them
    // left on disk; the other course, its note and a note tied to no course stay; logged once
    // by the course's id; the same item again changes nothing.
    void aCourseCutOutOfASharedCaseLeavesNothingOfIt()
    {
        JournalSync sync(*m_journal);
        const QString citizen = addCase(QStringLiteral("Kanariefugl Testesen"), "171258-7361");
        const QString aby = courseOf(citizen);
        const QString abyNote = test::require(
            m_journal->addNote(citizen, kOtherNote, QStringLiteral("note"), aby), "note");
        const QString bby =
            test::require(m_journal->addCourse(CourseInput{citizen,
                                                           QStringLiteral("Bby Kommune"),
                                                           QStringLiteral("afklaringsforløb"),
                                                           {},
                                                           QDate(2026, 3, 2),
                                                           {}}),
                          "course");
        const QString consent = writeCase(citizen, kCanary, kNote); // for Bby, the newest
        const QString bbyNote =
            test::require(m_journal->addNote(citizen, QStringLiteral("Bby-samtale zqxkvjwp"),
                                             QStringLiteral("note"), bby),
                          "note");
        test::require(m_journal->correctNote(bbyNote, QStringLiteral("Bby-rettelse pkwqzxvj")),
                      "correction");
        QVERIFY(!m_journal->saveDraft(Draft{citizen,
                                            {},
                                            QStringLiteral("note"),
                                            QStringLiteral("Bby-kladde wvkxjqzp"),
                                            m_clock.now,
                                            {},
                                            bby}));
        allSent(sync);
        m_clock.now = m_clock.now.addSecs(60);
        const PulledChange cut{31,
                               PulledChange::Kind::PartRemoved,
                               citizen,
                               {},
                               {},
                               {},
                               {},
                               m_clock.now.toUTC().toString(Qt::ISODateWithMs),
                               coursePartName(bby)};
        auto applied = pull(sync, {cut});
        QVERIFY2(applied.ok(), qPrintable(applied.error().detail));
        QCOMPARE(applied->partsRemoved, 1);
        QVERIFY(applied->citizens.contains(citizen));

        const CitizenDetails after = test::require(m_journal->citizen(citizen), "case");
        QCOMPARE(after.courses.size(), 1);
        QCOMPARE(after.courses.first().id, aby);
        QCOMPARE(after.notes.size(), 2); // Aby's and the one tied to no course
        for (const NoteSummary& n : after.notes)
            QVERIFY(n.noteId != bbyNote);
        QVERIFY(test::require(m_journal->consents(citizen), "consents").isEmpty());
        QVERIFY(test::require(m_journal->disclosures(citizen), "disclosures").isEmpty());
        QCOMPARE(m_journal->consentRecord(consent).error().code, ErrorCode::NotFound);
        QCOMPARE(m_journal->noteHistory(bbyNote).error().code, ErrorCode::NotFound);
        QVERIFY(test::require(m_journal->search(QStringLiteral("zqxkvjwp")), "search").isEmpty());
        QVERIFY(test::require(m_journal->drafts(citizen), "drafts").isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE instr(payload, ?) > 0"),
                        {bby}),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM consent_grants")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attachments")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        int logged = 0;
        for (const AccessLogEntry& e : test::require(m_journal->accessLog(citizen), "log"))
            if (e.action == AccessLog::Action::PartDeleted) {
                ++logged;
                QVERIFY2(e.reason.startsWith(QStringLiteral("contract end; course ") + bby),
                         qPrintable(e.reason));
            }
        QCOMPARE(logged, 1);
        QVERIFY(m_journal->verify().ok());

        applied = pull(sync, {cut});
        QVERIFY(applied.ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = ?"),
                        {AccessLog::Action::PartDeleted}),
                 1);
        const QStringList gone = kCanary.of(RetentionKind::Consents) +
                                 kCanary.of(RetentionKind::Disclosures) +
                                 QStringList{QStringLiteral("zqxkvjwp"), QStringLiteral("pkwqzxvj"),
                                             QStringLiteral("wvkxjqzp")};
        scan("open", gone, {kNote, kOtherNote});
        m_journal.reset();
        scan("closed", gone, {kNote, kOtherNote});
    }

    // The part goes up to the server's moment: a consent for a new course written after it
    // stays with its withdrawal, while a withdrawal written after it of a consent that goes,
    // goes too. The gate says no for the consent that went, yes for the one that stayed.
    void whatIsWrittenAfterTheMomentStays()
    {
        JournalSync sync(*m_journal);
        const QString citizen = addCase(QStringLiteral("Kanariefugl Testesen"), "171258-7361");
        const QString first = giveConsent(citizen, kCanary);
        QVERIFY(m_journal->mayDisclose(citizen, kDoctor, {QStringLiteral("health")})->allowed);
        const QDateTime upTo = m_clock.now.addSecs(30);
        m_clock.now = m_clock.now.addSecs(60);
        QVERIFY(!m_journal->endCourse(courseOf(citizen), QDate(2026, 3, 2)));
        test::require(m_journal->addCourse(
                          {citizen, kAby, QStringLiteral("praktik"), {}, QDate(2026, 3, 3), {}}),
                      "new course");
        const QString second = giveConsent(citizen, kOther);
        QVERIFY(!m_journal->withdrawConsent(first, {QStringLiteral("akasse"), {}}));
        QVERIFY(!m_journal->withdrawConsent(second, {QStringLiteral("akasse"), {}}));
        allSent(sync);

        auto applied = pull(sync, {partRemoved(20, citizen, RetentionKind::Consents, upTo)});
        QVERIFY2(applied.ok(), qPrintable(applied.error().detail));
        const auto consents = test::require(m_journal->consents(citizen), "consents");
        QCOMPARE(consents.size(), 1);
        QCOMPARE(consents.first().id, second);
        QCOMPARE(consents.first().activeGrants.size(), 1); // the doctor: its withdrawal stayed
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE type = ?"),
                        {EventType::ConsentWithdrawn}),
                 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM events WHERE instr(payload, ?)"), {first}),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE consent_id = ?"),
                        {second}),
                 1);
        // The gate: the doctor may still receive health information under the new consent
        // only; with it withdrawn, nothing of the old one answers.
        auto gate = m_journal->mayDisclose(citizen, kDoctor, {QStringLiteral("health")});
        QVERIFY(gate->allowed);
        QCOMPARE(gate->consentId, second);
        QVERIFY(!m_journal->withdrawConsent(second));
        gate = m_journal->mayDisclose(citizen, kDoctor, {QStringLiteral("health")});
        QVERIFY(!gate->allowed);
        QVERIFY(gate->consentId.isEmpty());
        QCOMPARE(m_journal->withdrawConsent(first).code, ErrorCode::NotFound);
    }

    // While the course runs, the server's removal still wins: the gate then says there is no
    // consent at all (not that it expired).
    void theGateAnswersNoForAnErasedConsent()
    {
        JournalSync sync(*m_journal);
        const QString citizen = addCase(QStringLiteral("Kanariefugl Testesen"), "171258-7361");
        giveConsent(citizen, kCanary);
        QVERIFY(m_journal->mayDisclose(citizen, kDoctor, {QStringLiteral("health")})->allowed);
        m_clock.now = m_clock.now.addSecs(60);
        QVERIFY(pull(sync, {partRemoved(20, citizen, RetentionKind::Consents, m_clock.now)}).ok());
        const auto gate = m_journal->mayDisclose(citizen, kDoctor, {QStringLiteral("health")});
        QVERIFY(!gate->allowed);
        QVERIFY(gate->reason == GateDecision::Reason::NoConsent);
    }

    // Unsent (in the outbox) and refused (kept with the sync problems) events of the part go;
    // the case's other unsent changes stay to be sent.
    void unsentAndRefusedEventsOfThePartGo()
    {
        JournalSync sync(*m_journal);
        const QString citizen = addCase(QStringLiteral("Kanariefugl Testesen"), "171258-7361");
        allSent(sync);
        const QString refused = giveConsent(citizen, kOther);
        const auto batch = test::require(sync.nextBatch(10), "batch");
        QCOMPARE(batch.size(), 1);
        QVERIFY(!sync.applyPushResults(
            batch, {PushOutcome{batch.first().event.id, PushOutcome::Status::Rejected, 0,
                                QStringLiteral("forbidden")}}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_problems WHERE kind ="
                                       " 'rejected'")),
                 1);
        const QString unsent = giveConsent(citizen, kCanary);
        QVERIFY(m_journal->addNote(citizen, kNote).ok());
        QCOMPARE(m_journal->outboxSize(), 2);

        m_clock.now = m_clock.now.addSecs(60);
        auto applied = pull(sync, {partRemoved(20, citizen, RetentionKind::Consents, m_clock.now)});
        QVERIFY2(applied.ok(), qPrintable(applied.error().detail));
        QCOMPARE(m_journal->outboxSize(), 1); // the note
        QCOMPARE(test::require(sync.nextBatch(10), "batch").first().event.type,
                 EventType::NoteAdded);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_problems")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM consents")), 0);
        QCOMPARE(m_journal->consentRecord(refused).error().code, ErrorCode::NotFound);
        QCOMPARE(m_journal->consentRecord(unsent).error().code, ErrorCode::NotFound);
        scan("after the feed",
             kCanary.of(RetentionKind::Consents) + kOther.of(RetentionKind::Consents), {kNote});
    }

    // The same item again, a case that is not here, the part of a case that has none: nothing
    // more is erased or logged.
    void repeatsAndUnknownCasesChangeNothing()
    {
        JournalSync sync(*m_journal);
        const QString citizen = addCase(QStringLiteral("Kanariefugl Testesen"), "171258-7361");
        writeCase(citizen, kCanary, kNote);
        m_clock.now = m_clock.now.addSecs(60);
        auto applied =
            pull(sync, {partRemoved(20, citizen, RetentionKind::Disclosures, m_clock.now)});
        QVERIFY(applied.ok());
        QCOMPARE(applied->partsRemoved, 1);
        const int logged = scalar(QStringLiteral("SELECT count(*) FROM access_log"));
        const int events = scalar(QStringLiteral("SELECT count(*) FROM events"));
        applied = pull(sync, {partRemoved(20, citizen, RetentionKind::Disclosures, m_clock.now),
                              partRemoved(21, newId(), RetentionKind::Consents, m_clock.now)});
        QVERIFY2(applied.ok(), qPrintable(applied.error().detail));
        QCOMPARE(applied->partsRemoved, 1); // the case here, with nothing left of the part
        QCOMPARE(applied->cursor, qint64(21));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log")), logged);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), events);
        QCOMPARE(m_journal->erasePart(newId(), RetentionKind::Consents, m_clock.now).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(m_journal->erasePart(citizen, RetentionKind::Case, m_clock.now).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(test::require(m_journal->consents(citizen), "consents").size(), 1);
    }

    // Offline: a held case keeps its part until released; a case whose course runs keeps it;
    // a dry run lists the part and deletes nothing; the part goes once, and the case itself
    // later, by its own rule.
    void offlineHoldsOpenCoursesAndDryRuns()
    {
        QVERIFY(!m_journal->setLocalRetention(
            rulesOf({{{}, RetentionKind::Consents, 1}, {{}, RetentionKind::Case, 6}})));
        const QString held = addCase(QStringLiteral("Kanariefugl Testesen"), "171258-7361");
        const QString open = addCase(QStringLiteral("Anden Prøvesen"), test::kFakeCpr);
        writeCase(held, kCanary, kNote);
        writeCase(open, kOther, kOtherNote);
        QVERIFY(!m_journal->endCourse(courseOf(held), QDate(2026, 3, 31)));
        QVERIFY(!m_journal->holdCase(held, QStringLiteral("Klage")));
        m_clock.now = QDateTime(QDate(2026, 5, 15), QTime(9, 0), Qt::UTC);

        const CaseRetention r = test::require(m_journal->caseRetention(held), "retention");
        QCOMPARE(r.parts.size(), 1); // disclosures go with the case
        QVERIFY(r.parts.first().part == RetentionKind::Consents);
        QCOMPARE(r.parts.first().dueDate, QDate(2026, 4, 30));
        QCOMPARE(r.dueDate, QDate(2026, 9, 30));
        QCOMPARE(test::require(m_journal->caseRetention(open), "open").parts.first().dueDate,
                 QDate());

        auto run = m_journal->applyRetention(m_clock.now.date());
        QVERIFY(run.ok());
        QVERIFY(run->parts.isEmpty()); // held, and open
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM consents")), 2);

        QVERIFY(!m_journal->releaseCase(held));
        const int logged = scalar(QStringLiteral("SELECT count(*) FROM access_log"));
        const int events = scalar(QStringLiteral("SELECT count(*) FROM events"));
        auto dry = m_journal->dueForDeletion(m_clock.now.date());
        QVERIFY(dry.ok());
        QCOMPARE(dry->parts.size(), 1);
        QCOMPARE(dry->parts.first().citizenId, held);
        QCOMPARE(dry->parts.first().events, 2); // the consent and its withdrawal
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log")), logged);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), events);

        run = m_journal->applyRetention(m_clock.now.date());
        QVERIFY(run.ok());
        QCOMPARE(run->parts.size(), 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM consents WHERE citizen_id = ?"), {held}),
            0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM consents WHERE citizen_id = ?"), {open}),
            1);
        run = m_journal->applyRetention(m_clock.now.date()); // again: nothing left of it
        QVERIFY(run->parts.isEmpty());
        run = m_journal->applyRetention(QDate(2026, 9, 30)); // the case's own day
        QCOMPARE(run->count(), 1);
        QVERIFY(run->parts.isEmpty());
        QVERIFY(m_journal->verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestPartRemoval)
#include "tst_partremoval.moc"
