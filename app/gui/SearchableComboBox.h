#pragma once

#include <QComboBox>

namespace fjord {

// A combo box whose entries can be found by typing any part of them (country names, cloud
// descriptions). Typing never adds an entry: leaving the field with text that matches no
// entry puts the current entry back. Each entry's value is its Qt::UserRole data.
// Long entries stay readable: the list opens as wide as its widest entry (as far as the screen
// allows), and the chosen entry, when it does not fit the field, ends in an ellipsis while the
// field is not being typed in.
class SearchableComboBox : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchableComboBox)

public:
    explicit SearchableComboBox(QWidget* parent = nullptr);
    ~SearchableComboBox() override;

    QString currentValue() const;
    // Selects the entry with this value; false (selection unchanged) when there is none.
    bool setCurrentValue(const QString& value);

    // The text the field shows: the whole entry, or its start and an ellipsis.
    QString displayedText() const;

    void showPopup() override;

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void settleTypedText();
};

} // namespace fjord
