#include "RequestRules.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fjord::sandbox {

namespace {

// ---- building the table ------------------------------------------------------------------

FieldRule text(QLatin1StringView name, int maxLength, QLatin1StringView beyond = {})
{
    FieldRule rule;
    rule.name = name;
    rule.maxLength = maxLength;
    rule.beyondDocument = beyond;
    return rule;
}

FieldRule flag(QLatin1StringView name)
{
    FieldRule rule;
    rule.name = name;
    rule.kind = FieldKind::Boolean;
    return rule;
}

FieldRule emails(QLatin1StringView name)
{
    FieldRule rule;
    rule.name = name;
    rule.kind = FieldKind::Emails;
    rule.maxItems = 10;
    rule.maxLength = 319;
    rule.beyondDocument = "each address must look like one (the document gives only a length)"_L1;
    return rule;
}

FieldRule required(FieldRule rule)
{
    rule.required = true;
    return rule;
}

const QStringList& currencies()
{
    static const QStringList list{u"AUD"_s, u"CAD"_s, u"CHF"_s, u"DKK"_s, u"EUR"_s, u"GBP"_s,
                                  u"JPY"_s, u"NOK"_s, u"NZD"_s, u"SEK"_s, u"SGD"_s, u"USD"_s};
    return list;
}

// The fields ProjectCreateRequestBody and ProjectUpdateRequestBody share.
QList<FieldRule> projectFields()
{
    FieldRule addressLines;
    addressLines.name = "address_lines"_L1;
    addressLines.kind = FieldKind::StringList;
    addressLines.maxItems = 16;
    addressLines.maxLength = 1000;
    addressLines.beyondDocument =
        "the document gives a line no length; 1000 like billing_address, the same address "
        "in one string"_L1;

    FieldRule currency = text("billing_currency"_L1, -1);
    currency.allowed = currencies();

    FieldRule billingGroup = text("billing_group_id"_L1, 36);
    billingGroup.minLength = 36;

    // avn (Aiven's own client) sends "cloud": null when no cloud is given, and the real API
    // takes it; the document types the field as a plain string.
    FieldRule cloud = text("cloud"_L1, 256, "null is taken, as avn sends it"_L1);
    cloud.nullable = true;

    FieldRule tags;
    tags.name = "tags"_L1;
    tags.kind = FieldKind::Tags;
    tags.beyondDocument = "Aiven's docs: keys [A-Za-z0-9_-] starting with a letter, at most 64 "
                          "characters after an optional 'billing:'; string values of at most 64 "
                          "characters; at most 10 tags"_L1;

    return {
        text("account_id"_L1, 36),
        flag("add_account_owners_admin_access"_L1),
        addressLines,
        text("billing_address"_L1, 1000),
        currency,
        emails("billing_emails"_L1),
        text("billing_extra_text"_L1, 1000),
        billingGroup,
        text("card_id"_L1, 64),
        text("city"_L1, 512),
        cloud,
        text("company"_L1, 128),
        text("country_code"_L1, 2, "a known ISO 3166-1 code (or empty)"_L1),
        text("state"_L1, 128),
        tags,
        emails("tech_emails"_L1),
        text("vat_id"_L1, 64),
        text("zip_code"_L1, 32),
    };
}

QList<BodyRules> buildRules()
{
    const QLatin1StringView projectName =
        "Aiven's docs: a letter first, then lowercase letters, digits and dashes; at least 3"_L1;

    BodyRules create{"POST"_L1, "/project"_L1, "ProjectCreateRequestBody"_L1, projectFields()};
    FieldRule basePort;
    basePort.name = "base_port"_L1;
    basePort.kind = FieldKind::Integer;
    basePort.minimum = 10000;
    basePort.maximum = 29000;
    create.fields += {
        text("copy_from_project"_L1, 63),
        flag("copy_tags"_L1),
        required(text("project"_L1, 63, projectName)),
        flag("use_source_project_billing_group"_L1),
        basePort,
    };

    BodyRules update{"PUT"_L1, "/project/{project}"_L1, "ProjectUpdateRequestBody"_L1,
                     projectFields()};
    update.fields.append(text("project_name"_L1, 63, projectName));

    BodyRules login{"POST"_L1,
                    "/userauth"_L1,
                    "UserAuthRequestBody"_L1,
                    {
                        required(text("email"_L1, 319)),
                        required(text("password"_L1, 256)),
                        text("otp"_L1, 6),
                        // avn sends the tenant with --tenant; the 2025 document lists no such
                        // field.
                        text("tenant"_L1, 64, "not in the document; avn sends it"_L1),
                    }};

    FieldRule memberType = text("member_type"_L1, -1);
    memberType.allowed = memberTypes();
    FieldRule invitedEmail =
        required(text("user_email"_L1, 319, "must look like an email address"_L1));
    BodyRules invite{"POST"_L1,
                     "/project/{project}/invite"_L1,
                     "ProjectInviteRequestBody"_L1,
                     {memberType, invitedEmail}};
    BodyRules memberUpdate{"PUT"_L1,
                           "/project/{project}/user/{user_email}"_L1,
                           "ProjectUserUpdateRequestBody"_L1,
                           {required(memberType)}};

    FieldRule tagChanges;
    tagChanges.name = "tags"_L1;
    tagChanges.kind = FieldKind::Tags;
    tagChanges.required = true;
    tagChanges.nullRemovesTag = true;
    tagChanges.beyondDocument =
        "the tag rules of PUT /project/{project}; a null value removes that tag, and at most "
        "10 tags may remain after merging"_L1;
    BodyRules tagsPatch{
        "PATCH"_L1, "/project/{project}/tags"_L1, "ProjectTagsUpdateRequestBody"_L1, {tagChanges}};

    return {create, update, login, invite, memberUpdate, tagsPatch};
}

// ---- value rules -------------------------------------------------------------------------

// Anchored at the very start and end of the text (\A...\z): with "^...$" a trailing newline
// would pass ("abc\n" as a name).
QRegularExpression anchored(const QString& pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

BodyProblem invalid(QLatin1StringView field, const QString& problem)
{
    return {400, u"Invalid input for %1: %2"_s.arg(field, problem)};
}

std::optional<BodyProblem> checkEmails(const FieldRule& rule, const QJsonValue& value,
                                       QJsonArray* normalised)
{
    const QString shape = u"expected an array of objects like {\"email\": \"name@example.com\"}"_s;
    if (!value.isArray())
        return invalid(rule.name, shape % u", got "_s % typeName(value));
    const QJsonArray items = value.toArray();
    if (items.size() > rule.maxItems)
        return invalid(
            rule.name,
            u"at most %1 addresses are allowed, got %2"_s.arg(rule.maxItems).arg(items.size()));
    QStringList list;
    for (const QJsonValue& item : items) {
        const QJsonValue email = item.toObject().value("email"_L1);
        if (!item.isObject() || !email.isString())
            return invalid(rule.name, shape % u", got an item that is "_s % typeName(item));
        QString address = email.toString();
        if (address.size() > rule.maxLength)
            return invalid(rule.name,
                           u"an address is longer than %1 characters"_s.arg(rule.maxLength));
        if (!isEmailAddress(address))
            return invalid(rule.name, u"'%1' is not a valid email address"_s.arg(address.left(80)));
        // Aiven lowercases the domain, drops duplicates and sorts.
        const qsizetype at = address.lastIndexOf(u'@');
        address = address.left(at + 1) + address.mid(at + 1).toLower();
        if (!list.contains(address))
            list.append(address);
    }
    list.sort();
    QJsonArray out;
    for (const QString& address : std::as_const(list))
        out.append(QJsonObject{{u"email"_s, address}});
    *normalised = out;
    return std::nullopt;
}

std::optional<BodyProblem> checkTags(const FieldRule& rule, const QJsonValue& value)
{
    if (!value.isObject())
        return invalid(rule.name, u"expected an object of string values, got "_s % typeName(value));
    const QJsonObject tags = value.toObject();
    if (!rule.nullRemovesTag && tags.size() > 10)
        return invalid(rule.name, u"at most 10 tags are allowed, got %1"_s.arg(tags.size()));
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        if (!isTagKey(it.key()))
            return invalid(rule.name,
                           u"tag key '%1' must start with a letter, use only letters, digits, '_' "
                           "and '-', and be at most 64 characters (after an optional "
                           "'billing:')"_s.arg(it.key().left(80)));
        if (it.value().isNull() && rule.nullRemovesTag)
            continue;
        if (!it.value().isString())
            return invalid(rule.name, u"tag '%1' must have a string value, got %2"_s.arg(
                                          it.key().left(80), typeName(*it)));
        if (it.value().toString().size() > 64)
            return invalid(rule.name, u"the value of tag '%1' is longer than 64 characters"_s.arg(
                                          it.key().left(80)));
    }
    return std::nullopt;
}

std::optional<BodyProblem> checkField(const FieldRule& rule, const QJsonValue& value,
                                      QHash<QString, QJsonArray>* normalisedEmails)
{
    if (value.isNull() && rule.nullable)
        return std::nullopt;
    switch (rule.kind) {
    case FieldKind::String: {
        if (!value.isString())
            return invalid(rule.name, u"expected a string, got "_s % typeName(value));
        const QString text = value.toString();
        if (rule.maxLength >= 0 && text.size() > rule.maxLength)
            return invalid(rule.name, u"longer than %1 characters"_s.arg(rule.maxLength));
        if (rule.minLength >= 0 && text.size() < rule.minLength)
            return invalid(rule.name, rule.minLength == rule.maxLength
                                          ? u"must be exactly %1 characters"_s.arg(rule.minLength)
                                          : u"shorter than %1 characters"_s.arg(rule.minLength));
        if (!rule.allowed.isEmpty() && !rule.allowed.contains(text))
            return invalid(rule.name, u"'%1' is not one of %2"_s.arg(text.left(20),
                                                                     rule.allowed.join(u", "_s)));
        return std::nullopt;
    }
    case FieldKind::Boolean:
        if (!value.isBool())
            return invalid(rule.name, u"expected a boolean, got "_s % typeName(value));
        return std::nullopt;
    case FieldKind::Integer: {
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            return invalid(rule.name, u"expected an integer, got "_s % typeName(value));
        const qint64 number = value.toInteger();
        if (rule.maximum >= rule.minimum && (number < rule.minimum || number > rule.maximum))
            return invalid(rule.name,
                           u"must be between %1 and %2"_s.arg(rule.minimum).arg(rule.maximum));
        return std::nullopt;
    }
    case FieldKind::Tags:
        return checkTags(rule, value);
    case FieldKind::Emails: {
        QJsonArray normalised;
        if (auto problem = checkEmails(rule, value, &normalised))
            return problem;
        if (normalisedEmails)
            normalisedEmails->insert(rule.name, normalised);
        return std::nullopt;
    }
    case FieldKind::StringList: {
        if (!value.isArray())
            return invalid(rule.name, u"expected an array of strings, got "_s % typeName(value));
        const QJsonArray items = value.toArray();
        if (items.size() > rule.maxItems)
            return invalid(rule.name, u"at most %1 lines are allowed"_s.arg(rule.maxItems));
        for (const QJsonValue& item : items) {
            if (!item.isString())
                return invalid(rule.name, u"expected an array of strings, got an item that is "_s %
                                              typeName(item));
            if (item.toString().size() > rule.maxLength)
                return invalid(rule.name,
                               u"a line is longer than %1 characters"_s.arg(rule.maxLength));
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace

const QList<BodyRules>& requestBodyRules()
{
    static const QList<BodyRules> rules = buildRules();
    return rules;
}

const BodyRules& rulesFor(QLatin1StringView method, QLatin1StringView path)
{
    const QList<BodyRules>& all = requestBodyRules();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const BodyRules& rules) {
        return rules.method == method && rules.path == path;
    });
    Q_ASSERT(it != all.cend());
    return *it;
}

bool isProjectName(const QString& name)
{
    static const QRegularExpression pattern = anchored(u"[a-z][a-z0-9-]{2,62}"_s);
    return pattern.match(name).hasMatch();
}

bool isTagKey(const QString& key)
{
    static const QRegularExpression pattern = anchored(u"(billing:)?[A-Za-z][A-Za-z0-9_-]{0,63}"_s);
    return pattern.match(key).hasMatch();
}

bool isEmailAddress(const QString& email)
{
    static const QRegularExpression pattern = anchored(u"[^@\\s]+@[^@\\s]+\\.[^@\\s]+"_s);
    return pattern.match(email).hasMatch();
}

const QStringList& memberTypes()
{
    static const QStringList list{
        u"admin"_s,
        u"developer"_s,
        u"operator"_s,
        u"organization:app_users:write"_s,
        u"organization:audit_logs:read"_s,
        u"organization:billing:read"_s,
        u"organization:billing:write"_s,
        u"organization:domains:write"_s,
        u"organization:groups:write"_s,
        u"organization:idps:write"_s,
        u"organization:networking:read"_s,
        u"organization:networking:write"_s,
        u"organization:projects:write"_s,
        u"organization:users:write"_s,
        u"project:audit_logs:read"_s,
        u"project:integrations:read"_s,
        u"project:integrations:write"_s,
        u"project:networking:read"_s,
        u"project:networking:write"_s,
        u"project:permissions:read"_s,
        u"project:services:read"_s,
        u"project:services:write"_s,
        u"read_only"_s,
        u"role:organization:admin"_s,
        u"role:services:maintenance"_s,
        u"role:services:recover"_s,
        u"service:configuration:write"_s,
        u"service:data:write"_s,
        u"service:logs:read"_s,
        u"service:secrets:read"_s,
        u"service:users:write"_s,
    };
    return list;
}

std::optional<BodyProblem> checkBody(const QJsonObject& body, const BodyRules& rules,
                                     QHash<QString, QJsonArray>* normalisedEmails)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const auto rule = std::find_if(rules.fields.cbegin(), rules.fields.cend(),
                                       [&](const FieldRule& r) { return r.name == it.key(); });
        if (rule == rules.fields.cend())
            return BodyProblem{400,
                               u"Invalid input: unexpected field '%1'"_s.arg(it.key().left(80))};
        if (auto problem = checkField(*rule, it.value(), normalisedEmails))
            return problem;
    }
    for (const FieldRule& rule : rules.fields) {
        if (rule.required && !body.contains(rule.name))
            return invalid(rule.name, u"this field is required"_s);
    }

    // Value rules beyond the type (see each rule's beyondDocument).
    for (const auto name : {"project"_L1, "project_name"_L1}) {
        if (body.contains(name) && !isProjectName(body.value(name).toString()))
            return invalid(name, u"'%1' must be 3 to 63 characters of lowercase letters, digits "
                                 "and hyphens, starting with a letter"_s.arg(
                                     body.value(name).toString().left(80)));
    }
    if (rules.path == "/project/{project}/invite"_L1 &&
        !isEmailAddress(body.value("user_email"_L1).toString()))
        return invalid("user_email"_L1, u"'%1' is not a valid email address"_s.arg(
                                            body.value("user_email"_L1).toString().left(80)));
    if (body.contains("country_code"_L1)) {
        const QString code = body.value("country_code"_L1).toString();
        const bool known = code.size() == 2 && code == code.toUpper() &&
                           QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
        if (!code.isEmpty() && !known)
            return invalid("country_code"_L1,
                           u"'%1' is not an ISO 3166-1 alpha-2 country code"_s.arg(code.left(20)));
    }
    return std::nullopt;
}

} // namespace fjord::sandbox
