#pragma once

#include <QString>
#include <QVector>

namespace fjord {

// Countries and territories with their ISO 3166-1 alpha-2 codes, from QLocale's tables, for
// the billing country picker. Regions such as "Europe" or "World" are left out.
class CountryList
{
public:
    struct Country
    {
        QString code; // "FI"
        QString name; // "Finland" (English, as the API stores it)
    };

    // Sorted by name, case-insensitively.
    static const QVector<Country>& countries();
    static bool isKnownCode(const QString& code);
    // The name for a code, or an empty string when the code is unknown.
    static QString nameForCode(const QString& code);
};

} // namespace fjord
