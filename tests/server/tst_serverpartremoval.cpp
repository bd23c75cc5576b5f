// A part of a case deleted before the rest (issue 14): the consents (with signatures) or the
// disclosure records of a case, when the municipality's rule for them is shorter than the
// case's, on the backend CTest chose. The part's events go from the server by its retention
// run; a copy of the store taken before no longer opens with anything the server has; the
// store as it is opens the rest of the case and nothing of the part; the laptop deletes the
// part too and the other part stays; a laptop that had not heard cannot send the part back; a
// held case keeps it; a backup from before, put back, loses nothing but the part. Each test
// runs for every part. All data is synthetic.
#include "PageScan.h"
#include "Server.h"
#include "StoreCopies.h"
#include "SyncHarness.h"
#include "TestSupport.h"
#include "app/core/Translations.h"
#include "app/journal/Events.h"
#include "retention/RetentionService.h"

#include <QCryptographicHash>
#include <QTest>

using namespace fortrolig;
using namespace fortrolig::test;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
const QString kSydby = QStringLiteral("Sydby Kommune");
// What only the consent holds (the signer and the place), and what only the disclosure holds.
const QString kSigner = QStringLiteral("Kanariefugl Testesen");
const QString kPlace = QStringLiteral("Tjørnebjerg Mølle");
const QString kWhat = QStringLiteral("Udtalelse om qxzvbwjk ved Blåmejsevej");
const QString kKept = QStringLiteral("Et notat der bliver: Gråspurvevej plmoknij");

// The words of a part, in the forms a payload, a dump or a page would hold them.
QList<QByteArray> formsOf(RetentionKind part)
{
    QList<QByteArray> out;
    const QStringList words =
        part == RetentionKind::Consents
            ? QStringList{QStringLiteral("Kanariefugl"), QStringLiteral("Tjørnebjerg")}
            : QStringList{QStringLiteral("qxzvbwjk"), QStringLiteral("Blåmejsevej")};
    for (const QString& w : words)
        out << encodingsOf(w);
    return out;
}

QString hitOf(RetentionKind part, const QByteArray& hay)
{
    for (const QByteArray& form : formsOf(part))
        if (hay.contains(form))
            return QString::fromUtf8(form);
    return {};
}

RetentionKind otherPart(RetentionKind part)
{
    return part == RetentionKind::Consents ? RetentionKind::Disclosures : RetentionKind::Consents;
}

} // namespace

class TestServerPartRemoval : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;
    Account m_anne;
    std::unique_ptr<Device> m_laptop;
    QString m_case;  // its course ended; its consents or disclosures go early
    QString m_other; // its course is open: nothing of it goes
    QDate m_end;
    QTemporaryDir m_copies;

    QString cli(const QStringList& args, int* code) { return m_server->cli(args, code); }
    QStringList audit(const QString& action) { return m_server->audit(action); }
    RetentionKind part() const
    {
        return *retentionKindOf(QString::fromLatin1(QTest::currentDataTag()));
    }
    static void addParts()
    {
        QTest::addColumn<int>("unused");
        for (RetentionKind p : caseParts())
            QTest::newRow(qPrintable(nameOf(p))) << 0;
    }
    // A case with a course in Sydby, a consent to the a-kasse signed on screen, a disclosure
    // under it and a note; the course ended on `end` (null: still open).
    QString caseWithParts(const QString& name, const char* cpr, const QDate& end)
    {
        Journal& j = m_laptop->journal();
        const QString id = m_laptop->addCitizen(name, cpr);
        const QDate start = (end.isValid() ? end : QDate::currentDate()).addMonths(-5);
        auto course = j.addCourse(CourseInput{
            id, kSydby, QStringLiteral("afklaringsforløb"), {}, start, start.addMonths(5)});
        if (id.isEmpty() || !course.ok())
            return {};
        ConsentInput c;
        c.citizenId = id;
        c.courseId = course.value();
        c.templateId = QStringLiteral("fortrolig-standard");
        c.templateVersion = 1;
        c.language = QStringLiteral("da");
        c.textHash = QString::fromLatin1(
            QCryptographicHash::hash("the exact text shown", QCryptographicHash::Sha256).toHex());
        c.signerRole = QStringLiteral("citizen");
        c.signer = kSigner;
        c.place = kPlace;
        c.grants << ConsentGrant{Recipient{QStringLiteral("akasse"), {}},
                                 {QStringLiteral("ordinary")}};
        if (auto given = j.giveConsent(c); !given.ok()) {
            qWarning() << "consent:" << given.error().message();
            return {};
        }
        if (auto told = j.disclose(id, Recipient{QStringLiteral("akasse"), {}},
                                   {QStringLiteral("ordinary")}, kWhat);
            !told.ok()) {
            qWarning() << "disclosure:" << told.error().message();
            return {};
        }
        if (!j.addNote(id, kKept).ok())
            return {};
        if (end.isValid() && j.endCourse(course.value(), end))
            return {};
        return id;
    }
    // The part's rule: one month (the case's is the default six); the server's clock two
    // months on.
    void partIsDue()
    {
        int code = -1;
        const QString out = cli({QStringLiteral("retention"), QStringLiteral("set"), nameOf(part()),
                                 QStringLiteral("1")},
                                &code);
        QVERIFY2(code == 0, qPrintable(out));
        m_server->advance(61 * kDay);
        // Two months on, the laptop's session has expired: the consultant logs in again.
        QVERIFY(m_laptop->login(*m_server, m_anne));
    }
    // The server runs the deletion only when the test says (it would at start otherwise).
    static server::Server::Options withoutJob()
    {
        server::Server::Options o;
        o.retentionIntervalMs = 0;
        return o;
    }
    // The server's retention run on its own (moved) clock: the parts it deleted.
    QStringList run(bool dryRun = false)
    {
        server::RetentionService& r = m_server->admin().retention();
        auto done = r.run(r.today(), dryRun);
        if (!done.ok())
            qFatal("retention run: %s", qPrintable(done.error().message()));
        QStringList out;
        for (const server::PartDue& d : done->partsDeleted)
            out << d.of.citizenId + QLatin1Char(' ') + nameOf(d.part);
        for (const server::PartDue& d : done->partsHeld)
            out << d.of.citizenId + QStringLiteral(" held");
        return out;
    }
    QList<StoredRow> copyOfStore(const QString& name)
    {
        return test::copyOfStore(*m_server, m_backend, m_copies.path(),
                                 name + QLatin1Char('-') +
                                     QString::fromLatin1(QTest::currentDataTag()));
    }
    static QString laptopHit(Device& d, RetentionKind part)
    {
        const DecryptedJournal pages = decryptJournal(d.journalPath(), d.journalKey());
        if (!pages.error.isEmpty())
            return QStringLiteral("unreadable: ") + pages.error;
        for (const QByteArray& form : formsOf(part)) {
            QString where;
            if (pages.contains(form, &where))
                return QString::fromUtf8(form) + QStringLiteral(" in ") + where;
        }
        return {};
    }
    int typesOf(Device& d, RetentionKind part, const QString& citizen)
    {
        return d.count(QStringLiteral("SELECT count(*) FROM events WHERE subject = '") + citizen +
                       QStringLiteral("' AND type IN ('") +
                       eventTypesOf(part).join(QStringLiteral("','")) + QStringLiteral("')"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo() << "backend:" << backendName(m_backend);
        QVERIFY(ensureSodium());
        QVERIFY(m_copies.isValid());
        installTranslations(*QCoreApplication::instance());
    }
    void init()
    {
        m_server = std::make_unique<ServerFixture>(m_backend);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_anne = m_server->createConsultant(QStringLiteral("anne"));
        m_laptop = Device::signedIn(*m_server, m_anne);
        QVERIFY(m_laptop);
        m_end = QDate::currentDate().addDays(-10); // in the hand-over after the course
        m_case = caseWithParts(QStringLiteral("Rigtig Prøvesen"), "090268-5523", m_end);
        m_other = caseWithParts(QStringLiteral("Anden Prøvesen"), "020202-1234", {});
        QVERIFY(!m_case.isEmpty() && !m_other.isEmpty());
        QVERIFY(m_laptop->syncUntilComplete());
        QCOMPARE(m_laptop->journal().outboxSize(), 0);
        // The citizen, the course, the consent, the disclosure, the note, the course's end.
        QCOMPARE(m_server->eventsOf(m_case), 6);
    }
    void cleanup()
    {
        m_laptop.reset();
        m_server.reset();
    }

    void theStoreAndEveryCopyLoseThePart_data() { addParts(); }
    void theStoreAndEveryCopyLoseThePart()
    {
        const QList<StoredRow> before = copyOfStore(QStringLiteral("before"));
        QCOMPARE(openWithServerKeys(*m_server, before).perCase.value(m_case), 6); // can see
        // The command line lists what is due by today's date: a case whose course ended two
        // months ago.
        const QString earlier = caseWithParts(QStringLiteral("Gammel Prøvesen"), "030303-1234",
                                              QDate::currentDate().addMonths(-2));
        QVERIFY(!earlier.isEmpty() && m_laptop->syncUntilComplete());
        int code = -1;
        QString out = cli({QStringLiteral("retention"), QStringLiteral("set"), nameOf(part()),
                           QStringLiteral("1")},
                          &code);
        QVERIFY2(code == 0, qPrintable(out));
        // The rules say so: one month for the part, the other goes with the case.
        out = cli({QStringLiteral("retention"), QStringLiteral("show")}, &code);
        QVERIFY2(code == 0 && out.contains(nameOf(part()) + QStringLiteral("\t1 month after")) &&
                     out.contains(nameOf(otherPart(part())) + QStringLiteral("\twith the case")),
                 qPrintable(out));
        out = cli({QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--dry-run")},
                  &code);
        QVERIFY2(code == 0 && out.contains(earlier + QLatin1Char('\t') + nameOf(part())) &&
                     out.contains(QStringLiteral("would be deleted before the rest")) &&
                     !out.contains(m_case) && !out.contains(m_other),
                 qPrintable(out));
        QCOMPARE(m_server->eventsOf(earlier), 6); // a dry run deletes nothing
        out = cli({QStringLiteral("retention"), QStringLiteral("run")}, &code);
        QVERIFY2(code == 0 && out.contains(earlier + QLatin1Char('\t') + nameOf(part())),
                 qPrintable(out));
        QCOMPARE(m_server->eventsOf(earlier), 5);

        // Two months on, the same for the case, by the server's own run.
        partIsDue();
        QCOMPARE(run(true), QStringList{m_case + QLatin1Char(' ') + nameOf(part())});
        QCOMPARE(m_server->eventsOf(m_case), 6);
        QCOMPARE(run(), QStringList{m_case + QLatin1Char(' ') + nameOf(part())});
        QCOMPARE(m_server->eventsOf(m_case), 5);
        QCOMPARE(m_server->eventsOf(m_other), 5); // open course: nothing goes (no end event)
        QCOMPARE(run(), QStringList());           // once is enough: nothing of the part is left

        // The copy from before opens nothing of the case; the other case's it does.
        const OpenedRows old = openWithServerKeys(*m_server, before);
        QCOMPARE(old.perCase.value(m_case), 0);
        QCOMPARE(old.perCase.value(m_other), 5);
        // The store now: the rest of the case opens, nothing of the part.
        const OpenedRows now = openWithServerKeys(*m_server, copyOfStore(QStringLiteral("after")));
        QCOMPARE(now.perCase.value(m_case), 5);
        QCOMPARE(now.perCase.value(m_other), 5);
        QByteArray mine;
        for (const StoredRow& r : copyOfStore(QStringLiteral("mine")))
            if (r.citizen == m_case)
                mine += openWithServerKeys(*m_server, {r}).plain;
        QVERIFY2(hitOf(part(), mine).isEmpty(), qPrintable(hitOf(part(), mine)));
        QVERIFY(!hitOf(otherPart(part()), mine).isEmpty()); // the other part stays
        QVERIFY(mine.contains(kKept.toUtf8()));

        // Audited with the rule and the facts, never a word of the part.
        QStringList audited = audit(QStringLiteral("part-deleted"));
        QCOMPARE(audited.size(), 2);
        audited.removeFirst(); // the earlier case's
        QVERIFY2(audited.first().contains(QStringLiteral("rule=") + nameOf(part())) &&
                     audited.first().contains(kSydby) &&
                     audited.first().contains(QStringLiteral("months=1")),
                 qPrintable(audited.first()));
        QVERIFY(hitOf(part(), audited.first().toUtf8()).isEmpty());
    }

    // The laptop deletes the part when the server's feed says so, and keeps the other part;
    // a new laptop of the consultant never gets it.
    void theLaptopsLoseThePartAndKeepTheRest_data() { addParts(); }
    void theLaptopsLoseThePartAndKeepTheRest()
    {
        QVERIFY(!laptopHit(*m_laptop, part()).isEmpty()); // the scan can see
        partIsDue();
        QCOMPARE(run().size(), 1);
        QVERIFY(m_laptop->syncUntilComplete());
        QCOMPARE(typesOf(*m_laptop, part(), m_case), 0);
        QVERIFY(typesOf(*m_laptop, part(), m_other) > 0);
        QVERIFY(typesOf(*m_laptop, otherPart(part()), m_case) > 0);
        QVERIFY2(m_laptop->count(QStringLiteral("SELECT count(*) FROM notes WHERE citizen_id = '") +
                                 m_case + QLatin1Char('\'')) == 1,
                 "the note stays");
        auto fresh = Device::signedIn(*m_server, m_anne);
        QVERIFY(fresh && fresh->syncUntilComplete());
        QCOMPARE(typesOf(*fresh, part(), m_case), 0);
        QVERIFY(typesOf(*fresh, otherPart(part()), m_case) > 0);
        QVERIFY2(fresh->count(QStringLiteral("SELECT count(*) FROM citizens")) == 2, "both cases");
    }

    // A laptop that holds the part and has not synced since: what it writes of the part (a
    // withdrawal, a disclosure) before the cut is refused as purged and never reaches the
    // server.
    void aLaptopThatHasNotHeardCannotSendItBack_data() { addParts(); }
    void aLaptopThatHasNotHeardCannotSendItBack()
    {
        auto second = Device::signedIn(*m_server, m_anne);
        QVERIFY(second && second->syncUntilComplete());
        Journal& j = second->journal();
        auto consents = j.consents(m_case);
        QVERIFY(consents.ok() && consents->size() == 1);
        if (part() == RetentionKind::Consents)
            QVERIFY(!j.withdrawConsent(consents->first().id));
        else // to the referring jobcentre, in the hand-over after the course (the law's basis)
            QVERIFY(j.disclose(m_case, Recipient{RecipientKind::Jobcentre, {}},
                               {QStringLiteral("ordinary")}, kWhat)
                        .ok());
        partIsDue();
        QCOMPARE(run().size(), 1);
        const int before = m_server->eventsOf(m_case);
        QVERIFY(second->login(*m_server, m_anne));
        second->syncUntilComplete();
        QCOMPARE(m_server->eventsOf(m_case), before);
        QCOMPARE(typesOf(*second, part(), m_case), 0);
    }

    // A held case keeps its parts past their due dates.
    void aHeldCaseKeepsItsParts_data() { addParts(); }
    void aHeldCaseKeepsItsParts()
    {
        int code = -1;
        QString out = cli({QStringLiteral("case"), QStringLiteral("hold"), m_case,
                           QStringLiteral("--reason"), QStringLiteral("Klagesag")},
                          &code);
        QVERIFY2(code == 0, qPrintable(out));
        partIsDue();
        QCOMPARE(run(), QStringList{m_case + QStringLiteral(" held")});
        QCOMPARE(m_server->eventsOf(m_case), 6);
        QVERIFY(audit(QStringLiteral("part-deleted")).isEmpty());
    }

    // A backup made before the deletion, put back: the case's rows there are under the retired
    // key, so the server lets them go at start and records the deletion again from its ledger;
    // the laptop sends the case again at the new epoch without the part, and a part's event
    // from before the cut cannot come back.
    void aBackupFromBeforeLosesOnlyThePart_data() { addParts(); }
    void aBackupFromBeforeLosesOnlyThePart()
    {
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().backup());
        QVERIFY2(m_server->start(withoutJob()), qPrintable(m_server->error()));
        partIsDue();
        QCOMPARE(run().size(), 1);
        QVERIFY(m_laptop->syncUntilComplete()); // the laptop deletes it too
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().restore());
        QCOMPARE(m_server->eventsOf(m_case), 6); // the backup has it, under the old key
        m_server->closeAdmin();
        QVERIFY2(m_server->start(withoutJob()), qPrintable(m_server->error()));
        QCOMPARE(m_server->eventsOf(m_case), 0);
        QCOMPARE(audit(QStringLiteral("part-deleted-again")).size(), 1);
        int code = -1;
        const QString out = cli({QStringLiteral("epoch"), QStringLiteral("new")}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(m_server->start(withoutJob()));
        // The backup does not know the session the consultant opened after it was made.
        m_laptop->login(*m_server, m_anne);
        QVERIFY(m_laptop->syncUntilComplete());
        QCOMPARE(m_server->eventsOf(m_case), 5);
        QList<StoredRow> mine;
        for (const StoredRow& r : copyOfStore(QStringLiteral("restored")))
            if (r.citizen == m_case)
                mine << r;
        const OpenedRows opened = openWithServerKeys(*m_server, mine);
        QCOMPARE(opened.perCase.value(m_case), 5);
        QVERIFY2(hitOf(part(), opened.plain).isEmpty(), qPrintable(hitOf(part(), opened.plain)));
        QVERIFY(!hitOf(otherPart(part()), opened.plain).isEmpty());
        auto fresh = Device::signedIn(*m_server, m_anne);
        QVERIFY(fresh && fresh->syncUntilComplete());
        QCOMPARE(typesOf(*fresh, part(), m_case), 0);
    }
};

QTEST_MAIN(TestServerPartRemoval)
#include "tst_serverpartremoval.moc"
