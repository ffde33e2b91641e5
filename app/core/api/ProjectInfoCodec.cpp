#include "api/ProjectInfoCodec.h"

#include "api/JsonValues.h"

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

using L = QLatin1String;

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
