#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace fjord {

// The input rules of the project dialogs (the limits the API enforces). Every check returns an
// empty string when the value is acceptable, else one sentence saying what to change.
class ProjectValidation
{
    Q_DECLARE_TR_FUNCTIONS(ProjectValidation)

public:
    static constexpr int minNameLength = 3;
    static constexpr int maxNameLength = 63;
    static constexpr int maxEmails = 10;
    static constexpr int maxEmailLength = 319;
    static constexpr int maxTags = 10;
    static constexpr int maxTagKeyLength = 64;
    static constexpr int maxTagValueLength = 64;
    static constexpr QStringView billingTagPrefix = u"billing:";

    // 3-63 characters, lowercase letters, digits and hyphens, starting with a letter.
    // A name found in existingNames is reported as taken.
    static QString projectNameError(const QString& name, const QStringList& existingNames = {});
    // The rule in one line, shown under the name field while it is valid.
    static QString projectNameHint();

    static QString emailError(const QString& email);
    // Lowercases the domain (as the server does) and trims spaces.
    static QString normalizedEmail(const QString& email);
    // Each address valid, no duplicates (after normalising), at most maxEmails.
    static QString emailListError(const QStringList& emails);

    // Aiven's tag-key rule (its tagging docs; the OpenAPI document is silent): letters, digits,
    // _ and -, starting with a letter, at most maxTagKeyLength characters, optionally after the
    // billing-tag prefix "billing:".
    static QString tagKeyError(const QString& key);
    static QString tagValueError(const QString& value);
    // A list of (key, value) rows as typed, so that duplicate keys can be found. A row that
    // is exactly a tag of `given` (what the API returned) is the user's untouched data and
    // is not judged by the key and value rules; only the rows the user typed are.
    static QString tagListError(const QList<QPair<QString, QString>>& rows, int* badRow = nullptr,
                                const QMap<QString, QString>& given = {});

    // Empty is allowed (no country); else a known two-letter ISO 3166 code.
    static QString countryCodeError(const QString& code);
    // Empty is allowed (keep the server's default); else one of billingCurrencies().
    static QString currencyError(const QString& currency);
};

} // namespace fjord
