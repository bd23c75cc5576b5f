// What someone who reads the server's database learns, on the backend CTest chose: a real
// device pushes a citizen with a canary CPR number and name, a corrected CPR number and a
// canary note; then every column of every table (as stored and as text), the store's files
// (the SQLCipher file; the PostgreSQL cluster's files, WAL and log) are searched for the
// canaries in any common encoding and for the unkeyed hashes a reader could test guesses
// against; the CPR numbers are guessed from the tables alone, as a reader would; sealed sizes
// are compared; and a schema-1 store is upgraded. All data is synthetic.
#include "SyncHarness.h"
#include "TestSupport.h"
#include "app/journal/EventRules.h"
#include "app/sync/Protocol.h"
#include "keys/ServerKey.h"
#include "store/ServerDatabase.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <sodium.h>

#include <memory>

using namespace fortrolig;
using namespace fortrolig::test;
using Status = protocol::PushResult::Status;

namespace {

// Made up, and born in the 1800s (7th digit 5-8, year above 57): nobody on a caseload today.
const char* const kCanaryCpr = "170362-7183";
const char* const kCorrectedCpr = "281163-6011";
const QString kCanaryName = QStringLiteral("Kanarie Fuglsang Prøvesen");
const QString kCanaryNote = QStringLiteral("Kanarienotat: samtale om skovarbejde ved Vesterbølle");

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// What schema 1 stored as events.content_hash: SHA-256 of the whole event, no key.
QByteArray unkeyedDigest(const Event& e)
{
    return sha256(QJsonDocument(protocol::encodeEvent(e)).toJson(QJsonDocument::Compact));
}

// One value found in the store, or one file's bytes.
struct Cell
{
    QString where;
    QByteArray bytes;
};

// Something a reader must not find, in the forms they could look for it.
struct Needle
{
    QString what;
    QByteArray bytes;
};

QList<Needle> textForms(const QString& what, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray utf16le, utf16be;
    for (QChar c : text) {
        utf16le += char(c.unicode() & 0xff);
        utf16le += char(c.unicode() >> 8);
        utf16be += char(c.unicode() >> 8);
        utf16be += char(c.unicode() & 0xff);
    }
    return {{what + QStringLiteral(" (UTF-8)"), utf8},
            {what + QStringLiteral(" (UTF-16LE)"), utf16le},
            {what + QStringLiteral(" (UTF-16BE)"), utf16be},
            {what + QStringLiteral(" (hex)"), utf8.toHex()},
            {what + QStringLiteral(" (base64)"), utf8.toBase64()},
            {what + QStringLiteral(" (base64url)"),
             utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
            {what + QStringLiteral(" (percent-encoded)"), QUrl::toPercentEncoding(text)}};
}

QList<Needle> digestForms(const QString& what, const QByteArray& digest)
{
    return {{what + QStringLiteral(" (raw)"), digest},
            {what + QStringLiteral(" (hex)"), digest.toHex()},
            {what + QStringLiteral(" (base64)"), digest.toBase64()}};
}

// The first needle found in any cell, as "what in where"; empty if none. Case is ignored.
QString findAny(const QList<Cell>& cells, const QList<Needle>& needles)
{
    QList<QByteArray> lower;
    for (const Needle& n : needles)
        lower << n.bytes.toLower();
    for (const Cell& c : cells) {
        const QByteArray hay = c.bytes.toLower();
        for (qsizetype i = 0; i < needles.size(); ++i) {
            if (hay.contains(lower.at(i)))
                return needles.at(i).what + QStringLiteral(" in ") + c.where;
        }
    }
    return {};
}

// The payload sealing of the server (XChaCha20-Poly1305, nonce first, the event id as
// associated data), written out here so that the test depends on the stored format only.
QByteArray sealRaw(const SecureBytes& key, const QByteArray& plain, const QByteArray& ad)
{
    constexpr auto npub = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(qsizetype(npub + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                   '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, npub);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + npub, &length, reinterpret_cast<const unsigned char*>(plain.constData()),
        std::size_t(plain.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        std::size_t(ad.size()), nullptr, nonce, key.data());
    return out;
}

QByteArray openRaw(const SecureBytes& key, const QByteArray& sealed, const QByteArray& ad)
{
    constexpr auto npub = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    const qsizetype overhead = npub + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() < overhead)
        return {};
    QByteArray out(sealed.size() - overhead, '\0');
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(out.data()), &length, nullptr, nonce + npub,
            std::size_t(sealed.size()) - npub, reinterpret_cast<const unsigned char*>(ad.data()),
            std::size_t(ad.size()), nonce, key.data()) != 0)
        return {};
    // Padding (0x80 then zeros), if any: JSON never ends in either byte.
    qsizetype end = out.size();
    while (end > 0 && out.at(end - 1) == '\0')
        --end;
    if (end > 0 && quint8(out.at(end - 1)) == 0x80)
        out.truncate(end - 1);
    return out;
}

// A reader's guess: the event rebuilt from its clear columns with a guessed payload.
QString guessedHash(const QVariantList& row, const QJsonObject& payload)
{
    Event e;
    e.id = row.at(0).toString();
    e.subject = row.at(1).toString();
    e.type = row.at(2).toString();
    e.author = row.at(3).toString();
    e.device = row.at(4).toString();
    e.localTime = row.at(5).toString();
    e.schemaVersion = row.at(6).toInt();
    e.payload = payload;
    return QString::fromLatin1(unkeyedDigest(e).toHex());
}

QStringList serials(const QString& birth) // every CPR number of one birth date
{
    QStringList out;
    for (int i = 0; i < 10'000; ++i)
        out << birth + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
    return out;
}

} // namespace

class TestDatabaseReader : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    std::unique_ptr<ServerFixture> m_server;
    Account m_anne;
    std::unique_ptr<Device> m_laptop;
    QString m_citizen;

    std::unique_ptr<server::ServerDatabase> openStore()
    {
        auto db = server::ServerDatabase::open(
            m_server->store().location(), server::ServerKey::databaseKey(m_server->masterKey()),
            false);
        if (!db.ok())
            qFatal("store: %s", qPrintable(db.error().message()));
        return std::move(db.value());
    }
    static QVariantList values(QSqlDatabase db, const QString& sql)
    {
        QVariantList out;
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next())
            out << q.value(0);
        return out;
    }
    // Every value of every column of every table, as stored and as the database's text.
    QList<Cell> dumpColumns()
    {
        auto store = openStore();
        QSqlDatabase db = store->db();
        const bool pg = m_backend == Backend::Postgres;
        QList<QPair<QString, QString>> columns; // table, column
        QSqlQuery q(db);
        if (pg) {
            q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                                  " WHERE table_schema = current_schema()"));
            while (q.next())
                columns << qMakePair(q.value(0).toString(), q.value(1).toString());
        } else {
            for (const QVariant& t : values(db, QStringLiteral("SELECT name FROM sqlite_master"
                                                               " WHERE type = 'table'"))) {
                QSqlQuery info(db);
                info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(t.toString()));
                while (info.next())
                    columns << qMakePair(t.toString(), info.value(1).toString());
            }
        }
        QList<Cell> cells;
        for (const auto& [table, column] : columns) {
            QSqlQuery v(db);
            const QString sql = QStringLiteral("SELECT \"%1\", CAST(\"%1\" AS TEXT) FROM \"%2\"")
                                    .arg(column, table);
            if (!v.exec(sql))
                qFatal("%s", qPrintable(v.lastError().text()));
            while (v.next()) {
                const QString where = table + QLatin1Char('.') + column;
                const QVariant raw = v.value(0);
                if (raw.typeId() == QMetaType::QByteArray)
                    cells << Cell{where, raw.toByteArray()};
                cells << Cell{where, raw.toString().toUtf8()}
                      << Cell{where, v.value(1).toString().toUtf8()};
            }
        }
        qInfo() << columns.size() << "columns," << cells.size() << "values";
        return cells;
    }
    // The bytes of the store's files: the SQLCipher folder, or the whole PostgreSQL cluster
    // (tables, WAL, its log) after a checkpoint.
    QList<Cell> dumpFiles()
    {
        QString root = m_server->store().dataDir();
        if (m_backend == Backend::Postgres) {
            QSqlQuery(openStore()->db()).exec(QStringLiteral("CHECKPOINT"));
            QFile dataDir(QFileInfo(qEnvironmentVariable("FORTROLIG_TEST_PG"))
                              .dir()
                              .filePath(QStringLiteral("data_dir")));
            if (!dataDir.open(QIODevice::ReadOnly))
                qFatal("no data_dir of the PostgreSQL test cluster");
            root = QString::fromUtf8(dataDir.readAll()).trimmed();
        }
        QList<Cell> files;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                files << Cell{f.fileName(), f.readAll()};
        }
        qInfo() << files.size() << "files under" << root;
        return files;
    }
    std::unique_ptr<Device> device(const Account& account)
    {
        auto d = std::make_unique<Device>();
        QString message;
        if (!d->enroll(*m_server, m_server->enrollmentCode(account.username), &message))
            qWarning() << "enroll:" << message;
        if (!d->login(*m_server, account, &message))
            qWarning() << "login:" << message;
        return d;
    }
    // The events as the server hands them out (what was pushed).
    QList<Event> serverEvents()
    {
        QList<Event> out;
        auto page = m_server->admin().cases().changes(m_anne.username, 0, 1000);
        if (!page.ok())
            qFatal("changes: %s", qPrintable(page.error().message()));
        for (const protocol::ChangeItem& i : page->items) { // payloads as stored: sent as they are
            Event e = i.event;
            e.payload = QJsonDocument::fromJson(i.payloadJson).object();
            out << e;
        }
        return out;
    }
    // events rows: id, citizen_id, type, author, device, local_time, schema_version,
    // content_hash, as a reader sees them.
    QList<QVariantList> eventRows()
    {
        auto store = openStore();
        QSqlQuery q(store->db());
        q.exec(QStringLiteral("SELECT id, citizen_id, type, author, device, local_time,"
                              " schema_version, content_hash FROM events ORDER BY seq"));
        QList<QVariantList> rows;
        while (q.next()) {
            QVariantList r;
            for (int i = 0; i < 8; ++i)
                r << q.value(i);
            rows << r;
        }
        return rows;
    }

    // Rewrites the store as schema 1 wrote it: unkeyed content hashes, unpadded payloads,
    // object ids as they are. `pushed`: the events as they were pushed.
    void makeSchema1(const QList<Event>& pushed)
    {
        m_server->stop();
        // Since schema 3 a payload is sealed under its case's key (after a 4-byte marker).
        const SecureBytes caseKey = m_server->admin().caseKeys().copyForTest(m_citizen);
        QCOMPARE(caseKey.size(), std::size_t(32));
        m_server->closeAdmin();
        auto store = openStore();
        QSqlDatabase db = store->db();
        const SecureBytes sealing = server::ServerKey::sealingKey(m_server->masterKey());
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        for (const Event& e : pushed) {
            q.prepare(QStringLiteral("SELECT payload FROM events WHERE id = ?"));
            q.addBindValue(e.id);
            QVERIFY(q.exec() && q.next());
            const QByteArray stored = q.value(0).toByteArray();
            QVERIFY(stored.startsWith(QByteArrayLiteral("\0ck1")));
            QVERIFY(openRaw(sealing, stored.mid(4), e.id.toLatin1()).isEmpty());
            const QByteArray plain = openRaw(caseKey, stored.mid(4), e.id.toLatin1());
            QCOMPARE(QJsonDocument::fromJson(plain).object(), e.payload);
            q.prepare(QStringLiteral("UPDATE events SET payload = ?, content_hash = ?"
                                     " WHERE id = ?"));
            q.addBindValue(sealRaw(sealing, plain, e.id.toLatin1()));
            q.addBindValue(QString::fromLatin1(unkeyedDigest(e).toHex()));
            q.addBindValue(e.id);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("DELETE FROM objects")));
        for (const Event& e : pushed) {
            const auto shape = EventRules::shapeOf(e);
            for (const EventRules::ObjectRef& o : shape->creates) {
                q.prepare(QStringLiteral("INSERT INTO objects (id, kind, citizen_id, parent)"
                                         " VALUES (?, ?, ?, ?)"));
                for (const QString& v : {o.id, o.kind, e.subject, o.parent})
                    q.addBindValue(v.isNull() ? QString(QLatin1String("")) : v); // not NULL
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        // Schema 1 had no retention tables (schema 4 adds them), removed notes (5), removed
        // parts of cases (6), the register of municipalities (7), requests (8), restrictions
        // (9) nor the devices' access logs (10).
        for (const char* table : {"retention_rules", "case_courses", "case_holds", "removed_notes",
                                  "removed_parts", "municipalities", "case_requests",
                                  "case_restrictions", "access_log", "access_log_devices"})
            QVERIFY(q.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table)));
        QVERIFY(q.exec(QStringLiteral("UPDATE server_meta SET value = '1' WHERE key = 'schema'")));
        QVERIFY(db.commit());
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
        // A citizen, their CPR number corrected, a note: what a consultant's laptop pushes.
        m_anne = m_server->createConsultant(QStringLiteral("anne"));
        m_laptop = device(m_anne);
        m_citizen = m_laptop->addCitizen(kCanaryName, kCanaryCpr);
        QVERIFY(!m_citizen.isEmpty());
        QVERIFY(m_laptop->journal()
                    .correctCitizen(m_citizen, QStringLiteral("cpr"),
                                    QString::fromLatin1(kCorrectedCpr))
                    .ok());
        QVERIFY(m_laptop->journal().addNote(m_citizen, kCanaryNote).ok());
        QVERIFY(m_laptop->syncOnce());
        QCOMPARE(m_laptop->journal().outboxSize(), 0);
    }
    void cleanup()
    {
        m_laptop.reset();
        m_server.reset();
    }

    void noCanaryInAnyColumnOrFile()
    {
        const QList<Event> pushed = serverEvents();
        QCOMPARE(pushed.size(), 3);
        QList<Needle> needles;
        for (const char* cpr : {kCanaryCpr, kCorrectedCpr}) {
            const QString formatted = QString::fromLatin1(cpr);
            const QString digits = QString(formatted).remove(QLatin1Char('-'));
            needles += textForms(QStringLiteral("CPR number"), formatted);
            needles += textForms(QStringLiteral("CPR number"), digits);
            for (const QString& form : {formatted, digits})
                needles +=
                    digestForms(QStringLiteral("SHA-256 of a CPR number"), sha256(form.toUtf8()));
        }
        needles += textForms(QStringLiteral("name"), kCanaryName);
        needles += digestForms(QStringLiteral("SHA-256 of the name"), sha256(kCanaryName.toUtf8()));
        needles += textForms(QStringLiteral("note"), kCanaryNote);
        // The unkeyed hash of an event is a form of its payload too: whoever can guess the
        // payload can check the guess against it.
        for (const Event& e : pushed)
            needles += digestForms(QStringLiteral("unkeyed hash of a ") + e.type +
                                       QStringLiteral(" event"),
                                   unkeyedDigest(e));

        // The search finds what is there: the citizen's internal id is in the clear in the
        // tables, and in PostgreSQL's files (SQLCipher's are encrypted).
        const QList<Needle> citizenId{{QStringLiteral("citizen id"), m_citizen.toLatin1()}};
        const QList<Cell> cells = dumpColumns();
        QVERIFY(!findAny(cells, citizenId).isEmpty());
        // No canary in any value, nor which of the citizen's details was corrected (the ids of
        // field versions end in the field's name; looked for in the values only: in the
        // cluster's tens of MB of files, 4 bytes might match by chance).
        const Needle field{QStringLiteral("the corrected field"), QByteArrayLiteral(":cpr")};
        QString found = findAny(cells, needles + QList<Needle>{field});
        QVERIFY2(found.isEmpty(), qPrintable(found));
        m_server->stop();
        m_server->closeAdmin();
        const QList<Cell> files = dumpFiles();
        QCOMPARE(findAny(files, citizenId).isEmpty(), m_backend == Backend::SqlCipher);
        found = findAny(files, needles);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }

    void cprCannotBeGuessedFromTheTables()
    {
        // A reader's attack: every events row rebuilt from its clear columns, with each
        // candidate payload, hashed, and compared with every value the store holds. The
        // candidates: every serial of the canaries' birth dates (a real attack tries every
        // date too, some 4 * 10^8 candidates: seconds), the supersedes from the case's events.
        const QList<QVariantList> rows = eventRows();
        QCOMPARE(rows.size(), 3);
        QStringList candidates =
            serials(QStringLiteral("170362")) + serials(QStringLiteral("281163"));
        const QStringList names{QStringLiteral("Jens Hansen"), kCanaryName,
                                QStringLiteral("Mette Nielsen")};
        auto attack = [&](const QSet<QString>& stored) {
            QStringList recovered;
            for (const QVariantList& row : rows) {
                const QString type = row.at(2).toString();
                for (const QString& cpr : candidates) {
                    if (type == EventType::CitizenAdded) {
                        for (const QString& name : names) {
                            if (stored.contains(guessedHash(row, {{QStringLiteral("cpr"), cpr},
                                                                  {QStringLiteral("name"), name}})))
                                recovered << cpr;
                        }
                    } else if (type == EventType::CitizenCorrected) {
                        for (const QVariantList& other : rows) {
                            const QJsonObject p{
                                {QStringLiteral("field"), QStringLiteral("cpr")},
                                {QStringLiteral("value"), cpr},
                                {QStringLiteral("supersedes"), other.at(0).toString()}};
                            if (other.at(1) == row.at(1) && stored.contains(guessedHash(row, p)))
                                recovered << cpr;
                        }
                    }
                }
            }
            return recovered;
        };
        // The attack works: against the unkeyed hashes it finds both numbers.
        QSet<QString> unkeyed;
        for (const Event& e : serverEvents())
            unkeyed << QString::fromLatin1(unkeyedDigest(e).toHex());
        QCOMPARE(attack(unkeyed),
                 (QStringList{QStringLiteral("1703627183"), QStringLiteral("2811636011")}));
        // Against everything the store holds, it finds nothing.
        QSet<QString> stored;
        for (const Cell& c : dumpColumns())
            stored << QString::fromUtf8(c.bytes).toLower();
        QCOMPARE(attack(stored), QStringList());
    }

    void sealedSizesDoNotTellLengths()
    {
        // Names of 2 and 40 letters, notes of 4 and 150: the sealed payloads are as long.
        const QString shortCitizen = m_laptop->addCitizen(QStringLiteral("Bo"));
        const QString longCitizen = m_laptop->addCitizen(QString(40, QLatin1Char('x')));
        QVERIFY(m_laptop->journal().addNote(shortCitizen, QStringLiteral("kort")).ok());
        QVERIFY(m_laptop->journal().addNote(longCitizen, QString(150, QLatin1Char('y'))).ok());
        QVERIFY(m_laptop->syncOnce());
        auto store = openStore();
        for (const QString& type : {EventType::CitizenAdded, EventType::NoteAdded}) {
            QSqlQuery q(store->db());
            q.prepare(QStringLiteral("SELECT DISTINCT length(payload) FROM events WHERE type = ?"
                                     " AND citizen_id IN (?, ?)"));
            for (const QString& v : {type, shortCitizen, longCitizen})
                q.addBindValue(v);
            QVERIFY(q.exec());
            int sizes = 0;
            while (q.next())
                ++sizes;
            QCOMPARE(sizes, 1);
        }
    }

    void schema1IsUpgraded_data()
    {
        QTest::addColumn<bool>("byServer");
        QTest::newRow("Server::start") << true;
        QTest::newRow("Admin::open") << false;
    }
    void schema1IsUpgraded()
    {
        QFETCH(bool, byServer);
        const QList<Event> pushed = serverEvents();
        QCOMPARE(pushed.size(), 3);
        makeSchema1(pushed);
        if (QTest::currentTestFailed())
            return;
        if (byServer)
            QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        else
            m_server->admin(); // opens the store: migrates

        auto store = openStore();
        QCOMPARE(values(store->db(),
                        QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'")),
                 QVariantList{QStringLiteral("11")}); // and on, to the newest
        // Through schema 2 to 3: every payload sealed under the case's key, none under the
        // storage key's sealing key any more.
        const SecureBytes sealing = server::ServerKey::sealingKey(m_server->masterKey());
        for (const QVariant& p :
             values(store->db(), QStringLiteral("SELECT payload FROM events"))) {
            QVERIFY(p.toByteArray().startsWith(QByteArrayLiteral("\0ck1")));
            QVERIFY(openRaw(sealing, p.toByteArray(), {}).isEmpty());
        }
        QSet<QString> hashes;
        for (const QVariantList& row : eventRows())
            hashes << row.at(7).toString();
        QCOMPARE(hashes.size(), 3);
        for (const Event& e : pushed)
            QVERIFY(!hashes.contains(QString::fromLatin1(unkeyedDigest(e).toHex())));
        QSet<QString> objectIds;
        for (const QVariant& id : values(store->db(), QStringLiteral("SELECT id FROM objects")))
            objectIds << id.toString();
        for (const Event& e : pushed) {
            const auto shape = EventRules::shapeOf(e);
            for (const EventRules::ObjectRef& o : shape->creates)
                QVERIFY2(!objectIds.contains(o.id), qPrintable(o.kind));
        }
        store.reset();

        // What the upgraded store holds still opens, and still tells a re-sent event from a
        // different one with the same id, and finds the objects events refer to.
        if (!byServer)
            QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        const QList<Event> upgraded = serverEvents();
        QCOMPARE(upgraded.size(), 3);
        for (int i = 0; i < pushed.size(); ++i)
            QCOMPARE(upgraded.at(i).payload, pushed.at(i).payload);
        const server::Principal who{newId(), m_anne.username};
        protocol::PushRequest again;
        again.batchId = newId();
        again.events = pushed;
        Event changed = pushed.last();
        changed.payload.insert(QStringLiteral("text"), QStringLiteral("noget andet"));
        again.events << changed;
        auto answer = m_server->admin().cases().push(who, again, {});
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(answer->results.at(i).status, Status::Duplicate);
        QCOMPARE(answer->results.at(3).status, Status::Rejected);
        QCOMPARE(answer->results.at(3).reason, protocol::RejectReason::ConflictingDuplicate);
        QVERIFY(
            m_laptop->journal()
                .correctCitizen(m_citizen, QStringLiteral("cpr"), QString::fromLatin1(kCanaryCpr))
                .ok());
        QVERIFY(m_laptop->syncOnce());
        QCOMPARE(m_laptop->journal().outboxSize(), 0);
        QCOMPARE(serverEvents().size(), 4);
    }
};

QTEST_MAIN(TestDatabaseReader)
#include "tst_dbreader.moc"
