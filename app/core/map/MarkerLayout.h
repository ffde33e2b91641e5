#pragma once

#include <QPointF>
#include <QVector>

namespace fjord {

class MapViewport;

// Where the region markers go on screen for a given viewport: markers closer than a
// cluster radius merge into one counted cluster; once zoomed in far enough, regions that
// share a point (Frankfurt has four) fan out on a small circle around it so that each one
// stays visible and clickable. Also answers "what is under this point" and keyboard moves.
class MarkerLayout
{
public:
    static constexpr double kClusterRadius = 26; // px: markers nearer than this merge
    static constexpr double kMarkerRadius = 6;   // px
    static constexpr double kFanZoom = 6;        // from this zoom on, clusters fan out
    static constexpr double kHitSlop = 4;        // px of forgiveness around a marker

    struct Item
    {
        QVector<int> members; // indices into the markers
        QPointF position;     // screen point where it is drawn
        QPointF anchor;       // screen point of the true location (differs when fanned out)
        bool fanned = false;
        bool isCluster() const { return members.size() > 1; }
        double radius() const;
    };

    enum class Direction { Left, Right, Up, Down };

    void setMarkers(const QVector<QPointF>& projected);
    const QVector<QPointF>& markers() const { return m_markers; }
    void layout(const MapViewport& viewport);

    const QVector<Item>& items() const { return m_items; }
    // The item under a screen point (the nearest one when several are near), or -1.
    int itemAt(const QPointF& screen) const;
    int itemForMarker(int marker) const;
    // Screen position of a marker as laid out (its item's position).
    QPointF markerPosition(int marker) const;
    // The zoom at which a cluster's members come apart (or fan out).
    double zoomToSplit(int item, const MapViewport& viewport) const;

    // The nearest marker in a direction from `from` (screen positions), or -1. Markers at
    // the same point are ordered by index so that every one of them can be reached.
    static int neighbour(const QVector<QPointF>& positions, int from, Direction direction);

private:
    QVector<QPointF> m_markers;
    QVector<Item> m_items;
    QVector<int> m_itemOfMarker;
};

} // namespace fjord
