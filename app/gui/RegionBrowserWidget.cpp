#include "RegionBrowserWidget.h"

#include "SearchableComboBox.h"

#include "WorldMapView.h"
#include "map/CountryLocations.h"
#include "map/ProviderStyle.h"
#include "models/CloudCatalog.h"
#include "models/CloudFilterProxyModel.h"
#include "models/CloudListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
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

// The world's width to height in the Equal Earth projection (about 2.05), with the map's
// small margin: a map pane of this shape shows the whole world without empty bands.
constexpr double kWorldAspect = 2.03;

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

    // Provider filters as check boxes: on/off reads at a glance, and with the map's marker
    // beside each name they are the map's legend too.
    auto* filters = new QVBoxLayout;
    filters->setSpacing(2);
    for (const QString& provider : ProviderStyle::knownProviders()) {
        auto* box = new QCheckBox(ProviderStyle::displayName(provider), this);
        box->setObjectName(provider + u"ProviderCheckBox"_s);
        box->setChecked(true);
        box->setIcon(ProviderStyle::markerIcon(provider));
        box->setToolTip(tr("Show %1 regions").arg(ProviderStyle::displayName(provider)));
        box->setProperty("provider", provider);
        connect(box, &QCheckBox::toggled, this, &RegionBrowserWidget::filtersChanged);
        filters->addWidget(box);
        m_providerButtons.append(box);
    }
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
    // The list spans the whole width below the map, so every column, "Default for" and the
    // distance included, is visible at the default size.
    m_list->header()->resizeSection(CloudListModel::LocationColumn, 210);
    m_list->header()->resizeSection(CloudListModel::ProviderColumn, 160);
    m_list->header()->resizeSection(CloudListModel::CloudNameColumn, 230);
    m_list->header()->resizeSection(CloudListModel::DistanceColumn, 90);

    m_count = new QLabel(this);
    m_count->setObjectName(u"countLabel"_s);

    // Above: the map, shaped like the world, beside the search and filters. Below: the
    // list across the whole width.
    auto* filtersPane = new QWidget(this);
    filtersPane->setObjectName(u"regionFiltersPane"_s);
    auto* filtersLayout = new QVBoxLayout(filtersPane);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    filtersLayout->addWidget(m_search);
    filtersLayout->addLayout(filters);
    filtersLayout->addLayout(orderRow);
    filtersLayout->addLayout(locationRow);
    filtersLayout->addStretch(1);
    filtersLayout->addWidget(m_count);

    m_map = new WorldMapView(this);
    m_map->setLegendVisible(false); // the provider check boxes beside it are the legend

    m_top = new QWidget(this);
    m_top->setObjectName(u"regionsTopPane"_s);
    auto* topLayout = new QHBoxLayout(m_top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_map, 1);
    topLayout->addWidget(filtersPane);
    m_top->installEventFilter(this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"regionsSplitter"_s);
    m_splitter->addWidget(m_top);
    m_splitter->addWidget(m_list);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({380, 280});

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

void RegionBrowserWidget::fitMapToWorld()
{
    // The map takes the world's shape at the pane's height; the filters get the rest, at
    // least what they need. A narrow pane gives the map what is left.
    const int spacing = m_top->layout()->spacing();
    const int filtersWidth =
        std::max(280, m_top->layout()->itemAt(1)->widget()->minimumSizeHint().width());
    const int available = m_top->width() - spacing - filtersWidth;
    const int wanted = int(m_top->height() * kWorldAspect);
    m_map->setFixedWidth(std::max(m_map->minimumSizeHint().width(), std::min(wanted, available)));
}

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
        m_map->revealCloud(cloudName, 2.5);
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
    for (QCheckBox* button : qAsConst(m_providerButtons)) {
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
    if (watched == m_top && event->type() == QEvent::Resize)
        fitMapToWorld();
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
