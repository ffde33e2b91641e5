#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace fjord {

// Filters and orders a CloudListModel: free text (every word must match), providers,
// one geo region, and either the region order or "nearest first".
class CloudFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudFilterProxyModel)

public:
    enum class Order { ByRegion, NearestFirst };
    Q_ENUM(Order)

    explicit CloudFilterProxyModel(QObject* parent = nullptr);
    ~CloudFilterProxyModel() override;

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    // Provider codes to show; empty shows all.
    void setProviders(const QStringList& providers);
    QStringList providers() const { return m_providers; }
    // A geo region as the API sends it; empty shows all.
    void setGeoRegion(const QString& geoRegion);
    QString geoRegion() const { return m_geoRegion; }
    void setOrder(Order order);
    Order order() const { return m_order; }

    // Cloud names of the rows that pass the filters.
    QStringList visibleCloudNames() const;

Q_SIGNALS:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void applyFilters();

    QString m_text;
    QStringList m_words;
    QStringList m_providers;
    QString m_geoRegion;
    Order m_order = Order::ByRegion;
};

} // namespace fjord
