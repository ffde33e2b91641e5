#include "api/JsonCodec.h"

#include "api/JsonValues.h"
#include "util/HugePages.h"
#include "util/Parts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLatin1String>
#include <QLocale>
#include <QSet>
#include <QThreadPool>

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <iterator>
#include <limits>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace fjord::json {

namespace {

using L = QLatin1String;

// [{"email": "..."}] as the API sends it; plain strings are accepted too
// because older documentation examples use them.
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

// Keys the typed value knows; everything else goes to `extra`. Only walked when
// the object holds more keys than were matched, so the common case costs no
// extra pass.
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

// An object named by the required identifier under `idKey` (stored in `T::*id`), with
// the fields `readFields(value, reader)` maps and every other key in `T::extra`.
template <typename T, typename F>
std::optional<T> parseKeyed(const QJsonObject& obj, L idKey, QString T::*id,
                            const QSet<QString>& known, QString* error, F readFields)
{
    std::optional<QString> name = requiredName(obj, idKey, error);
    if (!name)
        return std::nullopt;
    T value;
    Reader r(obj);
    r(idKey);
    value.*id = std::move(*name);
    readFields(value, r);
    collectExtra(obj, r.matched(), known, &value.extra);
    return value;
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

// Clouds are named "<provider>-<region>", tenant clouds
// "<tenant>-<provider>-<region>" (e.g. timescale-aws-us-east-2), so the first
// known segment wins; otherwise the prefix.
QString providerFromCloudName(const QString& name)
{
    const QList<QStringView> parts = QStringView(name).split(u'-');
    for (QStringView part : parts) {
        if (const ProviderInfo* p = knownProvider(part))
            return QLatin1String(p->name);
    }
    return parts.size() > 1 ? parts.first().toString() : QString();
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

namespace {

constexpr bool sortedKeys()
{
    for (int i = 1; i < kProjectKeyCount; ++i) {
        if (!(kProjectKeyNames[i - 1] < kProjectKeyNames[i]))
            return false;
    }
    return true;
}
static_assert(sortedKeys());

// The ProjectKey of `key`, or -1. Servers tend to send keys in one fixed order,
// so the key after the previous hit is tried before a binary search.
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

// Projects are read with simdjson's On-Demand API straight from the UTF-8 body.
// Every value is consumed, unknown ones included, so that everything Qt's
// parser would check is checked. Two outcomes besides success: the bytes are
// not JSON this reader takes (Qt's parser then decides, and words the error),
// or the JSON has the wrong shape (the message names the key).
namespace od = simdjson::ondemand;
static_assert(kReadPadding >= qsizetype(simdjson::SIMDJSON_PADDING));

enum class Read { Ok, BadJson, BadShape };

// Qt's parser refuses documents nested deeper than this; simdjson's own limit
// is set above it so that only this check decides.
constexpr int kQtMaxDepth = 1024;
constexpr std::size_t kSimdjsonMaxDepth = 2 * kQtMaxDepth;

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Values that projects share with others of their account, billing group or
// cloud (ids, names, currencies, tag keys, emails, roles) are read once per
// answer: every project then holds the same implicitly shared QString. With
// thousands of projects that is a fraction of the memory and of the
// allocations. The views point into the body or the parser's string buffer,
// which both outlive the pool.
class StringPool
{
public:
    QString get(std::string_view utf8)
    {
        auto it = m_strings.find(utf8);
        if (it == m_strings.end()) {
            // A key of its own: the text read may be a buffer that is used again.
            const std::string& kept = m_keys.emplace_back(utf8);
            it = m_strings.emplace(std::string_view(kept), fromUtf8(utf8)).first;
        }
        return it->second;
    }

private:
    std::deque<std::string> m_keys; // never moved, so the views into them hold
    std::unordered_map<std::string_view, QString> m_strings;
};

bool readJson(od::value v, QJsonValue* out, int depth);

std::string_view token(od::value v)
{
    std::string_view t = v.raw_json_token();
    while (!t.empty() &&
           (t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r'))
        t.remove_suffix(1);
    return t;
}

// One JSON value as Qt's parser reads it, from its text.
bool qtValue(std::string_view json, QJsonValue* out)
{
    QByteArray wrapped;
    wrapped.reserve(qsizetype(json.size()) + 2);
    wrapped.append('[').append(json.data(), qsizetype(json.size())).append(']');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return false;
    *out = doc.array().at(0);
    return true;
}

// Text between quotes that holds no escape is the string itself: simdjson has
// checked the whole body's UTF-8 and unescaped control characters already.
// Nearly every string and key is such, and is read without being copied into
// the parser's buffer first.
bool withoutEscapes(std::string_view quoted, std::string_view* text)
{
    if (quoted.size() < 2 || quoted.front() != '"' || quoted.back() != '"' ||
        quoted.find('\\') != std::string_view::npos)
        return false;
    *text = quoted.substr(1, quoted.size() - 2);
    return true;
}

// A string value, shared through `pool` when one is given. simdjson refuses an
// escaped lone surrogate ("\ud800") that Qt keeps as it is; such a string is
// left to Qt.
bool readString(od::value v, QString* out, StringPool* pool = nullptr)
{
    const std::string_view raw = token(v);
    std::string_view s;
    od::raw_json_string unread;
    if ((withoutEscapes(raw, &s) && v.get_raw_json_string().get(unread) == simdjson::SUCCESS) ||
        v.get_string().get(s) == simdjson::SUCCESS) {
        *out = pool ? pool->get(s) : fromUtf8(s);
        return true;
    }
    QJsonValue value;
    if (!qtValue(raw, &value) || !value.isString())
        return false;
    *out = value.toString();
    return true;
}

// A number exactly as Qt's parser reads it (integer or double, and refused when
// it does not fit a double, like 2e308 or 1e-400). Plain integers are taken as
// they are; for anything else (rare in these answers) Qt itself converts the
// token.
bool readNumber(od::value v, QJsonValue* out)
{
    const std::string_view raw = token(v);
    od::number number;
    if (v.get_number().get(number) != simdjson::SUCCESS) {
        // An integer beyond 64 bits, which Qt reads as a double (and writes so for large
        // doubles: 1234567890122392233720.5 becomes 1234567890122392200000), is Qt's to read.
        return qtValue(raw, out) && out->isDouble();
    }
    // Qt's parser keeps an integer written without fraction or exponent as an
    // integer.
    if (number.is_int64() && raw.find_first_of(".eE") == std::string_view::npos) {
        *out = QJsonValue(qint64(number.get_int64()));
        return true;
    }
    return qtValue(raw, out) && out->isDouble();
}

// Calls onMember(key, value) for each member of the object `v`, which sits
// inside `depth` objects and arrays. False when simdjson does not take the
// JSON, when the object is deeper than Qt's parser goes, or when onMember says
// so.
template <typename F> bool forEachMember(od::value v, int depth, F&& onMember)
{
    od::object object;
    if (depth + 1 > kQtMaxDepth || v.get_object().get(object) != simdjson::SUCCESS)
        return false;
    for (auto member : object) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) != simdjson::SUCCESS)
            return false;
        // The key's text runs from just after its opening quote to its closing
        // one, which is the last quote before the value.
        const char* start = field.key().raw();
        const std::string_view written(
            start - 1, std::size_t(field.value().raw_json_token().data() - start + 1));
        if (!withoutEscapes(written.substr(0, written.rfind('"') + 1), &key) &&
            field.unescaped_key().get(key) != simdjson::SUCCESS)
            return false;
        if (!onMember(key, field.value()))
            return false;
    }
    return true;
}

// The same for each element of the array `v`.
template <typename F> bool forEachElement(od::value v, int depth, F&& onElement)
{
    od::array array;
    if (depth + 1 > kQtMaxDepth || v.get_array().get(array) != simdjson::SUCCESS)
        return false;
    for (auto element : array) {
        od::value item;
        if (element.get(item) != simdjson::SUCCESS || !onElement(item))
            return false;
    }
    return true;
}

// A value of a kind the mapping does not use there: checked as readJson checks it, without
// building anything.
bool skip(od::value v, int depth)
{
    od::json_type type;
    if (v.type().get(type) != simdjson::SUCCESS)
        return false;
    switch (type) {
    case od::json_type::object:
        return forEachMember(v, depth, [depth](std::string_view, od::value value) {
            return skip(value, depth + 1);
        });
    case od::json_type::array:
        return forEachElement(v, depth, [depth](od::value item) { return skip(item, depth + 1); });
    case od::json_type::string: {
        const std::string_view raw = token(v);
        std::string_view text;
        od::raw_json_string unread;
        if ((withoutEscapes(raw, &text) &&
             v.get_raw_json_string().get(unread) == simdjson::SUCCESS) ||
            v.get_string().get(text) == simdjson::SUCCESS)
            return true;
        QJsonValue value;
        return qtValue(raw, &value) && value.isString();
    }
    case od::json_type::number: {
        QJsonValue number;
        return readNumber(v, &number);
    }
    case od::json_type::boolean: {
        bool b = false;
        return v.get_bool().get(b) == simdjson::SUCCESS;
    }
    case od::json_type::null: {
        bool isNull = false;
        return v.is_null().get(isNull) == simdjson::SUCCESS && isNull;
    }
    }
    return false;
}

// Any value as a QJsonValue (what `extra` and the free-form objects keep).
// `depth` counts the objects and arrays around `v`.
bool readJson(od::value v, QJsonValue* out, int depth)
{
    od::json_type type;
    if (v.type().get(type) != simdjson::SUCCESS)
        return false;
    switch (type) {
    case od::json_type::object: {
        QJsonObject object;
        if (!forEachMember(v, depth, [&object, depth](std::string_view key, od::value value) {
                QJsonValue member;
                if (!readJson(value, &member, depth + 1))
                    return false;
                object.insert(fromUtf8(key), member);
                return true;
            }))
            return false;
        *out = object;
        return true;
    }
    case od::json_type::array: {
        QJsonArray array;
        if (!forEachElement(v, depth, [&array, depth](od::value item) {
                QJsonValue element;
                if (!readJson(item, &element, depth + 1))
                    return false;
                array.append(element);
                return true;
            }))
            return false;
        *out = array;
        return true;
    }
    case od::json_type::string: {
        QString s;
        if (!readString(v, &s))
            return false;
        *out = s;
        return true;
    }
    case od::json_type::number:
        return readNumber(v, out);
    case od::json_type::boolean: {
        bool b = false;
        if (v.get_bool().get(b) != simdjson::SUCCESS)
            return false;
        *out = b;
        return true;
    }
    case od::json_type::null: {
        bool isNull = false;
        if (v.is_null().get(isNull) != simdjson::SUCCESS || !isNull)
            return false;
        *out = QJsonValue(QJsonValue::Null);
        return true;
    }
    }
    return false;
}

// Tolerant text: strings as they are (shared through `pool` when one is
// given), numbers and booleans as text, anything else (checked, then dropped)
// empty. `kind`, when given, tells what the value was.
bool readText(od::value v, QString* out, int depth, od::json_type* kind = nullptr,
              StringPool* pool = nullptr)
{
    od::json_type type;
    if (v.type().get(type) != simdjson::SUCCESS)
        return false;
    if (kind)
        *kind = type;
    if (type == od::json_type::string)
        return readString(v, out, pool);
    QJsonValue value;
    if (!readJson(v, &value, depth))
        return false;
    switch (value.type()) {
    case QJsonValue::Double:
        // An integer keeps all its digits; a fraction takes its shortest exact
        // form.
        *out = value.toVariant().typeId() == QMetaType::LongLong
                   ? QString::number(value.toInteger())
                   : numberText(value);
        break;
    case QJsonValue::Bool:
        *out = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    default:
        out->clear();
    }
    return true;
}

bool isScalar(od::json_type type)
{
    return type == od::json_type::string || type == od::json_type::number ||
           type == od::json_type::boolean;
}

// An object, or an empty one for anything else.
bool readObjectOrEmpty(od::value v, QJsonObject* out, int depth)
{
    QJsonValue value;
    if (!readJson(v, &value, depth))
        return false;
    *out = value.isObject() ? value.toObject() : QJsonObject();
    return true;
}

// The kind of `v`, without reading it.
bool kindOf(od::value v, od::json_type* kind)
{
    return v.type().get(*kind) == simdjson::SUCCESS;
}

// Strings and numbers of an array; anything else is empty.
bool readStringList(od::value v, QStringList* out, int depth, StringPool* pool = nullptr)
{
    out->clear();
    od::json_type type;
    if (!kindOf(v, &type))
        return false;
    if (type != od::json_type::array)
        return skip(v, depth);
    return forEachElement(v, depth, [out, depth, pool](od::value item) {
        QString s;
        od::json_type kind;
        if (!readText(item, &s, depth + 1, &kind, pool))
            return false;
        if (kind == od::json_type::string || kind == od::json_type::number)
            out->append(s);
        return true;
    });
}

// [{"email": "..."}] as the API sends it; plain strings are accepted too
// because older documentation examples use them. Blank entries are dropped.
bool readEmails(od::value v, QStringList* out, int depth, StringPool* pool)
{
    out->clear();
    od::json_type type;
    if (!kindOf(v, &type))
        return false;
    if (type != od::json_type::array)
        return skip(v, depth);
    return forEachElement(v, depth, [out, depth, pool](od::value item) {
        od::json_type kind;
        if (!kindOf(item, &kind))
            return false;
        QString email;
        bool ok = false;
        if (kind == od::json_type::object) {
            ok = forEachMember(item, depth + 1,
                               [&email, depth, pool](std::string_view key, od::value value) {
                                   QString text;
                                   if (!readText(value, &text, depth + 2, nullptr, pool))
                                       return false;
                                   if (key == "email")
                                       email = text; // the last of repeated keys, as Qt keeps it
                                   return true;
                               });
        } else if (kind == od::json_type::string) {
            ok = readText(item, &email, depth + 1, nullptr, pool);
        } else {
            ok = skip(item, depth + 1);
        }
        email = email.trimmed();
        if (ok && !email.isEmpty())
            out->append(email);
        return ok;
    });
}

// Tags: scalar values as text; null, arrays and objects are left out.
bool readTags(od::value v, QMap<QString, QString>* out, int depth, StringPool* pool)
{
    out->clear();
    od::json_type type;
    if (!kindOf(v, &type))
        return false;
    if (type != od::json_type::object)
        return skip(v, depth);
    return forEachMember(v, depth, [out, depth, pool](std::string_view key, od::value value) {
        QString text;
        od::json_type kind;
        if (!readText(value, &text, depth + 1, &kind, pool))
            return false;
        // The last of repeated keys counts, also when it is not a scalar.
        if (isScalar(kind))
            out->insert(pool ? pool->get(key) : fromUtf8(key), text);
        else
            out->remove(fromUtf8(key));
        return true;
    });
}

// `kind`: what the value under `key` was, none when there was none.
QString nameError(L key, std::optional<od::json_type> kind)
{
    if (!kind || *kind == od::json_type::null)
        return QStringLiteral("Required key \"%1\" is missing.").arg(key);
    if (*kind != od::json_type::string)
        return QStringLiteral("Key \"%1\" must be a string.").arg(key);
    return QStringLiteral("Key \"%1\" is empty.").arg(key);
}

// How much of a project is read: all of it, or what a row of the list shows (the other
// values are checked, as they would be read, but not kept).
enum class Detail { Full, Summary };

bool inSummary(int key)
{
    switch (key) {
    case int(ProjectKey::AccountId):
    case int(ProjectKey::AccountName):
    case int(ProjectKey::BillingCurrency):
    case int(ProjectKey::BillingGroupId):
    case int(ProjectKey::BillingGroupName):
    case int(ProjectKey::DefaultCloud):
    case int(ProjectKey::EstimatedBalance):
    case int(ProjectKey::EstimatedBalanceLocal):
    case int(ProjectKey::PaymentMethod):
    case int(ProjectKey::ProjectName):
    case int(ProjectKey::Tags):
        return true;
    default:
        return false;
    }
}

// One project object; `depth` counts the containers around it.
// Values a project usually shares with others are read through `pool`.
Read readProject(od::value v, Project* p, QString* error, int depth, StringPool* pool,
                 Detail detail = Detail::Full)
{
    // What project_name was, none until seen; the last of repeated keys counts.
    std::optional<od::json_type> nameKind;
    int cursor = 0;
    const int inner = depth + 1; // the project's members sit inside it
    const auto readMember = [&](std::string_view key, od::value value) {
        const auto shared = [&value, inner, pool](QString* out) {
            return readText(value, out, inner, nullptr, pool);
        };
        const int id = projectKeyId(key, &cursor);
        if (detail == Detail::Summary && !inSummary(id))
            return skip(value, inner);
        switch (id) {
        case int(ProjectKey::AccountId):
            return shared(&p->accountId);
        case int(ProjectKey::AccountName):
            return shared(&p->accountName);
        case int(ProjectKey::AddressLines):
            return readStringList(value, &p->addressLines, inner);
        case int(ProjectKey::AvailableCredits):
            return shared(&p->availableCredits);
        case int(ProjectKey::BillingAddress):
            return readText(value, &p->billingAddress, inner);
        case int(ProjectKey::BillingCurrency):
            return shared(&p->billingCurrency);
        case int(ProjectKey::BillingEmails):
            return readEmails(value, &p->billingEmails, inner, pool);
        case int(ProjectKey::BillingExtraText):
            return shared(&p->billingExtraText);
        case int(ProjectKey::BillingGroupId):
            return shared(&p->billingGroupId);
        case int(ProjectKey::BillingGroupName):
            return shared(&p->billingGroupName);
        case int(ProjectKey::CardInfo):
            return readObjectOrEmpty(value, &p->cardInfo, inner);
        case int(ProjectKey::City):
            return shared(&p->city);
        case int(ProjectKey::Company):
            return shared(&p->company);
        case int(ProjectKey::Country):
            return shared(&p->country);
        case int(ProjectKey::CountryCode):
            return shared(&p->countryCode);
        case int(ProjectKey::DefaultCloud):
            return shared(&p->defaultCloud);
        case int(ProjectKey::EndOfLifeExtension):
            return readObjectOrEmpty(value, &p->endOfLifeExtension, inner);
        case int(ProjectKey::EstimatedBalance):
            return readText(value, &p->estimatedBalance, inner);
        case int(ProjectKey::EstimatedBalanceLocal):
            return readText(value, &p->estimatedBalanceLocal, inner);
        case int(ProjectKey::Features):
            return readObjectOrEmpty(value, &p->features, inner);
        case int(ProjectKey::OrganizationId):
            return shared(&p->organizationId);
        case int(ProjectKey::PaymentMethod):
            return shared(&p->paymentMethod);
        case int(ProjectKey::ProjectName):
            nameKind = od::json_type::null;
            return readText(value, &p->name, inner, &*nameKind);
        case int(ProjectKey::State):
            return shared(&p->state);
        case int(ProjectKey::Tags):
            return readTags(value, &p->tags, inner, pool);
        case int(ProjectKey::TechEmails):
            return readEmails(value, &p->techEmails, inner, pool);
        case int(ProjectKey::TenantId):
            return shared(&p->tenantId);
        case int(ProjectKey::TrialExpirationTime):
            return shared(&p->trialExpirationTime);
        case int(ProjectKey::VatId):
            return readText(value, &p->vatId, inner);
        case int(ProjectKey::ZipCode):
            return readText(value, &p->zipCode, inner);
        }
        QJsonValue extra;
        if (!readJson(value, &extra, inner))
            return false;
        p->extra.insert(fromUtf8(key), extra);
        return true;
    };
    if (!forEachMember(v, depth, readMember))
        return Read::BadJson;
    if (nameKind != od::json_type::string)
        p->name.clear(); // a number or true is no name
    if (p->name.isEmpty()) {
        setError(error, nameError(L("project_name"), nameKind));
        return Read::BadShape;
    }
    return Read::Ok;
}

// The membership maps by name: a QHash for the full reading, names in the body's text (valid
// while it is being read) for the records.
using RoleByName = std::unordered_map<std::string_view, QString>;
using RolesByName = std::unordered_map<std::string_view, QStringList>;

template <typename V> void put(QHash<QString, V>* map, std::string_view key, V value)
{
    map->insert(fromUtf8(key), std::move(value));
}
template <typename V> void drop(QHash<QString, V>* map, std::string_view key)
{
    map->remove(fromUtf8(key));
}
template <typename V>
void put(std::unordered_map<std::string_view, V>* map, std::string_view key, V value)
{
    (*map)[key] = std::move(value);
}
template <typename V> void drop(std::unordered_map<std::string_view, V>* map, std::string_view key)
{
    map->erase(key);
}

// project_membership: name -> role; the last of repeated names counts, also
// when empty.
template <typename Map> bool readMembership(od::value v, Map* out, int depth, StringPool* pool)
{
    if (!out->empty())
        out->clear(); // a repeated key starts over; an empty map keeps its room
    od::json_type type;
    if (!kindOf(v, &type))
        return false;
    if (type != od::json_type::object)
        return skip(v, depth);
    return forEachMember(v, depth, [out, depth, pool](std::string_view key, od::value value) {
        QString role;
        if (!readText(value, &role, depth + 1, nullptr, pool))
            return false;
        if (!role.isEmpty())
            put(out, key, std::move(role));
        else
            drop(out, key);
        return true;
    });
}

// project_memberships: name -> roles, as an array of roles or one role.
template <typename Map> bool readMemberships(od::value v, Map* out, int depth, StringPool* pool)
{
    if (!out->empty())
        out->clear(); // a repeated key starts over; an empty map keeps its room
    od::json_type type;
    if (!kindOf(v, &type))
        return false;
    if (type != od::json_type::object)
        return skip(v, depth);
    return forEachMember(v, depth, [out, depth, pool](std::string_view key, od::value value) {
        od::json_type kind;
        QStringList roles;
        if (!kindOf(value, &kind))
            return false;
        if (kind == od::json_type::string) {
            QString role;
            if (!readText(value, &role, depth + 1, nullptr, pool))
                return false;
            roles.append(role);
        } else if (!readStringList(value, &roles, depth + 1, pool)) {
            return false;
        }
        if (!roles.isEmpty())
            put(out, key, std::move(roles));
        else
            drop(out, key);
        return true;
    });
}

// Runs `read` on the root value of `input`, which must be one object and nothing else, with
// `parser` (which keeps its buffers from one document to the next).
template <typename F>
Read readPadded(od::parser& parser, simdjson::padded_string_view input, F&& read)
{
    od::document doc;
    od::value root;
    od::json_type type;
    if (parser.capacity() < input.length() || parser.max_depth() != kSimdjsonMaxDepth) {
        if (parser.allocate(std::max<std::size_t>(input.length(), 4096), kSimdjsonMaxDepth) !=
            simdjson::SUCCESS)
            return Read::BadJson;
    }
    if (parser.iterate(input).get(doc) != simdjson::SUCCESS ||
        doc.type().get(type) != simdjson::SUCCESS || type != od::json_type::object ||
        doc.get_value().get(root) != simdjson::SUCCESS)
        return Read::BadJson;
    const Read result = read(root);
    if (result == Read::BadJson)
        return result;
    // Nothing but whitespace may follow the object.
    const char* rest = nullptr;
    if (doc.current_location().get(rest) != simdjson::OUT_OF_BOUNDS)
        return Read::BadJson;
    return result;
}

// Where one project's text is in the answer.
struct TextSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
};

// The fewest projects a thread of readRecordSummaries reads: fewer are not worth starting one.
constexpr qsizetype kRecordsPerThread = 1024;

// How reading the row fields of a run of projects went: the first project with a wrong shape
// and why, or text that is not JSON somewhere.
struct RangeRead
{
    bool badJson = false;
    qsizetype firstBad = -1; // an index into the whole list
    QString problem;
};

// Fills out[i] for each of `spans[0, count)`, which are projects `first`... of the list: where
// its text is in `base`, and its row fields read from that text on its own. Each project is
// read on its own, so that runs of one list can be read side by side.
void readRecordRange(const char* base, const TextSpan* spans, qsizetype count, qsizetype first,
                     ProjectRecord* out, RangeRead* outcome)
{
    od::parser parser;
    StringPool pool;
    std::vector<char> text; // each project copied out, with the room simdjson reads past
    for (qsizetype i = 0; i < count; ++i) {
        ProjectRecord& record = out[i];
        record.offset = spans[i].offset;
        record.length = spans[i].length;
        const std::size_t length = std::size_t(record.length);
        if (text.size() < length + std::size_t(kReadPadding))
            text.resize(length + std::size_t(kReadPadding));
        std::memcpy(text.data(), base + record.offset, length);
        Project p;
        QString problem;
        // At depth 2, where it sits in the answer, so that the same nesting is refused.
        const Read result =
            readPadded(parser, simdjson::padded_string_view(text.data(), length, text.size()),
                       [&](od::value root) {
                           return readProject(root, &p, &problem, 2, &pool, Detail::Summary);
                       });
        if (result == Read::BadJson) {
            outcome->badJson = true;
            return;
        }
        if (result == Read::BadShape) {
            if (outcome->firstBad < 0) {
                outcome->firstBad = first + i;
                outcome->problem = problem;
            }
            continue;
        }
        record.summary = ProjectSummary::of(std::move(p));
    }
}

// Gives each of `records` its project's entries of the membership maps (none when they
// have none).
void joinMembershipRange(ProjectRecord* records, qsizetype count, const RoleByName& roleByName,
                         const RolesByName& rolesByName)
{
    if (roleByName.empty() && rolesByName.empty())
        return;
    for (qsizetype i = 0; i < count; ++i) {
        ProjectRecord& record = records[i];
        const QByteArray name = record.summary.name.toUtf8();
        const std::string_view key(name.constData(), std::size_t(name.size()));
        const auto role = roleByName.find(key);
        record.role = role != roleByName.end() ? role->second : QString();
        const auto roles = rolesByName.find(key);
        record.memberships = roles != rolesByName.end() ? roles->second : QStringList();
    }
}

// The same in parts side by side.
void joinMemberships(ProjectRecord* records, qsizetype count, const RoleByName& roleByName,
                     const RolesByName& rolesByName)
{
    if (count == 0 || (roleByName.empty() && rolesByName.empty()))
        return;
    const qsizetype parts = partCount(count, kRecordsPerThread);
    runInParts(count, parts, [&](qsizetype, qsizetype begin, qsizetype end) {
        joinMembershipRange(records + begin, end - begin, roleByName, rolesByName);
    });
}

// Makes `records` one record for each of `spans`, with its row fields read from its own
// text in `base`: readProjectList leaves that for last. A long list is cut into parts that threads
// read side by side: each project is read on its own, so the outcome is the one of reading them in
// order. The first project with a wrong shape is told in `shapeError` (it comes before any problem
// already there); text that is not JSON anywhere makes the whole answer BadJson.
Read readRecordSummaries(const char* base, const std::vector<TextSpan>& spans,
                         QVector<ProjectRecord>* records, const RoleByName& roleByName,
                         const RolesByName& rolesByName, std::optional<QString>* shapeError)
{
    const auto count = qsizetype(spans.size());
    // Made here at their final number, each thread filling its own: the first pass, which
    // must go through the whole answer on one thread, only notes where each project is.
    *records = {};
    reserveOnHugePages(records, count);
    records->resize(count);
    if (count == 0)
        return Read::Ok;
    std::vector<RangeRead> parts(std::size_t(partCount(count, kRecordsPerThread)));
    ProjectRecord* const out = records->data(); // one detach, before the threads start
    runInParts(count, qsizetype(parts.size()),
               [&, base, out](qsizetype part, qsizetype begin, qsizetype end) {
                   readRecordRange(base, spans.data() + begin, end - begin, begin, out + begin,
                                   &parts[std::size_t(part)]);
               });
    for (const RangeRead& part : parts) {
        if (part.badJson)
            return Read::BadJson;
    }
    for (const RangeRead& part : parts) {
        if (part.firstBad >= 0) {
            *shapeError = QStringLiteral("projects[%1]: %2").arg(part.firstBad).arg(part.problem);
            return Read::BadShape;
        }
    }
    joinMemberships(out, count, roleByName, rolesByName);
    return Read::Ok;
}

// Where readProjectList puts what it reads: every project in full, or each project's row
// fields and the place of its text in the body that starts at `base`.
struct ProjectListTarget
{
    QVector<Project>* projects = nullptr;
    QVector<ProjectRecord>* records = nullptr;
    const char* base = nullptr;
    QHash<QString, QString>* membership = nullptr;      // for the projects
    QHash<QString, QStringList>* memberships = nullptr; // for the projects
};

Read readProjectList(od::value body, const ProjectListTarget& target, QString* error)
{
    StringPool pool;
    // For the records: joined to each project as its row fields are read.
    RoleByName roleByName;
    RolesByName rolesByName;
    bool seenProjects = false;
    std::optional<QString> shapeError;
    std::vector<TextSpan> spans; // for the records: where each project's text is
    // One project of the array: the first problem is told, but the rest must
    // still be JSON that Qt's parser takes.
    qsizetype index = 0;
    const auto readItem = [&target, &shapeError, &index, &pool, &spans](od::value item) {
        const qsizetype at = index++;
        od::json_type kind;
        if (!kindOf(item, &kind))
            return false;
        if (shapeError || kind != od::json_type::object) {
            if (!shapeError)
                shapeError = QStringLiteral("projects[%1] is not an object.").arg(at);
            return skip(item, 2);
        }
        if (target.records) {
            // Only where its text is, for now: readRecordSummaries reads them all after.
            od::object object;
            std::string_view text;
            if (item.get_object().get(object) != simdjson::SUCCESS ||
                object.raw_json().get(text) != simdjson::SUCCESS)
                return false;
            // The object's text ends at its closing brace, before any white space.
            while (!text.empty() && text.back() != '}')
                text.remove_suffix(1);
            spans.push_back({qsizetype(text.data() - target.base), qsizetype(text.size())});
            return true;
        }
        Project p;
        QString projectError;
        switch (readProject(item, &p, &projectError, 2, &pool)) {
        case Read::Ok:
            target.projects->append(std::move(p));
            return true;
        case Read::BadShape:
            shapeError = QStringLiteral("projects[%1]: %2").arg(at).arg(projectError);
            return true;
        case Read::BadJson:
            break;
        }
        return false;
    };
    const auto readMember = [&](std::string_view key, od::value value) {
        if (key == "projects") {
            // The last of repeated keys counts, so a shape error waits for the end.
            seenProjects = true;
            shapeError.reset();
            if (target.records) {
                // An earlier array's projects were only found, not read; what is dropped
                // must still be JSON, as it must be where every project is read at once.
                std::optional<QString> dropped;
                if (readRecordSummaries(target.base, spans, target.records, {}, {}, &dropped) ==
                    Read::BadJson)
                    return false;
                target.records->clear();
                spans.clear();
            } else {
                target.projects->clear();
            }
            index = 0;
            od::json_type type;
            if (!kindOf(value, &type))
                return false;
            if (type != od::json_type::array) {
                shapeError = QStringLiteral("Key \"projects\" must be an array.");
                return skip(value, 1);
            }
            return forEachElement(value, 1, readItem);
        }
        // One entry per project is the usual case: room for them at once, not by doubling.
        const qsizetype projects =
            target.records ? qsizetype(spans.size()) : target.projects->size();
        if (key == "project_membership") {
            if (target.records) {
                roleByName.reserve(std::size_t(projects));
                return readMembership(value, &roleByName, 1, &pool);
            }
            target.membership->reserve(projects);
            return readMembership(value, target.membership, 1, &pool);
        }
        if (key == "project_memberships") {
            if (target.records) {
                rolesByName.reserve(std::size_t(projects));
                return readMemberships(value, &rolesByName, 1, &pool);
            }
            target.memberships->reserve(projects);
            return readMemberships(value, target.memberships, 1, &pool);
        }
        return skip(value, 1);
    };
    if (!forEachMember(body, 0, readMember))
        return Read::BadJson;
    if (!seenProjects)
        shapeError = QStringLiteral("Required key \"projects\" is missing.");
    if (target.records) {
        // The records come before the first item that is not an object, so a project
        // that is wrong among them is told before the problem found here.
        if (readRecordSummaries(target.base, spans, target.records, roleByName, rolesByName,
                                &shapeError) == Read::BadJson)
            return Read::BadJson;
    }
    if (shapeError) {
        setError(error, *shapeError);
        return Read::BadShape;
    }
    return Read::Ok;
}

// JSON's white space.
bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The closing quote of the string whose opening quote is at `open`, looked for in
// text[from, size): -1 when it has not come yet. A quote after an odd number of backslashes is
// part of the string.
qsizetype closingQuote(const char* text, qsizetype open, qsizetype from, qsizetype size)
{
    while (from < size) {
        const auto* found = static_cast<const char*>(std::memchr(text + from, '"', size - from));
        if (!found)
            return -1;
        const qsizetype quote = found - text;
        qsizetype backslashes = 0;
        while (quote - 1 - backslashes > open && text[quote - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return quote;
        from = quote + 1;
    }
    return -1;
}

// Where the projects of a GET /v1/project answer are in its text, found while the text
// comes in, a piece at a time. It follows strings and nesting only: simdjson reads every byte
// afterwards. It takes the usual shape alone, an object with one key written "projects"
// whose value is an array of objects, and refuses anything else (the answer is then read
// the usual way).
class ProjectSpanScanner
{
public:
    // Goes on through text[0, size), whose bytes before the last call's `size` are those it
    // saw then, calling onProject(TextSpan) for each project whose text is now complete.
    // False once it has refused the answer.
    template <typename F> bool scan(const char* text, qsizetype size, F&& onProject);
    // The whole answer was seen, and it has the shape taken.
    bool complete() const { return m_phase == Phase::AfterRoot && m_arrayClose >= 0; }
    qsizetype arrayOpen() const { return m_arrayOpen; }   // where the projects' '[' is
    qsizetype arrayClose() const { return m_arrayClose; } // and its ']'

private:
    enum class Phase {
        BeforeRoot,
        Root,          // in the root object, outside the projects' array
        ProjectsKey,   // after the key "projects": its ':'
        ProjectsValue, // after that ':': its '['
        FirstItem,     // after the '['
        Item,          // in a project's object
        AfterItem,     // after a project: ',' or ']'
        NextItem,      // after a ',': the next project
        AfterRoot,     // white space only
        Refused,
    };
    bool refuse()
    {
        m_phase = Phase::Refused;
        return false;
    }
    template <typename F> void scanItem(const char* text, qsizetype size, F& onProject);

    Phase m_phase = Phase::BeforeRoot;
    qsizetype m_at = 0;      // the next byte to look at
    bool m_inString = false; // a string opened at m_stringStart is not closed yet
    qsizetype m_stringStart = -1;
    bool m_stringIsKey = false; // ... and it is a key of the root object
    int m_depth = 0;            // outside the projects: how many containers are open
    bool m_keyNext = false;     // the root object's next string is a key
    qsizetype m_itemStart = -1; // where the project being read opened
    int m_itemDepth = 0;        // its containers open
    qsizetype m_arrayOpen = -1;
    qsizetype m_arrayClose = -1;
};

// Inside a project: only quotes and brackets count, and strings are skipped with memchr.
template <typename F>
void ProjectSpanScanner::scanItem(const char* text, qsizetype size, F& onProject)
{
    while (m_at < size) {
        const char c = text[m_at];
        if (c == '"') {
            const qsizetype end = closingQuote(text, m_at, m_at + 1, size);
            if (end < 0) {
                m_inString = true;
                m_stringStart = m_at;
                m_stringIsKey = false;
                m_at = size;
                return;
            }
            m_at = end + 1;
            continue;
        }
        if (c == '{' || c == '[') {
            ++m_itemDepth;
        } else if ((c == '}' || c == ']') && --m_itemDepth == 0) {
            onProject(TextSpan{m_itemStart, m_at + 1 - m_itemStart});
            m_phase = Phase::AfterItem;
            ++m_at;
            return;
        }
        ++m_at;
    }
}

template <typename F> bool ProjectSpanScanner::scan(const char* text, qsizetype size, F&& onProject)
{
    while (m_at < size) {
        if (m_phase == Phase::Refused)
            return false;
        if (m_inString) {
            const qsizetype end = closingQuote(text, m_stringStart, m_at, size);
            if (end < 0) {
                m_at = size;
                break;
            }
            m_inString = false;
            m_at = end + 1;
            if (m_stringIsKey) {
                m_stringIsKey = false;
                const std::string_view key(text + m_stringStart + 1,
                                           std::size_t(end - m_stringStart - 1));
                if (key == "projects") {
                    if (m_arrayOpen >= 0)
                        return refuse(); // the last of repeated keys counts: the usual way
                    m_phase = Phase::ProjectsKey;
                }
            }
            continue;
        }
        if (m_phase == Phase::Item) {
            scanItem(text, size, onProject);
            continue;
        }
        const char c = text[m_at];
        switch (m_phase) {
        case Phase::BeforeRoot:
            if (isJsonSpace(c))
                break;
            if (c != '{')
                return refuse();
            m_phase = Phase::Root;
            m_depth = 1;
            m_keyNext = true;
            break;
        case Phase::Root:
            if (c == '"') {
                m_inString = true;
                m_stringStart = m_at;
                m_stringIsKey = m_depth == 1 && m_keyNext;
                m_keyNext = false;
            } else if (c == '{' || c == '[') {
                ++m_depth;
            } else if (c == '}' || c == ']') {
                if (--m_depth == 0)
                    m_phase = Phase::AfterRoot;
            } else if (c == ',' && m_depth == 1) {
                m_keyNext = true;
            }
            break;
        case Phase::ProjectsKey:
            if (isJsonSpace(c))
                break;
            if (c != ':')
                return refuse();
            m_phase = Phase::ProjectsValue;
            break;
        case Phase::ProjectsValue:
            if (isJsonSpace(c))
                break;
            if (c != '[')
                return refuse(); // not an array: the usual reading says so
            m_arrayOpen = m_at;
            m_phase = Phase::FirstItem;
            break;
        case Phase::FirstItem:
        case Phase::NextItem:
            if (isJsonSpace(c))
                break;
            if (c == ']' && m_phase == Phase::FirstItem) {
                m_arrayClose = m_at;
                m_phase = Phase::Root;
                break;
            }
            if (c != '{')
                return refuse();
            m_itemStart = m_at;
            m_itemDepth = 1;
            m_phase = Phase::Item;
            break;
        case Phase::AfterItem:
            if (isJsonSpace(c))
                break;
            if (c == ',') {
                m_phase = Phase::NextItem;
            } else if (c == ']') {
                m_arrayClose = m_at;
                m_phase = Phase::Root;
            } else {
                return refuse();
            }
            break;
        case Phase::AfterRoot:
            if (!isJsonSpace(c))
                return refuse();
            break;
        case Phase::Item:
        case Phase::Refused:
            break;
        }
        ++m_at;
    }
    return m_phase != Phase::Refused;
}

// What lies outside the projects' array of an answer the scanner took: the text before its
// items (`before`, up to its '[') and after them (`after`, from its ']'), read as one, which
// must be an object whose only key "projects" is that empty array. The membership maps' keys
// point into `skeleton` or the parser, which must outlive them.
bool readOutsideProjects(std::string_view before, std::string_view after,
                         std::vector<char>* skeleton, od::parser* parser, StringPool* pool,
                         RoleByName* roleByName, RolesByName* rolesByName)
{
    const qsizetype arrayOpen = qsizetype(before.size()) - 1;
    skeleton->resize(before.size() + after.size() + std::size_t(kReadPadding));
    std::memcpy(skeleton->data(), before.data(), before.size());
    std::memcpy(skeleton->data() + before.size(), after.data(), after.size());
    roleByName->clear();
    rolesByName->clear();
    int projectsKeys = 0;
    const auto readMember = [&](std::string_view key, od::value value) {
        if (key == "projects") {
            ++projectsKeys;
            if (value.raw_json_token().data() != skeleton->data() + arrayOpen)
                return false;
            return forEachElement(value, 1, [](od::value) { return false; });
        }
        if (key == "project_membership")
            return readMembership(value, roleByName, 1, pool);
        if (key == "project_memberships")
            return readMemberships(value, rolesByName, 1, pool);
        return skip(value, 1);
    };
    const Read read =
        readPadded(*parser,
                   simdjson::padded_string_view(skeleton->data(), before.size() + after.size(),
                                                skeleton->size()),
                   [&](od::value root) {
                       return forEachMember(root, 0, readMember) ? Read::Ok : Read::BadJson;
                   });
    return read == Read::Ok && projectsKeys == 1;
}

ProjectListTarget fullTarget(ProjectList* list)
{
    return {&list->projects, nullptr, nullptr, &list->membership, &list->memberships};
}

ProjectListTarget recordTarget(ProjectRecords* records, const QByteArray& text)
{
    return {nullptr, &records->records, text.constData(), nullptr, nullptr};
}

// Runs `read` on the root value of `utf8`, which must be one object and nothing
// else.
template <typename F> Read readDocument(const QByteArray& utf8, F&& read)
{
    // simdjson reads a little past the end; a buffer with room to spare is used
    // in place.
    simdjson::padded_string copy;
    simdjson::padded_string_view input;
    if (utf8.capacity() - utf8.size() >= kReadPadding) {
        input = simdjson::padded_string_view(utf8.constData(), std::size_t(utf8.size()),
                                             std::size_t(utf8.capacity()));
    } else {
        copy = simdjson::padded_string(utf8.constData(), std::size_t(utf8.size()));
        input = copy;
    }
    od::parser parser;
    return readPadded(parser, input, read);
}

// The canonical form of a document Qt accepted, read again: QJsonDocument has
// dropped repeated keys and written every number and string in a form simdjson
// reads.
template <typename F> Read readCanonical(const QJsonObject& object, F&& read, QString* error)
{
    const Read result = readDocument(QJsonDocument(object).toJson(QJsonDocument::Compact), read);
    if (result == Read::BadJson)
        setError(error, QStringLiteral("Not valid JSON: text the reader cannot represent."));
    return result;
}

} // namespace

namespace {

// One member of GET /v1/me's user object. The account's project names and memberships are
// passed over: a large organization's are as long as its project list (1.2 MB with 10,000
// projects), and the project list itself says the same of each project.
bool readUserMember(std::string_view key, od::value value, UserInfo* u,
                    std::optional<od::json_type>* emailKind, int depth)
{
    if (key == "user") {
        *emailKind = od::json_type::null;
        return readText(value, &u->email, depth, &**emailKind);
    }
    static constexpr std::pair<std::string_view, QString UserInfo::*> kTexts[] = {
        {"user_id", &UserInfo::userId},
        {"real_name", &UserInfo::realName},
        {"state", &UserInfo::state},
        {"tenant", &UserInfo::tenant},
        {"token_validity_begin", &UserInfo::tokenValidityBegin},
        {"create_time", &UserInfo::createTime}};
    for (const auto& [name, field] : kTexts) {
        if (key == name)
            return readText(value, &(u->*field), depth);
    }
    if (key == "projects" || key == "project_membership" || key == "project_memberships")
        return skip(value, depth);
    QJsonValue extra;
    if (!readJson(value, &extra, depth))
        return false;
    u->extra.insert(fromUtf8(key), extra);
    return true;
}

// GET /v1/me: {"user": {...}}, whose own "user" is the email; a body that is the user object
// itself is taken too. In one pass: the root's members are read both as the wrapper's and
// as a bare user's, and the last "user" says which it was.
Read readMe(od::value root, UserInfo* out, QString* error)
{
    UserInfo bare;
    UserInfo wrapped;
    std::optional<od::json_type> bareEmail;
    std::optional<od::json_type> wrappedEmail;
    bool isWrapped = false;
    const auto readRootMember = [&](std::string_view key, od::value value) {
        od::json_type kind;
        if (key == "user") {
            if (!kindOf(value, &kind))
                return false;
            isWrapped = kind == od::json_type::object;
            if (isWrapped) {
                wrapped = {};
                wrappedEmail.reset();
                return forEachMember(value, 1, [&](std::string_view inner, od::value v) {
                    return readUserMember(inner, v, &wrapped, &wrappedEmail, 2);
                });
            }
        }
        return readUserMember(key, value, &bare, &bareEmail, 1);
    };
    if (!forEachMember(root, 0, readRootMember))
        return Read::BadJson;
    UserInfo& user = isWrapped ? wrapped : bare;
    const std::optional<od::json_type> emailKind = isWrapped ? wrappedEmail : bareEmail;
    if (emailKind != od::json_type::string)
        user.email.clear(); // a number or true is no address
    if (user.email.isEmpty()) {
        setError(error, nameError(L("user"), emailKind));
        return Read::BadShape;
    }
    *out = std::move(user);
    return Read::Ok;
}

// What the fast reading left: Qt's parser decides what is valid JSON and words what is not;
// `read` takes what it accepts (which reads it again in its canonical form).
template <typename T>
std::optional<T> readWithQt(const QByteArray& utf8,
                            std::optional<T> (*read)(const QJsonObject&, QString*), QString* error)
{
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
    return read(doc.object(), error);
}

} // namespace

std::optional<Project> parseProject(const QJsonObject& obj, QString* error)
{
    Project p;
    StringPool pool;
    const auto read = [&p, error, &pool](od::value root) {
        return readProject(root, &p, error, 0, &pool);
    };
    if (readCanonical(obj, read, error) != Read::Ok)
        return std::nullopt;
    return p;
}

std::optional<ProjectList> parseProjectList(const QJsonObject& body, QString* error)
{
    ProjectList list;
    const auto read = [&list, error](od::value root) {
        return readProjectList(root, fullTarget(&list), error);
    };
    if (readCanonical(body, read, error) != Read::Ok)
        return std::nullopt;
    return list;
}

std::optional<ProjectList> tryParseProjectListUtf8(const QByteArray& utf8)
{
    ProjectList list;
    const auto read = [&list](od::value root) {
        return readProjectList(root, fullTarget(&list), nullptr);
    };
    if (readDocument(utf8, read) != Read::Ok)
        return std::nullopt;
    return list;
}

std::optional<ProjectRecords> tryReadProjectRecords(const QByteArray& utf8)
{
    ProjectRecords records;
    QByteArray text = utf8;
    // Read in place, so that each record's place is in the text the records keep.
    if (text.capacity() - text.size() < kReadPadding) {
        text.reserve(utf8.size() + kReadPadding);
    }
    const auto read = [&records, &text](od::value root) {
        return readProjectList(root, recordTarget(&records, text), nullptr);
    };
    if (readDocument(text, read) != Read::Ok)
        return std::nullopt;
    records.text = AnswerText(std::move(text));
    return records;
}

std::optional<ProjectRecords> readProjectRecords(const QJsonObject& body, QString* error)
{
    ProjectRecords records;
    QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    text.reserve(text.size() + kReadPadding);
    const auto read = [&records, &text, error](od::value root) {
        return readProjectList(root, recordTarget(&records, text), error);
    };
    const Read result = readDocument(text, read);
    if (result == Read::BadJson)
        setError(error, QStringLiteral("Not valid JSON: text the reader cannot represent."));
    if (result != Read::Ok)
        return std::nullopt;
    records.text = AnswerText(std::move(text));
    return records;
}

std::optional<ProjectRecords> readProjectRecordsUtf8(const QByteArray& utf8, QString* error)
{
    if (std::optional<ProjectRecords> records = tryReadProjectRecords(utf8))
        return records;
    return readWithQt(utf8, &readProjectRecords, error);
}

// How many projects' row fields one task of a ProjectListStream reads: a few hundred
// kilobytes of text, so that the reading keeps up with the answer coming in.
constexpr qsizetype kProjectsPerRun = 512;

// What a ProjectListStream's task makes of the part of the answer outside the projects.
struct OutsideProjects
{
    std::vector<char> skeleton;
    od::parser parser;
    StringPool pool;
    RoleByName roleByName;
    RolesByName rolesByName;
    bool read = false;

    // The answer's text before the projects' items, closed as if nothing followed them.
    void readBefore(std::string_view before)
    {
        read =
            readOutsideProjects(before, "]}", &skeleton, &parser, &pool, &roleByName, &rolesByName);
    }
};

// The text after the projects' array is that closing: a ']', a '}' and white space.
bool onlyClosesAfterProjects(std::string_view after)
{
    std::size_t at = 1; // after the ']'
    while (at < after.size() && isJsonSpace(after[at]))
        ++at;
    if (at == after.size() || after[at] != '}')
        return false;
    for (++at; at < after.size(); ++at) {
        if (!isJsonSpace(after[at]))
            return false;
    }
    return true;
}

struct ProjectListStream::Private
{
    ProjectSpanScanner scanner;
    bool refused = false;
    char* base = nullptr; // the buffer of the last feed()
    qsizetype capacity = 0;
    qsizetype packFrom = 0;      // runs are packed when the buffer has room for this much
    std::vector<TextSpan> found; // projects found and not yet handed out
    // Handed out in runs: each run's records are made here before its task starts, and
    // only that task writes them. Grown only while no task runs.
    QVector<ProjectRecord> records;
    struct Run
    {
        qsizetype first = 0;
        qsizetype count = 0;
        // Its bytes: from the end of the run before (after the '[' for the first) to the end
        // of its last project, packed by its task once its records are read (in a large
        // answer); feed() then gives back the buffer's pages that hold only packed bytes.
        qsizetype from = 0;
        qsizetype to = 0;
        bool pack = false;
        std::vector<AnswerText::Block> blocks;
        std::atomic<bool> packed{false};
        RangeRead outcome;
        bool joined = false; // its records have their memberships
    };
    std::deque<Run> runs;
    std::size_t packedRuns = 0; // runs[0, packedRuns) are packed
    qsizetype releasedTo = 0;   // this buffer's pages are given back up to here
    bool gaveBack = false;      // pages of this buffer or one it was copied from
    // The membership maps come before the projects in Aiven's answers: read by a task of
    // their own as soon as the projects' array opens, and joined to each run read after.
    OutsideProjects before;
    bool beforeHandedOut = false;
    std::atomic<bool> beforeDone{false};
    // The tasks handed out and not done, which may read the buffer and write the records.
    std::mutex tasksMutex;
    std::condition_variable tasksDone;
    int tasksRunning = 0;
    std::atomic<bool> abandoned{false}; // tasks not started by then do nothing

    // The threads of every stream, kept from one answer to the next: starting them for each
    // answer and joining them after cost a few milliseconds a time.
    static QThreadPool& pool()
    {
        static QThreadPool* const threads = [] {
            auto* made = new QThreadPool; // never deleted: its threads may outlive statics
            made->setMaxThreadCount(int(partCount(std::numeric_limits<int>::max(), 1)));
            made->setExpiryTimeout(-1);
            return made;
        }();
        return *threads;
    }

    void start(std::function<void()> task)
    {
        {
            const std::lock_guard<std::mutex> lock(tasksMutex);
            ++tasksRunning;
        }
        pool().start([this, task = std::move(task)] {
            if (!abandoned.load(std::memory_order_acquire))
                task();
            const std::lock_guard<std::mutex> lock(tasksMutex);
            if (--tasksRunning == 0)
                tasksDone.notify_all();
        });
    }

    void waitForTasks()
    {
        std::unique_lock<std::mutex> lock(tasksMutex);
        tasksDone.wait(lock, [this] { return tasksRunning == 0; });
    }

    // Starts a task reading the projects found so far.
    void handOut()
    {
        const qsizetype first = records.size();
        const auto count = qsizetype(found.size());
        if (first + count > records.capacity()) {
            // The tasks write into the records; none has any before the first run.
            if (!records.isEmpty())
                waitForTasks();
            if (records.isEmpty()) {
                // As many as the answer's size suggests at the size of these, a few more.
                const qsizetype textPerProject = std::max<qsizetype>(
                    1, (found.back().offset + found.back().length - found.front().offset) / count);
                reserveOnHugePages(&records,
                                   std::max(count, capacity / textPerProject * 11 / 10 + count));
            }
        }
        records.resize(first + count); // realloc when it must grow: the type is relocatable
        ProjectRecord* const out = records.data() + first;
        const qsizetype from = runs.empty() ? scanner.arrayOpen() + 1 : runs.back().to;
        Run* const run = &runs.emplace_back();
        run->first = first;
        run->count = count;
        run->from = from;
        run->to = found.back().offset + found.back().length;
        // Decided once: for an answer whose size was told (Content-Length), the buffer has
        // room for all of it from the start.
        run->pack = runs.size() == 1 ? capacity >= packFrom : runs.front().pack;
        start([this, spans = std::move(found), base = base, out, run] {
            readRecordRange(base, spans.data(), run->count, run->first, out, &run->outcome);
            if (run->pack && !run->outcome.badJson && run->outcome.firstBad < 0 &&
                AnswerText::pack(base, run->from, run->to, &run->blocks))
                run->packed.store(true, std::memory_order_release);
            if (beforeDone.load(std::memory_order_acquire) && before.read) {
                joinMembershipRange(out, run->count, before.roleByName, before.rolesByName);
                run->joined = true;
            }
        });
        found = {};
        found.reserve(std::size_t(kProjectsPerRun));
    }

    // Gives back the buffer's whole huge pages from where the last call stopped to the end of
    // the runs packed in a row from the first: whole huge pages, which is how a large buffer
    // is backed (one is not split), and from this thread, so that the buffer does not move.
    void releasePacked()
    {
        while (packedRuns < runs.size() && runs[packedRuns].packed.load(std::memory_order_acquire))
            ++packedRuns;
        if (packedRuns == 0)
            return;
        const qsizetype from = std::max(releasedTo, runs.front().from);
        const qsizetype to = runs[packedRuns - 1].to;
        if (to > from) {
            const std::size_t released =
                releasePages(base + from, std::size_t(to - from), kHugePageSize);
            if (released > 0) {
                releasedTo = from + qsizetype(released);
                gaveBack = true;
            }
        }
    }

    // Starts the task reading what comes before the projects' items.
    void handOutBefore(const char* text)
    {
        beforeHandedOut = true;
        start([this, text, size = scanner.arrayOpen() + 1] {
            before.readBefore(std::string_view(text, std::size_t(size)));
            beforeDone.store(true, std::memory_order_release);
        });
    }
};

ProjectListStream::ProjectListStream(qsizetype packFrom)
    : d(std::make_unique<Private>())
{
    d->packFrom = packFrom;
    d->found.reserve(std::size_t(kProjectsPerRun));
}

ProjectListStream::~ProjectListStream()
{
    d->abandoned.store(true, std::memory_order_release); // runs not started are not wanted
    d->waitForTasks();
}

void ProjectListStream::feed(char* data, qsizetype size, qsizetype capacity)
{
    if (d->refused)
        return;
    d->base = data;
    d->capacity = capacity;
    const bool taken = d->scanner.scan(data, size, [this](TextSpan span) {
        d->found.push_back(span);
        if (qsizetype(d->found.size()) >= kProjectsPerRun)
            d->handOut();
    });
    if (!taken) {
        d->refused = true; // what runs finishes; finish() says no
        return;
    }
    if (!d->beforeHandedOut && d->scanner.arrayOpen() >= 0)
        d->handOutBefore(data);
    d->releasePacked();
}

void ProjectListStream::bufferWillMove()
{
    d->waitForTasks();
    // The copy holds zeros where pages were given back: given back again from the start.
    d->releasedTo = 0;
}

bool ProjectListStream::gaveBackPages() const
{
    return d->gaveBack;
}

void ProjectListStream::restore(QByteArray* body)
{
    d->waitForTasks();
    if (!d->gaveBack)
        return;
    for (const Private::Run& run : d->runs) {
        if (run.packed)
            AnswerText::unpack(run.blocks, body->data());
    }
}

std::optional<ProjectRecords> ProjectListStream::finish(QByteArray* body)
{
    feed(body->data(), body->size(), body->capacity());
    const auto refuse = [this, body]() -> std::optional<ProjectRecords> {
        restore(body);
        return std::nullopt;
    };
    if (d->refused || !d->scanner.complete())
        return refuse();
    if (!d->found.empty())
        d->handOut();
    d->waitForTasks();
    d->releasePacked();
    for (const Private::Run& run : d->runs) {
        if (run.outcome.badJson || run.outcome.firstBad >= 0)
            return refuse();
    }
    const std::string_view text(body->constData(), std::size_t(body->size()));
    const std::string_view after = text.substr(std::size_t(d->scanner.arrayClose()));
    if (onlyClosesAfterProjects(after)) {
        // What came before the projects is all there is besides: read already.
        if (!d->before.read)
            return refuse();
        for (const Private::Run& run : d->runs) {
            if (!run.joined)
                joinMembershipRange(d->records.data() + run.first, run.count, d->before.roleByName,
                                    d->before.rolesByName);
        }
    } else {
        // Members after the projects too: read the whole outside again, and join anew.
        OutsideProjects outside;
        outside.read = readOutsideProjects(text.substr(0, std::size_t(d->scanner.arrayOpen() + 1)),
                                           after, &outside.skeleton, &outside.parser, &outside.pool,
                                           &outside.roleByName, &outside.rolesByName);
        if (!outside.read)
            return refuse();
        joinMemberships(d->records.data(), d->records.size(), outside.roleByName,
                        outside.rolesByName);
        // joinMemberships leaves records alone when both maps are empty
        if (outside.roleByName.empty() && outside.rolesByName.empty()) {
            for (ProjectRecord& record : d->records) {
                record.role.clear();
                record.memberships.clear();
            }
        }
    }
    ProjectRecords out;
    const bool everyRunPacked =
        !d->runs.empty() && std::all_of(d->runs.begin(), d->runs.end(),
                                        [](const Private::Run& run) { return run.packed.load(); });
    std::vector<AnswerText::Block> blocks; // the text before the projects too
    if (everyRunPacked && AnswerText::pack(body->constData(), 0, d->runs.front().from, &blocks)) {
        for (Private::Run& run : d->runs)
            std::move(run.blocks.begin(), run.blocks.end(), std::back_inserter(blocks));
        out.text = AnswerText::withBlocks(body->constData(), body->size(), 0, d->runs.back().to,
                                          std::move(blocks));
        *body = QByteArray(); // its text is in the blocks
    } else {
        restore(body);
        out.text = AnswerText(*body);
    }
    out.records = std::move(d->records);
    return out;
}

Project recordedProject(const AnswerText& text, const ProjectRecord& record,
                        AnswerText::Reader* reader)
{
    if (record.project)
        return *record.project;
    std::optional<AnswerText::Reader> own;
    if (!reader)
        reader = &own.emplace(text);
    const QByteArrayView bytes = reader->read(record.offset, record.length);
    Project p;
    if (record.length > 0 && bytes.size() == record.length) {
        // Without a pool: one project repeats few strings, and filling a pool for it took a
        // third of the time of an export that reads every project.
        const auto read = [&p](od::value root) {
            return readProject(root, &p, nullptr, 0, nullptr);
        };
        // A copy with room to spare: simdjson reads past the end of its input.
        QByteArray copy;
        copy.reserve(record.length + kReadPadding);
        copy.append(bytes);
        if (readDocument(copy, read) == Read::Ok)
            return p;
    }
    // Only if the records were paired with another text: what the row shows, at least.
    return record.summary.toProject();
}

std::optional<ProjectList> parseProjectListUtf8(const QByteArray& utf8, QString* error)
{
    if (std::optional<ProjectList> list = tryParseProjectListUtf8(utf8))
        return list;
    return readWithQt(utf8, &parseProjectList, error);
}

std::optional<Cloud> parseCloud(const QJsonObject& obj, QString* error)
{
    return parseKeyed(obj, L("cloud_name"), &Cloud::name, cloudKeys(), error,
                      [](Cloud& c, Reader& r) {
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
                      });
}

std::optional<QVector<Cloud>> parseCloudList(const QJsonObject& body, QString* error)
{
    return parseArray<Cloud>(body, L("clouds"), &parseCloud, error);
}

std::optional<BillingGroup> parseBillingGroup(const QJsonObject& obj, QString* error)
{
    return parseKeyed(obj, L("billing_group_id"), &BillingGroup::id, billingGroupKeys(), error,
                      [](BillingGroup& g, Reader& r) {
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
                      });
}

std::optional<QVector<BillingGroup>> parseBillingGroupList(const QJsonObject& body, QString* error)
{
    return parseArray<BillingGroup>(body, L("billing_groups"), &parseBillingGroup, error);
}

std::optional<Account> parseAccount(const QJsonObject& obj, QString* error)
{
    return parseKeyed(obj, L("account_id"), &Account::id, accountKeys(), error,
                      [](Account& a, Reader& r) {
                          a.name = text(r(L("account_name")));
                          a.organizationId = text(r(L("organization_id")));
                          a.parentAccountId = text(r(L("parent_account_id")));
                          a.rootAccountId = text(r(L("root_account_id")));
                          a.tenantId = text(r(L("tenant_id")));
                          a.isAccountOwner = boolean(r(L("is_account_owner")));
                      });
}

std::optional<QVector<Account>> parseAccountList(const QJsonObject& body, QString* error)
{
    return parseArray<Account>(body, L("accounts"), &parseAccount, error);
}

std::optional<UserInfo> parseUserInfo(const QJsonObject& body, QString* error)
{
    UserInfo user;
    const auto read = [&user, error](od::value root) { return readMe(root, &user, error); };
    if (readCanonical(body, read, error) != Read::Ok)
        return std::nullopt;
    return user;
}

std::optional<UserInfo> tryReadUserInfo(const QByteArray& utf8)
{
    UserInfo user;
    const auto read = [&user](od::value root) { return readMe(root, &user, nullptr); };
    if (readDocument(utf8, read) != Read::Ok)
        return std::nullopt;
    return user;
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
