#include "MainWindow.h"

#include "CachedTextDelegate.h"
#include "DesktopSetup.h"
#include "FormStyle.h"
#include "GlyphIcons.h"
#include "ProjectDeleteDialog.h"
#include "ProjectDetailsWidget.h"
#include "ProjectEditDialog.h"
#include "ProjectInsights.h"
#include "ProjectPeopleActions.h"
#include "RegionBrowserWidget.h"
#include "ScreenFit.h"
#include "api/AivenClient.h"
#include "models/CloudCatalog.h"
#include "models/ProjectDetailsLoader.h"
#include "models/ProjectFilterProxyModel.h"
#include "models/ProjectListModel.h"
#include "models/ProjectPermissions.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fjord {

namespace {

const auto geometryKey = QLatin1String("mainWindow/geometry");
const auto windowStateKey = QLatin1String("mainWindow/state");
const auto headerKey = QLatin1String("projects/header");
const auto splitterKey = QLatin1String("projects/splitter");

} // namespace

MainWindow::MainWindow(AivenClient* client, CloudCatalog* clouds, QWidget* parent)
    : MainWindow(new ProjectListModel(client, clouds), clouds, parent)
{
    m_model->refresh();
}

MainWindow::MainWindow(ProjectListModel* projects, CloudCatalog* clouds, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_clouds(clouds)
    , m_model(projects)
{
    m_model->setParent(this);
    m_ui->setupUi(this);
    m_proxy = new ProjectFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_ui->projectDetailsWidget->setCloudCatalog(clouds);
    m_detailsLoader = new ProjectDetailsLoader(m_model->client(), this);
    m_detailsTimer = new QTimer(this);
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(120);
    connect(m_detailsTimer, &QTimer::timeout, this, &MainWindow::loadSelectedDetails);
    connect(m_detailsLoader, &ProjectDetailsLoader::loaded, this, &MainWindow::takeFreshDetails);
    connect(m_detailsLoader, &ProjectDetailsLoader::failed, this, [this](const QString& name) {
        if (name == selectedProjectName())
            updateDetails();
    });

    setUpProjectView();
    setUpActions();
    m_peopleActions = new ProjectPeopleActions(this);
    updateActions();
    setUpStatusBar();
    setUpRegionsTab();
    restoreSettings();

    connect(m_model, &ProjectListModel::stateChanged, this, &MainWindow::updateViewState);
    connect(m_model, &ProjectListModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &ProjectListModel::refreshFailed, this, &MainWindow::updateStatus);
    connect(m_model, &ProjectListModel::refreshed, this, [this] {
        // Rows are merged in place, so the view normally kept its place; this covers a list
        // that was rebuilt (it had been empty) or rows that moved under the sort.
        if (!m_selectionBeforeRefresh.isEmpty() && selectedProjectName().isEmpty())
            selectProject(m_selectionBeforeRefresh);
        if (m_scrollBeforeRefresh >= 0)
            m_ui->projectTableView->verticalScrollBar()->setValue(m_scrollBeforeRefresh);
        m_selectionBeforeRefresh.clear();
        m_scrollBeforeRefresh = -1;
        updateStatus();
    });
    // A service count coming in (one cell of the Services column) changes nothing else.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (topLeft.column() == ProjectListModel::ServicesColumn &&
                    bottomRight.column() == ProjectListModel::ServicesColumn)
                    return;
                updateDetails();
                // A refresh may bring another role for the selected project.
                updateActions();
                // The Regions list says which projects use each region by default.
                updateDefaultClouds();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateDefaultClouds);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateDefaultClouds);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateDefaultClouds);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateViewState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateViewState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateViewState);
    // The proxy drops a row before the model has (QSortFilterProxyModel reacts to
    // rowsAboutToBeRemoved): count again once the model has too, or "4 of 5" stays.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateViewState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateViewState);

    m_insights = new ProjectInsights(this);

    setEndpointDescription({});
    updateViewState();
    updateStatus();
}

MainWindow::~MainWindow() = default;

// ---------------------------------------------------------------------------------------------
// Set-up

void MainWindow::setUpProjectView()
{
    QTableView* view = m_ui->projectTableView;
    view->setModel(m_proxy);
    view->setItemDelegate(new CachedTextDelegate(view));
    view->sortByColumn(ProjectListModel::NameColumn, Qt::AscendingOrder);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->installEventFilter(this);

    QHeaderView* header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        fillColumnsMenu(&menu);
        menu.exec(m_ui->projectTableView->horizontalHeader()->mapToGlobal(pos));
    });
    applyDefaultColumns();

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
        m_detailsTimer->start();
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(view, &QAbstractItemView::activated, this, &MainWindow::showDetails);

    m_ui->filterLineEdit->installEventFilter(this);
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, m_proxy,
            &ProjectFilterProxyModel::setFilterText);
    connect(m_proxy, &ProjectFilterProxyModel::filterTextChanged, this,
            &MainWindow::updateViewState);

    m_ui->projectsSplitter->setStretchFactor(0, 3);
    m_ui->projectsSplitter->setStretchFactor(1, 2);
    m_ui->projectsSplitter->setSizes({930, 430});

    // The banner and the state page speak in the palette's own colours, so dark themes work.
    m_ui->errorBannerFrame->setAutoFillBackground(true);
    m_ui->errorBannerFrame->setPalette(
        FormStyle::errorBannerPalette(m_ui->errorBannerFrame->palette()));
    m_ui->errorBannerFrame->hide();
    QFont title = m_ui->stateTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->stateTitleLabel->setFont(title);

    connect(m_ui->bannerRetryPushButton, &QPushButton::clicked, this, &MainWindow::refresh);
    connect(m_ui->stateActionPushButton, &QPushButton::clicked, this, [this] {
        const QString action = m_ui->stateActionPushButton->property("action").toString();
        if (action == QLatin1String("retry"))
            refresh();
        else if (action == QLatin1String("create"))
            newProject();
        else if (action == QLatin1String("clearFilter"))
            m_ui->filterLineEdit->clear();
        else if (action == QLatin1String("signIn"))
            Q_EMIT signInRequested();
    });
}

void MainWindow::applyDefaultColumns()
{
    QHeaderView* header = m_ui->projectTableView->horizontalHeader();
    const int widths[ProjectListModel::ColumnCount] = {165, 80, 120, 200, 125, 115, 140, 100, 70};
    for (int column = 0; column < ProjectListModel::ColumnCount; ++column) {
        header->moveSection(header->visualIndex(column), column);
        header->setSectionHidden(column, false);
        header->resizeSection(column, widths[column]);
    }
    // The payment method is in the details; the list starts without it to fit a laptop screen.
    header->setSectionHidden(ProjectListModel::PaymentMethodColumn, true);
    // The service count (a short number) beside the role, where it is seen without scrolling.
    header->moveSection(header->visualIndex(ProjectListModel::ServicesColumn),
                        header->visualIndex(ProjectListModel::RoleColumn) + 1);
}

void MainWindow::fillColumnsMenu(QMenu* menu)
{
    menu->clear();
    QHeaderView* header = m_ui->projectTableView->horizontalHeader();
    for (int column = 0; column < ProjectListModel::ColumnCount; ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name identifies the row: it always stays.
        action->setEnabled(column != ProjectListModel::NameColumn);
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu->addSeparator();
    QAction* reset = menu->addAction(tr("&Reset Columns"));
    connect(reset, &QAction::triggered, this, &MainWindow::applyDefaultColumns);
}

void MainWindow::setUpActions()
{
    m_ui->newProjectAction->setIcon(themedIcon(QStringLiteral("document-new"), Glyph::Add));
    m_ui->editProjectAction->setIcon(themedIcon(QStringLiteral("document-edit"), Glyph::Edit));
    m_ui->deleteProjectAction->setIcon(themedIcon(QStringLiteral("edit-delete"), Glyph::Delete));
    m_ui->refreshAction->setIcon(themedIcon(QStringLiteral("view-refresh"), Glyph::Refresh));
    m_ui->quitAction->setShortcuts(
        shortcutsFor(QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence::Quit));
    m_editToolTip = m_ui->editProjectAction->toolTip();
    m_deleteToolTip = m_ui->deleteProjectAction->toolTip();

    connect(m_ui->newProjectAction, &QAction::triggered, this, &MainWindow::newProject);
    connect(m_ui->editProjectAction, &QAction::triggered, this, &MainWindow::editProject);
    connect(m_ui->deleteProjectAction, &QAction::triggered, this, &MainWindow::deleteProject);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::focusFilter);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->showDetailsAction, &QAction::triggered, this, &MainWindow::showDetails);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->columnsMenu, &QMenu::aboutToShow, this,
            [this] { fillColumnsMenu(m_ui->columnsMenu); });
    fillColumnsMenu(m_ui->columnsMenu);

    connect(m_ui->projectDetailsWidget, &ProjectDetailsWidget::copied, this,
            [this](const QString& what) {
                statusBar()->showMessage(tr("%1 copied to the clipboard.").arg(what), 3000);
            });
    updateActions();
}

void MainWindow::setUpRegionsTab()
{
    // The map is built when the tab first opens, so startup does not pay for it.
    m_regionsTab = new QWidget(this);
    m_regionsTab->setObjectName(QStringLiteral("regionsTab"));
    auto* layout = new QVBoxLayout(m_regionsTab);
    layout->setContentsMargins(0, 0, 0, 0);
    // Said above the map when the list is not this session's answer from the API.
    m_regionsNoticeLabel = new QLabel(m_regionsTab);
    m_regionsNoticeLabel->setObjectName(QStringLiteral("regionsNoticeLabel"));
    m_regionsNoticeLabel->setWordWrap(true);
    m_regionsNoticeLabel->setContentsMargins(8, 6, 8, 6);
    m_regionsNoticeLabel->setAutoFillBackground(true);
    QPalette notice = m_regionsNoticeLabel->palette();
    notice.setColor(QPalette::Window, notice.color(QPalette::ToolTipBase));
    notice.setColor(QPalette::WindowText, notice.color(QPalette::ToolTipText));
    m_regionsNoticeLabel->setPalette(notice);
    layout->addWidget(m_regionsNoticeLabel);
    if (m_clouds) {
        connect(m_clouds, &CloudCatalog::sourceChanged, this, &MainWindow::updateRegionsNotice);
        connect(m_clouds, &CloudCatalog::refreshFailed, this, &MainWindow::updateRegionsNotice);
        connect(m_clouds, &CloudCatalog::cloudsChanged, this, &MainWindow::updateRegionsNotice);
    }
    updateRegionsNotice();
    m_ui->mainTabWidget->addTab(m_regionsTab, tr("&Regions"));
    m_ui->mainTabWidget->setTabToolTip(m_ui->mainTabWidget->indexOf(m_regionsTab),
                                       tr("Browse the cloud regions on a map (Ctrl+2)"));
    connect(m_ui->mainTabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->mainTabWidget->widget(index) == m_regionsTab)
            regionBrowser();
    });

    auto* projectsAction = new QAction(tr("&Projects"), this);
    projectsAction->setObjectName(QStringLiteral("showProjectsTabAction"));
    projectsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(projectsAction, &QAction::triggered, this, &MainWindow::showProjectsTab);
    auto* regionsAction = new QAction(tr("Re&gions"), this);
    regionsAction->setObjectName(QStringLiteral("showRegionsTabAction"));
    regionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(regionsAction, &QAction::triggered, this, &MainWindow::showRegionsTab);
    QAction* first = m_ui->viewMenu->actions().value(0);
    m_ui->viewMenu->insertAction(first, projectsAction);
    m_ui->viewMenu->insertAction(first, regionsAction);
    m_ui->viewMenu->insertSeparator(first);
}

RegionBrowserWidget* MainWindow::regionBrowser()
{
    if (!m_regions) {
        m_regions = new RegionBrowserWidget(m_clouds, m_regionsTab);
        m_regions->setObjectName(QStringLiteral("regionBrowser"));
        m_regionsTab->layout()->addWidget(m_regions);
        m_regions->show(); // the tab may already be on screen
        updateDefaultClouds();
    }
    return m_regions;
}

void MainWindow::updateDefaultClouds()
{
    if (!m_regions)
        return;
    QHash<QString, QStringList> projectsByCloud;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ProjectSummary& project = m_model->summaryAt(row);
        if (!project.defaultCloud.isEmpty())
            projectsByCloud[project.defaultCloud].append(project.name);
    }
    for (QStringList& names : projectsByCloud)
        names.sort(Qt::CaseInsensitive);
    m_regions->setDefaultCloudProjects(projectsByCloud);
}

void MainWindow::updateRegionsNotice()
{
    QString text;
    if (m_clouds) {
        switch (m_clouds->source()) {
        case CloudCatalog::Source::Bundled:
            text = tr("These are the cloud regions that came with Fjord: the list may be out of "
                      "date. Fjord updates it when it can reach the Aiven API.");
            break;
        case CloudCatalog::Source::Cache:
            if (!m_clouds->lastError().isEmpty())
                text = tr("Could not update the cloud regions (%1) This is the list saved "
                          "earlier: it may be out of date.")
                           .arg(m_clouds->lastError());
            break;
        case CloudCatalog::Source::None:
            if (!m_clouds->lastError().isEmpty())
                text = tr("Could not load the cloud regions: %1").arg(m_clouds->lastError());
            break;
        case CloudCatalog::Source::Server:
            break;
        }
    }
    m_regionsNoticeLabel->setText(text);
    m_regionsNoticeLabel->setVisible(!text.isEmpty());
}

void MainWindow::showProjectsTab()
{
    m_ui->mainTabWidget->setCurrentWidget(m_ui->projectsTab);
    m_ui->projectTableView->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showRegionsTab()
{
    m_ui->mainTabWidget->setCurrentWidget(m_regionsTab);
    regionBrowser()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setUpStatusBar()
{
    m_activityLabel = new QLabel(this);
    m_activityLabel->setObjectName(QStringLiteral("activityLabel"));
    m_refreshedLabel = new QLabel(this);
    m_refreshedLabel->setObjectName(QStringLiteral("lastRefreshedLabel"));
    // Left, and hidden while a passing message ("Saved project ...") is shown.
    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionStatusLabel"));
    m_sessionLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_sessionLabel, 1);
    statusBar()->addPermanentWidget(m_activityLabel);
    statusBar()->addPermanentWidget(m_refreshedLabel);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // Roomy where the screen allows, within its available area on a small one (1024x700).
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        screenfit::resizeToFit(this, QSize(1360, 800));
    else if (!isMaximized() && !isFullScreen())
        screenfit::keepOnScreen(this);
    restoreState(settings.value(windowStateKey).toByteArray());
    QHeaderView* header = m_ui->projectTableView->horizontalHeader();
    if (header->restoreState(settings.value(headerKey).toByteArray())) {
        // The name column must stay visible whatever an older state said.
        header->setSectionHidden(ProjectListModel::NameColumn, false);
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    m_ui->projectsSplitter->restoreState(settings.value(splitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    // Only what changed, so that closing an unchanged window does not rewrite the file.
    const auto store = [&settings](QLatin1String key, const QByteArray& value) {
        if (settings.value(key).toByteArray() != value)
            settings.setValue(key, value);
    };
    store(geometryKey, saveGeometry());
    store(windowStateKey, saveState());
    store(headerKey, m_ui->projectTableView->horizontalHeader()->saveState());
    store(splitterKey, m_ui->projectsSplitter->saveState());
}

void MainWindow::showWhenLoaded(int graceMs)
{
    if (m_model->state() != ProjectListModel::State::Loading) {
        show();
        return;
    }
    // One shot: whichever comes first shows the window and disarms the other.
    auto* waiting = new QObject(this);
    const auto showNow = [this, waiting] {
        waiting->deleteLater();
        if (!isVisible())
            show();
    };
    connect(m_model, &ProjectListModel::stateChanged, waiting,
            [showNow](ProjectListModel::State state) {
                if (state != ProjectListModel::State::Loading)
                    showNow();
            });
    QTimer::singleShot(std::max(0, graceMs), waiting, showNow);
}

void MainWindow::showEvent(QShowEvent* event)
{
    if (m_pageWhenShown) {
        m_ui->listStackedWidget->setCurrentWidget(m_pageWhenShown);
        m_pageWhenShown = nullptr;
    }
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

// ---------------------------------------------------------------------------------------------
// Accessors

void MainWindow::setClient(AivenClient* client)
{
    m_detailsTimer->stop();
    m_detailsLoader->setClient(client);
    m_ui->projectDetailsWidget->clear();
    m_selectionBeforeRefresh.clear();
    m_scrollBeforeRefresh = -1;
    // First: the list's rows going must not start the next service counts of the old client.
    m_insights->setClient(client);
    m_model->setClient(client);
    if (client)
        m_model->refresh();
    updateViewState();
    updateStatus();
}

void MainWindow::setSessionStatus(const QString& text, bool problem)
{
    m_sessionLabel->setText(text);
    QPalette palette = statusBar()->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x12));
    m_sessionLabel->setPalette(palette);
}

QString MainWindow::sessionStatus() const
{
    return m_sessionLabel->text();
}

AivenClient* MainWindow::client() const
{
    return m_model->client();
}

CloudCatalog* MainWindow::cloudCatalog() const
{
    return m_clouds;
}

void MainWindow::setEndpointDescription(const QString& description)
{
    setWindowTitle(description.isEmpty() ? tr("Fjord") : tr("Fjord — %1").arg(description));
}

QTabWidget* MainWindow::tabWidget() const
{
    return m_ui->mainTabWidget;
}

QTableView* MainWindow::projectView() const
{
    return m_ui->projectTableView;
}

ProjectDetailsWidget* MainWindow::detailsWidget() const
{
    return m_ui->projectDetailsWidget;
}

QMenu* MainWindow::fileMenu() const
{
    return m_ui->fileMenu;
}

QMenu* MainWindow::editMenu() const
{
    return m_ui->editMenu;
}

QMenu* MainWindow::viewMenu() const
{
    return m_ui->viewMenu;
}

QMenu* MainWindow::helpMenu() const
{
    return m_ui->helpMenu;
}

int MainWindow::selectedSourceRow() const
{
    // With several rows selected, the current one is the one shown and acted on.
    const QItemSelectionModel* selection = m_ui->projectTableView->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), QModelIndex()))
        return m_proxy->mapToSource(current).row();
    const QModelIndexList indexes = selection->selectedRows();
    return indexes.isEmpty() ? -1 : m_proxy->mapToSource(indexes.first()).row();
}

QStringList MainWindow::selectedProjectNames() const
{
    QModelIndexList rows = m_ui->projectTableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList names;
    names.reserve(rows.size());
    for (const QModelIndex& index : std::as_const(rows))
        names.append(m_model->summaryAt(m_proxy->mapToSource(index).row()).name);
    return names;
}

bool MainWindow::hasSelectedProject() const
{
    return selectedSourceRow() >= 0;
}

Project MainWindow::selectedProject() const
{
    const int row = selectedSourceRow();
    return row >= 0 ? m_model->projectAt(row) : Project();
}

QString MainWindow::selectedProjectName() const
{
    const int row = selectedSourceRow();
    return row >= 0 ? m_model->summaryAt(row).name : QString();
}

bool MainWindow::selectProject(const QString& name)
{
    const int row = m_model->rowOfProject(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    QTableView* view = m_ui->projectTableView;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Actions

void MainWindow::refresh()
{
    if (!client())
        return; // signed out: nothing to load until a session begins
    m_selectionBeforeRefresh = selectedProjectName();
    m_scrollBeforeRefresh = m_ui->projectTableView->verticalScrollBar()->value();
    m_model->refresh();
    // F5 on the Regions tab also fetches the clouds again (the cache keeps the map meanwhile),
    // and so does F5 anywhere after their last fetch failed.
    if (m_clouds &&
        (m_ui->mainTabWidget->currentWidget() == m_regionsTab || !m_clouds->lastError().isEmpty()))
        m_clouds->refresh();
    updateViewState();
    updateStatus();
}

void MainWindow::newProject()
{
    if (!client())
        return;
    auto* dialog = new ProjectEditDialog(client(), m_clouds, ProjectEditDialog::Mode::Create,
                                         Project(), m_model->projectNames(), this);
    // It starts in the organization of the selected project (asks, with several and none).
    const int row = selectedSourceRow();
    dialog->setSelectedProjectAccount(row >= 0 ? m_model->summaryAt(row).accountId : QString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectEditDialog::projectSaved, this, [this](const Project& project) {
        m_detailsLoader->forget(project.name);
        m_model->upsertProject(project);
        selectProject(project.name);
        statusBar()->showMessage(tr("Created project “%1”.").arg(project.name), 5000);
    });
    dialog->open();
}

void MainWindow::editProject()
{
    const int row = selectedSourceRow();
    if (row < 0 || !client())
        return;
    const ProjectPermissions permissions = m_model->permissionsAt(row);
    if (!permissions.allowsAnyChange())
        return; // the action is disabled and says why
    const Project before = m_model->projectAt(row);
    const QString role = m_model->roleAt(row);
    const QStringList memberships = m_model->membershipsAt(row);
    auto* dialog = new ProjectEditDialog(client(), m_clouds, ProjectEditDialog::Mode::Edit, before,
                                         m_model->projectNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPermissions(permissions);
    connect(dialog, &ProjectEditDialog::projectSaved, this,
            [this, oldName = before.name, role, memberships](const Project& project) {
                // A GET of the old state still on its way must not undo the save.
                m_detailsLoader->forget(oldName);
                m_detailsLoader->forget(project.name);
                if (project.name != oldName)
                    m_model->removeProject(oldName); // renamed
                m_model->upsertProject(project, role, memberships);
                selectProject(project.name);
                updateDetails();
                statusBar()->showMessage(tr("Saved project “%1”.").arg(project.name), 5000);
            });
    dialog->open();
}

void MainWindow::deleteProject()
{
    const int row = selectedSourceRow();
    if (row < 0 || !client() ||
        !m_model->permissionsAt(row).allows(ProjectPermissions::Change::Delete))
        return;
    auto* dialog = new ProjectDeleteDialog(client(), m_model->projectAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectDeleteDialog::projectDeleted, this, [this](const QString& name) {
        m_detailsLoader->forget(name);
        m_model->removeProject(name);
        statusBar()->showMessage(tr("Deleted project “%1”.").arg(name), 5000);
    });
    dialog->open();
}

void MainWindow::focusFilter()
{
    m_ui->mainTabWidget->setCurrentWidget(m_ui->projectsTab);
    m_ui->filterLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterLineEdit->selectAll();
}

void MainWindow::showDetails()
{
    if (!hasSelectedProject())
        return;
    updateDetails();
    m_ui->projectDetailsWidget->focusDetails();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_ui->filterLineEdit) {
            // Down or Enter takes the user from the filter into the (filtered) list.
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
                key->key() == Qt::Key_Enter) {
                QTableView* view = m_ui->projectTableView;
                if (m_proxy->rowCount() > 0) {
                    if (!view->selectionModel()->currentIndex().isValid())
                        view->selectionModel()->setCurrentIndex(
                            m_proxy->index(0, 0),
                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    view->setFocus(Qt::OtherFocusReason);
                }
                return true;
            }
            if (key->key() == Qt::Key_Escape && !m_ui->filterLineEdit->text().isEmpty()) {
                m_ui->filterLineEdit->clear();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------
// State

void MainWindow::updateViewState()
{
    const bool hasRows = m_model->rowCount() > 0;
    const auto state = m_model->state();
    QWidget* page = m_ui->listPage;
    QString title;
    QString message;
    QString action;
    QString actionText;
    bool busy = false;

    if (!hasRows && !client()) {
        page = m_ui->statePage;
        title = tr("Not signed in");
        message = tr("Sign in to an Aiven account, or try the local sandbox, to see your "
                     "projects.");
        action = QStringLiteral("signIn");
        actionText = tr("&Sign In…");
    } else if (!hasRows) {
        page = m_ui->statePage;
        switch (state) {
        case ProjectListModel::State::NotLoaded:
        case ProjectListModel::State::Loading:
            title = tr("Loading projects…");
            busy = true;
            break;
        case ProjectListModel::State::Error:
            title = tr("Could not load projects");
            message = m_model->errorMessage();
            action = QStringLiteral("retry");
            actionText = tr("&Retry");
            break;
        case ProjectListModel::State::Loaded:
            title = tr("No projects yet: create one");
            message = tr("A project holds your services and their billing settings.");
            action = QStringLiteral("create");
            actionText = tr("&Create Project…");
            break;
        }
    } else if (m_proxy->rowCount() == 0) {
        page = m_ui->statePage;
        title = tr("No projects match “%1”").arg(m_proxy->filterText());
        message = tr("The filter looks at names, clouds, accounts and tags.");
        action = QStringLiteral("clearFilter");
        actionText = tr("C&lear Filter");
    }

    m_ui->stateTitleLabel->setText(title);
    m_ui->stateMessageLabel->setText(message);
    m_ui->stateMessageLabel->setVisible(!message.isEmpty());
    m_ui->stateProgressBar->setVisible(busy);
    m_ui->stateActionPushButton->setVisible(!action.isEmpty());
    m_ui->stateActionPushButton->setText(actionText);
    m_ui->stateActionPushButton->setAccessibleName(QString(actionText).remove(u'&'));
    m_ui->stateActionPushButton->setProperty("action", action);
    // A hidden window (at startup, until its list is in) switches pages when it is shown: a
    // page it never shows is never laid out.
    if (isVisible()) {
        m_ui->listStackedWidget->setCurrentWidget(page);
        m_pageWhenShown = nullptr;
    } else {
        m_pageWhenShown = page;
    }

    const bool bannerShown = hasRows && state == ProjectListModel::State::Error;
    m_ui->errorBannerLabel->setText(
        bannerShown ? tr("Could not refresh the list: %1 The rows shown may be out of date.")
                          .arg(m_model->errorMessage())
                    : QString());
    m_ui->errorBannerFrame->setVisible(bannerShown);

    updateCount();
    updateActions();
    updateDetails();
}

void MainWindow::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString projects = tr("%Ln project(s)", nullptr, total);
    if (total != m_countWidthFor) {
        // Wide enough for the widest count of this list, so that a keystroke in the filter
        // changes the label's text only, never the layout of the row (and what it repaints).
        m_countWidthFor = total;
        const QString widest = tr("%L1 of %Ln project(s)", nullptr, total).arg(total);
        const int width = m_ui->countLabel->fontMetrics().horizontalAdvance(widest) + 4;
        m_ui->countLabel->setMinimumWidth(std::max(120, width));
    }
    if (total == 0)
        m_ui->countLabel->clear();
    else if (shown == total)
        m_ui->countLabel->setText(projects);
    else
        m_ui->countLabel->setText(tr("%L1 of %Ln project(s)", nullptr, total).arg(shown));
}

void MainWindow::updateActions()
{
    const int row = selectedSourceRow();
    const bool selected = row >= 0;
    const bool connected = client() != nullptr;
    // What the user may do with the selected project, and if not, why (as the tooltip).
    const ProjectPermissions permissions =
        selected ? m_model->permissionsAt(row) : ProjectPermissions();
    const QString noEdit = connected && selected ? permissions.whyNoChanges() : QString();
    const QString noDelete =
        connected && selected ? permissions.whyNot(ProjectPermissions::Change::Delete) : QString();
    m_ui->newProjectAction->setEnabled(connected);
    m_ui->refreshAction->setEnabled(connected);
    m_ui->editProjectAction->setEnabled(connected && selected && noEdit.isEmpty());
    m_ui->editProjectAction->setToolTip(noEdit.isEmpty() ? m_editToolTip : noEdit);
    m_ui->deleteProjectAction->setEnabled(connected && selected && noDelete.isEmpty());
    m_ui->deleteProjectAction->setToolTip(noDelete.isEmpty() ? m_deleteToolTip : noDelete);
    m_ui->showDetailsAction->setEnabled(selected);
    if (m_peopleActions)
        m_peopleActions->updateEnabled();
}

void MainWindow::updateDetails()
{
    const int row = selectedSourceRow();
    if (row < 0) {
        m_ui->projectDetailsWidget->clear();
        return;
    }
    const Project project = m_model->projectAt(row);
    m_ui->projectDetailsWidget->setProject(project, m_model->permissionsAt(row));
    m_ui->projectDetailsWidget->setDetailsProblem(m_detailsLoader->errorMessage(project.name));
}

void MainWindow::loadSelectedDetails()
{
    const QString name = selectedProjectName();
    if (!name.isEmpty())
        m_detailsLoader->load(name);
}

void MainWindow::takeFreshDetails(const Project& project)
{
    const int row = m_model->rowOfProject(project.name);
    if (row < 0)
        return; // deleted or renamed here meanwhile
    if (m_model->projectAt(row) != project)
        m_model->upsertProject(project); // the row and the details show the same copy
    else if (project.name == selectedProjectName())
        updateDetails();
}

void MainWindow::updateStatus()
{
    m_activityLabel->setText(m_model->isLoading() ? tr("Refreshing…") : QString());
    if (m_model->state() == ProjectListModel::State::Error && !m_model->isLoading())
        m_activityLabel->setText(tr("Last refresh failed"));
    const QDateTime when = m_model->lastRefreshed();
    m_refreshedLabel->setText(
        when.isValid()
            ? tr("Last refreshed %1").arg(when.time().toString(QStringLiteral("HH:mm:ss")))
            : QString());
}

} // namespace fjord
