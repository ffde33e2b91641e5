#pragma once

#include "models/ProjectPermissions.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class QLabel;

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fjord {

class AivenClient;
class ApiCall;
class CallStatusLine;
class ProjectMembersModel;

// The members and pending invitations of one project: invite (email and role), change a
// member's role, remove a member, cancel an invitation. What the user's own role does not
// allow is disabled and says why. Removing yourself, or the last admin, asks first and says
// what will happen. Keys: Insert invites, F2 changes the role, Delete removes or cancels, F5
// reloads.
class ProjectMembersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectMembersDialog)

public:
    ProjectMembersDialog(AivenClient* client, const QString& project,
                         const ProjectPermissions& permissions, QWidget* parent = nullptr);
    ~ProjectMembersDialog() override;

    QString project() const { return m_project; }
    // The signed-in user's address (asked from GET /v1/me when not given).
    void setOwnEmail(const QString& email);
    QString ownEmail() const { return m_ownEmail; }

    ProjectMembersModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    CallStatusLine* statusLine() const { return m_status; }
    // The confirmation before a removal (or a role change) that needs one: its box, while it
    // is open, for tests and for the accessibility audit.
    QMessageBox* openConfirmation() const { return m_confirmation; }

    void invite();
    void changeRole();
    void removeSelected(); // removes the member or cancels the invitation
    void reload();

Q_SIGNALS:
    // The user's own access to the project changed (role) or ended (removed themselves):
    // the project list should be read again.
    void ownAccessChanged(const QString& project);

private:
    int selectedRow() const;
    void updateButtons();
    void updateState();
    bool confirm(const QString& title, const QString& text, const QString& informative,
                 const QString& button);
    void removeMember(const QString& email);
    void cancelInvitation(const QString& email);
    void run(ApiCall* call, const QString& busy, const QString& done, bool ownAccess);

    QPointer<AivenClient> m_client;
    QString m_project;
    ProjectPermissions m_permissions;
    QString m_ownEmail;
    ProjectMembersModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_accessLabel = nullptr;
    CallStatusLine* m_status = nullptr;
    QPushButton* m_inviteButton = nullptr;
    QPushButton* m_changeRoleButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_cancelInvitationButton = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPointer<QMessageBox> m_confirmation;
    QPointer<ApiCall> m_call;
    QPointer<ApiCall> m_meCall;
};

} // namespace fjord
