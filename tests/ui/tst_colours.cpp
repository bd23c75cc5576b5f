// What stands out on screen reads in light and dark themes: warnings and notices take their
// colours from the palette, and no widget code hard-codes a colour.
#include "shell/Colours.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QWidget>
#include <memory>

using namespace fortrolig;

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::ToolTipBase, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::ToolTipText, QColor(0xf5, 0xf5, 0xf5));
    return p;
}
} // namespace

class TestColours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void warningsAndNoticesReadInEveryTheme_data()
    {
        QTest::addColumn<QPalette>("palette");
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QTest::newRow("fusion light") << fusion->standardPalette();
        QTest::newRow("dark") << darkPalette();
        QPalette white;
        white.setColor(QPalette::Window, Qt::white);
        QTest::newRow("white") << white;
        QPalette black = darkPalette();
        black.setColor(QPalette::Window, Qt::black);
        QTest::newRow("black") << black;
    }
    void warningsAndNoticesReadInEveryTheme()
    {
        QFETCH(QPalette, palette);
        const QColor warning = Colours::warningText(palette);
        QVERIFY2(Colours::contrast(warning, palette.color(QPalette::Window)) >= 4.5,
                 qPrintable(warning.name() + QStringLiteral(" on ") +
                            palette.color(QPalette::Window).name()));
        QVERIFY(warning.red() > warning.green() && warning.red() > warning.blue()); // red
        QWidget banner;
        banner.setPalette(palette);
        Colours::makeNotice(&banner);
        QVERIFY(banner.autoFillBackground());
        QCOMPARE(banner.palette().color(QPalette::Window), palette.color(QPalette::ToolTipBase));
        QVERIFY(Colours::contrast(banner.palette().color(QPalette::WindowText),
                                  banner.palette().color(QPalette::Window)) >= 4.5);
    }

    // Colours come from the palette: a literal colour in widget code looks wrong in one of
    // the themes. (Paper is the exception and lives in app/receipt, always black on white.)
    void noWidgetHardCodesAColour()
    {
        const QRegularExpression literal(
            QStringLiteral("QColor\\s*\\(\\s*(0x|\\d|\")|Qt::(red|green|blue|yellow|black|white|"
                           "gray|darkRed|darkGray|lightGray)\\b|#[0-9a-fA-F]{6}\\b"));
        QStringList found;
        QDirIterator it(QStringLiteral(FORTROLIG_SOURCE_DIR "/ui"),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QStringLiteral("shell/Colours.cpp")))
                continue;
            ++files;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(f.readLine());
                if (!text.trimmed().startsWith(QStringLiteral("//")) &&
                    literal.match(text).hasMatch())
                    found << path.mid(path.indexOf(QStringLiteral("/ui/")) + 1) + QLatin1Char(':') +
                                 QString::number(line);
            }
        }
        QVERIFY(files > 20);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestColours)
#include "tst_colours.moc"
