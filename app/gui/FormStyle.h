#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace fjord {

// The few looks the dialogs share, so that an error reads the same everywhere.
namespace FormStyle {

// WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);
// `preferred` when it has at least `minimum` contrast against `background`; otherwise the same
// hue made lighter (on a dark background) or darker (on a light one), just enough to reach it.
QColor readableColor(const QColor& preferred, const QColor& background, double minimum = 4.5);
// Text colours for errors (red) and warnings (amber) with a contrast of at least 4.5:1
// against `background`: readable on light and dark themes alike.
QColor errorColor(const QColor& background);
QColor warningColor(const QColor& background);
// The same against the window colour of `widget`'s palette (the application's without one).
QColor errorColor(const QWidget* widget);
QColor warningColor(const QWidget* widget);

// For a banner that reports an error: `palette` with its window tinted towards the error
// colour and its window text in the error colour, readable on that tint.
QPalette errorBannerPalette(const QPalette& palette);

// "color: ..." in the error colour for text shown on `widget`'s window background.
QString errorTextStyleSheet(const QWidget* widget);
QString hintTextStyleSheet();
// An error label under a field: red text, or hidden when the text is empty. Assistive
// technology reads the error as the label's name, in the paired field's description, and
// hears a new error once as an alert.
void setErrorText(QLabel* label, const QString& text);
// The same label showing a hint instead: muted text, the paired field's error cleared.
void setHintText(QLabel* label, const QString& text);
// Pairs an error label with the field it speaks of (see setErrorText).
void pairErrorLabel(QLabel* label, QWidget* field);
// Names a status line after the text it shows; an error is also sent as an alert.
void announce(QLabel* label, const QString& text, bool alert);
// Marks an input as holding the error (a red frame) or clears the mark.
void setFieldInvalid(QWidget* field, bool invalid);

} // namespace FormStyle

} // namespace fjord
