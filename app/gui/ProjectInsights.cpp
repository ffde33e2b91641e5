#include "ProjectInsights.h"

#include "CaCertificateDialog.h"
#include "MainWindow.h"
#include "ProjectDetailsWidget.h"
#include "ProjectEventLogDialog.h"
#include "ProjectServicesSection.h"
#include "models/ProjectFilterProxyModel.h"
#include "models/ProjectListModel.h"
#include "models/ServiceCountCache.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace fjord {

namespace {

constexpr int kVisibleDelayMs = 150; // scrolling settles before counts are asked for

} // namespace

ProjectInsights::ProjectInsights(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_counts(new ServiceCountCache(window->client(), this))
    , m_section(new ProjectServicesSection)
    , m_eventLogAction(new QAction(tr("&Event Log…"), this))
    , m_caAction(new QAction(tr("CA Certi&ficate…"), this))
    , m_visibleTimer(new QTimer(this))
{
    m_visibleTimer->setSingleShot(true);
    m_visibleTimer->setInterval(kVisibleDelayMs);
    connect(m_visibleTimer, &QTimer::timeout, this, &ProjectInsights::loadVisibleCounts);

    ProjectListModel* model = window->projectModel();
    model->setServiceCounts(m_counts);
    m_section->setClient(window->client());
    m_section->setServiceCounts(m_counts);
    window->detailsWidget()->addSection(m_section);
    connect(m_section, &ProjectServicesSection::eventLogRequested, this,
            [this](const QString& project) { showEventLog(project); });
    connect(m_section, &ProjectServicesSection::caCertificateRequested, this,
            [this](const QString& project) { showCaCertificate(project); });

    m_eventLogAction->setObjectName(QStringLiteral("eventLogAction"));
    m_eventLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_eventLogAction->setStatusTip(tr("Show who did what in the selected project"));
    m_caAction->setObjectName(QStringLiteral("caCertificateAction"));
    m_caAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_caAction->setStatusTip(tr("Show the selected project's CA certificate"));
    connect(m_eventLogAction, &QAction::triggered, this, [this] { showEventLog(); });
    connect(m_caAction, &QAction::triggered, this, [this] { showCaCertificate(); });
    QMenu* view = window->viewMenu();
    view->addSeparator();
    view->addAction(m_eventLogAction);
    view->addAction(m_caAction);
    window->addActions({m_eventLogAction, m_caAction}); // also with the menu bar hidden

    // Counts for the rows on screen: after scrolling, resizing, sorting, filtering, loading.
    QTableView* table = window->projectView();
    ProjectFilterProxyModel* proxy = window->projectProxyModel();
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ProjectInsights::requestVisibleCounts);
    connect(table->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &ProjectInsights::requestVisibleCounts);
    connect(proxy, &QAbstractItemModel::modelReset, this, &ProjectInsights::requestVisibleCounts);
    connect(proxy, &QAbstractItemModel::layoutChanged, this,
            &ProjectInsights::requestVisibleCounts);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &ProjectInsights::requestVisibleCounts);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &ProjectInsights::requestVisibleCounts);
    // F5: the counts shown stay until the new ones come.
    connect(model, &ProjectListModel::refreshed, this, [this] {
        m_counts->markAllStale();
        requestVisibleCounts();
        if (!m_section->project().isEmpty())
            m_section->showProject(m_section->project(), true);
    });
    // A project renamed or deleted here: its count must not come back under a new project
    // of the same name.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, model](const QModelIndex&, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_counts->forget(model->summaryAt(row).name);
            });
    if (QItemSelectionModel* selection = table->selectionModel()) {
        connect(selection, &QItemSelectionModel::currentChanged, this,
                &ProjectInsights::selectionChanged);
        connect(selection, &QItemSelectionModel::selectionChanged, this,
                &ProjectInsights::selectionChanged);
    }
    connect(proxy, &QAbstractItemModel::modelReset, this, &ProjectInsights::selectionChanged);
    selectionChanged();
    requestVisibleCounts();
}

ProjectInsights::~ProjectInsights() = default;

ProjectEventLogDialog* ProjectInsights::eventLogDialog() const
{
    return m_eventLog;
}

CaCertificateDialog* ProjectInsights::caCertificateDialog() const
{
    return m_caDialog;
}

void ProjectInsights::setClient(AivenClient* client)
{
    m_counts->setClient(client);
    m_section->setClient(client);
    // Nothing of the old profile stays on screen.
    if (m_eventLog)
        m_eventLog->close();
    if (m_caDialog)
        m_caDialog->close();
    m_eventLog = nullptr;
    m_caDialog = nullptr;
    selectionChanged();
    requestVisibleCounts();
}

void ProjectInsights::requestVisibleCounts()
{
    m_visibleTimer->start();
}

void ProjectInsights::loadVisibleCounts()
{
    QTableView* table = m_window->projectView();
    QAbstractItemModel* model = table->model();
    if (!model || model->rowCount() == 0 || !m_window->client())
        return;
    const int first = qMax(0, table->rowAt(0));
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1; // the rows end above the bottom
    // One screen at most: a view taller than its rows still asks for a bounded number.
    last = qMin(last, first + 100);
    QStringList names;
    for (int row = first; row <= last; ++row)
        names.append(model->index(row, 0).data(ProjectListModel::ProjectNameRole).toString());
    m_counts->request(names);
}

void ProjectInsights::selectionChanged()
{
    const QString name = m_window->selectedProjectName();
    if (name.isEmpty())
        m_section->clear();
    else
        m_section->showProject(name);
    updateActions();
}

void ProjectInsights::updateActions()
{
    const bool enabled = m_window->client() && m_window->hasSelectedProject();
    m_eventLogAction->setEnabled(enabled);
    m_caAction->setEnabled(enabled);
}

void ProjectInsights::showEventLog(const QString& project)
{
    const QString name = project.isEmpty() ? m_window->selectedProjectName() : project;
    if (name.isEmpty() || !m_window->client())
        return;
    if (m_eventLog && m_eventLog->project() != name) {
        m_eventLog->close(); // deletes itself
        m_eventLog = nullptr;
    }
    if (!m_eventLog) {
        m_eventLog = new ProjectEventLogDialog(m_window->client(), name, m_window);
        m_eventLog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_eventLog->refresh();
    }
    m_eventLog->show();
    m_eventLog->raise();
    m_eventLog->activateWindow();
}

void ProjectInsights::showCaCertificate(const QString& project)
{
    const QString name = project.isEmpty() ? m_window->selectedProjectName() : project;
    if (name.isEmpty() || !m_window->client())
        return;
    if (m_caDialog && m_caDialog->project() != name) {
        m_caDialog->close();
        m_caDialog = nullptr;
    }
    if (!m_caDialog) {
        m_caDialog = new CaCertificateDialog(m_window->client(), name, m_window);
        m_caDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_caDialog->show();
    m_caDialog->raise();
    m_caDialog->activateWindow();
}

} // namespace fjord
