#pragma once

#include "api/ProjectMembers.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace fjord {

class AivenClient;
class ApiCall;

// The members and pending invitations of one project (GET /v1/project/{project}/users), one
// row each: members first, then invitations. Loads on setProject() and reload(); an answer
// for a project no longer shown is dropped. Says whether it is loading and why it failed.
class ProjectMembersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectMembersModel)

public:
    enum Column { EmailColumn, NameColumn, RoleColumn, StatusColumn, SinceColumn, ColumnCount };
    enum Role {
        EmailRole = Qt::UserRole + 1, // the address, as the API has it
        MemberTypeRole,               // the API's member_type
        IsInvitationRole,             // bool
        SortRole,                     // per column: the raw value (times as ISO 8601)
    };

    explicit ProjectMembersModel(QObject* parent = nullptr);
    ~ProjectMembersModel() override;

    void setClient(AivenClient* client);
    // Forgets the rows and loads `project`'s (nothing for an empty name).
    void setProject(const QString& project);
    QString project() const { return m_project; }
    void reload();

    bool isLoading() const { return m_call != nullptr; }
    QString errorText() const { return m_error; } // the last load's failure, empty after success
    bool hasLoaded() const { return m_loaded; }

    const ProjectPeople& people() const { return m_people; }
    bool isInvitation(int row) const;
    ProjectMember memberAt(int row) const;         // empty for an invitation row
    ProjectInvitation invitationAt(int row) const; // empty for a member row
    QString emailAt(int row) const;
    int rowOfEmail(const QString& email, bool invitation = false) const;
    int adminCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A load finished: with the rows, or failed (errorText()).
    void loaded();

private:
    void abandonCall();

    QPointer<AivenClient> m_client;
    QString m_project;
    ProjectPeople m_people;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0;
    QString m_error;
    bool m_loaded = false;
};

} // namespace fjord
