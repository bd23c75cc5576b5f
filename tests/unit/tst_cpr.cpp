#include "app/domain/Cpr.h"

#include <QTest>

using fortrolig::Cpr;

class TestCpr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void centuryTable_data()
    {
        QTest::addColumn<int>("digit7");
        QTest::addColumn<int>("yy");
        QTest::addColumn<int>("century");
        for (int d = 0; d <= 3; ++d) {
            QTest::addRow("d%d-00", d) << d << 0 << 1900;
            QTest::addRow("d%d-99", d) << d << 99 << 1900;
        }
        for (int d : {4, 9}) {
            QTest::addRow("d%d-00", d) << d << 0 << 2000;
            QTest::addRow("d%d-36", d) << d << 36 << 2000;
            QTest::addRow("d%d-37", d) << d << 37 << 1900;
            QTest::addRow("d%d-99", d) << d << 99 << 1900;
        }
        for (int d = 5; d <= 8; ++d) {
            QTest::addRow("d%d-00", d) << d << 0 << 2000;
            QTest::addRow("d%d-57", d) << d << 57 << 2000;
            QTest::addRow("d%d-58", d) << d << 58 << 1800;
            QTest::addRow("d%d-99", d) << d << 99 << 1800;
        }
    }
    void centuryTable()
    {
        QFETCH(int, digit7);
        QFETCH(int, yy);
        QFETCH(int, century);
        QCOMPARE(Cpr::centuryFor(digit7, yy), century);
        // The same rule through parsing: DDMMYY-D???.
        const QString text = QStringLiteral("0101") +
                             QStringLiteral("%1").arg(yy, 2, 10, QLatin1Char('0')) +
                             QLatin1Char('-') + QString::number(digit7) + QStringLiteral("999");
        const auto cpr = Cpr::parse(text);
        QVERIFY2(cpr.has_value(), qPrintable(text));
        QCOMPARE(cpr->birthDate(), QDate(century + yy, 1, 1));
    }

    void parsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("error"); // Cpr::ParseError
        QTest::addColumn<QDate>("birth");
        const int none = int(Cpr::ParseError::None), format = int(Cpr::ParseError::Format),
                  date = int(Cpr::ParseError::InvalidDate);
        QTest::newRow("dash") << "241270-5123" << none << QDate(1870, 12, 24);
        QTest::newRow("no dash") << "2412705123" << none << QDate(1870, 12, 24);
        QTest::newRow("spaces around") << "  241270-5123 " << none << QDate(1870, 12, 24);
        QTest::newRow("31 Feb 1899") << "310299-5123" << date << QDate();
        QTest::newRow("31 Feb 1999") << "310299-0123" << date << QDate();
        QTest::newRow("29 Feb 2000 leap") << "290200-4123" << none << QDate(2000, 2, 29);
        QTest::newRow("29 Feb 1900 not leap") << "290200-0123" << date << QDate();
        QTest::newRow("29 Feb 1896 leap") << "290296-6123" << none << QDate(1896, 2, 29);
        QTest::newRow("month 13") << "011370-5123" << date << QDate();
        QTest::newRow("day 00") << "001070-5123" << date << QDate();
        QTest::newRow("31 April") << "310470-5123" << date << QDate();
        QTest::newRow("too short") << "241270-512" << format << QDate();
        QTest::newRow("too long") << "241270-51234" << format << QDate();
        QTest::newRow("letters") << "24127A-5123" << format << QDate();
        QTest::newRow("dash misplaced") << "24127-05123" << format << QDate();
        QTest::newRow("empty") << "" << format << QDate();
        QTest::newRow("non-ascii digits") << QStringLiteral("٢٤١٢٧٠-٥١٢٣") << format << QDate();
    }
    void parsing()
    {
        QFETCH(QString, text);
        QFETCH(int, error);
        QFETCH(QDate, birth);
        Cpr::ParseError why = Cpr::ParseError::None;
        const auto cpr = Cpr::parse(text, &why);
        QCOMPARE(int(why), error);
        QCOMPARE(cpr.has_value(), error == int(Cpr::ParseError::None));
        if (cpr)
            QCOMPARE(cpr->birthDate(), birth);
    }

    void display()
    {
        const auto cpr = Cpr::parse(QStringLiteral("2412705123"));
        QVERIFY(cpr);
        QCOMPARE(cpr->formatted(), QStringLiteral("241270-5123"));
        QCOMPARE(cpr->masked(), QStringLiteral("241270-XXXX"));
        QCOMPARE(cpr->digits(), QStringLiteral("2412705123"));
        QVERIFY(!cpr->masked().contains(QStringLiteral("5123")));
    }

    void sex()
    {
        QCOMPARE(Cpr::parse(QStringLiteral("241270-5123"))->sex(), Cpr::Sex::Male);
        QCOMPARE(Cpr::parse(QStringLiteral("241270-5124"))->sex(), Cpr::Sex::Female);
    }

    void modulus11IsInformationOnly()
    {
        // 4*0+3*1+2*0+7*1+6*5+5*8+4*5+3*9+2*9+1*x: with x=6 the sum is 151 = 11*13+8, x=... pick
        // the check digit that makes the sum divisible by 11.
        int sum = 0;
        const int w[9] = {4, 3, 2, 7, 6, 5, 4, 3, 2};
        const QString base = QStringLiteral("010158599");
        for (int i = 0; i < 9; ++i)
            sum += w[i] * (base[i].unicode() - u'0');
        const int check = (11 - sum % 11) % 11;
        QVERIFY(check < 10); // this base has a valid check digit
        const auto passes = Cpr::parse(QString(base + QString::number(check)));
        const auto fails = Cpr::parse(QString(base + QString::number((check + 1) % 10)));
        QVERIFY(passes && fails); // both are valid numbers
        QVERIFY(passes->passesModulus11());
        QVERIFY(!fails->passesModulus11());
    }

    void age()
    {
        const auto cpr = Cpr::parse(QStringLiteral("150311-4123")); // 2011-03-15
        QVERIFY(cpr);
        QCOMPARE(cpr->ageOn(QDate(2026, 3, 14)), 14);
        QCOMPARE(cpr->ageOn(QDate(2026, 3, 15)), 15);
    }
};

QTEST_GUILESS_MAIN(TestCpr)
#include "tst_cpr.moc"
