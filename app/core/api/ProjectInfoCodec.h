#pragma once

// JSON of the project's services, event log and CA certificate, mapped in JsonCodec's
// style: tolerant of missing optional keys, null and numbers as strings; strict where a
// row would be useless (a service without a name, a body without its list).

#include "api/ProjectInfoTypes.h"

#include <QJsonObject>

#include <optional>

namespace fjord::json {

std::optional<Service> parseService(const QJsonObject& object, QString* error = nullptr);
// {"services": [...]}
std::optional<QVector<Service>> parseServiceList(const QJsonObject& body, QString* error = nullptr);
std::optional<ProjectEvent> parseProjectEvent(const QJsonObject& object, QString* error = nullptr);
// {"events": [...]}
std::optional<QVector<ProjectEvent>> parseProjectEventList(const QJsonObject& body,
                                                           QString* error = nullptr);
// {"certificate": "<PEM>"}
std::optional<CaCertificate> parseCaCertificate(const QJsonObject& body, QString* error = nullptr);

} // namespace fjord::json
