#include "api/ProjectMembers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fjord {

bool ProjectMember::operator==(const ProjectMember& other) const
{
    return email == other.email && realName == other.realName && memberType == other.memberType &&
           userId == other.userId && teamId == other.teamId && teamName == other.teamName &&
           createTime == other.createTime && auth == other.auth &&
           billingContact == other.billingContact;
}

bool ProjectInvitation::operator==(const ProjectInvitation& other) const
{
    return invitedEmail == other.invitedEmail && invitingEmail == other.invitingEmail &&
           memberType == other.memberType && inviteTime == other.inviteTime;
}

namespace json {

namespace {

// A string member, or empty when missing or null; false for another type.
bool text(const QJsonObject& object, QLatin1StringView key, QString* out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

bool list(const QJsonObject& body, QLatin1StringView key, QJsonArray* out, QString* error)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        if (error)
            *error = u"\"%1\" is not an array."_s.arg(key);
        return false;
    }
    *out = value.toArray();
    return true;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<ProjectPeople> parseProjectPeople(const QJsonObject& body, QString* error)
{
    QJsonArray users;
    QJsonArray invitations;
    QJsonArray groupUsers;
    if (!list(body, "users"_L1, &users, error) ||
        !list(body, "invitations"_L1, &invitations, error) ||
        !list(body, "group_users"_L1, &groupUsers, error))
        return std::nullopt;

    ProjectPeople people;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QJsonObject user = users.at(i).toObject();
        ProjectMember member;
        const QString where = u"users[%1]"_s.arg(i);
        if (!users.at(i).isObject() || !user.value("user_email"_L1).isString() ||
            user.value("user_email"_L1).toString().isEmpty()) {
            fail(error, where + u" has no \"user_email\" string."_s);
            return std::nullopt;
        }
        member.email = user.value("user_email"_L1).toString();
        if (!text(user, "real_name"_L1, &member.realName) ||
            !text(user, "member_type"_L1, &member.memberType) ||
            !text(user, "user_id"_L1, &member.userId) ||
            !text(user, "team_id"_L1, &member.teamId) ||
            !text(user, "team_name"_L1, &member.teamName) ||
            !text(user, "create_time"_L1, &member.createTime)) {
            fail(error, where + u" has a field of the wrong type."_s);
            return std::nullopt;
        }
        for (const QJsonValue& method : user.value("auth"_L1).toArray())
            member.auth.append(method.toString());
        member.billingContact = user.value("billing_contact"_L1).toBool();
        people.members.append(member);
    }
    for (qsizetype i = 0; i < invitations.size(); ++i) {
        const QJsonObject item = invitations.at(i).toObject();
        ProjectInvitation invitation;
        const QString where = u"invitations[%1]"_s.arg(i);
        if (!invitations.at(i).isObject() || !item.value("invited_user_email"_L1).isString() ||
            item.value("invited_user_email"_L1).toString().isEmpty()) {
            fail(error, where + u" has no \"invited_user_email\" string."_s);
            return std::nullopt;
        }
        invitation.invitedEmail = item.value("invited_user_email"_L1).toString();
        if (!text(item, "inviting_user_email"_L1, &invitation.invitingEmail) ||
            !text(item, "member_type"_L1, &invitation.memberType) ||
            !text(item, "invite_time"_L1, &invitation.inviteTime)) {
            fail(error, where + u" has a field of the wrong type."_s);
            return std::nullopt;
        }
        people.invitations.append(invitation);
    }
    for (const QJsonValue& value : std::as_const(groupUsers)) {
        const QJsonObject item = value.toObject();
        ProjectGroupMember member;
        member.email = item.value("user_email"_L1).toString();
        member.realName = item.value("real_name"_L1).toString();
        member.memberType = item.value("member_type"_L1).toString();
        member.groupId = item.value("user_group_id"_L1).toString();
        if (!member.email.isEmpty())
            people.groupMembers.append(member);
    }
    return people;
}

QJsonObject tagChangesBody(const TagChanges& changes)
{
    QJsonObject tags;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        tags.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    return QJsonObject{{u"tags"_s, tags}};
}

} // namespace json

} // namespace fjord
