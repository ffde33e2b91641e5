#include "RegionBrowserWidget.h"

#include "SearchableComboBox.h"

#include "WorldMapView.h"
#include "map/CountryLocations.h"
#include "map/ProviderStyle.h"
#include "models/CloudCatalog.h"
#include "models/CloudFilterProxyModel.h"
#include "models/CloudListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

QIcon dotIcon(const QColor& color)
{
    QPixmap pixmap(24, 24);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(5, 5, 14, 14));
    return QIcon(pixmap);
}

} // namespace

RegionBrowserWidget::RegionBrowserWidget(CloudCatalog* catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(u"regionBrowserWidget"_s);
    m_model = new CloudListModel(this);
    m_proxy = new CloudFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search regions, e.g. \"frankfurt\" or \"google europe\""));
    m_search->setAccessibleName(tr("Search regions"));
    m_search->setClearButtonEnabled(true);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(4);
    for (const QString& provider : ProviderStyle::knownProviders()) {
        auto* button = new QToolButton(this);
        button->setObjectName(provider + u"ProviderToolButton"_s);
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(dotIcon(ProviderStyle::color(provider)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        const QString name = ProviderStyle::displayName(provider);
        button->setText(provider == "aws"_L1      ? u"AWS"_s
                        : provider == "azure"_L1  ? u"Azure"_s
                        : provider == "google"_L1 ? u"Google"_s
                                                  : name);
        button->setToolTip(tr("Show %1 regions").arg(name));
        button->setAccessibleName(tr("Show %1 regions").arg(name));
        button->setProperty("provider", provider);
        connect(button, &QToolButton::toggled, this, &RegionBrowserWidget::filtersChanged);
        filters->addWidget(button);
        m_providerButtons.append(button);
    }
    filters->addStretch(1);
    m_region = new QComboBox(this);
    m_region->setObjectName(u"geoRegionComboBox"_s);
    m_region->setAccessibleName(tr("Geographic region"));

    m_order = new QComboBox(this);
    m_order->setObjectName(u"orderComboBox"_s);
    m_order->setAccessibleName(tr("Order"));
    m_order->addItem(tr("By region"));
    m_order->addItem(tr("Nearest first"));

    // Searchable: typing "fin" finds Finland among some 250 territories.
    m_location = new SearchableComboBox(this);
    m_location->setObjectName(u"locationComboBox"_s);
    m_location->setAccessibleName(tr("Your location"));
    m_location->setToolTip(tr("Your location, for \"Nearest first\""));
    m_location->addItem(tr("Location unknown"));
    for (const auto& country : CountryLocations::countries())
        m_location->addItem(country.name, country.code);
    m_location->setMaxVisibleItems(20);

    m_pickLocation = new QToolButton(this);
    m_pickLocation->setObjectName(u"pickLocationToolButton"_s);
    m_pickLocation->setText(tr("Pick on map"));
    m_pickLocation->setToolTip(tr("Click the map to set your location"));
    m_pickLocation->setAccessibleName(tr("Pick your location on the map"));
    m_pickLocation->setCheckable(true);

    auto* orderRow = new QHBoxLayout;
    auto* regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    orderRow->addWidget(regionLabel);
    orderRow->addWidget(m_region, 1);
    orderRow->addSpacing(8);
    auto* orderLabel = new QLabel(tr("&Order:"), this);
    orderLabel->setBuddy(m_order);
    orderRow->addWidget(orderLabel);
    orderRow->addWidget(m_order, 1);
    auto* locationRow = new QHBoxLayout;
    auto* locationLabel = new QLabel(tr("&Near:"), this);
    locationLabel->setBuddy(m_location);
    locationRow->addWidget(locationLabel);
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_pickLocation);

    m_list = new QTreeView(this);
    m_list->setObjectName(u"cloudTreeView"_s);
    m_list->setAccessibleName(tr("Cloud regions"));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSortingEnabled(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnHidden(CloudListModel::GeoRegionColumn, true);
    m_list->header()->resizeSection(CloudListModel::LocationColumn, 190);
    m_list->header()->resizeSection(CloudListModel::ProviderColumn, 150);
    m_list->header()->resizeSection(CloudListModel::CloudNameColumn, 190);
    m_list->header()->resizeSection(CloudListModel::DistanceColumn, 80);

    m_count = new QLabel(this);
    m_count->setObjectName(u"countLabel"_s);

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addLayout(filters);
    listLayout->addLayout(orderRow);
    listLayout->addLayout(locationRow);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_count);

    m_map = new WorldMapView(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"regionsSplitter"_s);
    m_splitter->addWidget(m_map);
    m_splitter->addWidget(listPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({640, 440}); // the map gets the larger share

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    setTabOrder(m_map, m_search);

    connect(m_search, &QLineEdit::textChanged, this, &RegionBrowserWidget::filtersChanged);
    connect(m_region, &QComboBox::currentIndexChanged, this, &RegionBrowserWidget::filtersChanged);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setOrder(index == 1 ? CloudFilterProxyModel::Order::NearestFirst
                                     : CloudFilterProxyModel::Order::ByRegion);
        selectInList(m_map->selectedCloud());
    });
    // currentIndexChanged, not activated: a name typed into the searchable combo counts too.
    connect(m_location, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0 && m_location->itemData(index).isNull())
            return; // "Picked on the map": that location is already in use
        const auto country = CountryLocations::find(m_location->itemData(index).toString());
        setUserLocation(country ? std::optional<QPointF>(country->location) : std::nullopt);
        if (country)
            m_order->setCurrentIndex(1);
    });
    connect(m_pickLocation, &QToolButton::toggled, m_map, &WorldMapView::setLocationPickingEnabled);
    connect(m_map, &WorldMapView::userLocationPicked, this, [this](const QPointF& location) {
        m_pickLocation->setChecked(false);
        setUserLocation(location, tr("Picked on the map"));
        m_order->setCurrentIndex(1);
    });
    connect(m_map, &WorldMapView::cloudSelected, this, [this](const QString& name) {
        selectInList(name);
        Q_EMIT cloudSelected(name);
    });
    connect(m_map, &WorldMapView::cloudActivated, this, &RegionBrowserWidget::cloudActivated);
    // Both signals: a click makes the row current before it selects it, the keyboard selects
    // before it moves the current row.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegionBrowserWidget::listPicked);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegionBrowserWidget::listPicked);
    m_list->installEventFilter(this);
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex& index) {
        // Enter on a row that is only current picks it first.
        const QString name = index.data(CloudListModel::CloudNameRole).toString();
        if (name != m_map->selectedCloud())
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        Q_EMIT cloudActivated(name);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RegionBrowserWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RegionBrowserWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegionBrowserWidget::updateCount);

    if (m_catalog)
        connect(m_catalog, &CloudCatalog::cloudsChanged, this, &RegionBrowserWidget::reloadClouds);
    reloadClouds();

    if (const auto guess = CountryLocations::guessFromSystem()) {
        const QSignalBlocker blocker(m_location);
        m_location->setCurrentIndex(m_location->findData(guess->code));
        setUserLocation(guess->location);
    }
}

RegionBrowserWidget::~RegionBrowserWidget() = default;

void RegionBrowserWidget::reloadClouds()
{
    const QString selected = m_map->selectedCloud();
    const QVector<Cloud> clouds = m_catalog ? m_catalog->clouds() : QVector<Cloud>();
    m_model->setClouds(clouds);
    m_map->setClouds(clouds);

    const QString region = m_region->currentData().toString();
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    m_region->addItem(tr("All regions"));
    for (const QString& geo : m_model->geoRegions())
        m_region->addItem(ProviderStyle::geoRegionLabel(geo), geo);
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    filtersChanged();
    setSelectedCloudName(selected);
}

void RegionBrowserWidget::setDefaultCloudProjects(
    const QHash<QString, QStringList>& projectsByCloud)
{
    m_model->setDefaultCloudProjects(projectsByCloud);
}

QString RegionBrowserWidget::selectedCloudName() const
{
    return m_map->selectedCloud();
}

void RegionBrowserWidget::setSelectedCloudName(const QString& cloudName, bool centerMap)
{
    m_map->setSelectedCloud(cloudName);
    selectInList(cloudName);
    if (centerMap && !cloudName.isEmpty())
        m_map->centerOnCloud(cloudName, 2.5);
}

void RegionBrowserWidget::setUserLocation(const std::optional<QPointF>& location,
                                          const QString& label)
{
    m_model->setUserLocation(location);
    m_map->setUserLocation(location);
    if (!label.isEmpty()) {
        const QSignalBlocker blocker(m_location);
        int index = m_location->findText(label);
        if (index < 0) {
            m_location->insertItem(1, label);
            index = 1;
        }
        m_location->setCurrentIndex(index);
    }
    m_proxy->invalidate();
}

void RegionBrowserWidget::filtersChanged()
{
    QStringList providers;
    bool all = true;
    for (QToolButton* button : qAsConst(m_providerButtons)) {
        if (button->isChecked())
            providers.append(button->property("provider").toString());
        else
            all = false;
    }
    // An unknown provider stays visible unless the user narrows the providers down.
    m_proxy->setProviders(all ? QStringList() : providers);
    if (!all && providers.isEmpty())
        m_proxy->setProviders({u"-"_s});
    // Rows leaving the list move its current row; that is not the user's choice.
    m_syncing = true;
    m_proxy->setGeoRegion(m_region->currentData().toString());
    m_proxy->setFilterText(m_search->text());
    m_syncing = false;
    selectInList(m_map->selectedCloud());
    const QStringList visible = m_proxy->visibleCloudNames();
    const bool filtered = visible.size() != m_model->rowCount();
    m_map->setVisibleClouds(
        filtered ? std::optional<QSet<QString>>(QSet<QString>(visible.cbegin(), visible.cend()))
                 : std::nullopt);
    updateCount();
}

void RegionBrowserWidget::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n region(s)", nullptr, total)
                                    : tr("%1 of %n region(s)", nullptr, total).arg(shown));
}

void RegionBrowserWidget::listPicked()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (m_syncing || !current.isValid() || !m_list->selectionModel()->isRowSelected(current.row()))
        return;
    const QString name = current.data(CloudListModel::CloudNameRole).toString();
    if (name == m_map->selectedCloud())
        return;
    m_map->setSelectedCloud(name);
    // Bring it into view when it is off screen, without changing the zoom.
    const auto pos = m_map->markerPosition(name);
    if (!pos || !QRectF(m_map->rect()).adjusted(30, 30, -30, -30).contains(*pos))
        m_map->centerOnCloud(name);
    Q_EMIT cloudSelected(name);
}

bool RegionBrowserWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Focus gives the list a current row without picking it: the first arrow key picks that
    // row rather than skipping past it.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const QModelIndex current = m_list->currentIndex();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && current.isValid() &&
            !m_list->selectionModel()->isRowSelected(current.row())) {
            m_list->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RegionBrowserWidget::selectInList(const QString& cloudName)
{
    m_syncing = true;
    const int row = m_model->rowOfCloud(cloudName);
    const QModelIndex index =
        row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_list->scrollTo(index);
    } else {
        // Hidden by the filters: no row stands for it, not even as the current one.
        m_list->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::Clear);
    }
    m_syncing = false;
}

} // namespace fjord
