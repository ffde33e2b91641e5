#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace fjord {

// The few looks the dialogs share, so that an error reads the same everywhere.
namespace FormStyle {

QString errorTextStyleSheet();
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
