#include "ProjectServicesSection.h"

#include "models/ServiceCountCache.h"
#include "models/ServiceListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fjord {

namespace {

constexpr int kMaxVisibleRows = 8; // more scroll inside the table

} // namespace

ProjectServicesSection::ProjectServicesSection(QWidget* parent)
    : QGroupBox(tr("Services"), parent)
    , m_model(new ServiceListModel(nullptr, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_eventLog(new QPushButton(tr("&Event Log…"), this))
    , m_caCertificate(new QPushButton(tr("CA &Certificate…"), this))
{
    setObjectName(QStringLiteral("servicesGroupBox"));
    setAccessibleName(tr("Services"));

    m_status->setObjectName(QStringLiteral("servicesStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette subtle = m_status->palette();
    subtle.setColor(QPalette::WindowText, subtle.color(QPalette::PlaceholderText));
    m_status->setPalette(subtle);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ServiceListModel::SortRole);
    m_table->setObjectName(QStringLiteral("servicesTableView"));
    m_table->setAccessibleName(tr("Services of the project"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServiceListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_eventLog->setObjectName(QStringLiteral("eventLogPushButton"));
    m_eventLog->setAccessibleName(tr("Event log of the project"));
    m_eventLog->setToolTip(tr("Who did what in this project, newest first"));
    m_caCertificate->setObjectName(QStringLiteral("caCertificatePushButton"));
    m_caCertificate->setAccessibleName(tr("CA certificate of the project"));
    m_caCertificate->setToolTip(tr("The certificate authority that signs the services' "
                                   "certificates"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_eventLog);
    buttons->addWidget(m_caCertificate);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_model, &ServiceListModel::stateChanged, this, &ProjectServicesSection::updateStatus);
    connect(m_model, &ServiceListModel::loaded, this, [this](const QString& project) {
        if (m_counts && m_model->state() == ServiceListModel::State::Loaded)
            m_counts->setServices(project, m_model->services());
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectServicesSection::fitTable);
    connect(m_eventLog, &QPushButton::clicked, this,
            [this] { Q_EMIT eventLogRequested(m_model->project()); });
    connect(m_caCertificate, &QPushButton::clicked, this,
            [this] { Q_EMIT caCertificateRequested(m_model->project()); });
    updateStatus();
    fitTable();
}

ProjectServicesSection::~ProjectServicesSection() = default;

void ProjectServicesSection::setClient(AivenClient* client)
{
    m_model->setClient(client);
}

void ProjectServicesSection::setServiceCounts(ServiceCountCache* counts)
{
    m_counts = counts;
}

QString ProjectServicesSection::project() const
{
    return m_model->project();
}

void ProjectServicesSection::showProject(const QString& name, bool reload)
{
    if (name == m_model->project() && !reload &&
        m_model->state() != ServiceListModel::State::NotLoaded)
        return;
    // What the list already loaded shows at once; the fresh answer replaces it.
    if (m_counts && m_counts->isKnown(name) && name != m_model->project())
        m_model->setServices(name, m_counts->services(name));
    m_model->load(name);
    updateStatus();
}

void ProjectServicesSection::clear()
{
    m_model->clear();
}

void ProjectServicesSection::updateStatus()
{
    const bool hasProject = !m_model->project().isEmpty();
    m_eventLog->setEnabled(hasProject);
    m_caCertificate->setEnabled(hasProject);
    QString text;
    switch (m_model->state()) {
    case ServiceListModel::State::NotLoaded:
        break;
    case ServiceListModel::State::Loading:
        if (m_model->rowCount() == 0)
            text = tr("Loading services…");
        break;
    case ServiceListModel::State::Loaded:
        if (m_model->rowCount() == 0)
            text = tr("This project has no services.");
        else
            text = tr("%1 of %2 powered on.")
                       .arg(std::count_if(m_model->services().cbegin(), m_model->services().cend(),
                                          [](const Service& s) { return s.isPoweredOn(); }))
                       .arg(m_model->rowCount());
        break;
    case ServiceListModel::State::Error:
        text = m_model->errorStatus() == 403
                   ? tr("Your access to this project does not include its services.")
                   : tr("Could not load the services: %1").arg(m_model->errorMessage());
        break;
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_table->setVisible(m_model->rowCount() > 0);
}

void ProjectServicesSection::fitTable()
{
    // The details scroll as a whole: the table is as tall as its rows, up to a few. The pane
    // is narrow, so room for a horizontal scroll bar is always kept (else it hides a row).
    const int rows = qBound(1, m_model->rowCount(), kMaxVisibleRows);
    const int height = m_table->horizontalHeader()->sizeHint().height() +
                       rows * m_table->verticalHeader()->defaultSectionSize() +
                       2 * m_table->frameWidth() +
                       m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(height);
    updateStatus();
}

} // namespace fjord
