#include "models/ProjectMembersModel.h"

#include "api/AivenClient.h"
#include "models/ProjectPermissions.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

QString shortDate(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : iso;
}

} // namespace

ProjectMembersModel::ProjectMembersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ProjectMembersModel::~ProjectMembersModel()
{
    // Quietly: the dialog listening to loadingChanged may be half destroyed already.
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
    }
}

void ProjectMembersModel::setClient(AivenClient* client)
{
    if (m_client == client)
        return;
    m_client = client;
    setProject(m_project);
}

void ProjectMembersModel::setProject(const QString& project)
{
    abandonCall();
    m_project = project;
    if (!m_people.members.isEmpty() || !m_people.invitations.isEmpty()) {
        beginResetModel();
        m_people = {};
        endResetModel();
    }
    m_people = {};
    m_error.clear();
    m_loaded = false;
    reload();
}

void ProjectMembersModel::abandonCall()
{
    ++m_generation;
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->abandon();
        Q_EMIT loadingChanged(false);
    }
}

void ProjectMembersModel::reload()
{
    abandonCall();
    if (!m_client || m_project.isEmpty())
        return;
    ApiCall* call = m_client->listProjectMembers(m_project);
    m_call = call;
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, call, generation] {
        if (generation != m_generation) // an older question: not what is shown now
            return;
        m_call = nullptr;
        if (call->isSuccess()) {
            beginResetModel();
            m_people = call->value<ProjectPeople>();
            endResetModel();
            m_error.clear();
            m_loaded = true;
        } else {
            m_error = call->error().userMessage();
        }
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded();
    });
    Q_EMIT loadingChanged(true);
}

bool ProjectMembersModel::isInvitation(int row) const
{
    return row >= m_people.members.size() && row < rowCount();
}

ProjectMember ProjectMembersModel::memberAt(int row) const
{
    return row >= 0 && row < m_people.members.size() ? m_people.members.at(row) : ProjectMember{};
}

ProjectInvitation ProjectMembersModel::invitationAt(int row) const
{
    const qsizetype index = row - m_people.members.size();
    return row >= 0 && index >= 0 && index < m_people.invitations.size()
               ? m_people.invitations.at(index)
               : ProjectInvitation{};
}

QString ProjectMembersModel::emailAt(int row) const
{
    return isInvitation(row) ? invitationAt(row).invitedEmail : memberAt(row).email;
}

int ProjectMembersModel::rowOfEmail(const QString& email, bool invitation) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (isInvitation(row) == invitation &&
            emailAt(row).compare(email, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int ProjectMembersModel::adminCount() const
{
    int admins = 0;
    for (const ProjectMember& member : m_people.members)
        admins += member.memberType == "admin"_L1 ? 1 : 0;
    return admins;
}

int ProjectMembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.members.size() + m_people.invitations.size());
}

int ProjectMembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectMembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool invitation = isInvitation(row);
    const ProjectMember member = memberAt(row);
    const ProjectInvitation invite = invitationAt(row);
    const QString email = invitation ? invite.invitedEmail : member.email;
    const QString type = invitation ? invite.memberType : member.memberType;
    const QString since = invitation ? invite.inviteTime : member.createTime;

    switch (role) {
    case EmailRole:
        return email;
    case MemberTypeRole:
        return type;
    case IsInvitationRole:
        return invitation;
    case SortRole:
        switch (index.column()) {
        case SinceColumn:
            return since;
        case StatusColumn:
            return invitation ? 1 : 0;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case EmailColumn:
            return email;
        case NameColumn:
            return invitation ? QString() : member.realName;
        case RoleColumn:
            return ProjectPermissions::describe(type);
        case StatusColumn:
            if (invitation)
                return tr("Invited by %1").arg(invite.invitingEmail);
            return member.teamName.isEmpty() ? tr("Member")
                                             : tr("Member via team %1").arg(member.teamName);
        case SinceColumn:
            return shortDate(since);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SinceColumn)
            return invitation ? tr("Invited on %1").arg(since) : tr("Member since %1").arg(since);
        if (index.column() == RoleColumn)
            return type;
        break;
    case Qt::FontRole:
        if (invitation) { // not a member yet
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == EmailColumn)
            return invitation ? tr("%1, invitation pending").arg(email) : email;
        break;
    default:
        break;
    }
    return {};
}

QVariant ProjectMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace fjord
