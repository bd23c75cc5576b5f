// Concurrent changes from two devices (no server here: the events are handed across as a
// pull would): both versions kept, the same state whatever the order of arrival, resolution
// by a change that replaces every competing version; pulled pages applied in one
// transaction; what cannot be applied kept aside, not lost.
#include "TestSupport.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalInternals.h"
#include "app/journal/JournalSync.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

namespace {

struct Laptop
{
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<JournalSync> sync;
    qint64 seq = 0;
    explicit Laptop(const QString& consultant, const JournalDatabase::Options& options = {})
    {
        auto jdb =
            JournalDatabase::open(dir.filePath(QStringLiteral("j.db")), SecureBytes::random(32),
                                  JournalDatabase::Mode::Create, options);
        if (!jdb.ok() || Migrations::migrate(jdb.value()->db()))
            qFatal("journal");
        journal = std::make_unique<Journal>(std::move(jdb.value()), Identity{consultant, newId()});
        sync = std::make_unique<JournalSync>(*journal);
    }
    QString addCitizen(const QString& name, const char* cpr = test::kFakeCpr)
    {
        return journal->addCitizen(name, *Cpr::parse(QString::fromLatin1(cpr))).value();
    }
    QString addCourse(const QString& citizenId)
    {
        return journal
            ->addCourse({citizenId,
                         QStringLiteral("Testby Kommune"),
                         QStringLiteral("afklaringsforløb"),
                         {},
                         QDate(2026, 1, 5),
                         {}})
            .value();
    }
    // A consent to the a-kasse for ordinary information (the caller sets the rest).
    static ConsentInput consentFor(const QString& citizenId, const QString& courseId,
                                   const QString& signer)
    {
        ConsentInput c;
        c.citizenId = citizenId;
        c.courseId = courseId;
        c.templateVersion = 1;
        c.language = QStringLiteral("da");
        c.signer = signer;
        c.grants << ConsentGrant{Recipient{QStringLiteral("akasse"), {}},
                                 {QStringLiteral("ordinary")}};
        return c;
    }
    // The server accepted everything in the outbox, numbering it from `at`.
    bool outboxAccepted(qint64 at)
    {
        const auto batch = sync->nextBatch(1000);
        QList<PushOutcome> sent;
        for (const OutgoingEvent& o : batch.value())
            sent << PushOutcome{o.event.id, PushOutcome::Status::Accepted, at, {}};
        return sync->applyPushResults(batch.value(), sent).ok();
    }
    QList<Event> outbox()
    {
        QList<Event> out;
        const auto batch = sync->nextBatch(1000);
        for (const OutgoingEvent& o : batch.value())
            out << o.event;
        return out;
    }
    // What a pull page would bring.
    JournalSync::Applied receive(const QList<Event>& events)
    {
        PulledPage page;
        for (const Event& e : events)
            page.items << PulledChange{++seq, PulledChange::Kind::Event, e.subject, e,
                                       QStringLiteral("sender")};
        page.cursor = seq;
        auto a = sync->applyChanges(page);
        if (!a.ok())
            qWarning() << a.error().message();
        return a.ok() ? a.value() : JournalSync::Applied();
    }
    QStringList rows(const QString& sql)
    {
        QStringList out;
        QSqlQuery q(JournalInternals::database(*journal).db());
        q.exec(sql);
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
        return out;
    }
    QStringList state()
    {
        return rows(QStringLiteral("SELECT id, name, cpr FROM citizens")) +
               rows(QStringLiteral("SELECT id, current_version FROM notes")) +
               rows(QStringLiteral("SELECT id, superseded_by FROM note_versions ORDER BY id")) +
               rows(QStringLiteral("SELECT id, actual_end FROM courses")) +
               rows(QStringLiteral("SELECT object_id, field, detected_at FROM conflicts"
                                   " ORDER BY object_id, field"));
    }
};

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNoteCorrectedOnTwoDevicesKeepsBothTexts()
    {
        Laptop a(QStringLiteral("anne"));
        Laptop b(QStringLiteral("anne"));
        Laptop c(QStringLiteral("anne")); // receives in the other order
        const QString id = a.addCitizen(QStringLiteral("Kirsten Konflikt"));
        const QString note =
            a.journal->addNote(id, QStringLiteral("første tekst om cykling")).value();
        const QList<Event> base = a.outbox();
        b.receive(base);
        c.receive(base);
        QVERIFY(a.journal->correctNote(note, QStringLiteral("a retter: løb")).ok());
        QVERIFY(b.journal->correctNote(note, QStringLiteral("b retter: svømning")).ok());
        const Event fromA = a.outbox().last();
        const Event fromB = b.outbox().last();
        a.receive({fromB});
        b.receive({fromA});
        c.receive({fromB, fromA});
        for (Laptop* l : {&a, &b, &c}) {
            auto conflicts = l->journal->conflicts(id);
            QCOMPARE(conflicts->size(), 1);
            QCOMPARE(conflicts->first().kind, QStringLiteral("note"));
            QStringList texts;
            for (const ConflictVersion& v : conflicts->first().versions)
                texts << v.value;
            texts.sort();
            QCOMPARE(texts, QStringList({QStringLiteral("a retter: løb"),
                                         QStringLiteral("b retter: svømning")}));
            // Both branches are found by search; the old text is not.
            QCOMPARE(l->journal->search(QStringLiteral("løb")).value().size(), 1);
            QCOMPARE(l->journal->search(QStringLiteral("svømning")).value().size(), 1);
            QCOMPARE(l->journal->search(QStringLiteral("cykling")).value().size(), 0);
            QCOMPARE(l->journal->noteHistory(note)->size(), 3);
        }
        QCOMPARE(a.state(), b.state());
        QCOMPARE(a.state(), c.state());

        // Resolved on one laptop, resolved on all.
        const qint64 conflict = a.journal->conflicts(id)->first().id;
        QVERIFY(
            a.journal->resolveConflict(conflict, QStringLiteral("samlet: løb og svømning")).ok());
        const Event resolution = a.outbox().last();
        b.receive({resolution});
        c.receive({resolution});
        for (Laptop* l : {&a, &b, &c}) {
            QCOMPARE(l->journal->conflicts(id)->size(), 0);
            QCOMPARE(l->journal->citizen(id)->notes.first().current.text,
                     QStringLiteral("samlet: løb og svømning"));
            QCOMPARE(l->journal->search(QStringLiteral("svømning")).value().size(), 1);
            QCOMPARE(l->journal->search(QStringLiteral("samlet")).value().size(), 1);
        }
        QCOMPARE(a.state(), b.state());
        QCOMPARE(a.state(), c.state());
        QVERIFY(a.journal->verify().ok());
    }

    void nothingReplacesAVersionTheConsultantDidNotSee()
    {
        Laptop a(QStringLiteral("anne"));
        Laptop b(QStringLiteral("anne"));
        Laptop c(QStringLiteral("anne"));
        const QString id = a.addCitizen(QStringLiteral("Rikke Tredje"));
        const QString note = a.journal->addNote(id, QStringLiteral("første")).value();
        const QList<Event> base = a.outbox();
        b.receive(base);
        c.receive(base);
        QVERIFY(a.journal->correctNote(note, QStringLiteral("fra a")).ok());
        QVERIFY(b.journal->correctNote(note, QStringLiteral("fra b")).ok());
        a.receive({b.outbox().last()});
        // In conflict, a plain correction must say which version it replaces.
        QCOMPARE(a.journal->correctNote(note, QStringLiteral("ny")).error().code,
                 ErrorCode::InvalidInput);
        // The dialog showed two versions; a third arrives while it is open.
        const Conflict shown = a.journal->conflicts(id)->first();
        QVERIFY(c.journal->correctNote(note, QStringLiteral("fra c")).ok());
        a.receive({c.outbox().last()});
        QStringList seen;
        for (const ConflictVersion& v : shown.versions)
            seen << v.id;
        QVERIFY(a.journal->resolveConflict(shown.id, QStringLiteral("a og b samlet"), seen).ok());
        // The one not seen stays, and so does the conflict.
        auto open = a.journal->conflicts(id);
        QCOMPARE(open->size(), 1);
        QStringList texts;
        for (const ConflictVersion& v : open->first().versions)
            texts << v.value;
        texts.sort();
        QCOMPARE(texts, QStringList({QStringLiteral("a og b samlet"), QStringLiteral("fra c")}));
    }

    void aWithdrawalBeforeItsConsentWaitsForIt()
    {
        Laptop a(QStringLiteral("anne"));
        Laptop b(QStringLiteral("anne"));
        const QString id = a.addCitizen(QStringLiteral("Sara Samtykke"));
        const QString course = a.addCourse(id);
        ConsentInput c = Laptop::consentFor(id, course, QStringLiteral("Sara Samtykke"));
        c.templateId = QStringLiteral("fortrolig-standard");
        c.textHash = QString(64, QLatin1Char('a'));
        const QString consent = a.journal->giveConsent(c).value();
        QVERIFY(a.journal->withdrawConsent(consent).ok());
        const QList<Event> all = a.outbox(); // citizen, course, consent, withdrawal
        b.receive({all.at(0), all.at(1)});
        auto early = b.receive({all.at(3)}); // the withdrawal first
        QCOMPARE(early.notApplied, 1);
        b.receive({all.at(2)}); // then the consent: both applied, in order
        auto consents = b.journal->consents(id);
        QCOMPARE(consents->size(), 1);
        QVERIFY(consents->first().withdrawnAt.isValid());
        QCOMPARE(b.sync->problems()->size(), 0);
        // Kept aside and applied later, it still says who sent it.
        QCOMPARE(b.rows(QStringLiteral("SELECT pushed_by FROM events WHERE id = '") + all.at(3).id +
                        QLatin1Char('\'')),
                 QStringList{QStringLiteral("sender")});
    }

    void anUnfinishedNoteOfAMovedCaseIsKept()
    {
        Laptop a(QStringLiteral("anne"));
        const QString id = a.addCitizen(QStringLiteral("Tim Flyttet"));
        QVERIFY(a.outboxAccepted(1));
        QVERIFY(a.journal
                    ->saveDraft(Draft{id,
                                      {},
                                      QStringLiteral("note"),
                                      QStringLiteral("halvt skrevet om praktik"),
                                      {},
                                      {}})
                    .ok());
        PulledPage page;
        page.items << PulledChange{3, PulledChange::Kind::Remove, id, {}, {}};
        page.cursor = 3;
        QVERIFY(a.sync->applyChanges(page).ok());
        QCOMPARE(a.journal->drafts(id)->size(), 0);
        bool kept = false;
        const auto problems = a.sync->problems();
        QVERIFY(problems.ok());
        for (const SyncProblem& p : problems.value())
            kept = kept || (p.kind == QStringLiteral("draft-kept") && p.citizenId == id &&
                            p.reason == QStringLiteral("halvt skrevet om praktik"));
        QVERIFY(kept);
        // Kept for 30 days, then deleted at the start of a sync round.
        QVERIFY(a.sync->beginRound().ok());
        QCOMPARE(a.rows(QStringLiteral("SELECT count(*) FROM sync_problems"
                                       " WHERE kind = 'draft-kept'")),
                 QStringList{QStringLiteral("1")});
        a.rows(QStringLiteral("UPDATE sync_problems SET at = '2020-01-01T10:00:00.000+01:00'"
                              " WHERE kind = 'draft-kept'"));
        QVERIFY(a.sync->beginRound().ok());
        QCOMPARE(a.rows(QStringLiteral("SELECT count(*) FROM sync_problems"
                                       " WHERE kind = 'draft-kept'")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(a.rows(QStringLiteral("SELECT count(*) FROM sync_problems"
                                       " WHERE kind = 'case-removed'")),
                 QStringList{QStringLiteral("1")}); // the rest stays

        // A purged case takes its unfinished note with it: nothing of it is kept.
        const QString gone = a.addCitizen(QStringLiteral("Pia Slettet"));
        QVERIFY(a.journal
                    ->saveDraft(Draft{gone,
                                      {},
                                      QStringLiteral("note"),
                                      QStringLiteral("udkast der skal slettes"),
                                      {},
                                      {}})
                    .ok());
        QVERIFY(a.outboxAccepted(2));
        page.items = {PulledChange{5, PulledChange::Kind::Purge, gone, {}, {}}};
        page.cursor = 5;
        QVERIFY(a.sync->applyChanges(page).ok());
        QCOMPARE(a.rows(QStringLiteral("SELECT count(*) FROM sync_problems"
                                       " WHERE reason LIKE '%udkast%'")),
                 QStringList{QStringLiteral("0")});
        // A case that was never here: nothing to delete, nothing logged, no problem.
        const int before = int(a.sync->problems()->size());
        const int logged = int(a.journal->accessLog()->size());
        page.items = {PulledChange{6, PulledChange::Kind::Remove, newId(), {}, {}}};
        page.cursor = 6;
        QVERIFY(a.sync->applyChanges(page).ok());
        QCOMPARE(int(a.sync->problems()->size()), before);
        QCOMPARE(int(a.journal->accessLog()->size()), logged);

        // Moved away with a note kept, purged on the server later: the kept note goes too.
        // And a kept note that is dismissed is deleted, not only hidden.
        auto moveAway = [&](const QString& name, const QString& draft, qint64 at) {
            const QString citizen = a.addCitizen(name);
            a.outboxAccepted(at);
            if (a.journal->saveDraft(Draft{citizen, {}, QStringLiteral("note"), draft, {}, {}}))
                qFatal("saving the draft failed");
            page.items = {PulledChange{at, PulledChange::Kind::Remove, citizen, {}, {}}};
            page.cursor = at;
            if (!a.sync->applyChanges(page).ok())
                qFatal("applying the removal failed");
            return citizen;
        };
        const QString purgedLater =
            moveAway(QStringLiteral("Ole Senere"), QStringLiteral("om Ole"), 7);
        const QString dismissed =
            moveAway(QStringLiteral("Pia Afvist"), QStringLiteral("om Pia"), 8);
        QCOMPARE(
            a.rows(QStringLiteral("SELECT count(*) FROM sync_problems WHERE kind = 'draft-kept'")),
            QStringList{QStringLiteral("2")});
        page.items = {PulledChange{9, PulledChange::Kind::Purge, purgedLater, {}, {}}};
        page.cursor = 9;
        QVERIFY(a.sync->applyChanges(page).ok());
        QCOMPARE(
            a.rows(QStringLiteral("SELECT reason FROM sync_problems WHERE kind = 'draft-kept'")),
            QStringList{QStringLiteral("om Pia")});
        const QString keptId =
            a.rows(QStringLiteral("SELECT id FROM sync_problems WHERE kind = 'draft-kept'"))
                .value(0);
        QVERIFY(a.sync->dismissProblem(keptId.toLongLong()).ok());
        QCOMPARE(
            a.rows(QStringLiteral("SELECT count(*) FROM sync_problems WHERE reason = 'om Pia'")),
            QStringList{QStringLiteral("0")});
        Q_UNUSED(dismissed);
    }

    // A consent signed on paper syncs as a record; its scan stays on the laptop where it was
    // made. When the case moves to a colleague, the scan is kept (not deleted with the case)
    // until the consultant has saved it and passed it on.
    void theScanOfAPaperConsentOfAMovedCaseIsKeptToBeSaved()
    {
        Laptop a(QStringLiteral("anne"));
        auto paperCase = [&](const QString& name, const QByteArray& scan) {
            const QString id = a.addCitizen(name);
            const QString course = a.addCourse(id);
            ConsentInput c = Laptop::consentFor(id, course, name);
            c.templateId = QStringLiteral("paper");
            c.paperScan = scan;
            c.paperScanName = QStringLiteral("samtykke-scan.pdf");
            c.textHash = QString::fromLatin1(
                QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
            if (!a.journal->giveConsent(c).ok())
                return QString();
            a.outboxAccepted(1);
            return id;
        };
        const QByteArray scan = QByteArray("%PDF-1.4 fake scan ") + QByteArray(70'000, '\x01');
        const QString moved = paperCase(QStringLiteral("Kim Papir"), scan);
        QVERIFY(!moved.isEmpty());
        PulledPage page;
        page.items = {PulledChange{10, PulledChange::Kind::Remove, moved, {}, {}}};
        page.cursor = 10;
        QVERIFY(a.sync->applyChanges(page).ok());
        QCOMPARE(a.rows(QStringLiteral("SELECT count(*) FROM attachments")),
                 QStringList{QStringLiteral("0")}); // gone with the case...
        const QStringList kept =
            a.rows(QStringLiteral("SELECT id FROM sync_problems WHERE kind = 'scan-kept' AND "
                                  "reason = 'samtykke-scan.pdf'"));
        QCOMPARE(kept.size(), 1); // ...but kept here
        const qint64 keptId = kept.first().toLongLong();

        // Saved where the consultant chose: the same bytes, and logged as an export.
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("scan.pdf"));
        QVERIFY(a.sync->saveKeptScan(keptId, file).ok());
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), scan);
        QCOMPARE(a.journal->accessLog(moved)->last().action, AccessLog::Action::Exported);
        // A place that cannot be written: a clear error, and the scan is still kept.
        const Error e = a.sync->saveKeptScan(keptId, out.filePath(QStringLiteral("no/such/dir/x")));
        QVERIFY(!e.ok());
        QCOMPARE(
            a.rows(QStringLiteral("SELECT count(*) FROM sync_problems WHERE kind = 'scan-kept'")),
            QStringList{QStringLiteral("1")});
        // Only a kept scan can be saved this way.
        const QString other =
            a.rows(QStringLiteral("SELECT id FROM sync_problems WHERE kind = 'case-removed'"))
                .value(0);
        QCOMPARE(a.sync->saveKeptScan(other.toLongLong(), file).code, ErrorCode::NotFound);
        // Dismissed, it is deleted.
        QVERIFY(a.sync->dismissProblem(keptId).ok());
        QCOMPARE(
            a.rows(QStringLiteral("SELECT count(*) FROM sync_problems WHERE kind = 'scan-kept'")),
            QStringList{QStringLiteral("0")});

        // Kept for 30 days like an unfinished note; purged on the server, it goes at once.
        const QString old = paperCase(QStringLiteral("Lis Gammel"), "old scan");
        const QString purged = paperCase(QStringLiteral("Mo Slettet"), "purged scan");
        page.items = {PulledChange{11, PulledChange::Kind::Remove, old, {}, {}},
                      PulledChange{12, PulledChange::Kind::Remove, purged, {}, {}}};
        page.cursor = 12;
        QVERIFY(a.sync->applyChanges(page).ok());
        QCOMPARE(
            a.rows(QStringLiteral("SELECT count(*) FROM sync_problems WHERE kind = 'scan-kept'")),
            QStringList{QStringLiteral("2")});
        page.items = {PulledChange{13, PulledChange::Kind::Purge, purged, {}, {}}};
        page.cursor = 13;
        QVERIFY(a.sync->applyChanges(page).ok());
        QCOMPARE(
            a.rows(QStringLiteral("SELECT citizen_id FROM sync_problems WHERE kind = 'scan-kept'")),
            QStringList{old});
        a.rows(QStringLiteral("UPDATE sync_problems SET at = '2020-01-01T10:00:00.000+01:00'"
                              " WHERE kind = 'scan-kept'"));
        QVERIFY(a.sync->beginRound().ok());
        QCOMPARE(
            a.rows(QStringLiteral("SELECT count(*) FROM sync_problems WHERE kind = 'scan-kept'")),
            QStringList{QStringLiteral("0")});
    }

    void anEditorBasedOnAnOlderVersionDoesNotOverwriteSilently()
    {
        Laptop a(QStringLiteral("anne"));
        const QString id = a.addCitizen(QStringLiteral("Lars Editor"));
        const QString note = a.journal->addNote(id, QStringLiteral("v1")).value();
        const QString v1 = a.journal->noteHistory(note)->first().id;
        // The editor opened v1; meanwhile (a pull) v2 arrived; then the editor saves.
        QVERIFY(a.journal->correctNote(note, QStringLiteral("v2 fra sync")).ok());
        QVERIFY(a.journal->correctNote(note, QStringLiteral("editorens tekst"), {v1}).ok());
        QCOMPARE(a.journal->conflicts(id)->size(), 1);
    }

    void aNameChangedOnTwoDevicesIsAConflictUntilChosen()
    {
        Laptop a(QStringLiteral("anne"));
        Laptop b(QStringLiteral("anne"));
        const QString id = a.addCitizen(QStringLiteral("Mette Navn"));
        b.receive(a.outbox());
        QVERIFY(
            a.journal->correctCitizen(id, QStringLiteral("name"), QStringLiteral("Mette Navnesen"))
                .ok());
        QVERIFY(
            b.journal->correctCitizen(id, QStringLiteral("name"), QStringLiteral("Mette Nielsen"))
                .ok());
        QVERIFY(b.journal->correctCitizen(id, QStringLiteral("cpr"), QStringLiteral("020258-5998"))
                    .ok());
        const QList<Event> fromA{a.outbox().last()};
        const QList<Event> fromB = b.outbox(); // its name and its CPR number
        a.receive(fromB);
        b.receive(fromA);
        QCOMPARE(a.state(), b.state());
        auto conflicts = a.journal->conflicts(id);
        QCOMPARE(conflicts->size(), 1); // the name; the CPR number changed on one side only
        QCOMPARE(conflicts->first().field, QStringLiteral("name"));
        QCOMPARE(a.journal->citizen(id)->cpr, QStringLiteral("020258-5998"));
        // Both names are found while they compete.
        QCOMPARE(a.journal->search(QStringLiteral("navnesen")).value().size() +
                     a.journal->search(QStringLiteral("nielsen")).value().size(),
                 1); // the shown one is indexed
        QVERIFY(b.journal
                    ->resolveConflict(b.journal->conflicts(id)->first().id,
                                      QStringLiteral("Mette Nielsen Navnesen"))
                    .ok());
        a.receive({b.outbox().last()});
        QCOMPARE(a.journal->conflicts(id)->size(), 0);
        QCOMPARE(a.journal->citizen(id)->name, QStringLiteral("Mette Nielsen Navnesen"));
        QCOMPARE(a.state(), b.state());
        QCOMPARE(a.journal->search(QStringLiteral("navnesen")).value().size(), 1);
    }

    void aCourseEndedTwiceDifferentlyIsAConflict()
    {
        Laptop a(QStringLiteral("anne"));
        Laptop b(QStringLiteral("anne"));
        const QString id = a.addCitizen(QStringLiteral("Niels Slut"));
        const QString course = a.addCourse(id);
        b.receive(a.outbox());
        QVERIFY(a.journal->endCourse(course, QDate(2026, 5, 1)).ok());
        QVERIFY(b.journal->endCourse(course, QDate(2026, 6, 1)).ok());
        const Event fromA = a.outbox().last();
        a.receive({b.outbox().last()});
        b.receive({fromA});
        QCOMPARE(a.state(), b.state());
        auto conflicts = a.journal->conflicts(id);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().field, QStringLiteral("end"));
        QVERIFY(
            a.journal->resolveConflict(conflicts->first().id, QStringLiteral("2026-05-15")).ok());
        b.receive({a.outbox().last()});
        QCOMPARE(b.journal->citizen(id)->courses.first().actualEnd, QDate(2026, 5, 15));
        QCOMPARE(b.journal->conflicts(id)->size(), 0);
    }

    // Every field of a course can be rectified (course.corrected): the course shows the new
    // value, a bad value or a course that would end before it starts is refused, the other
    // laptop shows the same after sync, two corrections of one field made apart are a
    // conflict until chosen, and a later correction replaces the chosen value.
    void aCourseIsCorrectedFieldByFieldAndTwoCorrectionsConflict()
    {
        Laptop a(QStringLiteral("anne"));
        Laptop b(QStringLiteral("anne"));
        const QString id = a.addCitizen(QStringLiteral("Karla Kursus"));
        const QString course = a.addCourse(id);
        const QList<std::pair<QString, QString>> fields{
            {QStringLiteral("municipality"), QStringLiteral("Nordby Kommune")},
            {QStringLiteral("courseType"), QStringLiteral("virksomhedspraktik")},
            {QStringLiteral("referralDate"), QStringLiteral("2025-12-20")},
            {QStringLiteral("startDate"), QStringLiteral("2026-01-07")},
            {QStringLiteral("plannedEnd"), QStringLiteral("2026-07-01")}};
        for (const auto& [field, value] : fields)
            QVERIFY2(a.journal->correctCourse(course, field, value).ok(), qPrintable(field));
        const auto shown = [&](Laptop& l) { return l.journal->citizen(id)->courses.first(); };
        CourseRecord c = shown(a);
        QCOMPARE(c.municipality, QStringLiteral("Nordby Kommune"));
        QCOMPARE(c.courseType, QStringLiteral("virksomhedspraktik"));
        QCOMPARE(c.referralDate, QDate(2025, 12, 20));
        QCOMPARE(c.startDate, QDate(2026, 1, 7));
        QCOMPARE(c.plannedEnd, QDate(2026, 7, 1));
        QVERIFY(a.journal->correctCourse(course, QStringLiteral("plannedEnd"), {}).ok());
        QVERIFY(!shown(a).plannedEnd.isValid()); // cleared
        // Refused: an unknown field, no start, a date that is not one, an end before the start.
        QCOMPARE(a.journal->correctCourse(course, QStringLiteral("actualEnd"), QStringLiteral("x"))
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        QCOMPARE(a.journal->correctCourse(course, QStringLiteral("startDate"), {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(
            a.journal
                ->correctCourse(course, QStringLiteral("startDate"), QStringLiteral("7. januar"))
                .error()
                .code,
            ErrorCode::InvalidInput);
        QVERIFY(!a.journal->endCourse(course, QDate(2026, 3, 1), QStringLiteral("job")));
        QVERIFY(
            a.journal
                ->correctCourse(course, QStringLiteral("startDate"), QStringLiteral("2026-04-01"))
                .error()
                .detail.contains(QStringLiteral("before it starts")));
        QCOMPARE(
            a.journal->correctCourse(newId(), QStringLiteral("courseType"), QStringLiteral("x"))
                .error()
                .code,
            ErrorCode::NotFound);
        b.receive(a.outbox());
        QCOMPARE(a.state(), b.state());
        QCOMPARE(shown(b).municipality, QStringLiteral("Nordby Kommune"));

        // Corrected apart on both laptops: both kept, the newer shown, until chosen.
        QVERIFY(a.outboxAccepted(100));
        QVERIFY(b.outboxAccepted(100));
        QVERIFY(
            a.journal
                ->correctCourse(course, QStringLiteral("courseType"), QStringLiteral("afklaring"))
                .ok());
        QVERIFY(
            b.journal
                ->correctCourse(course, QStringLiteral("courseType"), QStringLiteral("jobsøgning"))
                .ok());
        const Event fromA = a.outbox().last();
        a.receive({b.outbox().last()});
        b.receive({fromA});
        QCOMPARE(a.state(), b.state());
        auto conflicts = a.journal->conflicts(id);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().field, QStringLiteral("courseType"));
        QCOMPARE(conflicts->first().versions.size(), 2);
        QCOMPARE(
            a.journal->correctCourse(course, QStringLiteral("courseType"), QStringLiteral("tredje"))
                .error()
                .detail,
            QStringLiteral("resolve the conflict first"));
        QVERIFY(
            a.journal->resolveConflict(conflicts->first().id, QStringLiteral("afklaring")).ok());
        b.receive({a.outbox().last()});
        QCOMPARE(shown(b).courseType, QStringLiteral("afklaring"));
        QCOMPARE(b.journal->conflicts(id)->size(), 0);
        QVERIFY(b.journal
                    ->correctCourse(course, QStringLiteral("courseType"), QStringLiteral("praktik"))
                    .ok());
        QCOMPARE(shown(b).courseType, QStringLiteral("praktik"));
    }

    // Address, phone and e-mail: given for the first time (replacing no version), corrected,
    // cleared, each kept in every version; what is not one refused; given apart on two laptops
    // (both first values) a conflict until chosen, as the name is.
    void theContactDetailsAreVersionedFields()
    {
        Laptop a(QStringLiteral("anne"));
        Laptop b(QStringLiteral("anne"));
        const QString id = a.addCitizen(QStringLiteral("Kaja Kontakt"));
        Journal& j = *a.journal;
        const auto shown = [&](Laptop& l) { return l.journal->citizen(id).value(); };
        const QList<std::pair<QString, QString>> given{
            {QStringLiteral("address"), QStringLiteral("Prøvevej 1, 9999 Testby")},
            {QStringLiteral("phone"), QStringLiteral("+45 99 99 99 99")},
            {QStringLiteral("email"), QStringLiteral("kaja@eksempel.example")}};
        for (const auto& [field, value] : given) {
            // Nothing to clear before a first value.
            QCOMPARE(j.correctCitizen(id, field, QString()).error().code, ErrorCode::InvalidInput);
            QVERIFY2(j.correctCitizen(id, field, value).ok(), qPrintable(field));
            QCOMPARE(j.versionsOf(id, field)->size(), 1);
        }
        CitizenDetails d = shown(a);
        QCOMPARE(d.address, QStringLiteral("Prøvevej 1, 9999 Testby"));
        QCOMPARE(d.phone, QStringLiteral("+45 99 99 99 99"));
        QCOMPARE(d.email, QStringLiteral("kaja@eksempel.example"));
        const QList<std::pair<QString, QString>> refused{
            {QStringLiteral("phone"), QStringLiteral("1234")},
            {QStringLiteral("phone"), QStringLiteral("ring efter kl. 10")},
            {QStringLiteral("phone"), QStringLiteral("+45 1234 5678 9012 3456")},
            {QStringLiteral("email"), QStringLiteral("kaja.eksempel.example")},
            {QStringLiteral("email"), QStringLiteral("kaja@eksempel")},
            {QStringLiteral("address"), QString(201, QLatin1Char('x'))}};
        for (const auto& [field, value] : refused)
            QVERIFY2(j.correctCitizen(id, field, value).error().code == ErrorCode::InvalidInput,
                     qPrintable(field + QLatin1Char(' ') + value));
        QVERIFY(j.correctCitizen(id, QStringLiteral("phone"), QStringLiteral("99999998")).ok());
        QVERIFY(j.correctCitizen(id, QStringLiteral("email"), QString()).ok()); // cleared
        d = shown(a);
        QCOMPARE(d.phone, QStringLiteral("99999998"));
        QVERIFY(d.email.isEmpty());
        QCOMPARE(j.versionsOf(id, QStringLiteral("email"))->size(), 1); // the empty one
        QSqlQuery q(JournalInternals::database(j).db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM field_versions WHERE object_id = '") +
                       id + QStringLiteral("' AND field IN ('address', 'phone', 'email')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 5); // every value it has had
        b.receive(a.outbox());
        QCOMPARE(a.state(), b.state());
        QCOMPARE(shown(b).phone, QStringLiteral("99999998"));

        // A first address given apart on both laptops: both kept until chosen.
        const QString other = a.addCitizen(QStringLiteral("Kalle Kontakt"), "020202-0202");
        b.receive(a.outbox());
        QVERIFY(a.outboxAccepted(100));
        QVERIFY(b.outboxAccepted(100));
        QVERIFY(j.correctCitizen(other, QStringLiteral("address"), QStringLiteral("Vej A 1")).ok());
        QVERIFY(
            b.journal->correctCitizen(other, QStringLiteral("address"), QStringLiteral("Vej B 2"))
                .ok());
        const Event fromA = a.outbox().last();
        a.receive({b.outbox().last()});
        b.receive({fromA});
        QCOMPARE(a.state(), b.state());
        auto conflicts = j.conflicts(other);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().field, QStringLiteral("address"));
        QVERIFY(j.resolveConflict(conflicts->first().id, QStringLiteral("Vej B 2")).ok());
        b.receive({a.outbox().last()});
        QCOMPARE(b.journal->citizen(other)->address, QStringLiteral("Vej B 2"));
        QCOMPARE(b.journal->conflicts(other)->size(), 0);
    }

    void whatCannotBeAppliedIsKeptAndRetried()
    {
        Laptop a(QStringLiteral("anne"));
        Laptop b(QStringLiteral("anne"));
        const QString id = a.addCitizen(QStringLiteral("Olga Senere"));
        QVERIFY(a.journal->addNote(id, QStringLiteral("en note")).ok());
        const QList<Event> events = a.outbox();
        // The note arrives before its citizen (or is of a kind this version cannot apply).
        auto first = b.receive({events.at(1)});
        QCOMPARE(first.notApplied, 1);
        QCOMPARE(b.rows(QStringLiteral("SELECT count(*) FROM pending_events")),
                 QStringList{QStringLiteral("1")});
        QCOMPARE(b.sync->problems()->first().kind, QStringLiteral("not-applied"));
        // Later the citizen comes; the kept note is applied then, and the problem goes.
        auto second = b.receive({events.at(0)});
        QCOMPARE(second.events, 2);
        QCOMPARE(b.journal->citizen(id)->notes.size(), 1);
        QCOMPARE(b.rows(QStringLiteral("SELECT count(*) FROM pending_events")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(b.sync->problems()->size(), 0);
        QCOMPARE(b.journal->outboxSize(), 0);
        // Seen before: skipped, not applied twice.
        auto again = b.receive(events);
        QCOMPARE(again.skipped, 2);
    }

    // A page applied in parts (a time budget of 0: an event a part) ends as the page applied
    // at once, the cursor after each part's last event, and a part that would repeat an
    // event already here writes nothing.
    void aPageAppliedInPartsEndsAsAPageAtOnce()
    {
        Laptop a(QStringLiteral("anne"));
        Laptop whole(QStringLiteral("anne"));
        Laptop parts(QStringLiteral("anne"));
        const QString id = a.addCitizen(QStringLiteral("Petra Portion"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(a.journal->addNote(id, QStringLiteral("del %1").arg(i)).ok());
        const QList<Event> events = a.outbox();
        whole.receive(events);

        PulledPage page;
        qint64 seq = 100;
        for (const Event& e : events)
            page.items << PulledChange{++seq, PulledChange::Kind::Event, e.subject, e,
                                       QStringLiteral("sender")};
        page.items << page.items.first(); // the same event twice: counted once, skipped
        page.cursor = 200;
        qsizetype from = 0;
        int calls = 0;
        int applied = 0, skipped = 0;
        while (from < page.items.size()) {
            auto r = parts.sync->applyChanges(page, from, 0);
            QVERIFY2(r.ok(), qPrintable(r.error().message()));
            QCOMPARE(r->next, from + 1); // one at a time
            const qint64 expected = r->next == page.items.size() ? 200 : page.items.at(from).seq;
            QCOMPARE(r->cursor, expected);
            QCOMPARE(parts.sync->settings()->cursor, expected);
            applied += r->events;
            skipped += r->skipped;
            from = r->next;
            ++calls;
        }
        QCOMPARE(calls, int(page.items.size()));
        QCOMPARE(applied, int(events.size()));
        QCOMPARE(skipped, 1);
        QCOMPARE(parts.state(), whole.state());
        QCOMPARE(parts.journal->search(QStringLiteral("del")).value().size(), 5);
    }

    // A catch-up's pages before the round's last are committed without an fsync; the last one,
    // and the consultant's own writes in between, wait for the disk as always.
    void onlyTheRoundsLastPageWaitsForTheDisk()
    {
        test::registerFaultyVfs();
        JournalDatabase::Options counted;
        counted.vfs = "faulty";
        Laptop a(QStringLiteral("anne"), counted);
        Laptop b(QStringLiteral("anne"));
        const QString id = b.addCitizen(QStringLiteral("Sofie Synk"));
        for (int i = 0; i < 6; ++i)
            QVERIFY(b.journal->addNote(id, QStringLiteral("samtale %1").arg(i)).ok());
        const QList<Event> events = b.outbox();
        PulledPage first, last;
        for (const Event& e : events) {
            PulledPage& page = first.items.size() < 4 ? first : last;
            page.items << PulledChange{++a.seq, PulledChange::Kind::Event, e.subject, e,
                                       QStringLiteral("sender")};
            page.cursor = a.seq;
        }
        first.more = true;
        auto synchronous = [&] { return a.rows(QStringLiteral("PRAGMA synchronous")); };
        QCOMPARE(synchronous(), QStringList{QStringLiteral("2")}); // FULL

        qint64 syncs = test::syncCount();
        QVERIFY(a.sync->applyChanges(first).ok());
        QCOMPARE(test::syncCount(), syncs); // committed, not waited for
        QCOMPARE(a.sync->settings()->cursor, first.cursor);
        QCOMPARE(synchronous(), QStringList{QStringLiteral("2")}); // FULL again for the rest

        syncs = test::syncCount();
        const QString own = a.addCitizen(QStringLiteral("Egen Borger"));
        QVERIFY(test::syncCount() > syncs); // the window's own change waits for the disk

        syncs = test::syncCount();
        QVERIFY(a.sync->applyChanges(last).ok());
        QVERIFY(test::syncCount() > syncs);
        QCOMPARE(a.sync->settings()->cursor, last.cursor);
        QCOMPARE(a.rows(QStringLiteral("SELECT count(*) FROM notes")),
                 QStringList{QStringLiteral("6")});
        QVERIFY(a.journal->citizen(own).ok());

        // A page that fails is rolled back with the setting put back too.
        PulledPage broken = first;
        broken.items.first().event.payload = QJsonObject{{QStringLiteral("x"), 1}};
        broken.items.first().event.id = newId();
        broken.items.first().seq = ++a.seq;
        broken.items.resize(1);
        broken.cursor = a.seq;
        (void)a.sync->applyChanges(broken);
        QCOMPARE(synchronous(), QStringList{QStringLiteral("2")});
    }

    void aRemovalWaitsForUnsentChanges()
    {
        Laptop a(QStringLiteral("anne"));
        const QString id = a.addCitizen(QStringLiteral("Per Venter"));
        PulledPage page;
        page.items << PulledChange{7, PulledChange::Kind::Remove, id, {}, {}};
        page.cursor = 7;
        auto applied = a.sync->applyChanges(page);
        QVERIFY(applied->stoppedForPush);
        QCOMPARE(a.sync->settings()->cursor, 0); // asked again after the push
        QVERIFY(a.journal->citizen(id).ok());
        // Once sent, the removal goes through: everything of the case leaves the journal.
        QVERIFY(a.outboxAccepted(1));
        applied = a.sync->applyChanges(page);
        QVERIFY(!applied->stoppedForPush);
        QCOMPARE(a.sync->settings()->cursor, 7);
        QCOMPARE(a.journal->citizen(id).error().code, ErrorCode::NotFound);
        for (const char* table : {"citizens", "events", "field_versions", "outbox"})
            QCOMPARE(a.rows(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)),
                     QStringList{QStringLiteral("0")});
        QVERIFY(a.journal->verify().ok());
        // The access log keeps that the case was here and left (by internal id only).
        QCOMPARE(a.journal->accessLog(id)->last().action, QStringLiteral("removed-by-sync"));
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
