#pragma once

#include <QLocale>
#include <QString>

namespace fjord {

// Country names in the user's language from Debian's iso-codes: the list of ISO 3166-1
// countries (/usr/share/iso-codes/json/iso_3166-1.json) and its gettext catalogs
// (/usr/share/locale/<language>/LC_MESSAGES/iso_3166-1.mo). The short common name is used
// where iso-codes has one ("Bolivia", not "Bolivia, Plurinational State of"). Without a
// catalog for the language the English name is used; without iso-codes, nothing is found
// and callers keep their own name.
class CountryNames
{
public:
    static QString name(const QString& alpha2, const QLocale& locale = QLocale());
    // By ISO 3166-1 numeric code ("246"), as Natural Earth's data identifies countries.
    static QString nameForNumeric(const QString& numeric, const QLocale& locale = QLocale());
    static bool isAvailable();

    // Where the files are looked for (tests point this at their own copies); empty
    // restores /usr/share.
    static void setDataDirectory(const QString& directory);
};

} // namespace fjord
