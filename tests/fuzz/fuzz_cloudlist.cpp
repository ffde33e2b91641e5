// GET /v1/clouds (and the cached copy of it) from the parser to the region list and the map's
// marker layout: parseCloudList, then every cell of CloudListModel with a user location,
// then the markers of the parsed regions clustered, fanned out and hit-tested.

#include "FuzzCheck.h"

#include "api/JsonCodec.h"
#include "map/EqualEarthProjection.h"
#include "map/MapViewport.h"
#include "map/MarkerLayout.h"
#include "models/CloudListModel.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace fjord;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    QString error;
    const std::optional<QVector<Cloud>> clouds = json::parseCloudList(document.object(), &error);
    if (!clouds) {
        FUZZ_CHECK(!error.isEmpty(), "a refused cloud list without a reason");
        return 0;
    }

    CloudListModel model;
    model.setClouds(*clouds);
    FUZZ_CHECK(model.rowCount() == clouds->size(), "rows lost on the way into the model");
    QHash<QString, QStringList> projects;
    QVector<QPointF> markers;
    for (const Cloud& cloud : *clouds) {
        FUZZ_CHECK(!cloud.name.isEmpty(), "a cloud without a name");
        projects[cloud.name].append(QStringLiteral("project-a"));
        if (cloud.hasLocation()) {
            FUZZ_CHECK(qAbs(*cloud.latitude) <= 90 && qAbs(*cloud.longitude) <= 180,
                       "a location off the globe");
            markers.append(EqualEarthProjection::forward(*cloud.longitude, *cloud.latitude));
        }
    }
    model.setDefaultCloudProjects(projects);
    model.setUserLocation(QPointF(24.94, 60.17));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (const int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::DecorationRole),
                  int(CloudListModel::SortRole), int(CloudListModel::FilterTextRole),
                  int(CloudListModel::LocationRole), int(CloudListModel::DistanceKmRole)})
                (void)model.data(index, role);
        }
    }
    (void)model.geoRegions();

    MarkerLayout layout;
    layout.setMarkers(markers);
    MapViewport viewport;
    viewport.setSize(QSizeF(1200, 600));
    for (const double zoom : {1.0, MarkerLayout::kFanZoom, MapViewport::kMaxZoom}) {
        viewport.setZoom(zoom);
        layout.layout(viewport);
        for (int item = 0; item < layout.items().size(); ++item) {
            (void)layout.zoomToSplit(item, viewport);
            FUZZ_CHECK(layout.itemAt(layout.items().at(item).position) >= 0,
                       "a marker that cannot be hit where it is drawn");
        }
    }
    return 0;
}
