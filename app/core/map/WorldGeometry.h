#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVector>

#include <optional>

namespace fjord {

class TopoJson;

// Land, countries and borders ready to draw: rings are cut at the antimeridian and
// Antarctica is closed along the south pole once, at load, so that nothing streaks across
// the flat map. Each ring is kept in longitude/latitude (for hit tests) and in Equal Earth
// coordinates (for drawing), with bounds for skipping what is off screen.
class WorldGeometry
{
public:
    struct Ring
    {
        QPolygonF geo;
        QPolygonF projected;
        QRectF geoBounds;
        QRectF projectedBounds;
    };
    struct Line
    {
        QPolygonF projected;
        QRectF projectedBounds;
    };
    struct Country
    {
        QString id; // ISO 3166-1 numeric
        QString name;
        QVector<Ring> rings; // outer rings and holes, even-odd
        QRectF geoBounds;
    };

    // Built from a world-atlas countries file (objects "land" and "countries").
    static std::optional<WorldGeometry> fromTopoJson(const QByteArray& json,
                                                     QString* error = nullptr);
    // The embedded Natural Earth data, decoded once on first use (thread-safe).
    static const WorldGeometry& lowDetail();  // 1:110m
    static const WorldGeometry& highDetail(); // 1:50m

    const QVector<Ring>& land() const { return m_land; }
    const QVector<Line>& borders() const { return m_borders; }
    const QVector<Country>& countries() const { return m_countries; }
    int pointCount() const;

    bool isLand(const QPointF& geo) const;
    // The country's name, or an empty string over the sea.
    QString countryAt(const QPointF& geo) const;
    // The country's ISO 3166-1 numeric code, or an empty string (sea, or no code).
    QString countryIdAt(const QPointF& geo) const;

    // Splits a closed ring that crosses ±180° into pieces within [-180, 180]; a ring that
    // circles a pole is closed along that pole. Edges on the cut follow the meridian.
    static QVector<QPolygonF> cutRing(const QPolygonF& ring);
    // Splits an open line where it jumps across ±180°.
    static QVector<QPolygonF> splitLine(const QPolygonF& line);

private:
    QVector<Ring> m_land;
    QVector<Line> m_borders;
    QVector<Country> m_countries;
};

} // namespace fjord
