// The citizen's receipt: a PDF in the form's language with the choices in plain sentences,
// the signature, the consultant by name, the hashes; made again from the record (by the
// window or by fortrolig-cli), it is the same. Paper is black on white whatever the desktop.
#include "TestSupport.h"
#include "app/consent/ConsentTemplate.h"
#include "app/consent/ReceiptText.h"
#include "app/consent/Signature.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalAccess.h"
#include "app/receipt/AccessPackageDocument.h"
#include "app/receipt/ConsentReceipt.h"
#include "app/receipt/RequestDocuments.h"
#include "app/receipt/SharedDocument.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

namespace {
const QString kPass = QStringLiteral("et langt og godt kodeord");
const QString kName = QStringLiteral("Karen Konsulent");
} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const TemplateCatalogue m_forms = TemplateCatalogue::load();

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
    // Text as pdftotext gives it, comparable with the lines drawn: without white space and
    // with the ligatures ("ﬀ") written out, as they are on paper.
    static QString squash(QString s)
    {
        s.replace(QChar(0xFB00), QStringLiteral("ff"))
            .replace(QChar(0xFB01), QStringLiteral("fi"))
            .replace(QChar(0xFB02), QStringLiteral("fl"))
            .replace(QChar(0xFB03), QStringLiteral("ffi"))
            .replace(QChar(0xFB04), QStringLiteral("ffl"));
        return s.remove(QRegularExpression(QStringLiteral("[\\s\\x{00a0}]")));
    }
    // Every page of a PDF as it comes out on paper (pdftoppm, 100 dpi).
    static QList<QImage> pages(const QString& pdf, const QString& prefix)
    {
        QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                                       QStringLiteral("100"), pdf, prefix});
        QList<QImage> out;
        for (int i = 1; i < 20; ++i) {
            QImage page(prefix + QStringLiteral("-%1.png").arg(i));
            if (page.isNull())
                page = QImage(prefix + QStringLiteral("-%1.png").arg(i, 2, 10, QLatin1Char('0')));
            if (page.isNull())
                break;
            out << page.convertToFormat(QImage::Format_RGB32);
        }
        return out;
    }
    struct Ink
    {
        qint64 dark = 0;    // luminance < 80: text (and a signature's ink)
        qint64 darkTop = 0; // of them in the top fifth of the page: title and name, text only
        qint64 white = 0;   // luminance > 245: paper
        qint64 total = 0;
    };
    static Ink inkOf(const QImage& page)
    {
        Ink ink;
        for (int y = 0; y < page.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(page.constScanLine(y));
            for (int x = 0; x < page.width(); ++x) {
                const int l = qGray(line[x]);
                ++ink.total;
                if (l < 80) {
                    ++ink.dark;
                    if (y < page.height() / 5)
                        ++ink.darkTop;
                } else if (l > 245) {
                    ++ink.white;
                }
            }
        }
        return ink;
    }
    // What a dark desktop theme (Adwaita-dark) gives the application: near-white text on a
    // dark window and base.
    static QPalette darkPalette()
    {
        QPalette p;
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button,
                          QPalette::AlternateBase, QPalette::ToolTipBase})
            p.setColor(role, QColor(0x24, 0x24, 0x24));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                          QPalette::BrightText, QPalette::ToolTipText, QPalette::HighlightedText})
            p.setColor(role, QColor(0xf6, 0xf5, 0xf4));
        p.setColor(QPalette::Link, QColor(0x99, 0xc1, 0xf1));
        return p;
    }
    static bool writeFile(const Result<QByteArray>& bytes, const QString& path)
    {
        QFile f(path);
        return bytes.ok() && f.open(QIODevice::WriteOnly) && f.write(bytes.value()) > 0;
    }
    // A one-page paper of RequestDocuments saved as `what`.pdf: what is wrong with it, if
    // anything (not saved or not logged; a line missing from the page; not black on white).
    QString paperProblem(Journal& journal, const QString& citizen, const QStringList& lines,
                         const QString& what)
    {
        const QString path = m_dir.filePath(what + QStringLiteral(".pdf"));
        if (Error e = RequestDocuments::save(journal, citizen, what, lines, path))
            return what + QStringLiteral(": not saved: ") + e.message();
        const QString text = squash(pdfText(path));
        for (const QString& line : lines)
            if (!text.contains(squash(line)))
                return what + QStringLiteral(": not on the page: ") + line;
        const QList<QImage> pages = this->pages(path, m_dir.filePath(what));
        if (pages.isEmpty())
            return what + QStringLiteral(": no page");
        const Ink ink = inkOf(pages.first());
        if (!(ink.white > ink.total * 8 / 10 && ink.darkTop > 0))
            return what + QStringLiteral(": not black on white");
        return {};
    }

    static int exportsOf(Journal& journal, const QString& citizen, const QString& what)
    {
        int n = 0;
        const auto log = journal.accessLog(citizen);
        for (const AccessLogEntry& e : log.value())
            n += e.action == QStringLiteral("exported") && e.reason == what;
        return n;
    }

    // A consent (doctor: ordinary, health; valid until 10 January 2027) signed on 1 December
    // 2026 in `language`, by a consultant named `name` (user name konsulent1); the health
    // category then withdrawn.
    struct Signed
    {
        std::unique_ptr<Journal> journal;
        QString citizen;
        QString consent;
        ConsentRecord record;
        const ConsentTemplate* form = nullptr;
    };
    static ConsentInput consentInput(const ConsentTemplate& form, const QString& citizen,
                                     const QString& course)
    {
        Signature sig;
        sig.canvas = QSize(600, 200);
        sig.strokes = {{{40, 150}, {200, 60}, {360, 150}}};
        ConsentInput c;
        c.citizenId = citizen;
        c.courseId = course;
        c.templateId = form.id();
        c.templateVersion = form.version();
        c.language = form.language();
        c.controller = QStringLiteral("Testby Kommune");
        c.processor = QStringLiteral("Prøve Aktør");
        c.textHash = form.textHash(c.controller, c.processor);
        c.grants = {{{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")},
                     {QStringLiteral("ordinary"), QStringLiteral("health")}}};
        c.validUntil = QDate(2027, 1, 10);
        c.place = QStringLiteral("Testby");
        c.signer = QStringLiteral("Kvittering Testsen");
        c.signerRole = QStringLiteral("citizen");
        c.signature = sig.toJson();
        return c;
    }
    // The receipts' citizen and a course from Testby Kommune; returns the citizen's id.
    static QString citizenWithCourse(Journal& journal, QString* courseOut)
    {
        const QString citizen = journal
                                    .addCitizen(QStringLiteral("Kvittering Testsen"),
                                                *Cpr::parse(QString::fromLatin1(test::kFakeCpr)))
                                    .value();
        *courseOut = journal
                         .addCourse({citizen,
                                     QStringLiteral("Testby Kommune"),
                                     QStringLiteral("afklaringsforløb"),
                                     {},
                                     QDate(2026, 1, 5),
                                     {}})
                         .value();
        return citizen;
    }
    // Adds the citizen, the course, the consent and the withdrawal; returns the consent's id.
    static QString signAndWithdraw(Journal& journal, const ConsentTemplate& form,
                                   QString* citizenOut)
    {
        QString course;
        const QString citizen = citizenWithCourse(journal, &course);
        const QString consent = journal.giveConsent(consentInput(form, citizen, course)).value();
        test::require(journal.withdrawConsent(
                          consent, {QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")},
                          QStringLiteral("health")),
                      "withdrawConsent");
        *citizenOut = citizen;
        return consent;
    }
    // A new journal in the test's folder; null if it cannot be made.
    std::unique_ptr<Journal> newJournal(const QString& file, const Identity& who,
                                        Journal::Clock clock = {})
    {
        auto jdb = JournalDatabase::open(m_dir.filePath(file), SecureBytes::random(32),
                                         JournalDatabase::Mode::Create, {});
        if (!jdb.ok() || !Migrations::migrate(jdb.value()->db()).ok())
            return nullptr;
        return std::make_unique<Journal>(std::move(jdb.value()), who,
                                         clock ? std::move(clock)
                                               : Journal::Clock(&QDateTime::currentDateTime));
    }
    Signed signedConsent(
        const QString& language, const QString& file, const QString& name = kName,
        Journal::Clock clock = [] { return QDateTime(QDate(2026, 12, 1), QTime(10, 0)); })
    {
        Signed s;
        s.journal =
            newJournal(file, Identity{QStringLiteral("konsulent1"), QStringLiteral("dev"), name},
                       std::move(clock));
        if (!s.journal)
            return s;
        s.form = m_forms.find(QStringLiteral("fortrolig-standard"), language);
        if (!s.form)
            return s;
        s.consent = signAndWithdraw(*s.journal, *s.form, &s.citizen);
        s.record = s.journal->consentRecord(s.consent).value();
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"pdftotext", "pdftoppm"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL("poppler-utils is missing: tools/install-deps.sh installs it");
        }
    }

    // Paper is white and the text on it black, whatever the desktop's palette: a dark theme
    // (near-white text on a dark window) must not give near-white text on white paper. The
    // consent's receipt, the withdrawal's, and a shared document, every page.
    void blackOnWhiteWhateverThePalette()
    {
        Signed s = signedConsent(QStringLiteral("da"), QStringLiteral("palette.db"));
        QVERIFY(s.form && !s.record.withdrawals.isEmpty());
        const QPalette original = QGuiApplication::palette();
        const QString note =
            QStringLiteral("Statusrapport\n") +
            QStringLiteral("Borgeren møder stabilt og arbejder godt. ").repeated(8);
        auto render = [&](const QString& tag) {
            QList<QImage> out;
            const QString receipt = m_dir.filePath(tag + QStringLiteral("-receipt.pdf"));
            const QString withdrawal = m_dir.filePath(tag + QStringLiteral("-withdrawal.pdf"));
            const QString shared = m_dir.filePath(tag + QStringLiteral("-shared.pdf"));
            if (!writeFile(ConsentReceipt::pdf(s.record, *s.form), receipt) ||
                !writeFile(ConsentReceipt::pdf(s.record, *s.form, 0), withdrawal) ||
                !writeFile(
                    SharedDocument::pdf(QStringLiteral("Statusrapport 1. december 2026"), note),
                    shared))
                return out;
            out << pages(receipt, m_dir.filePath(tag + QStringLiteral("-r")))
                << pages(withdrawal, m_dir.filePath(tag + QStringLiteral("-w")))
                << pages(shared, m_dir.filePath(tag + QStringLiteral("-s")));
            return out;
        };
        const QList<QImage> light = render(QStringLiteral("light"));
        QGuiApplication::setPalette(darkPalette());
        QCOMPARE(QGuiApplication::palette().color(QPalette::Text), QColor(0xf6, 0xf5, 0xf4));
        const QList<QImage> dark = render(QStringLiteral("dark"));
        QGuiApplication::setPalette(original);
        QVERIFY(dark.size() >= 3); // the receipt of a form with a rights page takes two
        QCOMPARE(light.size(), dark.size());
        if (qEnvironmentVariableIsSet("FORTROLIG_KEEP_RECEIPTS")) // for a person to look at
            dark.first().save(qEnvironmentVariable("FORTROLIG_KEEP_RECEIPTS") +
                              QStringLiteral("/dark-palette-receipt.png"));
        for (qsizetype i = 0; i < dark.size(); ++i) {
            const Ink d = inkOf(dark.at(i));
            const Ink l = inkOf(light.at(i));
            const QByteArray what = "page " + QByteArray::number(i) + ": dark ink " +
                                    QByteArray::number(d.dark) + " (top " +
                                    QByteArray::number(d.darkTop) + "), with a light palette " +
                                    QByteArray::number(l.dark);
            QVERIFY2(d.white > d.total * 8 / 10, what.constData()); // white paper
            QVERIFY2(QColor(dark.at(i).pixel(2, 2)) == QColor(Qt::white), what.constData());
            if (i == 0) // the title is ink, not paper
                QVERIFY2(d.darkTop > 1000, what.constData());
            QVERIFY2(d.dark > 500, what.constData()); // a page after the text: the signature
            // Nothing went pale: as much ink as with a light palette.
            QVERIFY2(d.dark * 100 >= l.dark * 95 && d.dark * 100 <= l.dark * 105, what.constData());
        }
    }

    // Danish writes the day as an ordinal: "1. december 2026", never "1 december 2026".
    // A request's papers: the citizen's receipt in every language there is, and the letter to
    // the municipality in Danish; every line on the page, black on white under a dark desktop
    // palette, each saved and logged as an export; no letter without the register's address.
    void requestReceiptAndLetter()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is missing: tools/install-deps.sh installs it");
        const QStringList languages = RequestDocuments::languages();
        QCOMPARE(languages, (QStringList{QStringLiteral("da"), QStringLiteral("en")}));
        auto journal = newJournal(QStringLiteral("requests.db"),
                                  Identity{QStringLiteral("konsulent1"), QStringLiteral("dev"),
                                           QStringLiteral("Karen Konsulent")});
        QVERIFY(journal);
        QString course;
        const QString citizen = citizenWithCourse(*journal, &course);
        const QString id = test::require(
            journal->addRequest({citizen, QStringLiteral("copy"), QStringLiteral("letter"),
                                 QDateTime(QDate(2026, 11, 30), QTime(14, 5)),
                                 QStringLiteral("Vil have en kopi af sine notater")}),
            "request");
        RequestDocuments::Facts f;
        f.request = test::require(journal->request(id), "request");
        f.municipality = QStringLiteral("Testby Kommune");
        f.provider = QStringLiteral("Prøve Aktør");
        f.providerContact = QStringLiteral("tlf. 00 00 00 01");
        f.consultant = journal->identity().displayName();
        f.citizenName = QStringLiteral("Kvittering Testsen");
        f.cpr = QString::fromLatin1(test::kFakeCpr);
        QCOMPARE(RequestDocuments::letterLines(f).error().code, ErrorCode::NotFound);
        Municipality testby;
        testby.id = QStringLiteral("testby");
        testby.name = f.municipality;
        testby.cvr = QStringLiteral("31000009");
        testby.jobcentreAddress = QStringLiteral("jobcenter@testby.example");
        testby.dpoContact = QStringLiteral("dpo@testby.example");
        testby.agreementReference = QStringLiteral("DBA-7");
        testby.agreementDate = QDate(2026, 1, 5);
        f.entry = &testby;
        const QPalette original = QGuiApplication::palette();
        QGuiApplication::setPalette(darkPalette()); // paper never takes the screen's colours
        const auto check = [&](const QStringList& lines, const QString& what) {
            const QString problem = paperProblem(*journal, citizen, lines, what);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        };
        for (const QString& language : languages) {
            const QStringList lines =
                test::require(RequestDocuments::receiptLines(f, language), "r");
            check(lines, QStringLiteral("request receipt ") + language);
            const QString all = lines.join(u' ');
            QVERIFY2(all.contains(language == QStringLiteral("da")
                                      ? QStringLiteral("30. november 2026 kl. 14.05")
                                      : QStringLiteral("30 November 2026 at 14.05")),
                     qPrintable(all));
            QVERIFY2(all.contains(ReceiptText::dateText(QDate(2026, 12, 30), language)),
                     qPrintable(all)); // the answer's date
            QVERIFY2(all.contains(ReceiptText::dateText(QDate(2026, 12, 1), language)),
                     qPrintable(all));     // to be forwarded by
            QVERIFY(!all.contains(f.cpr)); // the citizen's own paper needs no number
        }
        QCOMPARE(RequestDocuments::receiptLines(f, QStringLiteral("fr")).error().code,
                 ErrorCode::InvalidInput);
        const QStringList letter = test::require(RequestDocuments::letterLines(f), "letter");
        check(letter, QStringLiteral("request letter"));
        const QString all = letter.join(u' ');
        for (const QString& part :
             {f.citizenName, f.cpr, testby.jobcentreAddress, QStringLiteral("DBA-7"),
              QStringLiteral("Karen Konsulent"), QStringLiteral("Vil have en kopi")})
            QVERIFY2(all.contains(part), qPrintable(part));
        QGuiApplication::setPalette(original);
        QCOMPARE(exportsOf(*journal, citizen, QStringLiteral("request receipt da")), 1);
        QCOMPARE(exportsOf(*journal, citizen, QStringLiteral("request letter")), 1);
    }

    // The paper telling the citizen that a restriction will be lifted, in every language
    // there is: on a request and on an instruction, every line on the page, black on white
    // under a dark palette, the dates in the language's way, logged as an export; refused for
    // a restriction already lifted, without a reason, or in a language there is none for.
    void restrictionLiftNotice()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is missing: tools/install-deps.sh installs it");
        auto journal = newJournal(QStringLiteral("lift.db"),
                                  Identity{QStringLiteral("konsulent1"), QStringLiteral("dev"),
                                           QStringLiteral("Karen Konsulent")});
        QVERIFY(journal);
        QString course;
        const QString citizen = citizenWithCourse(*journal, &course);
        const QString request =
            test::require(journal->addRequest({citizen,
                                               QStringLiteral("restriction"),
                                               QStringLiteral("letter"),
                                               QDateTime::currentDateTime().addDays(-1),
                                               {}}),
                          "request");
        test::require(journal->restrictCase(citizen, request), "restricted");
        RequestDocuments::LiftFacts f;
        f.restriction = test::require(journal->restrictions(citizen), "list").first();
        f.municipality = QStringLiteral("Testby Kommune");
        f.liftOn = QDate(2027, 1, 15);
        f.reason = QStringLiteral("Oplysningerne er rettet");
        f.provider = QStringLiteral("Prøve Aktør");
        f.providerContact = QStringLiteral("tlf. 00 00 00 01");
        const QPalette original = QGuiApplication::palette();
        QGuiApplication::setPalette(darkPalette());
        for (const QString& language : RequestDocuments::languages()) {
            for (const bool onRequest : {true, false}) {
                RequestDocuments::LiftFacts g = f;
                if (!onRequest) {
                    g.restriction.requestId.clear();
                    g.restriction.instruction = QStringLiteral("Kommunens brev af 1/12");
                }
                const QStringList lines =
                    test::require(RequestDocuments::liftNoticeLines(g, language), "lines");
                const QString all = lines.join(u' ');
                QVERIFY2(!all.contains(u'{'), qPrintable(all)); // every slot filled
                for (const QString& part :
                     {f.reason, f.municipality, f.providerContact,
                      ReceiptText::dateText(f.liftOn, language),
                      ReceiptText::dateText(f.restriction.setAt.toLocalTime().date(), language)})
                    QVERIFY2(all.contains(part), qPrintable(language + u':' + part));
                QCOMPARE(all.contains(language == QStringLiteral("da")
                                          ? QStringLiteral("du bad om det")
                                          : QStringLiteral("you asked us to")),
                         onRequest);
                const QString what = QStringLiteral("restriction lift notice ") + language;
                const QString problem = paperProblem(*journal, citizen, lines, what);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            QCOMPARE(
                exportsOf(*journal, citizen, QStringLiteral("restriction lift notice ") + language),
                2);
        }
        QGuiApplication::setPalette(original);
        QCOMPARE(RequestDocuments::liftNoticeLines(f, QStringLiteral("fr")).error().code,
                 ErrorCode::InvalidInput);
        RequestDocuments::LiftFacts noReason = f;
        noReason.reason = QStringLiteral("  ");
        QCOMPARE(RequestDocuments::liftNoticeLines(noReason, QStringLiteral("da")).error().code,
                 ErrorCode::InvalidInput);
        RequestDocuments::LiftFacts noController = f;
        noController.municipality.clear();
        QCOMPARE(RequestDocuments::liftNoticeLines(noController, QStringLiteral("da")).error().code,
                 ErrorCode::InvalidInput);
        RequestDocuments::LiftFacts lifted = f;
        lifted.restriction.liftedAt = QDateTime::currentDateTime();
        QCOMPARE(RequestDocuments::liftNoticeLines(lifted, QStringLiteral("da")).error().code,
                 ErrorCode::InvalidInput);
    }

    // The access package to read: every part's heading and every note's every version on
    // its pages, what to review first, black on white under a dark theme; a long case goes on
    // to more pages; the JSON and the PDF both saved and logged against the request.
    void accessPackagePdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is missing: tools/install-deps.sh installs it");
        auto journal = newJournal(QStringLiteral("package.db"),
                                  Identity{QStringLiteral("konsulent1"), QStringLiteral("dev"),
                                           QStringLiteral("Karen Konsulent")});
        QVERIFY(journal);
        QString course;
        const QString citizen = citizenWithCourse(*journal, &course);
        QStringList texts;
        for (int i = 0; i < 40; ++i) { // more than a page of notes
            texts << QStringLiteral("Samtale nummer %1 om praktik og hverdag.").arg(i);
            const QString note = test::require(journal->addNote(citizen, texts.last()), "note");
            if (i % 10 == 0) {
                texts << QStringLiteral("Samtale nummer %1, rettet efter aftale.").arg(i);
                QVERIFY(journal->correctNote(note, texts.last()).ok());
            }
        }
        texts << QStringLiteral("Hendes bror hjælper med transporten.");
        test::require(journal->addNote(citizen, texts.last()), "note");
        // The contact details with their versions, the field in words.
        for (const auto& [field, value] :
             {std::pair{QStringLiteral("address"), QStringLiteral("Prøvevej 1, 9999 Testby")},
              std::pair{QStringLiteral("phone"), QStringLiteral("+45 99 99 99 99")}}) {
            QVERIFY(journal->correctCitizen(citizen, field, value).ok());
            texts << value;
        }
        texts << QStringLiteral("Address") << QStringLiteral("Phone");
        const QString request =
            test::require(journal->addRequest({citizen,
                                               QStringLiteral("access"),
                                               QStringLiteral("letter"),
                                               QDateTime(QDate(2026, 11, 30), QTime(14, 5)),
                                               {}}),
                          "request");
        const QJsonObject package =
            test::require(journal->accessPackage(citizen, request), "package");
        const QPalette original = QGuiApplication::palette();
        QGuiApplication::setPalette(darkPalette());
        const QString json = m_dir.filePath(QStringLiteral("package.json"));
        const QString pdf = m_dir.filePath(QStringLiteral("package.pdf"));
        QVERIFY(!AccessPackageDocument::save(*journal, citizen, package, json, pdf));
        QGuiApplication::setPalette(original);
        QFile saved(json);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(saved.readAll()).object(), package);
        const QString text = squash(pdfText(pdf));
        for (const QString& t : std::as_const(texts))
            QVERIFY2(text.contains(squash(t)), qPrintable(t));
        for (const char* heading :
             {"Access package", "To review before release",
              "Identity and contact details, with every version", "Courses",
              "Notes, with every version", "Consents, with their withdrawals", "Documents",
              "Disclosures: told to whom, and obtained from whom", "Requests from the citizen",
              "Restrictions", "Retention", "Access log: who used the information, when and why"})
            QVERIFY2(text.contains(squash(QString::fromUtf8(heading))), heading);
        QVERIFY(text.contains(squash(QStringLiteral("the text mentions a relative (\"bror\")"))));
        const QList<QImage> pages = this->pages(pdf, m_dir.filePath(QStringLiteral("package")));
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        for (const QImage& page : pages) {
            const Ink ink = inkOf(page);
            QVERIFY(ink.white > ink.total * 7 / 10 && ink.dark > 0);
        }
        QCOMPARE(exportsOf(*journal, citizen, QStringLiteral("access package json ") + request), 1);
        QCOMPARE(exportsOf(*journal, citizen, QStringLiteral("access package pdf ") + request), 1);
    }

    void datesAsEachLanguageWritesThem()
    {
        QCOMPARE(ConsentReceipt::dateText(QDate(2026, 12, 1), QStringLiteral("da")),
                 QStringLiteral("1. december 2026"));
        QCOMPARE(ConsentReceipt::dateText(QDate(2027, 1, 10), QStringLiteral("da")),
                 QStringLiteral("10. januar 2027"));
        QCOMPARE(ConsentReceipt::dateText(QDate(2026, 12, 1), QStringLiteral("en")),
                 QStringLiteral("1 December 2026"));
        QCOMPARE(ConsentReceipt::dateText(QDate(2027, 1, 10), QStringLiteral("en")),
                 QStringLiteral("10 January 2027"));
        Signed da = signedConsent(QStringLiteral("da"), QStringLiteral("dates-da.db"));
        QVERIFY(da.form);
        const QString daText = ConsentReceipt::sentences(da.record, *da.form).join(u'\n');
        QVERIFY2(daText.contains(QStringLiteral("i Testby den 1. december 2026.")),
                 qPrintable(daText));
        QVERIFY2(daText.contains(QStringLiteral("til og med 10. januar 2027")), qPrintable(daText));
        QVERIFY(ConsentReceipt::withdrawalSentences(da.record, *da.form, 0)
                    .join(u'\n')
                    .contains(QStringLiteral("1. december 2026")));
        Signed en = signedConsent(QStringLiteral("en"), QStringLiteral("dates-en.db"));
        QVERIFY(en.form);
        const QString enText = ConsentReceipt::sentences(en.record, *en.form).join(u'\n');
        QVERIFY2(enText.contains(QStringLiteral("in Testby on 1 December 2026.")),
                 qPrintable(enText));
        QVERIFY2(enText.contains(QStringLiteral("including 10 January 2027")), qPrintable(enText));
    }

    // The day of signing is the day in this computer's zone (the consultants'), as when the
    // receipt read the journal's text: half past midnight in Copenhagen is 1 December on the
    // receipt, though the record carries 23:30 UTC on 30 November.
    void theDaySignedIsTheLocalDay()
    {
        const QByteArray zone = qgetenv("TZ");
        const auto restore = qScopeGuard([&] {
            if (zone.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", zone);
        });
        qputenv("TZ", "Europe/Copenhagen");
        const QDateTime afterMidnight(QDate(2026, 12, 1), QTime(0, 30), Qt::LocalTime);
        QCOMPARE(afterMidnight.offsetFromUtc(), 3600);
        Signed s = signedConsent(QStringLiteral("da"), QStringLiteral("midnight.db"), kName,
                                 [afterMidnight] { return afterMidnight; });
        QVERIFY(s.form);
        QCOMPARE(s.record.signedAt, afterMidnight);
        QCOMPARE(s.record.signedAt.timeSpec(), Qt::UTC);
        QCOMPARE(s.record.signedAt.date(), QDate(2026, 11, 30));
        const QString text = ConsentReceipt::sentences(s.record, *s.form).join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("i Testby den 1. december 2026.")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("november")), qPrintable(text));
        QCOMPARE(s.record.withdrawals.size(), 1);
        QCOMPARE(s.record.withdrawals.first().at, afterMidnight);
        const QString withdrawal =
            ConsentReceipt::withdrawalSentences(s.record, *s.form, 0).join(u'\n');
        QVERIFY2(withdrawal.contains(QStringLiteral("1. december 2026")), qPrintable(withdrawal));
        QVERIFY2(!withdrawal.contains(QStringLiteral("november")), qPrintable(withdrawal));
    }

    // The receipt names the consultant, not the user name, and a reprint names whom the first
    // print named, though the name in the journal changed since.
    void theConsultantByNameAsAtSigning()
    {
        Signed s = signedConsent(QStringLiteral("da"), QStringLiteral("name.db"));
        QVERIFY(s.form);
        QCOMPARE(s.record.consultant, kName);
        QVERIFY(ConsentReceipt::sentences(s.record, *s.form)
                    .contains(QStringLiteral("Konsulent: Karen Konsulent")));
        QVERIFY(s.journal->setConsultantName(QStringLiteral("Karen Gift-Konsulent")).ok());
        QCOMPARE(s.journal->consentRecord(s.consent)->consultant, kName);
        const QStringList reprint = ConsentReceipt::withdrawalSentences(
            s.journal->consentRecord(s.consent).value(), *s.form, 0);
        QCOMPARE(reprint.at(reprint.size() - 2), QStringLiteral("Konsulent: Karen Konsulent"));
        // No name known at signing: the journal's name now where it is the same consultant;
        // the user name only while no name is known at all.
        Signed unnamed = signedConsent(QStringLiteral("da"), QStringLiteral("unnamed.db"), {});
        QCOMPARE(unnamed.record.consultant, QStringLiteral("konsulent1"));
        QVERIFY(unnamed.journal->setConsultantName(kName).ok());
        QCOMPARE(unnamed.journal->consentRecord(unnamed.consent)->consultant, kName);
        QVERIFY(unnamed.journal->setConsultantName({}).ok());
        QCOMPARE(unnamed.journal->identity().name, QString());
    }

    // A receipt saved to a file is an export of the citizen's data: logged, for that citizen,
    // only when the file was written.
    void aSavedReceiptIsLoggedAsAnExport()
    {
        Signed s = signedConsent(QStringLiteral("en"), QStringLiteral("export.db"));
        QVERIFY(s.form);
        const QString path = m_dir.filePath(QStringLiteral("export-receipt.pdf"));
        QCOMPARE(exportsOf(*s.journal, s.citizen, QStringLiteral("consent receipt")), 0);
        QVERIFY(ConsentReceipt::save(*s.journal, s.record, *s.form, -1, path).ok());
        QVERIFY(QFile::exists(path));
        QCOMPARE(exportsOf(*s.journal, s.citizen, QStringLiteral("consent receipt")), 1);
        QVERIFY(ConsentReceipt::save(*s.journal, s.record, *s.form, 0,
                                     m_dir.filePath(QStringLiteral("export-withdrawal.pdf")))
                    .ok());
        QCOMPARE(exportsOf(*s.journal, s.citizen, QStringLiteral("withdrawal receipt")), 1);
        // Nowhere to write: no file, nothing logged, and the journal goes on.
        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/receipt.pdf"));
        QVERIFY(!ConsentReceipt::save(*s.journal, s.record, *s.form, -1, nowhere).ok());
        QVERIFY(!QFile::exists(nowhere));
        QCOMPARE(exportsOf(*s.journal, s.citizen, QStringLiteral("consent receipt")), 1);
        QVERIFY(s.journal->verify().ok());
    }

    // A consent signed on version 1 of the form has its receipt in version 1's words, one
    // signed on version 2 in version 2's, in both languages; a version not installed makes no
    // receipt.
    void aReceiptHasTheWordsOfTheVersionSigned_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("da") << "da";
        QTest::newRow("en") << "en";
    }
    void aReceiptHasTheWordsOfTheVersionSigned()
    {
        QFETCH(QString, language);
        const auto made =
            newJournal(language + QStringLiteral("-v.db"),
                       Identity{QStringLiteral("Konsulent Testesen"), QStringLiteral("dev")});
        QVERIFY(made);
        Journal& journal = *made;
        QString course;
        const QString citizen = citizenWithCourse(journal, &course);
        const TemplateCatalogue forms = TemplateCatalogue::load();
        const QString id = QStringLiteral("fortrolig-standard");
        for (int version : {1, 2}) {
            const ConsentTemplate* form = forms.find(id, language, version);
            QVERIFY(form);
            auto consent = journal.giveConsent(consentInput(*form, citizen, course));
            QVERIFY2(consent.ok(), qPrintable(consent.error().message()));
            auto record = journal.consentRecord(consent.value());
            QVERIFY(record.ok());
            QCOMPARE(record->templateVersion, version);
            QString problem;
            const ConsentTemplate* found = ConsentReceipt::formFor(record.value(), forms, &problem);
            QVERIFY2(found == form, qPrintable(problem));
            const QString other =
                forms.find(id, language, 3 - version)->text(QStringLiteral("withdraw"));
            const QStringList words = ConsentReceipt::sentences(record.value(), *found);
            QVERIFY(words.contains(form->text(QStringLiteral("withdraw"))));
            QVERIFY(!words.contains(other));
            ConsentRecord unknown = record.value();
            unknown.templateVersion = 9;
            QVERIFY(!ConsentReceipt::formFor(unknown, forms, &problem));
            QVERIFY(problem.contains(QStringLiteral("9")));
        }
    }

    // A consent to every recipient kind the newest form has, both ways, every category: more
    // than a page. Every line of the receipt is on paper, the reference with both hashes
    // included, and the signature and the reference are not cut at a page's end.
    void aLongReceiptGoesOnToMorePages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("da") << "da";
        QTest::newRow("en") << "en";
    }
    void aLongReceiptGoesOnToMorePages()
    {
        QFETCH(QString, language);
        const auto made = newJournal(language + QStringLiteral("-long.db"),
                                     Identity{QStringLiteral("Konsulent Testesen"), {}});
        QVERIFY(made);
        Journal& journal = *made;
        QString course;
        const QString citizen = citizenWithCourse(journal, &course);
        const ConsentTemplate* form = m_forms.find(QStringLiteral("fortrolig-standard"), language);
        QVERIFY(form);
        ConsentInput c = consentInput(*form, citizen, course);
        c.form = form;
        c.details = {{QStringLiteral("courseType"), QStringLiteral("afklaringsforløb")},
                     {QStringLiteral("courseStart"), QStringLiteral("2026-11-02")},
                     {QStringLiteral("retentionMonths"), QStringLiteral("6")},
                     {QStringLiteral("providerContact"), QStringLiteral("tlf. 00 00 00 01")}};
        c.grants.clear();
        QStringList every;
        for (const ConsentTemplate::Category& category : form->categories())
            every << category.id;
        for (const ConsentTemplate::RecipientKindText& kind : form->recipients()) {
            const Recipient to{kind.kind, kind.kind == QStringLiteral("jobcentre")
                                              ? QStringLiteral("Andenby Kommune")
                                          : kind.named ? QStringLiteral("Modtager Prøve, rolle")
                                                       : QString()};
            c.grants << ConsentGrant{to, every, Direction::Tell, form->purposes().at(0).label}
                     << ConsentGrant{to, every, Direction::Obtain, form->purposes().at(1).label};
        }
        auto id = journal.giveConsent(c);
        QVERIFY2(id.ok(), qPrintable(id.error().message()));
        auto record = journal.consentRecord(id.value());
        QVERIFY(record.ok());
        const QString pdf = m_dir.filePath(language + QStringLiteral("-long.pdf"));
        QVERIFY(writeFile(ConsentReceipt::pdf(record.value(), *form), pdf));
        if (qEnvironmentVariableIsSet("FORTROLIG_KEEP_RECEIPTS")) // for a person to look at
            QFile::copy(pdf, qEnvironmentVariable("FORTROLIG_KEEP_RECEIPTS") + QLatin1Char('/') +
                                 language + QStringLiteral("-long.pdf"));
        const QString text = pdfText(pdf);
        QVERIFY2(text.count(QLatin1Char('\f')) >= 2, qPrintable(text)); // a page feed each
        // pdftotext gives a line broken after "a-" and a ligature ("ﬀ") as they are on paper:
        // compared without white space and with the ligatures written out. The line a page
        // breaks after is in the PDF twice, the second time clipped off the next page's top
        // (as in QTextDocument::print): read once.

        QStringList once;
        for (const QString& line : text.split(QLatin1Char('\n')))
            if (line.trimmed().isEmpty() || once.isEmpty() || once.last() != line.trimmed())
                once << line.trimmed();
        const QString flat = squash(once.join(u' '));
        for (const QString& line : ConsentReceipt::sentences(record.value(), *form))
            QVERIFY2(flat.contains(squash(line)), qPrintable(line));
        QVERIFY(flat.contains(record->receiptHash));
    }

    void receiptFromTheRecord_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("mayShare");
        QTest::addColumn<QString>("mayObtain");
        QTest::newRow("da") << "da"
                            << "Prøve Aktør må på vegne af Testby Kommune fortælle din læge (Dr. "
                               "Prøve) om: almindelige oplysninger, oplysninger om dit helbred."
                            << "Prøve Aktør må på vegne af Testby Kommune få oplysninger fra din "
                               "læge (Dr. Prøve) om: oplysninger om dit helbred. Formål: at få "
                               "en lægeattest";
        QTest::newRow("en") << "en"
                            << "Prøve Aktør may, on behalf of Testby Kommune, tell your doctor "
                               "(Dr. Prøve) about: ordinary information, information about your "
                               "health."
                            << "Prøve Aktør may, on behalf of Testby Kommune, obtain information "
                               "from your doctor (Dr. Prøve) about: information about your "
                               "health. Purpose: to get a medical";
    }
    void receiptFromTheRecord()
    {
        QFETCH(QString, language);
        QFETCH(QString, mayShare);
        QFETCH(QString, mayObtain);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is missing: tools/install-deps.sh installs it");
        const auto made =
            newJournal(language + QStringLiteral(".db"),
                       Identity{QStringLiteral("Konsulent Testesen"), QStringLiteral("dev")});
        QVERIFY(made);
        Journal& journal = *made;
        QString course;
        const QString citizen = citizenWithCourse(journal, &course);
        const TemplateCatalogue forms = TemplateCatalogue::load();
        const ConsentTemplate* form = forms.find(QStringLiteral("fortrolig-standard"), language);
        QVERIFY(form);
        Signature sig;
        sig.canvas = QSize(600, 200);
        sig.strokes = {{{40, 150}, {120, 60}, {200, 150}, {280, 60}, {360, 150}}};
        ConsentInput c;
        c.citizenId = citizen;
        c.courseId = course;
        c.templateId = form->id();
        c.templateVersion = form->version();
        c.language = language;
        c.controller = QStringLiteral("Testby Kommune");
        c.processor = QStringLiteral("Prøve Aktør");
        c.textHash = form->textHash(c.controller, c.processor);
        const Recipient theDoctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        c.grants = {{theDoctor, {QStringLiteral("ordinary"), QStringLiteral("health")}},
                    {theDoctor,
                     {QStringLiteral("health")},
                     Direction::Obtain,
                     form->purposes().at(2).label}};
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
        QVERIFY(writeFile(ConsentReceipt::pdf(record.value(), *form), a));
        // Later, from the record again.
        auto again = journal.consentRecord(id.value());
        QVERIFY(writeFile(ConsentReceipt::pdf(again.value(), *form), b));

        if (qEnvironmentVariableIsSet("FORTROLIG_KEEP_RECEIPTS")) // for a person to look at
            QFile::copy(a, qEnvironmentVariable("FORTROLIG_KEEP_RECEIPTS") + QLatin1Char('/') +
                               language + QStringLiteral(".pdf"));
        const QString text = pdfText(a);
        QVERIFY2(text.simplified().contains(mayShare), qPrintable(text));
        QVERIFY2(text.simplified().contains(mayObtain), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Kvittering Testsen")));
        QVERIFY(text.contains(c.textHash.left(16)));
        QVERIFY(text.contains(id.value().left(8)));
        QCOMPARE(pdfText(b), text);
        const QImage pa = firstPage(a, m_dir.filePath(language + QStringLiteral("-pa")));
        const QImage pb = firstPage(b, m_dir.filePath(language + QStringLiteral("-pb")));
        QVERIFY(!pa.isNull());
        QCOMPARE(pa, pb);

        // Withdrawals: first asking the doctor about health, then the whole consent. Each has
        // a receipt of its own, in the form's language; the consent's receipt stays as signed.
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("dr. prøve")};
        QVERIFY(!journal.withdrawConsent(id.value(), doctor, QStringLiteral("health"),
                                         Direction::Obtain));
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
        QVERIFY2(one.join(u' ').contains(language == QStringLiteral("da")
                                             ? QStringLiteral("ikke længere få oplysninger fra")
                                             : QStringLiteral("no longer obtain information from")),
                 qPrintable(one.join(u'\n')));
        QVERIFY(!all.contains(form->receiptPhrase(QStringLiteral("stillValid"))));
        const QString w = m_dir.filePath(language + QStringLiteral("-withdrawn.pdf"));
        QVERIFY(writeFile(ConsentReceipt::pdf(withdrawn.value(), *form, 0), w));
        QVERIFY(pdfText(w).simplified().contains(healthLabel));
        QCOMPARE(ConsentReceipt::pdf(withdrawn.value(), *form, 2).error().code,
                 ErrorCode::NotFound);
    }

    // fortrolig-cli consent receipt makes the receipt the window makes (the same function on
    // the same record and form): the same text and the same pages, logged as an export; and
    // the withdrawal's. On a dark desktop too.
    void cliMakesTheWindowsReceipt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("da") << "da"
                            << QStringList{QStringLiteral("Kvittering Testsen"),
                                           QStringLiteral("din læge (Dr. Prøve)"),
                                           QStringLiteral("til og med 10. januar 2027"),
                                           QStringLiteral("Konsulent: Karen Konsulent")};
        QTest::newRow("en") << "en"
                            << QStringList{QStringLiteral("Kvittering Testsen"),
                                           QStringLiteral("your doctor (Dr. Prøve)"),
                                           QStringLiteral("including 10 January 2027"),
                                           QStringLiteral("Consultant: Karen Konsulent")};
    }
    void cliMakesTheWindowsReceipt()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const QString dir = m_dir.filePath(QStringLiteral("cli-") + language);
        test::NoKeychain keychain;
        QString consent;
        QString citizen;
        const ConsentTemplate* form = m_forms.find(QStringLiteral("fortrolig-standard"), language);
        QVERIFY(form);
        {
            JournalAccess access(dir, keychain);
            JournalAccess::InitOptions options;
            options.kdf = KdfProfile::Interactive;
            options.useFileStore = true;
            options.consultant = QStringLiteral("konsulent1");
            QVERIFY(access.init(test::secret(kPass.toUtf8().constData()), options).ok());
            auto journal = access.unlock(test::secret(kPass.toUtf8().constData()));
            QVERIFY(journal.ok());
            QVERIFY(journal.value()->setConsultantName(kName).ok());
            consent = signAndWithdraw(*journal.value(), *form, &citizen);
        }
        auto cli = [&](const QStringList& args, const QStringList& extraEnv = {}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("FORTROLIG_PASSPHRASE"), kPass);
            env.insert(QStringLiteral("HOME"), dir);       // no desktop settings of the developer's
            env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI chooses offscreen itself
            for (const QString& kv : extraEnv)
                env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(FORTROLIG_CLI),
                    QStringList{QStringLiteral("--journal"), dir, QStringLiteral("consent"),
                                QStringLiteral("receipt"), QStringLiteral("--consent"), consent} +
                        args);
            p.waitForFinished(60000);
            if (p.exitCode() != 0)
                qWarning() << p.readAllStandardError();
            return p.exitCode();
        };
        const QString cliReceipt = dir + QStringLiteral("/cli-receipt.pdf");
        const QString cliWithdrawal = dir + QStringLiteral("/cli-withdrawal.pdf");
        // A dark desktop theme in the environment changes nothing on paper.
        QCOMPARE(
            cli({QStringLiteral("--to"), cliReceipt}, {QStringLiteral("QT_QPA_PLATFORMTHEME=gtk3"),
                                                       QStringLiteral("GTK_THEME=Adwaita:dark")}),
            0);
        QCOMPARE(cli({QStringLiteral("--to"), cliWithdrawal, QStringLiteral("--withdrawal"),
                      QStringLiteral("latest")}),
                 0);
        QCOMPARE(cli({QStringLiteral("--to"), dir + QStringLiteral("/x.pdf"),
                      QStringLiteral("--withdrawal"), QStringLiteral("2")}),
                 1); // there is one withdrawal
        QCOMPARE(cli({}), 2);

        // The window's Save as PDF (ReceiptDialog::saveTo calls ConsentReceipt::save).
        JournalAccess access(dir, keychain);
        auto journal = access.unlock(test::secret(kPass.toUtf8().constData()));
        QVERIFY(journal.ok());
        auto record = journal.value()->consentRecord(consent);
        QVERIFY(record.ok());
        const QString windowReceipt = dir + QStringLiteral("/window-receipt.pdf");
        const QString windowWithdrawal = dir + QStringLiteral("/window-withdrawal.pdf");
        QVERIFY(
            ConsentReceipt::save(*journal.value(), record.value(), *form, -1, windowReceipt).ok());
        QVERIFY(ConsentReceipt::save(*journal.value(), record.value(), *form, 0, windowWithdrawal)
                    .ok());

        const QString text = pdfText(cliReceipt);
        QCOMPARE(text, pdfText(windowReceipt));
        const QString words = text.simplified();
        for (const QString& e : expected)
            QVERIFY2(words.contains(e), qPrintable(e + QStringLiteral(" in: ") + words));
        const QString signedOn =
            ConsentReceipt::dateText(record->signedAt.toLocalTime().date(), language);
        QVERIFY2(words.contains(signedOn), qPrintable(signedOn));
        QVERIFY(!words.contains(QStringLiteral("konsulent1")));
        QCOMPARE(pages(cliReceipt, dir + QStringLiteral("/c")),
                 pages(windowReceipt, dir + QStringLiteral("/w")));
        const Ink ink = inkOf(pages(cliReceipt, dir + QStringLiteral("/c")).first());
        QVERIFY2(ink.darkTop > 1000, QByteArray::number(ink.darkTop).constData());

        const QString withdrawalText = pdfText(cliWithdrawal);
        QCOMPARE(withdrawalText, pdfText(windowWithdrawal));
        QVERIFY(withdrawalText.simplified().contains(expected.first()));
        QVERIFY(withdrawalText.simplified().contains(expected.last()));
        QVERIFY(withdrawalText.simplified().contains(signedOn));
        QVERIFY(withdrawalText.simplified().contains(
            form->receiptPhrase(QStringLiteral("withdrawalTitle"))));

        // Two saved by the CLI, two by the window: each an export for the citizen.
        QCOMPARE(exportsOf(*journal.value(), citizen, QStringLiteral("consent receipt")), 2);
        QCOMPARE(exportsOf(*journal.value(), citizen, QStringLiteral("withdrawal receipt")), 2);
        QVERIFY(journal.value()->verify().ok());
    }
};

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
