#pragma once

#include "api/Types.h"
#include "models/ProjectPermissions.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QToolButton;

namespace Ui {
class ProjectDetailsWidget;
}

namespace fjord {

class CloudCatalog;

// The read-only details of one project beside the list: every field of the API's project
// object, grouped General, Billing, Contacts and Tags, with copy buttons for the IDs, the
// user's access in words and whether the copy shown is the latest the API sent.
class ProjectDetailsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDetailsWidget)

public:
    explicit ProjectDetailsWidget(QWidget* parent = nullptr);
    ~ProjectDetailsWidget() override;

    void setCloudCatalog(CloudCatalog* clouds);

    void setProject(const Project& project, const ProjectPermissions& permissions = {});
    void clear();
    // Why the latest details of the shown project could not be loaded; empty hides it.
    void setDetailsProblem(const QString& problem);
    bool hasProject() const { return m_hasProject; }
    const Project& project() const { return m_project; }

    // Moves keyboard focus into the details (Enter on the list).
    void focusDetails();

    // A section of its own (e.g. the project's services), shown after General with the rest
    // of the details. The widget takes it over.
    void addSection(QWidget* section);

Q_SIGNALS:
    // Something was put on the clipboard; `what` names it ("Account ID").
    void copied(const QString& what);

private:
    void setUpCopyButton(QToolButton* button, QLabel* valueLabel, const QString& what);
    void setValue(QLabel* label, const QString& text);
    void setTags(const QMap<QString, QString>& tags);
    void refill();
    void ensureForm();
    void alignSections();
    void fitWidth();
    void insertSection(QWidget* section);

    std::unique_ptr<Ui::ProjectDetailsWidget> m_ui; // null until the first project is shown
    QWidget* m_form = nullptr;
    QLabel* m_placeholderLabel = nullptr;
    QPointer<CloudCatalog> m_clouds;
    Project m_project;
    ProjectPermissions m_permissions;
    QLabel* m_accessLabel = nullptr;
    QLabel* m_freshnessLabel = nullptr;
    QList<QWidget*> m_sections;
    bool m_hasProject = false;
};

} // namespace fjord
