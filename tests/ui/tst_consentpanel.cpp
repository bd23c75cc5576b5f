// Consents and disclosures in the case view: withdrawal in two clicks, effective at once.
#include "TestSupport.h"
#include "casefile/ConsentLabels.h"
#include "casefile/ConsentPanel.h"
#include "casefile/ShareDialog.h"
#include "journal/Journal.h"
#include "storage/JournalDatabase.h"
#include "storage/Migrations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

class TestConsentPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withdrawInTwoClicks()
    {
        QTemporaryDir dir;
        auto jdb =
            JournalDatabase::open(dir.filePath(QStringLiteral("p.db")), SecureBytes::random(32),
                                  JournalDatabase::Mode::Create, {});
        QVERIFY(jdb.ok());
        QVERIFY(Migrations::migrate(jdb.value()->db()).ok());
        Journal journal(std::move(jdb.value()),
                        Identity{QStringLiteral("kons"), QStringLiteral("dev")});
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
        ConsentInput c;
        c.citizenId = citizen;
        c.courseId = course;
        c.templateId = QStringLiteral("fortrolig-standard");
        c.templateVersion = 1;
        c.language = QStringLiteral("da");
        c.textHash = QString::fromLatin1(
            QCryptographicHash::hash("form", QCryptographicHash::Sha256).toHex());
        c.signer = QStringLiteral("Panel Testsen");
        const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
        c.grants = {{doctor, {QStringLiteral("ordinary"), QStringLiteral("health")}},
                    {{QStringLiteral("akasse"), {}}, {QStringLiteral("ordinary")}}};
        QVERIFY(journal.giveConsent(c).ok());
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
                          QStringLiteral("Det går godt."));
        share.show();
        QVERIFY(QTest::qWaitForWindowExposed(&share));
        auto* kind = share.findChild<QComboBox*>(QStringLiteral("shareRecipientKind"));
        auto* name = share.findChild<QLineEdit*>(QStringLiteral("shareRecipientName"));
        auto* button = share.findChild<QPushButton*>(QStringLiteral("shareButton"));
        auto* answer = share.findChild<QLabel*>(QStringLiteral("shareAnswer"));
        for (QCheckBox* box : share.findChildren<QCheckBox*>())
            QVERIFY(!box->isChecked()); // nothing pre-ticked
        share.findChild<QLineEdit*>(QStringLiteral("sharePath"))->setText(pdf);
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
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(QFile::exists(pdf));
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
};

QTEST_MAIN(TestConsentPanel)
#include "tst_consentpanel.moc"
