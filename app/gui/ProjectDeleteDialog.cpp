#include "ProjectDeleteDialog.h"

#include "FormStyle.h"
#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "ui_ProjectDeleteDialog.h"

#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace fjord {

ProjectDeleteDialog::ProjectDeleteDialog(AivenClient* client, const Project& project,
                                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectDeleteDialog>())
    , m_client(client)
    , m_project(project)
{
    m_ui->setupUi(this);
    setObjectName(u"projectDeleteDialog"_s);
    setWindowTitle(tr("Delete Project \u2013 %1").arg(project.name));

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->warningIconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->warningIconLabel->setFixedWidth(iconSize + 8);
    m_ui->warningIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(tr("Delete the project \u201c%1\u201d?").arg(project.name));
    m_ui->explanationLabel->setText(
        tr("<p>The project and its settings, tags and contacts are removed for good. "
           "<b>This cannot be undone.</b></p>"
           "<p>Delete the project's services first. A project with an open balance or unused "
           "credits cannot be deleted.</p>"));
    m_ui->confirmPromptLabel->setText(
        tr("To confirm, type <b>%1</b> below:").arg(project.name.toHtmlEscaped()));
    m_ui->confirmLineEdit->setPlaceholderText(project.name);
    m_ui->confirmLineEdit->setAccessibleName(
        tr("Type the project name %1 to confirm").arg(project.name));

    m_deleteButton =
        m_ui->buttonBox->addButton(tr("&Delete Project"), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(u"deletePushButton"_s);
    m_deleteButton->setAccessibleName(tr("Delete project"));
    QPushButton* cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(u"cancelPushButton"_s);
    cancelButton->setAccessibleName(tr("Cancel"));
    // Enter in the name field deletes only once the name matches; until then it does nothing.
    cancelButton->setAutoDefault(false);
    m_deleteButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, [this](QAbstractButton* button) {
        if (button == m_deleteButton)
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProjectDeleteDialog::reject);
    connect(m_ui->confirmLineEdit, &QLineEdit::textChanged, this,
            &ProjectDeleteDialog::updateDeleteButton);
    setTabOrder(m_ui->confirmLineEdit, m_deleteButton);
    setTabOrder(m_deleteButton, cancelButton);

    m_ui->callStatusLine->clear();
    updateDeleteButton();
    m_ui->confirmLineEdit->setFocus();
    resize(500, sizeHint().height());
}

ProjectDeleteDialog::~ProjectDeleteDialog()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abandon();
    }
}

bool ProjectDeleteDialog::confirmed() const
{
    // Exact, case-sensitive match: names are lowercase, so a near miss is a different project.
    return m_ui->confirmLineEdit->text() == m_project.name;
}

void ProjectDeleteDialog::updateDeleteButton()
{
    m_deleteButton->setEnabled(confirmed() && !m_call);
}

void ProjectDeleteDialog::accept()
{
    if (m_call || !confirmed())
        return;
    if (!m_client) {
        m_ui->callStatusLine->showError(tr("Not connected: sign in first."));
        return;
    }
    ApiCall* call = m_client->deleteProject(m_project.name);
    m_call = call;
    setBusy(true);
    connect(call, &ApiCall::finished, this, [this, call] { finishCall(call); });
}

void ProjectDeleteDialog::reject()
{
    if (m_call) {
        ApiCall* call = m_call;
        m_call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
    }
    QDialog::reject();
}

void ProjectDeleteDialog::finishCall(ApiCall* call)
{
    m_call = nullptr;
    setBusy(false);
    const ApiError& error = call->error();
    // Gone already (deleted elsewhere): the outcome the user asked for.
    if (call->isSuccess() || (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404)) {
        Q_EMIT projectDeleted(m_project.name);
        QDialog::accept();
        return;
    }
    if (error.kind() == ApiError::Kind::Canceled)
        return;
    m_ui->callStatusLine->showError(messageForError(m_project.name, error), error.details());
    m_ui->confirmLineEdit->setFocus();
}

QString ProjectDeleteDialog::messageForError(const QString& projectName, const ApiError& error)
{
    const QString server = error.serverMessage().toLower();
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 403) {
        if (server.contains(u"open balance"))
            return tr("\u201c%1\u201d has an open balance, so it cannot be deleted yet. Settle "
                      "the balance (or ask your billing contact to), then try again.")
                .arg(projectName);
        if (server.contains(u"unused credits"))
            return tr("\u201c%1\u201d still has unused credits, so it cannot be deleted. Move "
                      "or use the credits first, or contact Aiven support.")
                .arg(projectName);
        if (server.contains(u"service"))
            return tr("\u201c%1\u201d still has services. Delete them first, then try again.")
                .arg(projectName);
        if (server.contains(u"member") || server.contains(u"permission"))
            return tr("You are not allowed to delete \u201c%1\u201d: only a project admin can.")
                .arg(projectName);
    }
    if (error.kind() == ApiError::Kind::Http && server.contains(u"service"))
        return tr("\u201c%1\u201d still has services. Delete them first, then try again.")
            .arg(projectName);
    return tr("\u201c%1\u201d was not deleted. %2").arg(projectName, error.userMessage());
}

void ProjectDeleteDialog::setBusy(bool busy)
{
    m_ui->confirmLineEdit->setEnabled(!busy);
    updateDeleteButton();
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_ui->callStatusLine->showBusy(tr("Deleting \u201c%1\u201d...").arg(m_project.name));
    } else {
        unsetCursor();
        m_ui->callStatusLine->clear();
    }
}

} // namespace fjord
