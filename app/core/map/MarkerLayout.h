#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

namespace fjord {

class MapViewport;

// Where the region markers go on screen for a given viewport: markers closer than a
// cluster radius merge into one counted cluster, and clusters whose discs would touch merge
// too, so that no two discs ever overlap. Once zoomed in far enough, regions that share a
// point (Frankfurt has four) fan out on a small circle around it so that each one stays
// visible and clickable; fans that would touch become one fan, ordered by direction so that
// their leader lines do not cross. Also answers "what is under this point", keyboard moves
// and where city labels fit.
class MarkerLayout
{
public:
    static constexpr double kClusterRadius = 26; // px: markers nearer than this merge
    static constexpr double kMarkerRadius = 6;   // px, the coloured disc of one region
    static constexpr double kOutline = 1;        // px of outline around every disc
    static constexpr double kGap = 3;            // px kept free between two discs
    static constexpr double kFanZoom = 6;        // from this zoom on, clusters fan out
    static constexpr double kHitSlop = 4;        // px of forgiveness around a marker

    struct Item
    {
        QVector<int> members; // indices into the markers
        QPointF position;     // screen point where it is drawn
        QPointF anchor;       // screen point of the true location (differs when fanned out)
        bool fanned = false;
        int fan = -1; // items fanned out around one point share this number
        bool isCluster() const { return members.size() > 1; }
        // The outer radius of the drawn disc, outline included.
        double radius() const;
    };

    enum class Direction { Left, Right, Up, Down };

    struct LabelRequest
    {
        int item = -1;
        QSizeF size;      // of the label's text box
        int priority = 0; // higher goes first (the number of regions it names)
    };
    struct Label
    {
        int item = -1;
        QRectF rect;
    };

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

    // Places the labels that fit, highest priority first: each beside its item (right, left,
    // above or below), inside `bounds`, never over a disc, another label or an obstacle.
    QVector<Label> placeLabels(QVector<LabelRequest> requests, const QRectF& bounds,
                               const QVector<QRectF>& obstacles) const;

    // The nearest marker in a direction from `from` (screen positions), or -1. Markers at
    // the same point are ordered by index so that every one of them can be reached.
    static int neighbour(const QVector<QPointF>& positions, int from, Direction direction);
    // The nearest marker to a point in a direction (for the first arrow key), or -1.
    static int nearestInDirection(const QVector<QPointF>& positions, const QPointF& origin,
                                  Direction direction);

private:
    QVector<QPointF> m_markers;
    QVector<Item> m_items;
    QVector<int> m_itemOfMarker;
};

} // namespace fjord
