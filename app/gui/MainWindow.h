#pragma once

#include "api/Types.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace fjord {

class AivenClient;
class CloudCatalog;
class ProjectDetailsLoader;
class ProjectDetailsWidget;
class ProjectFilterProxyModel;
class ProjectInsights;
class ProjectListModel;
class ProjectPeopleActions;
class RegionBrowserWidget;

// The window a user lives in: a "Projects" tab with the filterable list beside the details of
// the selected project (fetched afresh when it is selected), the create/edit/delete dialogs
// behind Ctrl+N, F2 and Delete (enabled as the user's access to the project allows), and the
// list's loading, empty, error and signed-out states shown in the list area itself.
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

    // Another profile: forgets the list, the details (and any reply on their way), then loads
    // the list again. Null (signed out): the window holds nothing and offers signing in.
    void setClient(AivenClient* client);
    AivenClient* client() const;
    CloudCatalog* cloudCatalog() const;
    // Shown after "Fjord — " in the title, e.g. "local sandbox" or the signed-in account.
    void setEndpointDescription(const QString& description);

    ProjectListModel* projectModel() const { return m_model; }
    ProjectFilterProxyModel* projectProxyModel() const { return m_proxy; }
    ProjectDetailsLoader* detailsLoader() const { return m_detailsLoader; }
    // The Services column and section, the event log and the CA certificate.
    ProjectInsights* insights() const { return m_insights; }
    // The session in words at the left of the status bar; `problem` when its last call failed.
    void setSessionStatus(const QString& text, bool problem = false);
    QString sessionStatus() const;
    bool hasSelectedProject() const;
    Project selectedProject() const; // an empty Project when nothing is selected
    QString selectedProjectName() const;
    // Every selected project (the list takes several at once for tag edits), in list order;
    // the details show the current one (selectedProjectName()).
    QStringList selectedProjectNames() const;
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
    // Edit > Members… and Edit > Edit Tags of N Projects….
    ProjectPeopleActions* peopleActions() const { return m_peopleActions; }

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

Q_SIGNALS:
    // The signed-out page's "Sign In" button.
    void signInRequested();

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
    void updateRegionsNotice();
    void loadSelectedDetails();
    void takeFreshDetails(const Project& project);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<CloudCatalog> m_clouds;
    ProjectListModel* m_model = nullptr;
    ProjectFilterProxyModel* m_proxy = nullptr;
    QLabel* m_refreshedLabel = nullptr;
    QLabel* m_activityLabel = nullptr;
    QLabel* m_sessionLabel = nullptr;
    QLabel* m_regionsNoticeLabel = nullptr;
    ProjectDetailsLoader* m_detailsLoader = nullptr;
    ProjectPeopleActions* m_peopleActions = nullptr;
    ProjectInsights* m_insights = nullptr;
    QTimer* m_detailsTimer = nullptr; // a moment's pause, so arrowing through the list is cheap
    QString m_editToolTip;            // the actions' own tooltips, for when they are enabled
    QString m_deleteToolTip;
    QWidget* m_regionsTab = nullptr;
    RegionBrowserWidget* m_regions = nullptr;
    int m_countWidthFor = -1;           // the list size the count label's width was set for
    QWidget* m_pageWhenShown = nullptr; // the list area's page, set when the window shows
    // F5 keeps the view where it was, also when the refreshed rows moved.
    QString m_selectionBeforeRefresh;
    int m_scrollBeforeRefresh = -1;
};

} // namespace fjord
