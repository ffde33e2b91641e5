#include "api/JsonCodec.h"

#include "api/JsonReader.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLatin1String>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string_view>
#include <vector>

namespace fjord::json {

namespace {

using L = QLatin1String;

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// Money and other decimals arrive as strings but some servers and mocks send numbers;
// the shortest round-trip form keeps 4.11 as "4.11" instead of "4.1100000000000003".
QString numberText(const QJsonValue& value)
{
    const double d = value.toDouble();
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

// Tolerant text: strings as they are, numbers and booleans as text, anything else empty.
QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

std::optional<double> number(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d))
            return d;
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

bool boolean(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString())
        return value.toString().compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
    return false;
}

QJsonObject object(const QJsonValue& value)
{
    return value.isObject() ? value.toObject() : QJsonObject();
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    if (!value.isArray())
        return out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue& item : array) {
        if (item.isString() || item.isDouble())
            out.append(text(item));
    }
    return out;
}

// [{"email": "..."}] as the API sends it; plain strings are accepted too because older
// documentation examples use them.
QStringList emails(const QJsonValue& value)
{
    QStringList out;
    if (!value.isArray())
        return out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue& item : array) {
        QString email;
        if (item.isObject())
            email = text(item.toObject().value(L("email")));
        else if (item.isString())
            email = item.toString();
        email = email.trimmed();
        if (!email.isEmpty())
            out.append(email);
    }
    return out;
}

QJsonObject mapToJson(const QMap<QString, QString>& map)
{
    QJsonObject out;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// A required identifier must be a non-empty string: a row without a usable name is
// worse than an error because it cannot be opened, edited or deleted.
std::optional<QString> requiredName(const QJsonObject& obj, L key, QString* error)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        setError(error, QStringLiteral("Required key \"%1\" is missing.").arg(key));
        return std::nullopt;
    }
    if (!v.isString()) {
        setError(error, QStringLiteral("Key \"%1\" must be a string.").arg(key));
        return std::nullopt;
    }
    QString s = v.toString();
    if (s.isEmpty()) {
        setError(error, QStringLiteral("Key \"%1\" is empty.").arg(key));
        return std::nullopt;
    }
    return s;
}

// Keys the typed value knows; everything else goes to `extra`. Only walked when the
// object holds more keys than were matched, so the common case costs no extra pass.
void collectExtra(const QJsonObject& obj, int matched, const QSet<QString>& known,
                  QJsonObject* extra)
{
    if (obj.size() <= matched)
        return;
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        const QString key = it.key();
        if (!known.contains(key))
            extra->insert(key, it.value());
    }
}

// Looks up known keys and counts the hits for collectExtra.
class Reader
{
public:
    explicit Reader(const QJsonObject& obj)
        : m_obj(obj)
    {
    }
    QJsonValue operator()(L key)
    {
        QJsonValue v = m_obj.value(key);
        if (!v.isUndefined())
            ++m_matched;
        return v;
    }
    int matched() const { return m_matched; }

private:
    const QJsonObject& m_obj;
    int m_matched = 0;
};

// The same tolerant conversions straight from the shared CBOR storage: going through
// QJsonValue costs a temporary copy of every string value.
QString cText(const QCborValue& v)
{
    switch (v.type()) {
    case QCborValue::String:
        return v.toString();
    case QCborValue::Integer:
        return QString::number(v.toInteger());
    case QCborValue::Double:
        return numberText(QJsonValue(v.toDouble()));
    case QCborValue::True:
        return QStringLiteral("true");
    case QCborValue::False:
        return QStringLiteral("false");
    default:
        return {};
    }
}

bool cIsScalar(const QCborValue& v)
{
    return v.isString() || v.isInteger() || v.isDouble() || v.isBool();
}

QStringList cStringList(const QCborValue& v)
{
    QStringList out;
    if (!v.isArray())
        return out;
    const QCborArray array = v.toArray();
    out.reserve(array.size());
    for (const QCborValue item : array) {
        if (item.isString() || item.isInteger() || item.isDouble())
            out.append(cText(item));
    }
    return out;
}

QStringList cEmails(const QCborValue& v)
{
    QStringList out;
    if (!v.isArray())
        return out;
    const QCborArray array = v.toArray();
    out.reserve(array.size());
    for (const QCborValue item : array) {
        QString email;
        if (item.isMap())
            email = cText(item.toMap().value(QLatin1String("email")));
        else if (item.isString())
            email = item.toString();
        email = email.trimmed();
        if (!email.isEmpty())
            out.append(email);
    }
    return out;
}

QMap<QString, QString> cStringMap(const QCborValue& v)
{
    QMap<QString, QString> out;
    if (!v.isMap())
        return out;
    const QCborMap map = v.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QCborValue value = it.value();
        if (cIsScalar(value))
            out.insert(it.key().toString(), cText(value));
    }
    return out;
}

// Known keys as CBOR strings, sorted. A QJsonObject keeps its keys sorted and shares its
// storage with QCborMap, whose keys can be compared without building a QString for each;
// with 10,000 projects of 30 keys that per-key allocation (or a lookup per known key) was
// most of the parse time.
class KeyTable
{
public:
    explicit KeyTable(std::initializer_list<const char*> keys)
    {
        int id = 0;
        for (const char* k : keys)
            m_keys.push_back({QCborValue(QLatin1String(k)), id++});
        sortKeys();
    }
    template <std::size_t N> explicit KeyTable(const std::string_view (&keys)[N])
    {
        int id = 0;
        for (std::string_view k : keys)
            m_keys.push_back({QCborValue(QLatin1String(k.data(), qsizetype(k.size()))), id++});
        sortKeys();
    }

    // The id (position in the constructor's list) of `key`, or -1. `cursor` carries the
    // merge position between calls for one object.
    int find(const QCborValue& key, std::size_t* cursor) const
    {
        std::size_t i = *cursor;
        while (i < m_keys.size()) {
            const int c = m_keys[i].key.compare(key);
            if (c == 0) {
                *cursor = i + 1;
                return m_keys[i].id;
            }
            if (c > 0)
                break;
            ++i;
        }
        *cursor = i;
        // Not found ahead of the cursor: only an out-of-order object could still hold it.
        for (std::size_t j = 0; j < i; ++j) {
            if (m_keys[j].key == key)
                return m_keys[j].id;
        }
        return -1;
    }

private:
    void sortKeys()
    {
        std::sort(m_keys.begin(), m_keys.end(),
                  [](const Entry& a, const Entry& b) { return a.key < b.key; });
    }

    struct Entry
    {
        QCborValue key;
        int id;
    };
    std::vector<Entry> m_keys;
};

// Calls onKnown(id, value) for each known key and puts the others into *extra.
template <typename F>
void walk(const QJsonObject& obj, const KeyTable& table, QJsonObject* extra, F&& onKnown)
{
    const QCborMap map = QCborMap::fromJsonObject(obj);
    if (map.size() != obj.size())
        return;
    std::size_t cursor = 0;
    auto jt = obj.constBegin();
    for (auto ct = map.constBegin(); ct != map.constEnd() && jt != obj.constEnd(); ++ct, ++jt) {
        const int id = table.find(ct.key(), &cursor);
        if (id >= 0)
            onKnown(id, QCborValue(ct.value()), jt);
        else
            extra->insert(jt.key(), jt.value());
    }
}

QSet<QString> keySet(std::initializer_list<const char*> keys)
{
    QSet<QString> set;
    for (const char* k : keys)
        set.insert(QString::fromLatin1(k));
    return set;
}

const QSet<QString>& cloudKeys()
{
    static const QSet<QString> keys =
        keySet({"cloud_name", "cloud_description", "geo_region", "geo_latitude", "geo_longitude",
                "provider", "provider_description"});
    return keys;
}

const QSet<QString>& billingGroupKeys()
{
    static const QSet<QString> keys = keySet(
        {"billing_group_id", "billing_group_name", "account_id", "account_name", "billing_currency",
         "payment_method", "estimated_balance_usd", "estimated_balance_local", "billing_emails",
         "company", "country_code", "vat_id", "create_time"});
    return keys;
}

const QSet<QString>& accountKeys()
{
    static const QSet<QString> keys =
        keySet({"account_id", "account_name", "organization_id", "parent_account_id",
                "root_account_id", "tenant_id", "is_account_owner"});
    return keys;
}

const QSet<QString>& userKeys()
{
    static const QSet<QString> keys = keySet({"user", "user_id", "real_name", "state", "tenant",
                                              "projects", "token_validity_begin", "create_time"});
    return keys;
}

struct ProviderInfo
{
    const char* name;
    const char* description;
};

constexpr ProviderInfo kProviders[] = {
    {"aws", "Amazon Web Services"},      {"azure", "Microsoft Azure"}, {"do", "DigitalOcean"},
    {"google", "Google Cloud Platform"}, {"upcloud", "UpCloud"},
};

const ProviderInfo* knownProvider(QStringView name)
{
    for (const ProviderInfo& p : kProviders) {
        if (name == QLatin1String(p.name))
            return &p;
    }
    return nullptr;
}

// Clouds are named "<provider>-<region>", tenant clouds "<tenant>-<provider>-<region>"
// (e.g. timescale-aws-us-east-2), so the first known segment wins; otherwise the prefix.
QString providerFromCloudName(const QString& name)
{
    const QList<QStringView> parts = QStringView(name).split(u'-');
    for (QStringView part : parts) {
        if (const ProviderInfo* p = knownProvider(part))
            return QLatin1String(p->name);
    }
    return parts.size() > 1 ? parts.first().toString() : QString();
}

template <typename T, typename F>
std::optional<QVector<T>> parseArray(const QJsonObject& body, L key, F parseOne, QString* error)
{
    const QJsonValue v = body.value(key);
    if (!v.isArray()) {
        setError(error, v.isUndefined() ? QStringLiteral("Required key \"%1\" is missing.").arg(key)
                                        : QStringLiteral("Key \"%1\" must be an array.").arg(key));
        return std::nullopt;
    }
    const QJsonArray array = v.toArray();
    QVector<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            setError(error, QStringLiteral("%1[%2] is not an object.").arg(key).arg(i));
            return std::nullopt;
        }
        QString itemError;
        std::optional<T> parsed = parseOne(item.toObject(), &itemError);
        if (!parsed) {
            setError(error, QStringLiteral("%1[%2]: %3").arg(key).arg(i).arg(itemError));
            return std::nullopt;
        }
        out.append(std::move(*parsed));
    }
    return out;
}

} // namespace

enum class ProjectKey {
    AccountId,
    AccountName,
    AddressLines,
    AvailableCredits,
    BillingAddress,
    BillingCurrency,
    BillingEmails,
    BillingExtraText,
    BillingGroupId,
    BillingGroupName,
    CardInfo,
    City,
    Company,
    Country,
    CountryCode,
    DefaultCloud,
    EndOfLifeExtension,
    EstimatedBalance,
    EstimatedBalanceLocal,
    Features,
    OrganizationId,
    PaymentMethod,
    ProjectName,
    State,
    Tags,
    TechEmails,
    TenantId,
    TrialExpirationTime,
    VatId,
    ZipCode,
};

// Same order as ProjectKey, which is alphabetical.
constexpr std::string_view kProjectKeyNames[] = {"account_id",
                                                 "account_name",
                                                 "address_lines",
                                                 "available_credits",
                                                 "billing_address",
                                                 "billing_currency",
                                                 "billing_emails",
                                                 "billing_extra_text",
                                                 "billing_group_id",
                                                 "billing_group_name",
                                                 "card_info",
                                                 "city",
                                                 "company",
                                                 "country",
                                                 "country_code",
                                                 "default_cloud",
                                                 "end_of_life_extension",
                                                 "estimated_balance",
                                                 "estimated_balance_local",
                                                 "features",
                                                 "organization_id",
                                                 "payment_method",
                                                 "project_name",
                                                 "state",
                                                 "tags",
                                                 "tech_emails",
                                                 "tenant_id",
                                                 "trial_expiration_time",
                                                 "vat_id",
                                                 "zip_code"};
constexpr int kProjectKeyCount = int(std::size(kProjectKeyNames));
static_assert(kProjectKeyCount == int(ProjectKey::ZipCode) + 1);

std::optional<Project> parseProject(const QJsonObject& obj, QString* error)
{
    static const KeyTable table(kProjectKeyNames);

    Project p;
    QJsonValue nameValue;
    walk(obj, table, &p.extra,
         [&p, &nameValue](int id, const QCborValue& v, const QJsonObject::const_iterator& jt) {
             switch (ProjectKey(id)) {
             case ProjectKey::AccountId:
                 p.accountId = cText(v);
                 break;
             case ProjectKey::AccountName:
                 p.accountName = cText(v);
                 break;
             case ProjectKey::AddressLines:
                 p.addressLines = cStringList(v);
                 break;
             case ProjectKey::AvailableCredits:
                 p.availableCredits = cText(v);
                 break;
             case ProjectKey::BillingAddress:
                 p.billingAddress = cText(v);
                 break;
             case ProjectKey::BillingCurrency:
                 p.billingCurrency = cText(v);
                 break;
             case ProjectKey::BillingEmails:
                 p.billingEmails = cEmails(v);
                 break;
             case ProjectKey::BillingExtraText:
                 p.billingExtraText = cText(v);
                 break;
             case ProjectKey::BillingGroupId:
                 p.billingGroupId = cText(v);
                 break;
             case ProjectKey::BillingGroupName:
                 p.billingGroupName = cText(v);
                 break;
             case ProjectKey::CardInfo:
                 p.cardInfo = object(jt.value());
                 break;
             case ProjectKey::City:
                 p.city = cText(v);
                 break;
             case ProjectKey::Company:
                 p.company = cText(v);
                 break;
             case ProjectKey::Country:
                 p.country = cText(v);
                 break;
             case ProjectKey::CountryCode:
                 p.countryCode = cText(v);
                 break;
             case ProjectKey::DefaultCloud:
                 p.defaultCloud = cText(v);
                 break;
             case ProjectKey::EndOfLifeExtension:
                 p.endOfLifeExtension = object(jt.value());
                 break;
             case ProjectKey::EstimatedBalance:
                 p.estimatedBalance = cText(v);
                 break;
             case ProjectKey::EstimatedBalanceLocal:
                 p.estimatedBalanceLocal = cText(v);
                 break;
             case ProjectKey::Features:
                 p.features = object(jt.value());
                 break;
             case ProjectKey::OrganizationId:
                 p.organizationId = cText(v);
                 break;
             case ProjectKey::PaymentMethod:
                 p.paymentMethod = cText(v);
                 break;
             case ProjectKey::ProjectName:
                 nameValue = jt.value();
                 break;
             case ProjectKey::State:
                 p.state = cText(v);
                 break;
             case ProjectKey::Tags:
                 p.tags = cStringMap(v);
                 break;
             case ProjectKey::TechEmails:
                 p.techEmails = cEmails(v);
                 break;
             case ProjectKey::TenantId:
                 p.tenantId = cText(v);
                 break;
             case ProjectKey::TrialExpirationTime:
                 p.trialExpirationTime = cText(v);
                 break;
             case ProjectKey::VatId:
                 p.vatId = cText(v);
                 break;
             case ProjectKey::ZipCode:
                 p.zipCode = cText(v);
                 break;
             }
         });
    p.name = nameValue.toString();
    if (p.name.isEmpty()) {
        // Reuse the one wording for missing / wrong type / empty.
        QJsonObject probe;
        if (!nameValue.isUndefined())
            probe.insert(QStringLiteral("project_name"), nameValue);
        requiredName(probe, L("project_name"), error);
        return std::nullopt;
    }
    return p;
}

std::optional<ProjectList> parseProjectList(const QJsonObject& body, QString* error)
{
    std::optional<QVector<Project>> projects =
        parseArray<Project>(body, L("projects"), &parseProject, error);
    if (!projects)
        return std::nullopt;
    ProjectList list;
    list.projects = std::move(*projects);

    const QJsonObject membership = object(body.value(L("project_membership")));
    list.membership.reserve(membership.size());
    for (auto it = membership.constBegin(); it != membership.constEnd(); ++it) {
        const QString role = text(it.value());
        if (!role.isEmpty())
            list.membership.insert(it.key(), role);
    }
    const QJsonObject memberships = object(body.value(L("project_memberships")));
    list.memberships.reserve(memberships.size());
    for (auto it = memberships.constBegin(); it != memberships.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QStringList roles = v.isArray() ? stringList(v) : QStringList();
        if (v.isString())
            roles.append(v.toString());
        if (!roles.isEmpty())
            list.memberships.insert(it.key(), roles);
    }
    return list;
}

namespace {

// The fast path of tryParseProjectListUtf8. Each function consumes exactly one value and
// mirrors one conversion of the QJsonDocument path (named in its comment); false means
// "not handled here", never "invalid".

using Kind = JsonReader::Kind;

std::string_view view(QByteArrayView bytes)
{
    return std::string_view(bytes.data(), std::size_t(bytes.size()));
}

constexpr bool sortedKeys()
{
    for (int i = 1; i < kProjectKeyCount; ++i) {
        if (!(kProjectKeyNames[i - 1] < kProjectKeyNames[i]))
            return false;
    }
    return true;
}
static_assert(sortedKeys());

// The ProjectKey of `key`, or -1. Servers tend to send keys in one fixed order, so the
// key after the previous hit is tried before a binary search.
int projectKeyId(std::string_view key, int* cursor)
{
    if (*cursor < kProjectKeyCount && kProjectKeyNames[*cursor] == key)
        return (*cursor)++;
    const auto* const end = std::end(kProjectKeyNames);
    const auto* const it = std::lower_bound(std::begin(kProjectKeyNames), end, key);
    if (it == end || *it != key)
        return -1;
    *cursor = int(it - std::begin(kProjectKeyNames)) + 1;
    return *cursor - 1;
}

// Qt's own reading of a number: integers (and integral doubles that fit) become Integer,
// the rest Double, and the text conversions differ between the two. Numbers are rare in
// this answer, so exactness wins over speed.
std::optional<QJsonArray> qtNumber(JsonReader& r)
{
    QByteArrayView token;
    if (!r.readNumber(&token))
        return std::nullopt;
    QByteArray wrapped;
    wrapped.reserve(token.size() + 2);
    wrapped.append('[').append(token.data(), token.size()).append(']');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array();
}

// cText().
bool fastText(JsonReader& r, QString* out)
{
    switch (r.peek()) {
    case Kind::String:
        return r.readString(out);
    case Kind::Number: {
        const std::optional<QJsonArray> n = qtNumber(r);
        if (!n)
            return false;
        *out = cText(QCborArray::fromJsonArray(*n).at(0));
        return true;
    }
    case Kind::True:
        *out = QStringLiteral("true");
        return r.readLiteral();
    case Kind::False:
        *out = QStringLiteral("false");
        return r.readLiteral();
    case Kind::Null:
    case Kind::Object:
    case Kind::Array:
        out->clear();
        return r.skipValue();
    case Kind::Invalid:
        break;
    }
    return false;
}

// text(), the QJsonValue flavour used for project_membership(s): numbers go through double.
bool fastJsonText(JsonReader& r, QString* out)
{
    if (r.peek() != Kind::Number)
        return fastText(r, out);
    const std::optional<QJsonArray> n = qtNumber(r);
    if (!n)
        return false;
    *out = text(n->at(0));
    return true;
}

// cStringList().
bool fastStringList(JsonReader& r, QStringList* out)
{
    out->clear();
    if (r.peek() != Kind::Array)
        return r.skipValue();
    if (!r.enterArray())
        return false;
    while (r.nextElement()) {
        const Kind kind = r.peek();
        if (kind == Kind::String || kind == Kind::Number) {
            QString s;
            if (!fastText(r, &s))
                return false;
            out->append(s);
        } else if (!r.skipValue()) {
            return false;
        }
    }
    return !r.failed();
}

// cEmails().
bool fastEmails(JsonReader& r, QStringList* out)
{
    out->clear();
    if (r.peek() != Kind::Array)
        return r.skipValue();
    if (!r.enterArray())
        return false;
    while (r.nextElement()) {
        QString email;
        switch (r.peek()) {
        case Kind::Object: {
            if (!r.enterObject())
                return false;
            QByteArrayView key;
            while (r.nextMember(&key)) {
                // A repeated "email" overwrites: the last one wins, as in Qt's parser.
                if (!(view(key) == "email" ? fastText(r, &email) : r.skipValue()))
                    return false;
            }
            if (r.failed())
                return false;
            break;
        }
        case Kind::String:
            if (!r.readString(&email))
                return false;
            break;
        default:
            if (!r.skipValue())
                return false;
        }
        email = email.trimmed();
        if (!email.isEmpty())
            out->append(email);
    }
    return !r.failed();
}

// object().
bool fastObject(JsonReader& r, QJsonObject* out)
{
    if (r.peek() != Kind::Object) {
        *out = QJsonObject();
        return r.skipValue();
    }
    QJsonValue value;
    if (!r.readJsonValue(&value))
        return false;
    *out = value.toObject();
    return true;
}

// cStringMap().
bool fastStringMap(JsonReader& r, QMap<QString, QString>* out)
{
    out->clear();
    if (r.peek() != Kind::Object)
        return r.skipValue();
    if (!r.enterObject())
        return false;
    QByteArrayView key;
    while (r.nextMember(&key)) {
        const QString name = QString::fromUtf8(key.data(), key.size()); // before key is reused
        switch (r.peek()) {
        case Kind::String:
        case Kind::Number:
        case Kind::True:
        case Kind::False: {
            QString value;
            if (!fastText(r, &value))
                return false;
            out->insert(name, value);
            break;
        }
        default:
            // Qt keeps the last of repeated keys; a non-scalar last one means no entry.
            if (!r.skipValue())
                return false;
            out->remove(name);
        }
    }
    return !r.failed();
}

// parseProject(), for the common case: a non-empty string project_name.
bool fastProject(JsonReader& r, Project* p)
{
    if (!r.enterObject())
        return false;
    QString name;
    int cursor = 0;
    QByteArrayView key;
    // A repeated key is read again and overwrites the field: the last one wins, as in Qt.
    while (r.nextMember(&key)) {
        const int id = projectKeyId(view(key), &cursor);
        bool ok = false;
        switch (ProjectKey(id)) {
        case ProjectKey::AccountId:
            ok = fastText(r, &p->accountId);
            break;
        case ProjectKey::AccountName:
            ok = fastText(r, &p->accountName);
            break;
        case ProjectKey::AddressLines:
            ok = fastStringList(r, &p->addressLines);
            break;
        case ProjectKey::AvailableCredits:
            ok = fastText(r, &p->availableCredits);
            break;
        case ProjectKey::BillingAddress:
            ok = fastText(r, &p->billingAddress);
            break;
        case ProjectKey::BillingCurrency:
            ok = fastText(r, &p->billingCurrency);
            break;
        case ProjectKey::BillingEmails:
            ok = fastEmails(r, &p->billingEmails);
            break;
        case ProjectKey::BillingExtraText:
            ok = fastText(r, &p->billingExtraText);
            break;
        case ProjectKey::BillingGroupId:
            ok = fastText(r, &p->billingGroupId);
            break;
        case ProjectKey::BillingGroupName:
            ok = fastText(r, &p->billingGroupName);
            break;
        case ProjectKey::CardInfo:
            ok = fastObject(r, &p->cardInfo);
            break;
        case ProjectKey::City:
            ok = fastText(r, &p->city);
            break;
        case ProjectKey::Company:
            ok = fastText(r, &p->company);
            break;
        case ProjectKey::Country:
            ok = fastText(r, &p->country);
            break;
        case ProjectKey::CountryCode:
            ok = fastText(r, &p->countryCode);
            break;
        case ProjectKey::DefaultCloud:
            ok = fastText(r, &p->defaultCloud);
            break;
        case ProjectKey::EndOfLifeExtension:
            ok = fastObject(r, &p->endOfLifeExtension);
            break;
        case ProjectKey::EstimatedBalance:
            ok = fastText(r, &p->estimatedBalance);
            break;
        case ProjectKey::EstimatedBalanceLocal:
            ok = fastText(r, &p->estimatedBalanceLocal);
            break;
        case ProjectKey::Features:
            ok = fastObject(r, &p->features);
            break;
        case ProjectKey::OrganizationId:
            ok = fastText(r, &p->organizationId);
            break;
        case ProjectKey::PaymentMethod:
            ok = fastText(r, &p->paymentMethod);
            break;
        case ProjectKey::ProjectName:
            if (r.peek() == Kind::String) {
                ok = r.readString(&name);
            } else {
                name.clear(); // not a string: parseProject's error, the fallback words it
                ok = r.skipValue();
            }
            break;
        case ProjectKey::State:
            ok = fastText(r, &p->state);
            break;
        case ProjectKey::Tags:
            ok = fastStringMap(r, &p->tags);
            break;
        case ProjectKey::TechEmails:
            ok = fastEmails(r, &p->techEmails);
            break;
        case ProjectKey::TenantId:
            ok = fastText(r, &p->tenantId);
            break;
        case ProjectKey::TrialExpirationTime:
            ok = fastText(r, &p->trialExpirationTime);
            break;
        case ProjectKey::VatId:
            ok = fastText(r, &p->vatId);
            break;
        case ProjectKey::ZipCode:
            ok = fastText(r, &p->zipCode);
            break;
        default: {
            const QString extraKey = QString::fromUtf8(key.data(), key.size());
            QJsonValue value;
            ok = r.readJsonValue(&value);
            if (ok)
                p->extra.insert(extraKey, value);
        }
        }
        if (!ok)
            return false;
    }
    if (r.failed() || name.isEmpty())
        return false;
    p->name = name;
    return true;
}

// The project_membership loop of parseProjectList.
bool fastMembership(JsonReader& r, QHash<QString, QString>* out)
{
    if (r.peek() != Kind::Object)
        return r.skipValue();
    if (!r.enterObject())
        return false;
    QByteArrayView key;
    while (r.nextMember(&key)) {
        const QString name = QString::fromUtf8(key.data(), key.size());
        QString role;
        if (!fastJsonText(r, &role))
            return false;
        // Qt keeps the last of repeated keys, also when that one is empty.
        if (!role.isEmpty())
            out->insert(name, role);
        else
            out->remove(name);
    }
    return !r.failed();
}

// The project_memberships loop of parseProjectList.
bool fastMemberships(JsonReader& r, QHash<QString, QStringList>* out)
{
    if (r.peek() != Kind::Object)
        return r.skipValue();
    if (!r.enterObject())
        return false;
    QByteArrayView key;
    while (r.nextMember(&key)) {
        const QString name = QString::fromUtf8(key.data(), key.size());
        QStringList roles;
        switch (r.peek()) {
        case Kind::Array:
            // stringList(): strings and numbers, the latter through double.
            if (!r.enterArray())
                return false;
            while (r.nextElement()) {
                const Kind kind = r.peek();
                if (kind == Kind::String || kind == Kind::Number) {
                    QString role;
                    if (!fastJsonText(r, &role))
                        return false;
                    roles.append(role);
                } else if (!r.skipValue()) {
                    return false;
                }
            }
            if (r.failed())
                return false;
            break;
        case Kind::String: {
            QString role;
            if (!r.readString(&role))
                return false;
            roles.append(role);
            break;
        }
        default:
            if (!r.skipValue())
                return false;
        }
        if (!roles.isEmpty())
            out->insert(name, roles);
        else
            out->remove(name);
    }
    return !r.failed();
}

} // namespace

std::optional<ProjectList> tryParseProjectListUtf8(QByteArrayView utf8)
{
    JsonReader r(utf8);
    if (r.peek() != Kind::Object || !r.enterObject())
        return std::nullopt;
    ProjectList list;
    bool seenProjects = false;
    bool seenMembership = false;
    bool seenMemberships = false;
    QByteArrayView key;
    while (r.nextMember(&key)) {
        const std::string_view name = view(key);
        // A repeated top-level key (Qt keeps the last one) is left to the fallback.
        if (name == "projects") {
            if (seenProjects || r.peek() != Kind::Array || !r.enterArray())
                return std::nullopt;
            seenProjects = true;
            while (r.nextElement()) {
                Project p;
                if (r.peek() != Kind::Object || !fastProject(r, &p))
                    return std::nullopt;
                list.projects.append(std::move(p));
            }
        } else if (name == "project_membership") {
            if (seenMembership)
                return std::nullopt;
            seenMembership = true;
            list.membership.reserve(list.projects.size());
            if (!fastMembership(r, &list.membership))
                return std::nullopt;
        } else if (name == "project_memberships") {
            if (seenMemberships)
                return std::nullopt;
            seenMemberships = true;
            list.memberships.reserve(list.projects.size());
            if (!fastMemberships(r, &list.memberships))
                return std::nullopt;
        } else if (!r.skipValue()) {
            return std::nullopt;
        }
    }
    if (!r.finish() || !seenProjects)
        return std::nullopt;
    return list;
}

std::optional<ProjectList> parseProjectListUtf8(const QByteArray& utf8, QString* error)
{
    if (std::optional<ProjectList> fast = tryParseProjectListUtf8(utf8))
        return fast;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(error, QStringLiteral("Not valid JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        setError(error, QStringLiteral("Not a JSON object."));
        return std::nullopt;
    }
    return parseProjectList(doc.object(), error);
}

std::optional<Cloud> parseCloud(const QJsonObject& obj, QString* error)
{
    std::optional<QString> name = requiredName(obj, L("cloud_name"), error);
    if (!name)
        return std::nullopt;
    Cloud c;
    Reader r(obj);
    c.name = *name;
    r(L("cloud_name"));
    c.description = text(r(L("cloud_description")));
    c.geoRegion = text(r(L("geo_region")));
    c.provider = text(r(L("provider")));
    c.providerDescription = text(r(L("provider_description")));
    c.latitude = number(r(L("geo_latitude")));
    c.longitude = number(r(L("geo_longitude")));
    if (c.latitude && (*c.latitude < -90.0 || *c.latitude > 90.0))
        c.latitude.reset();
    if (c.longitude && (*c.longitude < -180.0 || *c.longitude > 180.0))
        c.longitude.reset();
    if (c.provider.isEmpty())
        c.provider = providerFromCloudName(c.name);
    if (c.providerDescription.isEmpty()) {
        if (const ProviderInfo* p = knownProvider(c.provider))
            c.providerDescription = QLatin1String(p->description);
    }
    collectExtra(obj, r.matched(), cloudKeys(), &c.extra);
    return c;
}

std::optional<QVector<Cloud>> parseCloudList(const QJsonObject& body, QString* error)
{
    return parseArray<Cloud>(body, L("clouds"), &parseCloud, error);
}

std::optional<BillingGroup> parseBillingGroup(const QJsonObject& obj, QString* error)
{
    std::optional<QString> id = requiredName(obj, L("billing_group_id"), error);
    if (!id)
        return std::nullopt;
    BillingGroup g;
    Reader r(obj);
    g.id = *id;
    r(L("billing_group_id"));
    g.name = text(r(L("billing_group_name")));
    g.accountId = text(r(L("account_id")));
    g.accountName = text(r(L("account_name")));
    g.billingCurrency = text(r(L("billing_currency")));
    g.paymentMethod = text(r(L("payment_method")));
    g.estimatedBalanceUsd = text(r(L("estimated_balance_usd")));
    g.estimatedBalanceLocal = text(r(L("estimated_balance_local")));
    g.billingEmails = emails(r(L("billing_emails")));
    g.company = text(r(L("company")));
    g.countryCode = text(r(L("country_code")));
    g.vatId = text(r(L("vat_id")));
    g.createTime = text(r(L("create_time")));
    collectExtra(obj, r.matched(), billingGroupKeys(), &g.extra);
    return g;
}

std::optional<QVector<BillingGroup>> parseBillingGroupList(const QJsonObject& body, QString* error)
{
    return parseArray<BillingGroup>(body, L("billing_groups"), &parseBillingGroup, error);
}

std::optional<Account> parseAccount(const QJsonObject& obj, QString* error)
{
    std::optional<QString> id = requiredName(obj, L("account_id"), error);
    if (!id)
        return std::nullopt;
    Account a;
    Reader r(obj);
    a.id = *id;
    r(L("account_id"));
    a.name = text(r(L("account_name")));
    a.organizationId = text(r(L("organization_id")));
    a.parentAccountId = text(r(L("parent_account_id")));
    a.rootAccountId = text(r(L("root_account_id")));
    a.tenantId = text(r(L("tenant_id")));
    a.isAccountOwner = boolean(r(L("is_account_owner")));
    collectExtra(obj, r.matched(), accountKeys(), &a.extra);
    return a;
}

std::optional<QVector<Account>> parseAccountList(const QJsonObject& body, QString* error)
{
    return parseArray<Account>(body, L("accounts"), &parseAccount, error);
}

std::optional<UserInfo> parseUserInfo(const QJsonObject& body, QString* error)
{
    // GET /v1/me wraps the user in {"user": {...}}; the inner "user" key is the email.
    const QJsonValue wrapped = body.value(L("user"));
    const QJsonObject obj = wrapped.isObject() ? wrapped.toObject() : body;
    std::optional<QString> email = requiredName(obj, L("user"), error);
    if (!email)
        return std::nullopt;
    UserInfo u;
    Reader r(obj);
    u.email = *email;
    r(L("user"));
    u.userId = text(r(L("user_id")));
    u.realName = text(r(L("real_name")));
    u.state = text(r(L("state")));
    u.tenant = text(r(L("tenant")));
    u.projects = stringList(r(L("projects")));
    u.tokenValidityBegin = text(r(L("token_validity_begin")));
    u.createTime = text(r(L("create_time")));
    collectExtra(obj, r.matched(), userKeys(), &u.extra);
    return u;
}

std::optional<LoginResult> parseLoginResult(const QJsonObject& body, QString* error)
{
    std::optional<QString> token = requiredName(body, L("token"), error);
    if (!token)
        return std::nullopt;
    LoginResult result;
    result.token = *token;
    result.state = text(body.value(L("state")));
    result.userEmail = text(body.value(L("user_email")));
    return result;
}

QJsonArray emailsToJson(const QStringList& list)
{
    QJsonArray out;
    for (const QString& email : list)
        out.append(QJsonObject{{QStringLiteral("email"), email}});
    return out;
}

QJsonObject toJson(const Project& p)
{
    QJsonObject o = p.extra;
    o.insert(L("project_name"), p.name);
    o.insert(L("account_id"), p.accountId);
    o.insert(L("account_name"), p.accountName);
    o.insert(L("organization_id"), p.organizationId);
    o.insert(L("tenant_id"), p.tenantId);
    o.insert(L("address_lines"), QJsonArray::fromStringList(p.addressLines));
    o.insert(L("available_credits"), p.availableCredits);
    o.insert(L("billing_address"), p.billingAddress);
    o.insert(L("billing_currency"), p.billingCurrency);
    o.insert(L("billing_emails"), emailsToJson(p.billingEmails));
    o.insert(L("billing_extra_text"), textOrNull(p.billingExtraText));
    o.insert(L("billing_group_id"), p.billingGroupId);
    o.insert(L("billing_group_name"), p.billingGroupName);
    o.insert(L("card_info"),
             p.cardInfo.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.cardInfo));
    o.insert(L("city"), p.city);
    o.insert(L("company"), p.company);
    o.insert(L("country"), p.country);
    o.insert(L("country_code"), p.countryCode);
    o.insert(L("default_cloud"), p.defaultCloud);
    o.insert(L("end_of_life_extension"), p.endOfLifeExtension);
    o.insert(L("estimated_balance"), p.estimatedBalance);
    o.insert(L("estimated_balance_local"), p.estimatedBalanceLocal);
    o.insert(L("features"), p.features);
    o.insert(L("payment_method"), p.paymentMethod);
    o.insert(L("state"), p.state);
    o.insert(L("tags"), mapToJson(p.tags));
    o.insert(L("tech_emails"), emailsToJson(p.techEmails));
    o.insert(L("trial_expiration_time"), textOrNull(p.trialExpirationTime));
    o.insert(L("vat_id"), p.vatId);
    o.insert(L("zip_code"), p.zipCode);
    return o;
}

QJsonObject toJson(const Cloud& c)
{
    QJsonObject o = c.extra;
    o.insert(L("cloud_name"), c.name);
    o.insert(L("cloud_description"), c.description);
    o.insert(L("geo_region"), c.geoRegion);
    if (c.latitude)
        o.insert(L("geo_latitude"), *c.latitude);
    if (c.longitude)
        o.insert(L("geo_longitude"), *c.longitude);
    if (!c.provider.isEmpty())
        o.insert(L("provider"), c.provider);
    if (!c.providerDescription.isEmpty())
        o.insert(L("provider_description"), c.providerDescription);
    return o;
}

QJsonObject toJson(const ProjectCreateRequest& r)
{
    QJsonObject o;
    o.insert(L("project"), r.name);
    if (!r.accountId.isEmpty())
        o.insert(L("account_id"), r.accountId);
    if (!r.billingGroupId.isEmpty())
        o.insert(L("billing_group_id"), r.billingGroupId);
    if (!r.cloud.isEmpty())
        o.insert(L("cloud"), r.cloud);
    if (!r.copyFromProject.isEmpty())
        o.insert(L("copy_from_project"), r.copyFromProject);
    if (r.copyTags)
        o.insert(L("copy_tags"), *r.copyTags);
    if (r.useSourceProjectBillingGroup)
        o.insert(L("use_source_project_billing_group"), *r.useSourceProjectBillingGroup);
    if (r.tags)
        o.insert(L("tags"), mapToJson(*r.tags));
    if (r.techEmails)
        o.insert(L("tech_emails"), emailsToJson(*r.techEmails));
    return o;
}

QJsonObject toJson(const ProjectUpdate& u)
{
    QJsonObject o;
    const auto text = [&o](L key, const std::optional<QString>& value) {
        if (value)
            o.insert(key, *value);
    };
    text(L("project_name"), u.name);
    text(L("account_id"), u.accountId);
    text(L("billing_group_id"), u.billingGroupId);
    text(L("cloud"), u.cloud);
    if (u.tags)
        o.insert(L("tags"), mapToJson(*u.tags));
    if (u.techEmails)
        o.insert(L("tech_emails"), emailsToJson(*u.techEmails));
    text(L("billing_address"), u.billingAddress);
    if (u.addressLines)
        o.insert(L("address_lines"), QJsonArray::fromStringList(*u.addressLines));
    text(L("billing_currency"), u.billingCurrency);
    if (u.billingEmails)
        o.insert(L("billing_emails"), emailsToJson(*u.billingEmails));
    text(L("billing_extra_text"), u.billingExtraText);
    text(L("city"), u.city);
    text(L("company"), u.company);
    text(L("country_code"), u.countryCode);
    text(L("state"), u.state);
    text(L("vat_id"), u.vatId);
    text(L("zip_code"), u.zipCode);
    return o;
}

} // namespace fjord::json
