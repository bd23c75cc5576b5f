// The programs as an administrator and a consultant use them: `fortrolig-server --data DIR`
// started as its own process (it makes its key and development certificate and prints the
// pin), its subcommands run beside it, and fortrolig-cli's enroll, login, sync, conflict.
#include "SyncHarness.h"
#include "TestSupport.h"
#include "accounts/Totp.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace fortrolig;
using namespace fortrolig::test;

class TestCliSync : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<TestStore> m_store;
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    QString m_pin;
    QHash<QString, QByteArray> m_secrets; // user -> TOTP secret
    QHash<QString, qint64> m_lastStep;

    QStringList storeArgs() const
    {
        QStringList a{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server"))};
        if (m_backend == Backend::Postgres)
            a << QStringLiteral("--database") << m_store->databaseUrl();
        return a;
    }
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env = {})
    {
        QProcess p;
        QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
        e.insert(QStringLiteral("FORTROLIG_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(e);
        p.start(program, args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run admin(const QStringList& args, const QProcessEnvironment& env = {})
    {
        return run(QStringLiteral(FORTROLIG_SERVER), storeArgs() + args, env);
    }
    Run cli(const QString& journal, const QStringList& args, const QByteArray& serverPass = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FORTROLIG_PASSPHRASE"), QStringLiteral("laptop passphrase 1"));
        if (!serverPass.isEmpty())
            e.insert(QStringLiteral("FORTROLIG_SERVER_PASSPHRASE"), QString::fromUtf8(serverPass));
        return run(QStringLiteral(FORTROLIG_CLI),
                   QStringList{QStringLiteral("--journal"), m_dir.filePath(journal)} + args, e);
    }
    QString totp(const QString& user)
    {
        // A fresh code: this step or the next (the server allows a step of drift either way);
        // only a third login of one user in the same half minute waits.
        qint64 step = server::Totp::stepAt(QDateTime::currentSecsSinceEpoch());
        if (step <= m_lastStep.value(user))
            step = m_lastStep.value(user) + 1;
        while (step > server::Totp::stepAt(QDateTime::currentSecsSinceEpoch()) + 1)
            QTest::qWait(1000);
        m_lastStep[user] = step;
        return server::Totp::code(m_secrets.value(user), step);
    }
    void createConsultant(const QString& user)
    {
        QProcessEnvironment pass = QProcessEnvironment::systemEnvironment();
        pass.insert(QStringLiteral("FORTROLIG_CONSULTANT_PASSPHRASE"),
                    QStringLiteral("korrekt hest batteri"));
        const Run created = admin({QStringLiteral("consultant"), QStringLiteral("create"), user,
                                   QStringLiteral("--name"), QStringLiteral("Konsulent")},
                                  pass);
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QString uri = QRegularExpression(QStringLiteral("(otpauth://totp/\\S+)"))
                                .match(created.out)
                                .captured(1);
        const QString base32 = QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret"));
        QVERIFY(!base32.isEmpty());
        // Decode the Base32 secret as an authenticator app does.
        QByteArray secret;
        quint32 buffer = 0;
        int bits = 0;
        for (QChar c : base32) {
            const int v = c.isDigit() ? c.unicode() - '2' + 26 : c.unicode() - 'A';
            buffer = (buffer << 5) | quint32(v);
            bits += 5;
            if (bits >= 8) {
                secret += char((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        m_secrets.insert(user, secret);
    }
    // A journal enrolled with the server and logged in, through the CLI.
    void laptop(const QString& journal, const QString& user = QStringLiteral("anne"))
    {
        if (!m_secrets.contains(user))
            createConsultant(user);
        QCOMPARE(cli(journal, {QStringLiteral("init"), QStringLiteral("--kdf"),
                               QStringLiteral("interactive"), QStringLiteral("--key-store"),
                               QStringLiteral("file")})
                     .code,
                 0);
        const Run code = admin({QStringLiteral("device"), QStringLiteral("enroll-code"), user,
                                QStringLiteral("--server-url"), m_url});
        QCOMPARE(code.code, 0);
        const QString link =
            QRegularExpression(QStringLiteral("link: (\\S+)")).match(code.out).captured(1);
        QVERIFY2(link.startsWith(QStringLiteral("fortrolig://enroll?")), qPrintable(code.out));
        const Run enrolled = cli(journal, {QStringLiteral("enroll"), link});
        QVERIFY2(enrolled.code == 0, qPrintable(enrolled.err));
        const Run in = cli(journal, {QStringLiteral("login"), QStringLiteral("--totp"), totp(user)},
                           "korrekt hest batteri");
        QVERIFY2(in.code == 0, qPrintable(in.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo() << "backend:" << backendName(m_backend);
        m_store = std::make_unique<TestStore>(m_backend);
        QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
        // One command starts a working server.
        m_server.setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FORTROLIG_LANG"), QStringLiteral("en"));
        m_server.setProcessEnvironment(env);
        m_server.start(QStringLiteral(FORTROLIG_SERVER),
                       storeArgs() +
                           QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QString out;
        for (int i = 0; i < 200 && !out.contains(QStringLiteral("listening: ")); ++i) {
            m_server.waitForReadyRead(100);
            out += QString::fromUtf8(m_server.readAllStandardOutput());
        }
        const QString err = QString::fromUtf8(m_server.readAllStandardError());
        m_url =
            QRegularExpression(QStringLiteral("listening: (https://\\S+)")).match(out).captured(1);
        m_pin = QRegularExpression(QStringLiteral("pin: (sha256/\\S+)")).match(out).captured(1);
        QVERIFY2(!m_url.isEmpty() && !m_pin.isEmpty(), qPrintable(out + err));
        QVERIFY(err.contains(QStringLiteral("A new storage key was made")));
        QVERIFY(out.contains(QStringLiteral("A development certificate was made")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("server/server.key"))));
        QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("server/server.key"))) & 0x0077,
                 QFileDevice::Permissions());
        // `pin` prints the same pin without starting anything.
        QVERIFY(admin({QStringLiteral("pin")}).out.contains(m_pin));

        createConsultant(QStringLiteral("anne"));
        QVERIFY(admin({QStringLiteral("consultant"), QStringLiteral("list")})
                    .out.contains(QStringLiteral("anne")));
    }

    void cleanupTestCase()
    {
        m_server.terminate(); // SIGTERM: a clean stop
        QVERIFY(m_server.waitForFinished(10'000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
        const QString log = QString::fromUtf8(m_server.readAllStandardOutput());
        QVERIFY(log.contains(QStringLiteral("Stopped.")));
        // One line per request, no personal data in any of them.
        QVERIFY(log.contains(QStringLiteral("POST /api/v1/push 200")));
        for (const char* secret : {"Testsen", "010158", "cykling", "anne"})
            QVERIFY2(!log.contains(QString::fromUtf8(secret)), secret);
        m_store.reset();
    }

    void serverOptionsAreChecked()
    {
        for (const QString& bad :
             {QStringLiteral("0"), QStringLiteral("many"), QStringLiteral("100000")}) {
            const Run r = admin({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--connections-per-address"), bad});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("--connections-per-address must be 1-")),
                     qPrintable(r.err));
        }
    }

    void enrollLoginAndSyncFromTheCommandLine()
    {
        laptop(QStringLiteral("one"));
        laptop(QStringLiteral("two"));
        const QString id =
            cli(QStringLiteral("one"), {QStringLiteral("citizen"), QStringLiteral("add"),
                                        QStringLiteral("--name"), QStringLiteral("Rasmus Testsen"),
                                        QStringLiteral("--cpr"), QStringLiteral("010158-5999")})
                .out.trimmed();
        const QString note =
            cli(QStringLiteral("one"),
                {QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--citizen"), id,
                 QStringLiteral("--text"), QStringLiteral("Om cykling")})
                .out.trimmed();
        Run status = cli(QStringLiteral("one"), {QStringLiteral("--json"), QStringLiteral("sync"),
                                                 QStringLiteral("status")});
        QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("outbox")).toInt(), 2);
        QCOMPARE(s.value(QStringLiteral("username")).toString(), QStringLiteral("anne"));
        QCOMPARE(cli(QStringLiteral("one"), {QStringLiteral("sync")}).code, 0);
        QCOMPARE(cli(QStringLiteral("two"), {QStringLiteral("sync")}).code, 0);
        QVERIFY(cli(QStringLiteral("two"), {QStringLiteral("search"), QStringLiteral("cykling")})
                    .out.contains(id));

        // Both laptops correct the note offline: a conflict on both, resolved from one.
        cli(QStringLiteral("one"),
            {QStringLiteral("note"), QStringLiteral("correct"), QStringLiteral("--note"), note,
             QStringLiteral("--text"), QStringLiteral("Rettet på den ene")});
        cli(QStringLiteral("two"),
            {QStringLiteral("note"), QStringLiteral("correct"), QStringLiteral("--note"), note,
             QStringLiteral("--text"), QStringLiteral("Rettet på den anden")});
        for (const char* j : {"one", "two", "one"})
            QCOMPARE(cli(QString::fromLatin1(j), {QStringLiteral("sync")}).code, 0);
        const Run listed =
            cli(QStringLiteral("two"),
                {QStringLiteral("--json"), QStringLiteral("conflict"), QStringLiteral("list")});
        const QJsonArray conflicts = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().toObject().value(QStringLiteral("versions")).toArray().size(),
                 2);
        const QString number =
            QString::number(conflicts.first().toObject().value(QStringLiteral("id")).toInt());
        QCOMPARE(cli(QStringLiteral("two"),
                     {QStringLiteral("conflict"), QStringLiteral("resolve"), number,
                      QStringLiteral("--value"), QStringLiteral("Begge dele")})
                     .code,
                 0);
        QCOMPARE(cli(QStringLiteral("two"), {QStringLiteral("sync")}).code, 0);
        QCOMPARE(cli(QStringLiteral("one"), {QStringLiteral("sync")}).code, 0);
        QVERIFY(cli(QStringLiteral("one"), {QStringLiteral("conflict"), QStringLiteral("list")})
                    .out.trimmed()
                    .isEmpty());

        // The administrator works beside the running server (the same database file).
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(admin({QStringLiteral("device"), QStringLiteral("enroll-code"),
                            QStringLiteral("anne")})
                         .code,
                     0);
            QCOMPARE(cli(QStringLiteral("one"), {QStringLiteral("note"), QStringLiteral("add"),
                                                 QStringLiteral("--citizen"), id,
                                                 QStringLiteral("--text"), QStringLiteral("mere")})
                         .code,
                     0);
            QCOMPARE(cli(QStringLiteral("one"), {QStringLiteral("sync")}).code, 0);
        }
        QVERIFY(admin({QStringLiteral("case"), QStringLiteral("list")}).out.contains(id));
        QCOMPARE(cli(QStringLiteral("one"), {QStringLiteral("verify")}).code, 0);
    }

    // A damaged laptop journal: recovered, it syncs; what it had not sent reaches the server,
    // and a page of the event log that was lost comes back from the server.
    void aRecoveredJournalSyncsBothWays_data()
    {
        QTest::addColumn<QString>("hit"); // the table the damaged page must belong to
        QTest::newRow("notes") << QStringLiteral("note_versions");
        QTest::newRow("events") << QStringLiteral("events");
    }
    void aRecoveredJournalSyncsBothWays()
    {
        QFETCH(QString, hit);
        const QString name = QStringLiteral("rescue-") + hit;
        const QString user =
            hit == QStringLiteral("events") ? QStringLiteral("ev") : QStringLiteral("nv");
        laptop(name, user);
        laptop(name + QStringLiteral("-other"), user);
        const QString id = cli(name, {QStringLiteral("citizen"), QStringLiteral("add"),
                                      QStringLiteral("--name"), QStringLiteral("Rikke Redningsen"),
                                      QStringLiteral("--cpr"), QStringLiteral("010158-5999")})
                               .out.trimmed();
        auto addNote = [&](const QString& text) {
            QCOMPARE(cli(name, {QStringLiteral("note"), QStringLiteral("add"),
                                QStringLiteral("--citizen"), id, QStringLiteral("--text"),
                                text + QLatin1Char(' ') + QString(400, QLatin1Char('x'))})
                         .code,
                     0);
        };
        for (int i = 0; i < 30; ++i)
            addNote(QStringLiteral("Synkroniseret note %1").arg(i));
        QCOMPARE(cli(name, {QStringLiteral("sync")}).code, 0);
        for (int i = 0; i < 3; ++i)
            addNote(QStringLiteral("Ikke sendt note %1").arg(i)); // offline

        // A copy with a byte flipped in a page of `hit` (and of nothing the rescue needs).
        const QString journal = m_dir.filePath(name);
        const QString copy = m_dir.filePath(name + QStringLiteral("-damaged"));
        const qint64 pages = QFileInfo(journal + QStringLiteral("/journal.db")).size() / 4096;
        bool found = false;
        for (qint64 page = pages - 1; page > 2 && !found; --page) {
            QDir(copy).removeRecursively();
            QDir().mkpath(copy);
            for (const QString& f : QDir(journal).entryList(QDir::Files))
                QFile::copy(journal + QLatin1Char('/') + f, copy + QLatin1Char('/') + f);
            QVERIFY(flipByte(copy + QStringLiteral("/journal.db"), page * 4096 + 100, 0x5a));
            const Run verify = cli(name + QStringLiteral("-damaged"), {QStringLiteral("verify")});
            QCOMPARE(verify.code, 4);
            const QString unreadable = verify.err.section(QStringLiteral("cannot be read: "), 1)
                                           .section(QLatin1Char(')'), 0, 0);
            const QStringList tables = unreadable.split(QStringLiteral(", "));
            found = tables.contains(hit) && !tables.contains(QStringLiteral("outbox")) &&
                    !tables.contains(QStringLiteral("meta")) &&
                    (hit == QStringLiteral("events") || !tables.contains(QStringLiteral("events")));
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no page of ") + hit));
        QFile::remove(copy + QStringLiteral("/journal.db.damaged")); // as found, not verified
        const QString rescued = name + QStringLiteral("-rescued");
        const Run recovered = cli(name + QStringLiteral("-damaged"),
                                  {QStringLiteral("--json"), QStringLiteral("recover"),
                                   QStringLiteral("--to"), m_dir.filePath(rescued)});
        QVERIFY2(recovered.code == 0, qPrintable(recovered.err));
        // Unsent changes whose events were lost are said, and are all that the server misses.
        const int unsentLost = QJsonDocument::fromJson(recovered.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("unsentLost"))
                                   .toInt();
        if (hit == QStringLiteral("note_versions"))
            QCOMPARE(unsentLost, 0);

        // The rescued journal is the same laptop to the server: it syncs, fully.
        const Run synced = cli(rescued, {QStringLiteral("sync")});
        QVERIFY2(synced.code == 0, qPrintable(synced.err + synced.out));
        const Run problems = cli(rescued, {QStringLiteral("sync"), QStringLiteral("problems")});
        QVERIFY2(problems.out.trimmed().isEmpty(), qPrintable(problems.out));
        auto notesOf = [&](const QString& journalName) {
            const Run shown = cli(journalName, {QStringLiteral("--json"), QStringLiteral("citizen"),
                                                QStringLiteral("show"), id});
            return QJsonDocument::fromJson(shown.out.toUtf8())
                .object()
                .value(QStringLiteral("notes"))
                .toArray()
                .size();
        };
        QCOMPARE(notesOf(rescued), 33);
        QCOMPARE(cli(rescued, {QStringLiteral("verify")}).code, 0);
        // What had not been sent before the damage reached the server.
        QCOMPARE(cli(name + QStringLiteral("-other"), {QStringLiteral("sync")}).code, 0);
        QCOMPARE(notesOf(name + QStringLiteral("-other")), 33 - unsentLost);
    }

    void aRefusedChangeMeansNotInSync()
    {
        laptop(QStringLiteral("three"), QStringLiteral("bo"));
        const QString id =
            cli(QStringLiteral("three"), {QStringLiteral("citizen"), QStringLiteral("add"),
                                          QStringLiteral("--name"), QStringLiteral("Sofie Testsen"),
                                          QStringLiteral("--cpr"), QStringLiteral("010158-5999")})
                .out.trimmed();
        QCOMPARE(cli(QStringLiteral("three"), {QStringLiteral("sync")}).code, 0);
        // The case is deleted on the server while a change is on its way.
        cli(QStringLiteral("three"),
            {QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--citizen"), id,
             QStringLiteral("--text"), QStringLiteral("for sent")});
        QCOMPARE(admin({QStringLiteral("case"), QStringLiteral("purge"), id}).code, 0);
        const Run sync = cli(QStringLiteral("three"), {QStringLiteral("sync")});
        QCOMPARE(sync.code, 0); // the case is gone everywhere: server and laptop agree
        const Run problems =
            cli(QStringLiteral("three"), {QStringLiteral("sync"), QStringLiteral("problems")});
        QVERIFY2(problems.out.contains(QStringLiteral("deleted on the server")),
                 qPrintable(problems.out));
        QVERIFY(cli(QStringLiteral("three"), {QStringLiteral("citizen"), QStringLiteral("list")})
                    .out.trimmed()
                    .isEmpty());
    }

    void theScanOfAMovedCaseCanBeSavedFromTheCommandLine()
    {
        laptop(QStringLiteral("four"), QStringLiteral("di"));
        const QString id =
            cli(QStringLiteral("four"), {QStringLiteral("citizen"), QStringLiteral("add"),
                                         QStringLiteral("--name"), QStringLiteral("Ulla Testsen"),
                                         QStringLiteral("--cpr"), QStringLiteral("010158-5999")})
                .out.trimmed();
        const QString course =
            cli(QStringLiteral("four"),
                {QStringLiteral("course"), QStringLiteral("add"), QStringLiteral("--citizen"), id,
                 QStringLiteral("--municipality"), QStringLiteral("Testby Kommune"),
                 QStringLiteral("--type"), QStringLiteral("afklaringsforløb"),
                 QStringLiteral("--start"), QStringLiteral("2026-01-05")})
                .out.trimmed();
        const QByteArray content = "%PDF-1.4 synthetic scan of a signed consent";
        QFile scan(m_dir.filePath(QStringLiteral("paper.pdf")));
        QVERIFY(scan.open(QIODevice::WriteOnly) && scan.write(content) == content.size());
        scan.close();
        QCOMPARE(cli(QStringLiteral("four"),
                     {QStringLiteral("consent"), QStringLiteral("record-paper"),
                      QStringLiteral("--citizen"), id, QStringLiteral("--course"), course,
                      QStringLiteral("--signer"), QStringLiteral("Ulla Testsen"),
                      QStringLiteral("--scan"), scan.fileName(), QStringLiteral("--grant"),
                      QStringLiteral("akasse=ordinary")})
                     .code,
                 0);
        QCOMPARE(cli(QStringLiteral("four"), {QStringLiteral("sync")}).code, 0);
        QCOMPARE(
            admin({QStringLiteral("case"), QStringLiteral("assign"), id, QStringLiteral("anne")})
                .code,
            0);
        QCOMPARE(cli(QStringLiteral("four"), {QStringLiteral("sync")}).code, 0);
        const Run problems =
            cli(QStringLiteral("four"),
                {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("problems")});
        qint64 kept = 0;
        for (const QJsonValue& p : QJsonDocument::fromJson(problems.out.toUtf8()).array()) {
            if (p.toObject().value(QStringLiteral("kind")).toString() ==
                QStringLiteral("scan-kept"))
                kept = p.toObject().value(QStringLiteral("id")).toInteger();
        }
        QVERIFY2(kept > 0, qPrintable(problems.out));
        const QString target = m_dir.filePath(QStringLiteral("for-anne.pdf"));
        const Run saved =
            cli(QStringLiteral("four"),
                {QStringLiteral("sync"), QStringLiteral("problems"), QStringLiteral("--save"),
                 QString::number(kept), QStringLiteral("--to"), target});
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        QFile out(target);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), content);
    }

    void aRevokedLaptopWipesItselfAndSaysSo()
    {
        laptop(QStringLiteral("lost"), QStringLiteral("cy"));
        cli(QStringLiteral("lost"), {QStringLiteral("citizen"), QStringLiteral("add"),
                                     QStringLiteral("--name"), QStringLiteral("Tove Testsen"),
                                     QStringLiteral("--cpr"), QStringLiteral("010158-5999")});
        const Run list =
            admin({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("cy")});
        const QString device = QRegularExpression(QStringLiteral("([0-9a-f-]{36})\\tcy\\t"))
                                   .match(list.out.trimmed())
                                   .captured(1);
        QVERIFY2(!device.isEmpty(), qPrintable(list.out));
        QCOMPARE(admin({QStringLiteral("device"), QStringLiteral("revoke"), device}).code, 0);
        const Run sync = cli(QStringLiteral("lost"), {QStringLiteral("sync")});
        QCOMPARE(sync.code, 3);
        QVERIFY2(sync.err.contains(QStringLiteral("revoked")) &&
                     sync.err.contains(QStringLiteral("deleted")),
                 qPrintable(sync.err));
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("lost"))).entryList(QDir::Files),
                 QStringList());
        QCOMPARE(cli(QStringLiteral("lost"), {QStringLiteral("verify")}).code,
                 1); // no journal there
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
