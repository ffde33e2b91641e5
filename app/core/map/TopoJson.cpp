#include "map/TopoJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

QVector<QVector<int>> readRings(const QJsonArray& rings)
{
    QVector<QVector<int>> result;
    result.reserve(rings.size());
    for (const QJsonValue& ring : rings) {
        QVector<int> indices;
        const QJsonArray array = ring.toArray();
        indices.reserve(array.size());
        for (const QJsonValue& index : array)
            indices.append(index.toInt());
        result.append(indices);
    }
    return result;
}

void readGeometry(const QJsonObject& object, QVector<TopoJson::Geometry>& out)
{
    const QString type = object.value("type"_L1).toString();
    if (type == "GeometryCollection"_L1) {
        const QJsonArray children = object.value("geometries"_L1).toArray();
        for (const QJsonValue& child : children)
            readGeometry(child.toObject(), out);
        return;
    }
    TopoJson::Geometry geometry;
    const QJsonValue id = object.value("id"_L1);
    geometry.id = id.isDouble() ? QString::number(id.toInt()) : id.toString();
    geometry.name = object.value("properties"_L1).toObject().value("name"_L1).toString();
    const QJsonArray arcs = object.value("arcs"_L1).toArray();
    if (type == "Polygon"_L1) {
        geometry.polygons.append(readRings(arcs));
    } else if (type == "MultiPolygon"_L1) {
        for (const QJsonValue& polygon : arcs)
            geometry.polygons.append(readRings(polygon.toArray()));
    } else {
        return; // points and lines are not used by the map
    }
    out.append(geometry);
}

} // namespace

std::optional<TopoJson> TopoJson::parse(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (document.isNull() || root.value("type"_L1).toString() != "Topology"_L1) {
        if (error)
            *error = document.isNull() ? parseError.errorString()
                                       : QStringLiteral("not a TopoJSON topology");
        return std::nullopt;
    }

    double scaleX = 1, scaleY = 1, translateX = 0, translateY = 0;
    const QJsonObject transform = root.value("transform"_L1).toObject();
    const bool quantized = !transform.isEmpty();
    if (quantized) {
        const QJsonArray scale = transform.value("scale"_L1).toArray();
        const QJsonArray translate = transform.value("translate"_L1).toArray();
        scaleX = scale.at(0).toDouble(1);
        scaleY = scale.at(1).toDouble(1);
        translateX = translate.at(0).toDouble();
        translateY = translate.at(1).toDouble();
    }

    TopoJson topology;
    const QJsonArray arcs = root.value("arcs"_L1).toArray();
    topology.m_arcs.reserve(arcs.size());
    for (const QJsonValue& arcValue : arcs) {
        const QJsonArray arc = arcValue.toArray();
        QPolygonF line;
        line.reserve(arc.size());
        // Quantized arcs store each position as a delta from the previous one.
        qint64 x = 0, y = 0;
        for (const QJsonValue& positionValue : arc) {
            const QJsonArray position = positionValue.toArray();
            if (quantized) {
                // Deltas that run past 64 bits are no map: refused, not wrapped.
                if (__builtin_add_overflow(x, position.at(0).toInteger(), &x) ||
                    __builtin_add_overflow(y, position.at(1).toInteger(), &y)) {
                    if (error)
                        *error = QStringLiteral("an arc's positions run out of range");
                    return std::nullopt;
                }
                line.append(QPointF(x * scaleX + translateX, y * scaleY + translateY));
            } else {
                line.append(QPointF(position.at(0).toDouble(), position.at(1).toDouble()));
            }
        }
        topology.m_arcs.append(line);
    }

    const QJsonObject objects = root.value("objects"_L1).toObject();
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        QVector<Geometry> geometries;
        readGeometry(it.value().toObject(), geometries);
        topology.m_objects.append({it.key(), geometries});
    }
    return topology;
}

QStringList TopoJson::objectNames() const
{
    QStringList names;
    for (const auto& object : m_objects)
        names.append(object.first);
    return names;
}

QVector<TopoJson::Geometry> TopoJson::geometries(const QString& objectName) const
{
    for (const auto& object : m_objects) {
        if (object.first == objectName)
            return object.second;
    }
    return {};
}

QPolygonF TopoJson::ring(const QVector<int>& arcIndices) const
{
    QPolygonF result;
    for (const int index : arcIndices) {
        const bool reversed = index < 0;
        const int arcIndex = reversed ? ~index : index;
        if (arcIndex < 0 || arcIndex >= m_arcs.size())
            continue;
        const QPolygonF& arc = m_arcs.at(arcIndex);
        const int count = int(arc.size());
        // Consecutive arcs share their joining point; keep it once.
        const int skip = result.isEmpty() ? 0 : 1;
        for (int i = skip; i < count; ++i)
            result.append(reversed ? arc.at(count - 1 - i) : arc.at(i));
    }
    return result;
}

QVector<QPolygonF> TopoJson::interiorMesh(const QString& objectName) const
{
    // An arc walked by two different geometries separates them.
    QHash<int, int> firstOwner;
    QVector<bool> shared(m_arcs.size(), false);
    const QVector<Geometry> list = geometries(objectName);
    for (int g = 0; g < list.size(); ++g) {
        for (const auto& polygon : list.at(g).polygons) {
            for (const auto& ring : polygon) {
                for (const int index : ring) {
                    const int arcIndex = index < 0 ? ~index : index;
                    if (arcIndex < 0 || arcIndex >= m_arcs.size())
                        continue;
                    const auto it = firstOwner.constFind(arcIndex);
                    if (it == firstOwner.constEnd())
                        firstOwner.insert(arcIndex, g);
                    else if (it.value() != g)
                        shared[arcIndex] = true;
                }
            }
        }
    }
    QVector<QPolygonF> result;
    for (int i = 0; i < m_arcs.size(); ++i) {
        if (shared.at(i))
            result.append(m_arcs.at(i));
    }
    return result;
}

} // namespace fjord
