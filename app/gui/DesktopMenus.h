#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace fjord {

class ActivityWindow;
class AivenClient;
class MainWindow;
class ProjectExportActions;
class RequestLogModel;

// Puts the desktop and power-user entries into the main window's standard menus, without
// the window knowing about them: File > Export as CSV / JSON, Edit > Copy as curl / avn /
// Terraform, View > Activity, Help > About Fjord. Owns the request log of the session.
class DesktopMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopMenus)

public:
    explicit DesktopMenus(MainWindow* window);
    ~DesktopMenus() override;

    // Every call of this client goes into the request log; call again after a profile switch
    // (the window's current client is attached on construction).
    void attachClient(AivenClient* client);

    RequestLogModel* requestLog() const { return m_log; }
    ProjectExportActions* exportActions() const { return m_export; }
    QAction* activityAction() const { return m_activityAction; }
    QAction* aboutAction() const { return m_aboutAction; }
    // The Activity window once it has been opened, else null.
    ActivityWindow* activityWindow() const;

public Q_SLOTS:
    void showActivity();
    void showAbout();

private:
    void installMenus();

    MainWindow* m_window;
    RequestLogModel* m_log;
    ProjectExportActions* m_export;
    QAction* m_activityAction;
    QAction* m_aboutAction;
    QPointer<ActivityWindow> m_activityWindow;
};

} // namespace fjord
