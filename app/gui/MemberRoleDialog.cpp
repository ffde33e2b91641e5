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
    : ApiDialog(parent)
    , m_client(client)
    , m_project(project)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Invite ? u"inviteMemberDialog"_s : u"changeRoleDialog"_s);
    setWindowTitle(mode == Mode::Invite ? tr("Invite to %1").arg(project)
                                        : tr("Change Role \u2013 %1").arg(project));

    auto* formWidget = new QWidget(this);
    auto* form = new QFormLayout(formWidget);
    form->setContentsMargins(0, 0, 0, 0);
    m_emailEdit = new QLineEdit(formWidget);
    m_emailEdit->setObjectName(u"emailLineEdit"_s);
    m_emailEdit->setPlaceholderText(tr("name@example.com"));
    m_emailEdit->setAccessibleName(tr("Email address"));
    m_emailEdit->setMaxLength(319);
    auto* emailLabel = new QLabel(tr("&Email:"), formWidget);
    emailLabel->setBuddy(m_emailEdit);
    form->addRow(emailLabel, m_emailEdit);

    m_roleCombo = new QComboBox(formWidget);
    m_roleCombo->setObjectName(u"roleComboBox"_s);
    m_roleCombo->setAccessibleName(tr("Role"));
    for (const QString& role : projectRoles())
        m_roleCombo->addItem(ProjectPermissions::describe(role), role);
    m_roleCombo->setCurrentIndex(int(projectRoles().indexOf(u"developer"_s)));
    auto* roleLabel = new QLabel(tr("&Role:"), formWidget);
    roleLabel->setBuddy(m_roleCombo);
    form->addRow(roleLabel, m_roleCombo);
    m_roleDescription = new QLabel(formWidget);
    m_roleDescription->setObjectName(u"roleDescriptionLabel"_s);
    m_roleDescription->setWordWrap(true);
    form->addRow(QString(), m_roleDescription);

    auto* status = new CallStatusLine(this);
    status->setObjectName(u"statusLine"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(mode == Mode::Invite ? tr("&Invite") : tr("&Change Role"),
                                         QDialogButtonBox::AcceptRole);
    ok->setObjectName(u"okPushButton"_s);
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPushButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberRoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemberRoleDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(formWidget);
    layout->addWidget(status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setUpApply(status, ok, formWidget);

    connect(m_roleCombo, &QComboBox::currentIndexChanged, this,
            &MemberRoleDialog::updateDescription);
    connect(m_emailEdit, &QLineEdit::textEdited, status, &CallStatusLine::clear);
    updateDescription();
    setMinimumWidth(440);
}

MemberRoleDialog::~MemberRoleDialog() = default;

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

QString MemberRoleDialog::problem() const
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

bool MemberRoleDialog::validate()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        statusLine()->showError(why);
        (m_mode == Mode::Invite ? static_cast<QWidget*>(m_emailEdit) : m_roleCombo)->setFocus();
        return false;
    }
    // A change that takes away the user's own admin rights is asked about first.
    return m_mode == Mode::Invite || !m_confirm || m_confirm(memberType());
}

void MemberRoleDialog::apply()
{
    if (!checkConnected(m_client))
        return;
    m_sentEmail = m_mode == Mode::Invite ? email() : m_memberEmail;
    m_sentType = memberType();
    if (m_mode == Mode::Invite)
        startCall(m_client->inviteProjectMember(m_project, m_sentEmail, m_sentType),
                  tr("Inviting %1…").arg(m_sentEmail));
    else
        startCall(m_client->updateProjectMember(m_project, m_sentEmail, m_sentType),
                  tr("Changing the role of %1…").arg(m_sentEmail));
}

void MemberRoleDialog::applied(ApiCall* call)
{
    Q_EMIT memberChanged(m_sentEmail, m_sentType);
    ApiDialog::applied(call);
}

} // namespace fjord
