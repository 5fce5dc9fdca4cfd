#include "models/ContrastColors.h"

#include <QGuiApplication>

#include <cmath>

namespace ContactDesk::ContrastColors {

namespace {

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) +
           0.0722 * channel(rgb.blue());
}

} // namespace

QPalette applicationPalette()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette();
    return QPalette();
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.2;
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor text(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x00, 0x20);
    case Tone::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Conflict:
        return dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x6e, 0x40, 0xc9);
    case Tone::Muted: {
        // Halfway between text and background still reads (about 4.5:1).
        const QColor fg = palette.color(QPalette::Text);
        const QColor bg = palette.color(QPalette::Base);
        return dark ? QColor((fg.red() * 2 + bg.red()) / 3, (fg.green() * 2 + bg.green()) / 3,
                             (fg.blue() * 2 + bg.blue()) / 3)
                    : QColor(0x59, 0x63, 0x6e);
    }
    }
    return palette.color(QPalette::Text);
}

QColor textOn(const QColor &background)
{
    return contrast(background, Qt::black) >= contrast(background, Qt::white) ? QColor(Qt::black)
                                                                              : QColor(Qt::white);
}

QColor errorBannerText()
{
    return QColor(Qt::white);
}

QColor errorBannerBackground()
{
    return QColor(0xb0, 0x00, 0x20);
}

QColor tagWithoutColor()
{
    return QColor(0x60, 0x7d, 0x8b);
}

} // namespace ContactDesk::ContrastColors
