#include "shell/Colours.h"

#include <QWidget>
#include <cmath>

namespace fortrolig::Colours {

namespace {
double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

void makeNotice(QWidget* widget)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    widget->setAutoFillBackground(true);
    widget->setPalette(p);
}

QColor warningText(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    // From the text colour's side of the window: darken or lighten a red until it stands
    // out enough.
    const bool dark = luminance(window) < 0.18;
    QColor red = QColor::fromHsl(0, 200, dark ? 170 : 90);
    for (int i = 0; i < 20 && contrast(red, window) < 4.5; ++i)
        red = dark ? red.lighter(110) : red.darker(115);
    return red;
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace fortrolig::Colours
