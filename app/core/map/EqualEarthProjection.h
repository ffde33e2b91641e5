#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include <optional>

namespace fjord {

// The Equal Earth projection (Šavrič, Patterson, Jenny 2018): equal-area with a calm
// outline, a good fit for a world overview where no continent should look oversized.
// Geographic points are QPointF(longitude, latitude) in degrees; projected points are in
// units of the unit sphere with y pointing north.
class EqualEarthProjection
{
public:
    static QPointF forward(double longitude, double latitude);
    static QPointF forward(const QPointF& geo) { return forward(geo.x(), geo.y()); }
    // Nothing for points outside the world outline.
    static std::optional<QPointF> inverse(const QPointF& projected);

    // Projected extent of the whole world.
    static QRectF bounds();
    // The outline of the world (meridians ±180 and the flat poles), projected.
    static QPainterPath outline(int stepsPerSide = 90);
};

} // namespace fjord
