// The map's data file (TopoJSON, world-atlas shaped) from the decoder to what the map asks
// of it: TopoJson::parse with every object's rings and borders, then WorldGeometry (rings
// cut at the antimeridian, poles closed) with its hit tests.

#include "FuzzCheck.h"

#include "map/TopoJson.h"
#include "map/WorldGeometry.h"

using namespace fjord;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    QString error;
    const std::optional<TopoJson> topology = TopoJson::parse(json, &error);
    if (!topology) {
        FUZZ_CHECK(!error.isEmpty(), "a refused topology without a reason");
        return 0;
    }
    const QStringList objects = topology->objectNames();
    for (const QString& object : objects) {
        for (const TopoJson::Geometry& geometry : topology->geometries(object)) {
            for (const auto& polygon : geometry.polygons) {
                for (const auto& ring : polygon) {
                    const QPolygonF points = topology->ring(ring);
                    (void)WorldGeometry::cutRing(points);
                    (void)WorldGeometry::splitLine(points);
                }
            }
        }
        (void)topology->interiorMesh(object);
    }

    const std::optional<WorldGeometry> world = WorldGeometry::fromTopoJson(json, &error);
    if (!world)
        return 0;
    (void)world->pointCount();
    for (const QPointF& point : {QPointF(0, 0), QPointF(24.9, 60.2), QPointF(-180, -90),
                                 QPointF(180, 90), QPointF(-74.0, 40.7)}) {
        (void)world->isLand(point);
        (void)world->countryAt(point);
    }
    return 0;
}
