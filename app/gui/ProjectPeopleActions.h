#pragma once

#include "BulkTagsDialog.h"
#include "ProjectMembersDialog.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace fjord {

class MainWindow;

// Edit > Members… (the selected project's members and invitations) and Edit > Edit Tags of N
// Projects… (one tag on every selected project), for the main window's project list.
class ProjectPeopleActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectPeopleActions)

public:
    explicit ProjectPeopleActions(MainWindow* window);

    QAction* membersAction() const { return m_members; }
    QAction* bulkTagsAction() const { return m_bulkTags; }
    // The dialogs opened last (null once closed), for tests.
    ProjectMembersDialog* membersDialog() const { return m_membersDialog; }
    BulkTagsDialog* bulkTagsDialog() const { return m_bulkTagsDialog; }

    void showMembers();
    void editTagsOfSelected();
    // Call when the selection, the list or the session changes.
    void updateEnabled();

private:
    MainWindow* m_window;
    QAction* m_members;
    QAction* m_bulkTags;
    QPointer<ProjectMembersDialog> m_membersDialog;
    QPointer<BulkTagsDialog> m_bulkTagsDialog;
};

} // namespace fjord
