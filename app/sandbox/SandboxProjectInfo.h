#pragma once

// The sandbox's read-only views of a project beyond its settings: its services
// (GET /v1/project/{project}/service), its event log (GET .../events) and its CA certificate
// (GET .../kms/ca). SandboxServer routes and authenticates; these answer for a known user.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fjord {
class SandboxStore;
}

namespace fjord::sandbox {

// Either a body (status 200) or an error for SandboxServer to put in the API's error shape.
struct ReadAnswer
{
    int status = 200;
    QJsonObject body;
    QString message;   // errors only
    QString errorCode; // errors only, may be empty
};

// Who may read what, from every role and permission the user holds on the project
// (project_memberships): every project role sees the services and the CA certificate; the
// event log is for admin, operator and developer (read_only views services only) and for the
// project:event_logs:read permission (and project:audit_logs:read, which it replaces).
bool mayReadServices(const QStringList& memberships);
bool mayReadEventLog(const QStringList& memberships);

ReadAnswer projectServices(const SandboxStore& store, const QString& project);
// Newest first; `limit` > 0 keeps that many (avn's --limit), 0 keeps all.
ReadAnswer projectEvents(const SandboxStore& store, const QString& project, int limit);
ReadAnswer projectCaCertificate(const SandboxStore& store, const QString& project);

} // namespace fjord::sandbox
