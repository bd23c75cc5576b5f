// The access package (docs/access-package.md): a case with something of every part (name and
// CPR versions, a corrected note, a removed note, consents given, refused and on paper with
// its scan, a withdrawal, disclosures both ways, a relative as a source, a request, a
// restriction, a hold), and the package has every one of them, marks what names a relative
// for review, is logged, and passes its JSON Schema by python3-jsonschema (and a broken copy
// does not).
#include "JournalTestBase.h"
#include "app/journal/AccessPackage.h"
#include "app/privacy/AccessLog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace fortrolig;

namespace {

const Recipient kDoctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
const Recipient kSister{QStringLiteral("relative"), QStringLiteral("Søster Testesen")};
const QByteArray kScan = "%PDF-1.4 synthetic scanned consent form";

QString sourceDir()
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR);
}

QJsonArray arrayOf(const QJsonObject& o, const char* key)
{
    return o.value(QString::fromLatin1(key)).toArray();
}

QStringList idsOf(const QJsonArray& items)
{
    QStringList out;
    for (const QJsonValue& v : items)
        out << v.toObject().value(QStringLiteral("id")).toString();
    return out;
}

} // namespace

class TestAccessPackage : public test::JournalTestBase
{
    Q_OBJECT
    QString m_citizen, m_course, m_request, m_corrected, m_mentions, m_received, m_removed;

    ConsentInput form(const QString& templateId)
    {
        ConsentInput c;
        c.citizenId = m_citizen;
        c.courseId = m_course;
        c.templateId = templateId;
        c.templateVersion = templateId == QStringLiteral("paper") ? 1 : 3;
        c.language = QStringLiteral("da");
        c.textHash = QString::fromLatin1(
            QCryptographicHash::hash(kScan, QCryptographicHash::Sha256).toHex());
        c.place = QStringLiteral("Testby");
        c.signer = QStringLiteral("Rikke Pakke");
        c.signerRole = QStringLiteral("citizen");
        return c;
    }

    // Something of every part of a case.
    void writeCase()
    {
        Journal& j = *m_journal;
        QVERIFY(
            j.correctCitizen(m_citizen, QStringLiteral("name"), QStringLiteral("Rikke Pakkesen"))
                .ok());
        m_corrected = test::require(j.addNote(m_citizen, QStringLiteral("Første samtale")), "n");
        QVERIFY(j.correctNote(m_corrected, QStringLiteral("Første samtale, rettet")).ok());
        m_mentions =
            test::require(j.addNote(m_citizen, QStringLiteral("Hendes mor ringede om økonomien"),
                                    QStringLiteral("note"), m_course),
                          "n");
        m_removed = test::require(j.addNote(m_citizen, QStringLiteral("Forkert sag")), "n");
        QVERIFY(j.removeNote(m_citizen, m_removed, QStringLiteral("KK-2026-0117")).ok());

        ConsentInput given = form(QStringLiteral("fortrolig-standard"));
        given.grants = {
            {kDoctor, {QStringLiteral("ordinary")}, Direction::Tell, QStringLiteral("p")},
            {kSister,
             {QStringLiteral("ordinary")},
             Direction::Obtain,
             QStringLiteral("Høre om hverdagen")}};
        const QString consent = test::require(j.giveConsent(given), "consent");
        ConsentInput paper = form(QStringLiteral("paper"));
        paper.grants = {{{QStringLiteral("akasse"), {}}, {QStringLiteral("relatives")}}};
        paper.paperScan = kScan;
        paper.paperScanName = QStringLiteral("samtykke.pdf");
        test::require(j.giveConsent(paper), "paper");
        test::require(j.refuseConsent(form(QStringLiteral("fortrolig-standard"))), "refused");
        QVERIFY(!j.withdrawConsent(consent, kDoctor));
        QVERIFY(j.disclose(m_citizen, {QStringLiteral("jobcentre"), {}},
                           {QStringLiteral("ordinary")}, QStringLiteral("statusrapport"))
                    .ok());
        m_received = test::require(j.addReceivedNote(m_citizen, QStringLiteral("Søsteren fortalte"),
                                                     QStringLiteral("note"), kSister,
                                                     {QStringLiteral("ordinary")}),
                                   "received");
        m_request = test::require(
            j.addRequest({m_citizen, QStringLiteral("access"), QStringLiteral("letter"),
                          m_clock.now, QStringLiteral("Vil se alt")}),
            "request");
        test::require(j.restrictCase(m_citizen, {}, QStringLiteral("Kommunens brev")), "r");
    }

    // python3-jsonschema's verdict on `package` against the schema: its exit code.
    int validate(const QJsonObject& package, QString* said = nullptr)
    {
        const QString file = m_dir.filePath(QStringLiteral("package-%1.json").arg(++m_count));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        f.write(QJsonDocument(package).toJson());
        f.close();
        QProcess p;
        p.start(QStringLiteral("python3"),
                {sourceDir() + QStringLiteral("/../tools/validate_json.py"),
                 sourceDir() + QStringLiteral("/../../resources/access-package/schema-v1.json"),
                 file});
        if (!p.waitForFinished(60000))
            return -1;
        const QString errors = QString::fromUtf8(p.readAllStandardError());
        if (said)
            *said = errors;
        else if (p.exitCode() != 0) // what the validator said, for whoever reads the failure
            qInfo().noquote() << errors;
        return p.exitCode();
    }

private Q_SLOTS:
    void init()
    {
        startFresh();
        m_clock.now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        m_citizen =
            test::require(m_journal->addCitizen(QStringLiteral("Rikke Pakke"),
                                                *Cpr::parse(QString::fromLatin1(test::kFakeCpr))),
                          "citizen");
        m_course = test::require(m_journal->addCourse({m_citizen,
                                                       QStringLiteral("Testby Kommune"),
                                                       QStringLiteral("afklaringsforløb"),
                                                       {},
                                                       QDate(2026, 2, 1),
                                                       QDate(2026, 8, 1)}),
                                 "course");
    }
    void cleanup() { m_journal.reset(); }

    void everyPartIsInThePackage()
    {
        writeCase();
        if (QTest::currentTestFailed())
            return;
        const QJsonObject p = test::require(m_journal->accessPackage(m_citizen, m_request), "p");
        QCOMPARE(p.value(QStringLiteral("schema")).toString(), AccessPackage::kSchemaName);
        QCOMPARE(p.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")),
                 QJsonValue(m_request));

        // Identity: the name twice (first and corrected), the CPR number once.
        const QJsonObject citizen = p.value(QStringLiteral("citizen")).toObject();
        QCOMPARE(citizen.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Rikke Pakkesen"));
        QCOMPARE(citizen.value(QStringLiteral("cpr")).toString(), QStringLiteral("010158-5999"));
        QStringList versions;
        for (const QJsonValue& v : arrayOf(citizen, "versions"))
            versions << v.toObject().value(QStringLiteral("field")).toString() + QLatin1Char('=') +
                            v.toObject().value(QStringLiteral("value")).toString();
        versions.sort();
        QCOMPARE(versions,
                 (QStringList{QStringLiteral("cpr=0101585999"), QStringLiteral("name=Rikke Pakke"),
                              QStringLiteral("name=Rikke Pakkesen")}));
        QCOMPARE(idsOf(arrayOf(p, "courses")), QStringList{m_course});

        // Every version of every note, as the journal has them; the removed one as a stub.
        const QJsonArray notes = arrayOf(p, "notes");
        const auto details = test::require(m_journal->citizen(m_citizen), "case");
        QCOMPARE(notes.size(), details.notes.size() + details.removedNotes.size());
        for (const QJsonValue& v : notes) {
            const QJsonObject n = v.toObject();
            const QString id = n.value(QStringLiteral("id")).toString();
            if (id == m_removed) {
                QVERIFY(n.value(QStringLiteral("removed")).toBool());
                QVERIFY(arrayOf(n, "versions").isEmpty());
                continue;
            }
            // The course it belongs to, when it is tied to one.
            QCOMPARE(n.value(QStringLiteral("courseId")).toString(),
                     id == m_mentions ? m_course : QString());
            const auto history = test::require(m_journal->noteHistory(id), "history");
            const QJsonArray packed = arrayOf(n, "versions");
            QCOMPARE(packed.size(), history.size());
            for (int i = 0; i < history.size(); ++i) {
                QCOMPARE(packed.at(i).toObject().value(QStringLiteral("text")).toString(),
                         history.at(i).text);
                QCOMPARE(packed.at(i).toObject().value(QStringLiteral("author")).toString(),
                         history.at(i).author);
            }
        }

        // Consents: given (with its withdrawal), on paper, refused; the scan, whole.
        const QJsonArray consents = arrayOf(p, "consents");
        QCOMPARE(consents.size(), 3);
        int withdrawn = 0, refused = 0;
        for (const QJsonValue& c : consents) {
            refused += c.toObject().value(QStringLiteral("status")) == QStringLiteral("refused");
            for (const QJsonValue& g : arrayOf(c.toObject(), "grants"))
                withdrawn += g.toObject().value(QStringLiteral("withdrawnAt")).isString();
        }
        QCOMPARE(refused, 1);
        QCOMPARE(withdrawn, 1);
        const QJsonArray documents = arrayOf(p, "documents");
        QCOMPARE(documents.size(), 1);
        const QByteArray scan = QByteArray::fromBase64(
            documents.first().toObject().value(QStringLiteral("base64")).toString().toLatin1());
        QCOMPARE(scan, kScan);
        QCOMPARE(documents.first().toObject().value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(kScan, QCryptographicHash::Sha256).toHex()));

        // Disclosures both ways; the sister is the one source.
        const QJsonArray disclosures = arrayOf(p, "disclosures");
        QCOMPARE(disclosures.size(), 2);
        const QJsonArray sources = arrayOf(p, "sources");
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().toObject().value(QStringLiteral("name")).toString(), kSister.name);
        QCOMPARE(idsOf(arrayOf(p, "requests")), QStringList{m_request});
        QCOMPARE(arrayOf(p, "restrictions").size(), 1);
        QCOMPARE(arrayOf(p.value(QStringLiteral("retention")).toObject(), "holds").size(), 1);

        // What may tell about someone else, each once: the note naming a mother, the note from
        // the sister, the consent and the disclosure involving her, the grant about relatives.
        QStringList review = AccessPackage::reviewKeys(p);
        review.sort();
        QStringList expected{QStringLiteral("note ") + m_mentions,
                             QStringLiteral("note ") + m_received};
        for (const QJsonValue& c : consents)
            if (c.toObject().value(QStringLiteral("status")) == QStringLiteral("given"))
                expected << QStringLiteral("consent ") +
                                c.toObject().value(QStringLiteral("id")).toString();
        for (const QJsonValue& d : disclosures)
            if (d.toObject().value(QStringLiteral("recipientKind")) == QStringLiteral("relative"))
                expected << QStringLiteral("disclosure ") +
                                d.toObject().value(QStringLiteral("id")).toString();
        expected.sort();
        QCOMPARE(review, expected);
        QCOMPARE(arrayOf(p, "review").size(), 6); // the sister's note twice: named and source

        // The access log, as it stood: the package's own reading is its last entry.
        const QJsonArray log = arrayOf(p.value(QStringLiteral("accessLog")).toObject(), "entries");
        const QJsonObject last = log.last().toObject();
        QCOMPARE(last.value(QStringLiteral("action")).toString(), AccessLog::Action::Viewed);
        QCOMPARE(last.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("access package ") + m_request);

        QString said;
        QCOMPARE(validate(p, &said), 0);
        QVERIFY2(said.isEmpty(), qPrintable(said));
    }

    // The schema is checked by a validator that would see it broken: a package without the
    // CPR number, of another version, with a note version without its author, does not pass.
    void aBrokenPackageFailsItsSchema()
    {
        writeCase();
        const QJsonObject p = test::require(m_journal->accessPackage(m_citizen, {}), "p");
        QVERIFY(p.value(QStringLiteral("request")).isNull());
        QCOMPARE(validate(p), 0);
        QJsonObject noCpr = p;
        QJsonObject citizen = p.value(QStringLiteral("citizen")).toObject();
        citizen.remove(QStringLiteral("cpr"));
        noCpr.insert(QStringLiteral("citizen"), citizen);
        QString said;
        QCOMPARE(validate(noCpr, &said), 1);
        QVERIFY2(said.contains(QStringLiteral("cpr")), qPrintable(said));
        QJsonObject version2 = p;
        version2.insert(QStringLiteral("schemaVersion"), 2);
        QCOMPARE(validate(version2), 1);
        QJsonObject anonymous = p;
        QJsonArray notes = arrayOf(p, "notes");
        QJsonObject note = notes.first().toObject();
        QJsonArray versions = arrayOf(note, "versions");
        QJsonObject first = versions.first().toObject();
        first.remove(QStringLiteral("author"));
        versions.replace(0, first);
        note.insert(QStringLiteral("versions"), versions);
        notes.replace(0, note);
        anonymous.insert(QStringLiteral("notes"), notes);
        QCOMPARE(validate(anonymous, &said), 1);
        QVERIFY2(said.contains(QStringLiteral("author")), qPrintable(said));
    }

    // A citizen with only a name and a course: every list empty, still the schema's.
    void anEmptyCaseIsAPackageToo()
    {
        const QJsonObject p = test::require(m_journal->accessPackage(m_citizen, {}), "p");
        QVERIFY(arrayOf(p, "notes").isEmpty() && arrayOf(p, "consents").isEmpty() &&
                arrayOf(p, "review").isEmpty());
        QCOMPARE(validate(p), 0);
    }

    void onlyTheCasesOwnRequest()
    {
        const QString other =
            test::require(m_journal->addCitizen(QStringLiteral("Anden Borger"),
                                                *Cpr::parse(QStringLiteral("0101580000"))),
                          "other");
        const QString theirs = test::require(
            m_journal->addRequest(
                {other, QStringLiteral("access"), QStringLiteral("phone"), m_clock.now, {}}),
            "request");
        QCOMPARE(m_journal->accessPackage(m_citizen, theirs).error().code, ErrorCode::NotFound);
        QCOMPARE(m_journal->accessPackage(m_citizen, QStringLiteral("nothing")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(m_journal->accessPackage(QStringLiteral("nobody"), {}).error().code,
                 ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAccessPackage)
#include "tst_accesspackage.moc"
