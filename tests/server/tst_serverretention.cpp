// Retention on the server, on the backend CTest chose: the municipalities' rules, the job
// that deletes due cases by itself, holds, the dry run, the purge ledger that survives a
// restored backup, and the deletion list for the municipality. Clocks are moved to make
// months pass; the laptop is a real enrolled journal.
#include "PageScan.h"
#include "SyncHarness.h"
#include "TestSupport.h"
#include "admin/PdfTable.h"
#include "admin/ServerCli.h"
#include "app/core/Translations.h"
#include "app/domain/Cpr.h"
#include "store/ServerDatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;
using namespace fortrolig::test;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
const QString kSydby = QStringLiteral("Sydby Kommune");   // the default rule: six months
const QString kNordby = QStringLiteral("Nordby Kommune"); // its own rule: twelve months

} // namespace

class TestServerRetention : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<Device> m_laptop;
    Account m_anne;
    QTemporaryDir m_dir;

    // A case whose only course, in `municipality`, ended on `end` (or is open: null `end`).
    QString endedCase(const QString& name, const char* cpr, const QString& municipality,
                      const QDate& end, const QDate& plannedEnd = {})
    {
        const QString id = m_laptop->addCitizen(name, cpr);
        auto course = m_laptop->journal().addCourse(
            CourseInput{id,
                        municipality,
                        QStringLiteral("afklaringsforløb"),
                        {},
                        (end.isValid() ? end : plannedEnd).addMonths(-3),
                        plannedEnd});
        if (id.isEmpty() || !course.ok())
            return {};
        if (end.isValid() && m_laptop->journal().endCourse(course.value(), end))
            return {};
        return id;
    }
    // fortrolig-server COMMAND ..., in this process, on the fixture's store and key.
    QString cli(const QStringList& args, int* code) { return m_server->cli(args, code); }
    QStringList audit(const QString& action) { return m_server->audit(action); }
    QByteArray ledger()
    {
        QFile f(server::Server::ledgerPath(m_server->store().dataDir()));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // A PDF that a reader can open: its header and end, a cross-reference table whose every
    // offset points at its object, and `pages` pages.
    static void checkPdf(const QByteArray& bytes, int pages)
    {
        QVERIFY(bytes.startsWith("%PDF-1.4\n"));
        QVERIFY(bytes.endsWith("%%EOF\n"));
        const qsizetype start = bytes.lastIndexOf("startxref\n");
        QVERIFY(start > 0);
        const qsizetype xref = bytes.mid(start + 10).split('\n').first().toLongLong();
        QVERIFY(bytes.mid(xref).startsWith("xref\n0 "));
        const QList<QByteArray> lines = bytes.mid(xref).split('\n');
        const int count = lines.at(1).split(' ').last().toInt();
        QVERIFY(count > 3);
        for (int i = 1; i < count; ++i) {
            const qsizetype at = lines.at(2 + i).left(10).toLongLong();
            QVERIFY2(bytes.mid(at).startsWith(QByteArray(QByteArray::number(i) + " 0 obj")),
                     qPrintable(QString::number(i)));
        }
        QVERIFY(bytes.contains(QByteArray("/Count " + QByteArray::number(pages) + " >>")));
    }
    // The server's clock: moved on so that today is `day`.
    void serverToday(const QDate& day)
    {
        const QDate now = QDateTime::fromMSecsSinceEpoch(m_server->now()).date();
        m_server->advance(now.daysTo(day) * kDay);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo() << "backend:" << backendName(m_backend);
        QVERIFY(ensureSodium());
        installTranslations(*QCoreApplication::instance()); // the command line's plurals
    }
    void init()
    {
        m_server = std::make_unique<ServerFixture>(m_backend);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_anne = m_server->createConsultant(QStringLiteral("anne"));
        m_laptop = Device::signedIn(*m_server, m_anne);
        QVERIFY(m_laptop);
    }
    void cleanup()
    {
        m_laptop.reset();
        m_server.reset();
    }

    void rulesAreCheckedKeptAndAudited()
    {
        server::RetentionService& r = m_server->admin().retention();
        QCOMPARE(r.rules()->months(kNordby, RetentionKind::Case), 6); // the default
        QVERIFY(!r.setRule({kNordby, RetentionKind::Case, 12}, QStringLiteral("admin:test")));
        QVERIFY(!r.setRule({{}, RetentionKind::AccessLog, 24}, QStringLiteral("admin:test")));
        QCOMPARE(r.setRule({kNordby, RetentionKind::Case, 0}, {}).code, ErrorCode::InvalidInput);
        QCOMPARE(r.setRule({{}, RetentionKind::AccessLog, 3}, {}).code, ErrorCode::InvalidInput);
        const RetentionRules rules = r.rules().value();
        QCOMPARE(rules.months(kNordby, RetentionKind::Case), 12);
        QCOMPARE(rules.months(kSydby, RetentionKind::Case), 6);
        QCOMPARE(rules.months(kSydby, RetentionKind::AccessLog), 24);
        QCOMPARE(audit(QStringLiteral("retention-set")),
                 QStringList({kNordby + QStringLiteral("/case months 6 -> 12"),
                              QStringLiteral("(default)/access-log months 6 -> 24")}));
        // And from the command line, which changes and shows them the same way.
        int code = -1;
        QString out =
            cli({QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("case"),
                 QStringLiteral("9"), QStringLiteral("--municipality"), kSydby},
                &code);
        QCOMPARE(code, 0);
        out = cli({QStringLiteral("retention"), QStringLiteral("show")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(kSydby + QStringLiteral(":\n  case\t9 months")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("access-log\t24 months")), qPrintable(out));
        out = cli({QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("access-log"),
                   QStringLiteral("2")},
                  &code);
        QVERIFY2(code != 0 && out.contains(QStringLiteral("at least 6")), qPrintable(out));
    }

    // The job inside the server deletes what is due, by each municipality's rule, and
    // nothing else; the laptop follows at its next sync.
    void theServerDeletesDueCasesByItself()
    {
        QVERIFY(!m_server->admin().retention().setRule({kNordby, RetentionKind::Case, 12}, {}));
        const QDate end = QDate::currentDate().addDays(-2);
        const QString due =
            endedCase(QStringLiteral("Kanariefugl Testesen"), "010101-1234", kSydby, end);
        const QString longer =
            endedCase(QStringLiteral("Nora Nordby"), "020202-1234", kNordby, end);
        const QString open =
            endedCase(QStringLiteral("Otto Åben"), "030303-1234", kSydby, {}, end.addMonths(-1));
        const QString held = endedCase(QStringLiteral("Hanne Holdt"), "040404-1234", kSydby, end);
        QVERIFY(!due.isEmpty() && !longer.isEmpty() && !open.isEmpty() && !held.isEmpty());
        QVERIFY(m_laptop->syncOnce());
        QVERIFY(!m_server->admin().retention().hold(
            RetentionHold{held, QStringLiteral("Klagesag"), {}, {}}, QStringLiteral("admin:t")));

        // The day before the due date nothing goes; on it, the due case goes.
        serverToday(end.addMonths(6).addDays(-1));
        server::Server::Options o;
        o.retentionIntervalMs = 50;
        QVERIFY(m_server->start(o));
        QTest::qWait(300);
        QVERIFY(m_server->eventsOf(due) > 0);
        serverToday(end.addMonths(6));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->eventsOf(due), 0, 10'000);
        QVERIFY(m_server->eventsOf(longer) > 0);
        QVERIFY(m_server->eventsOf(open) > 0);
        QVERIFY(m_server->eventsOf(held) > 0);

        // On record, with the rule and no personal data; in the ledger by id only.
        const QStringList purged = audit(QStringLiteral("case-purged"));
        QCOMPARE(purged.size(), 1);
        QVERIFY2(purged.first().startsWith(due +
                                           QStringLiteral(" reason=retention rule=case "
                                                          "months=6 municipality=") +
                                           kSydby),
                 qPrintable(purged.first()));
        QVERIFY(purged.first().contains(QStringLiteral("due=") +
                                        end.addMonths(6).toString(Qt::ISODate)));
        const QByteArray written = ledger();
        QVERIFY(written.contains(due.toLatin1()));
        QVERIFY(!written.contains(longer.toLatin1()));
        for (const char* personal : {"Kanariefugl", "010101", "Testesen"}) {
            QVERIFY(!written.contains(personal));
            QVERIFY(!purged.first().contains(QLatin1String(personal)));
        }
        // The laptop deletes it at its next sync (half a year on: after logging in again);
        // the others stay.
        QVERIFY(m_laptop->login(*m_server, m_anne));
        QVERIFY(m_laptop->syncOnce());
        QVERIFY(!m_laptop->journal().citizen(due).ok());
        QVERIFY(m_laptop->journal().citizen(longer).ok());
        QVERIFY(m_laptop->journal().citizen(held).ok());

        // Twelve months on, the other municipality's case goes too; the open course never.
        serverToday(end.addMonths(12));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->eventsOf(longer), 0, 10'000);
        QVERIFY(m_server->eventsOf(open) > 0);
        QVERIFY(m_server->eventsOf(held) > 0);
    }

    // An enrolled laptop deletes what the server deleted by its rule, and nothing of it is
    // left in any page of its journal or log (decrypted outside SQLite), while the other
    // case's text is found by the same scan.
    void anEnrolledLaptopKeepsNothingOfACaseTheServerDeleted()
    {
        const QDate end = QDate::currentDate().addMonths(-7);
        const QString canary =
            endedCase(QStringLiteral("Kanariefugl Testesen"), "171258-7361", kSydby, end);
        const QString survivor = endedCase(QStringLiteral("Overlever Prøvesen"), "020202-1234",
                                           kSydby, QDate::currentDate());
        const QString phrase = QStringLiteral("Kanariesætning zyxwqvut ved Blåmejsevej");
        const QString kept = QStringLiteral("Overlevernotat qjxvbnmk ved Gråspurvevej");
        QVERIFY(m_laptop->journal().addNote(canary, phrase).ok());
        QVERIFY(m_laptop->journal().addNote(survivor, kept).ok());
        QVERIFY(m_laptop->syncOnce());
        const test::DecryptedJournal before =
            test::decryptJournal(m_laptop->journalPath(), m_laptop->journalKey());
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QVERIFY(before.contains(QStringLiteral("zyxwqvut").toUtf8()));

        // The server's rule, not the laptop's: the laptop only follows the purge.
        auto run = m_server->admin().retention().run(QDate::currentDate(), false);
        QVERIFY(run.ok());
        QCOMPARE(run->deleted.size(), 1);
        QVERIFY(m_laptop->syncOnce());
        QVERIFY(!m_laptop->journal().citizen(canary).ok());
        const test::DecryptedJournal after =
            test::decryptJournal(m_laptop->journalPath(), m_laptop->journalKey());
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        for (const QString& secret :
             {QStringLiteral("Kanariefugl"), QStringLiteral("Testesen"), QStringLiteral("zyxwqvut"),
              QStringLiteral("Blåmejsevej"), QStringLiteral("1712587361"),
              QStringLiteral("171258-7361")}) {
            for (const QByteArray& form : test::encodingsOf(secret)) {
                QString where;
                QVERIFY2(!after.contains(form, &where),
                         qPrintable(secret + QStringLiteral(" in ") + where));
            }
        }
        QVERIFY(after.contains(QStringLiteral("qjxvbnmk").toUtf8()));
        QVERIFY(after.contains(QStringLiteral("Overlever").toUtf8()));
    }

    // Fourteen days before deletion, the administrator sees which cases have an ended course
    // never handed over to the municipality (from the hand-over event the laptop pushed).
    void aCaseNotHandedOverIsListedBeforeDeletion()
    {
        const QDate end = QDate::currentDate().addMonths(-6).addDays(7); // due in 7 days
        const QString missing =
            endedCase(QStringLiteral("Mette Mangler"), "050505-1234", kSydby, end);
        const QString done =
            endedCase(QStringLiteral("Olga Overdraget"), "060606-1234", kSydby, end);
        const QString later = endedCase(QStringLiteral("Lise Senere"), "070707-1234", kSydby,
                                        QDate::currentDate().addMonths(-5)); // due in a month
        Journal& j = m_laptop->journal();
        QVERIFY(
            j.addNote(done, QStringLiteral("Afslutningsrapport"), QStringLiteral("closing-report"))
                .ok());
        const QString course = test::require(j.citizen(done), "case").courses.first().id;
        const QJsonObject package = test::require(j.handOverPackage(course), "package");
        QVERIFY(
            j.handOver(
                 {course, QStringLiteral("secure-mail"), QStringLiteral("jc@sydby.example"), {}},
                 package, m_dir.filePath(QStringLiteral("overdragelse.json")))
                .ok());
        QVERIFY(m_laptop->syncOnce());
        auto run = m_server->admin().retention().run(QDate::currentDate(), true);
        QVERIFY(run.ok());
        QStringList listed;
        for (const server::CaseDue& d : run->notHandedOver)
            listed << d.citizenId;
        QCOMPARE(listed, QStringList{missing});
        int code = -1;
        const QString out =
            cli({QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--dry-run")},
                &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(missing + QStringLiteral("\t") + kSydby +
                              QStringLiteral("\tnot handed over to the municipality")),
                 qPrintable(out));
        QVERIFY2(!out.contains(done) && !out.contains(later), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("1 case due within 14 days")), qPrintable(out));
    }

    // retention run: a dry run lists and deletes nothing; holds keep a case until released;
    // the deletion list is what the municipality gets.
    void theCommandLineRunsHoldsAndLists()
    {
        const QDate end = QDate::currentDate().addMonths(-7);
        const QString due =
            endedCase(QStringLiteral("Kanariefugl Testesen"), "010101-1234", kSydby, end);
        const QString held = endedCase(QStringLiteral("Hanne Holdt"), "040404-1234", kSydby, end);
        const QString other = endedCase(QStringLiteral("Nora Nordby"), "020202-1234", kNordby, end);
        QVERIFY(m_laptop->syncOnce());
        int code = -1;
        QString out =
            cli({QStringLiteral("case"), QStringLiteral("hold"), held, QStringLiteral("--reason"),
                 QStringLiteral("Klagesag hos Ankestyrelsen"), QStringLiteral("--until"),
                 QDate::currentDate().addYears(1).toString(Qt::ISODate)},
                &code);
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("hold"), held}, &code).isEmpty(),
                 false);
        QVERIFY(code != 0); // no reason: refused

        out = cli({QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--dry-run")},
                  &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(due) && out.contains(QStringLiteral("Dry run: 2 cases would be")),
                 qPrintable(out));
        QVERIFY2(out.contains(held + QStringLiteral("\theld (by admin:")), qPrintable(out));
        QVERIFY(m_server->eventsOf(due) > 0);
        QVERIFY(audit(QStringLiteral("case-purged")).isEmpty());

        out = cli({QStringLiteral("retention"), QStringLiteral("run")}, &code);
        QVERIFY2(code == 0 && out.contains(QStringLiteral("2 cases deleted. 1 held.")),
                 qPrintable(out));
        QCOMPARE(m_server->eventsOf(due), 0);
        QCOMPARE(m_server->eventsOf(other), 0);
        QVERIFY(m_server->eventsOf(held) > 0);
        // The hold and its release are on record, without the reason's text.
        const QStringList holds = audit(QStringLiteral("case-held"));
        QCOMPARE(holds.size(), 1);
        QVERIFY(!holds.first().contains(QStringLiteral("Ankestyrelsen")));
        out = cli({QStringLiteral("case"), QStringLiteral("release"), held}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(audit(QStringLiteral("case-released")).size(), 1);
        out = cli({QStringLiteral("retention"), QStringLiteral("run")}, &code);
        QCOMPARE(m_server->eventsOf(held), 0);

        const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        out = cli({QStringLiteral("deletion-list"), QStringLiteral("--municipality"), kSydby,
                   QStringLiteral("--month"), month},
                  &code);
        QCOMPARE(code, 0);
        const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // the header, the due case and the released one
        QVERIFY(lines.at(0).startsWith(QStringLiteral("internal_reference,")));
        QVERIFY2(lines.at(1).startsWith(due + QStringLiteral(",,") + kSydby + QLatin1Char(',') +
                                        end.toString(Qt::ISODate) + QLatin1Char(',')),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(QStringLiteral(",retention,6")));
        QVERIFY(!out.contains(other)); // another municipality's
        QVERIFY(!out.contains(QStringLiteral("Kanariefugl")));
        out = cli({QStringLiteral("deletion-list"), QStringLiteral("--municipality"), kNordby,
                   QStringLiteral("--month"), month},
                  &code);
        QVERIFY(out.contains(other));

        // The same list as a PDF, for the municipality: a well-formed file with the rows.
        const QString pdf = m_server->store().dataDir() + QStringLiteral("/list.pdf");
        out = cli({QStringLiteral("deletion-list"), QStringLiteral("--municipality"), kSydby,
                   QStringLiteral("--month"), month, QStringLiteral("--format"),
                   QStringLiteral("pdf")},
                  &code);
        QVERIFY2(code != 0 && out.contains(QStringLiteral("--to")), qPrintable(out));
        out = cli({QStringLiteral("deletion-list"), QStringLiteral("--municipality"), kSydby,
                   QStringLiteral("--month"), month, QStringLiteral("--format"),
                   QStringLiteral("pdf"), QStringLiteral("--to"), pdf},
                  &code);
        QVERIFY2(code == 0, qPrintable(out));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        checkPdf(bytes, 1);
        QVERIFY(bytes.contains(QByteArray("(" + due.toLatin1())));
        QVERIFY(bytes.contains(held.toLatin1()));
        QVERIFY(!bytes.contains(other.toLatin1()));
        QVERIFY(!bytes.contains("Kanariefugl"));
    }

    // Many rows make several pages; Danish letters are written in the font's own encoding.
    void aLongDeletionListIsPagedAndDanish()
    {
        QList<QStringList> rows;
        for (int i = 0; i < 100; ++i)
            rows << QStringList{QStringLiteral("case-%1").arg(i),
                                QString(),
                                QStringLiteral("Ærø Kommune"),
                                QStringLiteral("2026-01-31"),
                                QStringLiteral("2026-08-01T00:00:00Z"),
                                QStringLiteral("retention"),
                                QStringLiteral("6")};
        const QByteArray bytes = server::pdfTable(
            {QStringLiteral("Slettede sager (ø)")},
            {QStringLiteral("ref"), QStringLiteral("their ref"), QStringLiteral("municipality"),
             QStringLiteral("end"), QStringLiteral("at"), QStringLiteral("why"),
             QStringLiteral("months")},
            rows);
        checkPdf(bytes, 3);
        QVERIFY(bytes.contains("\xc6r\xf8 Kommune"));
        QVERIFY(bytes.contains("(case-0 ") && bytes.contains("(case-99 "));
        QVERIFY(!bytes.contains("\xc3")); // no UTF-8
    }

    // A backup restored after deletions: the server deletes them again at start, and
    // `epoch new` does too; the laptop cannot push them back.
    void aRestoredBackupForgetsNoDeletion()
    {
        const QString purged = endedCase(QStringLiteral("Kanariefugl Testesen"), "010101-1234",
                                         kSydby, QDate::currentDate());
        const QString kept =
            endedCase(QStringLiteral("Nora Nordby"), "020202-1234", kSydby, QDate::currentDate());
        QVERIFY(m_laptop->syncOnce());
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().backup());
        QVERIFY(m_server->start());
        int code = -1;
        QString out = cli({QStringLiteral("case"), QStringLiteral("purge"), purged}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(m_server->eventsOf(purged), 0);

        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().restore());
        QVERIFY(m_server->eventsOf(purged) > 0); // the backup has it
        m_server->closeAdmin();
        QVERIFY(m_server->start());
        QCOMPARE(m_server->eventsOf(purged), 0);
        QVERIFY(m_server->eventsOf(kept) > 0);
        QCOMPARE(audit(QStringLiteral("case-purged-again")).size(), 1);
        // Restarting again does nothing more.
        QVERIFY(m_server->start());
        QCOMPARE(audit(QStringLiteral("case-purged-again")).size(), 1);

        // The administrator's `epoch new` after a restore does the same.
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().restore());
        out = cli({QStringLiteral("epoch"), QStringLiteral("new")}, &code);
        QVERIFY2(code == 0 && out.contains(QStringLiteral("1 deletion made since the backup")),
                 qPrintable(out));
        QCOMPARE(m_server->eventsOf(purged), 0);
        QVERIFY(m_server->start());
        // The laptop, which still has the case, deletes it and cannot push it back.
        QVERIFY(m_laptop->syncUntilComplete());
        QVERIFY(!m_laptop->journal().citizen(purged).ok());
        QCOMPARE(m_server->eventsOf(purged), 0);
    }

    // The laptop receives the rules and the holds with sync and deletes by them offline; a
    // consultant's hold reaches the server and keeps the case there; the consultant's release
    // does not lift the administrator's hold.
    void rulesAndHoldsTravelBothWays()
    {
        QVERIFY(!m_server->admin().retention().setRule({kNordby, RetentionKind::Case, 12}, {}));
        const QDate end = QDate::currentDate().addDays(-1);
        const QString sydby =
            endedCase(QStringLiteral("Kanariefugl Testesen"), "010101-1234", kSydby, end);
        const QString nordby =
            endedCase(QStringLiteral("Nora Nordby"), "020202-1234", kNordby, end);
        const QString heldHere =
            endedCase(QStringLiteral("Hanne Holdt"), "040404-1234", kSydby, end);
        const QString heldThere = endedCase(QStringLiteral("Ole Ovre"), "050505-1234", kSydby, end);
        QVERIFY(!m_laptop->journal().holdCase(heldHere, QStringLiteral("Klagesag")));
        QVERIFY(m_laptop->syncOnce());
        QVERIFY(!m_server->admin().retention().hold(
            RetentionHold{heldThere, QStringLiteral("Politiet har bedt om sagen"), {}, {}},
            QStringLiteral("admin:bo")));
        QVERIFY(m_laptop->syncOnce());

        // The laptop keeps the server's rules and holds.
        auto setting = m_laptop->journal().retention();
        QVERIFY(setting.ok() && setting->fromServer);
        QCOMPARE(setting->rules.months(kNordby, RetentionKind::Case), 12);
        auto there = m_laptop->journal().caseRetention(heldThere);
        QVERIFY(there.ok() && there->held());
        QCOMPARE(there->holds.first().reason, QStringLiteral("Politiet har bedt om sagen"));
        // The server knows the consultant's hold.
        auto holds = m_server->admin().retention().holds({heldHere});
        QVERIFY(holds.ok() && holds->size() == 1);
        QCOMPARE(holds->first().heldBy, QStringLiteral("anne"));
        QCOMPARE(holds->first().reason, QStringLiteral("Klagesag"));

        // Seven months on, offline: the laptop deletes by the rules it has; the server too.
        const QDate later = end.addMonths(7);
        auto run = m_laptop->journal().applyRetention(later);
        QVERIFY(run.ok());
        QCOMPARE(run->count(), 1);
        QVERIFY(!m_laptop->journal().citizen(sydby).ok());
        for (const QString& kept : {nordby, heldHere, heldThere})
            QVERIFY(m_laptop->journal().citizen(kept).ok());
        auto onServer = m_server->admin().retention().run(later, false);
        QVERIFY(onServer.ok());
        QCOMPARE(onServer->deleted.size(), 1);
        QCOMPARE(onServer->deleted.first().citizenId, sydby);
        QCOMPARE(onServer->held.size(), 2);

        // The consultant releases both: only their own hold goes.
        QVERIFY(!m_laptop->journal().releaseCase(heldHere));
        QVERIFY(!m_laptop->journal().releaseCase(heldThere).ok() ||
                m_laptop->journal().caseRetention(heldThere)->held());
        QVERIFY(m_laptop->syncOnce());
        onServer = m_server->admin().retention().run(later, false);
        QVERIFY(onServer.ok());
        QCOMPARE(onServer->deleted.size(), 1);
        QCOMPARE(onServer->deleted.first().citizenId, heldHere);
        QCOMPARE(onServer->held.size(), 1);
        QCOMPARE(onServer->held.first().citizenId, heldThere);
    }

    // A server of schema 3 learns its cases' courses from their stored events on upgrade.
    void anUpgradedServerKnowsItsCoursesEnds()
    {
        const QDate end = QDate::currentDate().addMonths(-7);
        const QString due =
            endedCase(QStringLiteral("Kanariefugl Testesen"), "010101-1234", kSydby, end);
        const QString open = endedCase(QStringLiteral("Otto Åben"), "030303-1234", kNordby, {},
                                       QDate::currentDate().addMonths(2));
        QVERIFY(m_laptop->syncOnce());
        m_server->stop();
        {
            QSqlQuery q(m_server->admin().database().db());
            for (const char* table :
                 {"retention_rules", "case_courses", "case_holds", "removed_notes", "removed_parts",
                  "municipalities", "case_requests", "case_restrictions", "access_log",
                  "access_log_devices"})
                QVERIFY(q.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table)));
            QVERIFY(q.exec(QStringLiteral("UPDATE server_meta SET value = '3' WHERE key = "
                                          "'schema'")));
        }
        m_server->closeAdmin();
        server::Server::Options noJob; // the test runs retention itself, below
        noJob.retentionIntervalMs = 0;
        QVERIFY(m_server->start(noJob));
        auto cases = m_server->admin().retention().cases();
        QVERIFY(cases.ok());
        QCOMPARE(cases->size(), 2);
        for (const server::CaseDue& d : cases.value()) {
            if (d.citizenId == due) {
                QCOMPARE(d.facts.municipality, kSydby);
                QCOMPARE(d.facts.courseEnd, end);
                QCOMPARE(d.due, end.addMonths(6));
            } else {
                QCOMPARE(d.citizenId, open);
                QCOMPARE(d.facts.municipality, kNordby);
                QVERIFY(d.facts.courseOpen);
                QVERIFY(!d.due.isValid());
            }
        }
        auto run = m_server->admin().retention().run(QDate::currentDate(), false);
        QVERIFY(run.ok());
        QCOMPARE(run->deleted.size(), 1);
        QCOMPARE(m_server->eventsOf(due), 0);
    }

    void aDamagedLedgerIsSaidAndATornLastLineIsNot()
    {
        const QString path = server::Server::ledgerPath(m_server->store().dataDir());
        server::PurgeLedger ledger(path);
        server::LedgerEntry e;
        e.citizenId = QStringLiteral("11111111-2222-4333-8444-555555555555");
        e.at = 1;
        e.reason = QStringLiteral("instruction");
        e.actor = QStringLiteral("admin:t");
        QVERIFY(!ledger.append(e));
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"case\":\"22222222-");
        f.close();
        auto read = ledger.read();
        QVERIFY(read.ok());
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().citizenId, e.citizenId);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n");
        f.close();
        QVERIFY(!ledger.append(e));
        read = ledger.read();
        QCOMPARE(read.error().code, ErrorCode::Damaged);
        QVERIFY2(read.error().detail.endsWith(QStringLiteral("line 2")),
                 qPrintable(read.error().detail));
        // A server does not start over a ledger it cannot read: it would miss deletions.
        m_server->stop();
        QVERIFY(!m_server->start());
    }
};

QTEST_GUILESS_MAIN(TestServerRetention)
#include "tst_serverretention.moc"
