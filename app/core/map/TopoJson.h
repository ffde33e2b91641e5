#pragma once

#include <QByteArray>
#include <QPolygonF>
#include <QString>
#include <QVector>

#include <optional>

namespace fjord {

// A decoded TopoJSON topology (as world-atlas ships it): quantized, delta-encoded arcs
// turned into longitude/latitude polylines, and the geometries of each object as lists of
// arc indices (a negative index ~i means arc i walked backwards).
class TopoJson
{
public:
    struct Geometry
    {
        QString id;
        QString name; // properties.name, empty when absent
        // polygons -> rings -> arc indices; a Polygon geometry has one polygon.
        QVector<QVector<QVector<int>>> polygons;
    };

    static std::optional<TopoJson> parse(const QByteArray& json, QString* error = nullptr);

    const QVector<QPolygonF>& arcs() const { return m_arcs; }
    QStringList objectNames() const;
    QVector<Geometry> geometries(const QString& objectName) const;

    // Joins arcs into one closed ring (shared end points appear once).
    QPolygonF ring(const QVector<int>& arcIndices) const;
    // Arcs of an object used by two different geometries: the borders between countries.
    QVector<QPolygonF> interiorMesh(const QString& objectName) const;

private:
    QVector<QPolygonF> m_arcs;
    QVector<QPair<QString, QVector<Geometry>>> m_objects;
};

} // namespace fjord
