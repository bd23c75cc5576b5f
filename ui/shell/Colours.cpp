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

QColor quietText(const QPalette& palette, QPalette::ColorRole background)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(background);
    // Halfway at most, and never below 4.5:1: a step back at a time from the background.
    for (int percent = 50; percent > 0; percent -= 5) {
        const auto mix = [&](int a, int b) { return (a * (100 - percent) + b * percent) / 100; };
        const QColor quiet(mix(text.red(), base.red()), mix(text.green(), base.green()),
                           mix(text.blue(), base.blue()));
        if (contrast(quiet, base) >= 4.5)
            return quiet;
    }
    return text;
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace fortrolig::Colours
