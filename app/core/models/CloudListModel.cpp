#include "models/CloudListModel.h"

#include "map/GeoMath.h"
#include "map/ProviderStyle.h"
#include "models/CloudCatalog.h"

#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace fjord {

CloudListModel::CloudListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

CloudListModel::~CloudListModel() = default;

void CloudListModel::setCatalog(CloudCatalog* catalog)
{
    if (m_catalog == catalog)
        return;
    disconnect(m_catalogConnection);
    m_catalog = catalog;
    if (catalog) {
        m_catalogConnection = connect(catalog, &CloudCatalog::cloudsChanged, this,
                                      &CloudListModel::reloadFromCatalog);
    }
    reloadFromCatalog();
}

void CloudListModel::reloadFromCatalog()
{
    setClouds(m_catalog ? m_catalog->clouds() : QVector<Cloud>());
}

void CloudListModel::setClouds(const QVector<Cloud>& clouds)
{
    beginResetModel();
    m_clouds = clouds;
    m_rowOfCloud.clear();
    for (int i = 0; i < m_clouds.size(); ++i)
        m_rowOfCloud.insert(m_clouds.at(i).name, i);
    endResetModel();
}

int CloudListModel::rowOfCloud(const QString& cloudName) const
{
    return m_rowOfCloud.value(cloudName, -1);
}

void CloudListModel::setDefaultCloudProjects(const QHash<QString, QStringList>& projectsByCloud)
{
    m_projectsByCloud = projectsByCloud;
    for (auto it = m_projectsByCloud.begin(); it != m_projectsByCloud.end(); ++it)
        std::sort(it->begin(), it->end(), [](const QString& a, const QString& b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
    if (!m_clouds.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CloudListModel::setUserLocation(const std::optional<QPointF>& location)
{
    m_userLocation = location;
    if (!m_clouds.isEmpty())
        Q_EMIT dataChanged(index(0, DistanceColumn), index(rowCount() - 1, DistanceColumn));
}

std::optional<double> CloudListModel::distanceKm(int row) const
{
    if (!m_userLocation || row < 0 || row >= m_clouds.size())
        return std::nullopt;
    const Cloud& cloud = m_clouds.at(row);
    if (!cloud.hasLocation())
        return std::nullopt;
    return GeoMath::distanceKm(*m_userLocation, QPointF(*cloud.longitude, *cloud.latitude));
}

QStringList CloudListModel::geoRegions() const
{
    QStringList regions;
    for (const Cloud& cloud : m_clouds) {
        if (!cloud.geoRegion.isEmpty() && !regions.contains(cloud.geoRegion))
            regions.append(cloud.geoRegion);
    }
    std::sort(regions.begin(), regions.end());
    return regions;
}

QString CloudListModel::locationLabel(const Cloud& cloud)
{
    // The API's descriptions read "<Region>, <Country> - <Provider>: <City>".
    const QString& text = cloud.description;
    const int dash = int(text.indexOf(" - "_L1));
    const int colon = int(text.lastIndexOf(u':'));
    if (dash < 0 || colon < dash)
        return text.isEmpty() ? cloud.name : text;
    const QString city = text.mid(colon + 1).trimmed();
    const QString head = text.left(dash);
    const int comma = int(head.indexOf(u','));
    const QString country = comma >= 0 ? head.mid(comma + 1).trimmed() : QString();
    if (country.isEmpty() || city.contains(country))
        return city;
    return city + ", "_L1 + country;
}

int CloudListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_clouds.size());
}

int CloudListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CloudListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cloud& cloud = m_clouds.at(index.row());
    const QStringList projects = m_projectsByCloud.value(cloud.name);
    const std::optional<double> distance = distanceKm(index.row());
    // One name per provider everywhere: ours for the providers we know (the API's provider
    // descriptions and cloud descriptions name Google and Azure differently).
    const bool known = ProviderStyle::knownProviders().contains(cloud.provider);
    const QString provider = known || cloud.providerDescription.isEmpty()
                                 ? ProviderStyle::displayName(cloud.provider)
                                 : cloud.providerDescription;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LocationColumn:
            return locationLabel(cloud);
        case ProviderColumn:
            return provider;
        case CloudNameColumn:
            return cloud.name;
        case GeoRegionColumn:
            return ProviderStyle::geoRegionLabel(cloud.geoRegion);
        case DistanceColumn:
            return distance ? tr("%1 km").arg(QLocale().toString(qRound(*distance))) : QVariant();
        case ProjectsColumn:
            return projects.join(", "_L1);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ProjectsColumn && !projects.isEmpty())
            return tr("Default cloud of: %1").arg(projects.join(", "_L1));
        return cloud.description.isEmpty() ? cloud.name : cloud.description;
    case Qt::DecorationRole:
        if (index.column() == LocationColumn)
            return ProviderStyle::markerIcon(cloud.provider); // the map's marker
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DistanceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case LocationColumn:
            return locationLabel(cloud).toLower();
        case ProviderColumn:
            return provider.toLower();
        case CloudNameColumn:
            return cloud.name;
        case GeoRegionColumn:
            return QString(cloud.geoRegion.toLower() + u'\t' + locationLabel(cloud).toLower());
        case DistanceColumn:
            return distance.value_or(std::numeric_limits<double>::max());
        case ProjectsColumn:
            return projects.join(u',').toLower();
        }
        return {};
    case FilterTextRole:
        return QString(cloud.description + u' ' + cloud.name + u' ' + provider + u' ' +
                       cloud.provider + u' ' + cloud.geoRegion + u' ' + projects.join(u' '))
            .toLower();
    case CloudNameRole:
        return cloud.name;
    case DescriptionRole:
        return cloud.description;
    case ProviderRole:
        return cloud.provider;
    case GeoRegionRole:
        return cloud.geoRegion;
    case LocationRole:
        return cloud.hasLocation() ? QVariant(QPointF(*cloud.longitude, *cloud.latitude))
                                   : QVariant();
    case DistanceKmRole:
        return distance ? QVariant(*distance) : QVariant();
    case ProjectsRole:
        return projects;
    }
    return {};
}

QVariant CloudListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LocationColumn:
        return tr("Location");
    case ProviderColumn:
        return tr("Provider");
    case CloudNameColumn:
        return tr("Cloud");
    case GeoRegionColumn:
        return tr("Region");
    case DistanceColumn:
        return tr("Distance");
    case ProjectsColumn:
        return tr("Default for");
    }
    return {};
}

} // namespace fjord
