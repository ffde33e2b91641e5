#pragma once

#include "api/Types.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class ProjectDeleteDialog;
}

namespace fjord {

class AivenClient;
class ApiCall;
class ApiError;

// Confirms and deletes one project. The Delete button stays disabled until the exact project
// name is typed; the API's refusals (open balance, unused credits, services left) are shown
// in words with the server's message behind "Details".
class ProjectDeleteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDeleteDialog)

public:
    ProjectDeleteDialog(AivenClient* client, const Project& project, QWidget* parent = nullptr);
    ~ProjectDeleteDialog() override;

    bool isBusy() const { return !m_call.isNull(); }
    // The sentence shown for a failed delete (public for the tests of the wording).
    static QString messageForError(const QString& projectName, const ApiError& error);

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void projectDeleted(const QString& name);

private:
    bool confirmed() const;
    void updateDeleteButton();
    void finishCall(ApiCall* call);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ProjectDeleteDialog> m_ui;
    QPointer<AivenClient> m_client;
    Project m_project;
    QPointer<ApiCall> m_call;
    QPushButton* m_deleteButton = nullptr;
};

} // namespace fjord
