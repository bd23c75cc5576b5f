// A sync round's states against a real fortrolig-server (on the backend CTest chose): what
// follows a 401, a second 401, a 409 epoch-changed and a cut connection, step by step as
// SyncRound enters them; and that the clock the service is given is the one it reports.
#include "FaultProxy.h"
#include "SyncHarness.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace fortrolig;
using namespace fortrolig::test;

using S = SyncRound::State;
using Path = QList<SyncRound::State>;

class TestSyncRound : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;
    Path m_path; // every state the rounds of the device under test entered
    std::function<void(S)> m_onState;

    SyncOptions tracedOptions()
    {
        SyncOptions o = Device::fastOptions();
        o.onRoundState = [this](S s) {
            m_path << s;
            if (m_onState)
                m_onState(s);
        };
        return o;
    }
    // A device of a new consultant, enrolled (through `url`, if given) and logged in.
    std::unique_ptr<Device> device(SyncOptions options, const QString& url = {})
    {
        return Device::signedIn(*m_server, m_server->createConsultant(QStringLiteral("anne")),
                                options, url);
    }
    int serverEvents(const QString& citizen) { return m_server->eventsOf(citizen); }
    void restartServer()
    {
        m_server->stop();
        m_server->closeAdmin();
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
        m_path.clear();
        m_onState = nullptr;
    }
    void cleanup()
    {
        m_onState = nullptr;
        m_server.reset();
    }

    void aRefusedAccessTokenIsRefreshedOnceAndTheRequestSentAgain()
    {
        auto d = device(tracedOptions());
        const QString id = d->addCitizen(QStringLiteral("Rie Runde"));
        QVERIFY(d->syncOnce());
        m_server->advance(16 * 60 * 1000); // the access token runs out on the server only
        QVERIFY(d->journal().addNote(id, QStringLiteral("efter 401")).ok());
        m_path.clear();
        QVERIFY(d->syncOnce());
        QCOMPARE(m_path, Path({S::Starting, S::Pushing, S::RefreshingToken, S::Pushing, S::Pulling,
                               S::SendingLog, S::Done}));
        QCOMPARE(serverEvents(id), 2);
        QCOMPARE(d->sync().state(), SyncService::State::Idle);
    }

    void aSecondRefusalAfterTheRefreshAsksForALogin()
    {
        auto d = device(tracedOptions());
        d->addCitizen(QStringLiteral("Rie Igen"));
        m_server->advance(16 * 60 * 1000);
        // The push after the refresh finds the fresh token run out as well.
        bool refreshed = false;
        m_onState = [&](S s) {
            if (s == S::RefreshingToken)
                refreshed = true;
            else if (s == S::Pushing && refreshed)
                m_server->advance(16 * 60 * 1000);
        };
        QSignalSpy loginRequired(&d->sync(), &SyncService::loginRequired);
        m_path.clear();
        QVERIFY(!d->syncOnce());
        QCOMPARE(m_path,
                 Path({S::Starting, S::Pushing, S::RefreshingToken, S::Pushing, S::Failed}));
        QCOMPARE(d->sync().state(), SyncService::State::LoginNeeded);
        QCOMPARE(loginRequired.size(), 1);
    }

    void aNewEpochSendsEverythingAgain()
    {
        auto d = device(tracedOptions());
        restartServer(); // a backup before anything was sent
        QVERIFY(m_server->store().backup());
        QVERIFY(m_server->start());
        const QString id = d->addCitizen(QStringLiteral("Rie Epoke"));
        QVERIFY(d->journal().addNote(id, QStringLiteral("før gendannelsen")).ok());
        QVERIFY(d->syncOnce());
        QCOMPARE(serverEvents(id), 2);

        restartServer(); // the backup comes back, in a new epoch
        QVERIFY(m_server->store().restore());
        QVERIFY(m_server->admin().cases().newEpoch().ok());
        QVERIFY(m_server->start());
        QCOMPARE(serverEvents(id), 0);
        m_path.clear();
        // Nothing is left to send, so the pull is the first to hear of the new epoch.
        QVERIFY(d->syncOnce());
        QCOMPARE(m_path, Path({S::Starting, S::Pushing, S::Pulling, S::Restarting, S::Pushing,
                               S::Pulling, S::SendingLog, S::Done}));
        QCOMPARE(serverEvents(id), 2); // both sent again
    }

    void aCutConnectionEndsTheRoundInWaitingAndItIsTriedAgain()
    {
        FaultProxy proxy(m_server->port(), 13);
        QVERIFY(proxy.listen());
        proxy.setEnabled(false);
        SyncOptions options = tracedOptions();
        options.retryFirstMs = 400;
        auto d = device(options, QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()));
        QTRY_COMPARE(d->sync().state(), SyncService::State::Idle); // the login's round
        d->addCitizen(QStringLiteral("Rie Afbrudt"));
        // Every new connection is closed at once, and the one kept open is reset.
        proxy.setFaults({1.0, 1.0, 0, 0, 0});
        proxy.setEnabled(true);

        QList<SyncService::State> endedIn;
        connect(&d->sync(), &SyncService::finished, this, [&] { endedIn << d->sync().state(); });
        QSignalSpy finished(&d->sync(), &SyncService::finished);
        m_path.clear();
        d->sync().syncNow();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(endedIn.first(), SyncService::State::Waiting);
        QCOMPARE(m_path.mid(0, 3), Path({S::Starting, S::Pushing, S::Waiting}));

        // Nobody asks again: the retry comes by itself and gets through.
        proxy.setEnabled(false);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().first().toBool(), 20'000);
        QCOMPARE(d->sync().state(), SyncService::State::Idle);
        QCOMPARE(m_path.last(), S::Done);
    }

    // A large page is applied in parts, the event loop running between them (the window
    // stays responsive), and the result is the same as a page at once: every event, once.
    void aLargePageIsAppliedInPartsWithTheEventLoopBetween()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        SyncOptions sliced = tracedOptions();
        sliced.applySliceMs = 0;                                 // one event per part
        auto reader = Device::signedIn(*m_server, anne, sliced); // before there is anything
        auto writer = Device::signedIn(*m_server, anne);
        const QString id = writer->addCitizen(QStringLiteral("Dele Side"));
        for (int i = 0; i < 40; ++i)
            QVERIFY(writer->journal().addNote(id, QStringLiteral("note %1").arg(i)).ok());
        QVERIFY(writer->syncOnce());
        m_path.clear();
        int turns = 0; // event-loop turns while the page was applied
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, [&] { ++turns; });
        QList<qint64> progress;
        connect(&reader->sync(), &SyncService::progress,
                [&](qint64 done, qint64) { progress << done; });
        ticker.start();
        QVERIFY(reader->syncOnce());
        ticker.stop();
        QCOMPARE(reader->count(QStringLiteral("SELECT count(*) FROM events")), 41);
        QCOMPARE(reader->count(QStringLiteral("SELECT count(*) FROM note_versions")), 40);
        QVERIFY2(progress.size() >= 41, qPrintable(QString::number(progress.size())));
        QVERIFY2(turns >= 40, qPrintable(QString::number(turns)));
        QCOMPARE(m_path.count(S::Done), 1);

        // Nothing is pulled twice: the cursor moved with each part.
        progress.clear();
        QVERIFY(reader->syncOnce());
        QCOMPARE(reader->count(QStringLiteral("SELECT count(*) FROM events")), 41);
    }

    // Stopped half-way through a page (the journal locks): nothing more of it is applied,
    // and the next round goes on from where the stop left it, losing and repeating nothing.
    void aStopHalfWayThroughAPageAppliesNothingMore()
    {
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        SyncOptions sliced = tracedOptions();
        sliced.applySliceMs = 0;
        auto reader = Device::signedIn(*m_server, anne, sliced);
        auto writer = Device::signedIn(*m_server, anne);
        const QString id = writer->addCitizen(QStringLiteral("Halv Vej"));
        for (int i = 0; i < 30; ++i)
            QVERIFY(writer->journal().addNote(id, QStringLiteral("note %1").arg(i)).ok());
        QVERIFY(writer->syncOnce());
        QMetaObject::Connection stopper =
            connect(&reader->sync(), &SyncService::progress, [&](qint64 done, qint64) {
                if (done >= 10)
                    reader->sync().stop();
            });
        reader->sync().syncNow();
        QTRY_COMPARE(reader->sync().state(), SyncService::State::Idle);
        QTest::qWait(100); // any part still queued would run now
        const int applied = reader->count(QStringLiteral("SELECT count(*) FROM events"));
        QVERIFY2(applied >= 10 && applied < 31, qPrintable(QString::number(applied)));
        disconnect(stopper);

        QVERIFY(reader->syncOnce());
        QCOMPARE(reader->count(QStringLiteral("SELECT count(*) FROM events")), 31);
        QCOMPARE(reader->count(QStringLiteral("SELECT count(DISTINCT id) FROM events")), 31);
    }

    void theServicesClockIsTheTimeOfTheLastSync()
    {
        SyncOptions options = tracedOptions();
        const QDateTime fixed(QDate(2031, 3, 4), QTime(9, 15), Qt::OffsetFromUTC, 3600);
        options.clock = [fixed] { return fixed; };
        auto d = device(options);
        d->addCitizen(QStringLiteral("Rie Ur"));
        QVERIFY(d->syncOnce());
        QCOMPARE(d->sync().status().lastSyncAt, fixed);
        QCOMPARE(d->sync().status().lastSyncAt.timeSpec(), Qt::UTC);
        QCOMPARE(d->sync().store().settings()->lastSyncAt, fixed);
        // Stored as it always was: the clock's offset, to the second.
        QCOMPARE(d->count(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'sync.last'"
                                         " AND value = '2031-03-04T09:15:00+01:00'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncRound)
#include "tst_syncround.moc"
