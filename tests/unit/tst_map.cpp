// Map math of the core: projection, TopoJSON decoding, antimeridian cutting, viewport,
// clustering, hit testing, keyboard moves, distances and the offline location guess.

#include "map/CountryLocations.h"
#include "map/CountryNames.h"
#include "map/EqualEarthProjection.h"
#include "map/GeoMath.h"
#include "map/MapViewport.h"
#include "map/MarkerLayout.h"
#include "map/TopoJson.h"
#include "map/WorldGeometry.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fjord;
using namespace Qt::StringLiterals;

namespace {

struct Place
{
    const char* name;
    double latitude;
    double longitude;
};

// A slice of GET /v1/clouds: Frankfurt's four share one point, Zurich and Amsterdam are
// near it, Sydney and Fiji-side points are far away.
const Place kPlaces[] = {
    {"aws-eu-central-1", 50.12, 8.68},        {"do-fra", 50.12, 8.68},
    {"google-europe-west3", 50.12, 8.68},     {"upcloud-de-fra", 50.12, 8.68},
    {"azure-switzerland-north", 47.37, 8.54}, {"aws-eu-west-1", 53.33, -6.25},
    {"google-europe-west4", 52.37, 4.9},      {"aws-ap-southeast-2", -33.85, 151.2},
    {"aws-us-east-1", 38.7, -78.15},
};

QVector<QPointF> projectedPlaces()
{
    QVector<QPointF> points;
    for (const Place& place : kPlaces)
        points.append(EqualEarthProjection::forward(place.longitude, place.latitude));
    return points;
}

int indexOf(const char* name)
{
    for (int i = 0; i < int(std::size(kPlaces)); ++i) {
        if (qstrcmp(kPlaces[i].name, name) == 0)
            return i;
    }
    return -1;
}

// Every region of the sandbox's GET /v1/clouds (the real list, 129 clouds), projected.
QVector<QPointF> realClouds()
{
    QFile file(fjord::test::sourceDir() + u"/resources/sandbox/clouds.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QVector<QPointF> points;
    const QJsonArray clouds = QJsonDocument::fromJson(file.readAll())["clouds"_L1].toArray();
    for (const QJsonValue& cloud : clouds)
        points.append(EqualEarthProjection::forward(cloud["geo_longitude"_L1].toDouble(),
                                                    cloud["geo_latitude"_L1].toDouble()));
    return points;
}

} // namespace

class TestMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projectionRoundTrip_data();
    void projectionRoundTrip();
    void projectionShape();
    void inverseOutsideWorld();
    void topoJsonDecodesQuantizedArcs();
    void topoJsonRefusesOverflowingDeltas();
    void icelandIsLand_data();
    void icelandIsLand();
    void countryNames();
    void antimeridianCut();
    void poleRingIsClosed();
    void noStreaksInData();
    void viewportZoomKeepsAnchor();
    void viewportClampsPan();
    void wheelOverEuropeStaysOnEurope_data();
    void wheelOverEuropeStaysOnEurope();
    void clusteringMergesAndSplits();
    void realCloudsNeverOverlap_data();
    void realCloudsNeverOverlap();
    void labelsAvoidMarkersAndEachOther();
    void hitTestAtSeveralZooms_data();
    void hitTestAtSeveralZooms();
    void zoomToSplit();
    void keyboardNeighbours();
    void greatCircleDistance();
    void locationGuess();
    void countryNamesFromIsoCodes();
};

void TestMap::projectionRoundTrip_data()
{
    QTest::addColumn<double>("longitude");
    QTest::addColumn<double>("latitude");
    QTest::newRow("origin") << 0.0 << 0.0;
    QTest::newRow("helsinki") << 24.94 << 60.17;
    QTest::newRow("sydney") << 151.2 << -33.85;
    QTest::newRow("near-east-edge") << 179.9 << 10.0;
    QTest::newRow("near-west-edge") << -179.9 << -45.0;
    QTest::newRow("far-north") << 42.0 << 89.5;
    QTest::newRow("far-south") << -60.0 << -89.5;
    QTest::newRow("santiago") << -70.67 << -33.45;
}

void TestMap::projectionRoundTrip()
{
    QFETCH(double, longitude);
    QFETCH(double, latitude);
    const QPointF projected = EqualEarthProjection::forward(longitude, latitude);
    const auto back = EqualEarthProjection::inverse(projected);
    QVERIFY(back.has_value());
    QVERIFY2(std::abs(back->x() - longitude) < 1e-6, qPrintable(QString::number(back->x())));
    QVERIFY2(std::abs(back->y() - latitude) < 1e-6, qPrintable(QString::number(back->y())));
}

void TestMap::projectionShape()
{
    // Published extent of Equal Earth on the unit sphere: x ±2.7066, y ±1.3175.
    const QRectF bounds = EqualEarthProjection::bounds();
    QVERIFY(std::abs(bounds.right() - 2.70663) < 1e-3);
    QVERIFY(std::abs(bounds.bottom() - 1.31745) < 1e-3);
    // North is up (positive y) and east is right.
    QVERIFY(EqualEarthProjection::forward(0, 60).y() > 0);
    QVERIFY(EqualEarthProjection::forward(30, 0).x() > 0);
    // Equal area: a 10x10 degree cell near the equator and near 60N differ in shape,
    // but meridians converge towards the pole.
    QVERIFY(EqualEarthProjection::forward(10, 60).x() < EqualEarthProjection::forward(10, 0).x());
}

void TestMap::inverseOutsideWorld()
{
    QVERIFY(!EqualEarthProjection::inverse(QPointF(2.7, 1.3)).has_value()); // corner
    QVERIFY(!EqualEarthProjection::inverse(QPointF(0, 2)).has_value());
    QVERIFY(EqualEarthProjection::inverse(QPointF(2.6, 0)).has_value());
}

void TestMap::topoJsonRefusesOverflowingDeltas()
{
    // Found by fuzz_topojson: the second delta takes x past the largest 64-bit integer.
    const QByteArray json = R"({"type":"Topology",
        "transform":{"scale":[0.36,0.18],"translate":[80,-90]},
        "objects":{},
        "arcs":[[[10,2],[9223372036854775807,0],[-5,5]]]})";
    QString error;
    QVERIFY(!TopoJson::parse(json, &error).has_value());
    QCOMPARE(error, u"an arc's positions run out of range"_s);
    // At the limit itself, nothing is refused.
    const QByteArray atLimit = R"({"type":"Topology",
        "transform":{"scale":[1,1],"translate":[0,0]},
        "objects":{},
        "arcs":[[[9223372036854775806,0],[1,0]]]})";
    QVERIFY2(TopoJson::parse(atLimit, &error).has_value(), qPrintable(error));
}

void TestMap::topoJsonDecodesQuantizedArcs()
{
    // Two delta-encoded arcs; the second is used reversed by ~1.
    const QByteArray json = R"({"type":"Topology",
        "transform":{"scale":[0.5,0.25],"translate":[-10,20]},
        "objects":{"shapes":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","id":"1","properties":{"name":"A"},"arcs":[[0,1]]},
            {"type":"MultiPolygon","id":"2","arcs":[[[-2,-1]]]}]}},
        "arcs":[[[0,0],[4,0],[0,4]],[[4,4],[-4,0],[0,-4]]]})";
    QString error;
    const auto topology = TopoJson::parse(json, &error);
    QVERIFY2(topology.has_value(), qPrintable(error));
    QCOMPARE(topology->arcs().size(), 2);
    QCOMPARE(topology->arcs().at(0).at(1), QPointF(-8, 20));
    QCOMPARE(topology->arcs().at(0).at(2), QPointF(-8, 21));
    QCOMPARE(topology->arcs().at(1).at(1), QPointF(-10, 21));
    QCOMPARE(topology->arcs().at(1).at(2), QPointF(-10, 20));
    const auto geometries = topology->geometries(u"shapes"_s);
    QCOMPARE(geometries.size(), 2);
    QCOMPARE(geometries.at(0).name, u"A"_s);
    QCOMPARE(geometries.at(1).id, u"2"_s);
    const QPolygonF ring = topology->ring(geometries.at(0).polygons.at(0).at(0));
    // arc 0 then arc 1, the shared point kept once.
    const QPolygonF expected{QPointF(-10, 20), QPointF(-8, 20), QPointF(-8, 21), QPointF(-10, 21)};
    QCOMPARE(ring.mid(0, 4), expected);
    QCOMPARE(ring.last(), QPointF(-10, 20));
    QCOMPARE(ring.size(), 5);
    // The same square walked backwards through ~1 and ~0.
    const QPolygonF reversed = topology->ring(geometries.at(1).polygons.at(0).at(0));
    const QPolygonF expectedReversed{QPointF(-10, 20), QPointF(-10, 21), QPointF(-8, 21),
                                     QPointF(-8, 20), QPointF(-10, 20)};
    QCOMPARE(reversed, expectedReversed);
    QCOMPARE(topology->interiorMesh(u"shapes"_s).size(), 2); // both arcs are shared

    QVERIFY(!TopoJson::parse("{\"type\":\"Feature\"}").has_value());
    QVERIFY(!TopoJson::parse("not json").has_value());
}

void TestMap::icelandIsLand_data()
{
    QTest::addColumn<bool>("highDetail");
    QTest::newRow("110m") << false;
    QTest::newRow("50m") << true;
}

void TestMap::icelandIsLand()
{
    QFETCH(bool, highDetail);
    const WorldGeometry& world =
        highDetail ? WorldGeometry::highDetail() : WorldGeometry::lowDetail();
    QVERIFY(world.land().size() > 50);
    QVERIFY(world.isLand(QPointF(-18.5, 64.9)));  // inside Iceland
    QVERIFY(world.isLand(QPointF(-21.0, 64.1)));  // near Reykjavik, a little inland
    QVERIFY(!world.isLand(QPointF(-30.0, 40.0))); // mid-Atlantic
    QVERIFY(!world.isLand(QPointF(-150.0, 0.0))); // Pacific
    QVERIFY(world.isLand(QPointF(24.94, 61.5)));  // Finland
    QVERIFY(!world.isLand(QPointF(50.5, 42.0)));  // Caspian Sea is a hole
    QVERIFY(world.isLand(QPointF(0.0, -85.0)));   // Antarctica, near the pole
    QVERIFY(world.isLand(QPointF(100.0, -89.5)));
    QVERIFY(world.isLand(QPointF(179.0, 67.0)));  // Chukotka, east of the cut
    QVERIFY(world.isLand(QPointF(-179.0, 67.5))); // Chukotka, west of the cut
    QVERIFY(world.borders().size() > 100);

    // A point of Iceland's coast: some land ring has a vertex within a few km of it.
    const QPointF coast(-13.55, 65.1); // east coast
    bool nearVertex = false;
    for (const auto& ring : world.land()) {
        if (!ring.geoBounds.contains(QPointF(-18, 65)))
            continue;
        for (const QPointF& p : ring.geo)
            nearVertex = nearVertex || GeoMath::distanceKm(p, coast) < (highDetail ? 15 : 40);
    }
    QVERIFY(nearVertex);
}

void TestMap::countryNames()
{
    const WorldGeometry& world = WorldGeometry::lowDetail();
    QCOMPARE(world.countryAt(QPointF(-18.5, 64.9)), u"Iceland"_s);
    QCOMPARE(world.countryAt(QPointF(8.68, 50.12)), u"Germany"_s);
    QCOMPARE(world.countryAt(QPointF(151.0, -30.0)), u"Australia"_s);
    QCOMPARE(world.countryAt(QPointF(-30.0, 40.0)), QString());
    QCOMPARE(WorldGeometry::highDetail().countryAt(QPointF(178.0, -17.8)), u"Fiji"_s);
}

void TestMap::antimeridianCut()
{
    // A square straddling 180: 170E..170W.
    const QPolygonF ring{QPointF(170, 10), QPointF(-170, 10), QPointF(-170, 20), QPointF(170, 20),
                         QPointF(170, 10)};
    const QVector<QPolygonF> pieces = WorldGeometry::cutRing(ring);
    QCOMPARE(pieces.size(), 2);
    for (const QPolygonF& piece : pieces) {
        const QRectF bounds = piece.boundingRect();
        QVERIFY(bounds.left() >= -180 && bounds.right() <= 180);
        QVERIFY(bounds.width() <= 10 + 1e-9);
        QCOMPARE(bounds.top(), 10.0);
        QCOMPARE(bounds.bottom(), 20.0);
    }
    // A ring that does not cross stays one piece.
    QCOMPARE(WorldGeometry::cutRing(QPolygonF{QPointF(0, 0), QPointF(1, 0), QPointF(1, 1)}).size(),
             1);
    // Points off the globe (a broken or hostile file) are left out: no overflow, no endless
    // turns, and what remains is drawn as usual.
    const QVector<QPolygonF> broken = WorldGeometry::cutRing(
        QPolygonF{QPointF(-9.2e21, 180), QPointF(590, -85), QPointF(0, 0), QPointF(1, 0),
                  QPointF(1, 1), QPointF(qQNaN(), 1), QPointF(2, 1e300)});
    QCOMPARE(broken.size(), 1);
    QCOMPARE(broken.constFirst().boundingRect(), QRectF(0, 0, 1, 1));
    // A line across the antimeridian is split, not drawn across the world.
    QCOMPARE(WorldGeometry::splitLine(QPolygonF{QPointF(179, 0), QPointF(-179, 1)}).size(), 0);
    QCOMPARE(WorldGeometry::splitLine(
                 QPolygonF{QPointF(178, 0), QPointF(179, 0), QPointF(-179, 1), QPointF(-178, 1)})
                 .size(),
             2);
}

void TestMap::poleRingIsClosed()
{
    // A ring around the south pole at 70S, as spherical data stores Antarctica.
    QPolygonF ring;
    for (int lon = -180; lon <= 180; lon += 30)
        ring.append(QPointF(lon == 180 ? -180 : lon, -70));
    const QVector<QPolygonF> pieces = WorldGeometry::cutRing(ring);
    QVERIFY(!pieces.isEmpty());
    QRectF bounds;
    for (const QPolygonF& piece : pieces)
        bounds = bounds.united(piece.boundingRect());
    QCOMPARE(bounds.top(), -90.0);
    QVERIFY(bounds.left() >= -180 && bounds.right() <= 180);
    bool inside = false;
    for (const QPolygonF& piece : pieces)
        inside = inside || piece.containsPoint(QPointF(10, -80), Qt::OddEvenFill);
    QVERIFY(inside);
}

void TestMap::noStreaksInData()
{
    // No ring of the loaded data spans (nearly) the whole width in one step.
    for (const WorldGeometry* world : {&WorldGeometry::lowDetail(), &WorldGeometry::highDetail()}) {
        for (const auto& ring : world->land()) {
            for (int i = 1; i < ring.geo.size(); ++i) {
                const QPointF a = ring.geo.at(i - 1);
                const QPointF b = ring.geo.at(i);
                // Only the closing edge along a pole may run the full width.
                const bool alongPole = a.y() == b.y() && std::abs(a.y()) == 90;
                QVERIFY2(
                    alongPole || std::abs(b.x() - a.x()) < 180,
                    qPrintable(u"%1,%2 -> %3,%4"_s.arg(a.x()).arg(a.y()).arg(b.x()).arg(b.y())));
            }
        }
    }
}

void TestMap::viewportZoomKeepsAnchor()
{
    MapViewport viewport;
    viewport.setSize(QSizeF(1000, 500));
    const QPointF cursor(620, 180);
    const QPointF before = viewport.fromScreen(cursor);
    viewport.zoomAt(cursor, 3);
    QCOMPARE(viewport.zoom(), 3.0);
    const QPointF after = viewport.fromScreen(cursor);
    QVERIFY(QLineF(before, after).length() < 1e-9);
    // toScreen and fromScreen are inverse, and transform() agrees with them.
    const QPointF p = EqualEarthProjection::forward(8.68, 50.12);
    QVERIFY(QLineF(viewport.fromScreen(viewport.toScreen(p)), p).length() < 1e-9);
    QVERIFY(QLineF(viewport.transform().map(p), viewport.toScreen(p)).length() < 1e-9);
    viewport.zoomAt(cursor, 1000);
    QCOMPARE(viewport.zoom(), MapViewport::kMaxZoom);
}

void TestMap::viewportClampsPan()
{
    MapViewport viewport;
    viewport.setSize(QSizeF(1000, 500));
    viewport.panBy(QPointF(400, 0)); // the whole world fits: panning does nothing
    QCOMPARE(viewport.center(), QPointF());
    viewport.setZoom(4);
    viewport.panBy(QPointF(1e6, 1e6));
    const QRectF visible = viewport.visibleProjectedRect();
    QVERIFY(std::abs(visible.left() - EqualEarthProjection::bounds().left()) < 1e-9);
    QVERIFY(std::abs(visible.bottom() - EqualEarthProjection::bounds().bottom()) < 1e-9);
    // The centre of a geo point is where the widget's centre is.
    viewport.centerOnGeo(8.68, 50.12);
    QVERIFY(QLineF(viewport.geoToScreen(8.68, 50.12), QPointF(500, 250)).length() < 1e-6);
    const auto geo = viewport.screenToGeo(QPointF(500, 250));
    QVERIFY(geo && std::abs(geo->x() - 8.68) < 1e-6 && std::abs(geo->y() - 50.12) < 1e-6);
}

void TestMap::wheelOverEuropeStaysOnEurope_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("tall pane") << QSizeF(780, 700);
    QTest::newRow("wide pane") << QSizeF(1400, 500);
    QTest::newRow("picker") << QSizeF(640, 420);
}

void TestMap::wheelOverEuropeStaysOnEurope()
{
    // From the whole world, wheel steps over Frankfurt zoom in on Frankfurt: the point under
    // the cursor stays under it at every step, however the pane's shape differs from the
    // world's, then zooming back out ends on the whole world, centred.
    QFETCH(QSizeF, size);
    MapViewport viewport;
    viewport.setSize(size);
    const QPointF cursor = viewport.geoToScreen(8.68, 50.12);
    for (int step = 0; step < 20; ++step) {
        viewport.zoomAt(cursor, 1.2);
        QVERIFY2(QLineF(viewport.geoToScreen(8.68, 50.12), cursor).length() < 1e-6,
                 qPrintable(u"step %1 at zoom %2"_s.arg(step).arg(viewport.zoom())));
    }
    QVERIFY(viewport.zoom() > 30);
    // The other way the map may drift, but never beyond the world.
    for (int step = 0; step < 40; ++step) {
        viewport.zoomAt(QPointF(2, 2), 1 / 1.2);
        const QRectF world = EqualEarthProjection::bounds();
        QVERIFY(world.contains(viewport.center()));
    }
    QCOMPARE(viewport.zoom(), MapViewport::kMinZoom);
    QVERIFY(QLineF(viewport.center(), EqualEarthProjection::bounds().center()).length() < 1e-9);
    // The whole world fills the pane along one axis, with only a sliver of margin.
    const QRectF world = viewport.transform().mapRect(EqualEarthProjection::bounds());
    QVERIFY(world.width() > 0.97 * size.width() || world.height() > 0.97 * size.height());
    QVERIFY(world.width() <= size.width() + 1e-6 && world.height() <= size.height() + 1e-6);

    // Panning after such a zoom never takes the view further off the world.
    viewport.zoomAt(cursor, 1.5);
    const QPointF before = viewport.center();
    viewport.panBy(QPointF(-5000, -5000));
    viewport.panBy(QPointF(5000, 5000));
    QVERIFY(EqualEarthProjection::bounds().contains(viewport.center()));
    Q_UNUSED(before);
}

void TestMap::clusteringMergesAndSplits()
{
    MarkerLayout layout;
    layout.setMarkers(projectedPlaces());
    MapViewport viewport;
    viewport.setSize(QSizeF(1000, 500));
    layout.layout(viewport);

    const int frankfurt = indexOf("aws-eu-central-1");
    const int item = layout.itemForMarker(frankfurt);
    QVERIFY(item >= 0);
    // The whole world: Frankfurt's four and their neighbours are one cluster.
    const auto& cluster = layout.items().at(item);
    QVERIFY(cluster.isCluster());
    for (const char* name : {"do-fra", "google-europe-west3", "upcloud-de-fra"})
        QCOMPARE(layout.itemForMarker(indexOf(name)), item);
    QVERIFY(layout.itemForMarker(indexOf("aws-ap-southeast-2")) != item);
    QVERIFY(!layout.items().at(layout.itemForMarker(indexOf("aws-us-east-1"))).isCluster());

    // Zoomed in over Europe: Zurich and Amsterdam come apart from Frankfurt.
    viewport.setZoom(4);
    viewport.centerOnGeo(8.68, 50.12);
    layout.layout(viewport);
    const int fra = layout.itemForMarker(frankfurt);
    QVERIFY(layout.itemForMarker(indexOf("azure-switzerland-north")) != fra);
    QVERIFY(layout.itemForMarker(indexOf("google-europe-west4")) != fra);
    QCOMPARE(layout.items().at(fra).members.size(), 4); // still stacked

    // Further in, the stack fans out: four items at distinct, separated positions.
    viewport.setZoom(MarkerLayout::kFanZoom);
    viewport.centerOnGeo(8.68, 50.12);
    layout.layout(viewport);
    QSet<int> items;
    QVector<QPointF> positions;
    for (const char* name :
         {"aws-eu-central-1", "do-fra", "google-europe-west3", "upcloud-de-fra"}) {
        const int i = layout.itemForMarker(indexOf(name));
        items.insert(i);
        QVERIFY(layout.items().at(i).fanned);
        QVERIFY(!layout.items().at(i).isCluster());
        positions.append(layout.items().at(i).position);
    }
    QCOMPARE(items.size(), 4);
    for (int a = 0; a < positions.size(); ++a) {
        for (int b = a + 1; b < positions.size(); ++b)
            QVERIFY(QLineF(positions.at(a), positions.at(b)).length() >
                    2 * MarkerLayout::kMarkerRadius);
    }
    // Fanned markers keep their true location as anchor.
    QVERIFY(QLineF(layout.items().at(*items.begin()).anchor, viewport.geoToScreen(8.68, 50.12))
                .length() < 1e-6);
}

void TestMap::realCloudsNeverOverlap_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<double>("zoom");
    for (const QSizeF& size : {QSizeF(1200, 620), QSizeF(780, 700), QSizeF(640, 420)}) {
        for (double zoom : {1.0, 1.3, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 5.99, 6.0, 7.0, 8.0, 10.0, 12.0,
                            16.0, 24.0, 32.0, 48.0, 64.0}) {
            QTest::addRow("%gx%g zoom %g", size.width(), size.height(), zoom) << size << zoom;
        }
    }
}

void TestMap::realCloudsNeverOverlap()
{
    QFETCH(QSizeF, size);
    QFETCH(double, zoom);
    const QVector<QPointF> clouds = realClouds();
    QCOMPARE(clouds.size(), 129);
    MarkerLayout layout;
    layout.setMarkers(clouds);
    MapViewport viewport;
    viewport.setSize(size);
    viewport.setZoom(zoom);
    viewport.centerOnGeo(8.68, 50.12);
    layout.layout(viewport);

    const auto& items = layout.items();
    int markers = 0;
    for (const auto& item : items)
        markers += int(item.members.size());
    QCOMPARE(markers, 129); // every region is in exactly one item
    for (int m = 0; m < clouds.size(); ++m)
        QVERIFY(layout.items().at(layout.itemForMarker(m)).members.contains(m));

    // No two discs intersect: centres are at least the two radii apart.
    for (int a = 0; a < items.size(); ++a) {
        for (int b = a + 1; b < items.size(); ++b) {
            const double distance = QLineF(items.at(a).position, items.at(b).position).length();
            QVERIFY2(
                distance >= items.at(a).radius() + items.at(b).radius(),
                qPrintable(u"items %1 (%2 regions) and %3 (%4 regions) are %5 px apart"_s.arg(a)
                               .arg(items.at(a).members.size())
                               .arg(b)
                               .arg(items.at(b).members.size())
                               .arg(distance)));
        }
    }
    // A disc is never smaller than a single marker, so a radius check is not vacuous.
    for (const auto& item : items)
        QVERIFY(item.radius() >= MarkerLayout::kMarkerRadius);

    // Fanned-out markers: their leader lines never cross one another.
    auto cross = [](QPointF a, QPointF b, QPointF c, QPointF d) {
        auto side = [](QPointF o, QPointF p, QPointF q) {
            return (p.x() - o.x()) * (q.y() - o.y()) - (p.y() - o.y()) * (q.x() - o.x());
        };
        const double d1 = side(c, d, a), d2 = side(c, d, b), d3 = side(a, b, c), d4 = side(a, b, d);
        return ((d1 > 1e-6 && d2 < -1e-6) || (d1 < -1e-6 && d2 > 1e-6)) &&
               ((d3 > 1e-6 && d4 < -1e-6) || (d3 < -1e-6 && d4 > 1e-6));
    };
    int fanned = 0;
    for (int a = 0; a < items.size(); ++a) {
        if (!items.at(a).fanned)
            continue;
        ++fanned;
        for (int b = a + 1; b < items.size(); ++b) {
            if (items.at(b).fanned)
                QVERIFY(!cross(items.at(a).anchor, items.at(a).position, items.at(b).anchor,
                               items.at(b).position));
        }
    }
    if (zoom >= MarkerLayout::kFanZoom)
        QVERIFY(fanned > 0); // Frankfurt's four share a point: they fan out
}

void TestMap::labelsAvoidMarkersAndEachOther()
{
    const QVector<QPointF> clouds = realClouds();
    QCOMPARE(clouds.size(), 129);
    MarkerLayout layout;
    layout.setMarkers(clouds);
    MapViewport viewport;
    viewport.setSize(QSizeF(1000, 600));
    viewport.setZoom(4);
    viewport.centerOnGeo(8.68, 50.12);
    layout.layout(viewport);

    QVector<MarkerLayout::LabelRequest> requests;
    for (int i = 0; i < layout.items().size(); ++i)
        requests.append({i, QSizeF(70, 16), int(layout.items().at(i).members.size())});
    const QRectF bounds(0, 0, 1000, 600);
    const QRectF legend(10, 480, 160, 110);
    const auto labels = layout.placeLabels(requests, bounds, {legend});
    QVERIFY(!labels.isEmpty());
    QVERIFY(labels.size() < requests.size()); // Europe at this zoom has no room for all
    QSet<int> labelled;
    for (int a = 0; a < labels.size(); ++a) {
        const QRectF rect = labels.at(a).rect;
        labelled.insert(labels.at(a).item);
        QVERIFY(bounds.contains(rect));
        QVERIFY(!rect.intersects(legend));
        for (int b = a + 1; b < labels.size(); ++b)
            QVERIFY(!rect.intersects(labels.at(b).rect));
        for (const auto& item : layout.items()) {
            const double x = std::clamp(item.position.x(), rect.left(), rect.right());
            const double y = std::clamp(item.position.y(), rect.top(), rect.bottom());
            QVERIFY(QLineF(QPointF(x, y), item.position).length() >= item.radius());
        }
        // Beside its own marker.
        const auto& own = layout.items().at(labels.at(a).item);
        QVERIFY(QLineF(rect.center(), own.position).length() < own.radius() + 3 + 70);
    }
    // The biggest group on screen gets its label: priority goes to the region count.
    int biggest = -1;
    for (int i = 0; i < layout.items().size(); ++i) {
        const auto& item = layout.items().at(i);
        if (bounds.adjusted(80, 30, -80, -30).contains(item.position) &&
            (biggest < 0 || item.members.size() > layout.items().at(biggest).members.size()))
            biggest = i;
    }
    QVERIFY(biggest >= 0);
    QVERIFY(labelled.contains(biggest));
}

void TestMap::hitTestAtSeveralZooms_data()
{
    QTest::addColumn<double>("zoom");
    QTest::newRow("world") << 1.0;
    QTest::newRow("2x") << 2.0;
    QTest::newRow("5x") << 5.0;
    QTest::newRow("fanned") << 8.0;
    QTest::newRow("max") << MapViewport::kMaxZoom;
}

void TestMap::hitTestAtSeveralZooms()
{
    QFETCH(double, zoom);
    MarkerLayout layout;
    layout.setMarkers(projectedPlaces());
    MapViewport viewport;
    viewport.setSize(QSizeF(1200, 700));
    viewport.setZoom(zoom);
    viewport.centerOnGeo(8.68, 50.12);
    layout.layout(viewport);

    for (int m = 0; m < int(std::size(kPlaces)); ++m) {
        const int item = layout.itemForMarker(m);
        const QPointF at = layout.markerPosition(m);
        if (!QRectF(QPointF(), viewport.size()).contains(at))
            continue;
        QCOMPARE(layout.itemAt(at), item);
        QCOMPARE(layout.itemAt(at + QPointF(MarkerLayout::kMarkerRadius, 0)), item);
        QVERIFY(layout.items().at(item).members.contains(m));
    }
    // Empty sea far from every marker.
    const QPointF sea = viewport.geoToScreen(-30, 40);
    if (QRectF(QPointF(), viewport.size()).contains(sea))
        QCOMPARE(layout.itemAt(sea), -1);
    QCOMPARE(layout.itemAt(QPointF(-100, -100)), -1);
}

void TestMap::zoomToSplit()
{
    MarkerLayout layout;
    layout.setMarkers(projectedPlaces());
    MapViewport viewport;
    viewport.setSize(QSizeF(1000, 500));
    layout.layout(viewport);
    const int item = layout.itemForMarker(indexOf("aws-eu-central-1"));
    const double target = layout.zoomToSplit(item, viewport);
    QVERIFY(target > viewport.zoom());
    QVERIFY(target <= MarkerLayout::kFanZoom);
    viewport.setZoom(target);
    viewport.centerOnGeo(8.68, 50.12);
    layout.layout(viewport);
    // After the zoom, the first cluster no longer holds everything it held.
    QVERIFY(layout.items().at(layout.itemForMarker(indexOf("aws-eu-central-1"))).members.size() <
            layout.markers().size());
    QVERIFY(layout.itemForMarker(indexOf("aws-eu-west-1")) !=
            layout.itemForMarker(indexOf("aws-eu-central-1")));
}

void TestMap::keyboardNeighbours()
{
    using D = MarkerLayout::Direction;
    const QVector<QPointF> points{QPointF(0, 0), QPointF(10, 0), QPointF(10, 0), QPointF(0, 10),
                                  QPointF(-20, 1)};
    QCOMPARE(MarkerLayout::neighbour(points, 0, D::Right), 1);
    QCOMPARE(MarkerLayout::neighbour(points, 1, D::Right), 2); // stacked: next index
    QCOMPARE(MarkerLayout::neighbour(points, 2, D::Left), 1);
    QCOMPARE(MarkerLayout::neighbour(points, 0, D::Down), 3); // screen y grows downwards
    QCOMPARE(MarkerLayout::neighbour(points, 0, D::Left), 4);
    QCOMPARE(MarkerLayout::neighbour(points, 4, D::Left), -1);
    QCOMPARE(MarkerLayout::neighbour(points, -1, D::Left), 0);
    // With nothing selected, the first key picks the nearest marker that way from a point.
    QCOMPARE(MarkerLayout::nearestInDirection(points, QPointF(5, 0.5), D::Right), 1);
    QCOMPARE(MarkerLayout::nearestInDirection(points, QPointF(5, 0.5), D::Left), 0);
    QCOMPARE(MarkerLayout::nearestInDirection(points, QPointF(0, 5), D::Down), 3);
    // Nothing that way: the nearest one at all.
    QCOMPARE(MarkerLayout::nearestInDirection(points, QPointF(50, 0), D::Right), 1);
    QCOMPARE(MarkerLayout::nearestInDirection({}, QPointF(50, 0), D::Right), -1);
}

void TestMap::greatCircleDistance()
{
    // Helsinki - Frankfurt is about 1530 km; Sydney - Santiago about 11350 km.
    const double hf = GeoMath::distanceKm(QPointF(24.94, 60.17), QPointF(8.68, 50.12));
    QVERIFY2(std::abs(hf - 1530) < 25, qPrintable(QString::number(hf)));
    const double ss = GeoMath::distanceKm(QPointF(151.2, -33.85), QPointF(-70.67, -33.45));
    QVERIFY2(std::abs(ss - 11350) < 100, qPrintable(QString::number(ss)));
    QCOMPARE(GeoMath::distanceKm(QPointF(1, 2), QPointF(1, 2)), 0.0);
    // Across the antimeridian the short way round is taken.
    QVERIFY(GeoMath::distanceKm(QPointF(179, 0), QPointF(-179, 0)) < 250);
}

void TestMap::locationGuess()
{
    QVERIFY(CountryLocations::countries().size() > 200);
    const auto finland = CountryLocations::find(u"fi"_s);
    QVERIFY(finland.has_value());
    QCOMPARE(finland->name, u"Finland"_s);
    QVERIFY(WorldGeometry::lowDetail().isLand(finland->location));
    const auto helsinki = CountryLocations::guessFromTimeZone(QTimeZone("Europe/Helsinki"));
    QVERIFY(helsinki.has_value());
    QCOMPARE(helsinki->code, u"FI"_s);
    const auto sydney = CountryLocations::guessFromTimeZone(QTimeZone("Australia/Sydney"));
    QVERIFY(sydney.has_value());
    QCOMPARE(sydney->code, u"AU"_s);
    QVERIFY(!CountryLocations::guessFromTimeZone(QTimeZone()).has_value());
    // France's centre is in France, not pulled out to sea by its overseas parts.
    const auto france = CountryLocations::find(u"FR"_s);
    QVERIFY(france && WorldGeometry::lowDetail().countryAt(france->location) == u"France"_s);
}

void TestMap::countryNamesFromIsoCodes()
{
    const QString catalog = u"/usr/share/locale/fi/LC_MESSAGES/iso_3166-1.mo"_s;
    if (!QFile::exists(catalog) || !CountryNames::isAvailable())
        QSKIP("iso-codes is not installed (packaging/setup.sh installs it)");
    const QLocale finnish(QLocale::Finnish, QLocale::Finland);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(CountryNames::name(u"FI"_s, finnish), u"Suomi"_s);
    QCOMPARE(CountryNames::name(u"fi"_s, english), u"Finland"_s);
    QCOMPARE(CountryNames::name(u"SE"_s, finnish), u"Ruotsi"_s);
    // The short common name, not the ISO list's formal one.
    QCOMPARE(CountryNames::name(u"BO"_s, english), u"Bolivia"_s);
    QCOMPARE(CountryNames::name(u"KR"_s, english), u"South Korea"_s);
    // Natural Earth's data names countries by numeric code.
    QCOMPARE(CountryNames::nameForNumeric(u"246"_s, finnish), u"Suomi"_s);
    QCOMPARE(CountryNames::nameForNumeric(u"076"_s, finnish), u"Brasilia"_s);
    QCOMPARE(CountryNames::name(u"XX"_s, finnish), QString());

    // A language without a catalog falls back to English.
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"iso-codes/json"_s)));
    QVERIFY(QFile::copy(u"/usr/share/iso-codes/json/iso_3166-1.json"_s,
                        dir.filePath(u"iso-codes/json/iso_3166-1.json"_s)));
    CountryNames::setDataDirectory(dir.path());
    QCOMPARE(CountryNames::name(u"FI"_s, finnish), u"Finland"_s);
    // A damaged catalog is ignored, not trusted.
    QVERIFY(QDir().mkpath(dir.filePath(u"locale/fi/LC_MESSAGES"_s)));
    QFile damaged(dir.filePath(u"locale/fi/LC_MESSAGES/iso_3166-1.mo"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    QFile real(catalog);
    QVERIFY(real.open(QIODevice::ReadOnly));
    damaged.write(real.read(40)); // the header only: its tables point past the end
    damaged.close();
    CountryNames::setDataDirectory(dir.path());
    QCOMPARE(CountryNames::name(u"FI"_s, finnish), u"Finland"_s);
    CountryNames::setDataDirectory({});

    // The location list speaks the user's language and sorts in it: Ruotsi before Suomi
    // (in English, Finland comes before Sweden).
    QLocale::setDefault(finnish);
    const auto finland = CountryLocations::find(u"FI"_s);
    QVERIFY(finland);
    QCOMPARE(finland->name, u"Suomi"_s);
    int ruotsi = -1;
    int suomi = -1;
    const auto& list = CountryLocations::countries();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).code == u"SE"_s)
            ruotsi = i;
        if (list.at(i).code == u"FI"_s)
            suomi = i;
    }
    QVERIFY(ruotsi >= 0 && suomi > ruotsi);
    QLocale::setDefault(english);
    QCOMPARE(CountryLocations::find(u"FI"_s)->name, u"Finland"_s);
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestMap)
#include "tst_map.moc"
