#include "ProjectMembersDialog.h"

#include "CallStatusLine.h"
#include "MemberRoleDialog.h"
#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "models/ProjectMembersModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fjord {

ProjectMembersDialog::ProjectMembersDialog(AivenClient* client, const QString& project,
                                           const ProjectPermissions& permissions, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_project(project)
    , m_permissions(permissions)
{
    setObjectName(u"projectMembersDialog"_s);
    setWindowTitle(tr("Members \u2013 %1").arg(project));

    m_accessLabel = new QLabel(this);
    m_accessLabel->setObjectName(u"accessLabel"_s);
    m_accessLabel->setWordWrap(true);
    m_accessLabel->setText(permissions.mayManageMembers()
                               ? tr("Members of “%1” and the people invited to it. You can "
                                    "invite people, change roles and remove members.")
                                     .arg(project)
                               : tr("Members of “%1” and the people invited to it. %2")
                                     .arg(project, permissions.whyNotManageMembers()));

    m_model = new ProjectMembersModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProjectMembersModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(u"membersTableView"_s);
    m_view->setAccessibleName(tr("Members and invitations"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProjectMembersModel::StatusColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    const int widths[ProjectMembersModel::ColumnCount] = {220, 130, 90, 200, 90};
    for (int column = 0; column < ProjectMembersModel::ColumnCount; ++column)
        m_view->horizontalHeader()->resizeSection(column, widths[column]);

    m_status = new CallStatusLine(this);
    m_status->setObjectName(u"statusLine"_s);

    const auto button = [this](const QString& text, const QString& name, const QString& access) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(access);
        b->setAutoDefault(false);
        return b;
    };
    m_inviteButton = button(tr("&Invite…"), u"invitePushButton"_s, tr("Invite"));
    m_changeRoleButton = button(tr("Change &Role…"), u"changeRolePushButton"_s, tr("Change role"));
    m_removeButton = button(tr("Re&move"), u"removePushButton"_s, tr("Remove member"));
    m_cancelInvitationButton =
        button(tr("&Cancel Invitation"), u"cancelInvitationPushButton"_s, tr("Cancel invitation"));
    m_refreshButton = button(tr("Re&load"), u"reloadPushButton"_s, tr("Reload"));
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b :
         {m_inviteButton, m_changeRoleButton, m_removeButton, m_cancelInvitationButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_refreshButton);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setObjectName(u"closePushButton"_s);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_accessLabel);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    // Keys on the list (and anywhere in the dialog for Insert and F5).
    const auto shortcut = [this](const QKeySequence& key, const QString& name, auto slot) {
        auto* action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::Key_Insert), u"inviteAction"_s, &ProjectMembersDialog::invite);
    shortcut(QKeySequence(Qt::Key_F2), u"changeRoleAction"_s, &ProjectMembersDialog::changeRole);
    shortcut(QKeySequence::Delete, u"removeAction"_s, &ProjectMembersDialog::removeSelected);
    shortcut(QKeySequence::Refresh, u"reloadAction"_s, &ProjectMembersDialog::reload);

    connect(m_inviteButton, &QPushButton::clicked, this, &ProjectMembersDialog::invite);
    connect(m_changeRoleButton, &QPushButton::clicked, this, &ProjectMembersDialog::changeRole);
    connect(m_removeButton, &QPushButton::clicked, this, &ProjectMembersDialog::removeSelected);
    connect(m_cancelInvitationButton, &QPushButton::clicked, this,
            &ProjectMembersDialog::removeSelected);
    connect(m_refreshButton, &QPushButton::clicked, this, &ProjectMembersDialog::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectMembersDialog::updateButtons);
    connect(m_model, &ProjectMembersModel::loadingChanged, this,
            &ProjectMembersDialog::updateState);
    connect(m_model, &ProjectMembersModel::loaded, this, [this] {
        updateState();
        if (!m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
        updateButtons();
    });

    resize(900, 440);
    m_model->setClient(client);
    m_model->setProject(project);
    if (client) {
        ApiCall* me = client->getMe();
        m_meCall = me;
        connect(me, &ApiCall::finished, this, [this, me] {
            if (me->isSuccess() && m_ownEmail.isEmpty())
                setOwnEmail(me->value<UserInfo>().email);
        });
    }
    m_view->setFocus();
    updateButtons();
    updateState();
}

ProjectMembersDialog::~ProjectMembersDialog()
{
    if (m_meCall)
        m_meCall->abandon();
}

void ProjectMembersDialog::setOwnEmail(const QString& email)
{
    m_ownEmail = email;
    updateButtons();
}

int ProjectMembersDialog::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ProjectMembersDialog::updateButtons()
{
    const int row = selectedRow();
    const bool busy = m_call != nullptr;
    const bool manage = m_permissions.mayManageMembers();
    const bool invitation = row >= 0 && m_model->isInvitation(row);
    const bool member = row >= 0 && !invitation;
    const bool self = member && !m_ownEmail.isEmpty() &&
                      m_model->emailAt(row).compare(m_ownEmail, Qt::CaseInsensitive) == 0;
    const QString why = m_permissions.whyNotManageMembers();

    m_inviteButton->setEnabled(manage && !busy);
    m_changeRoleButton->setEnabled(manage && member && !busy);
    // Anyone may leave a project.
    m_removeButton->setEnabled((manage || self) && member && !busy);
    m_removeButton->setText(self ? tr("&Leave Project") : tr("Re&move"));
    m_removeButton->setAccessibleName(self ? tr("Leave project") : tr("Remove member"));
    m_cancelInvitationButton->setEnabled(manage && invitation && !busy);
    for (QPushButton* b : {m_inviteButton, m_changeRoleButton, m_cancelInvitationButton})
        b->setToolTip(manage ? QString() : why);
    m_removeButton->setToolTip(manage || self ? QString() : why);
    m_refreshButton->setEnabled(!busy);
}

void ProjectMembersDialog::updateState()
{
    if (m_call)
        return; // the change on its way speaks for now
    // A reload after a change keeps the change's outcome in the line.
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_status->showBusy(tr("Loading members…"));
    else if (!m_model->errorText().isEmpty())
        m_status->showError(tr("Could not load the members: %1").arg(m_model->errorText()));
    else if (m_status->isBusy())
        m_status->clear();
}

void ProjectMembersDialog::reload()
{
    if (m_call)
        return;
    m_model->reload();
}

void ProjectMembersDialog::invite()
{
    if (!m_permissions.mayManageMembers() || m_call)
        return;
    auto* dialog = new MemberRoleDialog(m_client, m_project, MemberRoleDialog::Mode::Invite, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (int row = 0; row < m_model->rowCount(); ++row)
        taken.append(m_model->emailAt(row));
    dialog->setTakenEmails(taken);
    connect(dialog, &MemberRoleDialog::memberChanged, this,
            [this](const QString& email, const QString&) {
                m_status->showMessage(tr("Invited %1.").arg(email));
                m_model->reload();
            });
    dialog->open();
}

void ProjectMembersDialog::changeRole()
{
    const int row = selectedRow();
    if (row < 0 || m_model->isInvitation(row) || !m_permissions.mayManageMembers() || m_call)
        return;
    const ProjectMember member = m_model->memberAt(row);
    const bool self =
        !m_ownEmail.isEmpty() && member.email.compare(m_ownEmail, Qt::CaseInsensitive) == 0;
    const bool lastAdmin = member.memberType == "admin"_L1 && m_model->adminCount() <= 1;
    auto* dialog =
        new MemberRoleDialog(m_client, m_project, MemberRoleDialog::Mode::ChangeRole, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMember(member.email, member.memberType);
    dialog->setConfirmation([this, dialog, self, lastAdmin, member](const QString& type) {
        if (type == "admin"_L1 || member.memberType != "admin"_L1 || (!self && !lastAdmin))
            return true;
        QString informative;
        if (self)
            informative = tr("You will no longer be able to invite or remove members, change "
                             "roles or change the project's settings. Only another admin can "
                             "make you an admin again.");
        if (lastAdmin)
            informative += (informative.isEmpty() ? QString() : u" "_s) +
                           tr("The project will have no admin left: nobody will be able to "
                              "manage its members or settings, except your organization's "
                              "admins.");
        Q_UNUSED(dialog);
        return confirm(
            self ? tr("Give Up Admin Rights") : tr("Demote the Last Admin"),
            self ? tr("Change your own role to %1?").arg(ProjectPermissions::describe(type))
                 : tr("Change the role of %1, the project's only admin, to %2?")
                       .arg(member.email, ProjectPermissions::describe(type)),
            informative, tr("&Change Role"));
    });
    connect(dialog, &MemberRoleDialog::memberChanged, this,
            [this, self](const QString& email, const QString& type) {
                m_status->showMessage(
                    tr("%1 is now %2.").arg(email, ProjectPermissions::describe(type)));
                m_model->reload();
                if (self)
                    Q_EMIT ownAccessChanged(m_project);
            });
    dialog->open();
}

bool ProjectMembersDialog::confirm(const QString& title, const QString& text,
                                   const QString& informative, const QString& button)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    box.setObjectName(u"confirmMessageBox"_s);
    box.setInformativeText(informative);
    QPushButton* yes = box.addButton(button, QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmPushButton"_s);
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    no->setObjectName(u"cancelPushButton"_s);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    m_confirmation = &box;
    box.exec();
    m_confirmation = nullptr;
    m_view->setFocus(); // the keys go on working on the list
    return box.clickedButton() == yes;
}

void ProjectMembersDialog::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_call)
        return;
    if (m_model->isInvitation(row))
        cancelInvitation(m_model->emailAt(row));
    else
        removeMember(m_model->emailAt(row));
}

void ProjectMembersDialog::removeMember(const QString& email)
{
    const int row = m_model->rowOfEmail(email);
    if (row < 0)
        return;
    const ProjectMember member = m_model->memberAt(row);
    const bool self = !m_ownEmail.isEmpty() && email.compare(m_ownEmail, Qt::CaseInsensitive) == 0;
    if (!self && !m_permissions.mayManageMembers())
        return;
    const bool lastAdmin = member.memberType == "admin"_L1 && m_model->adminCount() <= 1;
    const QString noAdmin = tr("The project will have no admin left: nobody will be able to "
                               "manage its members or settings, except your organization's "
                               "admins.");
    bool go = false;
    if (self) {
        QString informative = tr("You lose access to “%1” and its services at once, and it "
                                 "leaves your project list. Only a project admin can invite you "
                                 "back.")
                                  .arg(m_project);
        if (lastAdmin)
            informative += u' ' + noAdmin;
        go = confirm(tr("Leave Project"), tr("Remove yourself from “%1”?").arg(m_project),
                     informative, tr("&Leave Project"));
    } else if (lastAdmin) {
        go = confirm(tr("Remove the Last Admin"),
                     tr("Remove %1, the only admin of “%2”?").arg(email, m_project),
                     tr("%1 loses access to the project and its services at once.").arg(email) +
                         u' ' + noAdmin,
                     tr("&Remove"));
    } else {
        go = confirm(tr("Remove Member"), tr("Remove %1 from “%2”?").arg(email, m_project),
                     tr("%1 loses access to the project and its services at once. You can "
                        "invite them again later.")
                         .arg(email),
                     tr("&Remove"));
    }
    if (!go || !m_client)
        return;
    run(m_client->removeProjectMember(m_project, email), tr("Removing %1…").arg(email),
        self ? tr("You left “%1”.").arg(m_project) : tr("Removed %1.").arg(email), self);
}

void ProjectMembersDialog::cancelInvitation(const QString& email)
{
    if (!m_permissions.mayManageMembers() || !m_client)
        return;
    run(m_client->cancelProjectInvitation(m_project, email),
        tr("Canceling the invitation of %1…").arg(email),
        tr("Canceled the invitation of %1.").arg(email), false);
}

void ProjectMembersDialog::run(ApiCall* call, const QString& busy, const QString& done,
                               bool ownAccess)
{
    m_call = call;
    m_status->showBusy(busy);
    updateButtons();
    connect(call, &ApiCall::finished, this, [this, call, done, ownAccess] {
        m_call = nullptr;
        updateButtons();
        if (!call->isSuccess()) {
            m_status->showError(call->error().userMessage(), call->error().details());
            return;
        }
        m_status->showMessage(done);
        if (ownAccess) {
            Q_EMIT ownAccessChanged(m_project);
            m_model->setProject({}); // nothing more to see here
            m_inviteButton->setEnabled(false);
            return;
        }
        m_model->reload();
    });
}

} // namespace fjord
