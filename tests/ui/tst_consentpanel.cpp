// Consents and disclosures in the case view: withdrawal in two clicks, effective at once;
// sharing a note records only what was written.
#include "ConsentFixtures.h"
#include "DialogWatch.h"
#include "TestSupport.h"
#include "app/journal/Journal.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"
#include "casefile/ConsentLabels.h"
#include "casefile/ConsentPanel.h"
#include "casefile/PaperConsentDialog.h"
#include "casefile/ShareDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace fortrolig;
using fortrolig::test::whenDialogShows;

class TestConsentPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<Journal> openJournal(const QString& file)
    {
        auto jdb = JournalDatabase::open(m_dir.filePath(file), SecureBytes::random(32),
                                         JournalDatabase::Mode::Create, {});
        if (!jdb.ok() || !Migrations::migrate(jdb.value()->db()).ok())
            return nullptr;
        return std::make_unique<Journal>(std::move(jdb.value()),
                                         Identity{QStringLiteral("kons"), QStringLiteral("dev")});
    }
    // A citizen with a course and a consent: the doctor (Dr. Prøve) may have ordinary and
    // health information, the a-kasse ordinary.
    static QString consentedCitizen(Journal& journal)
    {
        const QString citizen = journal
                                    .addCitizen(QStringLiteral("Panel Testsen"),
                                                *Cpr::parse(QString::fromLatin1(test::kFakeCpr)))
                                    .value();
        const QString course = journal
                                   .addCourse({citizen,
                                               QStringLiteral("Testby"),
                                               QStringLiteral("afklaringsforløb"),
                                               {},
                                               QDate::currentDate().addDays(-10),
                                               {}})
                                   .value();
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        return journal
                       .giveConsent(test::standardConsent(
                           citizen, course, QStringLiteral("Panel Testsen"),
                           {{doctor, {QStringLiteral("ordinary"), QStringLiteral("health")}},
                            {{QStringLiteral("akasse"), {}}, {QStringLiteral("ordinary")}}}))
                       .ok()
                   ? citizen
                   : QString();
    }
    static int logged(Journal& journal, const QString& citizen, const QString& action)
    {
        int n = 0;
        const auto log = journal.accessLog(citizen);
        for (const AccessLogEntry& e : log.value())
            n += e.action == action;
        return n;
    }
    // Share, then in the file dialog: `path` typed (empty: Cancel). `offered`: the file the
    // dialog suggested.
    static void shareTo(ShareDialog& share, const QString& path, QString* offered = nullptr)
    {
        whenDialogShows(QStringLiteral("shareFileDialog"), [path, offered](QDialog* d) {
            auto* files = qobject_cast<QFileDialog*>(d);
            if (offered)
                *offered = files->selectedFiles().value(0);
            if (path.isEmpty()) {
                files->reject();
                return;
            }
            files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(path);
            static_cast<QDialog*>(files)->accept(); // (QFileDialog::accept checks the name)
        });
        QTest::mouseClick(share.findChild<QPushButton*>(QStringLiteral("shareButton")),
                          Qt::LeftButton);
    }
    static void choose(ShareDialog& share, const QString& kind, const QString& name,
                       const QString& category)
    {
        auto* kinds = share.findChild<QComboBox*>(QStringLiteral("shareRecipientKind"));
        kinds->setCurrentIndex(kinds->findData(kind));
        QTest::keyClicks(share.findChild<QLineEdit*>(QStringLiteral("shareRecipientName")), name);
        share.findChild<QCheckBox*>(QStringLiteral("shareCategory_") + category)->setChecked(true);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Qt's own file dialog (a platform's native one cannot be driven from a test), which
        // keeps its history in the user's settings: here, in the test's own folder.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    }

    // The case's consents went before the rest of it (their own retention period ended): the
    // panel shows none, and still shows the disclosure made under one of them.
    void aDisclosureOutlivesItsConsent()
    {
        std::unique_ptr<Journal> journal = openJournal(QStringLiteral("parts.db"));
        QVERIFY(journal);
        const QString citizen = consentedCitizen(*journal);
        QVERIFY(!citizen.isEmpty());
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        QVERIFY(journal
                    ->disclose(citizen, doctor, {QStringLiteral("health")},
                               QStringLiteral("statusrapport"))
                    .ok());
        {
            Transaction tx = journal->batch();
            QVERIFY(
                journal->erasePart(citizen, RetentionKind::Consents, QDateTime::currentDateTime())
                    .ok());
            QVERIFY(!tx.commit());
        }
        QVERIFY(!journal->finishErasure());

        ConsentPanel panel(*journal);
        panel.showCitizen(citizen);
        auto* consents = panel.findChild<QTableWidget*>(QStringLiteral("consentsTable"));
        auto* disclosures = panel.findChild<QTableWidget*>(QStringLiteral("disclosuresTable"));
        QCOMPARE(consents->rowCount(), 0);
        QCOMPARE(disclosures->rowCount(), 1);
        QCOMPARE(disclosures->item(0, 4)->text(), QStringLiteral("statusrapport"));
        QVERIFY(!journal->mayDisclose(citizen, doctor, {QStringLiteral("health")})->allowed);
    }

    // A long recipient in a narrow case pane: cut short in its column, whole in the tool tip;
    // the date, the information and how long it is valid stay in view, without scrolling.
    void aLongRecipientIsCutShortNotScrolled()
    {
        std::unique_ptr<Journal> journal = openJournal(QStringLiteral("long.db"));
        QVERIFY(journal);
        const QString citizen = consentedCitizen(*journal);
        QVERIFY(!citizen.isEmpty());
        const QString course = journal->citizen(citizen)->courses.first().id;
        const QString longName =
            QStringLiteral("Bageriet Langt Opdigtet Firmanavn med Mange Ord og Afdelinger ApS");
        QVERIFY(journal
                    ->giveConsent(test::standardConsent(
                        citizen, course, QStringLiteral("Panel Testsen"),
                        {{{QStringLiteral("internship"), longName}, {QStringLiteral("ordinary")}}}))
                    .ok());

        ConsentPanel panel(*journal);
        panel.resize(460, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showCitizen(citizen);
        auto* consents = panel.findChild<QTableWidget*>(QStringLiteral("consentsTable"));
        QTest::qWait(20);
        QCOMPARE(consents->horizontalScrollBar()->maximum(), 0);
        bool found = false;
        for (int r = 0; r < consents->rowCount(); ++r) {
            if (!consents->item(r, 1)->text().contains(longName))
                continue;
            found = true;
            QCOMPARE(consents->item(r, 1)->toolTip(), consents->item(r, 1)->text());
            // Cut short, but some 16 characters of it are there to read.
            QVERIFY(consents->columnWidth(1) >= 15 * consents->fontMetrics().averageCharWidth());
            const QFontMetrics fm = consents->fontMetrics();
            for (const int col : {0, 2, 3}) // whole
                QVERIFY(consents->columnWidth(col) >=
                        fm.horizontalAdvance(consents->item(r, col)->text()));
        }
        QVERIFY(found);
    }

    void withdrawInTwoClicks()
    {
        QTemporaryDir dir;
        std::unique_ptr<Journal> owned = openJournal(QStringLiteral("p.db"));
        QVERIFY(owned);
        Journal& journal = *owned;
        const QString citizen = consentedCitizen(journal);
        QVERIFY(!citizen.isEmpty());
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        QVERIFY(journal
                    .disclose(citizen, doctor, {QStringLiteral("health")},
                              QStringLiteral("statusrapport"))
                    .ok());

        ConsentPanel panel(journal);
        panel.resize(700, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showCitizen(citizen);
        auto* consents = panel.findChild<QTableWidget*>(QStringLiteral("consentsTable"));
        auto* disclosures = panel.findChild<QTableWidget*>(QStringLiteral("disclosuresTable"));
        auto* withdraw = panel.findChild<QPushButton*>(QStringLiteral("withdrawConsent"));
        QCOMPARE(consents->rowCount(), 3);
        QCOMPARE(disclosures->rowCount(), 1);
        QVERIFY(!withdraw->isEnabled());
        int healthRow = -1;
        for (int r = 0; r < consents->rowCount(); ++r) {
            if (consents->item(r, 2)->text() == ConsentLabels::category(QStringLiteral("health")))
                healthRow = r;
        }
        QVERIFY(healthRow >= 0);
        // Click one: the line. Click two: Withdraw.
        const QRect cell = consents->visualItemRect(consents->item(healthRow, 1));
        QTest::mouseClick(consents->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(withdraw->isEnabled());
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QCOMPARE(consents->rowCount(), 2);
        QCOMPARE(journal.mayDisclose(citizen, doctor, {QStringLiteral("health")})->code(),
                 QStringLiteral("withdrawn"));
        QVERIFY(journal.mayDisclose(citizen, doctor, {QStringLiteral("ordinary")})->allowed);
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("withdrawalReceipt"))->isEnabled());

        // Sharing a note: the document is written only when the gate says yes.
        const QString pdf = dir.filePath(QStringLiteral("shared.pdf"));
        ShareDialog share(journal, citizen, QStringLiteral("Statusrapport"),
                          QStringLiteral("Det går godt."), dir.path());
        share.show();
        QVERIFY(QTest::qWaitForWindowExposed(&share));
        auto* kind = share.findChild<QComboBox*>(QStringLiteral("shareRecipientKind"));
        auto* name = share.findChild<QLineEdit*>(QStringLiteral("shareRecipientName"));
        auto* button = share.findChild<QPushButton*>(QStringLiteral("shareButton"));
        auto* answer = share.findChild<QLabel*>(QStringLiteral("shareAnswer"));
        for (QCheckBox* box : share.findChildren<QCheckBox*>())
            QVERIFY(!box->isChecked()); // nothing pre-ticked
        kind->setCurrentIndex(kind->findData(QStringLiteral("union")));
        QTest::mouseClick(share.findChild<QCheckBox*>(QStringLiteral("shareCategory_ordinary")),
                          Qt::LeftButton);
        QVERIFY(!button->isEnabled());
        QVERIFY(answer->text().contains(QStringLiteral("not consented")));
        kind->setCurrentIndex(kind->findData(QStringLiteral("doctor")));
        QVERIFY(!button->isEnabled()); // a doctor needs a name
        QTest::keyClicks(name, QStringLiteral("Dr. Prøve"));
        QVERIFY2(button->isEnabled(), qPrintable(answer->text()));
        QTest::keyClick(share.findChild<QCheckBox*>(QStringLiteral("shareCategory_health")),
                        Qt::Key_Space);
        QVERIFY(!button->isEnabled()); // health was withdrawn above
        QTest::keyClick(share.findChild<QCheckBox*>(QStringLiteral("shareCategory_health")),
                        Qt::Key_Space);
        // The referring jobcentre by law; another municipality's is told why not.
        kind->setCurrentIndex(kind->findData(QStringLiteral("jobcentre")));
        name->clear();
        QVERIFY2(button->isEnabled(), qPrintable(answer->text()));
        QVERIFY2(answer->text().contains(QStringLiteral("Testby")), qPrintable(answer->text()));
        QTest::keyClicks(name, QStringLiteral("Andenby Kommune"));
        QVERIFY(!button->isEnabled());
        QVERIFY2(answer->text().contains(QStringLiteral("referred the citizen")),
                 qPrintable(answer->text()));
        kind->setCurrentIndex(kind->findData(QStringLiteral("doctor")));
        name->setText(QStringLiteral("Dr. Prøve"));
        QVERIFY(!QFile::exists(pdf));
        shareTo(share, pdf);
        QVERIFY2(QFile::exists(pdf), qPrintable(answer->text()));
        QVERIFY(!share.disclosureId().isEmpty());
        QCOMPARE(journal.disclosures(citizen)->size(), 2);
        QCOMPARE(journal.disclosures(citizen)->last().what, QStringLiteral("Statusrapport"));

        // One recipient, wholly: the line, then Withdraw recipient. The a-kasse stays.
        panel.showCitizen(citizen);
        QCOMPARE(consents->rowCount(), 2);
        int doctorRow = -1;
        for (int r = 0; r < consents->rowCount(); ++r) {
            if (consents->item(r, 1)->text().contains(QStringLiteral("Dr. Prøve")))
                doctorRow = r;
        }
        QVERIFY(doctorRow >= 0);
        QTest::mouseClick(consents->viewport(), Qt::LeftButton, {},
                          consents->visualItemRect(consents->item(doctorRow, 1)).center());
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("withdrawRecipient")),
                          Qt::LeftButton);
        QCOMPARE(consents->rowCount(), 1);
        QCOMPARE(journal.mayDisclose(citizen, doctor, {QStringLiteral("ordinary")})->code(),
                 QStringLiteral("withdrawn"));
        QVERIFY(journal
                    .mayDisclose(citizen, Recipient{QStringLiteral("akasse"), {}},
                                 {QStringLiteral("ordinary")})
                    ->allowed);
        QSignalSpy receipt(&panel, &ConsentPanel::receiptRequested);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("withdrawalReceipt")),
                          Qt::LeftButton);
        QCOMPARE(receipt.count(), 1);
        QCOMPARE(receipt.first().at(1).toBool(), true);
    }

    // Share asks where (starting in the provider's folder, a name without personal data),
    // and records the disclosure and the export once the file is written, and only then.
    // A consent signed on paper: the scan, the course, the signer and each recipient as ticked
    // on the paper, nothing ticked beforehand; what is missing is said and nothing recorded
    // until it is whole; the record's hash is the scan's, and the gate answers by it.
    void aPaperConsentIsRecordedAsTicked()
    {
        std::unique_ptr<Journal> owned = openJournal(QStringLiteral("paper.db"));
        QVERIFY(owned);
        Journal& journal = *owned;
        const QString citizen = consentedCitizen(journal);
        QVERIFY(!citizen.isEmpty());
        const QString scanPath = m_dir.filePath(QStringLiteral("underskrevet-blanket.pdf"));
        {
            QFile scan(scanPath);
            QVERIFY(scan.open(QIODevice::WriteOnly));
            scan.write("%PDF-1.4 a synthetic scan of a signed paper form\n");
        }
        ConsentPanel panel(journal);
        panel.showCitizen(citizen);
        panel.show();
        QStringList errors;
        bool untouched = true;
        whenDialogShows(QStringLiteral("paperConsentDialog"), [&](QDialog* d) {
            auto* dialog = qobject_cast<PaperConsentDialog*>(d);
            auto* record = d->findChild<QPushButton*>(QStringLiteral("paperRecord"));
            auto* error = d->findChild<QLabel*>(QStringLiteral("paperError"));
            for (QCheckBox* tick : d->findChildren<QCheckBox*>())
                untouched = untouched && !tick->isChecked();
            auto clickRecord = [&] {
                QTest::mouseClick(record, Qt::LeftButton);
                errors << error->text();
            };
            clickRecord(); // no scan
            dialog->setScanFile(scanPath);
            auto* first = d->findChild<QGroupBox*>(QStringLiteral("paperRecipient1"));
            auto* kind = first->findChild<QComboBox*>(QStringLiteral("paperKind"));
            QVERIFY(!kind->accessibleName().isEmpty());
            QCOMPARE(kind->currentData().toString(), QString()); // "Choose...": nothing chosen
            kind->setCurrentIndex(kind->findData(QStringLiteral("doctor")));
            first->findChild<QCheckBox*>(QStringLiteral("paperCategory_health"))->setChecked(true);
            // The paper lets us ask the doctor, for a reason it gives.
            auto* direction = first->findChild<QComboBox*>(QStringLiteral("paperDirection"));
            QVERIFY(!direction->accessibleName().isEmpty());
            QCOMPARE(direction->currentData().toString(), QStringLiteral("tell"));
            direction->setCurrentIndex(direction->findData(QStringLiteral("obtain")));
            QTest::keyClicks(first->findChild<QLineEdit*>(QStringLiteral("paperPurpose")),
                             QStringLiteral("få en lægeattest"));
            clickRecord(); // a doctor needs the name the paper gives
            QTest::keyClicks(first->findChild<QLineEdit*>(QStringLiteral("paperName")),
                             QStringLiteral("Dr. Papir"));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("paperAddRecipient")),
                              Qt::LeftButton);
            auto* second = d->findChild<QGroupBox*>(QStringLiteral("paperRecipient2"));
            QVERIFY(second);
            auto* kind2 = second->findChild<QComboBox*>(QStringLiteral("paperKind"));
            kind2->setCurrentIndex(kind2->findData(QStringLiteral("akasse")));
            clickRecord(); // nothing ticked for the a-kasse
            second->findChild<QCheckBox*>(QStringLiteral("paperCategory_ordinary"))
                ->setChecked(true);
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("paperPlace")),
                             QStringLiteral("Testby"));
            if (!qEnvironmentVariableIsEmpty("FORTROLIG_SHOTS")) // for a person to look at
                QTest::qWait(200),
                    d->grab().save(QDir(qEnvironmentVariable("FORTROLIG_SHOTS"))
                                       .filePath(QStringLiteral("paper-consent.png")));
            clickRecord();
        });
        const int before = int(journal.consents(citizen)->size());
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("recordPaperConsent")),
                          Qt::LeftButton);
        QVERIFY(untouched);
        QCOMPARE(errors.size(), 4);
        QVERIFY2(errors.at(0).contains(QStringLiteral("scanned form")), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QStringLiteral("Recipient 1")), qPrintable(errors.at(1)));
        QVERIFY2(errors.at(2).contains(QStringLiteral("Recipient 2")), qPrintable(errors.at(2)));

        const auto consents = journal.consents(citizen);
        QVERIFY(consents.ok());
        QCOMPARE(int(consents->size()), before + 1);
        const ConsentSummary* paper = nullptr;
        for (const ConsentSummary& c : consents.value())
            if (c.templateId == QStringLiteral("paper"))
                paper = &c;
        QVERIFY(paper);
        QFile scan(scanPath);
        QVERIFY(scan.open(QIODevice::ReadOnly));
        QCOMPARE(paper->textHash,
                 QString::fromLatin1(
                     QCryptographicHash::hash(scan.readAll(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(paper->activeGrants.size(), 2);
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Papir")};
        QVERIFY(journal.mayDisclose(citizen, doctor, {QStringLiteral("health")}, Direction::Obtain)
                    ->allowed);
        QVERIFY(!journal.mayDisclose(citizen, doctor, {QStringLiteral("health")})->allowed);
        QVERIFY(
            !journal.mayDisclose(citizen, doctor, {QStringLiteral("economy")}, Direction::Obtain)
                 ->allowed);
        for (const ConsentGrant& g : paper->activeGrants)
            if (g.recipient == doctor)
                QCOMPARE(g.purpose, QStringLiteral("få en lægeattest"));
        // The new lines are shown: the first consent's three, and these two.
        QCOMPARE(panel.findChild<QTableWidget*>(QStringLiteral("consentsTable"))->rowCount(), 5);
    }

    void shareRecordsOnlyAWrittenDocument()
    {
        std::unique_ptr<Journal> journal = openJournal(QStringLiteral("share.db"));
        QVERIFY(journal);
        const QString citizen = consentedCitizen(*journal);
        QVERIFY(!citizen.isEmpty());
        QTemporaryDir folder;
        auto dialog = [&] {
            auto d = std::make_unique<ShareDialog>(
                *journal, citizen, QStringLiteral("Statusrapport 2. marts"),
                QStringLiteral("Det går godt.\nMøder stabilt."), folder.path());
            d->show();
            choose(*d, QStringLiteral("doctor"), QStringLiteral("Dr. Prøve"),
                   QStringLiteral("health"));
            return d;
        };
        auto nothingRecorded = [&] {
            return journal->disclosures(citizen)->isEmpty() &&
                   logged(*journal, citizen, QStringLiteral("disclosed")) == 0 &&
                   logged(*journal, citizen, QStringLiteral("exported")) == 0;
        };

        // Cancelled: nothing written, nothing recorded, the dialog stays to choose again.
        auto cancelled = dialog();
        QString offered;
        shareTo(*cancelled, {}, &offered);
        QCOMPARE(QFileInfo(offered).absolutePath(), QFileInfo(folder.path()).absoluteFilePath());
        QCOMPARE(QFileInfo(offered).fileName(), QStringLiteral("shared-document.pdf"));
        QVERIFY2(!offered.contains(QStringLiteral("Panel")) &&
                     !offered.contains(QString::fromLatin1(test::kFakeCpr).left(6)),
                 qPrintable(offered));
        QVERIFY(offered.endsWith(QStringLiteral(".pdf")));
        QVERIFY(cancelled->isVisible());
        QVERIFY(cancelled->disclosureId().isEmpty());
        QVERIFY(QDir(folder.path()).isEmpty());
        QVERIFY(nothingRecorded());
        cancelled->reject();

        // A folder that cannot be written to: an error that says so, nothing recorded.
        // (Permissions do not stop root: there, a "folder" that is a file.)
        QTemporaryDir locked;
        QString lockedFolder = locked.path();
        QVERIFY(
            QFile::setPermissions(lockedFolder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (geteuid() == 0) {
            lockedFolder = folder.filePath(QStringLiteral("not-a-folder"));
            QFile file(lockedFolder);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QString unwritable = lockedFolder + QStringLiteral("/delt.pdf");
        auto failing = dialog();
        shareTo(*failing, unwritable);
        QVERIFY(failing->isVisible());
        const QString error = failing->findChild<QLabel*>(QStringLiteral("shareAnswer"))->text();
        QVERIFY2(error.contains(QStringLiteral("could not be written")) &&
                     error.contains(lockedFolder),
                 qPrintable(error));
        QVERIFY(!QFile::exists(unwritable));
        QVERIFY(failing->disclosureId().isEmpty());
        QVERIFY(nothingRecorded());
        QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner);
        QFile::remove(folder.filePath(QStringLiteral("not-a-folder")));
        failing->reject();

        // Written: one disclosure, one export, the file there, black on white.
        auto written = dialog();
        const QString path = folder.filePath(QStringLiteral("til-lægen.pdf"));
        shareTo(*written, path);
        QVERIFY(!written->isVisible());
        QCOMPARE(written->result(), int(QDialog::Accepted));
        QCOMPARE(written->documentPath(), path);
        QVERIFY(QFile::exists(path));
        QCOMPARE(journal->disclosures(citizen)->size(), 1);
        QCOMPARE(journal->disclosures(citizen)->first().id, written->disclosureId());
        QCOMPARE(logged(*journal, citizen, QStringLiteral("disclosed")), 1);
        QCOMPARE(logged(*journal, citizen, QStringLiteral("exported")), 1);
        QVERIFY(journal->verify().ok());
        const QString prefix = folder.filePath(QStringLiteral("page"));
        QCOMPARE(
            QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                               QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                               QStringLiteral("1"), path, prefix}),
            0);
        const QImage page =
            QImage(prefix + QStringLiteral("-1.png")).convertToFormat(QImage::Format_RGB32);
        QVERIFY(!page.isNull());
        qint64 dark = 0;
        qint64 white = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                const int l = qGray(page.pixel(x, y));
                dark += l < 80;
                white += l > 245;
            }
        }
        QVERIFY2(dark > 800, QByteArray::number(dark).constData()); // the title and the text
        QVERIFY(white > qint64(page.width()) * page.height() * 9 / 10);
    }
};

QTEST_MAIN(TestConsentPanel)
#include "tst_consentpanel.moc"
