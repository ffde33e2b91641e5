#include "ProjectPeopleActions.h"

#include "BulkTagsDialog.h"
#include "MainWindow.h"
#include "ProjectMembersDialog.h"
#include "models/ProjectListModel.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace fjord {

ProjectPeopleActions::ProjectPeopleActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_members(new QAction(tr("&Members…"), this))
    , m_bulkTags(new QAction(tr("Edit &Tags of Selected Projects…"), this))
{
    m_members->setObjectName(QStringLiteral("membersAction"));
    m_members->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_members->setStatusTip(tr("See who is in the selected project; invite people, change "
                               "roles, remove members"));
    m_bulkTags->setObjectName(QStringLiteral("editTagsOfProjectsAction"));
    m_bulkTags->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_bulkTags->setStatusTip(
        tr("Add, change or remove one tag on every selected project, leaving other tags alone"));
    connect(m_members, &QAction::triggered, this, &ProjectPeopleActions::showMembers);
    connect(m_bulkTags, &QAction::triggered, this, &ProjectPeopleActions::editTagsOfSelected);

    // In the Edit menu after the project's own actions, and on the list's context menu.
    QMenu* edit = window->editMenu();
    QAction* before = nullptr;
    const QList<QAction*> actions = edit->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions.at(i)->isSeparator()) {
            before = actions.at(i);
            break;
        }
    }
    edit->insertSeparator(before);
    edit->insertAction(before, m_members);
    edit->insertAction(before, m_bulkTags);
    window->addAction(m_members);
    window->addAction(m_bulkTags);
    updateEnabled();
}

void ProjectPeopleActions::updateEnabled()
{
    const bool connected = m_window->client() != nullptr;
    const QStringList selected = m_window->selectedProjectNames();
    m_members->setEnabled(connected && m_window->hasSelectedProject());
    m_bulkTags->setEnabled(connected && !selected.isEmpty());
    const int n = int(selected.size());
    m_bulkTags->setText(n > 0 ? tr("Edit &Tags of %n Project(s)…", nullptr, n)
                              : tr("Edit &Tags of Selected Projects…"));
}

void ProjectPeopleActions::showMembers()
{
    ProjectListModel* model = m_window->projectModel();
    const int row = model->rowOfProject(m_window->selectedProjectName());
    if (row < 0 || !m_window->client())
        return;
    auto* dialog = new ProjectMembersDialog(m_window->client(), model->summaryAt(row).name,
                                            model->permissionsAt(row), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectMembersDialog::ownAccessChanged, m_window, &MainWindow::refresh);
    m_membersDialog = dialog;
    dialog->show();
}

void ProjectPeopleActions::editTagsOfSelected()
{
    const QStringList names = m_window->selectedProjectNames();
    ProjectListModel* model = m_window->projectModel();
    if (names.isEmpty() || !m_window->client())
        return;
    QMap<QString, QMap<QString, QString>> projects;
    for (const QString& name : names) {
        const int row = model->rowOfProject(name);
        if (row >= 0)
            projects.insert(name, model->summaryAt(row).tags);
    }
    auto* dialog = new BulkTagsDialog(m_window->client(), projects, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Each project's row shows its new tags at once; the list is not read again.
    connect(dialog, &BulkTagsDialog::projectChanged, m_window,
            [model](const QString& name, const TagChanges& changes) {
                const int row = model->rowOfProject(name);
                if (row < 0)
                    return;
                Project project = model->projectAt(row);
                for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
                    if (it.value())
                        project.tags.insert(it.key(), *it.value());
                    else
                        project.tags.remove(it.key());
                }
                model->upsertProject(project);
            });
    connect(dialog, &QDialog::finished, m_window, [this, n = names.size()] {
        m_window->statusBar()->showMessage(
            tr("Finished editing tags of %n project(s).", nullptr, int(n)), 5000);
    });
    m_bulkTagsDialog = dialog;
    dialog->open();
}

} // namespace fjord
