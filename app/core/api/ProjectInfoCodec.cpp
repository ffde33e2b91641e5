#include "api/ProjectInfoCodec.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace fjord {

bool Service::operator==(const Service& other) const
{
    return name == other.name && type == other.type && typeDescription == other.typeDescription &&
           plan == other.plan && state == other.state && cloudName == other.cloudName &&
           cloudDescription == other.cloudDescription && nodeCount == other.nodeCount &&
           terminationProtection == other.terminationProtection && createTime == other.createTime &&
           updateTime == other.updateTime;
}

bool ProjectEvent::operator==(const ProjectEvent& other) const
{
    return id == other.id && timeText == other.timeText && actor == other.actor &&
           type == other.type && serviceName == other.serviceName &&
           description == other.description;
}

namespace json {

namespace {

using L = QLatin1String;

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// The same tolerant conversions as JsonCodec's: text from strings, numbers and booleans.
QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'f', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
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

// A count: an integer (or its text) from 0 up, else -1.
int count(const QJsonValue& value)
{
    double d = -1;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return -1;
    }
    if (!std::isfinite(d) || d < 0 || d > 1.0e6 || std::floor(d) != d)
        return -1;
    return int(d);
}

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

std::optional<Service> parseService(const QJsonObject& obj, QString* error)
{
    std::optional<QString> name = requiredName(obj, L("service_name"), error);
    if (!name)
        return std::nullopt;
    Service s;
    s.name = *name;
    s.type = text(obj.value(L("service_type")));
    s.typeDescription = text(obj.value(L("service_type_description")));
    s.plan = text(obj.value(L("plan")));
    s.state = text(obj.value(L("state")));
    s.cloudName = text(obj.value(L("cloud_name")));
    s.cloudDescription = text(obj.value(L("cloud_description")));
    s.nodeCount = count(obj.value(L("node_count")));
    s.terminationProtection = boolean(obj.value(L("termination_protection")));
    s.createTime = text(obj.value(L("create_time")));
    s.updateTime = text(obj.value(L("update_time")));
    return s;
}

std::optional<QVector<Service>> parseServiceList(const QJsonObject& body, QString* error)
{
    return parseArray<Service>(body, L("services"), &parseService, error);
}

std::optional<ProjectEvent> parseProjectEvent(const QJsonObject& obj, QString* /*error*/)
{
    // Every key is required by the document, but an event with a missing key is still worth
    // showing: it is a log line, not something the user acts on.
    ProjectEvent e;
    e.id = text(obj.value(L("id")));
    e.timeText = text(obj.value(L("time")));
    e.time = QDateTime::fromString(e.timeText, Qt::ISODateWithMs);
    if (e.time.isValid())
        e.time = e.time.toUTC();
    e.actor = text(obj.value(L("actor")));
    e.type = text(obj.value(L("event_type")));
    e.serviceName = text(obj.value(L("service_name")));
    e.description = text(obj.value(L("event_desc")));
    return e;
}

std::optional<QVector<ProjectEvent>> parseProjectEventList(const QJsonObject& body, QString* error)
{
    return parseArray<ProjectEvent>(body, L("events"), &parseProjectEvent, error);
}

std::optional<CaCertificate> parseCaCertificate(const QJsonObject& body, QString* error)
{
    std::optional<QString> pem = requiredName(body, L("certificate"), error);
    if (!pem)
        return std::nullopt;
    return CaCertificate{*pem};
}

} // namespace json

} // namespace fjord
