#pragma once

#include "ApiDialog.h"
#include "api/Types.h"

#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class ProjectDeleteDialog;
}

namespace fjord {

class AivenClient;

// Confirms and deletes one project. The Delete button stays disabled until the exact project
// name is typed; the API's refusals (open balance, unused credits, services left) are shown
// in words with the server's message behind "Details".
class ProjectDeleteDialog final : public ApiDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDeleteDialog)

public:
    ProjectDeleteDialog(AivenClient* client, const Project& project, QWidget* parent = nullptr);
    ~ProjectDeleteDialog() override;

Q_SIGNALS:
    void projectDeleted(const QString& name);

private:
    bool validate() override;
    void apply() override;
    void applied(ApiCall* call) override;
    void applyFailed(const ApiError& error) override;
    void busyChanged(bool busy) override;
    void updateDeleteButton();

    std::unique_ptr<Ui::ProjectDeleteDialog> m_ui;
    QPointer<AivenClient> m_client;
    Project m_project;
    QPushButton* m_deleteButton = nullptr;
};

} // namespace fjord
