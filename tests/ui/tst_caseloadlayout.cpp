// The caseload as a consultant sees it on a 1280x800 screen, in Danish and in English, in a
// light and a dark theme: the citizens' names can be read, and a saved column layout that
// would hide them is not applied; no two things on screen answer the same Alt shortcut.
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiLook.h"
#include "app/core/Translations.h"
#include "app/domain/Municipality.h"
#include "app/journal/JournalAccess.h"
#include "caseload/CaseloadModel.h"
#include "caseload/Workspace.h"
#include "shell/ClipboardGuard.h"
#include "shell/InactivityFilter.h"
#include "shell/Settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace fortrolig;
using fortrolig::test::Look;

namespace {
const QString kPass = QStringLiteral("lang og god adgangsfrase");
const QString kLongName = QStringLiteral("Anne-Marie Testsen Eksempelsen");
const QString kFifteen = QStringLiteral("Ærenfried Holst"); // 15 characters
const QString kLongMunicipality = QStringLiteral("Ringkøbing-Skjern Kommune");

// The room a table cell leaves its text (QCommonStyle's item text margins, the grid line).
int cellMargins(const QTableView* view)
{
    return 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) +
           (view->showGrid() ? 1 : 0);
}

bool fits(const QTableView* table, int column, const QString& text)
{
    const QFontMetrics fm = table->fontMetrics();
    const int room = table->columnWidth(column) - cellMargins(table);
    return fm.elidedText(text, Qt::ElideRight, room) == text;
}
} // namespace

class TestCaseloadLayout : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<test::NoKeychain> m_keychain;
    std::unique_ptr<JournalAccess> m_access;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<InactivityFilter> m_idle;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<MainWindow> m_window;

    // A caseload of made-up citizens with long names, in a journal made before the window.
    void fillJournal()
    {
        JournalAccess::InitOptions o;
        o.kdf = KdfProfile::Interactive;
        const SecureBytes pass =
            SecureBytes::copyOf(kPass.toUtf8().constData(), size_t(kPass.toUtf8().size()));
        QVERIFY(m_access->init(pass, o).ok());
        auto journal = m_access->unlock(pass);
        QVERIFY(journal.ok());
        const QStringList names = {kLongName,
                                   kFifteen,
                                   QStringLiteral("Bo Ørjansen-Mønstersen Forsøgsholm"),
                                   QStringLiteral("Camilla Skabelon Opdigtsdatter"),
                                   QStringLiteral("Dennis Prøvesen Fiktivgaard"),
                                   QStringLiteral("Åse Syntetisk Modelgaard-Nielsen")};
        const QStringList courses = {QStringLiteral("jobafklaringsforløb"),
                                     QStringLiteral("virksomhedspraktik"),
                                     QStringLiteral("ressourceforløb")};
        Transaction batch = journal.value()->batch();
        test::require(batch.error(), "batch");
        for (int i = 0; i < 24; ++i) {
            const auto cpr = Cpr::parse(QStringLiteral("%1%2%3-%4%5")
                                            .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                                            .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                                            .arg(60 + i, 2, 10, QLatin1Char('0'))
                                            .arg(5 + i % 4)
                                            .arg(i * 37 % 1000, 3, 10, QLatin1Char('0')));
            QVERIFY(cpr);
            auto id = journal.value()->addCitizen(names.at(i % names.size()), *cpr);
            QVERIFY(id.ok());
            QVERIFY(journal.value()
                        ->addCourse({id.value(),
                                     i % 3 ? QStringLiteral("Testby Kommune") : kLongMunicipality,
                                     courses.at(i % courses.size()),
                                     {},
                                     QDate(2026, 1, 1).addDays(i * 9),
                                     QDate(2027, 1, 1).addDays(i)})
                        .ok());
        }
        QVERIFY(!batch.commit());
    }

    // The window as the consultant has it: 1280x800, unlocked with the passphrase.
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_access, *m_settings, *m_idle, *m_clipboard,
                                                KdfProfile::Interactive);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1280, 800));
        auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
        QVERIFY(field);
        QTest::keyClicks(field, kPass);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!m_window->isLocked());
        QTRY_VERIFY(table() && table()->isVisible());
        QCOMPARE(m_window->size(), QSize(1280, 800));
        QTest::qWait(50); // the layout settles
    }

    // The municipality without "Kommune" (the whole name for a screen reader and in the tool
    // tip), the next date as the language writes a day ("15. jan.", "15 Jan"; the year only
    // when it is not this year's) and sorted as a date, on every row.
    void checkShortColumns(const QString& language)
    {
        QTableView* t = table();
        QAbstractItemModel* m = t->model();
        QVERIFY(m->rowCount() > 10);
        static const QRegularExpression danishDay(
            QStringLiteral("^\\d{1,2}\\. (jan\\.|feb\\.|mar\\.|apr\\.|maj|jun\\.|jul\\.|aug\\.|"
                           "sep\\.|okt\\.|nov\\.|dec\\.)( \\d{4})?$"));
        static const QRegularExpression englishDay(QStringLiteral(
            "^\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)( \\d{4})?$"));
        const QRegularExpression& day = language == QStringLiteral("da") ? danishDay : englishDay;
        QDate previous;
        t->sortByColumn(CaseloadModel::NextDate, Qt::AscendingOrder);
        for (int row = 0; row < m->rowCount(); ++row) {
            const QModelIndex place = m->index(row, CaseloadModel::Municipality);
            const QString whole = place.data(Qt::AccessibleTextRole).toString();
            QVERIFY(whole.endsWith(QStringLiteral(" Kommune")));
            QCOMPARE(place.data(Qt::ToolTipRole).toString(), whole);
            QCOMPARE(place.data().toString(), whole.chopped(8));
            const QModelIndex next = m->index(row, CaseloadModel::NextDate);
            const QDate date = next.data(Qt::UserRole).toDate();
            QVERIFY(date.isValid());
            QVERIFY2(day.match(next.data().toString()).hasMatch(),
                     qPrintable(next.data().toString()));
            QCOMPARE(next.data().toString().endsWith(QString::number(date.year())),
                     date.year() != QDate::currentDate().year());
            QVERIFY(!previous.isValid() || previous <= date);
            previous = date;
            QVERIFY(fits(t, CaseloadModel::NextDate, next.data().toString()));
        }
        t->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    }

    // Every case restricted, so that the restriction bar shows whichever row is first.
    void restrictAll()
    {
        const SecureBytes pass =
            SecureBytes::copyOf(kPass.toUtf8().constData(), size_t(kPass.toUtf8().size()));
        auto journal = test::require(m_access->unlock(pass), "journal");
        for (const CaseloadRow& row : test::require(journal->caseload(), "caseload"))
            test::require(
                journal->restrictCase(row.citizenId, {}, QStringLiteral("Kommunen, ref. T-1")),
                "restriction");
    }

    QTableView* table() const
    {
        return m_window ? m_window->findChild<QTableView*>(QStringLiteral("caseloadTable"))
                        : nullptr;
    }

    void checkNameIsReadable()
    {
        QTableView* t = table();
        const int column = CaseloadModel::Name;
        QVERIFY(!t->isColumnHidden(column));
        QVERIFY2(t->columnWidth(column) >= t->fontMetrics().averageCharWidth() * 15,
                 qPrintable(QStringLiteral("name column %1 px, average character %2 px")
                                .arg(t->columnWidth(column))
                                .arg(t->fontMetrics().averageCharWidth())));
        // Wholly inside the list, not scrolled away or cut off by its edge.
        QCOMPARE(t->columnViewportPosition(column), 0);
        QVERIFY(t->columnWidth(column) <= t->viewport()->width());
        QVERIFY2(fits(t, column, kFifteen),
                 qPrintable(t->fontMetrics().elidedText(kFifteen, Qt::ElideRight,
                                                        t->columnWidth(column) - cellMargins(t))));
        // A longer name shows at least its first 15 characters before the ellipsis.
        const QString shown = t->fontMetrics().elidedText(kLongName, Qt::ElideRight,
                                                          t->columnWidth(column) - cellMargins(t));
        QVERIFY2(shown == kLongName || shown.startsWith(kLongName.left(15)), qPrintable(shown));
    }

    // Every case restricted, the window open and the first case chosen.
    void openRestrictedCase()
    {
        fillJournal();
        restrictAll();
        openWindow();
        table()->selectRow(0);
    }

    // No sideways scrolling, the last column's right edge inside the list, and every cell's
    // text whole (not elided) on every row.
    void checkEveryColumnIsWhole(const QString& where)
    {
        QTableView* t = table();
        QCOMPARE(t->horizontalScrollBar()->maximum(), 0);
        checkNameIsReadable();
        const QAbstractItemModel* m = t->model();
        for (int c = 0; c < m->columnCount(); ++c) {
            if (t->isColumnHidden(c))
                continue;
            QVERIFY2(t->columnViewportPosition(c) + t->columnWidth(c) <= t->viewport()->width(),
                     qPrintable(QStringLiteral("%1: column %2 ends at %3 of %4 px")
                                    .arg(where)
                                    .arg(c)
                                    .arg(t->columnViewportPosition(c) + t->columnWidth(c))
                                    .arg(t->viewport()->width())));
            if (c == CaseloadModel::Name)
                continue; // a long name is elided by design (checkNameIsReadable)
            for (int row = 0; row < m->rowCount(); ++row) {
                const QString text = m->index(row, c).data().toString();
                QVERIFY2(fits(t, c, text), qPrintable(QStringLiteral("%1: \"%2\" in %3 px")
                                                          .arg(where, text)
                                                          .arg(t->columnWidth(c))));
            }
        }
    }

    void saveShot(const QString& name)
    {
        // FORTROLIG_SHOTS=DIR: the window as it looks, for a person to check.
        const QString dir = qEnvironmentVariable("FORTROLIG_SHOTS");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    // A column layout as an older or damaged settings file might hold it.
    QByteArray headerState(const std::function<void(QHeaderView*)>& change)
    {
        CaseloadModel model;
        QTableView view;
        view.setModel(&model);
        view.resize(700, 400);
        for (int c = 0; c < CaseloadModel::ColumnCount; ++c)
            view.setColumnWidth(c, 100);
        change(view.horizontalHeader());
        return view.horizontalHeader()->saveState();
    }

private Q_SLOTS:
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
    }
    void cleanup()
    {
        m_window.reset();
        m_clipboard.reset();
        m_idle.reset();
    }

    void namesAreReadableAt1280x800_data() { test::addLooks(); }
    void namesAreReadableAt1280x800()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        Look look(language, dark);
        fillJournal();
        openWindow();
        saveShot(QStringLiteral("caseload-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        checkNameIsReadable();
        // The other columns show what they hold too, side by side without scrolling.
        QTableView* t = table();
        QVERIFY(fits(t, CaseloadModel::Municipality, Municipality::shortName(kLongMunicipality)));
        QVERIFY(fits(t, CaseloadModel::CourseType, QStringLiteral("jobafklaringsforløb")));
        QVERIFY(fits(t, CaseloadModel::Status, CaseloadModel::statusText(CaseStatus::Active)));
        QCOMPARE(t->horizontalScrollBar()->maximum(), 0);
        checkShortColumns(language);

        // Dragging the splitter as far as it goes still leaves the name readable.
        auto* split = m_window->findChild<QSplitter*>(QStringLiteral("caseloadSplitter"));
        QVERIFY(split);
        split->setSizes({0, 2000});
        QTest::qWait(20);
        checkNameIsReadable();
    }

    // A window narrower than the list and the case want (the Consents tab open beside a
    // restricted case): the course type, the municipality and the status give way, down to
    // their titles, and tell their whole text in a tool tip; the name stays readable and the
    // CPR and the date whole; no sideways scrolling while the titles still fit.
    void aNarrowListGivesWayInColumnsThatReadInPart_data() { namesAreReadableAt1280x800_data(); }
    void aNarrowListGivesWayInColumnsThatReadInPart()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        Look look(language, dark);
        openRestrictedCase();
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(2); // Consents
        QTableView* t = table();
        QHeaderView* header = t->horizontalHeader();
        bool gaveWay = false;
        for (int width = 1280; width >= 1000; width -= 40) {
            m_window->resize(width, 800);
            QTest::qWait(30);
            checkNameIsReadable();
            int floors = 0;
            for (int c :
                 {CaseloadModel::CourseType, CaseloadModel::Municipality, CaseloadModel::Status}) {
                floors += t->columnWidth(c) <= header->sectionSizeHint(c) ? 1 : 0;
                for (int row = 0; row < t->model()->rowCount(); ++row) {
                    const QModelIndex cell = t->model()->index(row, c);
                    if (fits(t, c, cell.data().toString()))
                        continue;
                    gaveWay = true;
                    const QString tip = cell.data(Qt::ToolTipRole).toString();
                    QVERIFY2(!tip.isEmpty(), qPrintable(cell.data().toString()));
                    if (c != CaseloadModel::Status)
                        QVERIFY(tip.contains(cell.data().toString()));
                }
            }
            if (floors < 3)
                QCOMPARE(t->horizontalScrollBar()->maximum(), 0);
            for (int row = 0; row < t->model()->rowCount(); ++row)
                for (int c : {CaseloadModel::Cpr, CaseloadModel::NextDate})
                    QVERIFY(fits(t, c, t->model()->index(row, c).data().toString()));
        }
        QVERIFY2(gaveWay, "no window width made the list narrower than its columns");
        saveShot(
            QStringLiteral("narrow-caseload-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        // Room again: the columns are whole once more.
        m_window->resize(1280, 800);
        QTest::qWait(30);
        tabs->setCurrentIndex(0);
        QTest::qWait(30);
        checkEveryColumnIsWhole(QStringLiteral("1280 again"));
    }

    // Keyboard use: with a restricted case open, on each of its tabs, every button and tab on
    // screen has an Alt shortcut no other has (a clash makes Alt+letter move between them
    // instead of pressing one), in both languages.
    void everyShortcutOnScreenIsUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("da") << QStringLiteral("da");
        QTest::newRow("en") << QStringLiteral("en");
    }
    // A restricted case open (its bar has three buttons) in a 1280x800 window, in both
    // languages, light and dark (a larger font): the caseload beside it still shows its
    // columns without scrolling sideways; the bar's buttons stand one under another if they
    // must, each whole and none on another.
    void aRestrictedCaseLeavesTheCaseloadReadable_data() { namesAreReadableAt1280x800_data(); }
    void aRestrictedCaseLeavesTheCaseloadReadable()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        Look look(language, dark);
        openRestrictedCase();
        auto* bar = m_window->findChild<QWidget*>(QStringLiteral("restrictionBar"));
        QTRY_VERIFY(bar && bar->isVisible());
        QTest::qWait(50); // the layout settles
        saveShot(QStringLiteral("restricted-caseload-%1")
                     .arg(QString::fromLatin1(QTest::currentDataTag())));
        QCOMPARE(table()->horizontalScrollBar()->maximum(), 0);
        checkNameIsReadable();
        QList<QRect> taken;
        for (const char* name : {"restrictionReason", "restrictionNotice", "restrictionLift"}) {
            auto* b = bar->findChild<QPushButton*>(QString::fromLatin1(name));
            QVERIFY(b && b->isVisible());
            QVERIFY(b->width() >= b->sizeHint().width()); // its words whole
            const QRect r(b->mapTo(bar, QPoint()), b->size());
            QVERIFY(bar->rect().contains(r));
            for (const QRect& other : std::as_const(taken))
                QVERIFY(!other.intersects(r));
            taken << r;
        }
        // Whichever of the case's tabs is open (the Consents tab wants room for its
        // recipients), every column of the list shows what it holds, inside the list.
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(30);
            saveShot(QStringLiteral("restricted-caseload-%1-tab%2")
                         .arg(QString::fromLatin1(QTest::currentDataTag()))
                         .arg(i));
            checkEveryColumnIsWhole(tabs->tabText(i));
        }
    }

    void everyShortcutOnScreenIsUnique()
    {
        QFETCH(QString, language);
        Look look(language, false);
        openRestrictedCase();
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
        QTRY_VERIFY(tabs && tabs->isVisible());
        QStringList clashes;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            saveShot(QStringLiteral("restricted-%1-tab%2").arg(language).arg(i));
            QHash<QChar, QString> taken;
            const auto claim = [&](const QString& text) {
                const QString plain = QString(text).replace(QStringLiteral("&&"), QString());
                const qsizetype at = plain.indexOf(QLatin1Char('&'));
                if (at < 0 || at + 1 >= plain.size())
                    return;
                const QChar key = plain.at(at + 1).toLower();
                if (taken.contains(key))
                    clashes << QStringLiteral("Alt+%1: \"%2\" and \"%3\" (tab %4)")
                                   .arg(key, taken.value(key), text, tabs->tabText(i));
                taken.insert(key, text);
            };
            for (QAbstractButton* b : m_window->findChildren<QAbstractButton*>())
                if (b->isVisible())
                    claim(b->text());
            for (QTabBar* bar : m_window->findChildren<QTabBar*>())
                if (bar->isVisible())
                    for (int t = 0; t < bar->count(); ++t)
                        claim(bar->tabText(t));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void anEmptyCaseloadSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        for (const char* language : {"da", "en"})
            for (const bool dark : {false, true})
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(
                    QLatin1StringView(language),
                    dark ? QStringLiteral("dark") : QStringLiteral("light"))))
                    << QString::fromLatin1(language) << dark;
    }
    // No citizen yet: the list's place says what to do, with the two ways to begin; no case
    // open: the case's place says so, instead of empty tabs and greyed buttons.
    void anEmptyCaseloadSaysWhatToDo()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        Look look(language, dark);
        {
            JournalAccess::InitOptions o;
            o.kdf = KdfProfile::Interactive;
            QVERIFY(m_access
                        ->init(SecureBytes::copyOf(kPass.toUtf8().constData(),
                                                   size_t(kPass.toUtf8().size())),
                               o)
                        .ok());
        }
        m_window = std::make_unique<MainWindow>(*m_access, *m_settings, *m_idle, *m_clipboard,
                                                KdfProfile::Interactive);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
        QVERIFY(field);
        QTest::keyClicks(field, kPass);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!m_window->isLocked());
        auto* empty = m_window->findChild<QWidget*>(QStringLiteral("caseloadEmpty"));
        QTRY_VERIFY(empty && empty->isVisible());
        QVERIFY(!table()->isVisible());
        const QString text =
            m_window->findChild<QLabel*>(QStringLiteral("caseloadEmptyText"))->text();
        QVERIFY2(text.contains(language == QStringLiteral("da") ? QStringLiteral("borger")
                                                                : QStringLiteral("citizen")),
                 qPrintable(text));
        auto* add = m_window->findChild<QPushButton*>(QStringLiteral("caseloadEmptyAdd"));
        auto* connectServer =
            m_window->findChild<QPushButton*>(QStringLiteral("caseloadEmptyConnect"));
        QVERIFY(add && add->isVisible() && add->isEnabled() && !add->text().isEmpty());
        QVERIFY(connectServer && connectServer->isVisible() && connectServer->isEnabled());
        auto* placeholder = m_window->findChild<QLabel*>(QStringLiteral("casePlaceholder"));
        QVERIFY(placeholder && placeholder->isVisible());
        QVERIFY(!m_window->findChild<QTabWidget*>(QStringLiteral("caseTabs"))->isVisible());
        // The words in the window's language, readable in its theme (the palette's colours).
        QVERIFY(placeholder->text() != empty->findChild<QLabel*>()->text());
        // (in the window's text colour: a theme's placeholder grey can all but vanish in dark)
        const int contrast =
            std::abs(placeholder->palette().color(placeholder->foregroundRole()).lightness() -
                     placeholder->palette().color(QPalette::Window).lightness());
        QVERIFY2(contrast > 120, qPrintable(QString::number(contrast)));
        auto* workspace = m_window->findChild<Workspace*>();
        QSignalSpy connectAsked(workspace, &Workspace::connectRequested);
        disconnect(workspace, &Workspace::connectRequested, m_window.get(), nullptr); // no dialog
        connectServer->click();
        QCOMPARE(connectAsked.size(), 1);
        saveShot(QStringLiteral("empty-%1-%2")
                     .arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light")));
        m_window.reset();

        // With a citizen: the list, and the placeholder until a case is chosen.
        {
            auto journal =
                test::require(m_access->unlock(SecureBytes::copyOf(kPass.toUtf8().constData(),
                                                                   size_t(kPass.toUtf8().size()))),
                              "journal");
            test::require(journal->addCitizen(kFifteen, *Cpr::parse(QStringLiteral("010158-5999"))),
                          "citizen");
        }
        openWindow();
        QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("caseloadEmpty"))->isVisible());
        placeholder = m_window->findChild<QLabel*>(QStringLiteral("casePlaceholder"));
        QVERIFY(placeholder->isVisible());
        table()->selectRow(0);
        QTRY_VERIFY(m_window->findChild<QTabWidget*>(QStringLiteral("caseTabs"))->isVisible());
        QVERIFY(!placeholder->isVisible());
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("caseHeader"))->text().left(15),
                 kFifteen.left(15));
    }

    void aSavedLayoutThatHidesTheNameIsNotApplied_data()
    {
        QTest::addColumn<QByteArray>("state");
        QTest::newRow("name hidden")
            << headerState([](QHeaderView* h) { h->hideSection(CaseloadModel::Name); });
        QTest::newRow("name a few pixels") << headerState([](QHeaderView* h) {
            h->setMinimumSectionSize(2);
            h->resizeSection(CaseloadModel::Name, 4);
        });
        QTest::newRow("others too wide") << headerState([](QHeaderView* h) {
            h->resizeSection(CaseloadModel::Municipality, 2500);
            h->resizeSection(CaseloadModel::CourseType, 2500);
        });
        QTest::newRow("name moved last") << headerState([](QHeaderView* h) {
            h->setSectionsMovable(true);
            h->moveSection(h->visualIndex(CaseloadModel::Name), CaseloadModel::ColumnCount - 1);
        });
        QTest::newRow("not a header state") << QByteArray("garbage");
    }
    void aSavedLayoutThatHidesTheNameIsNotApplied()
    {
        QFETCH(QByteArray, state);
        Look look(QStringLiteral("da"), false);
        fillJournal();
        m_settings->setValue(Settings::Key::CaseloadColumns, state);
        openWindow();
        checkNameIsReadable();
        QCOMPARE(table()->horizontalHeader()->visualIndex(CaseloadModel::Name), 0);
        QCOMPARE(table()->horizontalScrollBar()->maximum(), 0);
    }

    // The layout the consultant left (a column made narrower, the sort order) comes back
    // after locking and unlocking.
    void theConsultantsLayoutComesBack()
    {
        Look look(QStringLiteral("da"), false);
        fillJournal();
        openWindow();
        QHeaderView* h = table()->horizontalHeader();
        const int narrower = h->sectionSize(CaseloadModel::CourseType) - 10;
        h->resizeSection(CaseloadModel::CourseType, narrower);
        table()->sortByColumn(CaseloadModel::NextDate, Qt::DescendingOrder);
        m_window->lock();
        QVERIFY(m_window->isLocked());
        m_window.reset();
        openWindow();
        h = table()->horizontalHeader();
        QCOMPARE(h->sectionSize(CaseloadModel::CourseType), narrower);
        QCOMPARE(h->sortIndicatorSection(), int(CaseloadModel::NextDate));
        QCOMPARE(h->sortIndicatorOrder(), Qt::DescendingOrder);
        checkNameIsReadable();
    }
};

QTEST_MAIN(TestCaseloadLayout)
#include "tst_caseloadlayout.moc"
