#pragma once

// The sandbox's project members, invitations and tag merges (GET .../users, POST .../invite,
// PUT and DELETE .../user/{email}, DELETE .../invite/{email}, PATCH .../tags), on the store and
// without HTTP: SandboxServer routes to these and turns an Outcome into its answer.

#include <QJsonObject>
#include <QString>

namespace fjord {

class SandboxStore;

namespace sandbox {

// Who is asking (the signed-in user).
struct Caller
{
    QString email;
    QString realName;
    QString userId;
};

struct Outcome
{
    int status = 200;
    QString message;      // for an error (status >= 400)
    QString errorCode;    // the document's error_code, if it names one
    QJsonObject body;     // for a success
    bool changed = false; // the store was changed: save it before answering
};

// Only a project admin (or an organization admin) manages members, per Aiven's roles page.
bool mayManageMembers(const QStringList& memberships);

Outcome listProjectUsers(const SandboxStore& store, const QString& project, const Caller& caller);
Outcome inviteProjectMember(SandboxStore& store, const QString& project, const Caller& caller,
                            const QJsonObject& body);
Outcome updateProjectMember(SandboxStore& store, const QString& project, const Caller& caller,
                            const QString& email, const QJsonObject& body);
Outcome removeProjectMember(SandboxStore& store, const QString& project, const Caller& caller,
                            const QString& email);
Outcome cancelProjectInvitation(SandboxStore& store, const QString& project, const QString& email);
// PATCH: merges `body.tags` into the project's tags; a null value removes that tag.
Outcome patchProjectTags(SandboxStore& store, const QString& project, const QJsonObject& body);

} // namespace sandbox
} // namespace fjord
