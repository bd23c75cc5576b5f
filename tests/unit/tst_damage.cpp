// Damage anywhere in a journal is found and reported as damage, nothing is written to a
// journal known to be damaged, and recovery rescues what can still be read. Every page of a
// test journal and every frame of its log is damaged in turn, not a chosen one.
#include "TestSupport.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalInternals.h"
#include "app/journal/JournalRecovery.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"
#include "app/storage/PageCheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;
using Mode = JournalDatabase::Mode;

namespace {
constexpr int kPage = 4096;
constexpr int kNotes = 50;

bool damage(const QString& path, qint64 offset)
{
    return test::flipByte(path, offset, 0x5a); // as the person who found the defect did
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

int scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestDamage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SecureBytes m_key = SecureBytes::random(32);
    QString m_pristine;    // one citizen, a course, 50 notes (three corrected), closed
    QString m_pristineLog; // the same journal with its last changes still in the log
    QStringList m_noteIds;
    QString m_citizen;
    QString m_logCitizen;
    int m_hits = 0;      // notes found by a search for "Ærø" in the untouched journal
    QStringList m_texts; // the untouched journal's current note texts, by note id

    static QStringList currentTexts(QSqlDatabase db)
    {
        QStringList out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT note_id || ':' || text FROM note_versions"
                              " WHERE superseded_by IS NULL ORDER BY note_id"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    std::unique_ptr<Journal> openJournal(const QString& file, Error* error = nullptr)
    {
        auto db = JournalDatabase::open(file, m_key, Mode::Open, {});
        if (!db.ok()) {
            if (error)
                *error = db.error();
            return nullptr;
        }
        return std::make_unique<Journal>(
            std::move(db.value()), Identity{QStringLiteral("kons-1"), QStringLiteral("dev-1")});
    }

    // Fills a journal; returns it open.
    std::unique_ptr<Journal> fill(const QString& file)
    {
        auto db = JournalDatabase::open(file, m_key, Mode::Create, {});
        if (!db.ok() || Migrations::migrate(db.value()->db()))
            return nullptr;
        QSqlQuery meta(db.value()->db());
        meta.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('journal_id', 'j-1'),"
                                 " ('device_id', 'dev-1'), ('consultant', 'kons-1')"));
        auto j = std::make_unique<Journal>(
            std::move(db.value()), Identity{QStringLiteral("kons-1"), QStringLiteral("dev-1")});
        m_citizen = j->addCitizen(QStringLiteral("Anne Testsen"),
                                  *Cpr::parse(QString::fromLatin1(test::kFakeCpr)))
                        .value();
        CourseInput course;
        course.citizenId = m_citizen;
        course.municipality = QStringLiteral("Testby Kommune");
        course.courseType = QStringLiteral("afklaringsforløb");
        course.startDate = QDate(2026, 1, 5);
        if (!j->addCourse(course).ok())
            return nullptr;
        m_noteIds.clear();
        for (int i = 0; i < kNotes; ++i) {
            const QString text = QStringLiteral("Samtale %1 om praktik på Ærø. ").arg(i) +
                                 QString(200 + 40 * (i % 7), QLatin1Char('x'));
            m_noteIds << j->addNote(m_citizen, text).value();
        }
        for (int i = 0; i < 3; ++i)
            if (!j->correctNote(m_noteIds.at(i * 10), QStringLiteral("Rettet tekst %1").arg(i))
                     .ok())
                return nullptr;
        return j;
    }

    // Everything a consultant's screens read of the journal: each answers, or says damaged.
    // Whether the journal's write-ahead log holds a version of page `pageNo` (each frame's
    // header begins with its page number, big-endian, in the clear).
    static bool walHasPage(const QString& file, qint64 pageNo)
    {
        QFile wal(file + QStringLiteral("-wal"));
        if (!wal.open(QIODevice::ReadOnly))
            return false;
        const QByteArray all = wal.readAll();
        for (qint64 at = 32; at + 24 + kPage <= all.size(); at += 24 + kPage) {
            const auto* b = reinterpret_cast<const unsigned char*>(all.constData() + at);
            if ((qint64(b[0]) << 24 | qint64(b[1]) << 16 | qint64(b[2]) << 8 | qint64(b[3])) ==
                pageNo)
                return true;
        }
        return false;
    }

    void readEverything(Journal& j, const QString& where)
    {
        QList<Error> errors;
        auto keep = [&](const Error& e) {
            if (e)
                errors << e;
        };
        keep(j.caseload().error());
        keep(j.citizen(m_citizen).error());
        keep(j.search(QStringLiteral("praktik")).error());
        keep(j.accessLog(m_citizen).error());
        keep(j.consents(m_citizen).error());
        keep(j.drafts(m_citizen).error());
        for (const QString& note : std::as_const(m_noteIds))
            keep(j.noteHistory(note).error());
        for (const Error& e : std::as_const(errors))
            QVERIFY2(e.code == ErrorCode::Damaged,
                     qPrintable(where + QStringLiteral(": ") + e.message()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pristine = path(QStringLiteral("pristine.db"));
        {
            auto j = fill(m_pristine);
            QVERIFY(j);
            QVERIFY(j->verify().ok());
            m_hits = int(j->search(QStringLiteral("Ærø")).value().size());
            m_texts = currentTexts(JournalInternals::database(*j).db());
            QCOMPARE(m_texts.size(), kNotes);
            QVERIFY(m_hits > 0);
        }
        QVERIFY(!QFile::exists(m_pristine + QStringLiteral("-wal")));
        QVERIFY2(QFile(m_pristine).size() / kPage > 40, "the test journal has too few pages");

        // A journal whose latest transactions are still in its log: copied while open.
        const QString live = path(QStringLiteral("live.db"));
        const QString citizen = m_citizen;
        const QStringList notes = m_noteIds;
        auto j = fill(live);
        QVERIFY(j);
        m_logCitizen = m_citizen;
        m_citizen = citizen; // the tests below read the closed journal's
        m_noteIds = notes;
        QSqlQuery q(JournalInternals::database(*j).db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish();
        for (int i = 0; i < 5; ++i) {
            const auto added = j->addNote(m_logCitizen, QStringLiteral("Sent i loggen %1").arg(i));
            QVERIFY2(added.ok(), qPrintable(added.error().message()));
        }
        m_pristineLog = path(QStringLiteral("pristine-log.db"));
        QVERIFY(copyFile(live, m_pristineLog));
        QVERIFY(copyFile(live + QStringLiteral("-wal"), m_pristineLog + QStringLiteral("-wal")));
        QVERIFY(QFile(m_pristineLog + QStringLiteral("-wal")).size() > 32 + 5 * (24 + kPage));
    }

    void anUntouchedJournalVerifies()
    {
        const QString file = path(QStringLiteral("untouched.db"));
        QVERIFY(copyFile(m_pristine, file));
        auto j = openJournal(file);
        QVERIFY(j);
        const PageCheck::Report r = JournalInternals::database(*j).checkPages();
        QVERIFY(!r.damaged());
        QCOMPARE(r.pagesChecked, QFile(file).size() / kPage);
        QVERIFY(j->verify().ok());
        QVERIFY(!j->isDamaged());
    }

    void everyDamagedPageIsReportedAsDamage()
    {
        const qint64 pages = QFile(m_pristine).size() / kPage;
        const QString file = path(QStringLiteral("page.db"));
        for (qint64 page = 0; page < pages; ++page) {
            const QString where = QStringLiteral("page %1").arg(page + 1);
            QVERIFY(copyFile(m_pristine, file));
            QFile::remove(JournalDatabase::damageMarkerPath(file));
            QVERIFY(damage(file, page * kPage + 100));
            Error openError;
            auto j = openJournal(file, &openError);
            if (!j) {
                // The schema is read at open: its pages are found then. The first page answers
                // as a wrong key would; JournalAccess, which knows the key is right, says
                // damaged (tst_journalaccess).
                QVERIFY2(openError.code == ErrorCode::Damaged ||
                             (page == 0 && openError.code == ErrorCode::WrongKey),
                         qPrintable(where + QStringLiteral(": ") + openError.message()));
                continue;
            }
            readEverything(*j, where);
            const Error e = j->verify();
            // The screens' reads may have written a new version of the page to the log without
            // reading the old one (the access log's newest leaf, written whole): then the
            // damaged bytes are no longer part of the journal, and nothing is lost.
            if (!e && walHasPage(file, page + 1))
                continue;
            QVERIFY2(e.code == ErrorCode::Damaged,
                     qPrintable(where + QStringLiteral(": ") + (e ? e.message() : QString())));
            QVERIFY2(e.detail.contains(QString::number(page + 1)), qPrintable(e.detail));
            QVERIFY(j->isDamaged());
            QVERIFY(QFile::exists(JournalDatabase::damageMarkerPath(file)));
        }
    }

    void aDamagedPageReadInUseIsDamageNotAnInternalError()
    {
        // Without verify: the screens' own reads find the damage, and from then on nothing
        // is written.
        const qint64 pages = QFile(m_pristine).size() / kPage;
        const QString file = path(QStringLiteral("use.db"));
        int foundInUse = 0;
        for (qint64 page = 1; page < pages; ++page) {
            QVERIFY(copyFile(m_pristine, file));
            QFile::remove(JournalDatabase::damageMarkerPath(file));
            QVERIFY(damage(file, page * kPage + 100));
            Error openError;
            auto j = openJournal(file, &openError);
            if (!j) { // a page of the schema, read at open
                QCOMPARE(openError.code, ErrorCode::Damaged);
                continue;
            }
            readEverything(*j, QStringLiteral("page %1").arg(page + 1));
            if (!j->isDamaged())
                continue; // a page no screen reads (free, or an index a search did not need)
            ++foundInUse;
            const qint64 logSize = QFile(file + QStringLiteral("-wal")).size();
            auto tryToWrite = [&](Journal& journal) {
                const auto added = journal.addNote(m_citizen, QStringLiteral("Ny note"));
                QCOMPARE(added.error().code, ErrorCode::Damaged);
                Draft draft;
                draft.citizenId = m_citizen;
                draft.kind = QStringLiteral("note");
                draft.text = QStringLiteral("Kladde");
                QCOMPARE(journal.saveDraft(draft).code, ErrorCode::Damaged);
                QCOMPARE(journal.caseload().error().code, ErrorCode::Damaged); // logs a use
            };
            tryToWrite(*j);
            QCOMPARE(QFile(file + QStringLiteral("-wal")).size(), logSize);
            // What was committed before the damage was found is checkpointed at close; from
            // then on the file does not change, whatever is tried.
            j.reset();
            const QByteArray before = digest(file);
            Error reopenError;
            j = openJournal(file, &reopenError);
            QVERIFY2(j, qPrintable(reopenError.message()));
            QVERIFY(j->isDamaged());
            tryToWrite(*j);
            j.reset();
            QCOMPARE(digest(file), before);
        }
        QVERIFY2(foundInUse > pages / 2, qPrintable(QString::number(foundInUse)));
    }

    void aDamagedJournalStaysReadOnlyAfterReopening()
    {
        const QString file = path(QStringLiteral("reopen.db"));
        QVERIFY(copyFile(m_pristine, file));
        QFile::remove(JournalDatabase::damageMarkerPath(file));
        QVERIFY(damage(file, (QFile(file).size() / kPage - 1) * kPage + 100));
        {
            auto j = openJournal(file);
            QCOMPARE(j->verify().code, ErrorCode::Damaged);
        }
        auto j = openJournal(file);
        QVERIFY(j->isDamaged());
        QCOMPARE(j->addNote(m_citizen, QStringLiteral("Ny note")).error().code, ErrorCode::Damaged);
        // A use that cannot be logged is not made: the list says damaged too.
        QCOMPARE(j->caseload().error().code, ErrorCode::Damaged);
        // What verify finds intact after all (a copy put back) opens normally again.
        j.reset();
        QVERIFY(copyFile(m_pristine, file));
        j = openJournal(file);
        QVERIFY(j->isDamaged()); // the mark from before
        QVERIFY(j->verify().ok());
        j.reset();
        QVERIFY(!QFile::exists(JournalDatabase::damageMarkerPath(file)));
        j = openJournal(file);
        QVERIFY(!j->isDamaged());
        QVERIFY(j->addNote(m_citizen, QStringLiteral("Ny note")).ok());
    }

    void everyDamagedLogFrameIsReportedAsDamage()
    {
        const QString log = m_pristineLog + QStringLiteral("-wal");
        const qint64 frames = (QFile(log).size() - 32) / (24 + kPage);
        QVERIFY(frames >= 5);
        const QString file = path(QStringLiteral("frame.db"));
        for (qint64 frame = 0; frame < frames; ++frame) {
            const QString where = QStringLiteral("frame %1").arg(frame + 1);
            QVERIFY(copyFile(m_pristineLog, file));
            QVERIFY(copyFile(log, file + QStringLiteral("-wal")));
            QFile::remove(JournalDatabase::damageMarkerPath(file));
            QVERIFY(damage(file + QStringLiteral("-wal"), 32 + frame * (24 + kPage) + 24 + 100));
            auto j = openJournal(file);
            QVERIFY2(j, qPrintable(where));
            // Found at open, before SQLite could drop the frame and what follows it.
            QVERIFY2(j->isDamaged(), qPrintable(where));
            QCOMPARE(j->addNote(m_logCitizen, QStringLiteral("Ny note")).error().code,
                     ErrorCode::Damaged);
            const Error e = j->verify();
            QVERIFY2(e.code == ErrorCode::Damaged, qPrintable(where));
            QVERIFY2(e.detail.contains(QStringLiteral("log")), qPrintable(e.detail));
            j.reset();
            QVERIFY2(QFile(file + QStringLiteral("-wal")).size() == QFile(log).size(),
                     qPrintable(where + QStringLiteral(": the log was not kept")));
        }
    }

    void aDamagedLogHeaderIsDamage()
    {
        const QString file = path(QStringLiteral("header.db"));
        QVERIFY(copyFile(m_pristineLog, file));
        QVERIFY(copyFile(m_pristineLog + QStringLiteral("-wal"), file + QStringLiteral("-wal")));
        QVERIFY(damage(file + QStringLiteral("-wal"), 17)); // a salt
        auto j = openJournal(file);
        QVERIFY(j);
        QVERIFY(j->isDamaged());
        QCOMPARE(j->verify().code, ErrorCode::Damaged);
    }

    void aTornUncommittedTailIsNotDamage()
    {
        // A crash in the middle of writing a transaction leaves frames without a commit:
        // SQLite rightly ignores them, and so does the check.
        const QString file = path(QStringLiteral("tail.db"));
        QVERIFY(copyFile(m_pristineLog, file));
        QVERIFY(copyFile(m_pristineLog + QStringLiteral("-wal"), file + QStringLiteral("-wal")));
        QFile wal(file + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::Append));
        QByteArray frame(24 + kPage, '\x17');
        QFile original(file + QStringLiteral("-wal"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray header = original.read(32);
        frame.replace(8, 8, header.mid(16, 8));   // this generation's salts
        frame.replace(4, 4, QByteArray(4, '\0')); // not a commit
        QCOMPARE(wal.write(frame), qint64(frame.size()));
        wal.close();
        auto j = openJournal(file);
        QVERIFY(j);
        QVERIFY(!j->isDamaged());
        QVERIFY(j->verify().ok());
    }

    void recoveryRescuesWhatCanBeRead()
    {
        const qint64 pages = QFile(m_pristine).size() / kPage;
        const QString file = path(QStringLiteral("source.db"));
        int complete = 0;
        int schemaPages = 0;
        int rebuilt = 0;
        for (qint64 page = 1; page < pages; ++page) { // page 1 lost: nothing can be read
            const QString where = QStringLiteral("page %1").arg(page + 1);
            QVERIFY(copyFile(m_pristine, file));
            QFile::remove(JournalDatabase::damageMarkerPath(file));
            QVERIFY(damage(file, page * kPage + 100));
            const QByteArray before = digest(file);
            const QString target = path(QStringLiteral("rescued-%1.db").arg(page + 1));
            JournalDatabase::Options options;
            options.forRecovery = true;
            auto source = JournalDatabase::open(file, m_key, Mode::Open, options);
            if (!source.ok()) {
                // The schema itself: without it no table can be found. Said as damage.
                QCOMPARE(source.error().code, ErrorCode::Damaged);
                ++schemaPages;
                continue;
            }
            auto outcome =
                JournalRecovery::recover(*source.value(), target, m_key, 3, QStringLiteral("j-1"),
                                         QStringLiteral("2026-12-01T10:00:00.000Z"));
            QVERIFY2(outcome.ok(),
                     qPrintable(where + QStringLiteral(": ") + outcome.error().message()));
            source.value().reset();
            QCOMPARE(digest(file), before); // the damaged journal is evidence: untouched
            auto rescued = openJournal(target);
            QVERIFY2(rescued, qPrintable(where));
            QVERIFY2(rescued->verify().ok(),
                     qPrintable(where + QStringLiteral(": ") + rescued->verify().message()));
            QSqlDatabase db = JournalInternals::database(*rescued).db();
            const int notes = scalar(db, QStringLiteral("SELECT count(*) FROM notes"));
            const int events = scalar(db, QStringLiteral("SELECT count(*) FROM events"));
            const int unsent = scalar(db, QStringLiteral("SELECT count(*) FROM outbox"));
            const bool everything =
                notes == kNotes && events == kNotes + 5 && unsent == events &&
                scalar(db, QStringLiteral("SELECT count(*) FROM citizens")) == 1;
            // Honest: whatever is missing is reported as not readable.
            QVERIFY2(everything || outcome->somethingLost(), qPrintable(where));
            complete += everything ? 1 : 0;
            if (outcome->rebuiltFromEvents) {
                // A lost page of notes or citizens: said again by the event log, word for word.
                ++rebuilt;
                QVERIFY2(everything, qPrintable(where));
                QCOMPARE(currentTexts(db), m_texts);
            }
            QCOMPARE(outcome->unsentEvents, qint64(unsent));
            // The journal's identity survives, and the log says what happened.
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM meta WHERE key IN"
                                               " ('journal_id', 'device_id', 'consultant')")),
                     3);
            QCOMPARE(scalar(db, QStringLiteral("SELECT value = '0' FROM meta"
                                               " WHERE key = 'sync.cursor'")),
                     -1); // not enrolled: no cursor to reset
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM access_log"
                                               " WHERE action = 'journal-recovered'")),
                     1);
            // The search index is rebuilt from the rescued notes.
            if (everything &&
                scalar(db, QStringLiteral("SELECT count(*) FROM note_versions")) == kNotes + 3) {
                auto hits = rescued->search(QStringLiteral("Ærø"));
                QVERIFY(hits.ok());
                QVERIFY2(hits->size() == m_hits, qPrintable(where));
            }
        }
        // Most single pages cost nothing at all: they are indexes, free pages or copies of
        // what the event log holds.
        QVERIFY2(complete > (pages - 1) / 2, qPrintable(QString::number(complete)));
        // Only the schema's own pages (sqlite_master: three since the case_holds table came)
        // keep a journal from opening.
        QVERIFY2(schemaPages <= 3, qPrintable(QString::number(schemaPages)));
        QVERIFY2(rebuilt > 0, "no page of a projection was hit: the test journal is too small");
    }

    void recoveryResetsTheSyncCursorAndCarriesTheAccessLog()
    {
        const QString file = path(QStringLiteral("enrolled.db"));
        {
            auto j = fill(file);
            QVERIFY(j);
            QSqlQuery q(JournalInternals::database(*j).db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES"
                                          " ('sync.cursor', '4711'), ('sync.server', 'x')")));
        }
        JournalDatabase::Options options;
        options.forRecovery = true;
        auto source = JournalDatabase::open(file, m_key, Mode::Open, options);
        QVERIFY(source.ok());
        const int logEntries =
            scalar(source.value()->db(), QStringLiteral("SELECT count(*) FROM access_log"));
        const QString target = path(QStringLiteral("enrolled-rescued.db"));
        auto outcome =
            JournalRecovery::recover(*source.value(), target, m_key, 3, QStringLiteral("j-1"),
                                     QStringLiteral("2026-12-01T10:00:00.000Z"));
        QVERIFY(outcome.ok());
        QVERIFY(!outcome->somethingLost());
        auto rescued = openJournal(target);
        QSqlDatabase db = JournalInternals::database(*rescued).db();
        QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'sync.cursor'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM access_log")), logEntries + 1);
        QVERIFY(AccessLog::verify(db).ok());
        QCOMPARE(rescued->outboxSize(), kNotes + 5);
    }
};

QTEST_GUILESS_MAIN(TestDamage)
#include "tst_damage.moc"
