#include "map/MarkerLayout.h"

#include "map/MapViewport.h"

#include <QLineF>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fjord {

namespace {

double singleRadius()
{
    return MarkerLayout::kMarkerRadius + MarkerLayout::kOutline;
}

double clusterRadius(qsizetype members)
{
    // Bigger clusters read as bigger, but only a little.
    return MarkerLayout::kMarkerRadius + 7 + std::min(5.0, 1.5 * std::log2(double(members)));
}

// The radius of the circle that n fanned-out markers sit on.
double fanCircle(qsizetype n)
{
    const double spacing = 2 * singleRadius() + 2 * MarkerLayout::kGap + 4;
    return std::max(MarkerLayout::kClusterRadius + 4, double(n) * spacing / (2 * M_PI));
}

struct Group
{
    QVector<int> members;
    QPointF center;
};

double footprint(const Group& group, bool fan)
{
    if (group.members.size() == 1)
        return singleRadius();
    if (fan)
        return fanCircle(group.members.size()) + singleRadius();
    return clusterRadius(group.members.size());
}

QPointF centroid(const QVector<int>& members, const QVector<QPointF>& screen)
{
    QPointF sum;
    for (int m : members)
        sum += screen.at(m);
    return sum / double(members.size());
}

// Whether segments ab and cd cross at a point inside both (touching ends do not count).
bool segmentsCross(const QPointF& a, const QPointF& b, const QPointF& c, const QPointF& d)
{
    auto cross = [](const QPointF& o, const QPointF& p, const QPointF& q) {
        return (p.x() - o.x()) * (q.y() - o.y()) - (p.y() - o.y()) * (q.x() - o.x());
    };
    const double d1 = cross(c, d, a);
    const double d2 = cross(c, d, b);
    const double d3 = cross(a, b, c);
    const double d4 = cross(a, b, d);
    constexpr double eps = 1e-9;
    return ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) &&
           ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps));
}

bool rectTouchesDisc(const QRectF& rect, const QPointF& center, double radius)
{
    const double x = std::clamp(center.x(), rect.left(), rect.right());
    const double y = std::clamp(center.y(), rect.top(), rect.bottom());
    const double dx = center.x() - x;
    const double dy = center.y() - y;
    return dx * dx + dy * dy < radius * radius;
}

int bestInDirection(const QVector<QPointF>& positions, const QPointF& origin, int from,
                    MarkerLayout::Direction direction)
{
    using D = MarkerLayout::Direction;
    int best = -1;
    double bestScore = std::numeric_limits<double>::max();
    for (int i = 0; i < positions.size(); ++i) {
        if (i == from)
            continue;
        const QPointF d = positions.at(i) - origin;
        double along = 0;
        double across = 0;
        switch (direction) {
        case D::Left:
            along = -d.x();
            across = d.y();
            break;
        case D::Right:
            along = d.x();
            across = d.y();
            break;
        case D::Up:
            along = -d.y();
            across = d.x();
            break;
        case D::Down:
            along = d.y();
            across = d.x();
            break;
        }
        const bool samePoint = qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y());
        if (samePoint && from >= 0) {
            const bool forward = direction == D::Right || direction == D::Down;
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
        if (along < 0 || (along == 0 && from >= 0) || std::abs(across) > along * 2)
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

} // namespace

double MarkerLayout::Item::radius() const
{
    return isCluster() ? clusterRadius(members.size()) : singleRadius();
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
    QVector<Group> groups;
    QVector<bool> taken(m_markers.size(), false);
    for (int i = 0; i < m_markers.size(); ++i) {
        if (taken.at(i))
            continue;
        Group group;
        group.members.append(i);
        taken[i] = true;
        for (int j = i + 1; j < m_markers.size(); ++j) {
            if (taken.at(j))
                continue;
            const QPointF d = screen.at(j) - screen.at(i);
            if (QPointF::dotProduct(d, d) <= r2) {
                group.members.append(j);
                taken[j] = true;
            }
        }
        group.center = centroid(group.members, screen);
        groups.append(group);
    }

    // Groups whose discs would touch become one, until none do. At the deepest zoom, where
    // zooming cannot part them any more, fans that would touch become one fan instead.
    // Every merge removes a group, so this ends.
    const bool deepest = viewport.zoom() >= MapViewport::kMaxZoom - 1e-9;
    const bool fanFootprints = fan && deepest;
    for (bool merged = true; merged;) {
        merged = false;
        for (int a = 0; a < groups.size() && !merged; ++a) {
            for (int b = a + 1; b < groups.size() && !merged; ++b) {
                const double needed = footprint(groups.at(a), fanFootprints) +
                                      footprint(groups.at(b), fanFootprints) + kGap;
                if (QLineF(groups.at(a).center, groups.at(b).center).length() >= needed)
                    continue;
                groups[a].members += groups.at(b).members;
                std::sort(groups[a].members.begin(), groups[a].members.end());
                groups[a].center = centroid(groups.at(a).members, screen);
                groups.remove(b);
                merged = true;
            }
        }
    }

    // A cluster fans out only where its fan has room; otherwise it stays a counted cluster
    // until the next zoom step parts it from its neighbours.
    QVector<bool> fanned(groups.size(), false);
    if (fan) {
        auto reach = [&](int g) {
            return fanned.at(g) ? footprint(groups.at(g), true) : footprint(groups.at(g), false);
        };
        for (int g = 0; g < groups.size(); ++g) {
            if (groups.at(g).members.size() == 1)
                continue;
            const double own = footprint(groups.at(g), true);
            bool room = true;
            for (int other = 0; other < groups.size() && room; ++other) {
                if (other != g)
                    room = QLineF(groups.at(g).center, groups.at(other).center).length() >=
                           own + reach(other) + kGap;
            }
            fanned[g] = room || deepest;
        }
    }

    int fanNumber = 0;
    for (int g = 0; g < groups.size(); ++g) {
        const Group& group = groups.at(g);
        if (!fanned.at(g)) {
            Item item;
            item.members = group.members;
            item.position = item.anchor = group.center;
            for (int m : group.members)
                m_itemOfMarker[m] = int(m_items.size());
            m_items.append(item);
            continue;
        }
        // Around the circle in the order of the members' directions from its centre, so
        // that leader lines run outwards side by side; members at the centre go by index.
        QVector<int> order = group.members;
        auto angleOf = [&](int m) {
            const QPointF d = screen.at(m) - group.center;
            if (std::hypot(d.x(), d.y()) < 2)
                return -M_PI / 2 - 1e-6 * (m_markers.size() - m);
            double angle = std::atan2(d.y(), d.x());
            if (angle < -M_PI / 2)
                angle += 2 * M_PI;
            return angle;
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return angleOf(a) < angleOf(b); });
        const int n = int(order.size());
        const double circle = fanCircle(n);
        const int first = int(m_items.size());
        for (int k = 0; k < n; ++k) {
            const double angle = -M_PI / 2 + 2 * M_PI * k / n;
            Item item;
            item.members = {order.at(k)};
            item.anchor = screen.at(order.at(k));
            item.position = group.center + circle * QPointF(std::cos(angle), std::sin(angle));
            item.fanned = true;
            item.fan = fanNumber;
            m_items.append(item);
        }
        // Leader lines that cross swap their ends: each swap shortens the total, so the
        // passes end, and a bound keeps it cheap anyway.
        for (int pass = 0; pass < 8; ++pass) {
            bool swapped = false;
            for (int a = first; a < first + n; ++a) {
                for (int b = a + 1; b < first + n; ++b) {
                    Item& ia = m_items[a];
                    Item& ib = m_items[b];
                    if (segmentsCross(ia.anchor, ia.position, ib.anchor, ib.position)) {
                        std::swap(ia.position, ib.position);
                        swapped = true;
                    }
                }
            }
            if (!swapped)
                break;
        }
        for (int i = first; i < first + n; ++i)
            m_itemOfMarker[m_items.at(i).members.first()] = i;
        ++fanNumber;
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
    // Scale grows linearly with zoom: find the zoom where the two nearest come apart, at
    // least a step in; below the fan-out zoom, no further than where clusters fan out.
    double target = zoom * 1.5;
    if (nearest < std::numeric_limits<double>::max())
        target = std::max(target, zoom * (kClusterRadius * 1.3) / (nearest * viewport.scale()));
    if (zoom < kFanZoom)
        target = std::min(target, kFanZoom);
    return std::min(MapViewport::kMaxZoom, std::max(target, zoom));
}

QVector<MarkerLayout::Label> MarkerLayout::placeLabels(QVector<LabelRequest> requests,
                                                       const QRectF& bounds,
                                                       const QVector<QRectF>& obstacles) const
{
    std::stable_sort(
        requests.begin(), requests.end(),
        [](const LabelRequest& a, const LabelRequest& b) { return a.priority > b.priority; });
    QVector<Label> placed;
    for (const LabelRequest& request : qAsConst(requests)) {
        if (request.item < 0 || request.item >= m_items.size() || request.size.isEmpty())
            continue;
        const Item& item = m_items.at(request.item);
        const QPointF at = item.position;
        const double r = item.radius() + 3;
        const double w = request.size.width();
        const double h = request.size.height();
        const QRectF candidates[] = {
            QRectF(at.x() + r, at.y() - h / 2, w, h),     // right
            QRectF(at.x() - r - w, at.y() - h / 2, w, h), // left
            QRectF(at.x() - w / 2, at.y() - r - h, w, h), // above
            QRectF(at.x() - w / 2, at.y() + r, w, h),     // below
        };
        for (const QRectF& rect : candidates) {
            if (!bounds.contains(rect))
                continue;
            const bool blocked =
                std::any_of(obstacles.cbegin(), obstacles.cend(),
                            [&](const QRectF& o) { return o.intersects(rect); }) ||
                std::any_of(placed.cbegin(), placed.cend(),
                            [&](const Label& l) { return l.rect.intersects(rect); }) ||
                std::any_of(m_items.cbegin(), m_items.cend(), [&](const Item& other) {
                    return rectTouchesDisc(rect, other.position, other.radius() + 1);
                });
            if (blocked)
                continue;
            placed.append({request.item, rect});
            break;
        }
    }
    return placed;
}

int MarkerLayout::neighbour(const QVector<QPointF>& positions, int from, Direction direction)
{
    if (from < 0 || from >= positions.size())
        return positions.isEmpty() ? -1 : 0;
    return bestInDirection(positions, positions.at(from), from, direction);
}

int MarkerLayout::nearestInDirection(const QVector<QPointF>& positions, const QPointF& origin,
                                     Direction direction)
{
    const int best = bestInDirection(positions, origin, -1, direction);
    if (best >= 0 || positions.isEmpty())
        return best;
    // Nothing that way: the nearest marker at all, so that the key still does something.
    int nearest = 0;
    for (int i = 1; i < positions.size(); ++i) {
        if (QLineF(positions.at(i), origin).length() <
            QLineF(positions.at(nearest), origin).length())
            nearest = i;
    }
    return nearest;
}

} // namespace fjord
