#pragma once

#include "api/Types.h"
#include "forms/ProjectForm.h"
#include "models/ProjectPermissions.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class ProjectEditDialog;
}

namespace fjord {

class AivenClient;
class ApiCall;
class ApiError;
class CloudCatalog;

// Create a project, or edit one. The rules live in ProjectForm/ProjectValidation; this class
// moves values between them and the widgets and runs the one API call. OK validates, then
// (Edit) shows a before/after summary to confirm, then sends; while the call runs the form is
// disabled; a failure re-enables it with the error beside the field it concerns.
class ProjectEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectEditDialog)

public:
    enum class Mode { Create, Edit };

    ProjectEditDialog(AivenClient* client, CloudCatalog* clouds, Mode mode, const Project& project,
                      const QStringList& existingProjectNames, QWidget* parent = nullptr);
    ~ProjectEditDialog() override;

    Mode mode() const { return m_mode; }
    // What the form holds now, as ProjectForm sees it.
    ProjectFormValues values() const;
    // True while the create or update call runs.
    bool isBusy() const { return !m_call.isNull(); }
    bool isConfirming() const;
    // True while a list the pickers offer (accounts, billing groups, the project's clouds)
    // is still loading.
    bool isLoading() const;
    // Edit: makes every field the user may not change read-only (or disabled), with a
    // tooltip saying why. The rule is ProjectPermissions'.
    void setPermissions(const ProjectPermissions& permissions);

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void projectSaved(const fjord::Project& project);

private:
    ProjectForm::Mode formMode() const;
    void setUpTexts();
    void setUpGeneral();
    void setUpContacts();
    void setUpBilling();
    void loadAccounts();
    void loadBillingGroups();
    void loadProjectClouds();
    void fillAccounts();
    void fillBillingGroups();
    void fillClouds();
    void updateCopyOptions();
    void updateNameMessage();
    void openRegionPicker();
    void selectCloud(const QString& cloudName);
    // The clouds the pickers offer: the project's own list once it has loaded (Edit), else
    // the public catalog.
    CloudCatalog* cloudSource() const;
    // The account new projects go to unless the user chooses: the user's organization
    // (its root account) when there is one, else none.
    QString defaultAccountId() const;
    QString rootAccountOf(const QString& accountId) const;

    bool validateForm();
    // Every rule the form breaks now, with addresses typed but not yet added.
    QVector<ProjectFieldError> formErrors() const;
    // After a failed OK: re-checks on every edit, so that marks and the banner go as soon as
    // the fields are right.
    void revalidate();
    void connectRevalidation();
    void showConfirmation(const Project& after);
    void showForm();
    void send();
    void finishCall(ApiCall* call);
    void setBusy(bool busy, const QString& text = {});
    void clearFieldErrors();
    // Shows the message beside the field; false when the field is not on this form.
    bool showFieldError(ProjectField field, const QString& message, bool focus);
    QString messageForFieldError(ProjectField field, const ApiError& error) const;
    Project afterWithNames(const ProjectFormValues& values) const;

    std::unique_ptr<Ui::ProjectEditDialog> m_ui;
    QPointer<AivenClient> m_client;
    QPointer<CloudCatalog> m_clouds;
    CloudCatalog* m_projectClouds = nullptr; // Edit: GET /v1/project/{project}/clouds
    Mode m_mode;
    Project m_project;
    QStringList m_existingNames;
    QVector<Account> m_accounts;
    QVector<BillingGroup> m_billingGroups;
    bool m_accountsLoaded = false;
    bool m_billingGroupsLoaded = false;
    QPointer<ApiCall> m_accountsCall;
    QPointer<ApiCall> m_billingGroupsCall;
    QPointer<ApiCall> m_projectCloudsCall;
    QPointer<ApiCall> m_call;
    ProjectUpdate m_pendingUpdate;
    bool m_nameTouched = false;
    bool m_accountTouched = false;
    bool m_validationShown = false;
    QPushButton* m_okButton = nullptr;
    QPushButton* m_backButton = nullptr;
};

} // namespace fjord
