#include "MemberRoleDialog.h"

#include "CallStatusLine.h"
#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "models/ProjectPermissions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// The project roles of Aiven's roles page, most access first.
const QStringList& projectRoles()
{
    static const QStringList roles{u"admin"_s, u"operator"_s, u"developer"_s, u"read_only"_s};
    return roles;
}

QString roleDescription(const QString& role)
{
    if (role == "admin"_L1)
        return MemberRoleDialog::tr("Full access to the project: its settings, billing, "
                                    "members and services.");
    if (role == "operator"_L1)
        return MemberRoleDialog::tr("Manages services, networking and integrations, and the "
                                    "project's tags; cannot change billing or members.");
    if (role == "developer"_L1)
        return MemberRoleDialog::tr("Views services and manages their databases and users; "
                                    "cannot change the project.");
    if (role == "read_only"_L1)
        return MemberRoleDialog::tr("Views the project and its services only.");
    return MemberRoleDialog::tr("A fine-grained permission.");
}

bool looksLikeEmail(const QString& text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[^@\\s]+@[^@\\s]+\\.[^@\\s]+"_s));
    return pattern.match(text).hasMatch();
}

} // namespace

MemberRoleDialog::MemberRoleDialog(AivenClient* client, const QString& project, Mode mode,
                                   QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_project(project)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Invite ? u"inviteMemberDialog"_s : u"changeRoleDialog"_s);
    setWindowTitle(mode == Mode::Invite ? tr("Invite to %1").arg(project)
                                        : tr("Change Role \u2013 %1").arg(project));

    auto* form = new QFormLayout;
    m_emailEdit = new QLineEdit(this);
    m_emailEdit->setObjectName(u"emailLineEdit"_s);
    m_emailEdit->setPlaceholderText(tr("name@example.com"));
    m_emailEdit->setAccessibleName(tr("Email address"));
    m_emailEdit->setMaxLength(319);
    auto* emailLabel = new QLabel(tr("&Email:"), this);
    emailLabel->setBuddy(m_emailEdit);
    form->addRow(emailLabel, m_emailEdit);

    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(u"roleComboBox"_s);
    m_roleCombo->setAccessibleName(tr("Role"));
    for (const QString& role : projectRoles())
        m_roleCombo->addItem(ProjectPermissions::describe(role), role);
    m_roleCombo->setCurrentIndex(int(projectRoles().indexOf(u"developer"_s)));
    auto* roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_roleCombo);
    form->addRow(roleLabel, m_roleCombo);
    m_roleDescription = new QLabel(this);
    m_roleDescription->setObjectName(u"roleDescriptionLabel"_s);
    m_roleDescription->setWordWrap(true);
    form->addRow(QString(), m_roleDescription);

    m_status = new CallStatusLine(this);
    m_status->setObjectName(u"statusLine"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = m_buttons->addButton(mode == Mode::Invite ? tr("&Invite") : tr("&Change Role"),
                                      QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(u"okPushButton"_s);
    m_okButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPushButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberRoleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberRoleDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_roleCombo, &QComboBox::currentIndexChanged, this,
            &MemberRoleDialog::updateDescription);
    connect(m_emailEdit, &QLineEdit::textEdited, m_status, &CallStatusLine::clear);
    updateDescription();
    setMinimumWidth(440);
}

MemberRoleDialog::~MemberRoleDialog()
{
    if (m_call)
        m_call->abandon();
}

void MemberRoleDialog::setMember(const QString& email, const QString& memberType)
{
    m_memberEmail = email;
    m_currentType = memberType;
    m_emailEdit->setText(email);
    m_emailEdit->setReadOnly(true);
    if (m_roleCombo->findData(memberType) < 0)
        m_roleCombo->addItem(ProjectPermissions::describe(memberType), memberType);
    m_roleCombo->setCurrentIndex(m_roleCombo->findData(memberType));
    m_roleCombo->setFocus();
}

void MemberRoleDialog::setTakenEmails(const QStringList& emails)
{
    m_taken = emails;
}

void MemberRoleDialog::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

QString MemberRoleDialog::email() const
{
    return m_emailEdit->text().trimmed();
}

QString MemberRoleDialog::memberType() const
{
    return m_roleCombo->currentData().toString();
}

void MemberRoleDialog::updateDescription()
{
    m_roleDescription->setText(roleDescription(memberType()));
}

QString MemberRoleDialog::validate() const
{
    if (m_mode == Mode::ChangeRole)
        return memberType() == m_currentType ? tr("%1 already has this role.").arg(m_memberEmail)
                                             : QString();
    const QString address = email();
    if (address.isEmpty())
        return tr("Enter the email address of the person to invite.");
    if (!looksLikeEmail(address))
        return tr("“%1” is not an email address.").arg(address);
    for (const QString& taken : m_taken) {
        if (taken.compare(address, Qt::CaseInsensitive) == 0)
            return tr("%1 is already a member of the project or invited to it.").arg(address);
    }
    return {};
}

void MemberRoleDialog::accept()
{
    if (m_call)
        return;
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_status->showError(problem);
        (m_mode == Mode::Invite ? static_cast<QWidget*>(m_emailEdit) : m_roleCombo)->setFocus();
        return;
    }
    if (m_mode == Mode::ChangeRole && m_confirm && !m_confirm(memberType()))
        return;
    apply();
}

void MemberRoleDialog::reject()
{
    if (m_call)
        m_call->abandon(); // the answer no longer matters to anyone here
    QDialog::reject();
}

void MemberRoleDialog::apply()
{
    if (!m_client) {
        m_status->showError(tr("Not signed in."));
        return;
    }
    const QString address = m_mode == Mode::Invite ? email() : m_memberEmail;
    const QString type = memberType();
    ApiCall* call = m_mode == Mode::Invite
                        ? m_client->inviteProjectMember(m_project, address, type)
                        : m_client->updateProjectMember(m_project, address, type);
    m_call = call;
    setBusy(true);
    m_status->showBusy(m_mode == Mode::Invite ? tr("Inviting %1…").arg(address)
                                              : tr("Changing the role of %1…").arg(address));
    connect(call, &ApiCall::finished, this, [this, call, address, type] {
        m_call = nullptr;
        if (call->error().kind() == ApiError::Kind::Canceled)
            return;
        setBusy(false);
        if (!call->isSuccess()) {
            m_status->showError(call->error().userMessage(), call->error().details());
            return;
        }
        Q_EMIT applied(address, type);
        QDialog::accept();
    });
}

void MemberRoleDialog::setBusy(bool busy)
{
    m_emailEdit->setEnabled(!busy);
    m_roleCombo->setEnabled(!busy);
    m_okButton->setEnabled(!busy);
}

} // namespace fjord
