// The non-GUI rules behind the desktop's forms: referral form, passphrase meter, language.
#include "app/core/Translations.h"
#include "app/crypto/PassphraseStrength.h"
#include "app/domain/ReferralForm.h"

#include <QTest>

using namespace fortrolig;

class TestForms : public QObject
{
    Q_OBJECT

    static ReferralForm valid()
    {
        ReferralForm f;
        f.name = QStringLiteral("Tine Testsen");
        f.cpr = QStringLiteral("010158-5999");
        f.municipality = QStringLiteral("Testby Kommune");
        f.courseType = QStringLiteral("afklaringsforløb");
        f.referralDate = QDate(2026, 1, 2);
        f.startDate = QDate(2026, 1, 5);
        f.plannedEnd = QDate(2026, 7, 5);
        return f;
    }

private Q_SLOTS:
    void referralForm_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid") << ""
                               << "" << true << "";
        QTest::newRow("no name") << "name"
                                 << "  " << false << "name";
        QTest::newRow("no cpr") << "cpr"
                                << "" << false << "CPR";
        QTest::newRow("short cpr") << "cpr"
                                   << "01015859" << false << "10 digits";
        QTest::newRow("impossible date") << "cpr"
                                         << "310299-1234" << false << "real date";
        QTest::newRow("fails modulus 11 (allowed)") << "cpr"
                                                    << "241270-5123" << true << "modulus 11";
        QTest::newRow("no municipality") << "municipality"
                                         << "" << false << "municipality";
        QTest::newRow("no course type") << "courseType"
                                        << "" << false << "course type";
        QTest::newRow("end before start") << "plannedEnd"
                                          << "2026-01-01" << false << "before the start";
        QTest::newRow("referral after start (allowed)")
            << "referralDate"
            << "2026-02-01" << true << "after the start";
    }
    void referralForm()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        ReferralForm f = valid();
        if (field == QStringLiteral("name"))
            f.name = value;
        else if (field == QStringLiteral("cpr"))
            f.cpr = value;
        else if (field == QStringLiteral("municipality"))
            f.municipality = value;
        else if (field == QStringLiteral("courseType"))
            f.courseType = value;
        else if (field == QStringLiteral("plannedEnd"))
            f.plannedEnd = QDate::fromString(value, Qt::ISODate);
        else if (field == QStringLiteral("referralDate"))
            f.referralDate = QDate::fromString(value, Qt::ISODate);
        const ReferralForm::Check c = f.check();
        QCOMPARE(c.ok(), ok);
        const QString all = (c.errors + c.warnings).join(QLatin1Char('\n'));
        if (message.isEmpty())
            QVERIFY2(all.isEmpty(), qPrintable(all));
        else
            QVERIFY2(all.contains(message, Qt::CaseInsensitive), qPrintable(all));
    }

    void passphraseMeter()
    {
        using L = PassphraseStrength::Level;
        QCOMPARE(PassphraseStrength::of(QStringLiteral("kort")).level, L::TooShort);
        QCOMPARE(PassphraseStrength::of(QStringLiteral("elleve tegn")).level, L::TooShort);
        QCOMPARE(PassphraseStrength::of(QStringLiteral("aaaaaaaaaaaaaaaaaaaa")).level,
                 L::Fair); // long, but one letter
        QVERIFY(PassphraseStrength::of(QStringLiteral("hest batteri klips blå")).level >= L::Good);
        QCOMPARE(PassphraseStrength::of(QStringLiteral("korrekt hest batteri hæfteklamme")).level,
                 L::Strong);
        QVERIFY(PassphraseStrength::of(QStringLiteral("korrekt hest batteri hæfteklamme")).percent >
                PassphraseStrength::of(QStringLiteral("tolv tegn ok")).percent);
    }

    void languageChoice()
    {
        QCOMPARE(chooseLanguage({}, {}, {QStringLiteral("da-DK")}), QStringLiteral("da"));
        QCOMPARE(chooseLanguage({}, {}, {QStringLiteral("en-GB")}), QStringLiteral("en"));
        QCOMPARE(chooseLanguage({}, {}, {QStringLiteral("de-DE")}),
                 QStringLiteral("da")); // Danish by default
        QCOMPARE(chooseLanguage({}, QStringLiteral("en"), {QStringLiteral("da-DK")}),
                 QStringLiteral("en"));
        QCOMPARE(
            chooseLanguage(QStringLiteral("da"), QStringLiteral("en"), {QStringLiteral("en-GB")}),
            QStringLiteral("da"));
    }

    // In Danish, Qt's own words (the Close button of every dialog, the file dialog) are
    // Danish too, not only ours.
    void qtsOwnWordsAreDanishToo()
    {
        qputenv("FORTROLIG_LANG", "da");
        QCOMPARE(installTranslations(*qApp), QStringLiteral("da"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), QStringLiteral("Luk"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Annuller"));
    }
};

QTEST_GUILESS_MAIN(TestForms)
#include "tst_forms.moc"
