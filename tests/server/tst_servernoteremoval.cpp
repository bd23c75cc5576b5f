// Removing one note on the controller's instruction (issue 14), on the backend CTest chose: a
// note written in the wrong citizen's case, with a correction, is removed with `fortrolig-server
// note remove`. A copy of the store taken before (the SQLCipher file and its log, or a
// pg_dump) no longer opens with anything the server has; the store as it is opens every other
// event of the case and none of the note; the laptops that hold the case delete it and keep a
// stub with the reference; a laptop that has not heard yet cannot send the note back; a push
// after the removal seals under the case's new key; a backup from before the removal, put
// back, loses nothing but the note. All data is synthetic.
#include "PageScan.h"
#include "StoreCopies.h"
#include "SyncHarness.h"
#include "TestSupport.h"
#include "admin/ServerCli.h"
#include "app/core/Translations.h"
#include "app/storage/JournalDatabase.h"
#include "keys/ServerKey.h"
#include "store/CaseKeys.h"
#include "store/ServerDatabase.h"
#include "store/StoredEvent.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <cstring>

using namespace fortrolig;
using namespace fortrolig::test;

namespace {

const QString kReference = QStringLiteral("KK-2026-0117");
// Made up, and born in the 1800s (7th digit 5-8, year above 57): nobody on a caseload today.
const QString kMisplaced =
    QStringLiteral("Fejlplaceret notat om Kanariefugl Testesen 230974-6519 ved Tjørnebjerg");
const QString kCorrected = QStringLiteral("Rettet fejlplaceret notat: Blåmejsevej qxzvbwjk");
const QString kKept = QStringLiteral("Et notat der bliver: Gråspurvevej plmoknij");

QList<QByteArray> canaryForms()
{
    QList<QByteArray> out;
    for (const QString& s : {QStringLiteral("Kanariefugl"), QStringLiteral("230974-6519"),
                             QStringLiteral("2309746519"), QStringLiteral("Tjørnebjerg"),
                             QStringLiteral("qxzvbwjk"), QStringLiteral("Blåmejsevej")})
        out << test::encodingsOf(s);
    return out;
}

QString firstHit(const QByteArray& hay)
{
    for (const QByteArray& form : canaryForms())
        if (hay.contains(form))
            return QString::fromUtf8(form);
    return {};
}

} // namespace

class TestServerNoteRemoval : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;
    Account m_anne;
    std::unique_ptr<Device> m_laptop;
    QString m_case;  // the citizen whose case the note was written in by mistake
    QString m_other; // another case, untouched
    QString m_note;  // the misplaced note
    QTemporaryDir m_copies;

    QString cli(const QStringList& args, int* code) { return m_server->cli(args, code); }
    QString removeNote(int* code, const QString& reference = kReference)
    {
        return cli({QStringLiteral("note"), QStringLiteral("remove"), m_case, m_note,
                    QStringLiteral("--reference"), reference},
                   code);
    }
    QPair<QHash<QString, int>, QByteArray> openWithServerKeys(const QList<StoredRow>& rows)
    {
        const OpenedRows opened = test::openWithServerKeys(*m_server, rows);
        return {opened.perCase, opened.plain};
    }
    QStringList audit(const QString& action) { return m_server->audit(action); }
    QList<StoredRow> copyOfStore(const QString& name)
    {
        return test::copyOfStore(*m_server, m_backend, m_copies.path(), name);
    }
    // What the laptop's journal file and log hold of the note, decrypted page by page.
    static QString laptopHit(Device& d)
    {
        const DecryptedJournal pages = decryptJournal(d.journalPath(), d.journalKey());
        if (!pages.error.isEmpty())
            return QStringLiteral("unreadable: ") + pages.error;
        for (const QByteArray& form : canaryForms()) {
            QString where;
            if (pages.contains(form, &where))
                return QString::fromUtf8(form) + QStringLiteral(" in ") + where;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo() << "backend:" << backendName(m_backend);
        QVERIFY(ensureSodium());
        QVERIFY(m_copies.isValid());
        installTranslations(*QCoreApplication::instance()); // the command line's plurals
    }
    void init()
    {
        m_server = std::make_unique<ServerFixture>(m_backend);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_anne = m_server->createConsultant(QStringLiteral("anne"));
        m_laptop = Device::signedIn(*m_server, m_anne);
        QVERIFY(m_laptop);
        m_case = m_laptop->addCitizen(QStringLiteral("Rigtig Prøvesen"), "090268-5523");
        m_other = m_laptop->addCitizen(QStringLiteral("Anden Prøvesen"), "020202-1234");
        QVERIFY(m_laptop->journal().addNote(m_case, kKept).ok());
        auto note = m_laptop->journal().addNote(m_case, kMisplaced);
        QVERIFY(note.ok());
        m_note = note.value();
        QVERIFY(m_laptop->journal().correctNote(m_note, kCorrected).ok());
        QVERIFY(m_laptop->journal().addNote(m_other, kKept).ok());
        QVERIFY(m_laptop->syncOnce());
        QCOMPARE(m_laptop->journal().outboxSize(), 0);
        QCOMPARE(m_server->eventsOf(m_case), 4); // the citizen, two notes, one correction
    }
    void cleanup()
    {
        m_laptop.reset();
        m_server.reset();
    }

    // The store before and after, and every copy of the laptop's journal.
    void theNoteOpensNowhereAndTheRestOfTheCaseDoes()
    {
        const QList<StoredRow> before = copyOfStore(QStringLiteral("before"));
        QCOMPARE(openWithServerKeys(before).first.value(m_case), 4); // the check can see

        // The administrator finds the note by when and by whom, without its text.
        int code = -1;
        const QString list = cli({QStringLiteral("note"), QStringLiteral("list"), m_case}, &code);
        QVERIFY2(code == 0 && list.contains(m_note + QLatin1Char('\t')), qPrintable(list));
        QVERIFY2(list.contains(QStringLiteral("2 versions")) &&
                     list.contains(QStringLiteral("1 version")),
                 qPrintable(list));
        QVERIFY2(firstHit(list.toUtf8()).isEmpty() && !list.contains(QStringLiteral("Gråspurv")),
                 qPrintable(list));
        const QString out = removeNote(&code);
        QVERIFY2(code == 0 && out.contains(QStringLiteral("2 versions")), qPrintable(out));
        QVERIFY(
            !cli({QStringLiteral("note"), QStringLiteral("list"), m_case}, &code).contains(m_note));
        QCOMPARE(m_server->eventsOf(m_case), 2);
        QCOMPARE(m_server->eventsOf(m_other), 2);

        // The copy made before: nothing of the case opens any more (its key is destroyed), the
        // other case does.
        const auto old = openWithServerKeys(before);
        QCOMPARE(old.first.value(m_case), 0);
        QCOMPARE(old.first.value(m_other), 2);
        QVERIFY2(firstHit(old.second).isEmpty(), qPrintable(firstHit(old.second)));
        // The store now: every other event of the case opens, under the new key.
        const QList<StoredRow> now = copyOfStore(QStringLiteral("after"));
        const auto fresh = openWithServerKeys(now);
        QCOMPARE(fresh.first.value(m_case), 2);
        QVERIFY(fresh.second.contains(kKept.toUtf8()));
        QVERIFY2(firstHit(fresh.second).isEmpty(), qPrintable(firstHit(fresh.second)));
        for (const StoredRow& r : now)
            if (r.citizen == m_case)
                QCOMPARE(server::StoredEvent::generationOf(r.payload), 1);

        // Audited with the reference, never the text.
        const QStringList audited = audit(QStringLiteral("note-removed"));
        QCOMPARE(audited.size(), 1);
        QVERIFY(audited.first().contains(kReference));
        QVERIFY(audited.first().contains(m_note));
        QVERIFY(firstHit(audited.first().toUtf8()).isEmpty());

        // Again: nothing more to do.
        QVERIFY(removeNote(&code).contains(QStringLiteral("removed before")));
        QCOMPARE(code, 0);
        QCOMPARE(audit(QStringLiteral("note-removed")).size(), 1);
    }

    // The laptop that wrote it, and a new laptop of the consultant, after the removal.
    void theLaptopsRemoveItAndKeepAStub()
    {
        QVERIFY(laptopHit(*m_laptop).startsWith(QStringLiteral("Kanariefugl"))); // it can see
        int code = -1;
        QVERIFY(removeNote(&code).size() > 0 && code == 0);
        QVERIFY(m_laptop->syncUntilComplete());
        QVERIFY2(laptopHit(*m_laptop).isEmpty(), qPrintable(laptopHit(*m_laptop)));
        QCOMPARE(m_laptop->count(QStringLiteral("SELECT count(*) FROM notes")), 2);
        const QString stub =
            QStringLiteral("SELECT count(*) FROM removed_notes WHERE note_id = '") + m_note +
            QStringLiteral("' AND reference = '") + kReference + QLatin1Char('\'');
        QCOMPARE(m_laptop->count(stub), 1);

        auto second = Device::signedIn(*m_server, m_anne);
        QVERIFY(second && second->syncUntilComplete());
        QCOMPARE(second->count(QStringLiteral("SELECT count(*) FROM citizens")), 2);
        QCOMPARE(second->count(QStringLiteral("SELECT count(*) FROM notes")), 2);
        QCOMPARE(second->count(stub), 1);
        QVERIFY2(laptopHit(*second).isEmpty(), qPrintable(laptopHit(*second)));
    }

    // A laptop that holds the note and has not synced since: its correction of the note is
    // refused, and the note is gone from it after the round; nothing reaches the server.
    void aLaptopThatHasNotHeardCannotSendItBack()
    {
        auto second = Device::signedIn(*m_server, m_anne);
        QVERIFY(second && second->syncUntilComplete());
        QVERIFY(second->journal().correctNote(m_note, QStringLiteral("Endnu en rettelse")).ok());
        int code = -1;
        QVERIFY(removeNote(&code).size() > 0 && code == 0);
        second->syncUntilComplete();
        QCOMPARE(m_server->eventsOf(m_case), 2);
        QCOMPARE(second->count(QStringLiteral("SELECT count(*) FROM notes")), 2);
        QCOMPARE(second->journal().outboxSize(), 0);
        QVERIFY2(laptopHit(*second).isEmpty(), qPrintable(laptopHit(*second)));
        // Another laptop's new note in the case after the removal: sealed under the case's new
        // key by the server's own connection (which read the old one before), readable by all.
        QVERIFY(m_laptop->syncUntilComplete());
        QVERIFY(m_laptop->journal().addNote(m_case, QStringLiteral("Et nyt notat bagefter")).ok());
        QVERIFY(m_laptop->syncUntilComplete());
        QCOMPARE(m_server->eventsOf(m_case), 3);
        const auto opened = openWithServerKeys(copyOfStore(QStringLiteral("later")));
        QCOMPARE(opened.first.value(m_case), 3);
        QVERIFY(second->syncUntilComplete());
        QCOMPARE(second->count(QStringLiteral("SELECT count(*) FROM notes")), 3);
    }

    // A backup made before the removal, put back: the case's rows there are under the retired
    // key, so the server lets them go at start; the laptop sends the case again at the new
    // epoch, without the note, and every other event of it is back.
    void aBackupFromBeforeLosesOnlyTheNote()
    {
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().backup());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        int code = -1;
        QVERIFY(removeNote(&code).size() > 0 && code == 0);
        QVERIFY(m_laptop->syncUntilComplete()); // the laptop removes it too
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().restore());
        QCOMPARE(m_server->eventsOf(m_case), 4); // the backup has it, under the old key
        m_server->closeAdmin();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QCOMPARE(m_server->eventsOf(m_case), 0);
        QCOMPARE(m_server->eventsOf(m_other), 2);
        QCOMPARE(audit(QStringLiteral("note-removed-again")).size(), 1);
        const QString out = cli({QStringLiteral("epoch"), QStringLiteral("new")}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(m_server->start());
        QVERIFY(m_laptop->syncUntilComplete());
        QCOMPARE(m_server->eventsOf(m_case), 2);
        const auto opened = openWithServerKeys(copyOfStore(QStringLiteral("restored")));
        QCOMPARE(opened.first.value(m_case), 2);
        QVERIFY2(firstHit(opened.second).isEmpty(), qPrintable(firstHit(opened.second)));
        // A laptop that gets the case now shows the stub too.
        auto fresh = Device::signedIn(*m_server, m_anne);
        QVERIFY(fresh && fresh->syncUntilComplete());
        QCOMPARE(fresh->count(QStringLiteral("SELECT count(*) FROM notes")), 2);
        QCOMPARE(fresh->count(QStringLiteral("SELECT count(*) FROM removed_notes WHERE "
                                             "note_id = '") +
                              m_note + QStringLiteral("' AND reference = '") + kReference +
                              QLatin1Char('\'')),
                 1);
    }

    // The key store cannot be written (another connection holds its write lock past the busy
    // timeout): the removal fails and changes nothing; the instruction stays in the ledger,
    // so the next start completes it.
    void aRemovalThatCannotMakeTheKeyChangesNothingUntilTheNextStart()
    {
        const SecureBytes fileKey = server::ServerKey::caseKeyStoreKey(m_server->masterKey());
        auto other = JournalDatabase::open(m_server->store().location().caseKeys, fileKey,
                                           JournalDatabase::Mode::Open, {});
        QVERIFY(other.ok());
        QSqlDatabase lock = other.value()->db();
        QVERIFY(lock.transaction());
        QSqlQuery(lock).exec(QStringLiteral("DELETE FROM destroyed WHERE citizen_id = ''"));
        int code = -1;
        const QString out = removeNote(&code);
        QVERIFY2(code != 0 && out.contains(QStringLiteral("case key store")), qPrintable(out));
        QVERIFY(lock.rollback());
        other.value().reset();
        QCOMPARE(m_server->eventsOf(m_case), 4);
        QVERIFY(audit(QStringLiteral("note-removed")).isEmpty());
        QCOMPARE(openWithServerKeys(copyOfStore(QStringLiteral("failed"))).first.value(m_case), 4);
        QVERIFY(m_laptop->syncUntilComplete());
        QCOMPARE(m_laptop->count(QStringLiteral("SELECT count(*) FROM notes")), 3);

        m_server->stop();
        m_server->closeAdmin();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QCOMPARE(m_server->eventsOf(m_case), 2);
        QCOMPARE(audit(QStringLiteral("note-removed-again")).size(), 1);
        const auto opened = openWithServerKeys(copyOfStore(QStringLiteral("completed")));
        QCOMPARE(opened.first.value(m_case), 2);
        QVERIFY2(firstHit(opened.second).isEmpty(), qPrintable(firstHit(opened.second)));
    }

    // Two connections to the key store: what one reads after the other made a later key of a
    // case is that key, whichever cases it asked about in between (a push seals under it).
    void anotherConnectionsLaterKeyIsTheOneUsed()
    {
        const SecureBytes& master = m_server->masterKey();
        const server::Sealer wrapper(server::ServerKey::caseKeyWrappingKey(master),
                                     server::ServerKey::hashingKey(master));
        auto open = [&] {
            return server::CaseKeys::open(m_server->store().location().caseKeys,
                                          server::ServerKey::caseKeyStoreKey(master), wrapper);
        };
        auto reader = open();
        auto writer = open();
        QVERIFY(reader.ok() && writer.ok());
        server::CaseKeys& r = *reader.value();
        QVERIFY(!r.refresh({m_case, m_other}));
        QCOMPARE(r.generation(m_case), 0);
        const SecureBytes first = SecureBytes::copyOf(r.key(m_case), 32);

        auto later = writer.value()->addGeneration(m_case);
        QVERIFY(later.ok());
        QCOMPARE(later.value(), 1);
        QVERIFY(!r.refresh({m_other})); // another case first: the change is still seen
        QVERIFY(!r.refresh({m_case}));
        QCOMPARE(r.generation(m_case), 1);
        QVERIFY(r.key(m_case, 0) && r.key(m_case, 1));
        QVERIFY(std::memcmp(r.key(m_case, 1), first.data(), 32) != 0);
        QVERIFY(std::memcmp(r.key(m_case, 0), first.data(), 32) == 0);

        QVERIFY(!writer.value()->retireBefore(m_case, 1));
        QVERIFY(!r.refresh({m_other}));
        QVERIFY(!r.reload({m_case}));
        QVERIFY(!r.key(m_case, 0)); // retired: gone from the file, and from memory once read
        QVERIFY(r.key(m_case, 1));
        auto retired = r.retired();
        QVERIFY(retired.ok());
        QCOMPARE(retired->size(), 1);
        QCOMPARE(retired->first().citizen, m_case);
        QCOMPARE(retired->first().generation, 0);
        // Numbers are never used again.
        auto next = writer.value()->addGeneration(m_case);
        QVERIFY(next.ok());
        QCOMPARE(next.value(), 2);
    }

    void badRequestsAreRefusedAndChangeNothing()
    {
        int code = -1;
        QString out = removeNote(&code, QStringLiteral("090268-5523"));
        QVERIFY2(code != 0 && out.contains(QStringLiteral("CPR")), qPrintable(out));
        out = removeNote(&code, QStringLiteral("ref; DROP TABLE"));
        QVERIFY2(code != 0, qPrintable(out));
        out = cli({QStringLiteral("note"), QStringLiteral("remove"), m_case, m_note}, &code);
        QVERIFY2(code != 0 && out.contains(QStringLiteral("--reference")), qPrintable(out));
        out = cli({QStringLiteral("note"), QStringLiteral("remove"), m_other, m_note,
                   QStringLiteral("--reference"), kReference},
                  &code);
        QVERIFY2(code != 0 && out.contains(QStringLiteral("no note")), qPrintable(out));
        out = cli({QStringLiteral("note"), QStringLiteral("remove"), newId(), m_note,
                   QStringLiteral("--reference"), kReference},
                  &code);
        QVERIFY2(code != 0 && out.contains(QStringLiteral("no case")), qPrintable(out));
        QCOMPARE(m_server->eventsOf(m_case), 4);
        QCOMPARE(m_server->eventsOf(m_other), 2);
        QVERIFY(audit(QStringLiteral("note-removed")).isEmpty());
        // The case still opens, and the laptop still syncs it.
        QCOMPARE(openWithServerKeys(copyOfStore(QStringLiteral("unchanged"))).first.value(m_case),
                 4);
        QVERIFY(m_laptop->syncUntilComplete());
    }
};

QTEST_MAIN(TestServerNoteRemoval)
#include "tst_servernoteremoval.moc"
