// A scripted usability check (issue 18): five daily tasks driven through the real widgets of
// the window, in Danish at 1280x800, counting the clicks and the keystrokes each takes (a key
// with its modifiers is one keystroke; text typed counts a keystroke a character). The counts
// are printed as figures ("task_...: N clicks, M keystrokes", docs/desktop.md); the checks
// are that each task did what it is for, and that the short ways stay short: Ctrl+F and
// Enter open a citizen found by name, Ctrl+N and Ctrl+Enter write a note, a sorting chosen
// stays at the next unlock.
#include "ConsentFixtures.h"
#include "DialogWatch.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiLook.h"
#include "app/journal/JournalAccess.h"
#include "casefile/CaseView.h"
#include "caseload/CaseloadModel.h"
#include "caseload/Workspace.h"
#include "shell/ClipboardGuard.h"
#include "shell/InactivityFilter.h"
#include "shell/Settings.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace fortrolig;
using fortrolig::test::Look;
using fortrolig::test::whenDialogShows;

namespace {
const QString kPass = QStringLiteral("lang og god adgangsfrase");
const QString kName = QStringLiteral("Tove Opgavesen");
const QString kCpr = QStringLiteral("030303-9995"); // made up

// What the consultant does, counted as it is done.
struct Hands
{
    int clicks = 0;
    int keys = 0;
    void click(QWidget* w, QPoint at = {})
    {
        ++clicks;
        QTest::mouseClick(w, Qt::LeftButton, {}, at);
    }
    void key(QWidget* w, int key, Qt::KeyboardModifiers modifiers = {})
    {
        ++keys;
        QTest::keyClick(w, Qt::Key(key), modifiers);
    }
    void type(QWidget* w, const QString& text)
    {
        keys += int(text.size());
        QTest::keyClicks(w, text);
    }
    // Prints the figure and starts counting the next task.
    void done(const char* task)
    {
        std::printf("task_%s: %d clicks, %d keystrokes\n", task, clicks, keys);
        std::fflush(stdout);
        clicks = keys = 0;
    }
};

QWidget* focused()
{
    return QApplication::focusWidget();
}
} // namespace

class TestDailyTasks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::NoKeychain> m_keychain;
    std::unique_ptr<JournalAccess> m_access;
    std::unique_ptr<Settings> m_settings;
    InactivityFilter m_idle;
    ClipboardGuard m_clipboard;
    std::unique_ptr<MainWindow> m_window;
    QString m_tove;

    template <typename T> T* find(const QString& name) const
    {
        return m_window->findChild<T*>(name);
    }

    // Twenty made-up citizens with a course each; Tove's course started ten days ago and she
    // gave a consent to share with her doctor.
    void fillJournal()
    {
        JournalAccess::InitOptions o;
        o.kdf = KdfProfile::Interactive;
        const QByteArray pass = kPass.toUtf8();
        const SecureBytes key = SecureBytes::copyOf(pass.constData(), size_t(pass.size()));
        QVERIFY(m_access->init(key, o).ok());
        auto journal = m_access->unlock(key);
        QVERIFY(journal.ok());
        Journal& j = *journal.value();
        const QDate today = QDate::currentDate();
        for (int i = 0; i < 20; ++i) {
            const auto cpr = Cpr::parse(QStringLiteral("%1%2%3-%4")
                                            .arg(i + 1, 2, 10, QLatin1Char('0'))
                                            .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                                            .arg(60 + i, 2, 10, QLatin1Char('0'))
                                            .arg(5000 + i * 7));
            QVERIFY(cpr);
            const QString id =
                j.addCitizen(QStringLiteral("Borger Nummer%1 Prøvesen").arg(i), *cpr).value();
            QVERIFY(j.addCourse({id,
                                 QStringLiteral("Testby Kommune"),
                                 QStringLiteral("virksomhedspraktik"),
                                 {},
                                 today.addDays(-30),
                                 today.addDays(3 + i)})
                        .ok());
        }
        m_tove = j.addCitizen(kName, *Cpr::parse(kCpr)).value();
        const QString course = j.addCourse({m_tove,
                                            QStringLiteral("Testby Kommune"),
                                            QStringLiteral("afklaringsforløb"),
                                            {},
                                            today.addDays(-10),
                                            today.addDays(1)})
                                   .value();
        QVERIFY(j.giveConsent(test::standardConsent(
                                  m_tove, course, kName,
                                  {{{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")},
                                    {QStringLiteral("ordinary")}}}))
                    .ok());
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_access, *m_settings, m_idle, m_clipboard,
                                                KdfProfile::Interactive);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void unlock(Hands& hands)
    {
        auto* field = find<QLineEdit>(QStringLiteral("unlockPassphrase"));
        QTRY_COMPARE(focused(), field); // the passphrase is where the keyboard is
        hands.type(field, kPass);
        hands.key(field, Qt::Key_Return);
        QTRY_VERIFY(!m_window->isLocked());
        QTRY_VERIFY(m_window->workspace() && m_window->workspace()->isVisible());
    }
    QTableView* table() const { return find<QTableView>(QStringLiteral("caseloadTable")); }

private Q_SLOTS:
    void theFiveDailyTasks()
    {
        Look look(QStringLiteral("da"), false);
        m_keychain = std::make_unique<test::NoKeychain>();
        m_access =
            std::make_unique<JournalAccess>(m_dir.filePath(QStringLiteral("journal")), *m_keychain);
        m_settings = std::make_unique<Settings>(std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        fillJournal();
        openWindow();
        Hands hands;

        // 1. Open in the morning and see today's citizens: the passphrase, then the list by
        // its next date (the first morning only: the sorting chosen is kept).
        unlock(hands);
        QHeaderView* header = table()->horizontalHeader();
        hands.click(header->viewport(),
                    QPoint(header->sectionViewportPosition(CaseloadModel::NextDate) + 10,
                           header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(CaseloadModel::NextDate));
        QCOMPARE(table()->model()->index(0, CaseloadModel::Name).data().toString(), kName);
        hands.done("morning_first_day");
        hands.key(focused(), Qt::Key_L, Qt::ControlModifier); // lock
        QTRY_VERIFY(m_window->isLocked());
        hands = {};
        unlock(hands);
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(CaseloadModel::NextDate));
        QCOMPARE(table()->model()->index(0, CaseloadModel::Name).data().toString(), kName);
        QCOMPARE(hands.clicks, 0);
        QCOMPARE(hands.keys, int(kPass.size()) + 1);
        hands.done("morning");

        // 2. Write a note after a meeting: the citizen, Ctrl+N, the text, Ctrl+Enter.
        const QRect row = table()->visualRect(table()->model()->index(0, CaseloadModel::Name));
        hands.click(table()->viewport(), row.center());
        QTRY_COMPARE(m_window->workspace()->caseView()->citizenId(), m_tove);
        hands.key(focused(), Qt::Key_N, Qt::ControlModifier);
        auto* text = find<QPlainTextEdit>(QStringLiteral("noteText"));
        QTRY_COMPARE(focused(), text);
        const QString note = QStringLiteral("Samtale om praktik. Aftalt opfølgning.");
        hands.type(text, note);
        hands.key(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_window->journal()->citizen(m_tove)->notes.size(), 1);
        QCOMPARE(m_window->journal()->citizen(m_tove)->notes.first().current.text, note);
        QTRY_COMPARE(focused(), find<QPushButton>(QStringLiteral("newNote"))); // in the case
        QCOMPARE(hands.clicks, 1);
        QCOMPARE(hands.keys, int(note.size()) + 2);
        hands.done("note_after_meeting");

        // 3. Find a citizen by name: Ctrl+F, a part of the name, Enter; by CPR: Ctrl+Shift+F,
        // the number and the reason, which the access log keeps.
        table()->setCurrentIndex(table()->model()->index(5, 0)); // someone else is open
        QTRY_VERIFY(m_window->workspace()->caseView()->citizenId() != m_tove);
        hands.key(focused(), Qt::Key_F, Qt::ControlModifier);
        auto* search = find<QLineEdit>(QStringLiteral("caseloadSearch"));
        QTRY_COMPARE(focused(), search);
        hands.type(search, QStringLiteral("Tove"));
        hands.key(search, Qt::Key_Return);
        QTRY_COMPARE(m_window->workspace()->caseView()->citizenId(), m_tove);
        QCOMPARE(focused(), table()); // up and down go on from here
        QCOMPARE(hands.clicks, 0);
        QCOMPARE(hands.keys, 4 + 2);
        hands.done("find_by_name");
        search->clear();
        QTRY_VERIFY(table()->model()->rowCount() > 1);
        table()->setCurrentIndex(table()->model()->index(5, 0));
        QTRY_VERIFY(m_window->workspace()->caseView()->citizenId() != m_tove);
        whenDialogShows(QStringLiteral("findCprDialog"), [&](QDialog* d) {
            auto* number = d->findChild<QLineEdit*>(QStringLiteral("findCprNumber"));
            QTRY_COMPARE(focused(), number);
            hands.type(number, kCpr);
            hands.key(number, Qt::Key_Tab);
            hands.type(focused(), QStringLiteral("Borgeren ringede"));
            hands.key(focused(), Qt::Key_Return);
        });
        hands.key(focused(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_window->workspace()->caseView()->citizenId(), m_tove);
        hands.done("find_by_cpr");

        // 4. Record a withdrawal: the Consents tab, the line, Withdraw.
        auto* tabs = find<QTabWidget>(QStringLiteral("caseTabs"));
        hands.click(tabs->tabBar(), tabs->tabBar()->tabRect(2).center());
        auto* consents = find<QTableWidget>(QStringLiteral("consentsTable"));
        QTRY_VERIFY(consents->isVisible());
        QCOMPARE(consents->rowCount(), 1);
        hands.click(consents->viewport(), consents->visualItemRect(consents->item(0, 1)).center());
        hands.click(find<QPushButton>(QStringLiteral("withdrawConsent")));
        QTRY_COMPARE(consents->rowCount(), 0);
        QVERIFY(!m_window->journal()
                     ->mayDisclose(m_tove, {QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")},
                                   {QStringLiteral("ordinary")})
                     ->allowed);
        hands.done("withdrawal");

        // 5. End a course: End course..., why (chosen, never assumed), Save.
        whenDialogShows(QStringLiteral("endCourseDialog"), [&](QDialog* d) {
            auto* why = d->findChild<QComboBox*>(QStringLiteral("endCourseReason"));
            QCOMPARE(why->currentIndex(), -1);
            why->setFocus();
            hands.key(why, Qt::Key_Down); // the first reason in the list
            QVERIFY(why->currentIndex() >= 0);
            hands.click(d->findChild<QPushButton*>(QStringLiteral("endCourseSave")));
        });
        hands.click(find<QPushButton>(QStringLiteral("endCourse")));
        QTRY_VERIFY(m_window->journal()->citizen(m_tove)->courses.first().actualEnd.isValid());
        hands.done("end_course");
        m_window.reset();
    }
};

QTEST_MAIN(TestDailyTasks)
#include "tst_dailytasks.moc"
