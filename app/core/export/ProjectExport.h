#pragma once

// Turns projects into text a power user takes elsewhere: the (filtered) list as CSV or JSON,
// and one project as the curl call, avn command or Terraform block that would recreate it.
// Credentials never appear: the curl text names the token only as $AIVEN_AUTH_TOKEN.

#include "api/Types.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

namespace fjord {

class ProjectExport
{
public:
    // Header of the CSV export, in column order.
    static QStringList csvColumns();
    // RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote,
    // line break or leading/trailing space; lists joined with "; " (tags as key=value).
    // `roles` maps project name to the user's role (project_membership).
    static QByteArray toCsv(const QVector<Project>& projects,
                            const QHash<QString, QString>& roles = {});
    // A JSON array of project objects in the API's own shape.
    static QByteArray toJson(const QVector<Project>& projects);

    // POST /v1/project that recreates the project's settings.
    static QString curlCommand(const Project& project, const QUrl& apiBaseUrl = {});
    // `avn project create ...`, plus `avn project tags update ...` when it has tags.
    static QString avnCommand(const Project& project, const QUrl& apiBaseUrl = {});
    // An aiven_project resource block (Aiven Terraform provider).
    static QString terraformProject(const Project& project);
    // An aiven_organization_project resource block, the organization-scoped equivalent.
    static QString terraformOrganizationProject(const Project& project);

    // Building blocks, public for tests.
    static QString csvField(const QString& value);
    static QString shellQuote(const QString& value);
    static QString hclString(const QString& value);
    static QString terraformName(const QString& projectName);

private:
    static QString createUrl(const QUrl& apiBaseUrl);
};

} // namespace fjord
