#include "map/GeoMath.h"

#include <QtMath>

#include <cmath>

namespace fjord {

double GeoMath::distanceKm(const QPointF& a, const QPointF& b)
{
    const double phi1 = qDegreesToRadians(a.y());
    const double phi2 = qDegreesToRadians(b.y());
    const double dPhi = phi2 - phi1;
    const double dLambda = qDegreesToRadians(b.x() - a.x());
    const double h = std::sin(dPhi / 2) * std::sin(dPhi / 2) + std::cos(phi1) * std::cos(phi2) *
                                                                   std::sin(dLambda / 2) *
                                                                   std::sin(dLambda / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace fjord
