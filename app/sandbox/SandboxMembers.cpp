#include "SandboxMembers.h"

#include "RequestRules.h"
#include "SandboxStore.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fjord::sandbox {

namespace {

Outcome failure(int status, const QString& message, const QString& errorCode = {})
{
    Outcome outcome;
    outcome.status = status;
    outcome.message = message;
    outcome.errorCode = errorCode;
    return outcome;
}

Outcome done(const QString& message, bool changed = true)
{
    Outcome outcome;
    outcome.body = QJsonObject{{u"message"_s, message}};
    outcome.changed = changed;
    return outcome;
}

Outcome projectNotFound()
{
    return failure(404, u"Project does not exist"_s, u"project_does_not_exist"_s);
}

Outcome notAnAdmin()
{
    return failure(403, u"Only project admins can manage the project's members"_s,
                   u"permission_denied"_s);
}

// Aiven's roles page: admin and operator (and the organization's project managers) add,
// edit and delete project tags.
bool mayEditTags(const QStringList& memberships)
{
    return mayManageMembers(memberships) || memberships.contains("operator"_L1) ||
           memberships.contains("organization:projects:write"_L1);
}

bool sameEmail(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

qsizetype indexOf(const QJsonArray& list, QLatin1StringView key, const QString& email)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (sameEmail(list.at(i).toObject().value(key).toString(), email))
            return i;
    }
    return -1;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// The members as stored, with the caller's own row in the role the project list gives them
// (the store keeps the signed-in user's access with the project itself).
QJsonArray membersOf(const SandboxStore& store, const QString& project,
                     const SandboxStore::ProjectEntry& entry, const Caller& caller)
{
    QJsonArray users = store.projectPeople(project).value("users"_L1).toArray();
    const qsizetype own = indexOf(users, "user_email"_L1, caller.email);
    QJsonObject me = own >= 0 ? users.at(own).toObject()
                              : QJsonObject{{u"auth"_s, QJsonArray{u"password"_s}},
                                            {u"billing_contact"_s, false},
                                            {u"create_time"_s, u"2023-02-14T10:20:00Z"_s},
                                            {u"real_name"_s, caller.realName},
                                            {u"team_id"_s, QString()},
                                            {u"team_name"_s, QString()},
                                            {u"user_email"_s, caller.email},
                                            {u"user_id"_s, caller.userId}};
    me.insert(u"member_type"_s, entry.role);
    if (own >= 0)
        users.replace(own, me);
    else
        users.prepend(me);
    return users;
}

void storeMembers(SandboxStore& store, const QString& project, const QJsonArray& users,
                  const QJsonArray& invitations)
{
    store.setProjectPeople(project,
                           QJsonObject{{u"users"_s, users}, {u"invitations"_s, invitations}});
}

} // namespace

bool mayManageMembers(const QStringList& memberships)
{
    return memberships.contains("admin"_L1) || memberships.contains("role:organization:admin"_L1);
}

Outcome listProjectUsers(const SandboxStore& store, const QString& project, const Caller& caller)
{
    const SandboxStore::ProjectEntry* entry = store.project(project);
    if (!entry)
        return projectNotFound();
    const QJsonObject people = store.projectPeople(project);
    Outcome outcome;
    outcome.body = QJsonObject{
        {u"users"_s, membersOf(store, project, *entry, caller)},
        {u"invitations"_s, people.value("invitations"_L1).toArray()},
        {u"group_users"_s, QJsonArray{}},
    };
    return outcome;
}

Outcome inviteProjectMember(SandboxStore& store, const QString& project, const Caller& caller,
                            const QJsonObject& body)
{
    const SandboxStore::ProjectEntry* entry = store.project(project);
    if (!entry)
        return projectNotFound();
    if (!mayManageMembers(entry->memberships))
        return notAnAdmin();
    if (auto problem =
            checkBody(body, rulesFor("POST"_L1, "/project/{project}/invite"_L1), nullptr))
        return failure(problem->status, problem->message);
    const QString email = body.value("user_email"_L1).toString();
    const QJsonArray users = membersOf(store, project, *entry, caller);
    QJsonArray invitations = store.projectPeople(project).value("invitations"_L1).toArray();
    if (indexOf(users, "user_email"_L1, email) >= 0)
        return failure(409, u"User %1 is already a member of the project"_s.arg(email));
    if (indexOf(invitations, "invited_user_email"_L1, email) >= 0)
        return failure(409, u"User %1 has already been invited to the project"_s.arg(email));
    // The document does not require member_type; the console invites developers by default.
    invitations.append(QJsonObject{
        {u"invite_time"_s, now()},
        {u"invited_user_email"_s, email},
        {u"inviting_user_email"_s, caller.email},
        {u"member_type"_s, body.value("member_type"_L1).toString(u"developer"_s)},
    });
    storeMembers(store, project, users, invitations);
    return done(u"Invitation sent"_s);
}

Outcome updateProjectMember(SandboxStore& store, const QString& project, const Caller& caller,
                            const QString& email, const QJsonObject& body)
{
    const SandboxStore::ProjectEntry* entry = store.project(project);
    if (!entry)
        return projectNotFound();
    if (!mayManageMembers(entry->memberships))
        return notAnAdmin();
    if (auto problem =
            checkBody(body, rulesFor("PUT"_L1, "/project/{project}/user/{user_email}"_L1), nullptr))
        return failure(problem->status, problem->message);
    QJsonArray users = membersOf(store, project, *entry, caller);
    const qsizetype index = indexOf(users, "user_email"_L1, email);
    if (index < 0)
        return failure(404, u"Project has no such user"_s, u"project_has_no_such_user"_s);
    const QString role = body.value("member_type"_L1).toString();
    QJsonObject user = users.at(index).toObject();
    user.insert(u"member_type"_s, role);
    users.replace(index, user);
    const QJsonArray invitations = store.projectPeople(project).value("invitations"_L1).toArray();
    if (sameEmail(email, caller.email)) {
        // The caller's own access changes with it (fine-grained permissions stay).
        QStringList memberships = entry->memberships;
        memberships.removeAll(entry->role);
        memberships.prepend(role);
        const QJsonObject object = entry->object;
        store.putProject(object, role, memberships);
    }
    storeMembers(store, project, users, invitations);
    return done(u"Project user updated"_s);
}

Outcome removeProjectMember(SandboxStore& store, const QString& project, const Caller& caller,
                            const QString& email)
{
    const SandboxStore::ProjectEntry* entry = store.project(project);
    if (!entry)
        return projectNotFound();
    const bool self = sameEmail(email, caller.email);
    // Anyone may leave a project; removing others is for admins.
    if (!self && !mayManageMembers(entry->memberships))
        return notAnAdmin();
    QJsonArray users = membersOf(store, project, *entry, caller);
    const qsizetype index = indexOf(users, "user_email"_L1, email);
    if (index < 0)
        return failure(404, u"Project has no such user"_s, u"project_has_no_such_user"_s);
    if (self) {
        // The project leaves the caller's list (the sandbox has no other viewer).
        store.removeProject(project);
        return done(u"User removed from the project"_s);
    }
    users.removeAt(index);
    storeMembers(store, project, users,
                 store.projectPeople(project).value("invitations"_L1).toArray());
    return done(u"User removed from the project"_s);
}

Outcome cancelProjectInvitation(SandboxStore& store, const QString& project, const QString& email)
{
    const SandboxStore::ProjectEntry* entry = store.project(project);
    if (!entry)
        return projectNotFound();
    if (!mayManageMembers(entry->memberships))
        return notAnAdmin();
    QJsonObject people = store.projectPeople(project);
    QJsonArray invitations = people.value("invitations"_L1).toArray();
    const qsizetype index = indexOf(invitations, "invited_user_email"_L1, email);
    if (index < 0)
        return failure(404, u"Invitation not found"_s, u"invitation_not_found"_s);
    invitations.removeAt(index);
    people.insert(u"invitations"_s, invitations);
    store.setProjectPeople(project, people);
    return done(u"Invitation deleted"_s);
}

Outcome patchProjectTags(SandboxStore& store, const QString& project, const QJsonObject& body)
{
    const SandboxStore::ProjectEntry* entry = store.project(project);
    if (!entry)
        return projectNotFound();
    if (!mayEditTags(entry->memberships))
        return failure(403, u"Only project admins and operators can change project tags"_s,
                       u"permission_denied"_s);
    if (auto problem = checkBody(body, rulesFor("PATCH"_L1, "/project/{project}/tags"_L1), nullptr))
        return failure(problem->status, problem->message);
    QJsonObject object = entry->object;
    QJsonObject tags = object.value("tags"_L1).toObject(); // null tags: none yet
    const QJsonObject changes = body.value("tags"_L1).toObject();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value().isNull())
            tags.remove(it.key());
        else
            tags.insert(it.key(), it.value());
    }
    if (tags.size() > 10)
        return failure(
            400, u"Invalid input for tags: at most 10 tags are allowed, got %1"_s.arg(tags.size()));
    object.insert(u"tags"_s, tags);
    const QString role = entry->role;
    const QStringList memberships = entry->memberships;
    store.putProject(object, role, memberships);
    return done(u"Project tags updated"_s);
}

} // namespace fjord::sandbox
