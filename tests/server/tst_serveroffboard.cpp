// The end of a contract with a municipality (docs/offboarding.md), on the backend CTest chose:
// fortrolig-server municipality offboard returns a hand-over package of each of the
// municipality's courses (open ones too, every note since the course began), deletes the cases
// that are the municipality's alone through the retention machinery (laptops delete them at
// their next sync), keeps and names those shared with another municipality, held or
// restricted, and writes a signed deletion certificate without personal data; a dry run
// changes nothing, and a package that cannot be written stops the run before any deletion.
#include "SyncHarness.h"
#include "TestSupport.h"
#include "app/core/Translations.h"
#include "app/journal/HandOverPackage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;
using namespace fortrolig::test;

namespace {

const QString kSydby = QStringLiteral("Sydby Kommune");
const QString kNordby = QStringLiteral("Nordby Kommune");

QStringList entry(const QString& name, const QString& cvr, const QString& address)
{
    return {QStringLiteral("municipality"),
            QStringLiteral("add"),
            QStringLiteral("--name"),
            name,
            QStringLiteral("--cvr"),
            cvr,
            QStringLiteral("--jobcentre-address"),
            address,
            QStringLiteral("--dpo"),
            QStringLiteral("dpo@kommune.example"),
            QStringLiteral("--agreement-date"),
            QStringLiteral("2026-01-05"),
            QStringLiteral("--agreement-reference"),
            QStringLiteral("DBA 2026/07")};
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestServerOffboard : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<Device> m_laptop;
    Account m_anne;
    QTemporaryDir m_dir;
    // The cases: Sydby's alone (ended, and still running), one with a Nordby course too,
    // Nordby's alone, and a Sydby case under a legal hold.
    QString m_ended, m_running, m_shared, m_nordby, m_held;
    QString m_note; // a plain case note in the ended case: returned at a contract's end
    QStringList m_sydbyCourses;
    int m_folders = 0;

    QString cli(const QStringList& args, int* code) { return m_server->cli(args, code); }

    QString course(const QString& citizen, const QString& municipality, const QDate& start,
                   const QDate& end)
    {
        auto id = m_laptop->journal().addCourse(
            CourseInput{citizen, municipality, QStringLiteral("afklaringsforløb"), {}, start, {}});
        if (!id.ok() || (end.isValid() &&
                         m_laptop->journal().endCourse(id.value(), end, QStringLiteral("job"))))
            return {};
        if (municipality == kSydby)
            m_sydbyCourses << id.value();
        return id.value();
    }
    QString folder()
    {
        const QString path = m_dir.filePath(QStringLiteral("out%1").arg(++m_folders));
        QDir().mkpath(path);
        return path;
    }
    QStringList serverCases()
    {
        QStringList out;
        for (const server::CaseInfo& c : test::require(m_server->admin().cases().cases(), "cases"))
            out << c.citizenId;
        out.sort();
        return out;
    }
    int validate(const QString& file)
    {
        QProcess p;
        p.start(
            QStringLiteral("python3"),
            {QStringLiteral(QT_TESTCASE_SOURCEDIR) + QStringLiteral("/../tools/validate_json.py"),
             QStringLiteral(QT_TESTCASE_SOURCEDIR) +
                 QStringLiteral("/../../resources/hand-over/schema-v1.json"),
             file});
        if (!p.waitForFinished(60000))
            return -1;
        if (p.exitCode() != 0)
            qInfo().noquote() << p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo() << "backend:" << backendName(m_backend);
        QVERIFY(ensureSodium());
        installTranslations(*QCoreApplication::instance());
    }
    void init()
    {
        m_server = std::make_unique<ServerFixture>(m_backend);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        int code = -1;
        QString out = cli(
            entry(kSydby, QStringLiteral("11111114"), QStringLiteral("jobcenter@sydby.example")),
            &code);
        QVERIFY2(code == 0, qPrintable(out));
        out = cli(
            entry(kNordby, QStringLiteral("12345674"), QStringLiteral("jobcenter@nordby.example")),
            &code);
        QVERIFY2(code == 0, qPrintable(out));
        m_anne = m_server->createConsultant(QStringLiteral("anne"));
        m_laptop = Device::signedIn(*m_server, m_anne);
        QVERIFY(m_laptop);
        const QDate today = QDate::currentDate();
        Journal& j = m_laptop->journal();
        m_sydbyCourses.clear();
        m_ended = m_laptop->addCitizen(QStringLiteral("Erik Afsluttet"), "010101-0000");
        QVERIFY(!course(m_ended, kSydby, today.addMonths(-4), today.addMonths(-1)).isEmpty());
        m_note = test::require(j.addNote(m_ended, QStringLiteral("Samtale om helbred")), "note");
        QVERIFY(j.addNote(m_ended, QStringLiteral("Afslutningsrapport"),
                          QStringLiteral("closing-report"))
                    .ok());
        m_running = m_laptop->addCitizen(QStringLiteral("Rita Igang"), "020202-0000");
        QVERIFY(!course(m_running, kSydby, today.addMonths(-1), {}).isEmpty());
        QVERIFY(j.addNote(m_running, QStringLiteral("Første samtale")).ok());
        m_shared = m_laptop->addCitizen(QStringLiteral("Søren Delt"), "030303-0000");
        QVERIFY(!course(m_shared, kNordby, today.addMonths(-8), today.addMonths(-5)).isEmpty());
        QVERIFY(!course(m_shared, kSydby, today.addMonths(-2), {}).isEmpty());
        m_nordby = m_laptop->addCitizen(QStringLiteral("Nina Nordby"), "040404-0000");
        QVERIFY(!course(m_nordby, kNordby, today.addMonths(-2), {}).isEmpty());
        m_held = m_laptop->addCitizen(QStringLiteral("Hans Holdt"), "050505-0000");
        QVERIFY(!course(m_held, kSydby, today.addMonths(-6), today.addMonths(-2)).isEmpty());
        QVERIFY(m_laptop->syncOnce());
        out = cli({QStringLiteral("case"), QStringLiteral("hold"), m_held,
                   QStringLiteral("--reason"), QStringLiteral("Klagesag")},
                  &code);
        QVERIFY2(code == 0, qPrintable(out));
    }
    void cleanup()
    {
        m_laptop.reset();
        m_server.reset();
    }

    // A dry run lists each case with what would happen, and changes nothing; the command
    // refuses to guess between return and deletion only.
    void aDryRunListsAndChangesNothing()
    {
        const QStringList before = serverCases();
        int code = -1;
        const QString out = cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                                 QStringLiteral("sydby"), QStringLiteral("--dry-run")},
                                &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(m_ended + QStringLiteral("\tanne\t")) && out.contains(m_running) &&
                     out.contains(QStringLiteral("running\tto be deleted")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("its courses to be cut out; the case stays for "
                                             "another municipality's course (") +
                              kNordby),
                 qPrintable(out));
        QVERIFY2(out.contains(m_held + QStringLiteral("\tanne\t")) &&
                     out.contains(QStringLiteral("kept: a legal hold")),
                 qPrintable(out));
        QVERIFY2(!out.contains(m_nordby), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Dry run: 4 cases of Sydby Kommune")),
                 qPrintable(out));
        QCOMPARE(serverCases(), before);

        const QString to = folder();
        QString refused = cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                               QStringLiteral("sydby"), QStringLiteral("--to"), to},
                              &code);
        QCOMPARE(code, 2);
        QVERIFY2(refused.contains(QStringLiteral("--delete-only")), qPrintable(refused));
        refused = cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                       QStringLiteral("sydby"), QStringLiteral("--return")},
                      &code);
        QCOMPARE(code, 2);
        refused =
            cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                 QStringLiteral("vestby"), QStringLiteral("--return"), QStringLiteral("--to"), to},
                &code);
        QCOMPARE(code, 1);
        QCOMPARE(QDir(to).entryList(QDir::Files), QStringList());
        QCOMPARE(serverCases(), before);
    }

    // --return: every Sydby course's package (valid against the schema, contract-end, with the
    // plain note), the Sydby-only cases deleted on the server and then on the laptop, the
    // others kept and named, a certificate that holds no personal data and whose signature
    // holds until a word of it is changed.
    void returnedDeletedAndCertified()
    {
        const QString to = folder();
        int code = -1;
        const QString out =
            cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                 QStringLiteral("sydby"), QStringLiteral("--return"), QStringLiteral("--to"), to},
                &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Sydby Kommune: cases deleted 2, cases whose "
                                             "courses were cut out 1, kept 1, failed 0; "
                                             "packages returned 4.")),
                 qPrintable(out));
        // The packages: one per Sydby course, none of Nordby's.
        QStringList files = QDir(to).entryList({QStringLiteral("hand-over-*.json")}, QDir::Files);
        QStringList expected;
        for (const QString& c : m_sydbyCourses)
            expected << QStringLiteral("hand-over-%1.json").arg(c);
        files.sort();
        expected.sort();
        QCOMPARE(files, expected);
        for (const QString& f : files) {
            const QString path = QDir(to).filePath(f);
            QCOMPARE(validate(path), 0);
            QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                     QFile::Permissions());
            const QJsonObject p = QJsonDocument::fromJson(fileBytes(path)).object();
            QVERIFY(HandOverPackage::atContractEnd(p));
            QCOMPARE(
                p.value(QStringLiteral("municipality")).toObject().value(QStringLiteral("name")),
                kSydby);
            const QString citizen = p.value(QStringLiteral("citizen"))
                                        .toObject()
                                        .value(QStringLiteral("id"))
                                        .toString();
            if (citizen == m_ended) {
                QStringList notes;
                for (const QJsonValue& n : p.value(QStringLiteral("notes")).toArray())
                    notes << n.toObject().value(QStringLiteral("id")).toString();
                QVERIFY2(notes.contains(m_note), "the plain note is returned");
                QCOMPARE(notes.size(), 2);
            }
        }
        // Deleted on the server, kept where they must be.
        const QStringList left = serverCases();
        QVERIFY(!left.contains(m_ended) && !left.contains(m_running));
        QVERIFY(left.contains(m_shared) && left.contains(m_held) && left.contains(m_nordby));
        QCOMPARE(m_server->audit(QStringLiteral("case-purged"))
                     .filter(QStringLiteral("contract-end"))
                     .size(),
                 2);
        QCOMPARE(m_server->audit(QStringLiteral("case-returned")).size(), 4);
        QCOMPARE(m_server->audit(QStringLiteral("municipality-offboarded")).size(), 1);
        // And on the laptop at its next sync.
        QVERIFY(m_laptop->syncOnce());
        QCOMPARE(m_laptop->journal().citizen(m_ended).error().code, ErrorCode::NotFound);
        QCOMPARE(m_laptop->journal().citizen(m_running).error().code, ErrorCode::NotFound);
        QVERIFY(m_laptop->journal().citizen(m_shared).ok());
        QVERIFY(m_laptop->journal().citizen(m_held).ok());

        // The certificate: references and dates, no names, no CPR numbers.
        const QString certPath = QDir(to).filePath(QStringLiteral("deletion-certificate.json"));
        const QByteArray cert = fileBytes(certPath);
        const QByteArray pdf =
            fileBytes(QDir(to).filePath(QStringLiteral("deletion-certificate.pdf")));
        QVERIFY(pdf.startsWith("%PDF-1.4\n"));
        for (const QByteArray& personal :
             {QByteArray("Erik"), QByteArray("Rita"), QByteArray("Hans"), QByteArray("010101"),
              QByteArray("020202"), QByteArray("050505"), QByteArray("helbred")}) {
            QVERIFY2(!cert.contains(personal), personal.constData());
            QVERIFY2(!pdf.contains(personal), personal.constData());
        }
        const QJsonObject c = QJsonDocument::fromJson(cert).object();
        QCOMPARE(
            c.value(QStringLiteral("counts")).toObject().value(QStringLiteral("deleted")).toInt(),
            2);
        QHash<QString, QString> outcome;
        for (const QJsonValue& v : c.value(QStringLiteral("cases")).toArray())
            outcome.insert(v.toObject().value(QStringLiteral("reference")).toString(),
                           v.toObject().value(QStringLiteral("outcome")).toString() +
                               v.toObject().value(QStringLiteral("keptBecause")).toString());
        QCOMPARE(outcome.value(m_ended), QStringLiteral("deleted"));
        QCOMPARE(outcome.value(m_running), QStringLiteral("deleted"));
        QCOMPARE(outcome.value(m_shared), QStringLiteral("courses-deleted"));
        QCOMPARE(outcome.value(m_held), QStringLiteral("keptheld"));
        QVERIFY(!outcome.contains(m_nordby));
        QString said =
            cli({QStringLiteral("municipality"), QStringLiteral("verify-certificate"), certPath},
                &code);
        QVERIFY2(code == 0 && said.contains(QStringLiteral("The signature holds")),
                 qPrintable(said));
        QByteArray tampered = cert;
        tampered.replace("\"deleted\": 2", "\"deleted\": 3");
        QVERIFY(tampered != cert);
        const QString forged = m_dir.filePath(QStringLiteral("forged.json"));
        QFile f(forged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tampered);
        f.close();
        said = cli({QStringLiteral("municipality"), QStringLiteral("verify-certificate"), forged},
                   &code);
        QCOMPARE(code, 1);
        QVERIFY2(said.contains(QStringLiteral("does not hold")), qPrintable(said));
    }

    // A case Sydby shares with Nordby: Sydby's course goes with what belongs to it (its note
    // with every version, a consent given for it and its withdrawal), on the server and, at its
    // next sync, on the laptop; Nordby's course, its note and a note tied to no course stay. A
    // note the laptop wrote for the cut course before hearing of the cut is refused and goes
    // too; the ledger has the cut, the certificate says "courses-deleted".
    void aSharedCaseLosesOnlyTheMunicipalitysCourse()
    {
        Journal& j = m_laptop->journal();
        QString sydby, nordby;
        for (const CourseRecord& c : test::require(j.citizen(m_shared), "case").courses)
            (c.municipality == kSydby ? sydby : nordby) = c.id;
        QVERIFY(!sydby.isEmpty() && !nordby.isEmpty());
        const QString sydbyNote =
            test::require(j.addNote(m_shared, QStringLiteral("Samtale om Sydbyforløbet"),
                                    QStringLiteral("note"), sydby),
                          "note");
        QVERIFY(j.correctNote(sydbyNote, QStringLiteral("Samtale om Sydbyforløbet, rettet")).ok());
        const QString nordbyNote =
            test::require(j.addNote(m_shared, QStringLiteral("Nordbyrapport"),
                                    QStringLiteral("status-report"), nordby),
                          "note");
        const QString untied = test::require(
            j.addNote(m_shared, QStringLiteral("Fælles aftale"), QStringLiteral("note"), {}),
            "note");
        QVERIFY(m_laptop->syncOnce());
        const auto mentions = [this](const QString& id) {
            int n = 0;
            const auto history = test::require(m_server->admin().cases().history(m_shared), "h");
            for (const protocol::ChangeItem& item : history.items)
                n += QJsonDocument(item.event.payload).toJson().contains(id.toUtf8()) ? 1 : 0;
            return n;
        };
        QCOMPARE(mentions(sydby), 2); // course.added and the note (its correction names the note)
        QVERIFY(mentions(sydbyNote) >= 2);

        const QString to = folder();
        int code = -1;
        const QString out =
            cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                 QStringLiteral("sydby"), QStringLiteral("--return"), QStringLiteral("--to"), to},
                &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(m_shared + QStringLiteral("	anne	")) &&
                     out.contains(QStringLiteral("its courses deleted")) == false &&
                     out.contains(QStringLiteral("its courses cut out")),
                 qPrintable(out));
        // Returned first: the course's package holds its note.
        const QJsonObject package =
            QJsonDocument::fromJson(
                fileBytes(QDir(to).filePath(QStringLiteral("hand-over-%1.json").arg(sydby))))
                .object();
        QVERIFY(QJsonDocument(package).toJson().contains(sydbyNote.toUtf8()));
        // Then cut out on the server: nothing of the course or its note, Nordby's part whole.
        QVERIFY(serverCases().contains(m_shared));
        QCOMPARE(mentions(sydby), 0);
        QCOMPARE(mentions(sydbyNote), 0);
        QVERIFY(mentions(nordby) > 0 && mentions(nordbyNote) > 0 && mentions(untied) > 0);
        QCOMPARE(m_server->audit(QStringLiteral("part-deleted"))
                     .filter(QStringLiteral("course=") + sydby)
                     .size(),
                 1);

        // The laptop wrote for the Sydby course before it heard: refused, and gone after the
        // sync with the rest of the course.
        const QString late = test::require(
            j.addNote(m_shared, QStringLiteral("Sent notat"), QStringLiteral("note"), sydby),
            "late note");
        QVERIFY(m_laptop->syncOnce());
        QCOMPARE(mentions(late), 0);
        const CitizenDetails after = test::require(j.citizen(m_shared), "case after");
        QCOMPARE(after.courses.size(), 1);
        QCOMPARE(after.courses.first().id, nordby);
        QStringList notes;
        for (const NoteSummary& n : after.notes)
            notes << n.noteId;
        notes.sort();
        QStringList expected{nordbyNote, untied};
        expected.sort();
        QCOMPARE(notes, expected);
        QCOMPARE(j.noteHistory(sydbyNote).error().code, ErrorCode::NotFound);
        QVERIFY(test::require(j.search(QStringLiteral("Sydbyforløbet")), "search").isEmpty());
        QCOMPARE(test::require(j.search(QStringLiteral("Nordbyrapport")), "search").size(), 1);
        // Its refusal went with it (the purged cases' notices stay).
        for (const SyncProblem& p : test::require(m_laptop->sync().store().problems(), "problems"))
            QVERIFY2(p.citizenId != m_shared, qPrintable(p.kind + p.reason));
        // The cut is logged on the laptop by the course's id, nothing of what went.
        bool logged = false;
        for (const AccessLogEntry& e : test::require(j.accessLog(), "log"))
            logged = logged || (e.citizenId == m_shared && e.reason.contains(sydby) &&
                                e.reason.startsWith(QStringLiteral("contract end")));
        QVERIFY(logged);
        // A second run finds nothing more of Sydby's in the case.
        const QString again = cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                                   QStringLiteral("sydby"), QStringLiteral("--dry-run")},
                                  &code);
        QVERIFY2(code == 0 && !again.contains(m_shared), qPrintable(again));
    }

    // A backup made before the cut, put back: the shared case's rows there are under the
    // retired key, so the server lets them go at start and records the cut again from its
    // ledger; the laptop sends the case again at the new epoch without the course, and the
    // course's events cannot come back; a new laptop never gets them.
    void aBackupFromBeforeDoesNotBringTheCourseBack()
    {
        QString sydby;
        for (const CourseRecord& c :
             test::require(m_laptop->journal().citizen(m_shared), "case").courses)
            if (c.municipality == kSydby)
                sydby = c.id;
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().backup());
        server::Server::Options quiet;
        quiet.retentionIntervalMs = 0;
        QVERIFY2(m_server->start(quiet), qPrintable(m_server->error()));
        int code = -1;
        QString out = cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                           QStringLiteral("sydby"), QStringLiteral("--delete-only"),
                           QStringLiteral("--to"), folder()},
                          &code);
        QVERIFY2(code == 0, qPrintable(out));
        const int kept = m_server->eventsOf(m_shared);
        QVERIFY(m_laptop->syncOnce());
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().restore());
        QCOMPARE(m_server->eventsOf(m_shared), kept + 1); // the backup has the course
        m_server->closeAdmin();
        QVERIFY2(m_server->start(quiet), qPrintable(m_server->error()));
        QCOMPARE(m_server->eventsOf(m_shared), 0);
        QVERIFY(!m_server->audit(QStringLiteral("part-deleted-again"))
                     .filter(QStringLiteral("course:") + sydby)
                     .isEmpty());
        out = cli({QStringLiteral("epoch"), QStringLiteral("new")}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(m_server->start(quiet));
        m_laptop->login(*m_server, m_anne);
        QVERIFY(m_laptop->syncUntilComplete());
        QCOMPARE(m_server->eventsOf(m_shared), kept);
        auto fresh = Device::signedIn(*m_server, m_anne);
        QVERIFY(fresh && fresh->syncUntilComplete());
        const CitizenDetails there = test::require(fresh->journal().citizen(m_shared), "case");
        QCOMPARE(there.courses.size(), 1);
        QVERIFY(there.courses.first().id != sydby);
    }

    // municipality list names the municipalities courses use that the register lacks (a
    // course of one is never offboarded with a registered one), with how many cases.
    void coursesOfAnUnregisteredMunicipalityAreListed()
    {
        const QString vestby = m_laptop->addCitizen(QStringLiteral("Vera Vestby"), "060606-0000");
        QVERIFY(
            !course(vestby, QStringLiteral("Vestby Kommune"), QDate::currentDate(), {}).isEmpty());
        QVERIFY(!course(m_nordby, QStringLiteral("vestby kommune"), QDate::currentDate(), {})
                     .isEmpty());
        QVERIFY(m_laptop->syncOnce());
        int code = -1;
        const QString out = cli({QStringLiteral("municipality"), QStringLiteral("list")}, &code);
        QCOMPARE(code, 0);
        const QString lacking = out.mid(out.indexOf(QStringLiteral("register lacks")));
        QVERIFY2(lacking.contains(QStringLiteral("  Vestby Kommune\t1 case\n")) &&
                     lacking.contains(QStringLiteral("  vestby kommune\t1 case\n")),
                 qPrintable(out));
        QVERIFY2(!lacking.contains(kSydby) && !lacking.contains(kNordby), qPrintable(out));
        const QString plan = cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                                  QStringLiteral("nordby"), QStringLiteral("--dry-run")},
                                 &code);
        QVERIFY2(plan.contains(QStringLiteral("its courses to be cut out; the case stays for "
                                              "another municipality's course (vestby kommune)")),
                 qPrintable(plan));
    }

    // A course's municipality corrected on the laptop (course.corrected) is what the server
    // offboards by: the shared case's Nordby course, corrected to Sydby, makes it Sydby's alone.
    void aCorrectedMunicipalityIsFollowed()
    {
        const QString nordbyCourse =
            test::require(m_laptop->journal().citizen(m_shared), "case").courses.first().id;
        QVERIFY(m_laptop->journal()
                    .correctCourse(nordbyCourse, QStringLiteral("municipality"), kSydby)
                    .ok());
        QVERIFY(m_laptop->syncOnce());
        int code = -1;
        const QString plan = cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                                  QStringLiteral("sydby"), QStringLiteral("--dry-run")},
                                 &code);
        QVERIFY2(plan.contains(m_shared + QStringLiteral("\tanne\t")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("another municipality's course")), qPrintable(plan));
    }

    // --delete-only writes no package; a package that cannot be written stops the run before
    // anything is deleted, and the next run completes it.
    void aPackageThatCannotBeWrittenDeletesNothing()
    {
        const QString to = folder();
        // A folder where the ended case's package would go: the file cannot take its place.
        QVERIFY(QDir(to).mkdir(QStringLiteral("hand-over-%1.json").arg(m_sydbyCourses.first())));
        const QStringList before = serverCases();
        int code = -1;
        QString out =
            cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                 QStringLiteral("sydby"), QStringLiteral("--return"), QStringLiteral("--to"), to},
                &code);
        QCOMPARE(code, 1);
        QCOMPARE(serverCases(), before);
        QVERIFY(!QFile::exists(QDir(to).filePath(QStringLiteral("deletion-certificate.json"))));
        QCOMPARE(m_server->audit(QStringLiteral("municipality-offboarded")).size(), 0);

        const QString plain = folder();
        out = cli({QStringLiteral("municipality"), QStringLiteral("offboard"),
                   QStringLiteral("sydby"), QStringLiteral("--delete-only"), QStringLiteral("--to"),
                   plain},
                  &code);
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(QDir(plain).entryList({QStringLiteral("hand-over-*")}, QDir::Files),
                 QStringList());
        const QJsonObject c =
            QJsonDocument::fromJson(
                fileBytes(QDir(plain).filePath(QStringLiteral("deletion-certificate.json"))))
                .object();
        QCOMPARE(c.value(QStringLiteral("returned")).toBool(true), false);
        QCOMPARE(
            c.value(QStringLiteral("counts")).toObject().value(QStringLiteral("deleted")).toInt(),
            2);
        QVERIFY(!serverCases().contains(m_ended));
    }
};

QTEST_GUILESS_MAIN(TestServerOffboard)
#include "tst_serveroffboard.moc"
