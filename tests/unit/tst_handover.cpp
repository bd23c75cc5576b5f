// The hand-over at a course's end (docs/hand-over.md): the package holds the course's
// closing report, status reports and action plans, consents with withdrawals and disclosure
// log, and nothing of another municipality's course; it passes its JSON Schema; it is refused
// for an open course and without a closing report; handing over writes both files and records
// a disclosure on the legal basis with the course.handed-over event (also long after the end
// and on a restricted case), or, when a file cannot be written, nothing at all; the caseload
// flags a case near deletion that was never handed over.
#include "JournalTestBase.h"
#include "app/core/Translations.h"
#include "app/journal/HandOverPackage.h"
#include "app/privacy/AccessLog.h"
#include "app/receipt/HandOverDocument.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace fortrolig;

namespace {

const Recipient kDoctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
const Recipient kTestby{QStringLiteral("jobcentre"), QStringLiteral("Testby Kommune")};
const Recipient kNordby{QStringLiteral("jobcentre"), QStringLiteral("Nordby Kommune")};

QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC);
}

QStringList idsOf(const QJsonArray& items)
{
    QStringList out;
    for (const QJsonValue& v : items)
        out << v.toObject().value(QStringLiteral("id")).toString();
    out.sort();
    return out;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestHandOver : public test::JournalTestBase
{
    Q_OBJECT
    QString m_citizen, m_course, m_other;
    int m_checks = 0;
    // Notes that belong in the package, and those that do not.
    QStringList m_in, m_out;
    QString m_overlapping; // written while the other municipality's course ran
    QString m_consent, m_otherConsent;
    QStringList m_disclosedIn, m_disclosedOut;

    QString note(const QDateTime& when, const QString& text, const QString& kind,
                 const QString& courseId = {})
    {
        m_clock.now = when;
        return test::require(m_journal->addNote(m_citizen, text, kind, courseId), "note");
    }

    QString consent(const QString& courseId, const QDateTime& when, const QString& category)
    {
        m_clock.now = when;
        ConsentInput c;
        c.citizenId = m_citizen;
        c.courseId = courseId;
        c.templateId = QStringLiteral("fortrolig-standard");
        c.templateVersion = 3;
        c.language = QStringLiteral("da");
        c.textHash = QString(64, QLatin1Char('c'));
        c.place = QStringLiteral("Testby");
        c.signer = QStringLiteral("Rikke Overdrag");
        c.signerRole = QStringLiteral("citizen");
        c.grants = {{kDoctor, {category}, Direction::Tell, QStringLiteral("Afklaring")}};
        return test::require(m_journal->giveConsent(c), "consent");
    }

    QString disclose(const QDateTime& when, const Recipient& to, const QString& category)
    {
        m_clock.now = when;
        return test::require(
            m_journal->disclose(m_citizen, to, {category}, QStringLiteral("statusrapport")),
            "disclose");
    }

    // Testby's course (referred 20 January, 1 February to 30 April, ended) and, overlapping
    // it, Nordby's (1 October 2025 to 15 February 2026): notes of every kind before, during
    // and after the overlap; a consent and disclosures of each.
    void writeCase()
    {
        Journal& j = *m_journal;
        m_other = test::require(j.addCourse({m_citizen,
                                             QStringLiteral("Nordby Kommune"),
                                             QStringLiteral("mentorforløb"),
                                             {},
                                             QDate(2025, 10, 1),
                                             QDate(2026, 2, 15)}),
                                "other course");
        m_course =
            test::require(j.addCourse({m_citizen, QStringLiteral("Testby Kommune"),
                                       QStringLiteral("afklaringsforløb"), QDate(2026, 1, 20),
                                       QDate(2026, 2, 1), QDate(2026, 4, 30)}),
                          "course");
        m_out << note(at(1, 10), QStringLiteral("Statusrapport til Nordby"),
                      QStringLiteral("status-report"));
        m_overlapping = note(at(2, 3), QStringLiteral("Handlingsplan, første udkast"),
                             QStringLiteral("action-plan"));
        m_in << m_overlapping;
        m_in << note(at(3, 1), QStringLiteral("Statusrapport marts: hendes mor hjælper"),
                     QStringLiteral("status-report"));
        m_out << note(at(3, 2), QStringLiteral("Almindelig samtale"), QStringLiteral("note"));
        m_out << note(at(3, 3), QStringLiteral("Borgerens egne ord"),
                      QStringLiteral("supplementary-statement"));
        m_otherConsent = consent(m_other, at(1, 12), QStringLiteral("ordinary"));
        m_disclosedOut << disclose(at(1, 13), kDoctor, QStringLiteral("ordinary"));
        m_disclosedOut << disclose(at(2, 10), kNordby, QStringLiteral("ordinary"));
        m_consent = consent(m_course, at(2, 5), QStringLiteral("health"));
        m_disclosedIn << disclose(at(2, 6), kDoctor, QStringLiteral("health"));
        m_disclosedIn << disclose(at(3, 5), kTestby, QStringLiteral("ordinary"));
        m_clock.now = at(3, 20);
        QVERIFY(!j.withdrawConsent(m_consent, kDoctor));
        m_clock.now = at(4, 30);
        QVERIFY(!j.endCourse(m_course, QDate(2026, 4, 30), QStringLiteral("job")));
        m_in << note(at(5, 2), QStringLiteral("Afslutningsrapport: i job fra 1. maj"),
                     QStringLiteral("closing-report"));
    }

    int validate(const QJsonObject& package)
    {
        const QString file = m_dir.filePath(QStringLiteral("check-%1.json").arg(++m_checks));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        f.write(QJsonDocument(package).toJson());
        f.close();
        QProcess p;
        p.start(
            QStringLiteral("python3"),
            {QStringLiteral(QT_TESTCASE_SOURCEDIR) + QStringLiteral("/../tools/validate_json.py"),
             QStringLiteral(QT_TESTCASE_SOURCEDIR) +
                 QStringLiteral("/../../resources/hand-over/schema-v1.json"),
             file});
        if (!p.waitForFinished(60000))
            return -1;
        if (p.exitCode() != 0)
            qInfo().noquote() << p.readAllStandardError();
        return p.exitCode();
    }

    HandOverInput input() const
    {
        return {m_course, QStringLiteral("secure-mail"), QStringLiteral("jobcenter@testby.example"),
                QStringLiteral("Sagsbehandler Prøve")};
    }

private Q_SLOTS:
    void init()
    {
        startFresh();
        m_in.clear();
        m_out.clear();
        m_disclosedIn.clear();
        m_disclosedOut.clear();
        m_clock.now = at(1, 5);
        m_citizen =
            test::require(m_journal->addCitizen(QStringLiteral("Rikke Overdrag"),
                                                *Cpr::parse(QString::fromLatin1(test::kFakeCpr))),
                          "citizen");
    }
    void cleanup() { m_journal.reset(); }

    void thePackageHoldsThisCourseOnly()
    {
        writeCase();
        Municipality testby;
        testby.id = QStringLiteral("testby");
        testby.name = QStringLiteral("Testby Kommune");
        testby.cvr = QStringLiteral("31000009");
        testby.jobcentreAddress = QStringLiteral("jobcenter@testby.example");
        testby.agreementReference = QStringLiteral("DBA-2026-7");
        // An entry the journal could not read back (no DPO contact) is refused when kept.
        QCOMPARE(m_journal->setMunicipalities(MunicipalityRegister{{testby}}).code,
                 ErrorCode::InvalidInput);
        testby.dpoContact = QStringLiteral("dpo@testby.example");
        QVERIFY(!m_journal->setMunicipalities(MunicipalityRegister{{testby}}));
        m_clock.now = at(5, 3);
        const QJsonObject p = test::require(m_journal->handOverPackage(m_course), "package");
        QCOMPARE(p.value(QStringLiteral("schema")).toString(), HandOverPackage::kSchemaName);
        QCOMPARE(p.value(QStringLiteral("course")).toObject().value(QStringLiteral("id")),
                 QJsonValue(m_course));
        QCOMPARE(p.value(QStringLiteral("course")).toObject().value(QStringLiteral("endReason")),
                 QJsonValue(QStringLiteral("job")));
        const QJsonObject reg = p.value(QStringLiteral("municipality"))
                                    .toObject()
                                    .value(QStringLiteral("register"))
                                    .toObject();
        QCOMPARE(reg.value(QStringLiteral("cvr")).toString(), QStringLiteral("31000009"));
        QCOMPARE(
            p.value(QStringLiteral("citizen")).toObject().value(QStringLiteral("cpr")).toString(),
            QStringLiteral("010158-5999"));

        // The reports of this course, none of the other's, no case notes.
        m_in.sort();
        QCOMPARE(idsOf(p.value(QStringLiteral("notes")).toArray()), m_in);
        // This course's consent, with its withdrawal; not the other course's.
        const QJsonArray consents = p.value(QStringLiteral("consents")).toArray();
        QCOMPARE(idsOf(consents), QStringList{m_consent});
        const QJsonObject grant = consents.first()
                                      .toObject()
                                      .value(QStringLiteral("grants"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QVERIFY(!grant.value(QStringLiteral("withdrawnAt")).isNull());
        // The disclosures since the course began, not those of the other municipality.
        m_disclosedIn.sort();
        QCOMPARE(idsOf(p.value(QStringLiteral("disclosures")).toArray()), m_disclosedIn);

        // The note written while both courses ran is marked; so is the one naming a relative.
        QStringList review;
        for (const QJsonValue& v : p.value(QStringLiteral("review")).toArray())
            review << v.toObject().value(QStringLiteral("id")).toString() + QLatin1Char(' ') +
                          v.toObject().value(QStringLiteral("why")).toString();
        QVERIFY2(review.contains(m_overlapping + QStringLiteral(" other-course")),
                 qPrintable(review.join(u';')));
        QCOMPARE(review.filter(QStringLiteral(" mentions-relative")).size(), 1);
        QCOMPARE(review.filter(QStringLiteral(" other-course")).size(), 1);

        // Categories of its disclosure record: ordinary and the CPR number, and health (the
        // consent and the disclosure to the doctor name it).
        QCOMPARE(HandOverPackage::categories(p),
                 (QStringList{QStringLiteral("ordinary"), QStringLiteral("cpr"),
                              QStringLiteral("health")}));
        QCOMPARE(validate(p), 0);
        // Reading the case for it is logged.
        QCOMPARE(test::require(m_journal->accessLog(m_citizen), "log").last().reason,
                 QStringLiteral("hand-over ") + m_course);

        // A copy the schema must refuse: a case note slipped in.
        QJsonObject broken = p;
        QJsonArray notes = broken.value(QStringLiteral("notes")).toArray();
        QJsonObject first = notes.first().toObject();
        first.insert(QStringLiteral("kind"), QStringLiteral("note"));
        notes[0] = first;
        broken.insert(QStringLiteral("notes"), notes);
        QCOMPARE(validate(broken), 1);
    }

    void refusedForAnOpenCourseOrWithoutAClosingReport()
    {
        m_course = test::require(m_journal->addCourse({m_citizen,
                                                       QStringLiteral("Testby Kommune"),
                                                       QStringLiteral("afklaringsforløb"),
                                                       {},
                                                       QDate(2026, 1, 5),
                                                       {}}),
                                 "course");
        note(at(2, 1), QStringLiteral("Statusrapport"), QStringLiteral("status-report"));
        auto open = m_journal->handOverPackage(m_course);
        QCOMPARE(open.error().code, ErrorCode::NotAllowed);
        QVERIFY(open.error().detail.startsWith(QStringLiteral("course")));
        m_clock.now = at(3, 1);
        QVERIFY(!m_journal->endCourse(m_course, QDate(2026, 3, 1), QStringLiteral("education")));
        auto noReport = m_journal->handOverPackage(m_course);
        QCOMPARE(noReport.error().code, ErrorCode::NotAllowed);
        QVERIFY(noReport.error().detail.startsWith(QStringLiteral("closing report")));
        QCOMPARE(m_journal->handOverPackage(newId()).error().code, ErrorCode::NotFound);
        // A closing report written before the course began is not this course's.
        m_clock.now = at(1, 2);
        QCOMPARE(m_journal->handOverPackage(m_course).error().code, ErrorCode::NotAllowed);
        note(at(3, 2), QStringLiteral("Afslutningsrapport"), QStringLiteral("closing-report"));
        QVERIFY(m_journal->handOverPackage(m_course).ok());
    }

    // Notes tied to a course go with it, whenever written: a report of Nordby's course written
    // while Testby's ran stays out of Testby's package (and is not marked, there is nothing to
    // doubt), Testby's own report written before its start is in, unmarked; Nordby's package at
    // the contract's end holds Nordby's notes and none of Testby's. Notes tied to no course
    // still go by date. Both packages pass the schema with the notes' courseId.
    void tiedNotesGoWithTheirCourse()
    {
        writeCase();
        const QString nordbys = note(at(2, 4), QStringLiteral("Statusrapport til Nordby, bundet"),
                                     QStringLiteral("status-report"), m_other);
        const QString early = note(at(1, 15), QStringLiteral("Handlingsplan ved henvisning"),
                                   QStringLiteral("action-plan"), m_course);
        const QString during = note(at(2, 7), QStringLiteral("Statusrapport, bundet"),
                                    QStringLiteral("status-report"), m_course);
        m_clock.now = at(5, 3);
        const QJsonObject p = test::require(m_journal->handOverPackage(m_course), "package");
        QStringList in = m_in;
        in << early << during;
        in.sort();
        QCOMPARE(idsOf(p.value(QStringLiteral("notes")).toArray()), in);
        QStringList review;
        for (const QJsonValue& v : p.value(QStringLiteral("review")).toArray())
            review << v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(review.contains(m_overlapping)); // not tied: still doubtful
        QVERIFY(!review.contains(during) && !review.contains(early));
        for (const QJsonValue& v : p.value(QStringLiteral("notes")).toArray()) {
            const QJsonObject n = v.toObject();
            const bool tied = n.value(QStringLiteral("id")) == QJsonValue(early) ||
                              n.value(QStringLiteral("id")) == QJsonValue(during);
            QCOMPARE(n.value(QStringLiteral("courseId")).toString(), tied ? m_course : QString());
        }
        QCOMPARE(validate(p), 0);
        // The PDF names the course of a tied note (two, here), and of no other.
        const QString html = HandOverDocument::html(p);
        QCOMPARE(html.count(QStringLiteral("Course: afklaringsforløb, Testby Kommune")), 2);

        const QJsonObject q = test::require(
            m_journal->handOverPackage(m_other, HandOverPackage::Occasion::ContractEnd), "other");
        const QStringList inOther = idsOf(q.value(QStringLiteral("notes")).toArray());
        QVERIFY(inOther.contains(nordbys));
        QVERIFY(!inOther.contains(early) && !inOther.contains(during));
        QCOMPARE(validate(q), 0);
    }

    // At a contract's end (fortrolig-server municipality offboard): a course still running is
    // returned, with every note since it began (case notes too) and none from before; no closing
    // report is needed; the package passes the schema, which still refuses a case note in a
    // course-end package and a course-end package of an open course; the PDF says why it was
    // made, in both languages; and it cannot be recorded as a course's hand-over.
    void atAContractsEndARunningCourseIsReturnedWithEveryNote()
    {
        note(at(1, 2), QStringLiteral("Før forløbet"), QStringLiteral("note"));
        m_course = test::require(m_journal->addCourse({m_citizen,
                                                       QStringLiteral("Testby Kommune"),
                                                       QStringLiteral("afklaringsforløb"),
                                                       {},
                                                       QDate(2026, 1, 5),
                                                       {}}),
                                 "course");
        QStringList in{
            note(at(2, 1), QStringLiteral("Samtale om økonomi"), QStringLiteral("note")),
            note(at(2, 3), QStringLiteral("Statusrapport"), QStringLiteral("status-report"))};
        in.sort();
        m_clock.now = at(3, 1);
        QCOMPARE(m_journal->handOverPackage(m_course).error().code, ErrorCode::NotAllowed);
        const QJsonObject p = test::require(
            m_journal->handOverPackage(m_course, HandOverPackage::Occasion::ContractEnd),
            "package");
        QVERIFY(HandOverPackage::atContractEnd(p));
        QCOMPARE(idsOf(p.value(QStringLiteral("notes")).toArray()), in);
        QVERIFY(p.value(QStringLiteral("course"))
                    .toObject()
                    .value(QStringLiteral("actualEnd"))
                    .isNull());
        QCOMPARE(validate(p), 0);
        QJsonObject asCourseEnd = p;
        asCourseEnd.insert(QStringLiteral("occasion"), QStringLiteral("course-end"));
        QVERIFY(validate(asCourseEnd) != 0);            // a case note, and an open course
        asCourseEnd.remove(QStringLiteral("occasion")); // as packages made before it was
        QVERIFY(validate(asCourseEnd) != 0);
        QCOMPARE(test::require(m_journal->accessLog(m_citizen), "log").last().reason,
                 QStringLiteral("contract-end ") + m_course);
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("da")}) {
            qputenv("FORTROLIG_LANG", lang.toLatin1()); // ctest sets it; this test chooses
            installTranslations(*QCoreApplication::instance());
            const QString html = HandOverDocument::html(p);
            QVERIFY2(html.contains(lang == QStringLiteral("en")
                                       ? QStringLiteral("Returned at the end of the contract")
                                       : QStringLiteral("Tilbageleveret ved kontraktens ophør")),
                     qPrintable(html.left(400)));
            QVERIFY(html.contains(QStringLiteral("Samtale om økonomi")));
        }
        qputenv("FORTROLIG_LANG", "en");
        installTranslations(*QCoreApplication::instance());
        // Not a course's hand-over, not even once the course has ended.
        QVERIFY(!m_journal->endCourse(m_course, QDate(2026, 3, 1), QStringLiteral("job")));
        note(at(3, 2), QStringLiteral("Afslutningsrapport"), QStringLiteral("closing-report"));
        QCOMPARE(m_journal->handOver(input(), p, m_dir.filePath(QStringLiteral("contract.json")))
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("contract.json"))));
    }

    // Handed over three months after the end (long after the jobcentre's ordinary hand-over
    // period) and while the case is restricted: the controller gets its data back.
    void handingOverRecordsTheDisclosureAndTheFiles()
    {
        writeCase();
        m_clock.now = at(7, 30);
        test::require(m_journal->restrictCase(m_citizen, {}, QStringLiteral("Kommunens brev")),
                      "restricted");
        QVERIFY(!m_journal->mayDisclose(m_citizen, kTestby, {QStringLiteral("ordinary")})
                     .value()
                     .allowed); // the ordinary basis has ended
        const QJsonObject p = test::require(m_journal->handOverPackage(m_course), "package");
        const QString json = m_dir.filePath(QStringLiteral("overdragelse.json"));
        const QString pdf = m_dir.filePath(QStringLiteral("overdragelse.pdf"));
        const int disclosuresBefore = scalar(QStringLiteral("SELECT count(*) FROM disclosures"));
        const QString id =
            test::require(HandOverDocument::handOver(*m_journal, input(), p, json, pdf), "done");

        // Both files, the JSON exactly the package, the PDF a PDF/A.
        QCOMPARE(QJsonDocument::fromJson(fileBytes(json)).object(), p);
        const QByteArray pdfBytes = fileBytes(pdf);
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QVERIFY2(pdfBytes.contains("pdfaid:part"), "no PDF/A identification");
        QCOMPARE(QFile::permissions(json) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        // The record: with the files' digests, and a disclosure to Testby on the legal basis.
        const auto handOvers = test::require(m_journal->handOvers(m_citizen), "hand-overs");
        QCOMPARE(handOvers.size(), 1);
        const HandOverRecord& h = handOvers.first();
        QCOMPARE(h.id, id);
        QCOMPARE(h.courseId, m_course);
        QCOMPARE(h.channel, QStringLiteral("secure-mail"));
        QCOMPARE(h.to, QStringLiteral("jobcenter@testby.example"));
        QCOMPARE(h.receivedBy, QStringLiteral("Sagsbehandler Prøve"));
        QCOMPARE(h.jsonSha256, sha256(fileBytes(json)));
        QCOMPARE(h.pdfSha256, sha256(pdfBytes));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM disclosures")), disclosuresBefore + 1);
        const auto all = test::require(m_journal->disclosures(m_citizen), "disclosures");
        const DisclosureRecord& d = all.last();
        QCOMPARE(d.id, h.disclosureId);
        QCOMPARE(d.recipient.kind, QStringLiteral("jobcentre"));
        QCOMPARE(d.recipient.name, QStringLiteral("Testby Kommune"));
        QCOMPARE(d.basis, QStringLiteral("legal-basis"));
        QCOMPARE(d.what, QStringLiteral("hand-over:") + m_course);
        QCOMPARE(d.categories, HandOverPackage::categories(p));
        // The course says so; both events wait in the outbox for the server.
        const auto details = test::require(m_journal->citizen(m_citizen), "case");
        for (const CourseRecord& c : details.courses)
            QCOMPARE(c.handedOverAt.isValid(), c.id == m_course);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox o JOIN events e ON"
                                       " e.seq = o.event_seq WHERE e.type = ?"),
                        {EventType::CourseHandedOver}),
                 1);
        // The access log: disclosed, handed over, both files exported.
        QStringList actions;
        for (const AccessLogEntry& e : test::require(m_journal->accessLog(m_citizen), "log"))
            actions << e.action + QLatin1Char(' ') + e.reason;
        QVERIFY2(actions.contains(QStringLiteral("exported hand-over json ") + m_course),
                 qPrintable(actions.join(u'\n')));
        QVERIFY(actions.contains(QStringLiteral("exported hand-over pdf ") + m_course));
        QVERIFY(!actions.filter(QStringLiteral("handed-over")).isEmpty());
        QVERIFY(!AccessLog::verify(db()));
    }

    // A file that cannot be written: nothing recorded, no file left behind.
    void aFileThatCannotBeWrittenLeavesNothing()
    {
        writeCase();
        m_clock.now = at(5, 3);
        const QJsonObject p = test::require(m_journal->handOverPackage(m_course), "package");
        const int events = scalar(QStringLiteral("SELECT count(*) FROM events"));
        const int entries = scalar(QStringLiteral("SELECT count(*) FROM access_log"));
        const QString json = m_dir.filePath(QStringLiteral("ok.json"));
        for (const auto& [jsonPath, pdfPath] :
             {std::pair{m_dir.filePath(QStringLiteral("missing/x.json")), QString()},
              std::pair{json, m_dir.filePath(QStringLiteral("missing/x.pdf"))}}) {
            auto done = HandOverDocument::handOver(*m_journal, input(), p, jsonPath, pdfPath);
            QVERIFY(!done.ok());
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), events);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log")), entries);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM hand_overs")), 0);
            QVERIFY(!QFile::exists(json));
        }
        // Bad input is refused by name before anything is read or written.
        HandOverInput bad = input();
        bad.channel = QStringLiteral("email");
        QVERIFY(
            m_journal->handOver(bad, p, json).error().detail.startsWith(QStringLiteral("channel")));
        bad = input();
        bad.to = QStringLiteral("  ");
        QVERIFY(m_journal->handOver(bad, p, json).error().detail.startsWith(QStringLiteral("to")));
        bad = input();
        bad.courseId = m_other; // not this package's course
        QVERIFY(!m_journal->endCourse(m_other, QDate(2026, 2, 15), QStringLiteral("other")));
        QVERIFY(
            m_journal->handOver(bad, p, json).error().detail.startsWith(QStringLiteral("package")));
        QVERIFY(!QFile::exists(json));
    }

    // Fourteen days before deletion, a case with an ended course not handed over is flagged
    // in the caseload; handed over, it is not.
    void theCaseloadFlagsACaseNotHandedOverBeforeDeletion()
    {
        writeCase();
        QVERIFY(!m_journal->endCourse(m_other, QDate(2026, 2, 15), QStringLiteral("other")));
        const auto row = [this] {
            for (const CaseloadRow& r : test::require(m_journal->caseload(), "caseload"))
                if (r.citizenId == m_citizen)
                    return r;
            return CaseloadRow{};
        };
        m_clock.now = at(10, 1); // due 30 October (six months after 30 April): 29 days left
        QVERIFY(!row().handOverMissing);
        m_clock.now = at(10, 20); // 10 days left
        QCOMPARE(row().deletionInDays, 10);
        QVERIFY(row().handOverMissing);
        // Handing over one of the two ended courses is not enough.
        const QJsonObject p = test::require(m_journal->handOverPackage(m_course), "package");
        test::require(m_journal->handOver(input(), p, m_dir.filePath(QStringLiteral("a.json"))),
                      "hand-over");
        QVERIFY(row().handOverMissing);
        note(at(10, 20), QStringLiteral("Afslutningsrapport, Nordby"),
             QStringLiteral("closing-report"));
        HandOverInput other = input();
        other.courseId = m_other;
        const QJsonObject q = test::require(m_journal->handOverPackage(m_other), "package");
        test::require(m_journal->handOver(other, q, m_dir.filePath(QStringLiteral("b.json"))),
                      "hand-over");
        QVERIFY(!row().handOverMissing);
    }
};

QTEST_MAIN(TestHandOver)
#include "tst_handover.moc"
