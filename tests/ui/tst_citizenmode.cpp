// Citizen mode driven through its widgets: the whole form with nothing pre-chosen, the
// signature drawn with synthesized mouse and pen events, the record checked field by field,
// the receipt's text, saying no, another language and right to left, the holder of parental
// responsibility under 15, and leaving only with the consultant's passphrase.
#include "TestSupport.h"
#include "app/consent/ConsentTemplate.h"
#include "app/consent/ReceiptText.h"
#include "app/journal/JournalAccess.h"
#include "consent/CitizenMode.h"
#include "consent/ConsentWizard.h"
#include "consent/ReceiptDialog.h"
#include "consent/SignaturePad.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointingDevice>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabletEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace fortrolig;

namespace {
const char* kPass = "konsulentens lange adgangsfrase";

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}
} // namespace

class TestCitizenMode : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::MemoryKeyStore m_keychain;
    std::unique_ptr<JournalAccess> m_access;
    std::unique_ptr<Journal> m_journal;
    TemplateCatalogue m_catalogue;
    QString m_citizen, m_course;
    std::unique_ptr<CitizenMode> m_mode;
    int m_round = 0;
    QStringList m_cut; // pages whose text did not fit (shot())

    CitizenModeSetup setup(QList<Recipient> recipients, QDate birth = QDate(1958, 1, 1))
    {
        CitizenModeSetup s;
        s.citizenId = m_citizen;
        s.citizenName = QStringLiteral("Borger Testsen");
        s.birthDate = birth;
        s.courseId = m_course;
        s.courseType = QStringLiteral("afklaringsforløb"); // as ConsentPrepDialog reads the course
        s.courseStart = QDate::currentDate().addDays(-7);
        s.municipality = QStringLiteral("Testby Kommune");
        s.provider = QStringLiteral("Prøve Aktør");
        s.providerContact = QStringLiteral("tlf. 00 00 00 01");
        s.templateId = QStringLiteral("fortrolig-standard");
        s.language = QStringLiteral("da");
        s.place = QStringLiteral("Testby");
        for (const Recipient& r : recipients)
            s.asks << CitizenModeSetup::Ask{r};
        return s;
    }

    ConsentWizard* start(const CitizenModeSetup& s)
    {
        m_mode = std::make_unique<CitizenMode>(*m_journal, *m_access, m_catalogue, s);
        m_mode->resize(1000, 800);
        m_mode->show();
        if (!QTest::qWaitForWindowExposed(m_mode.get()))
            return nullptr;
        return m_mode->wizard();
    }

    // tools/screenshots.sh runs this test under Xvfb with FORTROLIG_SHOTS=DIR: each page as
    // the citizen sees it, for a person to look at. Nothing is saved otherwise.
    // Every page photographed is also checked for text cut off: its content as tall as its
    // words need at its width, and the scroll area able to reach the end of it.
    static QString cutOff(const ConsentWizard* w)
    {
        auto* stack = w->findChild<QStackedWidget*>(QStringLiteral("wizardPages"));
        auto* scroll = qobject_cast<QScrollArea*>(stack->currentWidget());
        if (!scroll)
            return {};
        const QWidget* inner = scroll->widget();
        const int needed = inner->hasHeightForWidth() ? inner->heightForWidth(inner->width())
                                                      : inner->minimumSizeHint().height();
        const int reach = scroll->viewport()->height() + scroll->verticalScrollBar()->maximum();
        if (inner->height() >= needed && reach >= inner->height())
            return {};
        return QStringLiteral("%1: needs %2 px, laid out in %3, reachable %4")
            .arg(scroll->objectName())
            .arg(needed)
            .arg(inner->height())
            .arg(reach);
    }

    void shot(const QString& name)
    {
        QCoreApplication::processEvents(); // the layout settles as a person's screen would
        if (const QString cut = cutOff(m_mode->wizard()); !cut.isEmpty())
            m_cut << name + QStringLiteral(" ") + cut;
        const QString dir = qEnvironmentVariable("FORTROLIG_SHOTS");
        if (!dir.isEmpty())
            m_mode->grab().save(
                QDir(dir).filePath(QStringLiteral("citizen-") + name + QStringLiteral(".png")));
    }

    template <typename T> T* onPage(ConsentWizard* w, const QString& name) const
    {
        auto* stack = w->findChild<QStackedWidget*>(QStringLiteral("wizardPages"));
        return stack->currentWidget()->findChild<T*>(name);
    }
    // As a person clicks: a radio button or check box stretched across the page reacts to
    // its indicator and label, so click near its leading edge.
    static void click(QWidget* w)
    {
        QVERIFY2(w, "no such widget on this page");
        QPoint at = w->rect().center();
        if (qobject_cast<QRadioButton*>(w) || qobject_cast<QCheckBox*>(w))
            at.setX(w->layoutDirection() == Qt::RightToLeft ? w->width() - 8 : 8);
        QTest::mouseClick(w, Qt::LeftButton, {}, at);
    }
    static QPushButton* next(ConsentWizard* w)
    {
        return w->findChild<QPushButton*>(QStringLiteral("wizardNext"));
    }
    static QString message(ConsentWizard* w)
    {
        return w->findChild<QLabel*>(QStringLiteral("wizardMessage"))->text();
    }

    // A signature: a stroke with the mouse, then one with a pen whose pressure rises.
    void sign(ConsentWizard* w)
    {
        auto* pad = onPage<SignaturePad>(w, QStringLiteral("signaturePad"));
        QVERIFY(pad && pad->isVisible());
        QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(30, 60));
        for (int i = 1; i <= 15; ++i)
            QTest::mouseMove(pad, QPoint(30 + i * 12, 60 + (i % 4) * 8));
        QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(210, 60));
        const QPointingDevice stylus(
            QStringLiteral("test stylus"), 4243, QInputDevice::DeviceType::Stylus,
            QPointingDevice::PointerType::Pen,
            QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
        auto send = [&](QEvent::Type type, QPointF at, qreal pressure) {
            QTabletEvent e(type, &stylus, at, pad->mapToGlobal(at), pressure, 0, 0, 0, 0, 0, {},
                           type == QEvent::TabletMove ? Qt::NoButton : Qt::LeftButton,
                           type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
            QApplication::sendEvent(pad, &e);
        };
        send(QEvent::TabletPress, {60, 120}, 0.3);
        for (int i = 1; i <= 20; ++i)
            send(QEvent::TabletMove, {60.0 + i * 15, 120.0 - i}, 0.3 + i * 0.03);
        send(QEvent::TabletRelease, {360, 100}, 0);
        QCOMPARE(pad->signature().strokes.size(), 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalogue = TemplateCatalogue::load();
        QVERIFY(m_catalogue.problems.isEmpty());
        QVERIFY(m_catalogue.find(QStringLiteral("fortrolig-standard"), QStringLiteral("da")));
    }

    void init()
    {
        m_access =
            std::make_unique<JournalAccess>(m_dir.filePath(QString::number(++m_round)), m_keychain);
        JournalAccess::InitOptions o;
        o.kdf = KdfProfile::Interactive;
        o.consultant = QStringLiteral("konsulent1");
        QVERIFY(m_access->init(test::secret(kPass), o).ok());
        auto j = m_access->unlock(test::secret(kPass));
        QVERIFY(j.ok());
        m_journal = std::move(j.value());
        m_citizen = m_journal
                        ->addCitizen(QStringLiteral("Borger Testsen"),
                                     *Cpr::parse(QString::fromLatin1(test::kFakeCpr)))
                        .value();
        m_course = m_journal
                       ->addCourse({m_citizen,
                                    QStringLiteral("Testby Kommune"),
                                    QStringLiteral("afklaringsforløb"),
                                    {},
                                    QDate::currentDate().addDays(-7),
                                    QDate::currentDate().addMonths(6)})
                       .value();
    }

    void cleanup()
    {
        m_mode.reset();
        m_journal.reset();
        const QStringList cut = std::exchange(m_cut, {});
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }

    // Naming the trade union reveals membership (a special category): its question says so,
    // in the form's language, and no other recipient's question carries the note.
    void theUnionsQuestionSaysWhatNamingItMeans()
    {
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        const Recipient union_{QStringLiteral("union"), QStringLiteral("Prøveforbundet")};
        ConsentWizard* w = start(setup({doctor, union_}));
        QVERIFY(w);
        click(onPage<QRadioButton>(w, QStringLiteral("wizardLanguage_da")));
        QTRY_COMPARE(w->language(), QStringLiteral("da"));
        click(next(w)); // about
        click(next(w)); // the doctor
        QCOMPARE(w->currentPage(), ConsentSession::Page::Recipient);
        QVERIFY(!onPage<QLabel>(w, QStringLiteral("wizardRecipientNote")));
        click(onPage<QRadioButton>(w, QStringLiteral("wizardNo")));
        click(next(w)); // the union
        auto* note = onPage<QLabel>(w, QStringLiteral("wizardRecipientNote"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(QStringLiteral("følsom oplysning")),
                 qPrintable(note->text()));
    }

    // Telling and obtaining are asked apart, each with the purpose the consultant chose, in
    // the language the citizen reads: the doctor both ways, the placement company asked only.
    // Answered by keyboard; the record keeps each direction, its categories and purpose.
    void tellingAndObtainingAreAskedApart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected"); // questions, purpose words, summary words
        QTest::newRow("da") << "da"
                            << QStringList{QStringLiteral("Må Prøve Aktør dele oplysninger om dig "
                                                          "med din læge (Dr. Prøve)?"),
                                           QStringLiteral("Må Prøve Aktør få oplysninger om dig "
                                                          "fra din læge (Dr. Prøve)?"),
                                           QStringLiteral("Hvorfor vi spørger: for at få en "
                                                          "lægeattest"),
                                           QStringLiteral("Hvad må vi spørge om?"),
                                           QStringLiteral("få oplysninger fra din læge (Dr. "
                                                          "Prøve) om: oplysninger om dit helbred. "
                                                          "Formål: at få en lægeattest")};
        QTest::newRow("en") << "en"
                            << QStringList{QStringLiteral("May Prøve Aktør share information "
                                                          "about you with your doctor (Dr. "
                                                          "Prøve)?"),
                                           QStringLiteral("May Prøve Aktør get information about "
                                                          "you from your doctor (Dr. Prøve)?"),
                                           QStringLiteral("Why we ask: to get a medical"),
                                           QStringLiteral("What may we ask them about?"),
                                           QStringLiteral("obtain information from your doctor "
                                                          "(Dr. Prøve) about: information about "
                                                          "your health. Purpose: to get a "
                                                          "medical")};
    }
    void tellingAndObtainingAreAskedApart()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        CitizenModeSetup s = setup({});
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        const Recipient company{QStringLiteral("internship"), QStringLiteral("Bageriet Test")};
        s.asks = {{doctor, true, true, QStringLiteral("statement")},
                  {company, false, true, {}, QStringLiteral("høre, hvordan det går")}};
        ConsentWizard* w = start(s);
        QVERIFY(w);
        click(onPage<QRadioButton>(w, QStringLiteral("wizardLanguage_") + language));
        QTRY_COMPARE(w->language(), language);
        click(next(w)); // about
        const auto heading = [&] {
            return onPage<QLabel>(w, QStringLiteral("wizardHeading"))->text();
        };
        const auto answer = [&](const char* button) {
            auto* b = onPage<QRadioButton>(w, QString::fromLatin1(button));
            b->setFocus();
            QTest::keyClick(b, Qt::Key_Space);
            QVERIFY(b->isChecked());
        };
        const auto tick = [&](const char* category) {
            auto* b = onPage<QCheckBox>(w, QStringLiteral("wizardCategory_") +
                                               QString::fromLatin1(category));
            QTest::keyClick(b, Qt::Key_Space);
            QVERIFY(b->isChecked());
        };
        click(next(w)); // 1: tell the doctor
        QCOMPARE(heading(), expected.at(0));
        QVERIFY(onPage<QLabel>(w, QStringLiteral("wizardPurposeOfQuestion"))
                    ->text()
                    .startsWith(expected.at(2)));
        answer("wizardNo");
        click(next(w)); // 2: ask the doctor
        QCOMPARE(heading(), expected.at(1));
        QVERIFY(onPage<QGroupBox>(w, QStringLiteral("wizardCategories"))
                    ->title()
                    .startsWith(expected.at(3)));
        for (QCheckBox* b : w->findChild<QStackedWidget*>(QStringLiteral("wizardPages"))
                                ->currentWidget()
                                ->findChildren<QCheckBox*>())
            QVERIFY(!b->isChecked()); // nothing chosen in advance, here either
        answer("wizardYes");
        tick("health");
        shot(QStringLiteral("obtain-") + language);
        click(next(w)); // 3: ask the company; the consultant's own words for why
        QVERIFY(heading().contains(QStringLiteral("Bageriet Test")));
        QVERIFY(onPage<QLabel>(w, QStringLiteral("wizardPurposeOfQuestion"))
                    ->text()
                    .contains(QStringLiteral("høre, hvordan det går")));
        answer("wizardYes");
        tick("ordinary");
        click(next(w));
        click(onPage<QRadioButton>(w, QStringLiteral("wizardUntilCourseEnd")));
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Rights);
        click(next(w));
        const QString summary = onPage<QLabel>(w, QStringLiteral("wizardSummaryText"))->text();
        QVERIFY2(summary.contains(expected.at(4)), qPrintable(summary));
        QVERIFY2(!summary.contains(language == QStringLiteral("da") ? QStringLiteral("fortælle")
                                                                    : QStringLiteral(" tell ")),
                 qPrintable(summary));
        click(next(w));
        sign(w);
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Done);
        auto r = m_journal->consentRecord(w->savedConsentId());
        QVERIFY(r.ok());
        QCOMPARE(r->grants.size(), 2);
        for (const ConsentGrant& g : r->grants) {
            QCOMPARE(g.direction, Direction::Obtain);
            QVERIFY(!g.purpose.isEmpty());
        }
        QVERIFY(
            m_journal->mayDisclose(m_citizen, doctor, {QStringLiteral("health")}, Direction::Obtain)
                ->allowed);
        QVERIFY(!m_journal->mayDisclose(m_citizen, doctor, {QStringLiteral("health")})->allowed);
    }

    void theWholeFormGivesAConsent()
    {
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        const Recipient akasse{QStringLiteral("akasse"), {}};
        ConsentWizard* w = start(setup({doctor, akasse}));
        QVERIFY(w);
        QSignalSpy saved(w, &ConsentWizard::saved);

        // Language: Danish to begin with, English on offer.
        QCOMPARE(w->currentPage(), ConsentSession::Page::Language);
        shot(QStringLiteral("1-language-da"));
        QVERIFY(onPage<QRadioButton>(w, QStringLiteral("wizardLanguage_da"))->isChecked());
        QVERIFY(onPage<QRadioButton>(w, QStringLiteral("wizardLanguage_en")));
        QCOMPARE(next(w)->text(),
                 QStringLiteral("&Næste")); // the form's language, not the window's
        QVERIFY(!w->findChild<QPushButton*>(QStringLiteral("wizardBack"))->isEnabled());
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("wizardProgress"))
                    ->text()
                    .contains(QStringLiteral("1 af 9")));
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::About);
        QVERIFY(onPage<QLabel>(w, QStringLiteral("wizardPurpose"))
                    ->text()
                    .contains(QStringLiteral("Du siger ja eller nej til hver enkelt")));
        shot(QStringLiteral("2-about-da"));
        click(next(w));

        // The doctor: nothing chosen, and the page cannot be left without an answer.
        QCOMPARE(w->currentPage(), ConsentSession::Page::Recipient);
        QCOMPARE(w->currentRecipient(), 0);
        auto* yes = onPage<QRadioButton>(w, QStringLiteral("wizardYes"));
        auto* no = onPage<QRadioButton>(w, QStringLiteral("wizardNo"));
        QVERIFY(!yes->isChecked() && !no->isChecked());
        QVERIFY(onPage<QLabel>(w, QStringLiteral("wizardHeading"))
                    ->text()
                    .contains(QStringLiteral("din læge (Dr. Prøve)")));
        const auto boxes = w->findChild<QStackedWidget*>(QStringLiteral("wizardPages"))
                               ->currentWidget()
                               ->findChildren<QCheckBox*>();
        QCOMPARE(boxes.size(), 6);
        for (QCheckBox* b : boxes)
            QVERIFY2(!b->isChecked() && !b->isEnabled(), qPrintable(b->objectName()));
        // Health and criminal records stand apart, each its own explicit choice.
        auto* sensitive = onPage<QGroupBox>(w, QStringLiteral("wizardSensitiveCategories"));
        QVERIFY(sensitive->findChild<QCheckBox*>(QStringLiteral("wizardCategory_health")));
        QVERIFY(sensitive->findChild<QCheckBox*>(QStringLiteral("wizardCategory_criminal")));
        QVERIFY(!sensitive->findChild<QCheckBox*>(QStringLiteral("wizardCategory_ordinary")));
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Recipient);
        QCOMPARE(message(w), QStringLiteral("Vælg ja eller nej."));
        shot(QStringLiteral("3-recipient-unanswered-da"));
        click(yes);
        click(next(w));
        QCOMPARE(w->currentRecipient(), 0);
        QVERIFY(message(w).contains(QStringLiteral("svar nej")));
        // By keyboard: the boxes are reachable and ticked with the space bar.
        QTest::keyClick(onPage<QCheckBox>(w, QStringLiteral("wizardCategory_ordinary")),
                        Qt::Key_Space);
        QTest::keyClick(onPage<QCheckBox>(w, QStringLiteral("wizardCategory_health")),
                        Qt::Key_Space);
        QVERIFY(message(w).isEmpty()); // what was missing is there now
        shot(QStringLiteral("4-recipient-chosen-da"));
        click(next(w));

        // The a-kasse: no.
        QCOMPARE(w->currentRecipient(), 1);
        click(onPage<QRadioButton>(w, QStringLiteral("wizardNo")));
        click(next(w));

        // Validity: must be chosen; a date of the citizen's.
        QCOMPARE(w->currentPage(), ConsentSession::Page::Validity);
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Validity);
        QVERIFY(!message(w).isEmpty());
        const QDate until = QDate::currentDate().addDays(40);
        click(onPage<QRadioButton>(w, QStringLiteral("wizardUntilDate")));
        onPage<QDateEdit>(w, QStringLiteral("wizardValidDate"))->setDate(until);
        shot(QStringLiteral("5-validity-da"));
        click(next(w));

        // The citizen's rights, before the summary: the course named, the controller's
        // contacts (not registered here: where to find them), retention, the complaint route.
        QCOMPARE(w->currentPage(), ConsentSession::Page::Rights);
        QCOMPARE(onPage<QLabel>(w, QStringLiteral("wizardHeading"))->text(),
                 QStringLiteral("Dine rettigheder og hvad der sker med dine oplysninger"));
        QVERIFY(onPage<QLabel>(w, QStringLiteral("wizardText_contactsUnknown")));
        QVERIFY(!onPage<QLabel>(w, QStringLiteral("wizardText_approved")));
        QVERIFY(onPage<QLabel>(w, QStringLiteral("wizardText_retention"))
                    ->text()
                    .contains(QStringLiteral("sletter vi 6 måneder efter")));
        QVERIFY(onPage<QLabel>(w, QStringLiteral("wizardText_complaint"))
                    ->text()
                    .contains(QStringLiteral("33\u00a019\u00a032\u00a000")));
        QVERIFY(onPage<QLabel>(w, QStringLiteral("wizardText_withdraw"))
                    ->text()
                    .contains(
                        QStringLiteral("skriv til Prøve Aktør (tlf. 00\u00a000\u00a000\u00a001)")));
        shot(QStringLiteral("5b-rights-da"));
        click(next(w));

        // Summary in plain sentences.
        QCOMPARE(w->currentPage(), ConsentSession::Page::Summary);
        const QString summary = onPage<QLabel>(w, QStringLiteral("wizardSummaryText"))->text();
        QVERIFY2(summary.contains(QStringLiteral(
                     "Prøve Aktør må på vegne af Testby Kommune fortælle din læge (Dr. Prøve) "
                     "om: almindelige oplysninger, oplysninger om dit helbred.")),
                 qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("a-kasse")));
        QVERIFY(summary.contains(QStringLiteral("til og med")));
        shot(QStringLiteral("6-summary-da"));
        // Back keeps what was chosen.
        click(w->findChild<QPushButton*>(QStringLiteral("wizardBack")));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Rights);
        click(w->findChild<QPushButton*>(QStringLiteral("wizardBack")));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Validity);
        click(next(w));
        click(next(w));
        click(next(w));

        // Signature: a tap or nothing is not a signature.
        QCOMPARE(w->currentPage(), ConsentSession::Page::Signature);
        QCOMPARE(next(w)->text(), QStringLiteral("&Underskriv"));
        QCOMPARE(onPage<QLineEdit>(w, QStringLiteral("wizardSigner"))->text(),
                 QStringLiteral("Borger Testsen"));
        QVERIFY(!onPage<QLabel>(w, QStringLiteral("wizardGuardianNote")));
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Signature);
        QVERIFY(message(w).contains(QStringLiteral("Skriv under")));
        QCOMPARE(saved.count(), 0);
        sign(w);
        shot(QStringLiteral("7-signature-da"));
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Done);
        shot(QStringLiteral("8-done-da"));
        QCOMPARE(saved.count(), 1);
        const QString id = w->savedConsentId();
        QVERIFY(!id.isEmpty());

        // The record, field by field.
        auto r = m_journal->consentRecord(id);
        QVERIFY(r.ok());
        const ConsentTemplate* da =
            m_catalogue.find(QStringLiteral("fortrolig-standard"), QStringLiteral("da"));
        QCOMPARE(r->status, QStringLiteral("given"));
        QCOMPARE(r->citizenName, QStringLiteral("Borger Testsen"));
        QCOMPARE(r->templateId, QStringLiteral("fortrolig-standard"));
        QCOMPARE(r->templateVersion, 4); // the reviewed wording, obtaining too, the rights page
        QCOMPARE(r->language, QStringLiteral("da"));
        // The record proves what was shown: the pages seen, as rendered, with the names and
        // the answers; its hash is of exactly that text.
        QCOMPARE(r->textHash,
                 QString::fromLatin1(
                     QCryptographicHash::hash(r->shownText.toUtf8(), QCryptographicHash::Sha256)
                         .toHex()));
        for (const QString& shown :
             {QStringLiteral("Må Prøve Aktør dele oplysninger om dig med din læge (Dr. Prøve)?"),
              QStringLiteral("Dine rettigheder og hvad der sker med dine oplysninger"),
              QStringLiteral("sletter vi 6 måneder efter"),
              QStringLiteral("33\u00a019\u00a032\u00a000"),
              QStringLiteral("[x] Ja, det vil jeg gerne"), QStringLiteral("[ ] Nej"),
              QStringLiteral("Borger Testsen"), QStringLiteral("Testby Kommune er dataansvarlig"),
              QStringLiteral("1 tell din læge (Dr. Prøve): yes [ordinary,health]"),
              QStringLiteral("Samtykket er til dit forløb: afklaringsforløb, som startede "),
              QStringLiteral("2 tell din a-kasse: no")})
            QVERIFY2(r->shownText.contains(shown), qPrintable(shown + u'\n' + r->shownText));
        // Nothing from pages never shown (the receipt's own rights text is a receipt line; the
        // done page comes after signing).
        QVERIFY(!r->shownText.contains(QStringLiteral("Tak")));
        QCOMPARE(r->details.value(QStringLiteral("retentionMonths")), QStringLiteral("6"));
        QVERIFY(!r->details.contains(QStringLiteral("controllerContact"))); // not registered
        // The receipt made from the record now is the one hashed at signing.
        QVERIFY(!r->receiptHash.isEmpty());
        QCOMPARE(ReceiptText::contentHash(r.value(), *da), r->receiptHash);
        QCOMPARE(r->grants.size(), 1);
        QCOMPARE(r->grants.first().recipient, doctor);
        QCOMPARE(r->grants.first().categories,
                 QStringList({QStringLiteral("health"), QStringLiteral("ordinary")}));
        QCOMPARE(r->validUntil, until);
        QCOMPARE(r->place, QStringLiteral("Testby"));
        QCOMPARE(r->signer, QStringLiteral("Borger Testsen"));
        QCOMPARE(r->signerRole, QStringLiteral("citizen"));
        QCOMPARE(r->controller, QStringLiteral("Testby Kommune"));
        QCOMPARE(r->processor, QStringLiteral("Prøve Aktør"));
        QCOMPARE(r->consultant, QStringLiteral("konsulent1"));
        QVERIFY(r->signedAt.isValid());
        auto signature = Signature::fromJson(r->signature);
        QVERIFY(signature.ok());
        QCOMPARE(signature->strokes.size(), 2);
        QCOMPARE(signature->format, 2); // points only: the pen's pressure is not kept
        for (const auto& stroke : signature->strokes)
            for (const SignaturePoint& p : stroke)
                QCOMPARE(p.pressure, 1.0f);

        // The gate reads it at once.
        QVERIFY(m_journal->mayDisclose(m_citizen, doctor, {QStringLiteral("health")})->allowed);
        QCOMPARE(m_journal->mayDisclose(m_citizen, akasse, {QStringLiteral("ordinary")})->code(),
                 QStringLiteral("no-consent"));

        // The receipt, from the record: the same text twice, in the form's language.
        ReceiptDialog receipt(*m_journal, r.value(), *da);
        const QString a = m_dir.filePath(QStringLiteral("a.pdf"));
        const QString b = m_dir.filePath(QStringLiteral("b.pdf"));
        QVERIFY(receipt.saveTo(a).ok());
        QVERIFY(receipt.saveTo(b).ok());
        const QString text = pdfText(a);
        QVERIFY2(text.contains(QStringLiteral("Kvittering for dit samtykke")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("din læge (Dr. Prøve)")));
        QVERIFY(text.contains(QStringLiteral("Underskrevet af Borger Testsen i Testby")));
        QVERIFY(text.contains(r->textHash.left(16)));
        QVERIFY2(text.contains(r->receiptHash.left(16)), qPrintable(text.right(700)));
        QVERIFY(text.contains(QStringLiteral("33 19 32 00"))); // complaint (pdftotext: spaces)
        QVERIFY(text.contains(QStringLiteral("(tlf. 00 00 00 01)"))); // withdrawing
        // All the rights page said, on paper too: the jobcentre's legal basis, what a no means.
        QVERIFY(text.contains(QStringLiteral("beskæftigelsesindsats")));
        QVERIFY(text.contains(QStringLiteral("Det er frivilligt at give samtykke")));
        QVERIFY(!text.contains(QStringLiteral("{"))); // every placeholder filled
        QCOMPARE(pdfText(b), text);
        if (qEnvironmentVariableIsSet("FORTROLIG_KEEP_RECEIPT")) // to look at the page
            QFile::copy(a, qEnvironmentVariable("FORTROLIG_KEEP_RECEIPT"));

        // Handing back: a wrong passphrase keeps citizen mode; the right one ends it.
        QSignalSpy finished(m_mode.get(), &CitizenMode::finished);
        click(onPage<QPushButton>(w, QStringLiteral("wizardHandBack")));
        auto* pass = m_mode->findChild<QLineEdit*>(QStringLiteral("leavePassphrase"));
        QVERIFY(pass->isVisible());
        shot(QStringLiteral("9-leave"));
        QVERIFY(m_mode->findChild<QLabel*>(QStringLiteral("leaveNote"))
                    ->text()
                    .contains(QStringLiteral("saved")));
        QTest::keyClicks(pass, QStringLiteral("et forkert gæt på frasen"));
        QTest::keyClick(pass, Qt::Key_Return);
        QTRY_VERIFY(!m_mode->findChild<QLabel*>(QStringLiteral("leaveError"))->text().isEmpty());
        QCOMPARE(finished.count(), 0);
        QVERIFY(pass->text().isEmpty());
        QTest::keyClicks(pass, QString::fromUtf8(kPass));
        QTest::keyClick(pass, Qt::Key_Return);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toString(), id);
    }

    // The municipality's entry (municipalities.json in the provider's forms folder, until the
    // server's register) gives the contacts and the approval of the wording; the record keeps
    // them as shown, so its receipt says the same when the entry changes later.
    void theMunicipalitysContactsAndApprovalAreShownAndKept()
    {
        QTemporaryDir forms;
        QFile register_(forms.filePath(QStringLiteral("municipalities.json")));
        QVERIFY(register_.open(QIODevice::WriteOnly));
        register_.write(R"({"format": 1, "municipalities": [{"name": "Testby Kommune",
            "contact": "Jobcenter Testby, tlf. 00 00 00 00", "dpo": "dpo@testby.example",
            "approved": [{"form": "fortrolig-standard", "version": 4, "on": "2026-11-20"}]}]})");
        register_.close();
        m_catalogue = TemplateCatalogue::load(forms.path());
        QVERIFY2(m_catalogue.problems.isEmpty(), qPrintable(m_catalogue.problems.join(u';')));
        for (const QString& language : {QStringLiteral("da"), QStringLiteral("en")}) {
            CitizenModeSetup s =
                setup({Recipient{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")}});
            s.language = language;
            ConsentWizard* w = start(s);
            QVERIFY(w);
            click(next(w));
            click(onPage<QPushButton>(w, QStringLiteral("wizardSayNo")));
            QCOMPARE(w->currentPage(), ConsentSession::Page::Rights);
            QVERIFY(!onPage<QLabel>(w, QStringLiteral("wizardText_contactsUnknown")));
            const QString contacts =
                onPage<QLabel>(w, QStringLiteral("wizardText_contacts"))->text();
            QVERIFY2(contacts.contains(
                         QStringLiteral("Jobcenter Testby, tlf. 00\u00a000\u00a000\u00a000")) &&
                         contacts.contains(QStringLiteral("dpo@testby.example")),
                     qPrintable(contacts));
            const QString approved =
                onPage<QLabel>(w, QStringLiteral("wizardText_approved"))->text();
            QVERIFY2(approved.contains(language == QStringLiteral("da")
                                           ? QStringLiteral("Testby Kommune den 20. november 2026")
                                           : QStringLiteral("Testby Kommune on 20 November 2026")),
                     qPrintable(approved));
            shot(QStringLiteral("13-rights-registered-") + language);
            click(next(w));
            click(next(w)); // finish: the "no" is recorded
            QCOMPARE(w->currentPage(), ConsentSession::Page::Done);
            auto r = m_journal->consentRecord(w->savedConsentId());
            QVERIFY(r.ok());
            QCOMPARE(r->status, QStringLiteral("refused"));
            QCOMPARE(r->details.value(QStringLiteral("controllerContact")),
                     QStringLiteral("Jobcenter Testby, tlf. 00 00 00 00"));
            QCOMPARE(r->details.value(QStringLiteral("approvedOn")), QStringLiteral("2026-11-20"));
            QVERIFY(r->shownText.contains(QStringLiteral("dpo@testby.example")));
            const ConsentTemplate* form =
                m_catalogue.find(QStringLiteral("fortrolig-standard"), language, 4);
            QCOMPARE(ReceiptText::contentHash(r.value(), *form), r->receiptHash);
            const QStringList receipt = ReceiptText::sentences(r.value(), *form);
            QVERIFY(receipt.join(u'\n').contains(QStringLiteral("dpo@testby.example")));
            QVERIFY(receipt.last().contains(r->receiptHash));
            // A receipt that says anything else does not match the record.
            ConsentRecord changed = r.value();
            changed.details.insert(QStringLiteral("dpoContact"), QStringLiteral("other@example"));
            QVERIFY(ReceiptText::contentHash(changed, *form) != r->receiptHash);
            m_mode.reset();
        }
        m_catalogue = TemplateCatalogue::load();
    }

    void sayingNoIsAValidAnswer()
    {
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        ConsentWizard* w = start(setup({doctor}));
        QVERIFY(w);
        click(next(w));
        click(onPage<QPushButton>(w, QStringLiteral("wizardSayNo")));
        // A "no" is told its rights too, then sees the summary.
        QCOMPARE(w->currentPage(), ConsentSession::Page::Rights);
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Summary);
        QVERIFY(onPage<QLabel>(w, QStringLiteral("wizardSummaryText"))
                    ->text()
                    .contains(QStringLiteral("Du sagde nej")));
        QCOMPARE(next(w)->text(), QStringLiteral("&Afslut"));
        // No validity and no signature to give for a "no": four steps and the end.
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("wizardProgress"))
                    ->text()
                    .contains(QStringLiteral("af 6")));
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Done);
        auto consents = m_journal->consents(m_citizen);
        QCOMPARE(consents->size(), 1);
        QCOMPARE(consents->first().status, QStringLiteral("refused"));
        QCOMPARE(m_journal->mayDisclose(m_citizen, doctor, {QStringLiteral("ordinary")})->code(),
                 QStringLiteral("refused"));
        // The jobcentre still gets what the course requires: the course goes on.
        QVERIFY(m_journal
                    ->mayDisclose(m_citizen, Recipient{RecipientKind::Jobcentre, {}},
                                  {QStringLiteral("ordinary")})
                    ->allowed);
    }

    // The consultant's way out is the consultant's: in the window's language, whatever the
    // form's. A Danish window with an English form, and an English window with a Danish form.
    void theConsultantsButtonIsInTheWindowsLanguage()
    {
        QTranslator danish;
        QVERIFY(danish.load(QStringLiteral(":/i18n/fortrolig_da.qm")));
        QVERIFY(QCoreApplication::installTranslator(&danish));
        CitizenModeSetup english = setup({});
        english.language = QStringLiteral("en");
        ConsentWizard* w = start(english);
        QVERIFY(w);
        auto* leave = m_mode->findChild<QPushButton*>(QStringLiteral("citizenModeLeave"));
        QCOMPARE(leave->text(), QStringLiteral("Konsulent: forlad borgervisning …"));
        QCOMPARE(w->language(), QStringLiteral("en"));
        QCOMPARE(next(w)->text(),
                 QStringLiteral("&Next")); // the form's own words stay the form's
        m_mode.reset();
        QVERIFY(QCoreApplication::removeTranslator(&danish));

        w = start(setup({}));
        QVERIFY(w);
        QCOMPARE(m_mode->findChild<QPushButton*>(QStringLiteral("citizenModeLeave"))->text(),
                 QStringLiteral("Consultant: leave citizen mode..."));
        QCOMPARE(next(w)->text(), QStringLiteral("&Næste"));
    }

    void anotherLanguageAndRightToLeft()
    {
        // A provider's own form in a right-to-left language, next to the built-in ones.
        QTemporaryDir forms;
        QFile en(QStringLiteral(":/consent/fortrolig-standard-en.json"));
        QVERIFY(en.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(en.readAll()).object();
        o.insert(QStringLiteral("language"), QStringLiteral("ar"));
        o.insert(QStringLiteral("direction"), QStringLiteral("rtl"));
        o.insert(QStringLiteral("title"), QStringLiteral("نموذج اختبار")); // synthetic test text
        QFile out(forms.filePath(QStringLiteral("rtl-test.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
        out.close();
        m_catalogue = TemplateCatalogue::load(forms.path());
        QVERIFY2(m_catalogue.problems.isEmpty(), qPrintable(m_catalogue.problems.join(u';')));

        const Recipient akasse{QStringLiteral("akasse"), {}};
        ConsentWizard* w = start(setup({akasse}));
        QVERIFY(w);
        click(onPage<QRadioButton>(w, QStringLiteral("wizardLanguage_en")));
        QTRY_COMPARE(w->language(), QStringLiteral("en"));
        QCOMPARE(next(w)->text(), QStringLiteral("&Next"));
        QVERIFY(onPage<QRadioButton>(w, QStringLiteral("wizardLanguage_en"))->isChecked());
        QCOMPARE(w->layoutDirection(), Qt::LeftToRight);
        click(onPage<QRadioButton>(w, QStringLiteral("wizardLanguage_ar")));
        QTRY_COMPARE(w->language(), QStringLiteral("ar"));
        QCOMPARE(w->layoutDirection(), Qt::RightToLeft);
        QVERIFY(onPage<QRadioButton>(w, QStringLiteral("wizardLanguage_ar"))->isChecked());
        click(next(w));
        QCOMPARE(onPage<QLabel>(w, QStringLiteral("wizardHeading"))->text(),
                 QStringLiteral("نموذج اختبار"));
        shot(QStringLiteral("10-about-rtl"));
        // Right to left, Next sits on the left.
        auto* back = w->findChild<QPushButton*>(QStringLiteral("wizardBack"));
        QVERIFY(next(w)->mapTo(w, QPoint()).x() < back->mapTo(w, QPoint()).x());
        click(next(w));
        click(onPage<QRadioButton>(w, QStringLiteral("wizardYes")));
        click(onPage<QCheckBox>(w, QStringLiteral("wizardCategory_economy")));
        shot(QStringLiteral("11-recipient-rtl"));
        click(next(w));
        click(onPage<QRadioButton>(w, QStringLiteral("wizardUntilCourseEnd")));
        click(next(w));
        click(next(w));
        click(next(w));
        sign(w);
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Done);
        auto r = m_journal->consentRecord(w->savedConsentId());
        QCOMPARE(r->language, QStringLiteral("ar"));
        QCOMPARE(r->validUntil, QDate());
        QCOMPARE(r->grants.first().categories, QStringList{QStringLiteral("economy")});
        m_catalogue = TemplateCatalogue::load();
    }

    void underFifteenTheGuardianSigns()
    {
        const Recipient union_{QStringLiteral("union"), {}};
        // The wizard takes the birth date from the CPR number; here it is given directly,
        // so no realistic child's CPR number is needed in the test.
        ConsentWizard* w = start(setup({union_}, QDate::currentDate().addYears(-10)));
        QVERIFY(w);
        click(next(w));
        click(next(w));
        click(onPage<QRadioButton>(w, QStringLiteral("wizardYes")));
        click(onPage<QCheckBox>(w, QStringLiteral("wizardCategory_ordinary")));
        click(next(w));
        click(onPage<QRadioButton>(w, QStringLiteral("wizardUntilCourseEnd")));
        click(next(w));
        click(next(w));
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Signature);
        QVERIFY(onPage<QLabel>(w, QStringLiteral("wizardGuardianNote")));
        shot(QStringLiteral("12-signature-guardian-da"));
        auto* signer = onPage<QLineEdit>(w, QStringLiteral("wizardSigner"));
        QVERIFY(signer->text().isEmpty()); // not the child's name
        sign(w);
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Signature);
        QVERIFY(!message(w).isEmpty());
        QTest::keyClicks(signer, QStringLiteral("Forælder Testsen"));
        click(next(w));
        QCOMPARE(w->currentPage(), ConsentSession::Page::Done);
        auto r = m_journal->consentRecord(w->savedConsentId());
        QCOMPARE(r->signer, QStringLiteral("Forælder Testsen"));
        QCOMPARE(r->signerRole, QStringLiteral("guardian"));
    }

    void leavingEarlyNeedsThePassphraseAndKeepsNothing()
    {
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        ConsentWizard* w = start(setup({doctor}));
        QVERIFY(w);
        QSignalSpy finished(m_mode.get(), &CitizenMode::finished);
        click(next(w));
        click(next(w));
        click(onPage<QRadioButton>(w, QStringLiteral("wizardYes")));
        auto* leave = m_mode->findChild<QPushButton*>(QStringLiteral("citizenModeLeave"));
        QVERIFY(!(leave->focusPolicy() & Qt::TabFocus)); // not in the citizen's tab order
        click(leave);
        QVERIFY(!w->isVisible());
        QVERIFY(m_mode->findChild<QLabel*>(QStringLiteral("leaveNote"))
                    ->text()
                    .contains(QStringLiteral("discards")));
        // Back to the form: the answer given is still there.
        click(m_mode->findChild<QPushButton*>(QStringLiteral("leaveCancel")));
        QVERIFY(w->isVisible());
        QCOMPARE(w->currentPage(), ConsentSession::Page::Recipient);
        QVERIFY(onPage<QRadioButton>(w, QStringLiteral("wizardYes"))->isChecked());
        click(leave);
        auto* pass = m_mode->findChild<QLineEdit*>(QStringLiteral("leavePassphrase"));
        QTest::keyClicks(pass, QString::fromUtf8(kPass));
        click(m_mode->findChild<QPushButton*>(QStringLiteral("leaveConfirm")));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().toString().isEmpty());
        QVERIFY(m_journal->consents(m_citizen)->isEmpty());
    }

    void wrongPassphrasesAreThrottled()
    {
        ConsentWizard* w = start(setup({{QStringLiteral("akasse"), {}}}));
        QVERIFY(w);
        QSignalSpy finished(m_mode.get(), &CitizenMode::finished);
        click(m_mode->findChild<QPushButton*>(QStringLiteral("citizenModeLeave")));
        auto* pass = m_mode->findChild<QLineEdit*>(QStringLiteral("leavePassphrase"));
        auto* error = m_mode->findChild<QLabel*>(QStringLiteral("leaveError"));
        auto* confirm = m_mode->findChild<QPushButton*>(QStringLiteral("leaveConfirm"));
        for (int i = 0; i < 3; ++i) {
            error->clear();
            QTest::keyClicks(pass, QStringLiteral("gæt nummer %1 på frasen").arg(i));
            click(confirm);
            QTRY_VERIFY(!error->text().isEmpty() && confirm->isEnabled());
        }
        // After three wrong tries the same wait as at unlock: the right one must wait too.
        QVERIFY(m_access->secondsToWait() > 0);
        error->clear();
        QTest::keyClicks(pass, QString::fromUtf8(kPass));
        click(confirm);
        QTRY_VERIFY(!error->text().isEmpty());
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_MAIN(TestCitizenMode)
#include "tst_citizenmode.moc"
