// Devices and fortrolig-server over real TLS on loopback, on the backend CTest chose
// (FORTROLIG_TEST_BACKEND): enrollment, login, push, pull, reassignment, purge, revocation,
// epoch change, lockout, pinning.
#include "SyncHarness.h"
#include "TestSupport.h"
#include "app/crypto/KeyVault.h"
#include "app/journal/JournalAccess.h"
#include "app/journal/JournalInternals.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"
#include "app/wire/TrustPin.h"
#include "tls/Certificates.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <sodium.h>

using namespace fortrolig;
using namespace fortrolig::test;

class TestSync : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;

    static QString randomPin()
    {
        unsigned char b[32];
        randombytes_buf(b, sizeof b);
        return QStringLiteral("sha256/") +
               QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(b), 32).toBase64());
    }
    // A device of `account`, enrolled and logged in.
    std::unique_ptr<Device> device(const Account& account)
    {
        return Device::signedIn(*m_server, account);
    }
    int serverEvents(const QString& citizen) { return m_server->eventsOf(citizen); }
    static QString writeFile(const QString& path, const QByteArray& data)
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo() << "backend:" << backendName(m_backend);
        QVERIFY(ensureSodium());
    }
    void init()
    {
        m_server = std::make_unique<ServerFixture>(m_backend);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void enrollLoginPushAndPullIntoASecondDevice()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        auto laptop = device(anne);
        QCOMPARE(laptop->sync().state(), SyncService::State::Idle);
        // The name receipts show comes with enrollment: the account's display name.
        QCOMPARE(laptop->journal().identity().consultant, QStringLiteral("anne"));
        QCOMPARE(laptop->journal().identity().name, QStringLiteral("Test anne"));
        const QString id = laptop->addCitizen(QStringLiteral("Åse Prøvesen"));
        CourseInput c{id,
                      QStringLiteral("Testby Kommune"),
                      QStringLiteral("afklaringsforløb"),
                      {},
                      QDate(2026, 1, 5),
                      {}};
        QVERIFY(laptop->journal().addCourse(c).ok());
        auto note =
            laptop->journal().addNote(id, QStringLiteral("Første samtale om praktik på Ærø"));
        QVERIFY(
            laptop->journal().correctNote(note.value(), QStringLiteral("Rettet: praktik")).ok());
        QCOMPARE(laptop->journal().outboxSize(), 4);
        QVERIFY(laptop->syncOnce());
        QCOMPARE(laptop->journal().outboxSize(), 0);
        QCOMPARE(serverEvents(id), 4);

        auto second = device(anne);
        QCOMPARE(second->eventIds(), laptop->eventIds());
        auto details = second->journal().citizen(id);
        QVERIFY(details.ok());
        QCOMPARE(details->name, QStringLiteral("Åse Prøvesen"));
        QCOMPARE(details->notes.first().current.text, QStringLiteral("Rettet: praktik"));
        QCOMPARE(details->notes.first().versions, 2);
        QCOMPARE(second->journal().search(QStringLiteral("rettet")).value().size(), 1);
        // Receiving the case is a use of the citizen's data: logged, by internal id.
        auto log = second->journal().accessLog(id);
        QCOMPARE(log->first().action, QStringLiteral("received-by-sync"));
        // Events that came from the server are not sent back.
        QCOMPARE(second->journal().outboxSize(), 0);
        // A change on the second device reaches the first.
        QVERIFY(second->journal().addNote(id, QStringLiteral("Fra den anden maskine")).ok());
        QVERIFY(second->syncOnce());
        QVERIFY(laptop->syncOnce());
        QCOMPARE(laptop->eventIds(), second->eventIds());
        QCOMPARE(laptop->journal().citizen(id)->notes.size(), 2);
        // The request log holds no personal data.
        const QString log2 = m_server->requestLog();
        QVERIFY(log2.contains(QStringLiteral("/api/v1/push")));
        for (const char* secret : {"Prøvesen", "Ærø", "010158", "praktik", "anne"})
            QVERIFY2(!log2.contains(QString::fromUtf8(secret)), secret);
    }

    void aLargeCatchUpBuildsTheCitizenIndexesOnceAtTheEnd()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        auto first = device(anne);
        for (int i = 0; i < 6; ++i) {
            const QString id = first->addCitizen(QStringLiteral("Borger %1").arg(i));
            QVERIFY(first->journal().addNote(id, QStringLiteral("notat %1").arg(i)).ok());
        }
        QVERIFY(first->syncOnce());
        SyncOptions small = Device::fastOptions();
        small.pageSize = 3;
        small.bulkPullFrom = 5; // twelve events: a catch-up
        Device second(small);
        QVERIFY(second.enroll(*m_server, m_server->enrollmentCode(anne.username)));
        const QString indexes = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type ="
                                               " 'index' AND name IN ('events_subject',"
                                               " 'notes_citizen')");
        QList<int> during;
        connect(&second.sync(), &SyncService::changesApplied, this,
                [&] { during << second.count(indexes); });
        QVERIFY(second.login(*m_server, anne));
        QVERIFY(during.size() >= 4);
        QCOMPARE(during.first(), 0); // dropped while the pages came in
        // and built at the end, in a second connection on a thread of its own
        QTRY_COMPARE(second.count(indexes), 2);
        QCOMPARE(second.eventIds(), first->eventIds());
        QCOMPARE(
            second.journal().citizen(second.journal().caseload()->first().citizenId)->notes.size(),
            1);
        QVERIFY(second.journal().verify().ok());
    }

    void aCatchUpIndexesItsNotesOnceAtTheEnd()
    {
        // The notes of a large pull are indexed in one statement at its end (on a second
        // connection), not one by one; search finds them meanwhile, and each current version
        // is in the index exactly once, whether it came before, during or after the catch-up.
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        auto first = device(anne);
        QString corrected;
        for (int i = 0; i < 6; ++i) {
            const QString id = first->addCitizen(QStringLiteral("Borger %1").arg(i));
            auto note =
                first->journal().addNote(id, QStringLiteral("kattelem%1 vinduespudser").arg(i));
            QVERIFY(note.ok());
            if (i == 2)
                corrected = note.value();
        }
        QVERIFY(first->journal().correctNote(corrected, QStringLiteral("hundelem rettet")).ok());
        QVERIFY(first->syncOnce());
        SyncOptions small = Device::fastOptions();
        small.pageSize = 3;
        small.bulkPullFrom = 5; // thirteen events: a catch-up
        Device second(small);
        QVERIFY(second.enroll(*m_server, m_server->enrollmentCode(anne.username)));
        // Written here before the pull: indexed as it is written.
        const QString own = second.addCitizen(QStringLiteral("Egen Borger"));
        QVERIFY(second.journal().addNote(own, QStringLiteral("musefælde før")).ok());
        const QString waiting = QStringLiteral("SELECT count(*) FROM meta WHERE key = '%1'")
                                    .arg(QLatin1StringView(Migrations::kNotesIndexedUpTo));
        auto indexed = [&](const char* word) {
            return second.count(QStringLiteral("SELECT count(*) FROM notes_fts WHERE notes_fts"
                                               " MATCH '%1'")
                                    .arg(QString::fromUtf8(word)));
        };
        QList<int> waitingDuring, indexedDuring;
        QList<qsizetype> foundDuring;
        bool wrote = false;
        connect(&second.sync(), &SyncService::changesApplied, this, [&] {
            waitingDuring << second.count(waiting);
            indexedDuring << indexed("kattelem*");
            auto hits = second.journal().search(QStringLiteral("kattelem"));
            foundDuring << (hits.ok() ? hits->size() : -1);
            if (!wrote) { // written during the catch-up: indexed at its end, once
                wrote = true;
                QVERIFY(second.journal().addNote(own, QStringLiteral("musefælde under")).ok());
            }
        });
        QVERIFY(second.login(*m_server, anne));
        QVERIFY(waitingDuring.size() >= 4);
        QVERIFY(!waitingDuring.contains(0));        // the index waited the whole pull
        QCOMPARE(indexedDuring.last(), 0);          // none of the pulled notes in it yet
        QCOMPARE(foundDuring.last(), qsizetype(5)); // but search found them in the table
        QTRY_COMPARE(second.count(waiting), 0);
        for (const char* word : {"kattelem0", "kattelem1", "kattelem3", "kattelem5", "hundelem"})
            QCOMPARE(indexed(word), 1);
        QCOMPARE(indexed("kattelem2"), 0); // the version the correction replaced
        QCOMPARE(indexed("musefælde"), 2); // before and during, each once
        auto hits = second.journal().search(QStringLiteral("hundelem"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().snippet, QStringLiteral("[hundelem] rettet"));
        // The search meanwhile shows what the index shows after.
        QCOMPARE(second.journal().search(QStringLiteral("kattelem"))->size(), 5);
        // Notes that arrive after the catch-up are indexed as they come.
        QVERIFY(first->journal()
                    .addNote(first->journal().caseload()->first().citizenId,
                             QStringLiteral("papegøjebur"))
                    .ok());
        QVERIFY(first->syncOnce());
        QVERIFY(second.syncOnce());
        QCOMPARE(indexed("papegøjebur"), 1);

        // A catch-up cut short (the program ended before the index was completed) is
        // completed when the journal is next opened (Migrations::migrate does this).
        QSqlDatabase db = JournalInternals::database(second.journal()).db();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (key, value) SELECT '%1', min(seq) - 1"
                                      " FROM note_versions WHERE text LIKE 'kattelem%'")
                           .arg(QLatin1StringView(Migrations::kNotesIndexedUpTo))));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM notes_fts WHERE docid IN (SELECT seq FROM"
                                      " note_versions WHERE superseded_by IS NULL AND seq >"
                                      " (SELECT value FROM meta WHERE key = '%1'))")
                           .arg(QLatin1StringView(Migrations::kNotesIndexedUpTo))));
        QCOMPARE(indexed("kattelem*"), 0);
        QCOMPARE(indexed("musefælde"), 1);
        QCOMPARE(second.journal().search(QStringLiteral("kattelem"))->size(), 5);
        QVERIFY(!Migrations::ensureBulkIndexes(db));
        QCOMPARE(second.count(waiting), 0);
        QCOMPARE(indexed("kattelem*"), 5);
        QCOMPARE(indexed("hundelem"), 1);
        QCOMPARE(indexed("papegøjebur"), 1);
        QCOMPARE(indexed("musefælde"), 2);
        QVERIFY(second.journal().verify().ok());
    }

    void onlyTheConsultantsOwnCaseloadArrives()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        const Account bo = m_server->createConsultant(QStringLiteral("bo"));
        auto a = device(anne);
        auto b = device(bo);
        const QString mine = a->addCitizen(QStringLiteral("Anne's Borger"));
        const QString his = b->addCitizen(QStringLiteral("Bo's Borger"));
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());
        QVERIFY(a->syncOnce());
        QCOMPARE(a->count(QStringLiteral("SELECT count(*) FROM citizens")), 1);
        QVERIFY(a->journal().citizen(mine).ok());
        QCOMPARE(a->journal().citizen(his).error().code, ErrorCode::NotFound);
        // Nor can a device write into another consultant's case.
        Event e;
        e.id = newId();
        e.type = EventType::NoteAdded;
        e.subject = his;
        e.author = QStringLiteral("anne");
        e.device = newId();
        e.localTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        e.payload = {{QStringLiteral("noteId"), newId()},
                     {QStringLiteral("kind"), QStringLiteral("note")},
                     {QStringLiteral("text"), QStringLiteral("x")}};
        protocol::PushRequest req;
        req.batchId = newId();
        req.events << e;
        auto result = m_server->admin().cases().push({QString(), QStringLiteral("anne")}, req, {});
        QCOMPARE(result->results.first().reason, protocol::RejectReason::NotYourCase);

        // Nor does she learn what Bo's case holds by sending ids she guessed or copied: an
        // exact copy of his event is a duplicate for him, a case not hers for her, and so is
        // something else under his event's id.
        QSqlQuery q(JournalInternals::database(b->journal()).db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, type, subject, author, device, local_time,"
                                      " payload FROM events WHERE subject = '%1'")
                           .arg(his)) &&
                q.next());
        Event copy;
        copy.id = q.value(0).toString();
        copy.type = q.value(1).toString();
        copy.subject = q.value(2).toString();
        copy.author = q.value(3).toString();
        copy.device = q.value(4).toString();
        copy.localTime = q.value(5).toString();
        copy.payload = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
        req.events = {copy};
        result = m_server->admin().cases().push({QString(), QStringLiteral("bo")}, req, {});
        QCOMPARE(result->results.first().status, protocol::PushResult::Status::Duplicate);
        result = m_server->admin().cases().push({QString(), QStringLiteral("anne")}, req, {});
        QCOMPARE(result->results.first().status, protocol::PushResult::Status::Rejected);
        QCOMPARE(result->results.first().reason, protocol::RejectReason::NotYourCase);
        QCOMPARE(result->results.first().seq, 0);
        e.id = copy.id;
        e.subject = mine;
        req.events = {e};
        result = m_server->admin().cases().push({QString(), QStringLiteral("anne")}, req, {});
        QCOMPARE(result->results.first().reason, protocol::RejectReason::NotYourCase);

        // Nor whether a case id exists at all: a note for Bo's case and one for a case nobody
        // has get the same answer, and so does opening a case under his case's id.
        auto answer = [&](const Event& ev) {
            protocol::PushRequest r;
            r.batchId = newId();
            r.events << ev;
            auto pushed =
                m_server->admin().cases().push({QString(), QStringLiteral("anne")}, r, {});
            return pushed.ok() && pushed->results.size() == 1
                       ? QStringList{QString::number(int(pushed->results.first().status)),
                                     pushed->results.first().reason,
                                     QString::number(pushed->results.first().seq)}
                       : QStringList{QStringLiteral("push failed")};
        };
        const QStringList refused{QString::number(int(protocol::PushResult::Status::Rejected)),
                                  protocol::RejectReason::NotYourCase, QStringLiteral("0")};
        Event toHis = e;
        toHis.id = newId();
        toHis.subject = his;
        Event toNobody = toHis;
        toNobody.id = newId();
        toNobody.subject = newId();
        QCOMPARE(answer(toHis), refused);
        QCOMPARE(answer(toNobody), refused);
        Event openHis = copy;
        openHis.id = newId();
        openHis.author = QStringLiteral("anne");
        QCOMPARE(openHis.type, EventType::CitizenAdded);
        QCOMPARE(answer(openHis), refused);
        // Nor whether a note id is taken in another case.
        QVERIFY(b->journal().addNote(his, QStringLiteral("x")).ok());
        QVERIFY(b->syncOnce());
        QSqlQuery n(JournalInternals::database(b->journal()).db());
        QVERIFY(
            n.exec(QStringLiteral("SELECT payload FROM events WHERE subject = '%1' AND type = '%2'")
                       .arg(his, EventType::NoteAdded)) &&
            n.next());
        Event clash = e;
        clash.id = newId();
        clash.subject = mine;
        clash.payload.insert(QStringLiteral("noteId"),
                             QJsonDocument::fromJson(n.value(0).toByteArray())
                                 .object()
                                 .value(QStringLiteral("noteId")));
        QVERIFY(!clash.payload.value(QStringLiteral("noteId")).toString().isEmpty());
        QCOMPARE(answer(clash), refused);
    }

    void aWrongPinIsRefusedBeforeAnythingIsSent()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        Device d;
        QString message;
        const qint64 before = m_server->requestsAnswered();
        QVERIFY(
            !d.enroll(*m_server, m_server->enrollmentCode(anne.username), &message, randomPin()));
        QVERIFY2(message.contains(QStringLiteral("certificate")), qPrintable(message));
        QCOMPARE(d.sync().state(), SyncService::State::NotEnrolled);
        QCOMPARE(m_server->requestsAnswered(), before); // no request line reached the server

        // A device enrolled with the right pin refuses the server once its key changes (a
        // man in the middle, or a certificate replaced without telling the devices).
        auto laptop = device(anne);
        QVERIFY(laptop->syncOnce());
        laptop->addCitizen(QStringLiteral("Bent Testsen"));
        auto other = server::Certificates::selfSigned({QStringLiteral("127.0.0.1")}, 30);
        const QString dir = m_server->store().dataDir();
        server::Server::Options o;
        o.certFile = writeFile(dir + QStringLiteral("/other.pem"), other->certificate);
        o.keyFile = writeFile(dir + QStringLiteral("/other.key"), other->privateKey);
        m_server->stop();
        QVERIFY(m_server->start(o));
        QSignalSpy failed(&laptop->sync(), &SyncService::failed);
        const qint64 answered = m_server->requestsAnswered();
        QVERIFY(!laptop->syncOnce());
        QCOMPARE(laptop->sync().state(), SyncService::State::Refused);
        QVERIFY(failed.last().first().toString().contains(QStringLiteral("certificate")));
        QCOMPARE(m_server->requestsAnswered(), answered);
        QCOMPARE(laptop->journal().outboxSize(), 1); // kept, not lost
    }

    void aProviderCaCanBePinned()
    {
        auto ca = server::Certificates::authority(QStringLiteral("Testudbyder CA"), 30);
        auto leaf = server::Certificates::signedBy(ca.value(), {QStringLiteral("127.0.0.1")}, 30);
        const QString dir = m_server->store().dataDir();
        server::Server::Options o;
        o.certFile = writeFile(dir + QStringLiteral("/leaf.pem"),
                               leaf->certificate + ca->certificate); // the chain
        o.keyFile = writeFile(dir + QStringLiteral("/leaf.key"), leaf->privateKey);
        m_server->stop();
        QVERIFY(m_server->start(o));
        const QString caPin =
            TrustPin::of(QSslCertificate::fromData(ca->certificate, QSsl::Pem).first());
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        Device d;
        QString message;
        QVERIFY2(d.enroll(*m_server, m_server->enrollmentCode(anne.username), &message, caPin),
                 qPrintable(message));
        QVERIFY(d.sync().store().settings()->caCertificate.contains("BEGIN CERTIFICATE"));
        QVERIFY(d.login(*m_server, anne, &message));
        d.addCitizen(QStringLiteral("Cecilie Testsen"));
        QVERIFY(d.syncOnce());

        // The provider renews the server's certificate under the same CA: still trusted.
        auto renewed =
            server::Certificates::signedBy(ca.value(), {QStringLiteral("127.0.0.1")}, 30);
        o.certFile =
            writeFile(dir + QStringLiteral("/leaf.pem"), renewed->certificate + ca->certificate);
        o.keyFile = writeFile(dir + QStringLiteral("/leaf.key"), renewed->privateKey);
        m_server->stop();
        QVERIFY(m_server->start(o));
        QVERIFY(d.syncOnce());

        // A certificate from another CA, or from this CA for another host, is refused.
        auto otherCa = server::Certificates::authority(QStringLiteral("Anden CA"), 30);
        auto foreign =
            server::Certificates::signedBy(otherCa.value(), {QStringLiteral("127.0.0.1")}, 30);
        auto wrongHost =
            server::Certificates::signedBy(ca.value(), {QStringLiteral("elsewhere.example")}, 30);
        for (const auto* pem : {&foreign.value(), &wrongHost.value()}) {
            o.certFile = writeFile(dir + QStringLiteral("/leaf.pem"), pem->certificate);
            o.keyFile = writeFile(dir + QStringLiteral("/leaf.key"), pem->privateKey);
            m_server->stop();
            QVERIFY(m_server->start(o));
            QVERIFY(!d.syncOnce());
            QCOMPARE(d.sync().state(), SyncService::State::Refused);
        }
    }

    void aMovedCaseLeavesTheFormerConsultantsDevices()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        const Account bo = m_server->createConsultant(QStringLiteral("bo"));
        auto a = device(anne);
        auto b = device(bo);
        const QString id = a->addCitizen(QStringLiteral("Dorte Flyttesen"));
        QVERIFY(a->journal().addNote(id, QStringLiteral("notat et")).ok());
        QVERIFY(a->syncOnce());
        QVERIFY(m_server->admin().cases().assign(id, QStringLiteral("bo")).ok());
        // Written offline before the move reached the laptop: still goes to the case.
        QVERIFY(a->journal().addNote(id, QStringLiteral("skrevet offline før flytningen")).ok());
        QVERIFY(a->syncOnce());
        QCOMPARE(a->count(QStringLiteral("SELECT count(*) FROM citizens")), 0);
        QCOMPARE(a->count(QStringLiteral("SELECT count(*) FROM events")), 0);
        QCOMPARE(a->count(QStringLiteral("SELECT count(*) FROM note_versions")), 0);
        QCOMPARE(a->journal().search(QStringLiteral("notat")).value().size(), 0);
        auto problems = a->sync().store().problems();
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->first().kind, QStringLiteral("case-removed"));
        QVERIFY(a->journal().verify().ok());

        QVERIFY(b->syncOnce());
        auto details = b->journal().citizen(id);
        QVERIFY(details.ok());
        QCOMPARE(details->notes.size(), 2);
        QCOMPARE(b->count(QStringLiteral("SELECT count(*) FROM events")), 3);
        // Bo's second laptop, enrolled later, receives all of it; Anne's new one none.
        auto b2 = device(bo);
        QCOMPARE(b2->eventIds(), b->eventIds());
        auto a2 = device(anne);
        QCOMPARE(a2->count(QStringLiteral("SELECT count(*) FROM citizens")), 0);
    }

    void aFormerHoldersWorkIsAcceptedForThirtyDaysThenKeptAside()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        const Account bo = m_server->createConsultant(QStringLiteral("bo"));
        // Written before the laptop was connected: under the name the journal was set up with.
        auto a = std::make_unique<Device>();
        const QString id = a->addCitizen(QStringLiteral("Lis Senere"));
        const QString first = a->journal().addNote(id, QStringLiteral("første samtale")).value();
        QVERIFY(a->enroll(*m_server, m_server->enrollmentCode(anne.username)));
        QVERIFY(a->login(*m_server, anne)); // and the first sync
        auto late = device(anne);           // Anne's other laptop has the case, then goes offline
        auto later = device(anne);
        QCOMPARE(later->count(QStringLiteral("SELECT count(*) FROM citizens")), 1);
        QVERIFY(m_server->admin().cases().assign(id, QStringLiteral("bo")).ok());

        // Bo's laptop shows which account sent what it received (the author is the name
        // the laptop wrote in; the sender is the account the server checked).
        auto b = device(bo);
        auto history = b->journal().noteHistory(first);
        QVERIFY(history.ok());
        QCOMPARE(history->first().author, QStringLiteral("consultant"));
        QCOMPARE(history->first().sentBy, QStringLiteral("anne"));
        QCOMPARE(a->journal().noteHistory(first)->first().sentBy, QString()); // its own

        // 29 days after the move: the offline laptop's note still reaches the case.
        m_server->advance(29LL * 24 * 3600 * 1000);
        QVERIFY(late->journal().addNote(id, QStringLiteral("skrevet 29 dage efter")).ok());
        QVERIFY(late->syncOnce());
        QCOMPARE(late->count(QStringLiteral("SELECT count(*) FROM citizens")), 0);
        QVERIFY(b->syncOnce());
        QCOMPARE(b->journal().citizen(id)->notes.size(), 2);

        // 31 days after: Anne is no longer a holder. The note is refused, the case leaves
        // the laptop, and the note's text is kept on it for Anne to copy.
        m_server->advance(2LL * 24 * 3600 * 1000);
        QVERIFY(later->journal().addNote(id, QStringLiteral("skrevet 31 dage efter")).ok());
        QVERIFY(later->login(*m_server, anne)); // its refresh token ran out as well
        QVERIFY(later->syncUntilComplete());
        QCOMPARE(later->count(QStringLiteral("SELECT count(*) FROM citizens")), 0);
        bool kept = false;
        const auto problems = later->sync().store().problems();
        for (const SyncProblem& p : problems.value())
            kept = kept || (p.kind == QStringLiteral("draft-kept") &&
                            p.reason == QStringLiteral("skrevet 31 dage efter"));
        QVERIFY(kept);
        QVERIFY(b->syncOnce());
        QCOMPARE(b->journal().citizen(id)->notes.size(), 2); // it did not reach the case
        QCOMPARE(serverEvents(id), 3); // the citizen and two notes, nothing more
    }

    void aTokenReplacedByAnotherProgramIsTakenFromTheJournal()
    {
        // The CLI beside the window refreshes on the same journal; the window's next refresh
        // must use the journal's new token, not its own old copy (which would look like theft
        // and end every token of the laptop).
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        auto d = device(anne);
        const QString id = d->addCitizen(QStringLiteral("Rie Token"));
        QVERIFY(d->syncOnce());
        const QString stored = d->sync().store().settings()->refreshToken;
        auto other = m_server->admin().accounts().refresh(stored); // "the CLI"
        QVERIFY(other.ok());
        QVERIFY(d->sync().store().saveRefreshToken(other->refresh).ok());
        m_server->advance(16 * 60 * 1000); // the window's access token runs out
        QVERIFY(d->journal().addNote(id, QStringLiteral("efter fornyelsen")).ok());
        QVERIFY(d->syncOnce());
        QCOMPARE(serverEvents(id), 2);
        QVERIFY(d->sync().state() != SyncService::State::LoginNeeded);
        // The token the window had was never shown again: nothing was taken as reuse.
        QVERIFY(
            m_server->admin().accounts().refresh(d->sync().store().settings()->refreshToken).ok());
    }

    void aPurgedCaseIsDeletedEverywhereAndCannotComeBack()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        auto a = device(anne);
        auto a2 = device(anne);
        const QString id = a->addCitizen(QStringLiteral("Erik Sletmig"));
        QVERIFY(a->journal().addNote(id, QStringLiteral("slettes efter seks måneder")).ok());
        QVERIFY(a->syncOnce());
        QVERIFY(a2->syncOnce());
        QVERIFY(a2->journal().addNote(id, QStringLiteral("uafsendt")).ok()); // not yet sent
        QVERIFY(m_server->admin().cases().purge(id).ok());
        QCOMPARE(serverEvents(id), 0);

        QVERIFY(a->syncOnce());
        QCOMPARE(a->count(QStringLiteral("SELECT count(*) FROM citizens")), 0);
        QCOMPARE(a->count(QStringLiteral("SELECT count(*) FROM tombstones")), 1);
        // The unsent note is refused ("purged") and goes with the case: deleted means deleted.
        // The consultant is told that a case left the computer.
        QVERIFY(a2->syncOnce());
        QCOMPARE(a2->count(QStringLiteral("SELECT count(*) FROM citizens")), 0);
        QCOMPARE(a2->journal().outboxSize(), 0);
        auto problems = a2->sync().store().problems();
        QStringList kinds;
        for (const SyncProblem& p : problems.value())
            kinds << p.kind;
        QVERIFY2(kinds.contains(QStringLiteral("case-purged")), qPrintable(kinds.join(u',')));
        // Nothing of it comes back, even pushed again on purpose.
        protocol::PushRequest again;
        again.batchId = newId();
        Event e;
        e.id = newId();
        e.type = EventType::CitizenAdded;
        e.subject = id;
        e.author = QStringLiteral("anne");
        e.device = newId();
        e.localTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        e.payload = {{QStringLiteral("name"), QStringLiteral("x")},
                     {QStringLiteral("cpr"), QStringLiteral("0101585999")}};
        again.events << e;
        auto result =
            m_server->admin().cases().push({QString(), QStringLiteral("anne")}, again, {});
        QCOMPARE(result->results.first().reason, protocol::RejectReason::Purged);
    }

    void aRevokedDeviceWipesItsJournalAndKey()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        QTemporaryDir dir;
        MemoryKeyStore keychain;
        JournalAccess access(dir.path(), keychain);
        JournalAccess::InitOptions init;
        init.kdf = KdfProfile::Interactive;
        QVERIFY(access.init(secret("laptop passphrase"), init).ok());
        auto journal = access.unlock(secret("laptop passphrase"));
        QVERIFY(journal.ok());
        QCOMPARE(keychain.entries.size(), 1);
        auto sync = std::make_unique<SyncService>(*journal.value(), Device::fastOptions());
        auto link = EnrollmentLink::from(m_server->url(), m_server->enrollmentCode(anne.username),
                                         m_server->pin());
        QSignalSpy enrolled(sync.get(), &SyncService::enrolled);
        sync->enroll(link.value(), QStringLiteral("lost laptop"));
        QVERIFY(enrolled.wait(10'000));
        QSignalSpy finished(sync.get(), &SyncService::finished);
        sync->login(anne.passphrase, m_server->totp(anne));
        QVERIFY(finished.wait(10'000));
        QVERIFY(journal.value()
                    ->addCitizen(QStringLiteral("Frida Mistet"),
                                 *Cpr::parse(QStringLiteral("010158-5999")))
                    .ok());
        const QString deviceId = sync->store().settings()->deviceId;
        QVERIFY(m_server->admin().accounts().revokeDevice(deviceId, QStringLiteral("test")).ok());

        QSignalSpy revoked(sync.get(), &SyncService::deviceRevoked);
        sync->syncNow();
        QVERIFY(revoked.wait(10'000));
        QCOMPARE(sync->state(), SyncService::State::Revoked);
        // What the window and the CLI do on that signal: close, then wipe.
        sync.reset();
        journal.value().reset();
        QVERIFY(access.wipe().ok());
        QCOMPARE(keychain.entries.size(), 0);
        QVERIFY(!access.exists());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
        // And the server keeps refusing it.
        auto devices = m_server->admin().accounts().devices(QStringLiteral("anne"));
        QVERIFY(devices->first().revoked);
    }

    void aServerRestoredFromBackupGetsBackWhatItLacks_data()
    {
        QTest::addColumn<bool>("administratorSaysSo");
        QTest::addRow("epoch new") << true;
        QTest::addRow("detected from a cursor ahead of the server") << false;
    }
    void aServerRestoredFromBackupGetsBackWhatItLacks()
    {
        QFETCH(bool, administratorSaysSo);
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        auto a = device(anne);
        const QString early = a->addCitizen(QStringLiteral("Gustav Før"));
        QVERIFY(a->syncOnce());
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().backup());
        QVERIFY(m_server->start());
        const QString late = a->addCitizen(QStringLiteral("Gitte Efter"));
        QVERIFY(a->journal().addNote(late, QStringLiteral("efter backup")).ok());
        QVERIFY(a->syncOnce());
        QCOMPARE(serverEvents(late), 2);

        // The disk dies; the backup comes back.
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().restore());
        if (administratorSaysSo)
            QVERIFY(m_server->admin().cases().newEpoch().ok());
        QVERIFY(m_server->start());
        QCOMPARE(serverEvents(late), 0);

        QVERIFY(a->syncUntilComplete(3));
        QCOMPARE(serverEvents(early), 1);
        QCOMPARE(serverEvents(late), 2);
        auto fresh = device(anne);
        QCOMPARE(fresh->eventIds(), a->eventIds());
    }

    void threeFailedLoginsLockTheAccount()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        Device d;
        QVERIFY(d.enroll(*m_server, m_server->enrollmentCode(anne.username)));
        QString message;
        // Two failures a day apart do not lock...
        QVERIFY(!d.login(anne.passphrase + "x", m_server->totp(anne), &message));
        QVERIFY(message.contains(QStringLiteral("Wrong passphrase")));
        m_server->advance(25LL * 3600 * 1000);
        QVERIFY(!d.login(anne.passphrase, QStringLiteral("000000"), &message));
        QVERIFY(!d.login(anne.passphrase + "y", m_server->totp(anne), &message));
        QVERIFY(message.contains(QStringLiteral("Wrong passphrase")));
        // ...the third within 24 hours does.
        QVERIFY(!d.login(anne.passphrase + "z", m_server->totp(anne), &message));
        QVERIFY2(message.contains(QStringLiteral("locked")), qPrintable(message));
        QVERIFY(!d.login(*m_server, anne, &message)); // the right ones, too late
        QVERIFY(message.contains(QStringLiteral("locked")));
        QCOMPARE(d.sync().state(), SyncService::State::Refused);
        // Logged: each failure and the lock.
        QSqlQuery q(m_server->admin().database().db());
        QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log WHERE target = 'anne'"
                                      " ORDER BY seq")));
        QStringList actions;
        while (q.next())
            actions << q.value(0).toString();
        QCOMPARE(actions.count(QStringLiteral("login-failed")), 4);
        QCOMPARE(actions.count(QStringLiteral("account-locked")), 1);
        // The administrator unlocks; the right passphrase and code work again.
        QVERIFY(m_server->admin()
                    .accounts()
                    .setLocked(QStringLiteral("anne"), false, QStringLiteral("test"))
                    .ok());
        QVERIFY2(d.login(*m_server, anne, &message), qPrintable(message));
        QCOMPARE(d.sync().state(), SyncService::State::Idle);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
