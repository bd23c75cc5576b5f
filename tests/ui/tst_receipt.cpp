// The citizen's receipt: a PDF in the form's language with the choices in plain sentences,
// the signature, the hashes; made again from the record, it is the same.
#include "TestSupport.h"
#include "consent/ConsentTemplate.h"
#include "consent/Signature.h"
#include "journal/Journal.h"
#include "receipt/ConsentReceipt.h"
#include "storage/JournalDatabase.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

class TestReceipt : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString pdfText(const QString& pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static QImage firstPage(const QString& pdf, const QString& prefix)
    {
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                           QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                           QStringLiteral("1"), pdf, prefix});
        return QImage(prefix + QStringLiteral("-1.png"));
    }

private Q_SLOTS:
    void receiptFromTheRecord_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("mayShare");
        QTest::newRow("da") << "da"
                            << "Prøve Aktør må fortælle din læge (Dr. Prøve) om: almindelige "
                               "oplysninger, oplysninger om dit helbred.";
        QTest::newRow("en") << "en"
                            << "Prøve Aktør may tell your doctor (Dr. Prøve) about: ordinary "
                               "information, information about your health.";
    }
    void receiptFromTheRecord()
    {
        QFETCH(QString, language);
        QFETCH(QString, mayShare);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is missing: tools/install-deps.sh installs it");
        auto jdb =
            JournalDatabase::open(m_dir.filePath(language + QStringLiteral(".db")),
                                  SecureBytes::random(32), JournalDatabase::Mode::Create, {});
        QVERIFY(jdb.ok());
        QVERIFY(Migrations::migrate(jdb.value()->db()).ok());
        Journal journal(std::move(jdb.value()),
                        Identity{QStringLiteral("Konsulent Testesen"), QStringLiteral("dev")});
        const QString citizen = journal
                                    .addCitizen(QStringLiteral("Kvittering Testsen"),
                                                *Cpr::parse(QString::fromLatin1(test::kFakeCpr)))
                                    .value();
        const QString course = journal
                                   .addCourse({citizen,
                                               QStringLiteral("Testby Kommune"),
                                               QStringLiteral("afklaringsforløb"),
                                               {},
                                               QDate(2026, 1, 5),
                                               {}})
                                   .value();
        const TemplateCatalogue forms = TemplateCatalogue::load();
        const ConsentTemplate* form = forms.find(QStringLiteral("fortrolig-standard"), language);
        QVERIFY(form);
        Signature sig;
        sig.canvas = QSize(600, 200);
        sig.strokes = {{{40, 150, 1, 0},
                        {120, 60, 1, 10},
                        {200, 150, 1, 20},
                        {280, 60, 1, 30},
                        {360, 150, 1, 40}}};
        ConsentInput c;
        c.citizenId = citizen;
        c.courseId = course;
        c.templateId = form->id();
        c.templateVersion = form->version();
        c.language = language;
        c.controller = QStringLiteral("Testby Kommune");
        c.processor = QStringLiteral("Prøve Aktør");
        c.textHash = form->textHash(c.controller, c.processor);
        c.grants = {{{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")},
                     {QStringLiteral("ordinary"), QStringLiteral("health")}}};
        c.validUntil = QDate(2026, 6, 30);
        c.place = QStringLiteral("Testby");
        c.signer = QStringLiteral("Kvittering Testsen");
        c.signerRole = QStringLiteral("citizen");
        c.signature = sig.toJson();
        auto id = journal.giveConsent(c);
        QVERIFY2(id.ok(), qPrintable(id.error().message()));

        auto record = journal.consentRecord(id.value());
        QVERIFY(record.ok());
        QCOMPARE(record->signature, sig.toJson());
        const QString a = m_dir.filePath(language + QStringLiteral("-a.pdf"));
        const QString b = m_dir.filePath(language + QStringLiteral("-b.pdf"));
        QVERIFY(ConsentReceipt::writePdf(record.value(), *form, a).ok());
        // Later, from the record again.
        auto again = journal.consentRecord(id.value());
        QVERIFY(ConsentReceipt::writePdf(again.value(), *form, b).ok());

        if (qEnvironmentVariableIsSet("FORTROLIG_KEEP_RECEIPTS")) // for a person to look at
            QFile::copy(a, qEnvironmentVariable("FORTROLIG_KEEP_RECEIPTS") + QLatin1Char('/') +
                               language + QStringLiteral(".pdf"));
        const QString text = pdfText(a);
        QVERIFY2(text.simplified().contains(mayShare), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Kvittering Testsen")));
        QVERIFY(text.contains(c.textHash.left(16)));
        QVERIFY(text.contains(id.value().left(8)));
        QCOMPARE(pdfText(b), text);
        const QImage pa = firstPage(a, m_dir.filePath(language + QStringLiteral("-pa")));
        const QImage pb = firstPage(b, m_dir.filePath(language + QStringLiteral("-pb")));
        QVERIFY(!pa.isNull());
        QCOMPARE(pa, pb);

        // Withdrawals: first health from the doctor, then the whole consent. Each has a
        // receipt of its own, in the form's language; the consent's receipt stays as signed.
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("dr. prøve")};
        QVERIFY(journal.withdrawConsent(id.value(), doctor, QStringLiteral("health")).ok());
        QVERIFY(journal.withdrawConsent(id.value()).ok());
        auto withdrawn = journal.consentRecord(id.value());
        QCOMPARE(withdrawn->withdrawals.size(), 2);
        QCOMPARE(withdrawn->withdrawals.at(0).recipient.name, QStringLiteral("Dr. Prøve"));
        QCOMPARE(withdrawn->withdrawals.at(0).categories, QStringList{QStringLiteral("health")});
        QVERIFY(withdrawn->withdrawals.at(1).recipient.kind.isEmpty());
        QVERIFY(withdrawn->withdrawals.at(0).at <= withdrawn->withdrawals.at(1).at);
        QCOMPARE(ConsentReceipt::sentences(withdrawn.value(), *form),
                 ConsentReceipt::sentences(record.value(), *form));
        const QStringList one = ConsentReceipt::withdrawalSentences(withdrawn.value(), *form, 0);
        const QStringList all = ConsentReceipt::withdrawalSentences(withdrawn.value(), *form, 1);
        QCOMPARE(one.first(), form->receiptPhrase(QStringLiteral("withdrawalTitle")));
        const QString healthLabel = form->categories().at(2).label.toLower();
        QVERIFY2(one.join(u' ').contains(QStringLiteral("(Dr. Prøve)")) &&
                     one.join(u' ').contains(healthLabel),
                 qPrintable(one.join(u'\n')));
        QVERIFY(one.contains(form->receiptPhrase(QStringLiteral("stillValid"))));
        QVERIFY(!all.contains(form->receiptPhrase(QStringLiteral("stillValid"))));
        const QString w = m_dir.filePath(language + QStringLiteral("-withdrawn.pdf"));
        QVERIFY(ConsentReceipt::writeWithdrawalPdf(withdrawn.value(), *form, 0, w).ok());
        QVERIFY(pdfText(w).simplified().contains(healthLabel));
        QCOMPARE(ConsentReceipt::writeWithdrawalPdf(withdrawn.value(), *form, 2, w).code,
                 ErrorCode::NotFound);
    }
};

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
