#include "SearchableComboBox.h"

#include <QCompleter>
#include <QLineEdit>

namespace fjord {

SearchableComboBox::SearchableComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &SearchableComboBox::settleTypedText);
    // Long entries should read from their start ("Europe, Finland - ..."), not their end.
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!lineEdit()->hasFocus())
            lineEdit()->setCursorPosition(0);
    });
}

SearchableComboBox::~SearchableComboBox() = default;

QString SearchableComboBox::currentValue() const
{
    return currentData().toString();
}

bool SearchableComboBox::setCurrentValue(const QString& value)
{
    const int index = findData(value);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void SearchableComboBox::focusOutEvent(QFocusEvent* event)
{
    QComboBox::focusOutEvent(event);
    settleTypedText();
}

void SearchableComboBox::settleTypedText()
{
    const QString typed = currentText();
    const int exact = findText(typed, Qt::MatchFixedString);
    if (exact >= 0) {
        if (exact != currentIndex())
            setCurrentIndex(exact);
        return;
    }
    // Unmatched text would look chosen but is not: show what is actually selected.
    setEditText(itemText(currentIndex()));
}

} // namespace fjord
