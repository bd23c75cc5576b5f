// The devices' access logs on the server (docs/access-log.md), on the backend CTest chose: each
// round sends the entries the server has not got; the holder's other laptop reads them for an
// access package; the server checks every chain and finds an entry changed after it was
// written; a reason is sealed, survives a note's removal and goes with the case's purge; a
// server restored from a backup is sent again what it lost; an unreachable server is said.
#include "SyncHarness.h"
#include "TestSupport.h"
#include "app/core/Translations.h"
#include "retention/RetentionService.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace fortrolig;
using namespace fortrolig::test;

namespace {
const QString kWhy = QStringLiteral("opfølgning qzwxkjv efter samtale"); // sealed on the server
} // namespace

class TestServerAccessLog : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;
    Account m_anne;
    std::unique_ptr<Device> m_office; // where the case is made
    std::unique_ptr<Device> m_home;   // the same consultant's second laptop
    QString m_case;

    QString cli(const QStringList& args, int* code) { return m_server->cli(args, code); }
    static ServerLogExtract fetch(Device& d, const QString& citizen)
    {
        ServerLogExtract out;
        bool done = false;
        QEventLoop loop;
        d.sync().fetchAccessLog(citizen, [&](ServerLogExtract e) {
            out = std::move(e);
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        return out;
    }
    qint64 serverCount(const QString& where, const QVariantList& values = {})
    {
        QSqlQuery q(m_server->admin().database().db());
        q.prepare(QStringLiteral("SELECT count(*) FROM access_log WHERE ") + where);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    // The home laptop looks at the case, saying why, and sends its log.
    void homeLooks()
    {
        QVERIFY(m_home->syncOnce()); // the case arrives (logged as received)
        QVERIFY(m_home->journal().citizen(m_case, kWhy).ok());
        QVERIFY(m_home->syncOnce());
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
        m_anne = m_server->createConsultant(QStringLiteral("anne"));
        m_office = Device::signedIn(*m_server, m_anne);
        m_home = Device::signedIn(*m_server, m_anne);
        QVERIFY(m_office && m_home);
        m_case = m_office->addCitizen(QStringLiteral("Lone Logbog"));
        QVERIFY(m_office->journal().addNote(m_case, QStringLiteral("første møde")).ok());
        QVERIFY(m_office->journal().citizen(m_case, QStringLiteral("forberedelse")).ok());
        QVERIFY(m_office->syncOnce());
    }
    void cleanup()
    {
        m_home.reset();
        m_office.reset();
        m_server.reset();
    }

    void everyEntryOfTheLaptopReachesTheServer()
    {
        auto local = m_office->journal().accessLog();
        QVERIFY(local.ok());
        QVERIFY(local->size() >= 2);
        QCOMPARE(serverCount(QStringLiteral("1 = 1")), qint64(local->size()));
        // Another round with nothing new sends nothing again.
        QVERIFY(m_office->syncOnce());
        const qint64 after = m_office->journal().accessLog()->size();
        QCOMPARE(serverCount(QStringLiteral("1 = 1")), after);
        // Not only the head: every entry, as the laptop wrote it (the hash it chained).
        for (const AccessLogEntry& e : local.value())
            QCOMPARE(serverCount(QStringLiteral("seq = ? AND hash = ?"), {e.seq, e.hash}), 1);
    }

    void theOtherLaptopsUsesComeInTheExtract()
    {
        homeLooks();
        const ServerLogExtract extract = fetch(*m_office, m_case);
        QCOMPARE(extract.state, QStringLiteral("included"));
        bool viewed = false;
        const QString office = m_office->sync().store().settings()->deviceId;
        for (const DeviceLogEntry& u : extract.uses) {
            QVERIFY2(u.device != office, "the laptop's own entries are in its own log");
            QVERIFY(u.intact);
            QCOMPARE(u.entry.citizenId, m_case);
            viewed =
                viewed || (u.entry.action == AccessLog::Action::Viewed && u.entry.reason == kWhy);
        }
        QVERIFY2(viewed, "the home laptop's look, with its reason");
        // In the package, by time, beside the office laptop's own.
        auto package = m_office->journal().accessPackage(m_case, {}, extract);
        QVERIFY(package.ok());
        const QJsonObject log = package->value(QStringLiteral("accessLog")).toObject();
        QCOMPARE(log.value(QStringLiteral("devices")).toArray().size(), 2);
        QCOMPARE(log.value(QStringLiteral("server"))[QStringLiteral("state")].toString(),
                 QStringLiteral("included"));
        QStringList reasons;
        QString last;
        for (const QJsonValue& e : log.value(QStringLiteral("entries")).toArray()) {
            reasons << e[QStringLiteral("reason")].toString();
            QVERIFY(e[QStringLiteral("at")].toString() >= last);
            last = e[QStringLiteral("at")].toString();
        }
        QVERIFY(reasons.contains(kWhy));
        // Reading it is on the server's audit log.
        QVERIFY(!m_server->audit(QStringLiteral("access-log-read")).isEmpty());
    }

    void onlyTheHolderReadsACasesLog()
    {
        Account bo = m_server->createConsultant(QStringLiteral("bo"));
        auto other = Device::signedIn(*m_server, bo);
        QVERIFY(other);
        const ServerLogExtract refused = fetch(*other, m_case);
        QCOMPARE(refused.state, QStringLiteral("not-reached"));
        QVERIFY(refused.uses.isEmpty());
    }

    void theCommandLineShowsEveryDeviceAndChecksEveryChain()
    {
        homeLooks();
        int code = -1;
        const QString shown = cli({QStringLiteral("access-log"), m_case}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(shown.contains(kWhy), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("use(s) of the case")) ||
                shown.contains(QStringLiteral("uses of the case")));
        QString checked = cli({QStringLiteral("access-log"), QStringLiteral("check")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(checked.count(QStringLiteral("intact")), 2); // two laptops
        QVERIFY2(checked.contains(QStringLiteral("no gaps")), qPrintable(checked));
        // An entry changed on the server after the laptop wrote it is found, with a reason
        // or without one (emptying a reason is not a way to hide a change).
        const QString office = m_office->sync().store().settings()->deviceId;
        QSqlQuery q(m_server->admin().database().db());
        auto change = [&](const QString& sql) {
            q.prepare(sql);
            q.addBindValue(office);
            return q.exec();
        };
        QVERIFY(change(QStringLiteral(
            "UPDATE access_log SET consultant = 'mallory' WHERE seq = 1 AND device_id = ?")));
        checked = cli({QStringLiteral("access-log"), QStringLiteral("check")}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(checked.contains(QStringLiteral("CHANGED AFTER WRITING: 1")), qPrintable(checked));
        QCOMPARE(checked.count(QStringLiteral("intact")), 1); // the other laptop's
        QVERIFY(change(QStringLiteral("DELETE FROM access_log WHERE seq = 2 AND device_id = ?")));
        checked = cli({QStringLiteral("access-log"), QStringLiteral("check")}, &code);
        QVERIFY2(checked.contains(QStringLiteral("missing 2-2")), qPrintable(checked));
    }

    void aReasonIsSealedAndGoesWithThePurge()
    {
        homeLooks();
        // Never in the clear on the server.
        QSqlQuery q(m_server->admin().database().db());
        QVERIFY(q.exec(QStringLiteral("SELECT reason FROM access_log WHERE reason IS NOT NULL")));
        int sealed = 0;
        while (q.next()) {
            QVERIFY(!q.value(0).toByteArray().contains(kWhy.toUtf8()));
            QVERIFY(!q.value(0).toByteArray().contains("qzwxkjv"));
            ++sealed;
        }
        QVERIFY(sealed > 0);
        const qint64 entries = serverCount(QStringLiteral("citizen_id = ?"), {m_case});
        int code = -1;
        cli({QStringLiteral("case"), QStringLiteral("purge"), m_case}, &code);
        QCOMPARE(code, 0);
        // The entries stay for the log's period, with the case's internal id only.
        QCOMPARE(serverCount(QStringLiteral("citizen_id = ?"), {m_case}), entries);
        QCOMPARE(serverCount(QStringLiteral("citizen_id = ? AND reason IS NOT NULL"), {m_case}), 0);
        const QString shown = cli({QStringLiteral("access-log"), m_case}, &code);
        QCOMPARE(code, 0);
        QVERIFY(!shown.contains(kWhy));
        const QString checked = cli({QStringLiteral("access-log"), QStringLiteral("check")}, &code);
        QCOMPARE(code, 0); // emptied is not changed
        QVERIFY2(checked.contains(QStringLiteral("(a deleted case)")), qPrintable(checked));
    }

    void aNoteRemovalKeepsTheReasonsReadable()
    {
        homeLooks();
        auto notes = m_office->journal().citizen(m_case);
        QVERIFY(notes.ok() && !notes->notes.isEmpty());
        int code = -1;
        const QString removed = cli({QStringLiteral("note"), QStringLiteral("remove"), m_case,
                                     notes->notes.first().noteId, QStringLiteral("--reference"),
                                     QStringLiteral("KOM-2026-17")},
                                    &code);
        QVERIFY2(code == 0, qPrintable(removed));
        const QString shown = cli({QStringLiteral("access-log"), m_case}, &code);
        QVERIFY2(code == 0, qPrintable(shown));
        QVERIFY2(shown.contains(kWhy), qPrintable(shown)); // sealed again under the new key
    }

    void aRestoredServerIsSentWhatItLost()
    {
        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().backup());
        QVERIFY(m_server->start());
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_office->journal().citizen(m_case, QStringLiteral("look %1").arg(i)).ok());
        QVERIFY(m_office->syncOnce());
        const qint64 all = m_office->journal().accessLog()->size();
        QCOMPARE(serverCount(QStringLiteral("1 = 1")), all);

        m_server->stop();
        m_server->closeAdmin();
        QVERIFY(m_server->store().restore());
        QVERIFY(m_server->admin().cases().newEpoch().ok());
        QVERIFY(m_server->start());
        QVERIFY(serverCount(QStringLiteral("1 = 1")) < all);
        QVERIFY(m_office->syncUntilComplete());
        QCOMPARE(serverCount(QStringLiteral("1 = 1")),
                 qint64(m_office->journal().accessLog()->size()));
        int code = -1;
        const QString checked = cli({QStringLiteral("access-log"), QStringLiteral("check")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(checked.contains(QStringLiteral("no gaps")), qPrintable(checked));
    }

    void theLogIsKeptForItsOwnPeriodOnly()
    {
        const qint64 all = serverCount(QStringLiteral("1 = 1"));
        QVERIFY(all > 0);
        server::RetentionService& r = m_server->admin().retention();
        const int months = r.rules()->accessLogMonths();
        // Not yet on the last day of the period; a dry run deletes nothing.
        auto kept = r.run(QDate::currentDate().addMonths(months), false);
        QVERIFY(kept.ok());
        QCOMPARE(kept->logEntriesPruned, 0);
        auto dry = r.run(QDate::currentDate().addMonths(months).addDays(2), true);
        QVERIFY(dry.ok());
        QCOMPARE(dry->logEntriesPruned, all);
        QCOMPARE(serverCount(QStringLiteral("1 = 1")), all);
        auto pruned = r.run(QDate::currentDate().addMonths(months).addDays(2), false);
        QVERIFY(pruned.ok());
        QCOMPARE(pruned->logEntriesPruned, all);
        QCOMPARE(serverCount(QStringLiteral("1 = 1")), 0);
    }

    void anUnreachableServerIsSaid()
    {
        m_server->stop();
        const ServerLogExtract extract = fetch(*m_office, m_case);
        QCOMPARE(extract.state, QStringLiteral("not-reached"));
        QVERIFY(!extract.why.isEmpty());
        auto package = m_office->journal().accessPackage(m_case, {}, extract);
        QVERIFY(package.ok());
        const QJsonObject log = package->value(QStringLiteral("accessLog")).toObject();
        QCOMPARE(log.value(QStringLiteral("devices")).toArray().size(), 1);
        QCOMPARE(log.value(QStringLiteral("server"))[QStringLiteral("state")].toString(),
                 QStringLiteral("not-reached"));
    }
};

QTEST_GUILESS_MAIN(TestServerAccessLog)
#include "tst_serveraccesslog.moc"
