#pragma once

// A project's members and pending invitations (GET /v1/project/{project}/users) as typed
// values, and the tag changes of PATCH /v1/project/{project}/tags.

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace fjord {

struct ProjectMember
{
    QString email;      // user_email (required)
    QString realName;   // real_name
    QString memberType; // member_type: admin, developer, operator, read_only or a permission
    QString userId;
    QString teamId;
    QString teamName; // a member through a team (empty when direct)
    QString createTime;
    QStringList auth; // sign-in methods the user must use
    bool billingContact = false;

    bool operator==(const ProjectMember& other) const;
};

struct ProjectInvitation
{
    QString invitedEmail;  // invited_user_email (required)
    QString invitingEmail; // inviting_user_email
    QString memberType;
    QString inviteTime;

    bool operator==(const ProjectInvitation& other) const;
};

// A member through a user group of the organization ("group_users").
struct ProjectGroupMember
{
    QString email;
    QString realName;
    QString memberType;
    QString groupId; // user_group_id
};

struct ProjectPeople
{
    QVector<ProjectMember> members;
    QVector<ProjectInvitation> invitations;
    QVector<ProjectGroupMember> groupMembers;
};

// PATCH tags: key -> new value, or no value to remove the tag. Other tags stay as they are.
using TagChanges = QMap<QString, std::optional<QString>>;

namespace json {
// {"users": [...], "invitations": [...], "group_users": [...]}: the lists may be missing
// (an older server), items without an email are an error.
std::optional<ProjectPeople> parseProjectPeople(const QJsonObject& body, QString* error = nullptr);
// {"tags": {"key": "value", "removed": null}}
QJsonObject tagChangesBody(const TagChanges& changes);
} // namespace json

} // namespace fjord

Q_DECLARE_METATYPE(fjord::ProjectPeople)
