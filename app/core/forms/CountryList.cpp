#include "forms/CountryList.h"

#include <QLocale>

#include <algorithm>

namespace fjord {

namespace {

QVector<CountryList::Country> buildCountries()
{
    QVector<CountryList::Country> result;
    for (int value = QLocale::AnyTerritory + 1; value <= QLocale::LastTerritory; ++value) {
        const auto territory = static_cast<QLocale::Territory>(value);
        const QString code = QLocale::territoryToCode(territory);
        // Region codes are numeric (UN M.49, e.g. "150"); only alpha-2 codes are countries.
        if (code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter())
            continue;
        // Groupings that CLDR gives letter codes to but that are no billing country.
        if (code == u"EU" || code == u"EZ" || code == u"QO" || code == u"UN")
            continue;
        const bool seen = std::any_of(result.cbegin(), result.cend(),
                                      [&](const auto& country) { return country.code == code; });
        if (!seen)
            result.append({code, QLocale::territoryToString(territory)});
    }
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

} // namespace

const QVector<CountryList::Country>& CountryList::countries()
{
    static const QVector<Country> list = buildCountries();
    return list;
}

bool CountryList::isKnownCode(const QString& code)
{
    return !nameForCode(code).isEmpty();
}

QString CountryList::nameForCode(const QString& code)
{
    if (code.size() != 2)
        return {};
    const QString upper = code.toUpper();
    if (upper != code)
        return {};
    for (const Country& country : countries()) {
        if (country.code == upper)
            return country.name;
    }
    return {};
}

} // namespace fjord
