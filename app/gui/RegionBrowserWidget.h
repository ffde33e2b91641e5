#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QToolButton;
class QTreeView;

namespace fjord {

class CloudCatalog;
class CloudFilterProxyModel;
class CloudListModel;
class WorldMapView;

// The map above a searchable list of the cloud regions, with provider and geo-region
// filters beside the map and a "nearest first" order from the user's location. The map
// keeps the world's shape so that it fills its pane; the list spans the whole width. The
// map and the list share one selection. This is the "Regions" tab and the body of
// RegionPickerDialog.
class RegionBrowserWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionBrowserWidget)

public:
    explicit RegionBrowserWidget(CloudCatalog* catalog, QWidget* parent = nullptr);
    ~RegionBrowserWidget() override;

    // cloud_name -> the user's projects that use it as default cloud (the "Default for" column).
    void setDefaultCloudProjects(const QHash<QString, QStringList>& projectsByCloud);

    QString selectedCloudName() const;
    void setSelectedCloudName(const QString& cloudName, bool centerMap = false);
    void setUserLocation(const std::optional<QPointF>& location, const QString& label = {});

    WorldMapView* mapView() const { return m_map; }
    QTreeView* listView() const { return m_list; }
    CloudListModel* model() const { return m_model; }
    CloudFilterProxyModel* proxy() const { return m_proxy; }

Q_SIGNALS:
    void cloudSelected(const QString& cloudName);
    void cloudActivated(const QString& cloudName);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitMapToWorld();
    void reloadClouds();
    void filtersChanged();
    // The list's row the user picked (clicked, or moved to with the keyboard) becomes the
    // selection; a row that is merely current (after filtering, or on focus) does not.
    void listPicked();
    void selectInList(const QString& cloudName);
    void updateCount();

    QPointer<CloudCatalog> m_catalog;
    CloudListModel* m_model = nullptr;
    CloudFilterProxyModel* m_proxy = nullptr;
    WorldMapView* m_map = nullptr;
    QTreeView* m_list = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_order = nullptr;
    QComboBox* m_location = nullptr;
    QToolButton* m_pickLocation = nullptr;
    QList<QCheckBox*> m_providerButtons;
    QWidget* m_top = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_syncing = false;
};

} // namespace fjord
