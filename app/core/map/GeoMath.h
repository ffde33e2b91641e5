#pragma once

#include <QPointF>

namespace fjord {

// Distances on the Earth for "nearest first"; points are QPointF(longitude, latitude).
class GeoMath
{
public:
    static constexpr double kEarthRadiusKm = 6371.0088; // mean radius

    // Great-circle distance (haversine), in kilometres.
    static double distanceKm(const QPointF& a, const QPointF& b);
};

} // namespace fjord
