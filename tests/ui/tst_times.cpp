// The window and the papers show a record's day and moment in this computer's zone, as the
// chosen language writes them, in one place (app/core/Dates): "1. december 2026 kl. 21.57",
// "1 December 2026, 21:57"; short forms for columns ("15. jan.").
#include "app/core/Dates.h"
#include "app/core/StoredTime.h"
#include "shell/DateFields.h"

#include <QDateEdit>
#include <QDateTimeEdit>

#include <QLocale>
#include <QTest>

#include <memory>

using namespace fortrolig;

namespace {

// CLDR versions differ in the space before "PM" (plain, no-break or narrow).
QString plain(QString t)
{
    return t.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0xa0), QLatin1Char(' '));
}

} // namespace

class TestTimes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The consultants' zone (tzdata: tools/install-deps.sh); summer time +2 hours.
        qputenv("TZ", "Europe/Copenhagen");
        QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::LocalTime).offsetFromUtc(), 7200);
    }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void aMomentIsShownInLocalTimeAsTheLanguageWritesIt_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("moment");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("shortMoment"); // seen from a day in 2026
        // Written in UTC on another computer: shown in Copenhagen's summer and winter time.
        QTest::newRow("da summer") << "da_DK"
                                   << "2026-07-01T08:05:00.000+00:00"
                                   << "1. juli 2026 kl. 10.05"
                                   << "1. juli 2026"
                                   << "1. jul. kl. 10.05";
        QTest::newRow("da new year") << "da_DK"
                                     << "2026-12-31T23:30:00.000+00:00"
                                     << "1. januar 2027 kl. 00.30"
                                     << "1. januar 2027"
                                     << "1. jan. 2027 kl. 00.30";
        QTest::newRow("da evening") << "da_DK"
                                    << "2026-12-01T21:57:00.000+01:00"
                                    << "1. december 2026 kl. 21.57"
                                    << "1. december 2026"
                                    << "1. dec. kl. 21.57";
        QTest::newRow("en_GB") << "en_GB"
                               << "2026-03-02T10:00:00.000+01:00"
                               << "2 March 2026, 10:00"
                               << "2 March 2026"
                               << "2 Mar, 10:00";
        QTest::newRow("en_US") << "en_US"
                               << "2026-03-02T14:07:00+01:00"
                               << "2 March 2026, 2:07 PM"
                               << "2 March 2026"
                               << "2 Mar, 2:07 PM";
        // Not a time in the journal: not known, shown as nothing (never as the raw text).
        QTest::newRow("not a time") << "da_DK"
                                    << "soon"
                                    << ""
                                    << ""
                                    << "";
    }
    void aMomentIsShownInLocalTimeAsTheLanguageWritesIt()
    {
        QFETCH(QString, locale);
        QFETCH(QString, stored);
        QFETCH(QString, moment);
        QFETCH(QString, day);
        QFETCH(QString, shortMoment);
        QLocale::setDefault(QLocale(locale));
        // As the records carry it: read from the journal's text, in UTC.
        const QDateTime at = StoredTime::from(stored);
        QVERIFY(!at.isValid() || at.timeSpec() == Qt::UTC);
        QCOMPARE(plain(Dates::moment(at)), moment);
        QCOMPARE(Dates::day(at), day);
        QCOMPARE(plain(Dates::shortMoment(at, QDate(2026, 6, 1))), shortMoment);
    }

    // Every month, both languages: the day first, the month by name (never a number that
    // could be read the other way round), the year only when it is not this year's.
    void everyMonthReadsAsADateInBothLanguages_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("da") << "da_DK";
        QTest::newRow("en") << "en_GB";
    }
    void everyMonthReadsAsADateInBothLanguages()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        const bool danish = locale == QStringLiteral("da_DK");
        const QDate today(2026, 6, 1);
        for (int month = 1; month <= 12; ++month) {
            const QDate date(2026, month, 15);
            const QString full = QLocale().monthName(month, QLocale::LongFormat);
            const QString shortText = Dates::shortDay(date, today);
            const QString prefix = danish ? QStringLiteral("15. ") : QStringLiteral("15 ");
            QVERIFY2(shortText.startsWith(prefix), qPrintable(shortText));
            QString abbreviation = shortText.mid(prefix.size());
            if (danish && abbreviation.endsWith(QLatin1Char('.')))
                abbreviation.chop(1); // "jan." but "maj"
            QVERIFY2(abbreviation.size() >= 3 && full.startsWith(abbreviation, Qt::CaseInsensitive),
                     qPrintable(shortText + QStringLiteral(" / ") + full));
            QVERIFY(!shortText.contains(QStringLiteral("2026")));
            QCOMPARE(Dates::shortDay(date, QDate(2027, 1, 1)), shortText + QStringLiteral(" 2026"));
            QCOMPARE(Dates::day(date), prefix + full + QStringLiteral(" 2026"));
            if (danish) // Danish writes month names in lower case
                QCOMPARE(full, full.toLower());
        }
        QCOMPARE(Dates::day(QDate()), QString());
        QCOMPARE(Dates::shortDay(QDate(), today), QString());
    }

    // Every field a day or a moment is typed into (ui/shell/DateFields): ISO 8601 as typed,
    // the day as people write it beside, for the eye and the screen reader, as it changes.
    void aTypedDayIsISOAndItsWordsFollowTheField_data()
    {
        everyMonthReadsAsADateInBothLanguages_data();
    }
    void aTypedDayIsISOAndItsWordsFollowTheField()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        std::unique_ptr<QDateEdit> day(
            DateFields::day(QStringLiteral("d"), QStringLiteral("Day"), QDate(2026, 12, 1)));
        QCOMPARE(day->objectName(), QStringLiteral("d"));
        QCOMPARE(day->accessibleName(), QStringLiteral("Day"));
        QVERIFY(day->calendarPopup());
        QCOMPARE(day->text(), QStringLiteral("2026-12-01"));
        QCOMPARE(day->toolTip(), Dates::day(QDate(2026, 12, 1)));
        for (int month = 1; month <= 12; ++month) {
            const QDate date(2027, month, 3);
            day->setDate(date);
            QCOMPARE(day->text(), date.toString(Qt::ISODate));
            QCOMPARE(day->toolTip(), Dates::day(date));
            QCOMPARE(day->accessibleDescription(), day->toolTip());
        }
        // Typed digit by digit, as a consultant does.
        day->setFocus();
        day->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(day.get(), QStringLiteral("20270215"));
        QCOMPARE(day->date(), QDate(2027, 2, 15));
        QCOMPARE(day->toolTip(), Dates::day(QDate(2027, 2, 15)));

        const QDateTime at(QDate(2026, 12, 1), QTime(21, 57), Qt::LocalTime);
        std::unique_ptr<QDateTimeEdit> moment(
            DateFields::moment(QStringLiteral("m"), QStringLiteral("Moment"), at));
        QCOMPARE(moment->text(), QStringLiteral("2026-12-01 21:57"));
        QCOMPARE(moment->toolTip(), Dates::moment(at));
        moment->setDateTime(at.addDays(40).addSecs(-3600));
        QCOMPARE(moment->text(), QStringLiteral("2027-01-10 20:57"));
        QCOMPARE(moment->toolTip(), Dates::moment(at.addDays(40).addSecs(-3600)));
        QCOMPARE(moment->accessibleDescription(), moment->toolTip());
    }
};

QTEST_MAIN(TestTimes)
#include "tst_times.moc"
