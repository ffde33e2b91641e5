#include "CountryComboBox.h"

#include "forms/CountryList.h"

namespace fjord {

CountryComboBox::CountryComboBox(QWidget* parent)
    : SearchableComboBox(parent)
{
    addItem(tr("(No country)"), QString());
    for (const CountryList::Country& country : CountryList::countries())
        addItem(tr("%1 (%2)").arg(country.name, country.code), country.code);
}

CountryComboBox::~CountryComboBox() = default;

void CountryComboBox::setCountryCode(const QString& code)
{
    if (setCurrentValue(code))
        return;
    addItem(tr("Unknown country (%1)").arg(code), code);
    setCurrentIndex(count() - 1);
}

} // namespace fjord
