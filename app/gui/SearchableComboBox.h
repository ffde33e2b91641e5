#pragma once

#include <QComboBox>

namespace fjord {

// A combo box whose entries can be found by typing any part of them (country names, cloud
// descriptions). Typing never adds an entry: leaving the field with text that matches no
// entry puts the current entry back. Each entry's value is its Qt::UserRole data.
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

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void settleTypedText();
};

} // namespace fjord
