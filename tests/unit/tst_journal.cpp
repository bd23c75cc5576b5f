#include "TestSupport.h"
#include "app/core/StoredTime.h"
#include "app/journal/Events.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalInternals.h"
#include "app/journal/Projector.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"
#include "app/storage/Transaction.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace fortrolig;

class TestJournal : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    test::ManualClock m_clock;
    int m_count = 0;

    QSqlDatabase db() { return JournalInternals::database(*m_journal).db(); }
    int scalar(const QString& sql)
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    Cpr cpr(const char* text) { return *Cpr::parse(QString::fromLatin1(text)); }
    QString addCitizen(const QString& name, const char* number = test::kFakeCpr)
    {
        auto id = m_journal->addCitizen(name, cpr(number));
        return id.ok() ? id.value() : QString();
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("j%1.db").arg(++m_count));
        auto jdb =
            JournalDatabase::open(path, SecureBytes::random(32), JournalDatabase::Mode::Create, {});
        QVERIFY(jdb.ok());
        QVERIFY(Migrations::migrate(jdb.value()->db()).ok());
        m_journal = std::make_unique<Journal>(
            std::move(jdb.value()), Identity{QStringLiteral("kons-1"), QStringLiteral("dev-1")},
            [this] { return m_clock(); });
    }
    void cleanup() { m_journal.reset(); }

    void aRedrawOfWhatIsShownIsNotLoggedAgain()
    {
        const QString a = addCitizen(QStringLiteral("Asta Visning"));
        const QString b = addCitizen(QStringLiteral("Bo Visning"), "020258-5999");
        auto count = [this] { return scalar(QStringLiteral("SELECT count(*) FROM access_log")); };
        using Read = Journal::Read;
        int n = count();
        QVERIFY(m_journal->citizen(a, {}, Read::Redraw).ok()); // not shown yet: a use
        QCOMPARE(count(), ++n);
        QVERIFY(m_journal->citizen(a, {}, Read::Redraw).ok()); // shown: a redraw
        QVERIFY(m_journal->consents(a, Read::Show).ok());
        QCOMPARE(count(), ++n);
        QVERIFY(m_journal->consents(a, Read::Redraw).ok());
        QVERIFY(m_journal->caseload(Read::Show).ok());
        QCOMPARE(count(), ++n);
        QVERIFY(m_journal->caseload(Read::Redraw).ok());
        QCOMPARE(count(), n);
        QVERIFY(m_journal->citizen(a).ok()); // shown again on purpose: always a use
        QCOMPARE(count(), ++n);
        // Another case opened: the first one's redraw is a use again; the list stays shown.
        QVERIFY(m_journal->citizen(b).ok());
        QCOMPARE(count(), ++n);
        QVERIFY(m_journal->citizen(a, {}, Read::Redraw).ok());
        QCOMPARE(count(), ++n);
        QVERIFY(m_journal->consents(a, Read::Redraw).ok());
        QCOMPARE(count(), ++n);
        QVERIFY(m_journal->caseload(Read::Redraw).ok());
        QCOMPARE(count(), n);
    }

    void addCitizenWritesEventProjectionOutboxAndLog()
    {
        const QString id = addCitizen(QStringLiteral("  Birte   Prøvesen "));
        QVERIFY(!id.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE type = 'citizen.added'")),
                 1);
        QCOMPARE(m_journal->outboxSize(), 1);
        auto details = m_journal->citizen(id, QStringLiteral("first meeting"));
        QVERIFY(details.ok());
        QCOMPARE(details->name, QStringLiteral("Birte Prøvesen"));
        QCOMPARE(details->cpr, QStringLiteral("010158-5999"));
        QCOMPARE(details->birthDate, QDate(1858, 1, 1));
        auto log = m_journal->accessLog(id);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).action, QStringLiteral("created"));
        QCOMPARE(log->at(1).action, QStringLiteral("viewed"));
        QCOMPARE(log->at(1).reason, QStringLiteral("first meeting"));
        QCOMPARE(log->at(1).consultant, QStringLiteral("kons-1"));
        QCOMPARE(log->at(1).at, m_clock());
        // The log names the citizen by internal id only: never the CPR or the name.
        for (const AccessLogEntry& e : std::as_const(log.value())) {
            QVERIFY(!e.citizenId.contains(QStringLiteral("5999")));
            QVERIFY(!e.reason.contains(QStringLiteral("Birte")));
        }
    }

    void invalidInputIsRefused()
    {
        QCOMPARE(m_journal->addCitizen(QStringLiteral("   "), cpr(test::kFakeCpr)).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(
            m_journal->addNote(QStringLiteral("no-such-citizen"), QStringLiteral("x")).error().code,
            ErrorCode::NotFound);
        const QString id = addCitizen(QStringLiteral("Carl Testrup"));
        QCOMPARE(m_journal->addNote(id, QStringLiteral("  \n")).error().code,
                 ErrorCode::InvalidInput);
        CourseInput c{id,
                      QStringLiteral("Testby Kommune"),
                      QStringLiteral("afklaringsforløb"),
                      {},
                      QDate(2026, 2, 1),
                      QDate(2026, 1, 1)};
        QCOMPARE(m_journal->addCourse(c).error().code,
                 ErrorCode::InvalidInput); // ends before start
        c.plannedEnd = {};
        c.startDate = {};
        QCOMPARE(m_journal->addCourse(c).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_journal->citizen(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);
        QCOMPARE(m_journal->outboxSize(), 1); // only the citizen: nothing half-written
    }

    void caseloadStatus()
    {
        const QString a = addCitizen(QStringLiteral("Anna Aktiv"));
        const QString b = addCitizen(QStringLiteral("Bent Afsluttet"));
        addCitizen(QStringLiteral("Cecilie Uden"));
        auto ca =
            m_journal->addCourse({a, QStringLiteral("Testby"), QStringLiteral("ressourceforløb"),
                                  QDate(2026, 1, 2), QDate(2026, 1, 5), QDate(2026, 7, 5)});
        QVERIFY(ca.ok());
        auto cb = m_journal->addCourse({b,
                                        QStringLiteral("Prøvekøbing"),
                                        QStringLiteral("afklaringsforløb"),
                                        {},
                                        QDate(2025, 9, 1),
                                        {}});
        QVERIFY(cb.ok());
        QCOMPARE(m_journal->endCourse(cb.value(), QDate(2025, 8, 1)).code, ErrorCode::InvalidInput);
        QVERIFY(m_journal->endCourse(cb.value(), QDate(2025, 12, 19)).ok());
        QCOMPARE(m_journal->endCourse(cb.value(), QDate(2025, 12, 20)).code,
                 ErrorCode::InvalidInput);
        auto rows = m_journal->caseload();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).name, QStringLiteral("Anna Aktiv"));
        QCOMPARE(rows->at(0).status, CaseStatus::Active);
        QCOMPARE(rows->at(0).nextDate, QDate(2026, 7, 5));
        QCOMPARE(rows->at(0).maskedCpr, QStringLiteral("010158-XXXX"));
        // Ended 2025-12-19; the clock says 2026-03-02: inside six months, deletion due on 06-19.
        QCOMPARE(rows->at(1).status, CaseStatus::Ended);
        QCOMPARE(rows->at(1).nextDate, QDate(2026, 6, 19));
        QCOMPARE(rows->at(1).municipality, QStringLiteral("Prøvekøbing"));
        QCOMPARE(rows->at(2).status, CaseStatus::NoCourse);
        m_clock.now = QDateTime(QDate(2026, 6, 19), QTime(8, 0), Qt::UTC);
        QCOMPARE(m_journal->caseload()->at(1).status, CaseStatus::DeletionDue);
        QVERIFY(m_journal->setLocalRetention(RetentionRules({{{}, RetentionKind::Case, 12}})).ok());
        QCOMPARE(m_journal->caseload()->at(1).status, CaseStatus::Ended);
        auto d = m_journal->citizen(b);
        QCOMPARE(d->courses.size(), 1);
        QCOMPARE(d->courses.first().actualEnd, QDate(2025, 12, 19));
    }

    // Every kind a consultant can write is kept as that kind, the citizen's supplementary
    // statement (GDPR art. 16) among them; a mistyped kind is refused and writes nothing.
    void noteKindsAreTheKnownOnes()
    {
        const QString id = addCitizen(QStringLiteral("Karin Kindesen"));
        auto wrong =
            m_journal->addNote(id, QStringLiteral("Tekst"), QStringLiteral("statusreport"));
        QCOMPARE(wrong.error().code, ErrorCode::InvalidInput);
        QVERIFY(wrong.error().detail.contains(QStringLiteral("supplementary-statement")));
        QVERIFY(m_journal->citizen(id)->notes.isEmpty());
        QCOMPARE(noteKinds().size(), 5);
        for (const QString& kind : noteKinds())
            QVERIFY(m_journal->addNote(id, QStringLiteral("Tekst af slagsen ") + kind, kind).ok());
        const QList<NoteSummary> notes = m_journal->citizen(id)->notes;
        QCOMPARE(notes.size(), noteKinds().size());
        for (const NoteSummary& n : notes)
            QCOMPARE(QStringLiteral("Tekst af slagsen ") + n.kind, n.current.text);
    }

    // Every combination of running and ended courses: the running one, else the one that
    // ended last, none without a course, and the consultant's choice with two running.
    void theCourseOfANewNote_data()
    {
        QTest::addColumn<QList<int>>("ends"); // a course each: day of its end in June, 0: runs
        QTest::addColumn<int>("suggested");   // index into the courses; -1: none
        QTest::addColumn<bool>("ambiguous");
        QTest::newRow("no course") << QList<int>{} << -1 << false;
        QTest::newRow("one running") << QList<int>{0} << 0 << false;
        QTest::newRow("one ended") << QList<int>{10} << 0 << false;
        QTest::newRow("ended, then running") << QList<int>{10, 0} << 1 << false;
        QTest::newRow("running, then ended") << QList<int>{0, 10} << 0 << false;
        QTest::newRow("two ended, the first last") << QList<int>{20, 10} << 0 << false;
        QTest::newRow("two ended, the second last") << QList<int>{10, 20} << 1 << false;
        QTest::newRow("two running") << QList<int>{0, 0} << -1 << true;
        QTest::newRow("two running and an ended") << QList<int>{0, 5, 0} << -1 << true;
    }
    void theCourseOfANewNote()
    {
        QFETCH(QList<int>, ends);
        QFETCH(int, suggested);
        QFETCH(bool, ambiguous);
        const QString id = addCitizen(QStringLiteral("Nanna Forløbsdatter"));
        QStringList courses;
        for (int i = 0; i < ends.size(); ++i) {
            courses << m_journal
                           ->addCourse({id,
                                        QStringLiteral("Kommune %1").arg(i),
                                        QStringLiteral("afklaringsforløb"),
                                        {},
                                        QDate(2026, 1, 1 + i),
                                        QDate(2026, 12, 1)})
                           .value();
            if (ends.at(i) > 0)
                QVERIFY(!m_journal->endCourse(courses.last(), QDate(2026, 6, ends.at(i)),
                                              QStringLiteral("job")));
        }
        const NoteCourse s = m_journal->suggestedNoteCourseOf(id).value();
        QCOMPARE(s.ambiguous, ambiguous);
        QCOMPARE(s.courseId, suggested < 0 ? QString() : courses.at(suggested));
        QCOMPARE(suggestedNoteCourse(m_journal->citizenCourses(id).value()).courseId, s.courseId);
    }

    // A note is tied to a course of its citizen's (or to none); the tie is in the event, the
    // projection and the draft, and a course of another citizen's or an unknown one is refused.
    void aNoteBelongsToACourseOfItsCitizen()
    {
        const QString a = addCitizen(QStringLiteral("Asta Forløb"));
        const QString b = addCitizen(QStringLiteral("Bent Forløb"), "020202-0202");
        auto course = [this](const QString& citizen) {
            return m_journal
                ->addCourse({citizen,
                             QStringLiteral("Testby Kommune"),
                             QStringLiteral("mentorforløb"),
                             {},
                             QDate(2026, 1, 5),
                             {}})
                .value();
        };
        const QString ca = course(a), cb = course(b);
        const int events = scalar(QStringLiteral("SELECT count(*) FROM events"));
        const QStringList wrongCourses{cb, QUuid::createUuid().toString(QUuid::WithoutBraces)};
        for (const QString& wrong : wrongCourses) {
            auto refused =
                m_journal->addNote(a, QStringLiteral("Forkert"), QStringLiteral("note"), wrong);
            QCOMPARE(refused.error().code, ErrorCode::NotFound);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), events);

        const QString tied =
            m_journal->addNote(a, QStringLiteral("Bundet"), QStringLiteral("note"), ca).value();
        const QString loose = m_journal->addNote(a, QStringLiteral("Løs")).value();
        QHash<QString, QString> courseOf;
        const CitizenDetails details = m_journal->citizen(a).value();
        for (const NoteSummary& n : details.notes)
            courseOf.insert(n.noteId, n.courseId);
        QCOMPARE(courseOf.value(tied), ca);
        QCOMPARE(courseOf.value(loose, QStringLiteral("?")), QString());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM events WHERE type = 'note.added'")));
        QStringList payloads;
        while (q.next())
            payloads << q.value(0).toString();
        QCOMPARE(payloads.filter(QStringLiteral("\"courseId\":\"") + ca).size(), 1);
        QCOMPARE(payloads.filter(QStringLiteral("courseId")).size(), 1); // none: no key

        // The projection refuses a note naming another citizen's course (a synced event).
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notes WHERE course_id IS NULL")), 1);
        Event e;
        e.id = newId();
        e.type = EventType::NoteAdded;
        e.subject = a;
        e.author = QStringLiteral("kons-2");
        e.device = QStringLiteral("dev-2");
        e.localTime = m_clock().toString(Qt::ISODateWithMs);
        e.payload =
            NoteAddedPayload{newId(), QStringLiteral("note"), QStringLiteral("fra b"), cb}.encode();
        QVERIFY(db().transaction());
        QCOMPARE(Projector::apply(db(), e).code, ErrorCode::NotFound);
        QVERIFY(db().rollback());
        QVERIFY(m_journal
                    ->saveDraft(
                        Draft{a, {}, QStringLiteral("note"), QStringLiteral("kladde"), {}, {}, ca})
                    .ok());
        QCOMPARE(m_journal->drafts(a)->first().courseId, ca);
    }

    void notesAreAppendOnly()
    {
        const QString id = addCitizen(QStringLiteral("Dorte Rettesen"));
        auto note =
            m_journal->addNote(id, QStringLiteral("Borgeren ønsker praktik i en cykelbutik."));
        QVERIFY(note.ok());
        m_clock.now = m_clock.now.addSecs(60);
        auto v2 = m_journal->correctNote(note.value(),
                                         QStringLiteral("Borgeren ønsker praktik i en bager."));
        QVERIFY(v2.ok());
        m_clock.now = m_clock.now.addSecs(60);
        auto v3 = m_journal->correctNote(note.value(),
                                         QStringLiteral("Borgeren ønsker praktik i et bageri."));
        QVERIFY(v3.ok());
        auto history = m_journal->noteHistory(note.value());
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).text, QStringLiteral("Borgeren ønsker praktik i en cykelbutik."));
        QCOMPARE(history->at(0).supersededBy, history->at(1).id);
        QCOMPARE(history->at(1).supersedes, history->at(0).id);
        QCOMPARE(history->at(2).id, v3.value());
        QVERIFY(history->at(2).isCurrent());
        QVERIFY(!history->at(0).isCurrent());
        QVERIFY(history->at(0).writtenAt < history->at(2).writtenAt);
        // Every version is an event: the first text is kept in the event log too.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE type LIKE 'note.%'")), 3);
        auto d = m_journal->citizen(id);
        QCOMPARE(d->notes.size(), 1);
        QCOMPARE(d->notes.first().versions, 3);
        QCOMPARE(d->notes.first().current.text,
                 QStringLiteral("Borgeren ønsker praktik i et bageri."));
        // Only the current text is found by search.
        QCOMPARE(m_journal->search(QStringLiteral("cykelbutik"))->size(), 0);
        QCOMPARE(m_journal->search(QStringLiteral("bageri"))->size(), 1);
    }

    void aSecondBranchOfAVersionIsKeptAsAConflict()
    {
        const QString id = addCitizen(QStringLiteral("Erik Konflikt"));
        auto note = m_journal->addNote(id, QStringLiteral("version one"));
        auto history = m_journal->noteHistory(note.value());
        const QString v1 = history->first().id;
        QVERIFY(m_journal->correctNote(note.value(), QStringLiteral("version two")).ok());
        // An event that corrects v1 again (as a second device sends it) is not refused and
        // does not replace version two: both are kept, and the note is in conflict.
        Event e;
        e.id = newId();
        e.type = EventType::NoteCorrected;
        e.subject = id;
        e.author = QStringLiteral("kons-2");
        e.device = QStringLiteral("dev-2");
        e.localTime = m_clock().toString(Qt::ISODateWithMs);
        e.payload = {{QStringLiteral("noteId"), note.value()},
                     {QStringLiteral("supersedes"), v1},
                     {QStringLiteral("text"), QStringLiteral("other branch")}};
        QVERIFY(db().transaction());
        QVERIFY(Projector::apply(db(), e).ok());
        QVERIFY(db().commit());
        QCOMPARE(m_journal->noteHistory(note.value())->size(), 3);
        auto conflicts = m_journal->conflicts(id);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().versions.size(), 2);
        // A correction of a version that does not exist is still refused.
        e.id = newId();
        e.payload.insert(QStringLiteral("supersedes"), newId());
        QVERIFY(db().transaction());
        QCOMPARE(Projector::apply(db(), e).code, ErrorCode::InvalidInput);
        QVERIFY(db().rollback());
    }

    void aPayloadIsStoredAsTheTextItWasWritten()
    {
        // Written as UTF-8 straight from the JSON, and still SQL text: what journals have
        // always held, byte for byte, and what EventStore::read gives back.
        const QString id = addCitizen(QStringLiteral("Søren Ærbødig"));
        QVERIFY(m_journal->addNote(id, QStringLiteral("Møde \"på\" Ærø \U0001F600")).ok());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT typeof(payload), CAST(payload AS BLOB), payload FROM events ORDER BY seq")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QCOMPARE(q.value(0).toString(), QStringLiteral("text"));
            Event e;
            e.payload = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            QVERIFY(!e.payload.isEmpty());
            QCOMPARE(q.value(1).toByteArray(), e.payloadJson());
            QCOMPARE(q.value(2).toString(), QString::fromUtf8(e.payloadJson()));
        }
        QCOMPARE(rows, 2);
    }

    void searchWithDanishLetters()
    {
        const QString a = addCitizen(QStringLiteral("Søren Ærbødig"));
        const QString b = addCitizen(QStringLiteral("Åse Aagaard"));
        const QString c = addCitizen(QStringLiteral("Asger Andersen"));
        QVERIFY(m_journal->addNote(c, QStringLiteral("Møde på ØSTERBRO om træning og fødevarer."))
                    .ok());
        auto ids = [this](const QString& text) {
            QStringList out;
            const auto hits = m_journal->search(text);
            for (const SearchHit& h : hits.value())
                out << h.citizenId;
            return out;
        };
        QCOMPARE(ids(QStringLiteral("søren")), QStringList{a});
        QCOMPARE(ids(QStringLiteral("SØREN")), QStringList{a});
        QCOMPARE(ids(QStringLiteral("ærbø")), QStringList{a}); // prefix
        QCOMPARE(ids(QStringLiteral("åse")), QStringList{b});
        QCOMPARE(ids(QStringLiteral("ÅSE")), QStringList{b});
        QCOMPARE(ids(QStringLiteral("ase")), QStringList{}); // å is its own letter
        QCOMPARE(ids(QStringLiteral("østerbro")), QStringList{c});
        QCOMPARE(ids(QStringLiteral("træning føde")), QStringList{c}); // all words must match
        QCOMPARE(ids(QStringLiteral("træning kage")), QStringList{});
        QCOMPARE(ids(QStringLiteral("\"*) OR (")), QStringList{}); // syntax is not passed through
        auto hits = m_journal->search(QStringLiteral("østerbro"));
        QVERIFY(hits->first().snippet.contains(QStringLiteral("[ØSTERBRO]")));
        QVERIFY(!hits->first().noteId.isEmpty());
    }

    void searchLogsWhoWasShown()
    {
        const QString a = addCitizen(QStringLiteral("Frida Fundet"));
        const QString b = addCitizen(QStringLiteral("Gustav Gemt"));
        QVERIFY(m_journal->addNote(a, QStringLiteral("fundet igen i noterne")).ok());
        QVERIFY(m_journal->search(QStringLiteral("fundet")).ok());
        auto logA = m_journal->accessLog(a);
        auto logB = m_journal->accessLog(b);
        QCOMPARE(logA->last().action, QStringLiteral("searched"));
        // Shown once, though it matched both by name and by note.
        QCOMPARE(std::count_if(logA->begin(), logA->end(),
                               [](const AccessLogEntry& e) {
                                   return e.action == QStringLiteral("searched");
                               }),
                 1);
        QCOMPARE(logB->last().action, QStringLiteral("created")); // not shown, not logged
        auto all = m_journal->accessLog();
        for (const AccessLogEntry& e : std::as_const(all.value()))
            QVERIFY(
                !e.reason.contains(QStringLiteral("fundet"))); // the search words are not logged
    }

    void findByCprIsDeliberateAndLogged()
    {
        const QString a = addCitizen(QStringLiteral("Hanne Nummer"), "241270-5123");
        auto found = m_journal->findByCpr(cpr("2412705123"), QStringLiteral("telefonopkald"));
        QCOMPARE(found.value(), a);
        QCOMPARE(m_journal->accessLog(a)->last().reason, QStringLiteral("telefonopkald"));
        QCOMPARE(m_journal->findByCpr(cpr("241270-5124"), QStringLiteral("x")).error().code,
                 ErrorCode::NotFound);
    }

    void draftsAreKeptUntilPublished()
    {
        const QString a = addCitizen(QStringLiteral("Mads Kladde"));
        QVERIFY(
            m_journal
                ->saveDraft(Draft{a, {}, QStringLiteral("note"), QStringLiteral("halvt"), {}, {}})
                .ok());
        QVERIFY(m_journal
                    ->saveDraft(Draft{
                        a, {}, QStringLiteral("note"), QStringLiteral("halvt færdig"), {}, {}})
                    .ok());
        auto drafts = m_journal->drafts(a);
        QCOMPARE(drafts->size(), 1); // one slot per citizen for a new note
        QCOMPARE(drafts->first().text, QStringLiteral("halvt færdig"));
        QCOMPARE(m_journal->outboxSize(), 1); // drafts are not events
        auto note = m_journal->addNote(a, QStringLiteral("færdig"));
        QVERIFY(note.ok());
        QCOMPARE(m_journal->drafts(a)->size(),
                 0); // published: the draft went in the same transaction
        QVERIFY(m_journal->saveDraft(Draft{a, note.value(), {}, QStringLiteral("rettelse"), {}, {}})
                    .ok());
        QCOMPARE(m_journal->drafts(a)->first().noteId, note.value());
        QVERIFY(m_journal
                    ->saveDraft(Draft{a,
                                      note.value(),
                                      {},
                                      QStringLiteral("rettelse"),
                                      {},
                                      QStringLiteral("version-shown")})
                    .ok());
        QCOMPARE(m_journal->drafts(a)->first().basedOn, QStringLiteral("version-shown"));
        QVERIFY(m_journal->correctNote(note.value(), QStringLiteral("rettet")).ok());
        QCOMPARE(m_journal->drafts(a)->size(), 0);
    }

    void idsAreTimeOrderedUuids()
    {
        QSet<QString> seen;
        QString previous = newId();
        for (int i = 0; i < 10000; ++i) {
            const QString id = newId();
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QCOMPARE(id.size(), 36);
            QCOMPARE(id.at(14), QLatin1Char('7'));               // version 7
            QVERIFY(QStringLiteral("89ab").contains(id.at(19))); // RFC variant
            QVERIFY(!QUuid::fromString(id).isNull());
        }
        QTest::qWait(3);
        QVERIFY(previous < newId()); // a later id sorts after an earlier one
    }

    void batchRollbackLeavesNothing()
    {
        {
            Transaction batch = m_journal->batch();
            QVERIFY(batch.error().ok());
            addCitizen(QStringLiteral("Ida Fortrudt"));
            addCitizen(QStringLiteral("Jens Fortrudt"));
        } // not committed: rolled back
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM citizens")), 0);
        QCOMPARE(m_journal->outboxSize(), 0);
        QCOMPARE(m_journal->accessLog()->size(), 0);
        QVERIFY(m_journal->verify().ok());
    }

    void aCitizenWithTheirFirstCourse()
    {
        auto id = m_journal->addCitizenWithCourse(
            QStringLiteral("Karen Forløb"), cpr(test::kFakeCpr),
            {QStringLiteral("ignored"), QStringLiteral("Testby Kommune"),
             QStringLiteral("afklaringsforløb"), QDate(2026, 1, 2), QDate(2026, 1, 5),
             QDate(2026, 7, 5)});
        QVERIFY2(id.ok(), qPrintable(id.error().message()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM citizens")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM courses WHERE citizen_id = '") +
                        id.value() + QLatin1Char('\'')),
                 1);
        QCOMPARE(m_journal->outboxSize(), 2);
        auto log = m_journal->accessLog();
        QCOMPARE(log->size(), 2);
        for (const AccessLogEntry& e : log.value()) {
            QCOMPARE(e.action, AccessLog::Action::Created);
            QCOMPARE(e.citizenId, id.value());
        }
    }

    void aRefusedFirstCourseLeavesNoCitizen()
    {
        auto id =
            m_journal->addCitizenWithCourse(QStringLiteral("Lars Afvist"), cpr(test::kFakeCpr),
                                            {{},
                                             QStringLiteral("Testby Kommune"),
                                             QStringLiteral("afklaringsforløb"),
                                             {},
                                             QDate(2026, 2, 1),
                                             QDate(2026, 1, 1)}); // ends before it starts
        QCOMPARE(id.error().code, ErrorCode::InvalidInput);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM citizens")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM citizens_fts")), 0);
        QCOMPARE(m_journal->outboxSize(), 0);
        QCOMPARE(m_journal->accessLog()->size(), 0); // no "created" for a citizen not kept
        QVERIFY(m_journal->verify().ok());
        // The journal goes on: nothing was left open.
        QVERIFY(!addCitizen(QStringLiteral("Mette Efter")).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM citizens")), 1);
    }

    // A case that leaves this computer leaves nothing of itself behind: no row of any table
    // names it (but the access log, which records its use), the search finds nothing of it,
    // and the other citizens are as they were.
    void erasingACitizenLeavesNothingOfThem()
    {
        const QString gone = addCitizen(QStringLiteral("Xenia Forsvinder"));
        const QString stays = addCitizen(QStringLiteral("Yrsa Bliver"));
        for (const QString& who : {gone, stays}) {
            QVERIFY(m_journal
                        ->addCourse({who,
                                     QStringLiteral("Testby Kommune"),
                                     QStringLiteral("afklaringsforløb"),
                                     {},
                                     QDate(2026, 1, 5),
                                     QDate(2026, 6, 30)})
                        .ok());
            auto note = m_journal->addNote(who, QStringLiteral("samtale om kvasarer"));
            QVERIFY(note.ok());
            QVERIFY(
                m_journal->correctNote(note.value(), QStringLiteral("samtale om pulsarer")).ok());
            QVERIFY(m_journal
                        ->correctCitizen(who, QStringLiteral("name"),
                                         QStringLiteral("Navn Rettet ") + who.left(4))
                        .ok());
        }
        const int logBefore = int(m_journal->accessLog()->size());
        {
            Transaction t = m_journal->batch();
            QVERIFY(m_journal->eraseCitizen(gone).ok());
            QVERIFY(t.commit().ok());
        }
        QCOMPARE(int(m_journal->accessLog()->size()), logBefore); // it keeps what was
        QStringList naming;
        QSqlQuery tables(db());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " AND name NOT LIKE '%fts%' AND name <> 'access_log'")));
        int checked = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery columns(db());
            QVERIFY(columns.exec(QStringLiteral("PRAGMA table_info(") + table + QLatin1Char(')')));
            while (columns.next()) {
                const QString column = columns.value(1).toString();
                QSqlQuery q(db());
                QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM ") + table +
                                  QStringLiteral(" WHERE CAST(") + column +
                                  QStringLiteral(" AS TEXT) LIKE ?")));
                q.addBindValue(QString(QLatin1Char('%') + gone + QLatin1Char('%')));
                QVERIFY(q.exec() && q.next());
                ++checked;
                if (q.value(0).toInt() > 0)
                    naming << table + QLatin1Char('.') + column;
            }
        }
        QVERIFY(checked > 50);
        QVERIFY2(naming.isEmpty(), qPrintable(naming.join(QLatin1Char(' '))));
        for (const QString& word : {QStringLiteral("Xenia"), QStringLiteral("pulsarer")}) {
            auto hits = m_journal->search(word);
            QVERIFY(hits.ok());
            for (const SearchHit& h : hits.value())
                QVERIFY(h.citizenId != gone);
        }
        QVERIFY(!m_journal->search(QStringLiteral("pulsarer"))->isEmpty()); // the other's note
        QCOMPARE(m_journal->caseload()->size(), 1);
        QCOMPARE(m_journal->caseload()->first().citizenId, stays);
        QVERIFY(m_journal->verify().ok());
    }

    void accessLogChainFindsTampering_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::newRow("changed") << "UPDATE access_log SET action = 'viewed' WHERE seq = 2";
        QTest::newRow("citizen changed")
            << "UPDATE access_log SET citizen_id = 'other' WHERE seq = 3";
        QTest::newRow("removed") << "DELETE FROM access_log WHERE seq = 2";
        QTest::newRow("newest removed")
            << "DELETE FROM access_log WHERE seq = (SELECT max(seq) FROM access_log)";
        QTest::newRow("reordered")
            << "UPDATE access_log SET seq = CASE seq WHEN 2 THEN 3 ELSE 2 END"
               " WHERE seq IN (2, 3)";
        QTest::newRow("all removed") << "DELETE FROM access_log";
    }
    void accessLogChainFindsTampering()
    {
        QFETCH(QString, tamper);
        const QString a = addCitizen(QStringLiteral("Karen Kæde"));
        QVERIFY(m_journal->addNote(a, QStringLiteral("one")).ok());
        QVERIFY(m_journal->citizen(a).ok());
        QVERIFY(m_journal->addNote(a, QStringLiteral("two")).ok());
        QVERIFY(m_journal->verify().ok());
        QSqlQuery q(db());
        if (tamper.contains(QStringLiteral("CASE seq"))) {
            // Swap two whole rows through a spare seq, since seq is the primary key.
            QVERIFY(q.exec(QStringLiteral("UPDATE access_log SET seq = 100 WHERE seq = 2")));
            QVERIFY(q.exec(QStringLiteral("UPDATE access_log SET seq = 2 WHERE seq = 3")));
            QVERIFY(q.exec(QStringLiteral("UPDATE access_log SET seq = 3 WHERE seq = 100")));
        } else {
            QVERIFY(q.exec(tamper));
        }
        const Error e = m_journal->verify();
        QCOMPARE(e.code, ErrorCode::Damaged);
        QVERIFY(e.detail.contains(QStringLiteral("access log")));
    }
    // Records carry moments as QDateTime in UTC, read in one place (StoredTime); the journal
    // keeps the text it always kept, with the writer's offset. Across Copenhagen's change to
    // summer time (29 March 2026, 02:00 became 03:00) with a clock in local time, as the real
    // one is.
    void momentsAreUtcAndTheStoredTextIsUnchanged()
    {
        const QByteArray zone = qgetenv("TZ");
        const QDateTime clockBefore = m_clock.now;
        const auto restore = qScopeGuard([&] {
            m_clock.now = clockBefore;
            if (zone.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", zone);
        });
        qputenv("TZ", "Europe/Copenhagen");
        const QDateTime winter(QDate(2026, 3, 29), QTime(1, 30), Qt::LocalTime);
        const QDateTime summer(QDate(2026, 3, 29), QTime(3, 30), Qt::LocalTime);
        QCOMPARE(winter.offsetFromUtc(), 3600);
        QCOMPARE(summer.offsetFromUtc(), 7200);
        QCOMPARE(winter.secsTo(summer), 3600);

        const QString id = addCitizen(QStringLiteral("Sommer Tidsen"));
        m_clock.now = winter;
        auto note = m_journal->addNote(id, QStringLiteral("Før sommertid."));
        QVERIFY(note.ok());
        m_clock.now = summer;
        QVERIFY(m_journal->correctNote(note.value(), QStringLiteral("Efter sommertid.")).ok());
        auto history = m_journal->noteHistory(note.value());
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        const QList<QDateTime> written = {history->at(0).writtenAt, history->at(1).writtenAt};
        for (const QDateTime& t : written) {
            QVERIFY(t.isValid());
            QCOMPARE(t.timeSpec(), Qt::UTC);
        }
        QCOMPARE(written.at(0), winter);
        QCOMPARE(written.at(1), summer);
        QCOMPARE(written.at(0).toString(Qt::ISODateWithMs),
                 QStringLiteral("2026-03-29T00:30:00.000Z"));
        QCOMPARE(written.at(1).toString(Qt::ISODateWithMs),
                 QStringLiteral("2026-03-29T01:30:00.000Z"));

        // The columns hold what they held before, and the CLI prints that same text.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT written_at FROM note_versions WHERE note_id = '") +
                       note.value() + QStringLiteral("' ORDER BY version")));
        QStringList stored;
        while (q.next())
            stored << q.value(0).toString();
        QCOMPARE(stored, QStringList({QStringLiteral("2026-03-29T01:30:00.000+01:00"),
                                      QStringLiteral("2026-03-29T03:30:00.000+02:00")}));
        QCOMPARE(StoredTime::localText(written.at(0)), stored.at(0));
        QCOMPARE(StoredTime::localText(written.at(1)), stored.at(1));
        QVERIFY(!StoredTime::from(QVariant()).isValid());
        QVERIFY(!StoredTime::from(QString()).isValid());

        // The access log too; its hashes still cover the stored text, not the moment: the same
        // moment written with another offset is a changed entry.
        auto log = m_journal->accessLog(id);
        QVERIFY(log.ok());
        QCOMPARE(log->last().at, summer);
        QCOMPARE(log->last().at.timeSpec(), Qt::UTC);
        QVERIFY(m_journal->verify().ok());
        QVERIFY(q.exec(QStringLiteral("UPDATE access_log SET at = '2026-03-29T01:30:00.000Z'"
                                      " WHERE at = '2026-03-29T03:30:00.000+02:00'")));
        QVERIFY(q.numRowsAffected() > 0);
        QCOMPARE(m_journal->verify().code, ErrorCode::Damaged);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
