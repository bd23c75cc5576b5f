#pragma once

#include "app/core/Translations.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QTest>
#include <QTranslator>

namespace fortrolig::test {

// The language, palette and font of one run; put back as they were afterwards.
class Look
{
public:
    Look(const QString& language, bool dark)
        : m_palette(QApplication::palette()), m_font(QApplication::font())
    {
        qputenv("FORTROLIG_LANG", language.toLatin1());
        installTranslations(*qApp);
        if (dark) {
            // As a dark desktop theme brings it: dark colours and a slightly larger font.
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x24, 0x24, 0x24));
            p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
            p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            p.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
            p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
            p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
            p.setColor(QPalette::HighlightedText, Qt::white);
            QApplication::setPalette(p);
            QFont f = m_font; // Qt's Sans 9 here; GTK's Adwaita-dark brings Sans 10
            f.setPointSizeF(m_font.pointSizeF() + 1);
            QApplication::setFont(f);
        }
    }
    ~Look()
    {
        QApplication::setPalette(m_palette);
        QApplication::setFont(m_font);
        qDeleteAll(qApp->findChildren<QTranslator*>()); // a deleted translator is uninstalled
        qputenv("FORTROLIG_LANG", "en");
    }

private:
    QPalette m_palette;
    QFont m_font;
};

// The four looks a layout test runs in, as data rows "da", "en", "da-dark" and "en-dark"
// with the columns `language` and `dark`.
inline void addLooks()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    for (const bool dark : {false, true})
        for (const char* language : {"da", "en"})
            QTest::newRow(
                qPrintable(QString::fromLatin1(language) + QLatin1String(dark ? "-dark" : "")))
                << QString::fromLatin1(language) << dark;
}

} // namespace fortrolig::test
