#pragma once

#include <QPointF>
#include <QString>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace fjord {

// Offline "where is the user": a country's centre (from the embedded Natural Earth data)
// and a first guess from the system time zone's territory. No network look-up.
class CountryLocations
{
public:
    struct Country
    {
        QString code;     // ISO 3166-1 alpha-2
        QString name;     // in the user's language (iso-codes), English when not translated
        QPointF location; // longitude, latitude
    };

    // Sorted by name in the default QLocale's language.
    static const QVector<Country>& countries();
    static std::optional<Country> find(const QString& alpha2Code);
    // The country of a time zone (Europe/Helsinki -> FI), if it has one.
    static std::optional<Country> guessFromTimeZone(const QTimeZone& zone);
    static std::optional<Country> guessFromSystem();
};

} // namespace fjord
