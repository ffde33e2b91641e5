#include "FormStyle.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPointer>
#include <QStyle>
#include <QWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fjord::FormStyle {

namespace {

// The hues the colours start from: GNOME's error red and a dark amber. On a light window
// both are readable as they are.
const QColor kPreferredError(0xc0, 0x1c, 0x28);
const QColor kPreferredWarning(0x9a, 0x67, 0x00);

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QColor windowColor(const QWidget* widget)
{
    return (widget ? widget->palette() : QApplication::palette()).color(QPalette::Window);
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableColor(const QColor& preferred, const QColor& background, double minimum)
{
    if (contrastRatio(preferred, background) >= minimum)
        return preferred;
    // Towards white or black, whichever the background contrasts with more: at the end of
    // that way lies a colour with at least 4.58:1 against any background.
    const bool lighten =
        contrastRatio(Qt::white, background) > contrastRatio(Qt::black, background);
    const QColor hsl = preferred.toHsl();
    const float hue = std::max(0.0f, hsl.hslHueF()); // -1 for greys
    const float saturation = hsl.hslSaturationF();
    // Luminance grows with HSL lightness at a fixed hue and saturation: search for the
    // smallest change of lightness that is enough.
    float enough = lighten ? 1.0f : 0.0f;
    float notEnough = hsl.lightnessF();
    for (int i = 0; i < 24; ++i) {
        const float middle = (enough + notEnough) / 2;
        if (contrastRatio(QColor::fromHslF(hue, saturation, middle), background) >= minimum)
            enough = middle;
        else
            notEnough = middle;
    }
    const QColor result = QColor::fromHslF(hue, saturation, enough).toRgb();
    if (contrastRatio(result, background) >= minimum)
        return result;
    return lighten ? QColor(Qt::white) : QColor(Qt::black);
}

QColor errorColor(const QColor& background)
{
    return readableColor(kPreferredError, background);
}

QColor warningColor(const QColor& background)
{
    return readableColor(kPreferredWarning, background);
}

QColor errorColor(const QWidget* widget)
{
    return errorColor(windowColor(widget));
}

QColor warningColor(const QWidget* widget)
{
    return warningColor(windowColor(widget));
}

QPalette errorBannerPalette(const QPalette& palette)
{
    QPalette banner = palette;
    const QColor window = palette.color(QPalette::Window);
    const QColor red = errorColor(window);
    // A light wash of the error colour over the window: pink on light themes, a dark
    // maroon on dark ones.
    const float share = 0.14f;
    const auto mix = [share](float from, float to) { return from + (to - from) * share; };
    const QColor tint =
        QColor::fromRgbF(mix(window.redF(), red.redF()), mix(window.greenF(), red.greenF()),
                         mix(window.blueF(), red.blueF()));
    banner.setColor(QPalette::Window, tint);
    banner.setColor(QPalette::WindowText, errorColor(tint));
    return banner;
}

QString errorTextStyleSheet(const QWidget* widget)
{
    return u"color: %1;"_s.arg(errorColor(widget).name());
}

QString hintTextStyleSheet()
{
    return u"color: palette(placeholder-text);"_s;
}

void announce(QLabel* label, const QString& text, bool alert)
{
    const bool changed = label->accessibleName() != text;
    label->setAccessibleName(text);
    if (alert && changed && !text.isEmpty() && QAccessible::isActive()) {
        QAccessibleEvent event(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void setErrorText(QLabel* label, const QString& text)
{
    if (!label)
        return;
    label->setText(text);
    label->setStyleSheet(errorTextStyleSheet(label));
    label->setVisible(!text.isEmpty());
    announce(label, text, true);
    const auto field = label->property("fjordErrorFor").value<QPointer<QWidget>>();
    if (field)
        field->setAccessibleDescription(text);
}

void setHintText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setStyleSheet(hintTextStyleSheet());
    label->setVisible(!text.isEmpty());
    announce(label, text, false);
    const auto field = label->property("fjordErrorFor").value<QPointer<QWidget>>();
    if (field)
        field->setAccessibleDescription({});
}

void pairErrorLabel(QLabel* label, QWidget* field)
{
    label->setProperty("fjordErrorFor", QVariant::fromValue(QPointer<QWidget>(field)));
}

void setFieldInvalid(QWidget* field, bool invalid)
{
    // Only line edits get the frame: style sheets on combo boxes and lists lose the
    // platform look, and their error label is enough.
    auto* edit = qobject_cast<QLineEdit*>(field);
    if (!edit || edit->property("fjordInvalid").toBool() == invalid)
        return;
    edit->setProperty("fjordInvalid", invalid);
    edit->setStyleSheet(invalid ? u"QLineEdit { border: 1px solid %1; border-radius: 3px;"
                                  u" padding: 2px 3px; }"_s.arg(errorColor(edit).name())
                                : QString());
}

} // namespace fjord::FormStyle
