#pragma once

#include "SearchableComboBox.h"

namespace fjord {

// The billing country: every ISO 3166 country from QLocale, found by typing part of its name
// or its two-letter code. The first entry means "no country".
class CountryComboBox final : public SearchableComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryComboBox)

public:
    explicit CountryComboBox(QWidget* parent = nullptr);
    ~CountryComboBox() override;

    QString countryCode() const { return currentValue(); }
    // An unknown code is kept as its own entry so that editing never drops it silently.
    void setCountryCode(const QString& code);
};

} // namespace fjord
