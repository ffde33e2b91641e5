#include "ProjectEventLogDialog.h"

#include "models/ProjectEventModel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fjord {

ProjectEventLogDialog::ProjectEventLogDialog(AivenClient* client, const QString& project,
                                             QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_model(new ProjectEventModel(client, this))
    , m_proxy(new ProjectEventFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("projectEventLogDialog"));
    setWindowTitle(tr("Event Log \u2013 %1").arg(project));
    setAccessibleName(tr("Event log of %1").arg(project));
    resize(900, 520);

    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("eventFilterLineEdit"));
    m_filter->setAccessibleName(tr("Filter events"));
    m_filter->setPlaceholderText(tr("Actor, service, description…"));
    m_filter->setClearButtonEnabled(true);
    auto* typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    m_type->setObjectName(QStringLiteral("eventTypeComboBox"));
    m_type->setAccessibleName(tr("Event type"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->addItem(tr("All event types"), QString());

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("eventTableView"));
    m_table->setAccessibleName(tr("Events, newest first"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProjectEventModel::TimeColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ProjectEventModel::TimeColumn, 150);
    m_table->setColumnWidth(ProjectEventModel::ActorColumn, 160);
    m_table->setColumnWidth(ProjectEventModel::TypeColumn, 190);
    m_table->setColumnWidth(ProjectEventModel::ServiceColumn, 130);

    m_status->setObjectName(QStringLiteral("eventStatusLabel"));
    m_status->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("refreshEventsPushButton"));
    m_refresh->setAccessibleName(tr("Refresh the event log"));
    m_refresh->setToolTip(tr("Load the event log again (F5)"));
    m_refresh->setAutoDefault(false);
    m_copy->setObjectName(QStringLiteral("copyEventsPushButton"));
    m_copy->setAccessibleName(tr("Copy events"));
    m_copy->setToolTip(tr("Copy the selected events, or every event shown, as text (Ctrl+C)"));
    m_copy->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closePushButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(typeLabel);
    top->addWidget(m_type);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_refresh);
    bottom->addWidget(m_copy);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    auto* refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &ProjectEventLogDialog::refresh);
    addAction(refreshAction);
    auto* copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &ProjectEventLogDialog::copy);
    m_table->addAction(copyAction);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateStatus();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setEventType(m_type->currentData().toString());
        updateStatus();
    });
    connect(m_refresh, &QPushButton::clicked, this, &ProjectEventLogDialog::refresh);
    connect(m_copy, &QPushButton::clicked, this, &ProjectEventLogDialog::copy);
    connect(m_model, &ProjectEventModel::stateChanged, this, &ProjectEventLogDialog::updateStatus);
    connect(m_model, &ProjectEventModel::loaded, this, [this] {
        updateTypes();
        updateStatus();
    });

    setTabOrder(m_filter, m_type);
    setTabOrder(m_type, m_table);
    setTabOrder(m_table, m_refresh);
    setTabOrder(m_refresh, m_copy);
    setTabOrder(m_copy, close);
    m_filter->setFocus();
    // Down from the filter goes to the rows, as in the project list.
    m_filter->installEventFilter(this);
    refresh();
}

ProjectEventLogDialog::~ProjectEventLogDialog() = default;

bool ProjectEventLogDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ProjectEventLogDialog::refresh()
{
    m_model->load(m_project);
    updateStatus();
}

void ProjectEventLogDialog::copy()
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    } else {
        QList<int> viewRows;
        for (const QModelIndex& index : selected)
            viewRows.append(index.row());
        std::sort(viewRows.begin(), viewRows.end()); // in the order shown
        for (int row : std::as_const(viewRows))
            rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    }
    const QString text = m_model->toText(rows);
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_status->setText(tr("Copied %n event(s).", nullptr, int(rows.size())));
}

void ProjectEventLogDialog::updateTypes()
{
    const QString current = m_type->currentData().toString();
    const QStringList types = m_model->eventTypes();
    QSignalBlocker blocker(m_type);
    while (m_type->count() > 1)
        m_type->removeItem(1);
    for (const QString& type : types)
        m_type->addItem(type, type);
    const int index = m_type->findData(current);
    m_type->setCurrentIndex(index >= 0 ? index : 0);
    m_proxy->setEventType(m_type->currentData().toString());
}

void ProjectEventLogDialog::updateStatus()
{
    m_refresh->setEnabled(m_model->state() != ProjectEventModel::State::Loading);
    QString text;
    switch (m_model->state()) {
    case ProjectEventModel::State::NotLoaded:
        break;
    case ProjectEventModel::State::Loading:
        text = tr("Loading the event log…");
        break;
    case ProjectEventModel::State::Loaded:
        if (m_model->rowCount() == 0)
            text = tr("No events.");
        else if (m_proxy->rowCount() == m_model->rowCount())
            text = tr("%n event(s).", nullptr, m_model->rowCount());
        else
            text = tr("%1 of %2 events shown.").arg(m_proxy->rowCount()).arg(m_model->rowCount());
        break;
    case ProjectEventModel::State::Error:
        text = tr("Could not load the event log: %1").arg(m_model->errorMessage());
        break;
    }
    m_status->setText(text);
    m_copy->setEnabled(m_proxy->rowCount() > 0);
}

} // namespace fjord
