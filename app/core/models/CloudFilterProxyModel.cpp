#include "models/CloudFilterProxyModel.h"

#include "models/CloudListModel.h"

namespace fjord {

CloudFilterProxyModel::CloudFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CloudListModel::SortRole);
    setDynamicSortFilter(true);
    sort(CloudListModel::GeoRegionColumn);
}

CloudFilterProxyModel::~CloudFilterProxyModel() = default;

void CloudFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    applyFilters();
}

void CloudFilterProxyModel::setProviders(const QStringList& providers)
{
    if (providers == m_providers)
        return;
    m_providers = providers;
    applyFilters();
}

void CloudFilterProxyModel::setGeoRegion(const QString& geoRegion)
{
    if (geoRegion == m_geoRegion)
        return;
    m_geoRegion = geoRegion;
    applyFilters();
}

void CloudFilterProxyModel::setOrder(Order order)
{
    m_order = order;
    sort(order == Order::NearestFirst ? CloudListModel::DistanceColumn
                                      : CloudListModel::GeoRegionColumn,
         Qt::AscendingOrder);
}

QStringList CloudFilterProxyModel::visibleCloudNames() const
{
    QStringList names;
    names.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        names.append(index(row, 0).data(CloudListModel::CloudNameRole).toString());
    return names;
}

void CloudFilterProxyModel::applyFilters()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() is the supported way.
    invalidateFilter();
    Q_EMIT filtersChanged();
}

bool CloudFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_providers.isEmpty() &&
        !m_providers.contains(index.data(CloudListModel::ProviderRole).toString()))
        return false;
    if (!m_geoRegion.isEmpty() &&
        index.data(CloudListModel::GeoRegionRole).toString() != m_geoRegion)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(CloudListModel::FilterTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool CloudFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(CloudListModel::SortRole);
    const QVariant b = right.data(CloudListModel::SortRole);
    if (a != b) {
        if (a.typeId() == QMetaType::Double)
            return a.toDouble() < b.toDouble();
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
    }
    // Ties (same distance, same city) fall back to the cloud name for a stable order.
    return left.data(CloudListModel::CloudNameRole).toString() <
           right.data(CloudListModel::CloudNameRole).toString();
}

} // namespace fjord
