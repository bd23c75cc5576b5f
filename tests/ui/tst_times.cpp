// The window shows a record's moment in this computer's zone and the locale's clock, in one
// place (shell/Times), for both languages.
#include "app/core/StoredTime.h"
#include "shell/Times.h"

#include <QLocale>
#include <QTest>

using namespace fortrolig;

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
    void shownInLocalTimeAndTheLocalesClock_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("minute");
        QTest::addColumn<QString>("day");
        // Written in UTC on another computer: shown in Copenhagen's summer and winter time.
        QTest::newRow("da summer") << "da_DK"
                                   << "2026-07-01T08:05:00.000+00:00"
                                   << "2026-07-01 10.05"
                                   << "2026-07-01";
        QTest::newRow("da new year") << "da_DK"
                                     << "2026-12-31T23:30:00.000+00:00"
                                     << "2027-01-01 00.30"
                                     << "2027-01-01";
        QTest::newRow("en_GB") << "en_GB"
                               << "2026-03-02T10:00:00.000+01:00"
                               << "2026-03-02 10:00"
                               << "2026-03-02";
        QTest::newRow("en_US") << "en_US"
                               << "2026-03-02T14:07:00+01:00"
                               << "2026-03-02 2:07 PM"
                               << "2026-03-02";
        // Not a time in the journal: not known, shown as nothing (never as the raw text).
        QTest::newRow("not a time") << "da_DK"
                                    << "soon"
                                    << ""
                                    << "";
    }
    void shownInLocalTimeAndTheLocalesClock()
    {
        QFETCH(QString, locale);
        QFETCH(QString, stored);
        QFETCH(QString, minute);
        QFETCH(QString, day);
        QLocale::setDefault(QLocale(locale));
        // CLDR versions differ in the space before "PM" (plain, no-break or narrow).
        const auto plain = [](QString t) {
            return t.replace(QChar(0x202f), QLatin1Char(' '))
                .replace(QChar(0xa0), QLatin1Char(' '));
        };
        // As the records carry it: read from the journal's text, in UTC.
        const QDateTime moment = StoredTime::from(stored);
        QVERIFY(!moment.isValid() || moment.timeSpec() == Qt::UTC);
        QCOMPARE(plain(Times::minute(moment)), plain(minute));
        QCOMPARE(Times::day(moment), day);
    }
};

QTEST_GUILESS_MAIN(TestTimes)
#include "tst_times.moc"
