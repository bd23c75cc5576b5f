// Sync in the consultant's window, driven through its widgets offscreen against a real
// server on loopback: connect with the administrator's link, log in, the status line, a
// conflict shown in the case and resolved there, a revoked laptop wiped.
#include "DialogWatch.h"
#include "MainWindow.h"
#include "SyncHarness.h"
#include "TestSupport.h"
#include "app/core/Translations.h"
#include "app/journal/JournalAccess.h"
#include "app/privacy/AccessLog.h"
#include "casefile/CaseView.h"
#include "caseload/CaseloadModel.h"
#include "caseload/Workspace.h"
#include "shell/ClipboardGuard.h"
#include "shell/InactivityFilter.h"
#include "shell/Settings.h"
#include "sync/SyncProblemsDialog.h"
#include "sync/SyncStatus.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace fortrolig;
using namespace fortrolig::test;

namespace {
const QString kPass = QStringLiteral("lang og god adgangsfrase");
} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT
    Backend m_backend = backendFromEnvironment();
    QTemporaryDir m_dir;
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<NoKeychain> m_keychain;
    std::unique_ptr<JournalAccess> m_access;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<InactivityFilter> m_idle;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<MainWindow> m_window;
    RecordedNotices m_notices; // what the window would have shown modally

    template <typename T> T* find(const QString& name) const
    {
        return m_window->findChild<T*>(name);
    }
    QString status() const { return m_window->syncStatus()->text(); }
    // tools/screenshots.sh runs this test under Xvfb with FORTROLIG_SHOTS=DIR: the window and
    // the sync dialogs as the consultant sees them. Nothing is saved otherwise.
    static void shot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("FORTROLIG_SHOTS");
        if (!dir.isEmpty())
            w->window()->grab().save(QDir(dir).filePath(
                QStringLiteral("sync-") + name + QStringLiteral("-") +
                qEnvironmentVariable("FORTROLIG_LANG") + QStringLiteral(".png")));
    }
    bool syncNow()
    {
        QSignalSpy done(m_window->sync(), &SyncService::finished);
        QTest::mouseClick(m_window->syncStatus()->button(), Qt::LeftButton);
        return done.wait(20'000) && done.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp); // FORTROLIG_LANG: the checks below compare translated text
        m_server = std::make_unique<ServerFixture>(m_backend);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_keychain = std::make_unique<NoKeychain>();
        m_access =
            std::make_unique<JournalAccess>(m_dir.filePath(QStringLiteral("journal")), *m_keychain);
        m_settings = std::make_unique<Settings>(std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        m_idle = std::make_unique<InactivityFilter>();
        m_clipboard = std::make_unique<ClipboardGuard>();
        m_window = std::make_unique<MainWindow>(*m_access, *m_settings, *m_idle, *m_clipboard,
                                                KdfProfile::Interactive);
        m_window->setNotices(&m_notices);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("setupPassphrase")), kPass);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("setupRepeat")), kPass);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("setupCreate")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->isLocked());
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }

    void connectAndLogInThroughTheWindow()
    {
        QCOMPARE(status(),
                 SyncStatus::tr(
                     "Not connected to a server: the journal is kept on this computer only."));
        const Account anne = m_server->createConsultant(QStringLiteral("anne"));
        const QString link =
            EnrollmentLink::from(m_server->url(), m_server->enrollmentCode(anne.username),
                                 m_server->pin())
                ->toString();
        bool enrollShown = false;
        bool loginShown = false;
        whenDialogShows(QStringLiteral("enrollDialog"), [&](QDialog* d) {
            enrollShown = true;
            auto* field = d->findChild<QLineEdit*>(QStringLiteral("enrollLink"));
            field->setFocus();
            QTest::keyClicks(field, link); // typed or pasted, it fills the three fields
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("enrollPin"))->text(),
                     m_server->pin());
            shot(d, QStringLiteral("1-connect"));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("enrollConnect")),
                              Qt::LeftButton);
        });
        whenDialogShows(QStringLiteral("loginDialog"), [&](QDialog* d) {
            loginShown = true;
            // First a wrong code: the dialog stays and says why.
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("loginPassphrase")),
                             QString::fromUtf8(anne.passphrase));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("loginCode")),
                             QStringLiteral("000000"));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("loginOk")),
                              Qt::LeftButton);
            auto* message = d->findChild<QLabel*>(QStringLiteral("loginMessage"));
            QTRY_COMPARE(message->text(), SyncService::tr("Wrong passphrase or one-time code."));
            QVERIFY(d->isVisible());
            shot(d, QStringLiteral("2-login-wrong-code"));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("loginPassphrase")),
                             QString::fromUtf8(anne.passphrase));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("loginCode")),
                             m_server->totp(anne));
            QTest::keyClick(d->findChild<QLineEdit*>(QStringLiteral("loginCode")), Qt::Key_Return);
        });
        QTest::mouseClick(m_window->syncStatus()->button(), Qt::LeftButton); // "Connect..."
        QTRY_VERIFY_WITH_TIMEOUT(loginShown && !QApplication::activeModalWidget(), 20'000);
        QVERIFY(enrollShown);
        QTRY_VERIFY_WITH_TIMEOUT(
            status().startsWith(SyncStatus::tr("Synced %1").section(QStringLiteral("%1"), 0, 0)),
            20'000);
        QCOMPARE(m_window->sync()->state(), SyncService::State::Idle);
        shot(m_window.get(), QStringLiteral("3-synced"));
    }

    // A large pull arrives in many small parts: the caseload is redrawn once for a burst of
    // them (not once a part), and at once when the round ends.
    void aBurstOfArrivalsRedrawsTheCaseloadOnce()
    {
        QSignalSpy resets(m_window->workspace()->model(), &QAbstractItemModel::modelReset);
        for (int i = 0; i < 30; ++i)
            Q_EMIT m_window->sync()->changesApplied({});
        QCOMPARE(resets.size(), 0); // not while the parts come
        QTRY_COMPARE(resets.size(), 1);
        QTest::qWait(MainWindow::kRedrawMs * 2);
        QCOMPARE(resets.size(), 1);

        for (int i = 0; i < 5; ++i)
            Q_EMIT m_window->sync()->changesApplied({});
        Q_EMIT m_window->sync()->finished(true); // the round ended: drawn now
        QCOMPARE(resets.size(), 2);
        QTest::qWait(MainWindow::kRedrawMs * 2);
        QCOMPARE(resets.size(), 2);
    }

    void aConflictIsShownInTheCaseAndResolvedThere()
    {
        Journal& mine = *m_window->journal();
        const QString id = mine.addCitizen(QStringLiteral("Ulla Konflikt"),
                                           *Cpr::parse(QString::fromLatin1(kFakeCpr)))
                               .value();
        QVERIFY(mine.addNote(id, QStringLiteral("Aftalt praktik i Testby")).ok());
        QVERIFY(syncNow());
        const Account anne{QStringLiteral("anne"), QByteArrayLiteral("korrekt hest batteri anne"),
                           m_server->admin()
                               .accounts()
                               .resetTotp(QStringLiteral("anne"), QStringLiteral("test"))
                               .value()};
        Device other;
        QVERIFY(other.enroll(*m_server, m_server->enrollmentCode(anne.username)));
        QVERIFY(other.login(*m_server, anne));
        const QString note = other.journal().citizen(id)->notes.first().noteId;
        QVERIFY(other.journal().correctNote(note, QStringLiteral("Praktik flyttet til Ærø")).ok());
        QVERIFY(other.syncOnce());

        // Meanwhile, in the window: the consultant corrects the same note in the editor.
        m_window->workspace()->reload(); // added through the journal, not the window
        m_window->workspace()->selectCitizen(id);
        auto* notes = find<QListWidget>(QStringLiteral("notesList"));
        QTRY_COMPARE(notes->count(), 1);
        notes->setCurrentRow(0);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("correctNote")), Qt::LeftButton);
        auto* text = find<QPlainTextEdit>(QStringLiteral("noteText"));
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Praktik aflyst"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("noteSave")), Qt::LeftButton);
        auto* banner = find<QWidget>(QStringLiteral("conflictBanner"));
        QVERIFY(!banner->isVisible());

        QVERIFY(syncNow());
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(status().contains(SyncStatus::tr("%n conflict(s)", nullptr, 1)));
        QVERIFY(notes->item(0)->text().contains(CaseView::tr("changed on two computers")));
        shot(m_window.get(), QStringLiteral("4-conflict-in-case"));
        bool shown = false;
        whenDialogShows(QStringLiteral("conflictDialog"), [&](QDialog* d) {
            shown = true;
            auto close = qScopeGuard([d] { d->reject(); }); // a failed check must not hang
            // Both versions are offered; the consultant keeps the other laptop's.
            QRadioButton* pick = nullptr;
            for (auto* r : d->findChildren<QRadioButton*>()) {
                if (r->text().contains(QStringLiteral("Ærø")))
                    pick = r;
            }
            QVERIFY(pick);
            QCOMPARE(d->findChildren<QRadioButton*>().size(), 2);
            shot(d, QStringLiteral("5-conflict-dialog"));
            pick->setFocus(); // by keyboard, as someone who does not use a mouse would
            QTest::keyClick(pick, Qt::Key_Space);
            QCOMPARE(d->findChild<QPlainTextEdit*>(QStringLiteral("conflictText"))->toPlainText(),
                     QStringLiteral("Praktik flyttet til Ærø"));
            close.dismiss();
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("conflictKeep")),
                              Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(QStringLiteral("resolveConflicts")), Qt::LeftButton);
        QVERIFY(shown);
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(syncNow());
        QVERIFY(other.syncOnce());
        QCOMPARE(other.journal().conflicts(id)->size(), 0);
        QCOMPARE(other.journal().citizen(id)->notes.first().current.text,
                 QStringLiteral("Praktik flyttet til Ærø"));
        QCOMPARE(other.journal().noteHistory(note)->size(), 4); // nothing was lost
    }

    void anUnfinishedNoteOfAMovedCaseCanBeCopiedOut()
    {
        Journal& mine = *m_window->journal();
        const QString id = mine.addCitizen(QStringLiteral("Vera Flyttesen"),
                                           *Cpr::parse(QString::fromLatin1(kFakeCpr)))
                               .value();
        QVERIFY(syncNow());
        m_server->createConsultant(QStringLiteral("bo"));
        m_window->workspace()->reload();
        m_window->workspace()->selectCitizen(id);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("newNote")), Qt::LeftButton);
        const QString text =
            QStringLiteral("Halvt skrevet: ") + QStringLiteral("aftale om praktik, ").repeated(12);
        QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("noteText")), text);
        // A consent signed on paper: its record travels with the case, its scan does not.
        ConsentInput paper;
        paper.citizenId = id;
        paper.courseId = mine.addCourse({id,
                                         QStringLiteral("Testby Kommune"),
                                         QStringLiteral("afklaringsforløb"),
                                         {},
                                         QDate(2026, 1, 5),
                                         {}})
                             .value();
        paper.templateId = QStringLiteral("paper");
        paper.templateVersion = 1;
        paper.language = QStringLiteral("da");
        paper.signer = QStringLiteral("Vera Flyttesen");
        paper.grants << ConsentGrant{Recipient{QStringLiteral("akasse"), {}},
                                     {QStringLiteral("ordinary")}};
        paper.paperScan = QByteArray("%PDF-1.4 fake scan of a signed form");
        paper.paperScanName = QStringLiteral("samtykke-papir.pdf");
        paper.textHash = QString::fromLatin1(
            QCryptographicHash::hash(paper.paperScan, QCryptographicHash::Sha256).toHex());
        QVERIFY(mine.giveConsent(paper).ok());
        // The case moves to Bo before the note is saved; the next sync takes it off this
        // computer, and the unfinished note is kept where the consultant can copy it.
        QVERIFY(m_server->admin().cases().assign(id, QStringLiteral("bo")).ok());
        QVERIFY(syncNow());
        QTRY_COMPARE(m_window->workspace()->model()->rowOf(id), -1);
        // Three things to tell: the case left this computer, the note and the scan were kept.
        QVERIFY2(status().contains(SyncStatus::tr("%n problem(s)", nullptr, 3)),
                 qPrintable(status()));
        bool shown = false;
        whenDialogShows(QStringLiteral("syncProblemsDialog"), [&](QDialog* d) {
            shown = true;
            const auto close = qScopeGuard([d] { d->done(QDialog::Accepted); }); // also on failure
            auto* table = d->findChild<QTableWidget*>(QStringLiteral("syncProblemsTable"));
            auto* copy = d->findChild<QPushButton*>(QStringLiteral("syncProblemCopy"));
            auto* save = d->findChild<QPushButton*>(QStringLiteral("syncProblemSaveScan"));
            QCOMPARE(table->rowCount(), 3);
            int kept = -1, scan = -1, removed = -1;
            for (int r = 0; r < table->rowCount(); ++r) {
                const QString what = table->item(r, 2)->text();
                (what.contains(QStringLiteral("Halvt skrevet"))        ? kept
                 : what.contains(QStringLiteral("samtykke-papir.pdf")) ? scan
                                                                       : removed) = r;
            }
            QVERIFY(kept >= 0 && scan >= 0 && removed >= 0);
            QVERIFY(table->item(kept, 2)->text().endsWith(QStringLiteral("…"))); // shortened
            table->setCurrentCell(removed, 1);
            QVERIFY(!copy->isEnabled()); // nothing to copy from "the case was removed"
            QVERIFY(!save->isEnabled());
            // The scan is saved where the consultant chooses, byte for byte.
            table->setCurrentCell(scan, 1);
            QVERIFY(save->isEnabled() && !copy->isEnabled());
            shot(d, QStringLiteral("6-scan-kept"));
            const QString target = m_dir.filePath(QStringLiteral("til-bo.pdf"));
            QString suggested;
            qobject_cast<SyncProblemsDialog*>(d)->setPathChooser([&](const QString& s) {
                suggested = s;
                return target;
            });
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY2(suggested.endsWith(QStringLiteral("samtykke-papir.pdf")),
                     qPrintable(suggested));
            QFile file(target);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), paper.paperScan);
            QVERIFY(d->findChild<QLabel*>(QStringLiteral("syncProblemDetail"))
                        ->text()
                        .contains(QStringLiteral("til-bo.pdf")));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("syncProblemDismiss")),
                              Qt::LeftButton);
            QCOMPARE(table->rowCount(), 2);
            kept = table->item(0, 2)->text().contains(QStringLiteral("Halvt skrevet")) ? 0 : 1;
            table->setCurrentCell(kept, 1);
            QVERIFY(copy->isEnabled());
            QVERIFY(d->findChild<QLabel*>(QStringLiteral("syncProblemDetail"))
                        ->text()
                        .contains(text)); // in full under the list
            QVERIFY(!d->findChild<QPushButton*>(QStringLiteral("syncProblemRetry"))->isEnabled());
            shot(d, QStringLiteral("6-draft-kept"));
            copy->setFocus();
            QTest::keyClick(copy, Qt::Key_Space);
            QCOMPARE(QApplication::clipboard()->text(), text); // all of it
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("syncProblemDismiss")),
                              Qt::LeftButton);
            QCOMPARE(table->rowCount(), 1);
            QVERIFY(!table->item(0, 2)->text().contains(QStringLiteral("Halvt skrevet")));
        });
        find<QAction>(QStringLiteral("syncProblemsAction"))->trigger();
        QVERIFY(shown);
        QCOMPARE(m_window->sync()->store().problems()->size(), 1);
        // Showing the kept note was a use of the citizen's data, logged as such.
        bool logged = false;
        const auto log = m_window->journal()->accessLog(id);
        QVERIFY(log.ok());
        for (const AccessLogEntry& e : log.value())
            logged = logged || (e.action == AccessLog::Action::Viewed &&
                                e.reason == QStringLiteral("sync problems"));
        QVERIFY(logged);
        m_clipboard->clearIfOurs();
    }

    void aRevokedLaptopIsWipedAndSaysSo()
    {
        const QString device = m_window->sync()->store().settings()->deviceId;
        QVERIFY(m_server->admin().accounts().revokeDevice(device, QStringLiteral("test")).ok());
        QTest::mouseClick(m_window->syncStatus()->button(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 20'000);
        QTRY_VERIFY(!m_access->exists());
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("journal"))).entryList(QDir::Files),
                 QStringList());
        QVERIFY(find<QLineEdit>(QStringLiteral("setupPassphrase"))->isVisible());
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(MainWindow::tr(
            "This computer's access was revoked by your provider (for example because "
            "it was reported lost). The journal and its key have been deleted from "
            "this computer.")));
        QVERIFY(!m_notices.shown.isEmpty());
        QCOMPARE(m_notices.shown.last(),
                 QStringLiteral("revokedNotice|") +
                     MainWindow::tr("This computer's access was revoked by your provider (for "
                                    "example because it was reported lost). The journal and "
                                    "its key have been deleted from this computer."));
        shot(m_window.get(), QStringLiteral("7-revoked"));
    }

    // First start with the administrator's link (here on the wiped laptop of the test before):
    // ticked and pasted beside the new passphrase, it connects as soon as the journal is made,
    // and the caseload already on the server arrives in the same sitting. A link cut short is
    // refused on the spot.
    void aLinkAtFirstStartBringsTheCaseloadInTheSameSitting()
    {
        const Account berit = m_server->createConsultant(QStringLiteral("berit"));
        Device before; // Berit's caseload, from another computer
        QVERIFY(before.enroll(*m_server, m_server->enrollmentCode(berit.username)));
        QVERIFY(before.login(*m_server, berit));
        QVERIFY(before.journal()
                    .addCitizen(QStringLiteral("Vera Linkesen"),
                                *Cpr::parse(QString::fromLatin1(kFakeCpr)))
                    .ok());
        QVERIFY(before.syncOnce());

        QVERIFY(find<QLineEdit>(QStringLiteral("setupPassphrase"))->isVisible());
        auto* have = find<QCheckBox>(QStringLiteral("setupHaveLink"));
        auto* field = find<QLineEdit>(QStringLiteral("setupLink"));
        auto* create = find<QPushButton>(QStringLiteral("setupCreate"));
        QVERIFY(have && field && create);
        QVERIFY(!field->isVisible()); // only for those who have one
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("setupPassphrase")), kPass);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("setupRepeat")), kPass);
        QVERIFY(create->isEnabled());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        have->setFocus();
        QTest::keyClick(have, Qt::Key_Space); // by keyboard
        QVERIFY(field->isVisible());
        QVERIFY(field->hasFocus());
        QVERIFY(!create->isEnabled()); // ticked: the link is needed
        const QString link =
            EnrollmentLink::from(m_server->url(), m_server->enrollmentCode(berit.username),
                                 m_server->pin())
                ->toString();
        QTest::keyClicks(field, link.left(link.size() - 20)); // cut short in the mail
        QVERIFY(!create->isEnabled());
        auto* problem = find<QLabel>(QStringLiteral("setupLinkProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("fortrolig://enroll")));
        shot(m_window.get(), QStringLiteral("8-first-start-link"));
        field->clear();
        QTest::keyClicks(field, link);
        QVERIFY(!problem->isVisible());
        QVERIFY(create->isEnabled());

        bool enrollShown = false;
        whenDialogShows(QStringLiteral("enrollDialog"), [&](QDialog* d) {
            enrollShown = true;
            // Filled from the first screen's link: the consultant only confirms.
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("enrollLink"))->text(), link);
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("enrollPin"))->text(),
                     m_server->pin());
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("enrollConnect")),
                              Qt::LeftButton);
        });
        whenDialogShows(QStringLiteral("loginDialog"), [&](QDialog* d) {
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("loginPassphrase")),
                             QString::fromUtf8(berit.passphrase));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("loginCode")),
                             m_server->totp(berit));
            QTest::keyClick(d->findChild<QLineEdit*>(QStringLiteral("loginCode")), Qt::Key_Return);
        });
        QTest::keyClick(field, Qt::Key_Return); // Enter in the link makes the journal
        QTRY_VERIFY(!m_window->isLocked());
        QCOMPARE(m_window->statusBar()->currentMessage(), QString()); // not the old journal's
        QTRY_VERIFY_WITH_TIMEOUT(enrollShown, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->model()->rowCount(), 1, 20'000);
        QCOMPARE(m_window->workspace()->model()->index(0, CaseloadModel::Name).data().toString(),
                 QStringLiteral("Vera Linkesen"));
        shot(m_window.get(), QStringLiteral("9-first-start-arrived"));
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
