#pragma once

// Turns projects into text a power user takes elsewhere: the (filtered) list as CSV or JSON,
// and one project as the curl call, avn command or Terraform block that would recreate it.
// Credentials never appear: the curl text names the token only as $AIVEN_AUTH_TOKEN.

#include "api/Types.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <atomic>

namespace fjord {

class ProjectExport
{
public:
    // How far an export has come, for another thread to show while it runs; setting
    // `cancelled` stops it.
    struct Progress
    {
        std::atomic<qsizetype> done{0}; // projects written
        std::atomic<bool> cancelled{false};
    };

    // Header of the CSV export, in column order.
    static QStringList csvColumns();
    // RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote,
    // line break or leading/trailing space; lists joined with "; " (tags as key=value). The
    // role column is each record's role (project_membership).
    // Both exports read each project from its record's text, several threads side by side
    // for a long list, and return nothing (an empty array) only when cancelled.
    static QByteArray toCsv(const ProjectRecords& projects, Progress* progress = nullptr);
    // A JSON array of project objects in the API's own shape, indented as
    // QJsonDocument::Indented lays it out.
    static QByteArray toJson(const ProjectRecords& projects, Progress* progress = nullptr);
    // The same texts in the pieces the threads made, in order (none when cancelled): what a
    // file is written from, so that a long list's export is never held twice.
    static QByteArrayList csvPieces(const ProjectRecords& projects, Progress* progress = nullptr);
    static QByteArrayList jsonPieces(const ProjectRecords& projects, Progress* progress = nullptr);

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
