// The notes of a case as a timeline (issue 18): each note's kind, date and author on a head
// line of their own, the date as the language writes it ("1. december 2026 kl. 21.57"), a
// correction said quietly, long notes folded until the keyboard reaches them; Enter shows the
// history, Escape comes back, F2 corrects. In Danish and English, light and dark.
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiLook.h"
#include "app/core/Dates.h"
#include "app/journal/JournalAccess.h"
#include "casefile/NoteTimeline.h"
#include "caseload/Workspace.h"
#include "shell/ClipboardGuard.h"
#include "shell/Colours.h"
#include "shell/InactivityFilter.h"
#include "shell/Settings.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace fortrolig;
using fortrolig::test::Look;

namespace {
const QString kPass = QStringLiteral("lang og god adgangsfrase");
constexpr int kLongLines = 30;
} // namespace

class TestNoteTimeline : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_round = 0;

private Q_SLOTS:
    void aCaseReadsAsATimeline_data() { test::addLooks(); }
    void aCaseReadsAsATimeline()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        Look look(language, dark);
        const QString base = m_dir.filePath(QString::number(++m_round));
        test::NoKeychain keychain;
        JournalAccess access(base + QStringLiteral("/journal"), keychain);
        Settings settings(std::make_unique<QSettings>(base + QStringLiteral("/settings.ini"),
                                                      QSettings::IniFormat));
        InactivityFilter idle;
        ClipboardGuard clipboard;

        // Three notes of a made-up citizen: a short one, a long one, a corrected one.
        JournalAccess::InitOptions o;
        o.kdf = KdfProfile::Interactive;
        const QByteArray pass = kPass.toUtf8();
        const SecureBytes key = SecureBytes::copyOf(pass.constData(), size_t(pass.size()));
        QVERIFY(access.init(key, o).ok());
        QString citizen;
        QStringList notes;
        {
            auto journal = access.unlock(key);
            QVERIFY(journal.ok());
            Journal& j = *journal.value();
            citizen = j.addCitizen(QStringLiteral("Tove Tidslinje"),
                                   *Cpr::parse(QString::fromLatin1(test::kFakeCpr)))
                          .value();
            notes << j.addNote(citizen, QStringLiteral("Kort samtale om praktik.")).value();
            QStringList lines;
            for (int i = 1; i <= kLongLines; ++i)
                lines << QStringLiteral("Linje %1 af et langt referat fra mødet.").arg(i);
            notes << j.addNote(citizen, lines.join(QLatin1Char('\n'))).value();
            notes << j.addNote(citizen, QStringLiteral("Mødet er flyttet.")).value();
            QVERIFY(
                j.correctNote(notes.last(), QStringLiteral("Mødet er flyttet til tirsdag.")).ok());
        }

        MainWindow window(access, settings, idle, clipboard, KdfProfile::Interactive);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* field = window.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
        QTest::keyClicks(field, kPass);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!window.isLocked());
        window.workspace()->selectCitizen(citizen);
        auto* list = window.findChild<QListWidget*>(QStringLiteral("notesList"));
        QTRY_COMPARE(list->count(), 3);
        auto details = window.journal()->citizen(citizen);
        QVERIFY(details.ok());

        // The head line: kind, the date as the language writes it and the author, apart from
        // the text; the correction said on its own.
        for (int row = 0; row < 3; ++row) {
            const QListWidgetItem* item = list->item(row);
            const NoteSummary& n = details->notes.at(row);
            QCOMPARE(item->data(Qt::UserRole).toString(), n.noteId);
            QCOMPARE(item->data(NoteTimeline::TextRole).toString(), n.current.text);
            const QString meta = item->data(NoteTimeline::MetaRole).toString();
            QVERIFY2(meta.startsWith(Dates::moment(n.current.writtenAt)), qPrintable(meta));
            QVERIFY(meta.contains(language == QStringLiteral("da") ? QStringLiteral(" kl. ")
                                                                   : QStringLiteral(", ")));
            static const QRegularExpression iso(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
            QVERIFY(!iso.match(meta).hasMatch()); // never an ISO date on screen
            QVERIFY(meta.endsWith(n.current.author));
            QVERIFY(!item->data(NoteTimeline::KindRole).toString().isEmpty());
            QCOMPARE(item->data(NoteTimeline::QuietRole).toString().isEmpty(), n.versions == 1);
            QVERIFY(item->data(Qt::AccessibleTextRole).toString().contains(n.current.text));
            QVERIFY(item->toolTip().contains(meta));
        }
        QVERIFY(list->item(2)
                    ->data(NoteTimeline::QuietRole)
                    .toString()
                    .contains(QLatin1Char('2'))); // "corrected (version 2)"

        // Quiet, but readable: at least 4.5:1 on the list's rows, and not the text's colour.
        for (const QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase}) {
            const QColor quiet = Colours::quietText(list->palette(), role);
            QVERIFY(Colours::contrast(quiet, list->palette().color(role)) >= 4.5);
            QVERIFY(quiet != list->palette().color(QPalette::Text));
        }

        // Folded until the keyboard reaches it, then whole.
        list->setCurrentRow(0);
        const int line = list->fontMetrics().lineSpacing();
        QTRY_VERIFY(list->visualItemRect(list->item(1)).height() <
                    (NoteTimeline::kFoldedLines + 4) * line);
        const int folded = list->visualItemRect(list->item(1)).height();
        QVERIFY(folded > NoteTimeline::kFoldedLines * line);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), 1);
        QTRY_VERIFY(list->visualItemRect(list->item(1)).height() > kLongLines * line);
        QVERIFY(!list->horizontalScrollBar()->isVisible()); // the text wraps, never sideways
        for (int row = 0; row + 1 < list->count(); ++row)   // the rows below moved down with it
            QCOMPARE(list->visualItemRect(list->item(row)).bottom() + 1,
                     list->visualItemRect(list->item(row + 1)).top());
        const QString shots = qEnvironmentVariable("FORTROLIG_SHOTS");
        if (!shots.isEmpty())
            window.grab().save(
                QDir(shots).filePath(QStringLiteral("notes-timeline-%1.png")
                                         .arg(QString::fromLatin1(QTest::currentDataTag()))));

        // Enter reads the history, Escape comes back, F2 corrects.
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), 2);
        QTRY_VERIFY(list->visualItemRect(list->item(1)).height() == folded);
        auto* history = window.findChild<QTextBrowser*>(QStringLiteral("noteHistory"));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), history);
        QVERIFY(history->toPlainText().contains(QStringLiteral("Mødet er flyttet.")));
        QVERIFY(history->toPlainText().contains(QStringLiteral("Mødet er flyttet til tirsdag.")));
        QTest::keyClick(history, Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QTest::keyClick(list, Qt::Key_F2);
        auto* text = window.findChild<QPlainTextEdit*>(QStringLiteral("noteText"));
        QTRY_COMPARE(text->toPlainText(), QStringLiteral("Mødet er flyttet til tirsdag."));
    }
};

QTEST_MAIN(TestNoteTimeline)
#include "tst_notetimeline.moc"
