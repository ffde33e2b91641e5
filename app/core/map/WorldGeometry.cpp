#include "map/WorldGeometry.h"

#include "map/EqualEarthProjection.h"
#include "map/TopoJson.h"

#include <QFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

constexpr double kCutEpsilon = 1e-9;
// What a map file may hold, with a degree to spare for rounding in its quantization.
constexpr double kMaxLongitude = 181;
constexpr double kMaxLatitude = 91;

// Keeps longitudes continuous so that a step never exceeds 180 degrees.
QPolygonF unwrap(const QPolygonF& ring)
{
    QPolygonF result;
    result.reserve(ring.size() + 4);
    for (const QPointF& point : ring) {
        QPointF p = point;
        // A broken file: a point off the globe (or not a number) is left out. Kept in, a
        // longitude of -9e21 overflowed the band count below, and 1e21 never ended the turns.
        if (!(std::abs(p.x()) <= kMaxLongitude && std::abs(p.y()) <= kMaxLatitude))
            continue;
        if (!result.isEmpty()) {
            const double previous = result.last().x();
            p.rx() -= 360 * std::round((p.x() - previous) / 360);
            if (p.x() - previous > 180)
                p.rx() -= 360;
            else if (p.x() - previous < -180)
                p.rx() += 360;
        }
        result.append(p);
    }
    return result;
}

// One Sutherland-Hodgman step against a vertical line: keeps x >= edge (or <= edge).
QPolygonF clipVertical(const QPolygonF& polygon, double edge, bool keepGreater)
{
    QPolygonF out;
    const int n = int(polygon.size());
    if (n == 0)
        return out;
    auto inside = [&](const QPointF& p) { return keepGreater ? p.x() >= edge : p.x() <= edge; };
    for (int i = 0; i < n; ++i) {
        const QPointF current = polygon.at(i);
        const QPointF previous = polygon.at((i + n - 1) % n);
        const bool currentIn = inside(current);
        const bool previousIn = inside(previous);
        if (currentIn != previousIn) {
            const double t = (edge - previous.x()) / (current.x() - previous.x());
            out.append(QPointF(edge, previous.y() + t * (current.y() - previous.y())));
        }
        if (currentIn)
            out.append(current);
    }
    return out;
}

// Edges lying on the cut meridian become curves in the projection: give them points.
QPolygonF densifyOnMeridian(const QPolygonF& ring)
{
    QPolygonF out;
    const int n = int(ring.size());
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const QPointF a = ring.at(i);
        const QPointF b = ring.at((i + 1) % n);
        out.append(a);
        if (std::abs(std::abs(a.x()) - 180) < kCutEpsilon &&
            std::abs(a.x() - b.x()) < kCutEpsilon) {
            const int steps = int(std::abs(b.y() - a.y()));
            for (int s = 1; s < steps; ++s)
                out.append(QPointF(a.x(), a.y() + (b.y() - a.y()) * s / steps));
        }
    }
    return out;
}

WorldGeometry::Ring makeRing(const QPolygonF& geo)
{
    WorldGeometry::Ring ring;
    ring.geo = geo;
    ring.projected.reserve(geo.size());
    for (const QPointF& p : geo)
        ring.projected.append(EqualEarthProjection::forward(p));
    ring.geoBounds = geo.boundingRect();
    ring.projectedBounds = ring.projected.boundingRect();
    return ring;
}

bool ringsContain(const QVector<WorldGeometry::Ring>& rings, const QPointF& geo)
{
    bool inside = false;
    for (const auto& ring : rings) {
        // boundingRect().contains() is false on the right/bottom edge; widen a hair.
        if (!ring.geoBounds.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(geo))
            continue;
        if (ring.geo.containsPoint(geo, Qt::OddEvenFill))
            inside = !inside;
    }
    return inside;
}

WorldGeometry loadEmbedded(const QString& fileName)
{
    QFile file(fileName);
    if (file.open(QIODevice::ReadOnly)) {
        QString error;
        if (auto geometry = WorldGeometry::fromTopoJson(file.readAll(), &error))
            return *geometry;
        qWarning("Map data %s unusable: %s", qPrintable(fileName), qPrintable(error));
    } else {
        qWarning("Map data %s missing", qPrintable(fileName));
    }
    return {};
}

} // namespace

QVector<QPolygonF> WorldGeometry::cutRing(const QPolygonF& input)
{
    QPolygonF ring = input;
    if (ring.size() > 1 && ring.first() == ring.last())
        ring.removeLast();
    if (ring.size() < 3)
        return {};
    ring = unwrap(ring);

    // A ring around a pole ends a full turn away from where it started.
    const double turn = ring.last().x() - ring.first().x();
    if (std::abs(turn) > 180) {
        double latitudeSum = 0;
        for (const QPointF& p : ring)
            latitudeSum += p.y();
        const double pole = latitudeSum < 0 ? -90 : 90;
        const QPointF last = ring.last();
        const QPointF first = ring.first();
        // Down to the pole, along it, and back up to the start.
        ring.append(QPointF(last.x(), pole));
        ring.append(QPointF(first.x(), pole));
    }

    double minX = ring.first().x();
    double maxX = minX;
    for (const QPointF& p : ring) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
    }
    if (minX >= -180 - kCutEpsilon && maxX <= 180 + kCutEpsilon)
        return {densifyOnMeridian(ring)};

    QVector<QPolygonF> pieces;
    const int firstBand = int(std::floor((minX + 180) / 360));
    const int lastBand = int(std::floor((maxX + 180) / 360));
    for (int band = firstBand; band <= lastBand; ++band) {
        const double offset = 360.0 * band;
        QPolygonF piece = clipVertical(ring, -180 + offset, true);
        piece = clipVertical(piece, 180 + offset, false);
        if (piece.size() < 3)
            continue;
        for (QPointF& p : piece)
            p.rx() -= offset;
        pieces.append(densifyOnMeridian(piece));
    }
    return pieces;
}

QVector<QPolygonF> WorldGeometry::splitLine(const QPolygonF& line)
{
    QVector<QPolygonF> parts;
    QPolygonF current;
    for (const QPointF& p : line) {
        if (!current.isEmpty() && std::abs(p.x() - current.last().x()) > 180) {
            if (current.size() > 1)
                parts.append(current);
            current.clear();
        }
        current.append(p);
    }
    if (current.size() > 1)
        parts.append(current);
    return parts;
}

std::optional<WorldGeometry> WorldGeometry::fromTopoJson(const QByteArray& json, QString* error)
{
    const auto topology = TopoJson::parse(json, error);
    if (!topology)
        return std::nullopt;
    if (!topology->objectNames().contains("land"_L1)) {
        if (error)
            *error = QStringLiteral("no land object");
        return std::nullopt;
    }

    WorldGeometry world;
    for (const auto& geometry : topology->geometries(u"land"_s)) {
        for (const auto& polygon : geometry.polygons) {
            for (const auto& ringArcs : polygon) {
                for (const QPolygonF& piece : cutRing(topology->ring(ringArcs)))
                    world.m_land.append(makeRing(piece));
            }
        }
    }
    for (const auto& geometry : topology->geometries(u"countries"_s)) {
        Country country;
        country.id = geometry.id;
        country.name = geometry.name;
        for (const auto& polygon : geometry.polygons) {
            for (const auto& ringArcs : polygon) {
                for (const QPolygonF& piece : cutRing(topology->ring(ringArcs))) {
                    country.rings.append(makeRing(piece));
                    country.geoBounds =
                        country.geoBounds.isNull()
                            ? country.rings.last().geoBounds
                            : country.geoBounds.united(country.rings.last().geoBounds);
                }
            }
        }
        if (!country.rings.isEmpty())
            world.m_countries.append(country);
    }
    for (const QPolygonF& arc : topology->interiorMesh(u"countries"_s)) {
        for (const QPolygonF& part : splitLine(arc)) {
            Line line;
            line.projected.reserve(part.size());
            for (const QPointF& p : part)
                line.projected.append(EqualEarthProjection::forward(p));
            line.projectedBounds = line.projected.boundingRect();
            world.m_borders.append(line);
        }
    }
    return world;
}

const WorldGeometry& WorldGeometry::lowDetail()
{
    static const WorldGeometry world = loadEmbedded(u":/map/countries-110m.json"_s);
    return world;
}

const WorldGeometry& WorldGeometry::highDetail()
{
    static const WorldGeometry world = loadEmbedded(u":/map/countries-50m.json"_s);
    return world;
}

int WorldGeometry::pointCount() const
{
    int count = 0;
    for (const auto& ring : m_land)
        count += int(ring.geo.size());
    return count;
}

bool WorldGeometry::isLand(const QPointF& geo) const
{
    return ringsContain(m_land, geo);
}

QString WorldGeometry::countryAt(const QPointF& geo) const
{
    for (const Country& country : m_countries) {
        if (!country.geoBounds.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(geo))
            continue;
        if (ringsContain(country.rings, geo))
            return country.name;
    }
    return {};
}

QString WorldGeometry::countryIdAt(const QPointF& geo) const
{
    for (const Country& country : m_countries) {
        if (!country.geoBounds.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(geo))
            continue;
        if (ringsContain(country.rings, geo))
            return country.id;
    }
    return {};
}

} // namespace fjord
