#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace fjord {

// The few looks the dialogs share, so that an error reads the same everywhere.
namespace FormStyle {

QString errorTextStyleSheet();
QString hintTextStyleSheet();
// An error label under a field: red text, or hidden when the text is empty.
void setErrorText(QLabel* label, const QString& text);
// Marks an input as holding the error (a red frame) or clears the mark.
void setFieldInvalid(QWidget* field, bool invalid);

} // namespace FormStyle

} // namespace fjord
