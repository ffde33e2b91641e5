#pragma once

// Conversions between API JSON and the typed values in Types.h.
// Tolerant where the real API varies (missing optional keys, null, numbers as strings,
// unknown keys kept in `extra`), strict where it must be (a wrong type for a required
// identifier such as project_name or cloud_name is an error, not an empty row).

#include "api/Types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

namespace fjord::json {

// Each parse function returns nullopt and fills *error with a sentence naming the
// offending key when the input cannot be used.
std::optional<Project> parseProject(const QJsonObject& object, QString* error = nullptr);
std::optional<ProjectList> parseProjectList(const QJsonObject& body, QString* error = nullptr);

// GET /v1/project straight from the UTF-8 body, without building a QJsonDocument first
// (a 10,000-project answer is the hot case). Returns nullopt, without saying why, for
// anything it does not fully understand: any syntax error, a body that is not an object,
// a shape parseProjectList would reject. The caller then takes the QJsonDocument path,
// which owns every error message, so only one parser needs to word them. A value it does
// return equals what QJsonDocument::fromJson + parseProjectList give for the same bytes.
std::optional<ProjectList> tryParseProjectListUtf8(QByteArrayView utf8);

// tryParseProjectListUtf8, falling back to QJsonDocument::fromJson + parseProjectList.
std::optional<ProjectList> parseProjectListUtf8(const QByteArray& utf8, QString* error = nullptr);
std::optional<Cloud> parseCloud(const QJsonObject& object, QString* error = nullptr);
std::optional<QVector<Cloud>> parseCloudList(const QJsonObject& body, QString* error = nullptr);
std::optional<BillingGroup> parseBillingGroup(const QJsonObject& object, QString* error = nullptr);
std::optional<QVector<BillingGroup>> parseBillingGroupList(const QJsonObject& body,
                                                           QString* error = nullptr);
std::optional<Account> parseAccount(const QJsonObject& object, QString* error = nullptr);
std::optional<QVector<Account>> parseAccountList(const QJsonObject& body, QString* error = nullptr);
std::optional<UserInfo> parseUserInfo(const QJsonObject& body, QString* error = nullptr);
std::optional<LoginResult> parseLoginResult(const QJsonObject& body, QString* error = nullptr);

// Full project object in the API's shape (emails as [{"email": ...}], extra keys merged back).
QJsonObject toJson(const Project& project);
QJsonObject toJson(const Cloud& cloud);
QJsonObject toJson(const ProjectCreateRequest& request);

// The PUT /v1/project/{project} body: only the fields the update sets.
QJsonObject toJson(const ProjectUpdate& update);

QJsonArray emailsToJson(const QStringList& emails);

} // namespace fjord::json
