// The consultant's window, driven through its real widgets offscreen.
#include "DialogWatch.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "app/core/Dates.h"
#include "app/core/Translations.h"
#include "app/journal/EventRules.h"
#include "app/journal/JournalAccess.h"
#include "app/journal/JournalInternals.h"
#include "app/platform/Platform.h"
#include "app/storage/JournalDatabase.h"
#include "casefile/CaseView.h"
#include "casefile/NoteEditor.h"
#include "caseload/CaseloadModel.h"
#include "caseload/Workspace.h"
#include "consent/CitizenMode.h"
#include "consent/ConsentWizard.h"
#include "consent/ReceiptDialog.h"
#include "consent/SignaturePad.h"
#include "shell/ClipboardGuard.h"
#include "shell/InactivityFilter.h"
#include "shell/Settings.h"
#include "shell/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace fortrolig;
using fortrolig::test::whenDialogShows;

namespace {
const QString kPass = QStringLiteral("lang og god adgangsfrase");

// Runs `fill` on the next modal dialog of the given type as soon as it is shown.
template <typename F> void onNextDialog(const QString& objectName, F fill)
{
    QTimer::singleShot(0, [objectName, fill] {
        QDialog* d = nullptr;
        QTRY_VERIFY((d = qobject_cast<QDialog*>(QApplication::activeModalWidget())) != nullptr);
        QCOMPARE(d->objectName(), objectName);
        fill(d);
    });
}
} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::NoKeychain> m_keychain;
    std::unique_ptr<JournalAccess> m_access;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<InactivityFilter> m_idle;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<MainWindow> m_window;
    RecordedNotices m_notices; // what the window would have shown modally
    int m_round = 0;

    template <typename T> T* find(const QString& name) const
    {
        T* w = m_window->findChild<T*>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }

    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_access, *m_settings, *m_idle, *m_clipboard,
                                                KdfProfile::Interactive);
        m_window->setNotices(&m_notices);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void unlockWith(const QString& pass)
    {
        auto* field = find<QLineEdit>(QStringLiteral("unlockPassphrase"));
        QVERIFY(field && field->isVisible());
        field->setFocus();
        QTest::keyClicks(field, pass);
        QTest::keyClick(field, Qt::Key_Return);
    }
    void createJournal()
    {
        auto* first = find<QLineEdit>(QStringLiteral("setupPassphrase"));
        QVERIFY(first && first->isVisible());
        QTest::keyClicks(first, kPass);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("setupRepeat")), kPass);
        const qsizetype before = m_notices.shown.size();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("setupCreate")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->isLocked());
        // Where the key is kept was told, once, and had to be acknowledged.
        QCOMPARE(m_notices.shown.size(), before + 1);
        QVERIFY(m_notices.shown.last().startsWith(QStringLiteral("keyLocationNotice|")));
        QVERIFY(m_notices.shown.last().contains(QStringLiteral("passphrase")));
    }
    QString addCitizen(const QString& name, const QString& cpr)
    {
        QString problems;
        onNextDialog(QStringLiteral("newCitizenDialog"), [&](QDialog* d) {
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("newCitizenName")), name);
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("newCitizenCpr")), cpr);
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("newCitizenMunicipality")),
                             QStringLiteral("Testby Kommune"));
            problems = d->findChild<QLabel*>(QStringLiteral("newCitizenProblems"))->text();
            auto* save = d->findChild<QPushButton*>(QStringLiteral("newCitizenSave"));
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
        });
        m_window->newCitizenAction()->trigger();
        return problems;
    }

    // From the Consents tab to citizen mode: the consultant prepares the form for an a-kasse.
    void startCitizenMode()
    {
        addCitizen(QStringLiteral("Mona Samtykke"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("caseHeader"))
                        ->text()
                        .contains(QStringLiteral("Mona Samtykke")));
        find<QTabWidget>(QStringLiteral("caseTabs"))->setCurrentIndex(2);
        QString firstProblem, secondProblem, thirdProblem, controllerNote, contactProblem;
        onNextDialog(QStringLiteral("consentPrepDialog"), [&](QDialog* d) {
            auto* start = d->findChild<QPushButton*>(QStringLiteral("prepStart"));
            // No entry for the municipality here: the consultant is told before the screen
            // turns.
            auto* note = d->findChild<QLabel*>(QStringLiteral("prepControllerNote"));
            controllerNote = note->isVisible() ? note->text() : QString();
            QTest::mouseClick(start, Qt::LeftButton); // nothing filled in yet: it says what
            QVERIFY(d->isVisible());
            firstProblem = d->findChild<QLabel*>(QStringLiteral("prepProblem"))->text();
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("prepProvider")),
                             QStringLiteral("Prøve Aktør"));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("prepPlace")),
                             QStringLiteral("Testby"));
            QTest::mouseClick(start, Qt::LeftButton); // the form gives a contact for withdrawing
            QVERIFY(d->isVisible());
            contactProblem = d->findChild<QLabel*>(QStringLiteral("prepProblem"))->text();
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("prepProviderContact")),
                             QStringLiteral("tlf. 00 00 00 01"));
            auto* kind = d->findChild<QComboBox*>(QStringLiteral("prepRecipientKind_0"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("akasse")));
            QTest::mouseClick(start, Qt::LeftButton); // the form names the a-kasse (version 2)
            QVERIFY(d->isVisible());
            secondProblem = d->findChild<QLabel*>(QStringLiteral("prepProblem"))->text();
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("prepRecipientName_0")),
                             QStringLiteral("Prøvekassen"));
            // Version 3 asks which way and why: telling, and a purpose from the form's list.
            auto* direction = d->findChild<QComboBox*>(QStringLiteral("prepDirection_0"));
            QVERIFY(direction && direction->isVisible());
            QCOMPARE(direction->currentData().toString(), QStringLiteral("tell"));
            QTest::mouseClick(start, Qt::LeftButton);
            QVERIFY(d->isVisible());
            thirdProblem = d->findChild<QLabel*>(QStringLiteral("prepProblem"))->text();
            auto* purpose = d->findChild<QComboBox*>(QStringLiteral("prepPurpose_0"));
            purpose->setFocus();
            QTest::keyClick(purpose, Qt::Key_Down); // by keyboard: the first purpose
            QCOMPARE(purpose->currentData().toString(), QStringLiteral("placement"));
            if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS")) // for a person to look at
                d->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                   .filePath(QStringLiteral("consent-preparation.png")));
            QTest::mouseClick(start, Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("startConsentForm")), Qt::LeftButton);
        QVERIFY2(firstProblem.contains(QStringLiteral("provider")), qPrintable(firstProblem));
        QVERIFY2(controllerNote.contains(QStringLiteral("not in your provider's register")),
                 qPrintable(controllerNote));
        QVERIFY2(contactProblem.contains(QStringLiteral("phone or e-mail")),
                 qPrintable(contactProblem));
        QVERIFY2(secondProblem.contains(QStringLiteral("Write the name of recipient 1")),
                 qPrintable(secondProblem));
        QVERIFY2(thirdProblem.contains(QStringLiteral("why we would contact recipient 1")),
                 qPrintable(thirdProblem));
        QVERIFY(m_window->citizenMode());
    }

private Q_SLOTS:
    // English unless FORTROLIG_LANG says otherwise (ctest sets en; the screenshots set both).
    void initTestCase() { installTranslations(*qApp); }

    void init()
    {
        const QString base = m_dir.filePath(QString::number(++m_round));
        m_keychain = std::make_unique<test::NoKeychain>();
        m_access = std::make_unique<JournalAccess>(base + QStringLiteral("/journal"), *m_keychain);
        m_settings = std::make_unique<Settings>(std::make_unique<QSettings>(
            base + QStringLiteral("/settings.ini"), QSettings::IniFormat));
        m_idle = std::make_unique<InactivityFilter>();
        qApp->installEventFilter(m_idle.get());
        m_clipboard = std::make_unique<ClipboardGuard>();
        makeWindow();
    }
    void cleanup()
    {
        m_window.reset();
        m_clipboard.reset();
        m_idle.reset();
    }

    void firstStart()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Fortrolig"));
        auto* create = find<QPushButton>(QStringLiteral("setupCreate"));
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("setupPassphrase")),
                         QStringLiteral("kort"));
        QVERIFY(
            find<QLabel>(QStringLiteral("setupStrength"))->text().contains(QStringLiteral("12")));
        QVERIFY(!create->isEnabled());
        find<QLineEdit>(QStringLiteral("setupPassphrase"))->clear();
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("setupPassphrase")), kPass);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("setupRepeat")), kPass + QLatin1Char('x'));
        QVERIFY(!create->isEnabled());
        QVERIFY(
            find<QLabel>(QStringLiteral("setupError"))->text().contains(QStringLiteral("differ")));
        QTest::keyClick(find<QLineEdit>(QStringLiteral("setupRepeat")), Qt::Key_Backspace);
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(!m_window->isLocked());
        QVERIFY(m_access->exists());
        QVERIFY(m_window->workspace()->isVisible());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Fortrolig"));
    }

    void wrongPassphraseShowsTheWait()
    {
        createJournal();
        m_window->lock();
        QVERIFY(m_window->isLocked());
        QVERIFY(!m_window->workspace());
        for (int i = 0; i < 3; ++i) {
            unlockWith(QStringLiteral("forkert adgangsfrase her"));
            // Argon2id runs on a worker thread: the window answers while it works.
            QTRY_VERIFY(find<QLabel>(QStringLiteral("unlockError"))
                            ->text()
                            .contains(QStringLiteral("Wrong passphrase")));
            QTRY_VERIFY(find<QLineEdit>(QStringLiteral("unlockPassphrase"))->isEnabled());
            find<QLabel>(QStringLiteral("unlockError"))->clear();
            QVERIFY(m_window->isLocked());
        }
        unlockWith(kPass); // right, but now it must wait
        QVERIFY(m_window->isLocked());
        QVERIFY2(find<QLabel>(QStringLiteral("unlockError"))
                     ->text()
                     .contains(QStringLiteral("Try again in")),
                 qPrintable(find<QLabel>(QStringLiteral("unlockError"))->text()));
    }

    void addCitizenWithNonModulus11Cpr()
    {
        createJournal();
        const QString problems =
            addCitizen(QStringLiteral("Nina Prøvesen"), QStringLiteral("241270-5123"));
        QVERIFY2(problems.contains(QStringLiteral("modulus 11")), qPrintable(problems));
        QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);
        const QModelIndex i = m_window->workspace()->model()->index(0, CaseloadModel::Cpr);
        QCOMPARE(i.data().toString(), QStringLiteral("241270-XXXX"));
        QCOMPARE(m_window->workspace()->model()->index(0, CaseloadModel::Status).data().toString(),
                 QStringLiteral("Active"));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("caseHeader"))
                        ->text()
                        .contains(QStringLiteral("Nina Prøvesen")));
        QVERIFY(
            !find<QLabel>(QStringLiteral("caseHeader"))->text().contains(QStringLiteral("5123")));
    }

    void impossibleDateIsRefusedWithAReason()
    {
        createJournal();
        onNextDialog(QStringLiteral("newCitizenDialog"), [](QDialog* d) {
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("newCitizenName")),
                             QStringLiteral("X"));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("newCitizenCpr")),
                             QStringLiteral("310299-1234"));
            QVERIFY(d->findChild<QLabel*>(QStringLiteral("newCitizenProblems"))
                        ->text()
                        .contains(QStringLiteral("date")));
            QVERIFY(!d->findChild<QPushButton*>(QStringLiteral("newCitizenSave"))->isEnabled());
            d->reject();
        });
        m_window->newCitizenAction()->trigger();
        QCOMPARE(m_window->workspace()->model()->rowCount(), 0);
    }

    void writeAndCorrectANote()
    {
        createJournal();
        addCitizen(QStringLiteral("Ole Notesen"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("newNote"))->isEnabled());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        auto* text = find<QPlainTextEdit>(QStringLiteral("noteText"));
        QVERIFY(text->isVisible());
        QTest::keyClicks(text, QStringLiteral("Første samtale: ønsker praktik i et bageri."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        auto* notes = find<QListWidget>(QStringLiteral("notesList"));
        QTRY_COMPARE(notes->count(), 1);
        QVERIFY(notes->item(0)->text().contains(QStringLiteral("bageri")));

        notes->setCurrentRow(0);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("correctNote")), Qt::LeftButton);
        QCOMPARE(text->toPlainText(),
                 QStringLiteral("Første samtale: ønsker praktik i et bageri."));
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Første samtale: ønsker praktik i en cykelbutik."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        QTRY_VERIFY(notes->item(0)->text().contains(QStringLiteral("cykelbutik")));
        QVERIFY(notes->item(0)->text().contains(QStringLiteral("version 2")));
        notes->setCurrentRow(0);
        const QString history = find<QTextBrowser>(QStringLiteral("noteHistory"))->toPlainText();
        QVERIFY2(history.contains(QStringLiteral("bageri")) &&
                     history.contains(QStringLiteral("cykelbutik")),
                 qPrintable(history));

        // The citizen's supplementary statement (art. 16) is a kind of its own, beside the note.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        auto* kind = find<QComboBox>(QStringLiteral("noteKind"));
        // Every kind the journal takes can be chosen, and only those.
        QCOMPARE(kind->count(), int(noteKinds().size()));
        for (const QString& k : noteKinds())
            QVERIFY2(kind->findData(k) >= 0, qPrintable(k));
        kind->setCurrentIndex(kind->findData(QStringLiteral("supplementary-statement")));
        QVERIFY(kind->currentIndex() >= 0);
        QTest::keyClicks(text, QStringLiteral("Jeg ønsker også at nævne min erfaring som kok."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        QTRY_COMPARE(notes->count(), 2);
        bool shown = false;
        for (int i = 0; i < notes->count(); ++i)
            shown = shown || (notes->item(i)->text().contains(QStringLiteral("kok")) &&
                              notes->item(i)->text().contains(
                                  QStringLiteral("The citizen's supplementary statement")));
        QVERIFY(shown);
    }

    // A new note belongs to a course: the running one is chosen for it; with two running, none
    // is, saving asks which (the text stays), and the one chosen is the note's and is shown
    // beside it; a draft keeps its course; a correction does not offer one.
    void aNoteIsWrittenInACourse()
    {
        createJournal();
        addCitizen(QStringLiteral("Nanna Forløb"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("newNote"))->isEnabled());
        Journal& j = *m_window->journal();
        const QString id = j.caseload().value().first().citizenId;
        const QString testby = j.citizen(id)->courses.first().id;
        auto* course = find<QComboBox>(QStringLiteral("noteCourse"));
        auto* text = find<QPlainTextEdit>(QStringLiteral("noteText"));
        auto* notes = find<QListWidget>(QStringLiteral("notesList"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        QVERIFY(course->isVisible());
        QVERIFY(!course->accessibleName().isEmpty());
        QCOMPARE(course->currentData().toString(), testby);
        QTest::keyClicks(text, QStringLiteral("Første samtale"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        QTRY_COMPARE(notes->count(), 1);

        const QString nordby =
            j.addCourse({id, QStringLiteral("Nordby Kommune"), QStringLiteral("mentorforløb"),
                         QDate(), QDate::currentDate(), QDate()})
                .value();
        m_window->workspace()->caseView()->reloadCase();
        QString said;
        auto grab = connect(m_window->workspace()->caseView(), &CaseView::failed, this,
                            [&](const QString& m) { said = m; });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        QCOMPARE(course->currentIndex(), -1); // two running: chosen, never assumed
        QCOMPARE(course->count(), 3);         // both courses and "no course"
        QTest::keyClicks(text, QStringLiteral("Mentorsamtale hos Nordby"));
        if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS")) // for a person to look at
            QTest::qWait(200),
                m_window->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                          .filePath(QStringLiteral("note-course.png")));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        QVERIFY2(said.contains(QStringLiteral("Choose the course")), qPrintable(said));
        QCOMPARE(notes->count(), 1);
        QCOMPARE(text->toPlainText(), QStringLiteral("Mentorsamtale hos Nordby"));
        course->setCurrentIndex(course->findData(nordby));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        QTRY_COMPARE(notes->count(), 2);
        disconnect(grab);
        QHash<QString, QString> courseOf;
        const CitizenDetails details = j.citizen(id).value();
        for (const NoteSummary& n : details.notes)
            courseOf.insert(n.current.text, n.courseId);
        QCOMPARE(courseOf.value(QStringLiteral("Første samtale")), testby);
        QCOMPARE(courseOf.value(QStringLiteral("Mentorsamtale hos Nordby")), nordby);
        bool named = false;
        for (int i = 0; i < notes->count(); ++i)
            named = named || (notes->item(i)->text().contains(QStringLiteral("Mentorsamtale")) &&
                              notes->item(i)->text().contains(QStringLiteral("Nordby Kommune")));
        QVERIFY(named);

        // A draft remembers the course chosen: "no course", kept through a lock's flush.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        course->setCurrentIndex(course->findData(QString()));
        QTest::keyClicks(text, QStringLiteral("Kladde uden forløb"));
        m_window->workspace()->caseView()->editor()->flush();
        m_window->workspace()->caseView()->editor()->close();
        m_window->workspace()->caseView()->editor()->restore(j.drafts(id)->first());
        QCOMPARE(course->currentIndex(), course->findData(QString())); // not the suggestion
        course->setCurrentIndex(course->findData(nordby));
        m_window->workspace()->caseView()->editor()->flush();
        QCOMPARE(j.drafts(id)->first().courseId, nordby);
        m_window->workspace()->caseView()->editor()->close();
        m_window->workspace()->caseView()->editor()->restore(j.drafts(id)->first());
        QCOMPARE(course->currentData().toString(), nordby);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteDiscard")), Qt::LeftButton);

        // A correction keeps the note's course: none is offered.
        notes->setCurrentRow(0);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("correctNote")), Qt::LeftButton);
        QVERIFY(text->isVisible());
        QVERIFY(!course->isVisible());
    }

    // The citizen's phone number given through "Correct details...": the field offered with
    // what it holds now (nothing), a number that is not one refused in the dialog, a good one
    // shown under the name; then cleared again.
    void theContactDetailsAreGivenAndCleared()
    {
        createJournal();
        addCitizen(QStringLiteral("Kaja Kontakt"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("correctDetails"))->isVisible());
        auto* contact = find<QLabel>(QStringLiteral("caseContact"));
        QVERIFY(!contact->isVisible());
        QString refused, before;
        onNextDialog(QStringLiteral("correctCitizenDialog"), [&](QDialog* d) {
            auto* field = d->findChild<QComboBox*>(QStringLiteral("correctField"));
            auto* value = d->findChild<QLineEdit*>(QStringLiteral("correctValue"));
            for (const QString& f : EventRules::correctableCitizenFields())
                QVERIFY2(field->findData(f) >= 0, qPrintable(f));
            field->setCurrentIndex(field->findData(QStringLiteral("phone")));
            before = value->text();
            QTest::keyClicks(value, QStringLiteral("ring efter kl. 10"));
            QTest::keyClick(value, Qt::Key_Return);
            refused = d->findChild<QLabel*>(QStringLiteral("correctMessage"))->text();
            QVERIFY(d->isVisible());
            QVERIFY(!refused.contains(QStringLiteral("history"))); // not the hint: the refusal
            value->clear();
            QTest::keyClicks(value, QStringLiteral("+45 99 99 99 99"));
            QTest::keyClick(value, Qt::Key_Return);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("correctDetails")), Qt::LeftButton);
        QVERIFY(before.isEmpty());
        QVERIFY2(!refused.isEmpty(), "the dialog says why");
        QTRY_VERIFY(contact->isVisible());
        QVERIFY2(contact->text().contains(QStringLiteral("+45 99 99 99 99")),
                 qPrintable(contact->text()));
        if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS")) // for a person to look at
            m_window->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                      .filePath(QStringLiteral("contact.png")));
        onNextDialog(QStringLiteral("correctCitizenDialog"), [&](QDialog* d) {
            auto* field = d->findChild<QComboBox*>(QStringLiteral("correctField"));
            field->setCurrentIndex(field->findData(QStringLiteral("phone")));
            auto* value = d->findChild<QLineEdit*>(QStringLiteral("correctValue"));
            before = value->text();
            value->clear();
            QTest::keyClick(value, Qt::Key_Return);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("correctDetails")), Qt::LeftButton);
        QCOMPARE(before, QStringLiteral("+45 99 99 99 99"));
        QTRY_VERIFY(!contact->isVisible());
    }

    // A note of what someone else gave us (a doctor's statement) is saved only when the
    // citizen's consent lets us obtain those kinds of information from them; otherwise the
    // gate's reason is shown and the text stays as a draft. Saved, it comes with a record of
    // what was obtained, from whom and under which consent.
    void aNoteReceivedFromSomeoneNeedsTheConsentToObtainIt()
    {
        createJournal();
        addCitizen(QStringLiteral("Ole Modtaget"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("newNote"))->isEnabled());
        Journal& journal = *m_window->journal();
        const QString citizen = journal.caseload().value().first().citizenId;
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("noteText")),
                         QStringLiteral("Lægeattest: kan arbejde 15 timer om ugen."));
        auto* source = find<QComboBox>(QStringLiteral("noteSourceKind"));
        QVERIFY(!source->accessibleName().isEmpty());
        QVERIFY(!find<QLineEdit>(QStringLiteral("noteSourceName"))->isVisible());
        source->setCurrentIndex(source->findData(QStringLiteral("doctor")));
        QVERIFY(find<QLineEdit>(QStringLiteral("noteSourceName"))->isVisible());
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("noteSourceName")),
                         QStringLiteral("Dr. Prøve"));
        find<QCheckBox>(QStringLiteral("noteSourceCategory_health"))->setChecked(true);
        QVERIFY(find<QPlainTextEdit>(QStringLiteral("noteText"))->isVisible());
        if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS")) // for a person to look at
            QTest::qWait(200),
                m_window->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                          .filePath(QStringLiteral("note-received.png")));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        auto* notes = find<QListWidget>(QStringLiteral("notesList"));
        QCOMPARE(notes->count(), 0); // no consent: not saved
        QCOMPARE(journal.drafts(citizen)->size(), 1);
        QVERIFY(journal.disclosures(citizen)->isEmpty());

        // The citizen consents to our asking the doctor about their health.
        const QString course = journal
                                   .addCourse({citizen, QStringLiteral("Testby Kommune"),
                                               QStringLiteral("afklaringsforløb"), QDate(),
                                               QDate::currentDate().addDays(-7), QDate()})
                                   .value();
        ConsentInput c;
        c.citizenId = citizen;
        c.courseId = course;
        c.templateId = QStringLiteral("paper");
        c.templateVersion = 1;
        c.textHash = QString(64, QLatin1Char('a'));
        c.signer = QStringLiteral("Ole Modtaget");
        c.signerRole = QStringLiteral("citizen");
        c.grants = {{{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")},
                     {QStringLiteral("health")},
                     Direction::Obtain,
                     QStringLiteral("få en lægeattest")}};
        const QString consent = journal.giveConsent(c).value();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        QTRY_COMPARE(notes->count(), 1);
        QVERIFY(journal.drafts(citizen)->isEmpty());
        const auto obtained = journal.disclosures(citizen);
        QCOMPARE(obtained->size(), 1);
        QCOMPARE(obtained->first().direction, Direction::Obtain);
        QCOMPARE(obtained->first().consentId, consent);
        QCOMPARE(obtained->first().categories, QStringList{QStringLiteral("health")});
        QVERIFY(obtained->first().what.startsWith(QStringLiteral("note:")));
        QCOMPARE(journal.caseload().value().size(), 1);
    }

    // A note removed on the controller's instruction leaves a stub among the case's notes:
    // which instruction, and when; a screen reader reads the same. It cannot be corrected or
    // shared, and nothing of the note's text is shown.
    void aRemovedNoteLeavesAStub()
    {
        createJournal();
        addCitizen(QStringLiteral("Rita Fjernet"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("newNote"))->isEnabled());
        const QString citizen = m_window->workspace()
                                    ->model()
                                    ->index(0, 0)
                                    .data(CaseloadModel::CitizenIdRole)
                                    .toString();
        QVERIFY(!citizen.isEmpty());
        Journal& journal = *m_window->journal();
        QVERIFY(journal.addNote(citizen, QStringLiteral("Første samtale om praktik.")).ok());
        auto wrong =
            journal.addNote(citizen, QStringLiteral("Skrevet i forkert sag: kanariefugl."));
        QVERIFY(wrong.ok());
        QVERIFY(journal.removeNote(citizen, wrong.value(), QStringLiteral("KOM-2026/4711")).ok());
        QCOMPARE(m_window->workspace()->caseView()->citizenId(), citizen);
        m_window->workspace()->caseView()->reloadCase(); // as after a sync
        auto* notes = find<QListWidget>(QStringLiteral("notesList"));
        QTRY_COMPARE(notes->count(), 2);
        const QString stub = QStringLiteral("Note removed on instruction (KOM-2026/4711), ") +
                             Dates::day(QDateTime::currentDateTimeUtc());
        QCOMPARE(notes->item(1)->text(), stub);
        QCOMPARE(notes->item(1)->data(Qt::AccessibleTextRole).toString(), stub);
        QVERIFY(!(notes->item(1)->flags() & Qt::ItemIsEditable));
        for (int i = 0; i < notes->count(); ++i)
            QVERIFY(!notes->item(i)->text().contains(QStringLiteral("kanariefugl")));
        notes->setCurrentRow(1);
        QVERIFY(!find<QPushButton>(QStringLiteral("correctNote"))->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("shareNote"))->isEnabled());
        const QString history = find<QTextBrowser>(QStringLiteral("noteHistory"))->toPlainText();
        QVERIFY2(history.contains(QStringLiteral("controller's instruction")), qPrintable(history));
        notes->setCurrentRow(0);
        QVERIFY(find<QPushButton>(QStringLiteral("correctNote"))->isEnabled());
    }

    // The retention period starts when the course ends: the consultant records that from the
    // case view, with the deletion date it sets shown before it is saved.
    void aCourseIsEndedFromTheCaseView()
    {
        createJournal();
        addCitizen(QStringLiteral("Eva Slutsen"), QString::fromLatin1(test::kFakeCpr));
        auto* end = find<QPushButton>(QStringLiteral("endCourse"));
        QTRY_VERIFY(end->isVisible());
        const QString id = m_window->journal()->caseload().value().first().citizenId;
        const QDate today = QDate::currentDate();
        QString told;
        onNextDialog(QStringLiteral("endCourseDialog"), [&](QDialog* d) {
            auto* date = d->findChild<QDateEdit*>(QStringLiteral("endCourseDate"));
            QCOMPARE(date->maximumDate(), today); // not in the future
            QCOMPARE(date->date(), today);
            QVERIFY(!date->accessibleName().isEmpty());
            told = d->findChild<QLabel*>(QStringLiteral("endCourseMessage"))->text();
            // Why it ended is chosen, never assumed: nothing is saved before.
            auto* why = d->findChild<QComboBox*>(QStringLiteral("endCourseReason"));
            auto* save = d->findChild<QPushButton*>(QStringLiteral("endCourseSave"));
            QCOMPARE(why->currentIndex(), -1);
            QVERIFY(!save->isEnabled());
            QVERIFY(!why->accessibleName().isEmpty());
            QCOMPARE(why->count(), int(CourseEnd::reasons().size()));
            why->setCurrentIndex(why->findData(QStringLiteral("education")));
            QVERIFY(save->isEnabled());
            if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS")) // for a person to look at
                d->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                   .filePath(QStringLiteral("end-course.png")));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(end, Qt::LeftButton);
        QVERIFY2(told.contains(Dates::day(today.addMonths(6))), qPrintable(told));
        auto r = m_window->journal()->caseRetention(id);
        QVERIFY(r.ok());
        QVERIFY(!r->facts.courseOpen);
        QCOMPARE(r->dueDate, today.addMonths(6));
        QCOMPARE(m_window->journal()->citizen(id)->courses.first().endReason,
                 QStringLiteral("education"));
        QTRY_VERIFY(!end->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("retentionText"))
                    ->text()
                    .contains(Dates::day(today.addMonths(6))));
    }

    // The municipality of a new citizen's course is taken from the register: its names are
    // offered, a name the register lacks is warned about (and may still be saved), and one
    // typed another way is saved as the register spells it, so that the course meets its
    // entry (contacts, approvals, hand-over address).
    void theMunicipalityIsTakenFromTheRegister()
    {
        createJournal();
        Municipality testby;
        testby.id = QStringLiteral("testby");
        testby.name = QStringLiteral("Testby Kommune");
        testby.cvr = QStringLiteral("31000009");
        testby.jobcentreAddress = QStringLiteral("jobcenter@testby.example");
        testby.dpoContact = QStringLiteral("dpo@testby.example");
        QVERIFY(!m_window->journal()->setMunicipalities(MunicipalityRegister{{testby}}));
        QString unknown, known;
        QStringList offered;
        onNextDialog(QStringLiteral("newCitizenDialog"), [&](QDialog* d) {
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("newCitizenName")),
                             QStringLiteral("Rikke Register"));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("newCitizenCpr")),
                             QString::fromLatin1(test::kFakeCpr));
            auto* municipality = d->findChild<QLineEdit*>(QStringLiteral("newCitizenMunicipality"));
            auto* problems = d->findChild<QLabel*>(QStringLiteral("newCitizenProblems"));
            QTest::keyClicks(municipality, QStringLiteral("Vestby Kommune"));
            unknown = problems->text();
            // The explanation is shown whole: the window grew for its wrapped lines.
            QTRY_VERIFY2(problems->height() >= problems->heightForWidth(problems->width()),
                         qPrintable(QStringLiteral("%1 < %2")
                                        .arg(problems->height())
                                        .arg(problems->heightForWidth(problems->width()))));
            if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS")) // for a person to look at
                d->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                   .filePath(QStringLiteral("new-citizen-unregistered.png")));
            QVERIFY(d->findChild<QPushButton*>(QStringLiteral("newCitizenSave"))->isEnabled());
            municipality->clear();
            QTest::keyClicks(municipality, QStringLiteral("testby  KOMMUNE"));
            known = problems->text();
            for (int i = 0; i < municipality->completer()->model()->rowCount(); ++i)
                offered << municipality->completer()->model()->index(i, 0).data().toString();
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("newCitizenSave")),
                              Qt::LeftButton);
        });
        m_window->newCitizenAction()->trigger();
        QVERIFY2(
            unknown.contains(QStringLiteral("Vestby Kommune is not in the provider's register")),
            qPrintable(unknown));
        QVERIFY2(!known.contains(QStringLiteral("register")), qPrintable(known));
        QCOMPARE(offered, QStringList{QStringLiteral("Testby Kommune")});
        QTRY_VERIFY(find<QLabel>(QStringLiteral("caseHeader"))
                        ->text()
                        .contains(QStringLiteral("Rikke Register")));
        const auto rows =
            test::require(m_window->journal()->caseload(Journal::Read::Redraw), "rows");
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().municipality, QStringLiteral("Testby Kommune"));
    }

    // An ended course is handed over from the case view: not before its closing report is
    // written; then the register's address, a channel chosen (never assumed), the file asked
    // for, both files written and the courses table saying when.
    void aCourseIsHandedOverFromTheCaseView()
    {
        createJournal();
        Municipality testby;
        testby.id = QStringLiteral("testby");
        testby.name = QStringLiteral("Testby Kommune");
        testby.cvr = QStringLiteral("31000009");
        testby.jobcentreAddress = QStringLiteral("jobcenter@testby.example");
        testby.dpoContact = QStringLiteral("dpo@testby.example");
        Journal& j = *m_window->journal();
        QVERIFY(!j.setMunicipalities(MunicipalityRegister{{testby}}));
        addCitizen(QStringLiteral("Eva Overdrag"), QString::fromLatin1(test::kFakeCpr));
        const QString id = j.caseload().value().first().citizenId;
        const QString course = j.citizen(id)->courses.first().id;
        auto* handOver = find<QPushButton>(QStringLiteral("handOver"));
        QVERIFY(!handOver->isVisible()); // nothing has ended
        QVERIFY(!j.endCourse(course, QDate::currentDate(), QStringLiteral("job")));
        m_window->workspace()->caseView()->reloadCase();
        QTRY_VERIFY(handOver->isVisible());
        QString said;
        onNextDialog(QStringLiteral("handOverDialog"), [&](QDialog* d) {
            said = d->findChild<QLabel*>(QStringLiteral("handOverContents"))->text();
            QVERIFY(!d->findChild<QPushButton*>(QStringLiteral("handOverSave"))->isEnabled());
            d->reject();
        });
        QTest::mouseClick(handOver, Qt::LeftButton);
        QVERIFY2(said.contains(QStringLiteral("no closing report")), qPrintable(said));

        QVERIFY(j.addNote(id, QStringLiteral("Afslutningsrapport: i job"),
                          QStringLiteral("closing-report"))
                    .ok());
        const QString json = m_dir.filePath(QStringLiteral("overdragelse.json"));
        QString offered;
        onNextDialog(QStringLiteral("handOverDialog"), [&](QDialog* d) {
            auto* to = d->findChild<QLineEdit*>(QStringLiteral("handOverTo"));
            auto* channel = d->findChild<QComboBox*>(QStringLiteral("handOverChannel"));
            auto* save = d->findChild<QPushButton*>(QStringLiteral("handOverSave"));
            QCOMPARE(to->text(), QStringLiteral("jobcenter@testby.example"));
            QCOMPARE(channel->currentIndex(), -1);
            QVERIFY(!save->isEnabled());
            QVERIFY(!channel->accessibleName().isEmpty());
            QVERIFY(!d->findChild<QWidget*>(QStringLiteral("handOverReview"))->isVisible());
            channel->setCurrentIndex(channel->findData(QStringLiteral("secure-mail")));
            QVERIFY(save->isEnabled());
            if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS")) // for a person to look at
                d->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                   .filePath(QStringLiteral("hand-over.png")));
            onNextDialog(QStringLiteral("handOverFileDialog"), [&](QDialog* f) {
                auto* files = qobject_cast<QFileDialog*>(f);
                offered = files->selectedFiles().value(0);
                files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(json);
                static_cast<QDialog*>(files)->accept();
            });
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(handOver, Qt::LeftButton);
        QTRY_VERIFY(QFileInfo(json).size() > 100);
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("overdragelse.pdf"))).size() > 1000);
        QVERIFY2(!offered.contains(QStringLiteral("Eva")), qPrintable(offered)); // never whom
        QVERIFY(j.citizen(id)->courses.first().handedOverAt.isValid());
        auto* courses = find<QTableWidget>(QStringLiteral("coursesTable"));
        QTRY_COMPARE(courses->item(0, courses->columnCount() - 1)->text(),
                     Dates::shortDay(QDate::currentDate()));
    }

    // A course's municipality and planned end are corrected from the Courses tab: nothing is
    // preselected, what it says now is shown, a name the register lacks is said, a planned
    // end before the start is refused in words, and the table shows the correction.
    void aCourseIsCorrectedFromTheCoursesTab()
    {
        createJournal();
        addCitizen(QStringLiteral("Kurt Ret"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("caseHeader"))
                        ->text()
                        .contains(QStringLiteral("Kurt Ret")));
        auto* tabs = find<QTabWidget>(QStringLiteral("caseTabs"));
        tabs->setCurrentIndex(1);
        auto* button = find<QPushButton>(QStringLiteral("correctCourse"));
        QVERIFY(button->isVisible() && button->isEnabled());
        QString now, unregistered, refused;
        bool saveAtFirst = true;
        onNextDialog(QStringLiteral("correctCourseDialog"), [&](QDialog* d) {
            auto* field = d->findChild<QComboBox*>(QStringLiteral("correctCourseField"));
            auto* save = d->findChild<QPushButton*>(QStringLiteral("correctCourseSave"));
            saveAtFirst = save->isEnabled();
            QCOMPARE(field->currentIndex(), -1);
            field->setCurrentIndex(field->findData(QStringLiteral("municipality")));
            now = d->findChild<QLabel*>(QStringLiteral("correctCourseNow"))->text();
            auto* value = d->findChild<QLineEdit*>(QStringLiteral("correctCourseValue"));
            value->selectAll();
            QTest::keyClicks(value, QStringLiteral("Nordby Kommune"));
            unregistered = d->findChild<QLabel*>(QStringLiteral("correctCourseMessage"))->text();
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!saveAtFirst);
        QCOMPARE(now, QStringLiteral("Testby Kommune"));
        QVERIFY2(unregistered.isEmpty(), qPrintable(unregistered)); // no register: no warning
        auto* courses = find<QTableWidget>(QStringLiteral("coursesTable"));
        QTRY_COMPARE(courses->item(0, 1)->text(), QStringLiteral("Nordby Kommune"));
        onNextDialog(QStringLiteral("correctCourseDialog"), [&](QDialog* d) {
            auto* field = d->findChild<QComboBox*>(QStringLiteral("correctCourseField"));
            field->setCurrentIndex(field->findData(QStringLiteral("plannedEnd")));
            d->findChild<QCheckBox*>(QStringLiteral("correctCourseNoDate"))->setChecked(false);
            d->findChild<QDateEdit*>(QStringLiteral("correctCourseDate"))
                ->setDate(QDate::currentDate().addYears(-1));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("correctCourseSave")),
                              Qt::LeftButton);
            refused = d->findChild<QLabel*>(QStringLiteral("correctCourseMessage"))->text();
            QVERIFY(d->isVisible());
            d->reject();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(refused.contains(QStringLiteral("before it starts")), qPrintable(refused));
        QCOMPARE(courses->item(0, 4)->text(), QString());
    }

    // A request from the citizen, recorded late, through the Requests tab by keyboard: the
    // case view and the caseload say it is late, in words; forwarded to the address the
    // register gives, it is open and in time; answered, it is off the caseload's status.
    void aRequestIsRecordedForwardedAndAnswered()
    {
        createJournal();
        Municipality testby;
        testby.id = QStringLiteral("testby");
        testby.name = QStringLiteral("Testby Kommune");
        testby.cvr = QStringLiteral("31000009");
        testby.jobcentreAddress = QStringLiteral("jobcenter@testby.example");
        testby.dpoContact = QStringLiteral("dpo@testby.example");
        QVERIFY(!m_window->journal()->setMunicipalities(MunicipalityRegister{{testby}}));
        addCitizen(QStringLiteral("Rikke Anmoder"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("caseHeader"))
                        ->text()
                        .contains(QStringLiteral("Rikke Anmoder")));
        auto* tabs = find<QTabWidget>(QStringLiteral("caseTabs"));
        tabs->setCurrentWidget(find<QWidget>(QStringLiteral("requestPanel")));
        QVERIFY(find<QLabel>(QStringLiteral("requestSummary"))
                    ->text()
                    .contains(QStringLiteral("No requests")));
        const QDateTime received = QDateTime::currentDateTime().addDays(-6);
        onNextDialog(QStringLiteral("requestDialog"), [&](QDialog* d) {
            for (QWidget* w : d->findChildren<QWidget*>())
                if (w->focusPolicy() & Qt::TabFocus && qobject_cast<QComboBox*>(w))
                    QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            auto* kind = d->findChild<QComboBox*>(QStringLiteral("requestKind"));
            kind->setFocus();
            QTest::keyClick(kind, Qt::Key_Down); // by keyboard: the second kind, a copy
            QCOMPARE(kind->currentData().toString(), QStringLiteral("copy"));
            d->findChild<QDateTimeEdit*>(QStringLiteral("requestReceived"))->setDateTime(received);
            QTest::keyClicks(d->findChild<QPlainTextEdit*>(QStringLiteral("requestDescription")),
                             QStringLiteral("Vil have en kopi af sine notater"));
            if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS")) // for a person to look at
                d->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                   .filePath(QStringLiteral("request-new.png")));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("requestSave")),
                              Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("requestNew")), Qt::LeftButton);
        auto* table = find<QTableWidget>(QStringLiteral("requestsTable"));
        QTRY_COMPARE(table->rowCount(), 1);
        QVERIFY2(table->item(0, 2)->text().startsWith(QStringLiteral("LATE: not forwarded")),
                 qPrintable(table->item(0, 2)->text()));
        QVERIFY(find<QLabel>(QStringLiteral("requestSummary"))
                    ->text()
                    .contains(QStringLiteral("1 late")));
        const auto statusOf = [this] {
            return m_window->workspace()
                ->model()
                ->index(0, CaseloadModel::Status)
                .data()
                .toString();
        };
        QTRY_COMPARE(statusOf(), QStringLiteral("Request late"));

        table->selectRow(0);
        QString address;
        onNextDialog(QStringLiteral("requestDialog"), [&](QDialog* d) {
            address = d->findChild<QLineEdit*>(QStringLiteral("requestForwardTo"))->text();
            if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS"))
                d->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                   .filePath(QStringLiteral("request-forward.png")));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("requestSave")),
                              Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("requestForward")), Qt::LeftButton);
        QCOMPARE(address, QStringLiteral("jobcenter@testby.example")); // from the register
        QTRY_VERIFY2(table->item(0, 2)->text().startsWith(QStringLiteral("Forwarded")),
                     qPrintable(table->item(0, 2)->text()));
        QTRY_COMPARE(statusOf(), QStringLiteral("Request open"));
        if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS"))
            m_window->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                      .filePath(QStringLiteral("requests-tab.png")));

        // The citizen's receipt (Danish) and the letter, saved where the consultant says.
        for (const QString& paper : {QStringLiteral("receipt"), QStringLiteral("letter")}) {
            table->selectRow(0);
            const QString path = m_dir.filePath(paper + QStringLiteral(".pdf"));
            QString offered;
            onNextDialog(QStringLiteral("requestFileDialog"), [&](QDialog* d) {
                auto* files = qobject_cast<QFileDialog*>(d);
                offered = files->selectedFiles().value(0);
                files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(path);
                static_cast<QDialog*>(files)->accept();
            });
            if (paper == QStringLiteral("receipt"))
                find<QAction>(QStringLiteral("requestReceipt_da"))->trigger();
            else
                QTest::mouseClick(find<QPushButton>(QStringLiteral("requestLetter")),
                                  Qt::LeftButton);
            QTRY_VERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
            // Named for what it is, never for whom.
            QVERIFY2(!offered.contains(QStringLiteral("Rikke")), qPrintable(offered));
        }
        QCOMPARE(m_window->journal()
                     ->accessLog(m_window->journal()->caseload().value().first().citizenId)
                     ->last()
                     .reason,
                 QStringLiteral("request letter"));

        // The access package: asked where; the PDF beside the JSON, by the same name.
        table->selectRow(0);
        const QString json = m_dir.filePath(QStringLiteral("pakke.json"));
        onNextDialog(QStringLiteral("requestFileDialog"), [&](QDialog* d) {
            auto* files = qobject_cast<QFileDialog*>(d);
            QVERIFY(!files->selectedFiles().value(0).contains(QStringLiteral("Rikke")));
            files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(json);
            static_cast<QDialog*>(files)->accept();
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("requestPackage")), Qt::LeftButton);
        QTRY_VERIFY(QFileInfo(json).size() > 100);
        QTRY_VERIFY(QFileInfo(m_dir.filePath(QStringLiteral("pakke.pdf"))).size() > 1000);

        table->selectRow(0);
        QString refused;
        onNextDialog(QStringLiteral("requestDialog"), [&](QDialog* d) {
            // Answered tomorrow: refused, in words; today: saved.
            auto* on = d->findChild<QDateEdit*>(QStringLiteral("requestAnsweredOn"));
            on->setMaximumDate(QDate::currentDate().addDays(1));
            on->setDate(QDate::currentDate().addDays(1));
            auto* save = d->findChild<QPushButton*>(QStringLiteral("requestSave"));
            QTest::mouseClick(save, Qt::LeftButton);
            refused = d->findChild<QLabel*>(QStringLiteral("requestMessage"))->text();
            on->setDate(QDate::currentDate());
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("requestAnswer")), Qt::LeftButton);
        QVERIFY2(refused.contains(QStringLiteral("in the future")), qPrintable(refused));
        QTRY_VERIFY(table->item(0, 2)->text().startsWith(QStringLiteral("Answered")));
        QTRY_COMPARE(statusOf(), QStringLiteral("Active"));
        QVERIFY(!find<QPushButton>(QStringLiteral("requestForward"))->isEnabled());
    }

    // An objection restricts the case from the request dialog: the bar above the case says so
    // in words, the caseload too; a note is refused until a reason is given (and the log keeps
    // it); the gate tells the a-kasse nothing; lifted with when and how the citizen was told,
    // the bar goes.
    void anObjectionRestrictsTheCase()
    {
        createJournal();
        addCitizen(QStringLiteral("Rikke Begrænset"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("caseHeader"))
                        ->text()
                        .contains(QStringLiteral("Rikke Begrænset")));
        auto* bar = find<QWidget>(QStringLiteral("restrictionBar"));
        QVERIFY(!bar->isVisible());
        auto* tabs = find<QTabWidget>(QStringLiteral("caseTabs"));
        tabs->setCurrentWidget(find<QWidget>(QStringLiteral("requestPanel")));
        onNextDialog(QStringLiteral("requestDialog"), [&](QDialog* d) {
            auto* kind = d->findChild<QComboBox*>(QStringLiteral("requestKind"));
            auto* restrict = d->findChild<QCheckBox*>(QStringLiteral("requestRestrict"));
            QVERIFY(restrict->isHidden()); // access, the first kind: nothing to restrict
            kind->setCurrentIndex(kind->findData(QStringLiteral("objection")));
            QVERIFY(!restrict->isHidden()&& restrict->isChecked());
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("requestSave")),
                              Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("requestNew")), Qt::LeftButton);
        QTRY_VERIFY(bar->isVisible());
        auto* text = find<QLabel>(QStringLiteral("restrictionText"));
        QVERIFY2(text->text().startsWith(QStringLiteral("RESTRICTED since")) &&
                     text->text().contains(QStringLiteral("on the citizen's request")),
                 qPrintable(text->text()));
        const auto statusOf = [this] {
            return m_window->workspace()
                ->model()
                ->index(0, CaseloadModel::Status)
                .data()
                .toString();
        };
        QTRY_COMPARE(statusOf(), QStringLiteral("Restricted"));
        Journal* j = m_window->journal();
        const QString id = j->caseload().value().first().citizenId;
        QCOMPARE(j->mayDisclose(id, {QStringLiteral("akasse"), {}}, {QStringLiteral("ordinary")})
                     ->code(),
                 QStringLiteral("restricted"));

        // A note without a reason is refused in words, and the draft stays.
        tabs->setCurrentIndex(0);
        QString failure;
        auto grab = connect(m_window->workspace()->caseView(), &CaseView::failed, this,
                            [&](const QString& m) { failure = m; });
        auto* editor = m_window->workspace()->caseView()->editor();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        QTest::keyClicks(editor->findChild<QPlainTextEdit*>(QStringLiteral("noteText")),
                         QStringLiteral("Borgeren ringede"));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("noteSave")),
                          Qt::LeftButton);
        QTRY_VERIFY2(failure.contains(QStringLiteral("restricted")), qPrintable(failure));
        QCOMPARE(j->citizen(id)->notes.size(), 0);

        const QString why = QStringLiteral("Borgeren bad selv om notatet");
        onNextDialog(QStringLiteral("restrictionDialog"), [&](QDialog* d) {
            auto* reason = d->findChild<QLineEdit*>(QStringLiteral("changeReason"));
            QVERIFY(!reason->accessibleName().isEmpty());
            QTest::keyClicks(reason, why);
            QTest::keyClick(reason, Qt::Key_Return);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("restrictionReason")), Qt::LeftButton);
        QTRY_VERIFY2(text->text().contains(why), qPrintable(text->text()));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("noteSave")),
                          Qt::LeftButton);
        QTRY_COMPARE(j->citizen(id)->notes.size(), 1);
        int withWhy = 0; // the note's entry (reading the case here is logged too)
        const QList<AccessLogEntry> log = j->accessLog(id).value();
        for (const AccessLogEntry& e : log)
            withWhy += e.reason == why ? 1 : 0;
        QCOMPARE(withWhy, 1);
        disconnect(grab);
        if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS")) {
            QTest::qWait(300);
            m_window->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                      .filePath(QStringLiteral("restricted-case.png")));
        }

        // The letter telling the citizen it will be lifted: the reason asked for first, the
        // day not before today, then where to save; named for what it is, never for whom.
        const QString letter = m_dir.filePath(QStringLiteral("ophaevelse.pdf"));
        QString asked, offered;
        onNextDialog(QStringLiteral("liftNoticeDialog"), [&](QDialog* d) {
            auto* save = d->findChild<QPushButton*>(QStringLiteral("liftNoticeSave"));
            QCOMPARE(d->findChild<QDateEdit*>(QStringLiteral("liftNoticeDate"))->minimumDate(),
                     QDate::currentDate());
            QTest::mouseClick(save, Qt::LeftButton);
            asked = d->findChild<QLabel*>(QStringLiteral("liftNoticeMessage"))->text();
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("liftNoticeReason")),
                             QStringLiteral("Kommunen har afgjort indsigelsen"));
            auto* language = d->findChild<QComboBox*>(QStringLiteral("liftNoticeLanguage"));
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS"))
                d->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                   .filePath(QStringLiteral("lift-notice-dialog.png")));
            onNextDialog(QStringLiteral("liftNoticeFileDialog"), [&](QDialog* f) {
                auto* files = qobject_cast<QFileDialog*>(f);
                offered = files->selectedFiles().value(0);
                files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(letter);
                static_cast<QDialog*>(files)->accept();
            });
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("restrictionNotice")), Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("reason")), qPrintable(asked));
        QTRY_VERIFY2(QFileInfo(letter).size() > 1000, qPrintable(letter));
        QVERIFY2(offered.endsWith(QStringLiteral("restriction-lift-notice.pdf")),
                 qPrintable(offered));
        QVERIFY(bar->isVisible()); // the letter does not lift it
        int exported = 0;
        for (const AccessLogEntry& e : test::require(j->accessLog(id), "log"))
            exported += e.reason.contains(QStringLiteral("restriction lift notice en")) ? 1 : 0;
        QCOMPARE(exported, 1);

        // Lifted: told by phone just now.
        onNextDialog(QStringLiteral("restrictionDialog"), [&](QDialog* d) {
            auto* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no reason yet
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("liftReason")),
                             QStringLiteral("Kommunen har afgjort indsigelsen"));
            auto* how = d->findChild<QComboBox*>(QStringLiteral("liftToldHow"));
            how->setCurrentIndex(how->findData(QStringLiteral("phone")));
            if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS"))
                d->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                   .filePath(QStringLiteral("restriction-lift.png")));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("restrictionLift")), Qt::LeftButton);
        QTRY_VERIFY(!bar->isVisible());
        QTRY_COMPARE(statusOf(), QStringLiteral("Request open"));
        const RestrictionRecord lifted = j->restrictions(id)->first();
        QCOMPARE(lifted.toldHow, QStringLiteral("phone"));
        QVERIFY(!lifted.inForce());
    }

    // The case's consents and disclosure records may go before the rest of the case: the case
    // view says when, while the course runs and once it has ended.
    void theCaseViewSaysWhenItsPartsGo()
    {
        createJournal();
        addCitizen(QStringLiteral("Eva Delsen"), QString::fromLatin1(test::kFakeCpr));
        Journal* j = m_window->journal();
        QVERIFY(!j->setRetention(RetentionRules({{{}, RetentionKind::Case, 6},
                                                 {{}, RetentionKind::Consents, 1},
                                                 {{}, RetentionKind::Disclosures, 3}}),
                                 {}));
        const QString id = j->caseload().value().first().citizenId;
        const QString course = j->citizen(id).value().courses.first().id;
        auto* text = find<QLabel>(QStringLiteral("retentionText"));
        CaseView* view = m_window->workspace()->caseView();
        QTRY_COMPARE(view->citizenId(), id);
        view->reloadCase();
        QTRY_VERIFY2(text->text().contains(QStringLiteral(
                         "consents, with signatures and paper scans, are deleted 1 month")),
                     qPrintable(text->text()));
        QVERIFY2(text->text().contains(QStringLiteral("disclosed to whom are deleted 3 month")),
                 qPrintable(text->text()));
        const QDate end = QDate::currentDate();
        QVERIFY(!j->endCourse(course, end));
        view->reloadCase();
        const QString shown = text->text();
        QVERIFY2(
            shown.contains(QStringLiteral("On %1 the consents").arg(Dates::day(end.addMonths(1)))),
            qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("On %1 the records of what was disclosed")
                                    .arg(Dates::day(end.addMonths(3)))),
                 qPrintable(shown));
        QVERIFY2(shown.contains(Dates::day(end.addMonths(6))), qPrintable(shown));
    }

    void savingANoteLogsWhatTheConsultantDidOnly()
    {
        createJournal();
        addCitizen(QStringLiteral("Lis Logsen"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("newNote"))->isEnabled());
        Journal* j = m_window->journal();
        auto entries = [j] { return j->accessLog().value(); };
        const auto before = entries();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("noteText")),
                         QStringLiteral("Aftalt praktik i en boghandel."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        auto* notes = find<QListWidget>(QStringLiteral("notesList"));
        QTRY_COMPARE(notes->count(), 1); // the view shows what was saved
        auto after = entries();
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.last().action, QStringLiteral("created"));

        // A correction: one entry, "corrected" (choosing the note shows its history: a use).
        notes->setCurrentRow(0);
        after = entries();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("correctNote")), Qt::LeftButton);
        auto* text = find<QPlainTextEdit>(QStringLiteral("noteText"));
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Aftalt praktik i en cykelbutik."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        QTRY_VERIFY(notes->item(0)->text().contains(QStringLiteral("cykelbutik")));
        const auto corrected = entries();
        QCOMPARE(corrected.size(), after.size() + 1);
        QCOMPARE(corrected.last().action, QStringLiteral("corrected"));

        // Opening another case and coming back is a use again, and logged.
        addCitizen(QStringLiteral("Ib Andersen"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("caseHeader"))
                        ->text()
                        .contains(QStringLiteral("Ib Andersen")));
        const auto opened = entries();
        QVERIFY(opened.size() > corrected.size());
        QCOMPARE(opened.last().action, QStringLiteral("viewed"));
    }

    void draftSurvivesTheWindow()
    {
        createJournal();
        addCitizen(QStringLiteral("Per Kladde"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("newNote"))->isEnabled());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("noteText")),
                         QStringLiteral("Halvt skrevet notat om"));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("noteEditorStatus"))
                        ->text()
                        .contains(QStringLiteral("Draft saved")));
        // The window goes away mid-typing, as in a crash of the UI.
        m_window.reset();
        makeWindow();
        unlockWith(kPass);
        QTRY_VERIFY(!m_window->isLocked());
        m_window->workspace()->selectCitizen(m_window->workspace()
                                                 ->model()
                                                 ->index(0, 0)
                                                 .data(CaseloadModel::CitizenIdRole)
                                                 .toString());
        auto* text = find<QPlainTextEdit>(QStringLiteral("noteText"));
        QTRY_COMPARE(text->toPlainText(), QStringLiteral("Halvt skrevet notat om"));
        QVERIFY(find<QLabel>(QStringLiteral("noteEditorStatus"))
                    ->text()
                    .contains(QStringLiteral("restored")));
    }

    // A correction left as a draft and finished later, after another correction of the same
    // note arrived, is kept beside that one (a conflict to resolve), never on top of it.
    void aRestoredCorrectionDoesNotReplaceWhatItsWriterNeverSaw()
    {
        createJournal();
        addCitizen(QStringLiteral("Ida Rettelse"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("newNote"))->isEnabled());
        const QString citizen = m_window->workspace()
                                    ->model()
                                    ->index(0, 0)
                                    .data(CaseloadModel::CitizenIdRole)
                                    .toString();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        auto* text = find<QPlainTextEdit>(QStringLiteral("noteText"));
        QTest::keyClicks(text, QStringLiteral("Aftalt: praktik fra mandag."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        auto* notes = find<QListWidget>(QStringLiteral("notesList"));
        QTRY_COMPARE(notes->count(), 1);
        notes->setCurrentRow(0);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("correctNote")), Qt::LeftButton);
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Aftalt: praktik fra tirsdag."));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("noteEditorStatus"))
                        ->text()
                        .contains(QStringLiteral("Draft saved")));
        auto kept = m_window->journal()->drafts(citizen);
        QVERIFY(kept.ok() && kept->size() == 1);
        QVERIFY2(!kept->first().basedOn.isEmpty(), "the draft remembers the version it corrects");
        m_window.reset();
        makeWindow();
        unlockWith(kPass);
        QTRY_VERIFY(!m_window->isLocked());
        // Meanwhile the note was corrected elsewhere (a local correction stands in for one
        // pulled from another device; it ends the draft's slot, so the draft is put back).
        QVERIFY(
            m_window->journal()
                ->correctNote(kept->first().noteId, QStringLiteral("Aftalt: praktik fra onsdag."))
                .ok());
        QVERIFY(m_window->journal()->saveDraft(kept->first()).ok());
        m_window->workspace()->selectCitizen(citizen);
        text = find<QPlainTextEdit>(QStringLiteral("noteText"));
        QTRY_COMPARE(text->toPlainText(), QStringLiteral("Aftalt: praktik fra tirsdag."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        auto conflicts = m_window->journal()->conflicts(citizen);
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), 1); // both texts kept, for the consultant to choose
    }

    void aDamagedJournalShowsTheDamagePageAndIsRecovered()
    {
        createJournal();
        addCitizen(QStringLiteral("Dora Skadesen"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("newNote"))->isEnabled());
        // Found in use: the next change is refused, and the window closes the journal.
        JournalInternals::database(*m_window->journal()).markDamaged(QStringLiteral("test"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("noteText")),
                         QStringLiteral("En note der ikke kan gemmes"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        QTRY_VERIFY(m_window->isLocked());
        auto* page = find<QWidget>(QStringLiteral("damagePage"));
        QTRY_VERIFY(page->isVisible());
        QVERIFY(m_window->findChildren<QTableView*>().isEmpty()); // no caseload left on screen
        auto* pass = find<QLineEdit>(QStringLiteral("damagePassphrase"));
        QCOMPARE(m_window->focusWidget(), pass); // keyboard first
        QVERIFY(!pass->accessibleName().isEmpty());
        QVERIFY(!find<QLabel>(QStringLiteral("damageTitle"))->text().isEmpty());
        // FORTROLIG_SHOTS=DIR: the damage page as a consultant meets it, for a person to check.
        if (const QString dir = qEnvironmentVariable("FORTROLIG_SHOTS"); !dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/damage-page-") +
                                  qEnvironmentVariable("FORTROLIG_LANG", QStringLiteral("en")) +
                                  QStringLiteral(".png"));

        // Found by an earlier run: unlocking shows the damage page again, not the caseload.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("damageLockButton")), Qt::LeftButton);
        unlockWith(kPass);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(m_window->isLocked());

        // A wrong passphrase rescues nothing.
        QTest::keyClicks(pass, QStringLiteral("ikke den rigtige frase"));
        QTest::keyClick(pass, Qt::Key_Return);
        auto* message = find<QLabel>(QStringLiteral("damageMessage"));
        QTRY_VERIFY(pass->isEnabled() && !message->text().isEmpty() &&
                    !message->text().contains(QStringLiteral("...")));
        QVERIFY(page->isVisible());

        QTest::keyClicks(pass, kPass);
        QTest::keyClick(pass, Qt::Key_Return);
        auto* unlockMessage = find<QLabel>(QStringLiteral("unlockError"));
        QTRY_VERIFY(find<QLineEdit>(QStringLiteral("unlockPassphrase"))->isVisible());
        // The damaged journal is kept beside the new one.
        const QFileInfo here(m_access->directory());
        const QStringList kept =
            here.dir().entryList({here.fileName() + QStringLiteral(".damaged-*")}, QDir::Dirs);
        QCOMPARE(kept.size(), 1);
        QVERIFY(unlockMessage->text().contains(kept.first()));

        unlockWith(kPass);
        QTRY_VERIFY(!m_window->isLocked());
        QVERIFY(!m_window->journal()->isDamaged());
        auto rows = m_window->journal()->caseload();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().name, QStringLiteral("Dora Skadesen"));
        QVERIFY(
            m_window->journal()->addNote(rows->first().citizenId, QStringLiteral("Efter")).ok());
    }

    void autoLockHidesEverything()
    {
        createJournal();
        addCitizen(QStringLiteral("Rasmus Hemmelig"), QString::fromLatin1(test::kFakeCpr));
        QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);
        m_idle->setTimeout(200); // a simulated idle period
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
        QVERIFY(find<QLineEdit>(QStringLiteral("unlockPassphrase"))->isVisible());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Fortrolig"));
        // Nothing of the caseload is left in the window's widgets.
        for (QLabel* l : m_window->findChildren<QLabel*>())
            QVERIFY(!l->text().contains(QStringLiteral("Hemmelig")));
        QVERIFY(m_window->findChildren<QTableView*>().isEmpty());
        QVERIFY(m_window->findChildren<CaseloadModel*>().isEmpty());
    }

    void lockingWithADialogOpenClosesItFirst()
    {
        createJournal();
        addCitizen(QStringLiteral("Dorit Dialog"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("correctDetails"))->isVisible());
        bool shown = false;
        whenDialogShows(QStringLiteral("correctCitizenDialog"), [&](QDialog* d) {
            shown = true;
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("correctValue")),
                             QStringLiteral(" halvt skrevet"));
            m_idle->setTimeout(100); // the computer is left: locks while the dialog is open
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("correctDetails")), Qt::LeftButton);
        QVERIFY(shown);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(m_window->findChildren<QDialog*>().isEmpty());
        QVERIFY(find<QLineEdit>(QStringLiteral("unlockPassphrase"))->isVisible());
        // Nothing was saved from the closed dialog, and the journal opens as before.
        m_idle->setTimeout(60 * 60 * 1000);
        unlockWith(kPass);
        QTRY_VERIFY(!m_window->isLocked());
        QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);
        QCOMPARE(m_window->journal()
                     ->citizen(m_window->workspace()
                                   ->model()
                                   ->index(0, 0)
                                   .data(CaseloadModel::CitizenIdRole)
                                   .toString())
                     ->name,
                 QStringLiteral("Dorit Dialog"));
    }

    // A dialog that will not close (or lives on after closing) does not keep the window
    // from locking: it is hidden after a second and the window locks.
    void aDialogThatWillNotCloseDoesNotStopTheLock()
    {
        struct Stubborn : QDialog
        {
            using QDialog::QDialog;
            void reject() override {} // refuses
        };
        createJournal();
        QPointer<QDialog> stubborn = new Stubborn(m_window.get());
        stubborn->setModal(true);
        stubborn->show();
        QTRY_COMPARE(QApplication::activeModalWidget(), stubborn.data());
        m_idle->setTimeout(100);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
        QVERIFY(!stubborn->isVisible());
        QVERIFY(find<QLineEdit>(QStringLiteral("unlockPassphrase"))->isVisible());
        m_idle->setTimeout(60 * 60 * 1000);
        delete stubborn.data();
    }

    void ctrlLLocks()
    {
        createJournal();
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(m_window->isLocked());
    }

    // "Someone else" is asked about only with a name and what they do, so the citizen knows
    // who it is; the name field says how to write it.
    void someoneElseNeedsANameAndARole()
    {
        createJournal();
        addCitizen(QStringLiteral("Mona Samtykke"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("caseHeader"))
                        ->text()
                        .contains(QStringLiteral("Mona Samtykke")));
        find<QTabWidget>(QStringLiteral("caseTabs"))->setCurrentIndex(2);
        QStringList problems;
        QString hint;
        onNextDialog(QStringLiteral("consentPrepDialog"), [&](QDialog* d) {
            auto* start = d->findChild<QPushButton*>(QStringLiteral("prepStart"));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("prepProvider")),
                             QStringLiteral("Prøve Aktør"));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("prepPlace")),
                             QStringLiteral("Testby"));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("prepProviderContact")),
                             QStringLiteral("tlf. 00 00 00 01"));
            auto* kind = d->findChild<QComboBox*>(QStringLiteral("prepRecipientKind_0"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("other")));
            auto* name = d->findChild<QLineEdit*>(QStringLiteral("prepRecipientName_0"));
            hint = name->placeholderText();
            // Why, in the consultant's own words ("Other").
            auto* purpose = d->findChild<QComboBox*>(QStringLiteral("prepPurpose_0"));
            purpose->setCurrentIndex(purpose->findData(QStringLiteral("*")));
            auto* own = d->findChild<QLineEdit*>(QStringLiteral("prepOtherPurpose_0"));
            QVERIFY(own->isVisible());
            own->setText(QStringLiteral("aftale møder med din mentor"));
            for (const QString& typed :
                 {QStringLiteral("Jens Hansen"), QStringLiteral("Jens Hansen, "),
                  QStringLiteral(", mentor"), QStringLiteral("Jens Hansen, mentor")}) {
                name->setText(typed);
                QTest::mouseClick(start, Qt::LeftButton);
                if (d->isVisible())
                    problems << d->findChild<QLabel*>(QStringLiteral("prepProblem"))->text();
            }
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("startConsentForm")), Qt::LeftButton);
        QVERIFY2(hint.contains(QStringLiteral("what they do")), qPrintable(hint));
        QCOMPARE(problems.size(), 3);
        for (const QString& p : std::as_const(problems))
            QVERIFY2(p.contains(QStringLiteral("what they do")), qPrintable(p));
        QVERIFY(m_window->citizenMode()); // with the name and the role, the form starts
    }

    void citizenModeFromTheWindowAndTheReceipts()
    {
        createJournal();
        // The rights page says how long the rule in force keeps a case: the course's
        // municipality's own rule (as a server sends it), not the default.
        QVERIFY(!m_window->journal()->setRetention(
            RetentionRules({{QString(), RetentionKind::Case, 6},
                            {QStringLiteral("Testby Kommune"), RetentionKind::Case, 9}}),
            {}));
        startCitizenMode();
        // The citizen sees the form and nothing of the caseload; nothing else can be opened.
        CitizenMode* mode = m_window->citizenMode();
        QVERIFY(mode->isVisible());
        QVERIFY(!m_window->workspace()->isVisible());
        QVERIFY(!find<QWidget>(QStringLiteral("mainToolbar"))->isVisible());
        QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
        QVERIFY(!m_window->newCitizenAction()->isEnabled());
        QVERIFY(!m_window->findCprAction()->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_settings->providerName(), QStringLiteral("Prøve Aktør"));

        ConsentWizard* w = mode->wizard();
        auto onPage = [w](const QString& name) {
            return w->findChild<QStackedWidget*>(QStringLiteral("wizardPages"))
                ->currentWidget()
                ->findChild<QWidget*>(name);
        };
        auto next = [w] {
            QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("wizardNext")),
                              Qt::LeftButton);
        };
        next();
        next();
        QCOMPARE(w->currentPage(), ConsentSession::Page::Recipient);
        // Keyboard only: focus starts on the first answer; space chooses it, Tab moves on.
        QCOMPARE(m_window->focusWidget(), onPage(QStringLiteral("wizardYes")));
        QTest::keyClick(m_window->focusWidget(), Qt::Key_Space);
        QVERIFY(static_cast<QRadioButton*>(onPage(QStringLiteral("wizardYes")))->isChecked());
        QTest::keyClick(onPage(QStringLiteral("wizardCategory_ordinary")), Qt::Key_Space);
        // Enter on a check box presses the default button, Next.
        QTest::keyClick(onPage(QStringLiteral("wizardCategory_ordinary")), Qt::Key_Return);
        QCOMPARE(w->currentPage(), ConsentSession::Page::Validity);
        QTest::keyClick(onPage(QStringLiteral("wizardUntilCourseEnd")), Qt::Key_Space);
        next();
        QCOMPARE(w->currentPage(), ConsentSession::Page::Rights);
        const QString retention =
            static_cast<QLabel*>(onPage(QStringLiteral("wizardText_retention")))->text();
        QVERIFY2(retention.contains(QStringLiteral(" 9 months after")), qPrintable(retention));
        // How to withdraw when the consultant is not there: the contact typed once, kept.
        const QString withdraw =
            static_cast<QLabel*>(onPage(QStringLiteral("wizardText_withdraw")))->text();
        // (the spaces in the number do not break: it is not split across lines)
        QVERIFY2(withdraw.contains(
                     QStringLiteral("write to Prøve Aktør (tlf. 00\u00a000\u00a000\u00a001)")),
                 qPrintable(withdraw));
        QCOMPARE(m_settings->value(Settings::Key::ProviderContact).toString(),
                 QStringLiteral("tlf. 00 00 00 01"));
        next();
        next(); // the summary
        auto* pad = static_cast<SignaturePad*>(onPage(QStringLiteral("signaturePad")));
        QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 50));
        for (int i = 1; i <= 20; ++i)
            QTest::mouseMove(pad, QPoint(20 + i * 15, 50 + (i % 3) * 10));
        QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(320, 50));
        next();
        QCOMPARE(w->currentPage(), ConsentSession::Page::Done);

        // The screen goes back with the passphrase; the receipt is offered at once.
        const QString receipt = m_dir.filePath(QStringLiteral("receipt.pdf"));
        whenDialogShows(QStringLiteral("receiptDialog"), [&](QDialog* d) {
            QVERIFY(qobject_cast<ReceiptDialog*>(d)->saveTo(receipt).ok());
            d->reject();
        });
        QTest::mouseClick(onPage(QStringLiteral("wizardHandBack")), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("leavePassphrase")), kPass);
        QTest::keyClick(find<QLineEdit>(QStringLiteral("leavePassphrase")), Qt::Key_Return);
        QTRY_VERIFY(!m_window->citizenMode());
        QTRY_VERIFY(QFile::exists(receipt));
        QVERIFY(m_window->workspace()->isVisible());
        QVERIFY(m_window->newCitizenAction()->isEnabled());
        QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));

        // The Consents tab shows it; withdrawing all of it is two clicks, with its receipt.
        auto* table = find<QTableWidget>(QStringLiteral("consentsTable"));
        QTRY_COMPARE(table->rowCount(), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(0, 1)).center());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("withdrawWholeConsent")),
                          Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        auto* withdrawalReceipt = find<QPushButton>(QStringLiteral("withdrawalReceipt"));
        QVERIFY(withdrawalReceipt->isEnabled());
        const QString second = m_dir.filePath(QStringLiteral("withdrawal.pdf"));
        onNextDialog(QStringLiteral("receiptDialog"), [&](QDialog* d) {
            QVERIFY(qobject_cast<ReceiptDialog*>(d)->saveTo(second).ok());
            d->reject();
        });
        QTest::mouseClick(withdrawalReceipt, Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(second));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {second, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(QStringLiteral("you withdrew your whole consent")) ||
                     words.contains(QStringLiteral("trak du hele dit samtykke tilbage")),
                 qPrintable(words));
    }

    // The register the server sent gives the form Testby's contacts and approval: the
    // consultant is told so before the screen turns, and nothing about the forms folder.
    void theFormTakesTheMunicipalityFromTheRegister()
    {
        createJournal();
        Municipality testby;
        testby.id = QStringLiteral("testby");
        testby.name = QStringLiteral("Testby Kommune");
        testby.cvr = QStringLiteral("31000009"); // made up; only its check digit is valid
        testby.jobcentreAddress = QStringLiteral("jobcenter@testby.example");
        testby.dpoContact = QStringLiteral("dpo@testby.example");
        testby.approvals = {{QStringLiteral("fortrolig-standard"), 4, QDate(2026, 11, 20)}};
        QVERIFY(!m_window->journal()->setMunicipalities(MunicipalityRegister{{testby}}));
        addCitizen(QStringLiteral("Mona Register"), QString::fromLatin1(test::kFakeCpr));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("caseHeader"))
                        ->text()
                        .contains(QStringLiteral("Mona Register")));
        find<QTabWidget>(QStringLiteral("caseTabs"))->setCurrentIndex(2);
        QString note;
        onNextDialog(QStringLiteral("consentPrepDialog"), [&note](QDialog* d) {
            auto* label = d->findChild<QLabel*>(QStringLiteral("prepControllerNote"));
            note = label->isVisible() ? label->text() : QString();
            d->reject();
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("startConsentForm")), Qt::LeftButton);
        QVERIFY2(note.contains(QStringLiteral(
                     "The form shows Testby Kommune's contact details and its approval of "
                     "version 4")),
                 qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("municipalities.json")), qPrintable(note));
    }

    void lockingEndsCitizenMode()
    {
        createJournal();
        startCitizenMode();
        QVERIFY(m_window->citizenMode());
        m_window->lockAction()->trigger();
        QTRY_VERIFY(m_window->isLocked());
        QVERIFY(!m_window->citizenMode());
        QVERIFY(m_window->findChildren<CitizenMode*>().isEmpty());
        QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    }

    void courseTypesAreEditedInSettings()
    {
        createJournal();
        onNextDialog(QStringLiteral("settingsDialog"), [&](QDialog* d) {
            auto* types = d->findChild<QPlainTextEdit*>(QStringLiteral("settingsCourseTypes"));
            QVERIFY(types->toPlainText().contains(QStringLiteral("afklaringsforløb")));
            // Screen capture is said as the system has it: Linux gives a window no way to
            // refuse (app/platform), so the settings never claim it is blocked.
            QCOMPARE(platform::excludeFromCapture(reinterpret_cast<void*>(m_window->winId())),
                     platform::Capture::NotAvailable);
            const QString capture =
                d->findChild<QLabel*>(QStringLiteral("settingsCapture"))->text();
            QCOMPARE(capture, SettingsDialog::captureNotice(platform::Capture::NotAvailable));
            QVERIFY(capture.contains(QStringLiteral("Linux")));
            QVERIFY(capture != SettingsDialog::captureNotice(platform::Capture::Excluded));
            types->setPlainText(QStringLiteral("mentorstøtte\n\n  jobrotation \nmentorstøtte"));
            // The name receipts show: kept in the journal, not in the settings file.
            auto* name = d->findChild<QLineEdit*>(QStringLiteral("settingsConsultantName"));
            QVERIFY(name->isVisible());
            QVERIFY(name->text().isEmpty());
            name->setText(QStringLiteral(" Karen  Konsulent "));
            d->accept();
        });
        const auto actions = find<QWidget>(QStringLiteral("mainToolbar"))->actions();
        for (QAction* a : actions) {
            if (a->text().contains(QStringLiteral("Settings")))
                a->trigger();
        }
        QCOMPARE(m_settings->courseTypes(),
                 QStringList({QStringLiteral("mentorstøtte"), QStringLiteral("jobrotation")}));
        QCOMPARE(m_window->journal()->identity().name, QStringLiteral("Karen Konsulent"));
    }

    void clipboardIsClearedAfterItsTime()
    {
        createJournal();
        addCitizen(QStringLiteral("Sofie Udklip"), QStringLiteral("241270-5123"));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("copyCpr"))->isEnabled());
        m_clipboard->setClearAfter(200);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("copyCpr")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("241270-5123"));
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 3000);
        // Something the person copied afterwards is left alone.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("copyCpr")), Qt::LeftButton);
        QApplication::clipboard()->setText(QStringLiteral("not ours"));
        QTest::qWait(400);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("not ours"));

        // Copying note text goes through the guard as well, concealed and cleared.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        auto* text = find<QPlainTextEdit>(QStringLiteral("noteText"));
        QTest::keyClicks(text, QStringLiteral("fortroligt om helbred"));
        text->selectAll();
        QTest::keySequence(text, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("fortroligt om helbred"));
        QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(
            QStringLiteral("x-kde-passwordManagerHint")));
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 3000);
    }

    void caseloadModelIsAProperModel()
    {
        CaseloadModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CaseloadFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<CaseloadRow> rows;
        for (int i = 0; i < 50; ++i)
            rows << CaseloadRow{QString::number(i),
                                QStringLiteral("Navn %1").arg(i),
                                QStringLiteral("010158-XXXX"),
                                i % 2 ? CaseStatus::Active : CaseStatus::Ended,
                                QStringLiteral("Testby"),
                                QStringLiteral("afklaringsforløb"),
                                QDate(2026, 1, 1).addDays(i)};
        model.setRows(rows);
        filter.setStatus(int(CaseStatus::Active));
        QCOMPARE(filter.rowCount(), 25);
        filter.setMatches(
            QSet<QString>{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
        QCOMPARE(filter.rowCount(), 2);
        filter.setMatches(std::nullopt);
        filter.setStatus(-1);
        filter.sort(CaseloadModel::NextDate, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, CaseloadModel::Name).data().toString(), QStringLiteral("Navn 49"));
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
