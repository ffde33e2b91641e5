#include "MarkerLayout.h"

#include "MapViewport.h"

#include <QLineF>
#include <QtMath>

#include <algorithm>
#include <limits>

namespace fjord {

double MarkerLayout::Item::radius() const
{
    if (!isCluster())
        return kMarkerRadius;
    // Bigger clusters read as bigger, but only a little.
    return kMarkerRadius + 3 + std::min(5.0, 1.5 * std::log2(double(members.size())));
}

void MarkerLayout::setMarkers(const QVector<QPointF>& projected)
{
    m_markers = projected;
    m_items.clear();
    m_itemOfMarker.clear();
}

void MarkerLayout::layout(const MapViewport& viewport)
{
    m_items.clear();
    m_itemOfMarker = QVector<int>(m_markers.size(), -1);
    QVector<QPointF> screen;
    screen.reserve(m_markers.size());
    for (const QPointF& p : m_markers)
        screen.append(viewport.toScreen(p));

    // Greedy clustering in marker order: cheap for a few hundred markers and stable, so
    // clusters do not jump around while panning.
    // Once clusters fan out, near neighbours (London's regions sit a few km apart) join the
    // fan instead of landing on top of it.
    const bool fan = viewport.zoom() >= kFanZoom - 1e-9;
    const double radius = fan ? kClusterRadius * 1.8 : kClusterRadius;
    const double r2 = radius * radius;
    QVector<Item> clusters;
    QVector<bool> taken(m_markers.size(), false);
    for (int i = 0; i < m_markers.size(); ++i) {
        if (taken.at(i))
            continue;
        Item item;
        item.members.append(i);
        taken[i] = true;
        QPointF sum = screen.at(i);
        for (int j = i + 1; j < m_markers.size(); ++j) {
            if (taken.at(j))
                continue;
            const QPointF d = screen.at(j) - screen.at(i);
            if (QPointF::dotProduct(d, d) <= r2) {
                item.members.append(j);
                taken[j] = true;
                sum += screen.at(j);
            }
        }
        item.position = item.anchor = sum / item.members.size();
        clusters.append(item);
    }

    for (const Item& cluster : qAsConst(clusters)) {
        if (!fan || !cluster.isCluster()) {
            for (int m : cluster.members)
                m_itemOfMarker[m] = int(m_items.size());
            m_items.append(cluster);
            continue;
        }
        const int n = int(cluster.members.size());
        const double spacing = 2 * kMarkerRadius + 8;
        const double radius = std::max(kClusterRadius + 4, n * spacing / (2 * M_PI));
        for (int k = 0; k < n; ++k) {
            const double angle = -M_PI / 2 + 2 * M_PI * k / n;
            Item item;
            item.members = {cluster.members.at(k)};
            item.anchor = cluster.anchor;
            item.position = cluster.anchor + radius * QPointF(std::cos(angle), std::sin(angle));
            item.fanned = true;
            m_itemOfMarker[item.members.first()] = int(m_items.size());
            m_items.append(item);
        }
    }
}

int MarkerLayout::itemAt(const QPointF& screen) const
{
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items.at(i);
        const double distance = QLineF(item.position, screen).length();
        if (distance <= item.radius() + kHitSlop && distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

int MarkerLayout::itemForMarker(int marker) const
{
    return marker >= 0 && marker < m_itemOfMarker.size() ? m_itemOfMarker.at(marker) : -1;
}

QPointF MarkerLayout::markerPosition(int marker) const
{
    const int item = itemForMarker(marker);
    return item >= 0 ? m_items.at(item).position : QPointF();
}

double MarkerLayout::zoomToSplit(int itemIndex, const MapViewport& viewport) const
{
    if (itemIndex < 0 || itemIndex >= m_items.size())
        return viewport.zoom();
    const Item& item = m_items.at(itemIndex);
    double nearest = std::numeric_limits<double>::max();
    for (int a = 0; a < item.members.size(); ++a) {
        for (int b = a + 1; b < item.members.size(); ++b) {
            const double d =
                QLineF(m_markers.at(item.members.at(a)), m_markers.at(item.members.at(b))).length();
            if (d > 1e-9)
                nearest = std::min(nearest, d);
        }
    }
    const double zoom = viewport.zoom();
    double target = kFanZoom;
    if (nearest < std::numeric_limits<double>::max()) {
        // Scale grows linearly with zoom: find the zoom where the two nearest come apart.
        const double needed = zoom * (kClusterRadius * 1.3) / (nearest * viewport.scale());
        target = std::min(kFanZoom, std::max(needed, zoom * 1.5));
    }
    return std::min(MapViewport::kMaxZoom, std::max(target, zoom));
}

int MarkerLayout::neighbour(const QVector<QPointF>& positions, int from, Direction direction)
{
    if (from < 0 || from >= positions.size())
        return positions.isEmpty() ? -1 : 0;
    const QPointF origin = positions.at(from);
    int best = -1;
    double bestScore = std::numeric_limits<double>::max();
    for (int i = 0; i < positions.size(); ++i) {
        if (i == from)
            continue;
        const QPointF d = positions.at(i) - origin;
        double along = 0;
        double across = 0;
        switch (direction) {
        case Direction::Left:
            along = -d.x();
            across = d.y();
            break;
        case Direction::Right:
            along = d.x();
            across = d.y();
            break;
        case Direction::Up:
            along = -d.y();
            across = d.x();
            break;
        case Direction::Down:
            along = d.y();
            across = d.x();
            break;
        }
        const bool samePoint = qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y());
        if (samePoint) {
            const bool forward = direction == Direction::Right || direction == Direction::Down;
            if (forward != (i > from))
                continue;
            // Stacked markers come first, nearest index first.
            const double score = -1e9 + std::abs(i - from);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
            continue;
        }
        if (along <= 0 || std::abs(across) > along * 2)
            continue;
        // Prefer straight ahead: sideways distance counts double.
        const double score = along + 2 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

} // namespace fjord
