// Retention on the laptop: a case whose period has ended is deleted from the journal, and
// nothing of it can be found afterwards in any page of the file or its write-ahead log,
// decrypted with the journal key outside SQLite. Holds, open courses, the days before the due
// date, the rules per municipality and where they come from (docs/retention.md).
#include "JournalTestBase.h"
#include "PageScan.h"
#include "TestSupport.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalInternals.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

namespace {
// The canary: made up, and nothing of it may be left after its case is deleted.
const QString kCanaryName = QStringLiteral("Kanariefugl Testesen");
const QString kCanaryCpr = QStringLiteral("1712587361"); // born 1858: nobody's
const QString kCanaryPhrase = QStringLiteral("Kanariesætning zyxwqvut bor ved Blåmejsevej");
const QString kCanaryWord = QStringLiteral("zyxwqvut"); // as the search index keeps it
// The survivor: its own canary must be found, or the scan proves nothing.
const QString kSurvivorName = QStringLiteral("Overlever Prøvesen");
const QString kSurvivorPhrase = QStringLiteral("Overlevernotat qjxvbnmk ved Gråspurvevej");

RetentionRules rulesOf(QList<RetentionRule> rules)
{
    return RetentionRules(std::move(rules));
}
} // namespace

class TestRetention : public test::JournalTestBase
{
    Q_OBJECT
    // A citizen with one course in `municipality`, ended on `end` (open when null).
    QString addCase(const QString& name, const char* cpr, const QString& municipality, QDate end,
                    QDate plannedEnd = {})
    {
        CourseInput c{{}, municipality,      QStringLiteral("afklaring"),
                      {}, QDate(2025, 6, 2), plannedEnd};
        const QString id = test::require(
            m_journal->addCitizenWithCourse(name, *Cpr::parse(QString::fromLatin1(cpr)), c),
            "citizen");
        if (end.isValid()) {
            const QString course = test::require(m_journal->citizen(id), "case").courses.first().id;
            test::require(m_journal->endCourse(course, end), "end");
        }
        return id;
    }
    CaseloadRow rowOf(const QString& id)
    {
        for (const CaseloadRow& r : test::require(m_journal->caseload(), "caseload"))
            if (r.citizenId == id)
                return r;
        return {};
    }
    // The canary everywhere the journal keeps text: notes and an older version, the search
    // index, a draft, a request from the citizen, a hold and its release, a corrected name, a
    // look-up whose reason names the citizen.
    void writeCanaryEverywhere(const QString& canary, const QString& survivor)
    {
        const QString note = test::require(m_journal->addNote(canary, kCanaryPhrase), "note");
        QVERIFY(m_journal->correctNote(note, kCanaryPhrase + QStringLiteral(", rettet")).ok());
        QVERIFY(m_journal->addNote(canary, QStringLiteral("Andet notat om ") + kCanaryName).ok());
        QVERIFY(m_journal->addNote(survivor, kSurvivorPhrase).ok());
        QVERIFY(m_journal
                    ->saveDraft({canary, {}, {}, kCanaryPhrase + QStringLiteral(" kladde"), {}, {}})
                    .ok());
        QVERIFY(m_journal
                    ->correctCitizen(canary, QStringLiteral("name"),
                                     kCanaryName + QStringLiteral(" Rettet"))
                    .ok());
        QVERIFY(m_journal
                    ->addRequest({canary, QStringLiteral("access"), QStringLiteral("letter"),
                                  m_clock.now, QStringLiteral("Brev fra ") + kCanaryName})
                    .ok());
        QVERIFY(m_journal->holdCase(canary, QStringLiteral("Klage fra ") + kCanaryName).ok());
        QVERIFY(m_journal->releaseCase(canary).ok());
        QVERIFY(m_journal
                    ->findByCpr(*Cpr::parse(kCanaryCpr), QStringLiteral("Opslag om ") + kCanaryName)
                    .ok());
        QVERIFY(test::require(m_journal->search(kCanaryWord), "search").size() == 1);
    }
    bool exists(const QString& id) { return m_journal->citizen(id).ok(); }

private Q_SLOTS:
    void init()
    {
        m_clock = test::ManualClock{};
        newPath();
        openJournal(JournalDatabase::Mode::Create);
    }
    void cleanup() { m_journal.reset(); }

    // The access log keeps its entries for its own period (at least six months), then they go:
    // the chain still verifies from the anchor the prune left, an entry of the chain names the
    // anchor, and cutting more from the start, or moving the anchor, is found.
    void theAccessLogIsPrunedAfterItsOwnPeriod()
    {
        const QString early =
            addCase(kCanaryName, "171258-7361", QStringLiteral("Aby"), QDate(2026, 2, 1));
        QVERIFY(m_journal->citizen(early, QStringLiteral("Opslag om ") + kCanaryName).ok());
        const int before = scalar(QStringLiteral("SELECT count(*) FROM access_log"));
        QVERIFY(before >= 3);
        // Five months on (six after its course ended) the case goes, its entries scrubbed;
        // they are younger than the log's six months. A new case is written.
        m_clock.now = m_clock.now.addMonths(5);
        auto run = m_journal->applyRetention(m_clock.now.date());
        QVERIFY(run.ok());
        QCOMPARE(run->count(), 1);
        QCOMPARE(run->logEntriesPruned, 0); // nothing is past the log's period yet
        const QString later =
            addCase(kSurvivorName, test::kFakeCpr, QStringLiteral("Aby"), QDate());
        const int newest = scalar(QStringLiteral("SELECT max(seq) FROM access_log"));
        // Two months later the first entries are past the log's six months; the deletion's
        // own entries and everything after it are not.
        m_clock.now = m_clock.now.addMonths(2);
        run = m_journal->applyRetention(m_clock.now.date());
        QVERIFY(run.ok());
        QCOMPARE(run->logEntriesPruned, qint64(before));
        QVERIFY(m_journal->verify().ok());
        QCOMPARE(scalar(QStringLiteral("SELECT min(seq) FROM access_log")), before + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = "
                                       "'log-pruned'")),
                 1);
        QVERIFY(scalar(QStringLiteral("SELECT max(seq) FROM access_log")) > newest);
        QVERIFY(test::require(m_journal->accessLog(later), "log").size() > 0);
        // A longer rule keeps them longer: nothing more goes today.
        QVERIFY(!m_journal->setLocalRetention(
            rulesOf({{{}, RetentionKind::AccessLog, 36}, {{}, RetentionKind::Case, 6}})));
        run = m_journal->applyRetention(m_clock.now.date().addMonths(12));
        QCOMPARE(run->logEntriesPruned, 0);

        // Cutting more from the start is found; so is moving the anchor to hide it.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, hash FROM access_log ORDER BY seq LIMIT 1")));
        QVERIFY(q.next());
        const qint64 first = q.value(0).toLongLong();
        const QString firstHash = q.value(1).toString();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("DELETE FROM access_log WHERE seq = %1").arg(first)));
        QCOMPARE(m_journal->verify().code, ErrorCode::Damaged);
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '%1:%2' WHERE key = "
                                      "'access_log_anchor'")
                           .arg(first)
                           .arg(firstHash)));
        const Error moved = m_journal->verify();
        QCOMPARE(moved.code, ErrorCode::Damaged);
        QVERIFY2(moved.detail.contains(QStringLiteral("named by no entry")),
                 qPrintable(moved.detail));
    }

    // Kept sync problems (with what they keep: a refused draft's text) go when their period
    // since they were kept has passed, by the rule of their case's municipality.
    void keptSyncProblemsGoAfterTheirPeriod()
    {
        QVERIFY(!m_journal->setLocalRetention(
            rulesOf({{{}, RetentionKind::SyncProblems, 2},
                     {QStringLiteral("Lang"), RetentionKind::SyncProblems, 12}})));
        const QString shortCase =
            addCase(kCanaryName, "171258-7361", QStringLiteral("Aby"), QDate());
        const QString longCase =
            addCase(kSurvivorName, test::kFakeCpr, QStringLiteral("Lang"), QDate());
        const auto keep = [this](const QString& citizen, const QString& at) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("INSERT INTO sync_problems (kind, citizen_id, reason, at,"
                                     " data) VALUES ('rejected', ?, 'purged', ?, ?)"));
            q.addBindValue(citizen);
            q.addBindValue(at);
            q.addBindValue(kCanaryPhrase.toUtf8());
            QVERIFY(q.exec());
        };
        keep(shortCase, QStringLiteral("2026-03-02T10:00:00.000+01:00"));
        keep(longCase, QStringLiteral("2026-03-02T10:00:00.000+01:00"));
        keep(shortCase, QStringLiteral("2026-04-20T10:00:00.000+02:00"));
        auto run = m_journal->applyRetention(QDate(2026, 5, 1)); // under two months: all stay
        QCOMPARE(run->syncProblemsPruned, 0);
        run = m_journal->applyRetention(QDate(2026, 5, 2)); // the first short one is two months
        QCOMPARE(run->syncProblemsPruned, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_problems")), 2);
        run = m_journal->applyRetention(QDate(2027, 1, 1));
        QCOMPARE(run->syncProblemsPruned, 1); // the second short one; the long one stays
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_problems WHERE citizen_id = '") +
                        longCase + QLatin1Char('\'')),
                 1);
        run = m_journal->applyRetention(QDate(2027, 3, 2));
        QCOMPARE(run->syncProblemsPruned, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_problems")), 0);
    }

    // The proof: the canary's case is deleted and no page of the file or its log holds any of
    // it, in UTF-8 or UTF-16, while the survivor's canary is found by the same scan.
    void nothingOfADeletedCaseIsLeftOnDisk()
    {
        const QString canary =
            addCase(kCanaryName, "171258-7361", QStringLiteral("Prøvekøbing"), QDate(2026, 1, 15));
        const QString survivor = addCase(kSurvivorName, test::kFakeCpr,
                                         QStringLiteral("Prøvekøbing"), QDate(2026, 3, 1));
        writeCanaryEverywhere(canary, survivor);
        QStringList canaries{kCanaryName,
                             QStringLiteral("Kanariefugl"),
                             kCanaryCpr,
                             QStringLiteral("171258-7361"),
                             kCanaryPhrase,
                             kCanaryWord,
                             QStringLiteral("Blåmejsevej")};
        const test::DecryptedJournal before = test::decryptJournal(m_path, m_key);
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QVERIFY(before.contains(kCanaryPhrase.toUtf8())); // the scanner reads what is there
        QVERIFY(!before.frames.isEmpty());                // including the log

        m_clock.now = QDateTime(QDate(2026, 8, 1), QTime(9, 0), Qt::UTC);
        const auto run = m_journal->applyRetention(m_clock.now.date());
        QVERIFY2(run.ok(), qPrintable(run.error().detail));
        QCOMPARE(run->count(), 1);
        QCOMPARE(run->deleted.first().citizenId, canary);
        QCOMPARE(run->deleted.first().months, 6);
        QCOMPARE(run->deleted.first().municipality, QStringLiteral("Prøvekøbing"));
        QCOMPARE(run->deleted.first().dueDate, QDate(2026, 7, 15));
        QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0); // checkpointed, truncated
        QVERIFY(!exists(canary));
        QVERIFY(exists(survivor));

        auto scanned = [&](const char* when) {
            const test::DecryptedJournal after = test::decryptJournal(m_path, m_key);
            QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
            for (const QString& c : std::as_const(canaries)) {
                for (const QByteArray& form : test::encodingsOf(c)) {
                    QString where;
                    QVERIFY2(!after.contains(form, &where),
                             qPrintable(QStringLiteral("%1: %2 in %3")
                                            .arg(QString::fromLatin1(when), c, where)));
                }
            }
            QVERIFY2(after.contains(kSurvivorPhrase.toUtf8()), when);
            QVERIFY2(after.contains(kSurvivorName.toUtf8()), when);
        };
        scanned("open");

        // The log keeps the case's id only, and its chain still verifies.
        QVERIFY(m_journal->verify().ok());
        const auto log = test::require(m_journal->accessLog(canary), "log");
        QVERIFY(!log.isEmpty());
        for (const AccessLogEntry& e : log)
            QVERIFY2(!e.reason.contains(QStringLiteral("Kanariefugl")), qPrintable(e.reason));
        QCOMPARE(log.last().action, AccessLog::Action::Deleted);
        QCOMPARE(log.last().reason,
                 QStringLiteral("retention; rule 6 months; municipality Prøvekøbing;"
                                " due 2026-07-15"));
        QVERIFY(test::require(m_journal->search(kCanaryWord), "search").isEmpty());
        QCOMPARE(test::require(m_journal->search(QStringLiteral("qjxvbnmk")), "search").size(), 1);
        m_journal.reset(); // a clean close: the file alone
        scanned("closed");
    }

    // The chain checks a scrubbed entry through its checkpoint: changing one is found.
    void aScrubbedEntryIsStillChecked()
    {
        const QString id =
            addCase(kCanaryName, "171258-7361", QStringLiteral("Aby"), QDate(2025, 12, 1));
        QVERIFY(m_journal->findByCpr(*Cpr::parse(kCanaryCpr), QStringLiteral("Opslag")).ok());
        m_clock.now = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
        QCOMPARE(test::require(m_journal->applyRetention(m_clock.now.date()), "run").count(), 1);
        QVERIFY(m_journal->verify().ok());
        const auto log = test::require(m_journal->accessLog(id), "log");
        QCOMPARE(log.at(log.size() - 2).action, AccessLog::Action::Scrubbed);
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE access_log SET consultant = 'x' WHERE reason = ''"
                                      " AND action = 'searched'")));
        QCOMPARE(m_journal->verify().code, ErrorCode::Damaged);
    }

    void aHeldCaseIsKept()
    {
        const QString a = addCase(QStringLiteral("Holdt Hansen"), test::kFakeCpr,
                                  QStringLiteral("Aby"), QDate(2025, 10, 1));
        const QString b = addCase(QStringLiteral("Server Holdt"), "020258-5998",
                                  QStringLiteral("Aby"), QDate(2025, 10, 1));
        QCOMPARE(m_journal->holdCase(a, QStringLiteral("  ")).code, ErrorCode::InvalidInput);
        QVERIFY(
            m_journal->holdCase(a, QStringLiteral("Klage til Ankestyrelsen"), QDate(2026, 12, 31))
                .ok());
        QVERIFY(m_journal
                    ->setRetention(RetentionRules(), {{b, QStringLiteral("Retssag"),
                                                       QStringLiteral("admin"), QDate()}})
                    .ok());
        m_clock.now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
        const auto run = test::require(m_journal->applyRetention(m_clock.now.date()), "run");
        QCOMPARE(run.count(), 0);
        QCOMPARE(run.held, 2);
        QVERIFY(exists(a) && exists(b));
        QVERIFY(rowOf(a).held && rowOf(b).held);
        QCOMPARE(rowOf(a).status, CaseStatus::DeletionDue);
        QCOMPARE(rowOf(a).deletionInDays, -1);
        const CaseRetention held = test::require(m_journal->caseRetention(a), "retention");
        QCOMPARE(held.holds.size(), 1);
        QCOMPARE(held.holds.first().heldBy, QStringLiteral("kons-1"));
        QCOMPARE(held.holds.first().reason, QStringLiteral("Klage til Ankestyrelsen"));
        QCOMPARE(held.holds.first().until, QDate(2026, 12, 31));
        QVERIFY(!held.holds.first().fromServer);
        QVERIFY(test::require(m_journal->caseRetention(b), "b").holds.first().fromServer);
        // Released, or past its date: deleted at the next run.
        QVERIFY(m_journal->releaseCase(a).ok());
        QCOMPARE(m_journal->releaseCase(a).code, ErrorCode::NotFound);
        QCOMPARE(m_journal->releaseCase(b).code, ErrorCode::NotFound); // the server's
        QVERIFY(
            m_journal
                ->setRetention(RetentionRules(), {{b, QStringLiteral("Retssag"),
                                                   QStringLiteral("admin"), QDate(2026, 5, 31)}})
                .ok());
        QCOMPARE(test::require(m_journal->applyRetention(m_clock.now.date()), "run").count(), 2);
        QVERIFY(!exists(a) && !exists(b));
    }

    void theDaysBeforeAreShown()
    {
        const QString id = addCase(QStringLiteral("Snart Slettet"), test::kFakeCpr,
                                   QStringLiteral("Aby"), QDate(2026, 1, 15));
        m_clock.now = QDateTime(QDate(2026, 6, 30), QTime(9, 0), Qt::UTC); // 15 days before
        QCOMPARE(rowOf(id).deletionInDays, -1);
        QCOMPARE(rowOf(id).nextDate, QDate(2026, 7, 15));
        m_clock.now = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
        QCOMPARE(rowOf(id).deletionInDays, kRetentionNoticeDays);
        m_clock.now = QDateTime(QDate(2026, 7, 14), QTime(9, 0), Qt::UTC);
        QCOMPARE(rowOf(id).deletionInDays, 1);
        QCOMPARE(rowOf(id).status, CaseStatus::Ended);
        QCOMPARE(test::require(m_journal->applyRetention(m_clock.now.date()), "run").count(), 0);
        QVERIFY(exists(id));
        QCOMPARE(test::require(m_journal->caseRetention(id), "r").dueDate, QDate(2026, 7, 15));
        m_clock.now = QDateTime(QDate(2026, 7, 15), QTime(9, 0), Qt::UTC);
        QCOMPARE(test::require(m_journal->applyRetention(m_clock.now.date()), "run").count(), 1);
    }

    void anOpenCourseIsNeverDeleted()
    {
        const QString id = addCase(QStringLiteral("Aaben Forløb"), test::kFakeCpr,
                                   QStringLiteral("Aby"), {}, QDate(2025, 9, 1));
        m_clock.now = QDateTime(QDate(2030, 1, 1), QTime(9, 0), Qt::UTC);
        QCOMPARE(test::require(m_journal->applyRetention(m_clock.now.date()), "run").count(), 0);
        QVERIFY(exists(id));
        QVERIFY(rowOf(id).courseOverdue);
        QCOMPARE(rowOf(id).deletionInDays, -1);
        const CaseRetention r = test::require(m_journal->caseRetention(id), "r");
        QVERIFY(r.courseOverdue && !r.dueDate.isValid());
        // A second course, ended long ago, does not start the clock while the first is open.
        CourseInput c{id, QStringLiteral("Aby"), QStringLiteral("praktik"),
                      {}, QDate(2025, 7, 1),     {}};
        const QString course = test::require(m_journal->addCourse(c), "course");
        QVERIFY(m_journal->endCourse(course, QDate(2025, 8, 1)).ok());
        QCOMPARE(test::require(m_journal->applyRetention(m_clock.now.date()), "run").count(), 0);
    }

    void aJournalWithoutServerRulesUsesItsSettings()
    {
        const QString id = addCase(QStringLiteral("Lokal Regel"), test::kFakeCpr,
                                   QStringLiteral("Aby"), QDate(2025, 12, 1));
        QVERIFY(m_journal->setLocalRetention(rulesOf({{{}, RetentionKind::Case, 12}})).ok());
        const RetentionSetting s = test::require(m_journal->retention(), "setting");
        QVERIFY(!s.fromServer);
        QCOMPARE(s.rules.months(QStringLiteral("Aby"), RetentionKind::Case), 12);
        m_clock.now = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
        QCOMPARE(test::require(m_journal->applyRetention(m_clock.now.date()), "run").count(), 0);
        QCOMPARE(m_journal->setLocalRetention(rulesOf({{{}, RetentionKind::Case, 0}})).code,
                 ErrorCode::InvalidInput);
        QVERIFY(m_journal->setLocalRetention(rulesOf({{{}, RetentionKind::Case, 6}})).ok());
        QCOMPARE(test::require(m_journal->applyRetention(m_clock.now.date()), "run").count(), 1);
        QVERIFY(!exists(id));
    }

    void rulesApplyPerMunicipality()
    {
        const QString a = addCase(QStringLiteral("Anne Aby"), test::kFakeCpr, QStringLiteral("Aby"),
                                  QDate(2025, 12, 1));
        const QString b = addCase(QStringLiteral("Bent Bøby"), "020258-5998",
                                  QStringLiteral("Bøby"), QDate(2025, 12, 1));
        QVERIFY(m_journal->setLocalRetention(rulesOf({{{}, RetentionKind::Case, 24}})).ok());
        m_clock.now = QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC);
        QVERIFY(m_journal
                    ->setRetention(rulesOf({{QStringLiteral("Aby"), RetentionKind::Case, 6},
                                            {QStringLiteral("Bøby"), RetentionKind::Case, 12}}),
                                   {})
                    .ok());
        const RetentionSetting s = test::require(m_journal->retention(), "setting");
        QVERIFY(s.fromServer); // the server's rules replace the computer's
        QCOMPARE(s.receivedAt, m_clock.now);
        m_clock.now = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
        const auto run = test::require(m_journal->applyRetention(m_clock.now.date()), "run");
        QCOMPARE(run.count(), 1);
        QCOMPARE(run.deleted.first().citizenId, a);
        QVERIFY(!exists(a) && exists(b));
        QCOMPARE(rowOf(b).nextDate, QDate(2026, 12, 1));
    }

    // A part of a case (consents, disclosures) goes with the case unless a rule makes it go
    // earlier; a rule can never keep it longer than its case. For every part, with a
    // municipality's own rule and with the default's.
    void aPartOfACaseGoesEarlierNeverLater()
    {
        for (RetentionKind part : caseParts()) {
            QVERIFY(!eventTypesOf(part).isEmpty());
            const QString aby = QStringLiteral("Aby");
            RetentionRules rules = rulesOf({{aby, RetentionKind::Case, 12}});
            QCOMPARE(rules.months(aby, part), 12); // with the case
            QCOMPARE(rules.months(QStringLiteral("Bøby"), part), RetentionRules::kDefaultMonths);
            rules.set({{}, part, 2});
            QCOMPARE(rules.months(aby, part), 2);
            QCOMPARE(rules.months(QStringLiteral("Bøby"), part), 2);
            rules.set({aby, part, 24}); // longer than the case: the case's months
            QCOMPARE(rules.months(aby, part), 12);
            QCOMPARE(rules.ruleMonths(aby, part), 24);

            CaseRetentionFacts f{aby, QDate(2026, 1, 31), false, {}};
            QCOMPARE(f.dueDate(rules), QDate(2027, 1, 31));
            QVERIFY(!f.partDueDate(rules, part).isValid()); // goes with the case
            rules.set({aby, part, 1});
            QCOMPARE(f.partDueDate(rules, part), QDate(2026, 2, 28));
            f.courseOpen = true;
            QVERIFY(!f.partDueDate(rules, part).isValid());
        }
        QVERIFY(eventTypesOf(RetentionKind::Case).isEmpty());
        QCOMPARE(eventTypesOf(RetentionKind::Disclosures),
                 QStringList{EventType::DisclosureRecorded});
        for (RetentionKind k : allRetentionKinds())
            QCOMPARE(retentionKindOf(nameOf(k)), k);
    }

    void rulesAndHoldsSurviveReopening()
    {
        const QString id = addCase(QStringLiteral("Gen Åbnet"), test::kFakeCpr,
                                   QStringLiteral("Aby"), QDate(2025, 12, 1));
        const RetentionRules rules = rulesOf(
            {{QStringLiteral("Aby"), RetentionKind::Case, 9}, {{}, RetentionKind::AccessLog, 12}});
        QVERIFY(m_journal
                    ->setRetention(rules, {{id, QStringLiteral("Aktindsigt"),
                                            QStringLiteral("admin"), QDate(2026, 9, 1)}})
                    .ok());
        m_journal.reset();
        openJournal(JournalDatabase::Mode::Open);
        QVERIFY(m_journal->retentionRules() == rules);
        QVERIFY(test::require(m_journal->retention(), "setting").fromServer);
        const CaseRetention r = test::require(m_journal->caseRetention(id), "r");
        QCOMPARE(r.months, 9);
        QCOMPARE(r.dueDate, QDate(2026, 9, 1));
        QCOMPARE(r.holds.size(), 1);
        QCOMPARE(r.holds.first().reason, QStringLiteral("Aktindsigt"));
    }

    void aDryRunDeletesNothing()
    {
        const QString id = addCase(QStringLiteral("Tør Kørsel"), test::kFakeCpr,
                                   QStringLiteral("Aby"), QDate(2025, 12, 1));
        m_clock.now = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
        const int events = scalar(QStringLiteral("SELECT count(*) FROM events"));
        const int logged = scalar(QStringLiteral("SELECT count(*) FROM access_log"));
        const auto due = test::require(m_journal->dueForDeletion(m_clock.now.date()), "due");
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.deleted.first().citizenId, id);
        QCOMPARE(due.deleted.first().dueDate, QDate(2026, 6, 1));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), events);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log")), logged);
        QVERIFY(exists(id));
    }

    void holdsAreEventsThatProject()
    {
        const QString id = addCase(QStringLiteral("Hold Hændelse"), test::kFakeCpr,
                                   QStringLiteral("Aby"), QDate(2025, 12, 1));
        QCOMPARE(m_journal->holdCase(id, QStringLiteral("Klage"), QDate(2026, 1, 1)).code,
                 ErrorCode::InvalidInput); // before today
        QCOMPARE(m_journal->holdCase(QStringLiteral("nobody"), QStringLiteral("Klage")).code,
                 ErrorCode::NotFound);
        QVERIFY(m_journal->holdCase(id, QStringLiteral("Klage")).ok());
        QVERIFY(m_journal->holdCase(id, QStringLiteral("Retssag"), QDate(2027, 1, 1)).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE type = 'case.held'")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_holds")), 1); // the newest
        QCOMPARE(test::require(m_journal->caseRetention(id), "r").holds.first().reason,
                 QStringLiteral("Retssag"));
        QVERIFY(m_journal->releaseCase(id).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE type = 'case.released'"
                                       " AND payload = '{}'")),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_holds")), 0);
        QCOMPARE(m_journal->outboxSize(), 6); // citizen, course, its end, two holds, the release
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
