#include "map/CountryLocations.h"

#include "map/CountryNames.h"

#include <QCollator>
#include <QFile>
#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

QVector<CountryLocations::Country> load(const QLocale& locale)
{
    QVector<CountryLocations::Country> result;
    QFile file(u":/map/country-centroids.csv"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("Country locations missing");
        return result;
    }
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        // alpha2,numeric,latitude,longitude,name (the name may hold commas and quotes)
        const QStringList fields = line.split(u',');
        if (fields.size() < 5)
            continue;
        QString name = fields.mid(4).join(u',');
        if (name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2).replace("\"\""_L1, "\""_L1);
        bool latOk = false;
        bool lonOk = false;
        const double latitude = fields.at(2).toDouble(&latOk);
        const double longitude = fields.at(3).toDouble(&lonOk);
        // The name in the user's language from iso-codes; Natural Earth's own (English,
        // abbreviated: "Antigua and Barb.") only where iso-codes is missing.
        const QString translated = CountryNames::name(fields.at(0), locale);
        if (latOk && lonOk)
            result.append({fields.at(0), translated.isEmpty() ? name : translated,
                           QPointF(longitude, latitude)});
    }
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), [&collator](const auto& a, const auto& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return result;
}

} // namespace

const QVector<CountryLocations::Country>& CountryLocations::countries()
{
    // Per language, so that a language chosen after start is honoured.
    static QHash<QString, QVector<Country>> lists;
    const QLocale locale;
    auto it = lists.find(locale.name());
    if (it == lists.end())
        it = lists.insert(locale.name(), load(locale));
    return it.value();
}

std::optional<CountryLocations::Country> CountryLocations::find(const QString& alpha2Code)
{
    for (const Country& country : countries()) {
        if (country.code.compare(alpha2Code, Qt::CaseInsensitive) == 0)
            return country;
    }
    return std::nullopt;
}

std::optional<CountryLocations::Country> CountryLocations::guessFromTimeZone(const QTimeZone& zone)
{
    if (!zone.isValid())
        return std::nullopt;
    const QLocale::Territory territory = zone.territory();
    if (territory == QLocale::AnyTerritory)
        return std::nullopt;
    return find(QLocale::territoryToCode(territory));
}

std::optional<CountryLocations::Country> CountryLocations::guessFromSystem()
{
    if (auto guess = guessFromTimeZone(QTimeZone::systemTimeZone()))
        return guess;
    // Time zones such as UTC have no territory; the locale often still knows the country.
    return find(QLocale::territoryToCode(QLocale::system().territory()));
}

} // namespace fjord
