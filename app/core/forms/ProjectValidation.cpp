#include "forms/ProjectValidation.h"

#include "api/Types.h"
#include "forms/CountryList.h"

#include <QSet>

namespace fjord {

namespace {

bool isLowerAsciiLetter(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isAsciiLetter(QChar c)
{
    return isLowerAsciiLetter(c) || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A character shown in a message: visible even when it is a space.
QString quoted(QChar c)
{
    if (c == u' ')
        return ProjectValidation::tr("a space");
    return u'\u201c' + QString(c) + u'\u201d';
}

bool isValidDomain(QStringView domain)
{
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            // Internationalised domains are accepted in their Unicode form.
            if (!(isAsciiLetter(c) || isAsciiDigit(c) || c == u'-' || c.unicode() > 0x7f))
                return false;
        }
    }
    const QStringView topLevel = labels.constLast();
    return topLevel.size() >= 2 && !isAsciiDigit(topLevel.front());
}

} // namespace

QString ProjectValidation::projectNameHint()
{
    return tr("3 to 63 characters: lowercase letters, digits and hyphens, starting with a letter.");
}

QString ProjectValidation::projectNameError(const QString& name, const QStringList& existingNames)
{
    if (name.isEmpty())
        return tr("Enter a name for the project.");
    if (!isLowerAsciiLetter(name.front())) {
        if (name.front().isUpper())
            return tr("Use lowercase letters only.");
        return tr("Start the name with a letter (a to z).");
    }
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (isLowerAsciiLetter(c) || isAsciiDigit(c) || c == u'-')
            continue;
        if (c >= u'A' && c <= u'Z')
            return tr("Use lowercase letters only.");
        if (c == u'_')
            return tr("Underscores are not allowed: use a hyphen instead.");
        return tr("%1 is not allowed: use lowercase letters, digits and hyphens.").arg(quoted(c));
    }
    if (name.size() < minNameLength)
        return tr("Use at least %1 characters.").arg(minNameLength);
    if (name.size() > maxNameLength)
        return tr("Use at most %1 characters (this name has %2).")
            .arg(maxNameLength)
            .arg(name.size());
    if (existingNames.contains(name))
        return tr("You already have a project with this name.");
    return {};
}

QString ProjectValidation::emailError(const QString& email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter an email address.");
    if (trimmed.size() > maxEmailLength)
        return tr("An email address can have at most %1 characters.").arg(maxEmailLength);
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return tr("An email address cannot contain spaces.");
    }
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at < 0)
        return tr("An email address needs an @, as in name@example.com.");
    const QStringView local = QStringView(trimmed).left(at);
    const QStringView domain = QStringView(trimmed).mid(at + 1);
    if (local.isEmpty())
        return tr("Add the part before the @.");
    if (local.contains(u'@'))
        return tr("An email address can have only one @.");
    if (local.size() > 64)
        return tr("The part before the @ can have at most 64 characters.");
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return tr(
            "The part before the @ cannot start or end with a dot, or have two dots in a row.");
    if (domain.isEmpty())
        return tr("Add the domain after the @, as in name@example.com.");
    if (!isValidDomain(domain))
        return tr("\u201c%1\u201d is not a valid domain.").arg(domain.toString());
    return {};
}

QString ProjectValidation::normalizedEmail(const QString& email)
{
    const QString trimmed = email.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at < 0)
        return trimmed;
    return trimmed.left(at + 1) + trimmed.mid(at + 1).toLower();
}

QString ProjectValidation::emailListError(const QStringList& emails)
{
    if (emails.size() > maxEmails)
        return tr("At most %1 addresses are allowed.").arg(maxEmails);
    QSet<QString> seen;
    for (const QString& email : emails) {
        const QString error = emailError(email);
        if (!error.isEmpty())
            return tr("%1: %2").arg(email.trimmed(), error);
        const QString key = normalizedEmail(email).toLower();
        if (seen.contains(key))
            return tr("%1 is listed twice.").arg(email.trimmed());
        seen.insert(key);
    }
    return {};
}

QString ProjectValidation::tagKeyError(const QString& fullKey)
{
    // Billing tags (printed on invoices) carry the prefix; the key rules apply after it.
    const QStringView key = QStringView(fullKey).startsWith(billingTagPrefix)
                                ? QStringView(fullKey).mid(billingTagPrefix.size())
                                : QStringView(fullKey);
    if (key.isEmpty())
        return fullKey.isEmpty() ? tr("Enter a tag key.") : tr("Add the key after “billing:”.");
    if (key.size() > maxTagKeyLength)
        return tr("A tag key can have at most %1 characters.").arg(maxTagKeyLength);
    if (!isAsciiLetter(key.front()))
        return tr("A tag key must start with a letter.");
    for (const QChar c : key) {
        if (!(isAsciiLetter(c) || isAsciiDigit(c) || c == u'_' || c == u'-'))
            return tr("%1 is not allowed in a tag key: use letters, digits, _ and - (billing "
                      "tags start with “billing:”).")
                .arg(quoted(c));
    }
    return {};
}

QString ProjectValidation::tagValueError(const QString& value)
{
    // The limit counts characters, not UTF-16 units: an emoji is one character.
    if (value.toUcs4().size() > maxTagValueLength)
        return tr("A tag value can have at most %1 characters.").arg(maxTagValueLength);
    return {};
}

QString ProjectValidation::tagListError(const QList<QPair<QString, QString>>& rows, int* badRow,
                                        const QMap<QString, QString>& given)
{
    if (badRow)
        *badRow = -1;
    QSet<QString> keys;
    for (int row = 0; row < rows.size(); ++row) {
        const auto& [key, value] = rows.at(row);
        const auto original = given.constFind(key);
        const bool untouched = original != given.cend() && *original == value;
        QString error;
        if (!untouched) {
            error = tagKeyError(key);
            if (error.isEmpty())
                error = tagValueError(value);
        }
        if (error.isEmpty() && keys.contains(key))
            error = tr("The key \u201c%1\u201d is used twice.").arg(key);
        if (!error.isEmpty()) {
            if (badRow)
                *badRow = row;
            return error;
        }
        keys.insert(key);
    }
    // A project the API gave more tags may keep them; it may not grow further.
    if (rows.size() > maxTags && rows.size() > given.size())
        return tr("A project can have at most %1 tags.").arg(maxTags);
    return {};
}

QString ProjectValidation::countryCodeError(const QString& code)
{
    if (code.isEmpty())
        return {};
    if (!CountryList::isKnownCode(code))
        return tr("\u201c%1\u201d is not a known two-letter country code.").arg(code);
    return {};
}

QString ProjectValidation::currencyError(const QString& currency)
{
    if (currency.isEmpty() || billingCurrencies().contains(currency))
        return {};
    return tr("%1 is not a billing currency Aiven accepts.").arg(currency);
}

} // namespace fjord
