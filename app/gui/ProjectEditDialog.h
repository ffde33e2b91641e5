#pragma once

#include "ApiDialog.h"
#include "api/Types.h"
#include "forms/ProjectForm.h"
#include "models/ProjectPermissions.h"

#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class ProjectEditDialog;
}

namespace fjord {

class AivenClient;
class CloudCatalog;

// Create a project, or edit one. The rules live in ProjectForm/ProjectValidation; this class
// moves values between them and the widgets and runs the one API call. OK validates, then
// (Edit) shows a before/after summary to confirm, then sends; while the call runs the form is
// disabled; a failure re-enables it with the error beside the field it concerns.
class ProjectEditDialog final : public ApiDialog
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
    bool isConfirming() const;
    // True while a list the pickers offer (accounts, billing groups, the project's clouds)
    // is still loading.
    bool isLoading() const;
    // Edit: makes every field the user may not change read-only (or disabled), with a
    // tooltip saying why. The rule is ProjectPermissions'.
    void setPermissions(const ProjectPermissions& permissions);
    // Create: the account of the project selected in the main window (empty for none). The
    // form starts on its organization; see ProjectForm::initialCreateAccount.
    void setSelectedProjectAccount(const QString& accountId);

Q_SIGNALS:
    void projectSaved(const fjord::Project& project);

private:
    // Where the form shows a rule's or the server's word on one field: the input that takes
    // the focus, and the label under it (none for the editors that show their own errors).
    struct FieldWidgets
    {
        ProjectField field;
        QWidget* input;
        QLabel* label;
    };

    void load() override;
    bool validate() override;
    void apply() override;
    void applied(ApiCall* call) override;
    void applyFailed(const ApiError& error) override;
    void busyChanged(bool busy) override;

    void setUpFieldTable();
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
    // Create: the hint under the account while the user has still to choose one, and the
    // Create button, which waits for that choice.
    void updateAccountPrompt();
    QString rootAccountOf(const QString& accountId) const;

    // Every rule the form breaks now, with addresses typed but not yet added.
    QVector<ProjectFieldError> formErrors() const;
    // Marks each field in `errors` and sums them up in the status line; true when none.
    bool showErrors(const QVector<ProjectFieldError>& errors, bool focusFirst);
    // After a failed OK: re-checks on every edit, so that marks and the banner go as soon as
    // the fields are right.
    void revalidate();
    void connectRevalidation();
    void showConfirmation(const Project& after);
    void showForm();
    void send();
    void clearFieldErrors();
    // Shows the message beside the field; false when the field is not on this form.
    bool showFieldError(ProjectField field, const QString& message, bool focus);
    // What the field's label says about the server's refusal.
    static QString fieldMessage(const ApiError& error);
    Project afterWithNames(const ProjectFormValues& values) const;

    std::unique_ptr<Ui::ProjectEditDialog> m_ui;
    QPointer<AivenClient> m_client;
    QPointer<CloudCatalog> m_clouds;
    CloudCatalog* m_projectClouds = nullptr; // Edit: GET /v1/project/{project}/clouds
    Mode m_mode;
    Project m_project;
    QStringList m_existingNames;
    QVector<Account> m_accounts;
    QString m_selectedProjectAccountId;
    QVector<BillingGroup> m_billingGroups;
    bool m_accountsLoaded = false;
    QString m_accountsError; // why the list of accounts could not be read, if it could not
    bool m_billingGroupsLoaded = false;
    QPointer<ApiCall> m_accountsCall;
    QPointer<ApiCall> m_billingGroupsCall;
    QPointer<ApiCall> m_projectCloudsCall;
    QVector<FieldWidgets> m_fields;
    ProjectUpdate m_pendingUpdate;
    bool m_nameTouched = false;
    bool m_accountTouched = false;
    bool m_validationShown = false;
    QPushButton* m_okButton = nullptr;
    QPushButton* m_backButton = nullptr;
};

} // namespace fjord
