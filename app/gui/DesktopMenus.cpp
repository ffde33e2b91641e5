#include "DesktopMenus.h"

#include "AboutDialog.h"
#include "ActivityWindow.h"
#include "MainWindow.h"
#include "ProjectExportActions.h"
#include "api/AivenClient.h"
#include "export/RequestLogModel.h"
#include "models/ProjectFilterProxyModel.h"
#include "models/ProjectListModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

namespace fjord {

namespace {

// Inserts before the menu's last separator (the one above Quit), or appends.
void insertBeforeLastSeparator(QMenu* menu, const QList<QAction*>& actions)
{
    const QList<QAction*> existing = menu->actions();
    for (auto it = existing.crbegin(); it != existing.crend(); ++it) {
        if ((*it)->isSeparator()) {
            menu->insertActions(*it, actions);
            menu->insertSeparator(*it);
            return;
        }
    }
    menu->addSeparator();
    menu->addActions(actions);
}

} // namespace

DesktopMenus::DesktopMenus(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_log(new RequestLogModel(this))
    , m_export(new ProjectExportActions(window))
    , m_activityAction(new QAction(tr("&Activity"), this))
    , m_aboutAction(new QAction(tr("&About Fjord"), this))
{
    m_activityAction->setObjectName(QStringLiteral("activityAction"));
    m_activityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_activityAction->setStatusTip(tr("Show every API call of this session"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_activityAction, &QAction::triggered, this, &DesktopMenus::showActivity);
    connect(m_aboutAction, &QAction::triggered, this, &DesktopMenus::showAbout);

    ProjectListModel* model = window->projectModel();
    ProjectFilterProxyModel* proxy = window->projectProxyModel();
    m_export->setVisibleProjectsProvider(
        [proxy, model] {
            QVector<int> rows;
            rows.reserve(proxy->rowCount());
            for (int row = 0; row < proxy->rowCount(); ++row)
                rows.append(proxy->mapToSource(proxy->index(row, 0)).row());
            return model->recordsAt(rows);
        },
        [proxy] { return qsizetype(proxy->rowCount()); });
    m_export->setCurrentProjectProvider([window]() -> std::optional<Project> {
        if (!window->hasSelectedProject())
            return std::nullopt;
        return window->selectedProject();
    });
    m_export->setApiBaseUrlProvider(
        [window] { return window->client() ? window->client()->baseUrl() : QUrl(); });
    connect(m_export, &ProjectExportActions::statusMessage, window,
            [window](const QString& message) { window->statusBar()->showMessage(message, 5000); });

    // The actions follow the list and the selection.
    const auto update = [this] { m_export->updateEnabled(); };
    connect(proxy, &QAbstractItemModel::rowsInserted, this, update);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, update);
    connect(proxy, &QAbstractItemModel::modelReset, this, update);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, update);
    if (QItemSelectionModel* selection = window->projectView()->selectionModel())
        connect(selection, &QItemSelectionModel::currentChanged, this, update);

    attachClient(window->client());
    installMenus();
    m_export->updateEnabled();
}

DesktopMenus::~DesktopMenus() = default;

ActivityWindow* DesktopMenus::activityWindow() const
{
    return m_activityWindow;
}

void DesktopMenus::attachClient(AivenClient* client)
{
    m_log->attach(client);
}

void DesktopMenus::installMenus()
{
    insertBeforeLastSeparator(m_window->fileMenu(), m_export->exportActions());
    QMenu* edit = m_window->editMenu();
    edit->addSeparator();
    edit->addActions(m_export->copyActions());
    QMenu* view = m_window->viewMenu();
    view->addSeparator();
    view->addAction(m_activityAction);
    QMenu* help = m_window->helpMenu();
    const QList<QAction*> helpActions = help->actions();
    help->insertAction(helpActions.isEmpty() ? nullptr : helpActions.constFirst(), m_aboutAction);
    // Shortcuts work even while a menu bar is hidden or native.
    m_window->addActions(m_export->exportActions() + m_export->copyActions());
    m_window->addActions({m_activityAction, m_aboutAction});
}

void DesktopMenus::showActivity()
{
    if (!m_activityWindow) {
        m_activityWindow = new ActivityWindow(m_log, m_window);
        m_activityWindow->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_activityWindow->show();
    m_activityWindow->raise();
    m_activityWindow->activateWindow();
}

void DesktopMenus::showAbout()
{
    AboutDialog dialog(m_window);
    dialog.exec();
}

} // namespace fjord
