#pragma once

#include "api/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace fjord {

class CloudCatalog;

// The cloud regions as a table for the region browser and picker: where each region is,
// whose it is, how far it is from the user, and which of the user's projects use it as
// their default cloud.
class CloudListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudListModel)

public:
    enum Column {
        LocationColumn, // "Frankfurt, Germany"
        ProviderColumn,
        CloudNameColumn,
        GeoRegionColumn,
        DistanceColumn, // empty while the user's location is unknown
        ProjectsColumn, // projects using the region as default cloud
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Qt::UserRole: the raw value sorting uses (distance as double, text lowercase).
        SortRole = Qt::UserRole,
        FilterTextRole, // QString: lowercase description, name, provider, region
        CloudNameRole,
        DescriptionRole,
        ProviderRole,   // code: aws, azure, do, google, upcloud
        GeoRegionRole,  // as the API sends it
        LocationRole,   // QPointF(longitude, latitude), invalid QVariant when unknown
        DistanceKmRole, // double, invalid QVariant when unknown
        ProjectsRole,   // QStringList
    };
    Q_ENUM(Role)

    explicit CloudListModel(QObject* parent = nullptr);
    ~CloudListModel() override;

    // Follows the catalog's list (cloudsChanged); nullptr detaches.
    void setCatalog(CloudCatalog* catalog);
    void setClouds(const QVector<Cloud>& clouds);
    const QVector<Cloud>& clouds() const { return m_clouds; }
    const Cloud& cloudAt(int row) const { return m_clouds.at(row); }
    int rowOfCloud(const QString& cloudName) const; // -1 when unknown

    // cloud_name -> names of the user's projects whose default cloud it is.
    void setDefaultCloudProjects(const QHash<QString, QStringList>& projectsByCloud);
    // Longitude/latitude of the user; nothing clears it.
    void setUserLocation(const std::optional<QPointF>& location);
    std::optional<QPointF> userLocation() const { return m_userLocation; }
    std::optional<double> distanceKm(int row) const;

    // Distinct geo regions of the list, sorted.
    QStringList geoRegions() const;
    // "Frankfurt, Germany" from "Europe, Germany - Google Cloud: Frankfurt".
    static QString locationLabel(const Cloud& cloud);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reloadFromCatalog();

    QPointer<CloudCatalog> m_catalog;
    QMetaObject::Connection m_catalogConnection;
    QVector<Cloud> m_clouds;
    QHash<QString, int> m_rowOfCloud;
    QHash<QString, QStringList> m_projectsByCloud;
    std::optional<QPointF> m_userLocation;
};

} // namespace fjord
