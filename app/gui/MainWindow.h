#pragma once

#include "api/Types.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMenu;
class QTabWidget;
class QTableView;

namespace Ui {
class MainWindow;
}

namespace fjord {

class AivenClient;
class CloudCatalog;
class ProjectDetailsWidget;
class ProjectFilterProxyModel;
class ProjectListModel;
class RegionBrowserWidget;

// The window a user lives in: a "Projects" tab with the filterable list beside the details of
// the selected project, the create/edit/delete dialogs behind Ctrl+N, F2 and Delete, and the
// list's loading, empty and error states shown in the list area itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Loads the project list at once.
    MainWindow(AivenClient* client, CloudCatalog* clouds, QWidget* parent = nullptr);
    // Adopts `projects`, which may be loading already: at startup the list is asked for
    // while the window is being built.
    MainWindow(ProjectListModel* projects, CloudCatalog* clouds, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Another profile: forgets the list (and any reply on its way), then loads it again.
    void setClient(AivenClient* client);
    AivenClient* client() const;
    CloudCatalog* cloudCatalog() const;
    // Shown after "Fjord — " in the title, e.g. "local sandbox" or the signed-in account.
    void setEndpointDescription(const QString& description);

    ProjectListModel* projectModel() const { return m_model; }
    ProjectFilterProxyModel* projectProxyModel() const { return m_proxy; }
    bool hasSelectedProject() const;
    Project selectedProject() const; // an empty Project when nothing is selected
    QString selectedProjectName() const;
    bool selectProject(const QString& name);

    // For additive extensions (more tabs, menu entries) by other parts of the app.
    QTabWidget* tabWidget() const;
    // The "Regions" tab's map and list, built when first asked for (the tab opening).
    RegionBrowserWidget* regionBrowser();
    QTableView* projectView() const;
    ProjectDetailsWidget* detailsWidget() const;
    QMenu* fileMenu() const;
    QMenu* editMenu() const;
    QMenu* viewMenu() const;
    QMenu* helpMenu() const;

    void saveSettings() const;

    // Shows the window once the list that is loading has come in (or failed), or after
    // `grace` at the latest: a quick answer appears at once instead of flashing "Loading"
    // first, and a slow one still gets the window up promptly.
    void showWhenLoaded(int graceMs);

public Q_SLOTS:
    void refresh();
    void newProject();
    void editProject();
    void deleteProject();
    void focusFilter();
    void showProjectsTab();
    void showRegionsTab();
    void showDetails();

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpProjectView();
    void setUpActions();
    void setUpStatusBar();
    void restoreSettings();
    void applyDefaultColumns();
    void fillColumnsMenu(QMenu* menu);
    void updateViewState();
    void updateCount();
    void updateActions();
    void updateDetails();
    void updateStatus();
    int selectedSourceRow() const;
    void setUpRegionsTab();
    void updateDefaultClouds();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<CloudCatalog> m_clouds;
    ProjectListModel* m_model = nullptr;
    ProjectFilterProxyModel* m_proxy = nullptr;
    QLabel* m_refreshedLabel = nullptr;
    QLabel* m_activityLabel = nullptr;
    QWidget* m_regionsTab = nullptr;
    RegionBrowserWidget* m_regions = nullptr;
    int m_countWidthFor = -1;           // the list size the count label's width was set for
    QWidget* m_pageWhenShown = nullptr; // the list area's page, set when the window shows
    // F5 keeps the view where it was, also when the refreshed rows moved.
    QString m_selectionBeforeRefresh;
    int m_scrollBeforeRefresh = -1;
};

} // namespace fjord
