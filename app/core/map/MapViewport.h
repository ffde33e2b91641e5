#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

#include <optional>

namespace fjord {

// Which part of the projected world a view shows: a zoom factor (1 = the whole world fits)
// and a centre in projected coordinates, mapped onto a widget of a given size. Keeps the
// world on screen while panning; all view-independent map math lives here.
//
// Bounds: centerOn() and setZoom() keep the view strictly inside the world (or the world
// centred where it is smaller than the view). Zooming in at a point keeps that point still
// exactly, which near an edge of a world smaller than the view needs the centre to leave the
// strict range for a while (it stays over the world); panning and zooming out never take
// the view further from the strict range, and the whole world (zoom 1) is always centred.
class MapViewport
{
public:
    static constexpr double kMinZoom = 1.0;
    static constexpr double kMaxZoom = 64.0;

    void setSize(const QSizeF& size);
    QSizeF size() const { return m_size; }

    double zoom() const { return m_zoom; }
    QPointF center() const { return m_center; } // projected
    // Screen pixels per projected unit.
    double scale() const;

    void fitAll();
    void setZoom(double zoom);                              // keeps the centre
    void zoomAt(const QPointF& screenPoint, double factor); // keeps the point under the cursor
    void panBy(const QPointF& screenDelta);
    void centerOn(const QPointF& projected);
    void centerOnGeo(double longitude, double latitude);

    QPointF toScreen(const QPointF& projected) const;
    QPointF fromScreen(const QPointF& screen) const;
    QPointF geoToScreen(double longitude, double latitude) const;
    std::optional<QPointF> screenToGeo(const QPointF& screen) const;
    // Projected -> screen, for a QPainter.
    QTransform transform() const;
    // The projected rectangle that is on screen.
    QRectF visibleProjectedRect() const;

    bool operator==(const MapViewport& other) const;
    bool operator!=(const MapViewport& other) const { return !(*this == other); }

private:
    // The strict range of the centre on one axis: [low, high] (equal when the world is
    // smaller than the view on that axis).
    void strictRange(double* lowX, double* highX, double* lowY, double* highY) const;
    void clamp();
    // Keeps the centre over the world and no further outside the strict range than the
    // previous centre was, times `shrink` (a negative shrink: anywhere over the world).
    void clampLoosely(const QPointF& previous, double shrink);

    QSizeF m_size{800, 400};
    double m_zoom = 1.0;
    QPointF m_center;
};

} // namespace fjord
