// A sync round's states against a real fortrolig-server (on the backend CTest chose): what
// follows a 401, a second 401, a 409 epoch-changed and a cut connection, step by step as
// SyncRound enters them; and that the clock the service is given is the one it reports.
#include "FaultProxy.h"
#include "SyncHarness.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

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
                               S::Done}));
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
                               S::Pulling, S::Done}));
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

    void theServicesClockIsTheTimeOfTheLastSync()
    {
        SyncOptions options = tracedOptions();
        const QDateTime fixed(QDate(2031, 3, 4), QTime(9, 15), Qt::OffsetFromUTC, 3600);
        options.clock = [fixed] { return fixed; };
        auto d = device(options);
        d->addCitizen(QStringLiteral("Rie Ur"));
        QVERIFY(d->syncOnce());
        QCOMPARE(d->sync().status().lastSyncAt, QStringLiteral("2031-03-04T09:15:00+01:00"));
        QCOMPARE(d->sync().store().settings()->lastSyncAt,
                 QStringLiteral("2031-03-04T09:15:00+01:00"));
    }
};

QTEST_GUILESS_MAIN(TestSyncRound)
#include "tst_syncround.moc"
