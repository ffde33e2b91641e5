#include "ProjectDeleteDialog.h"

#include "CallStatusLine.h"
#include "ServiceBlockersNotice.h"
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
    : ApiDialog(parent)
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
    // Which services keep the project from being deleted, by name and state.
    m_ui->headerTextLayout->addWidget(new ServiceBlockersNotice(
        client, project.name, ServiceBlockersNotice::Purpose::Delete, this));
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

    setUpApply(m_ui->callStatusLine, m_deleteButton, m_ui->confirmLineEdit);
    updateDeleteButton();
    m_ui->confirmLineEdit->setFocus();
    resize(500, sizeHint().height());
}

ProjectDeleteDialog::~ProjectDeleteDialog() = default;

bool ProjectDeleteDialog::validate()
{
    // Exact, case-sensitive match: names are lowercase, so a near miss is a different project.
    return m_ui->confirmLineEdit->text() == m_project.name;
}

void ProjectDeleteDialog::updateDeleteButton()
{
    m_deleteButton->setEnabled(validate() && !isBusy());
}

void ProjectDeleteDialog::apply()
{
    if (checkConnected(m_client))
        startCall(m_client->deleteProject(m_project.name),
                  tr("Deleting \u201c%1\u201d...").arg(m_project.name));
}

void ProjectDeleteDialog::applied(ApiCall* call)
{
    Q_UNUSED(call)
    Q_EMIT projectDeleted(m_project.name);
    QDialog::accept();
}

void ProjectDeleteDialog::applyFailed(const ApiError& error)
{
    // Gone already (deleted elsewhere): the outcome the user asked for.
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404) {
        applied(nullptr);
        return;
    }
    statusLine()->showError(tr("\u201c%1\u201d was not deleted.").arg(m_project.name) + u' ' +
                                error.userMessage(),
                            error.details());
    m_ui->confirmLineEdit->setFocus();
}

void ProjectDeleteDialog::busyChanged(bool busy)
{
    Q_UNUSED(busy)
    updateDeleteButton();
}

} // namespace fjord
