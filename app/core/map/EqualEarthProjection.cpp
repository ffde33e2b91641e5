#include "map/EqualEarthProjection.h"

#include <QtMath>

#include <cmath>

namespace fjord {

namespace {

constexpr double A1 = 1.340264;
constexpr double A2 = -0.081106;
constexpr double A3 = 0.000893;
constexpr double A4 = 0.003796;
const double M = std::sqrt(3.0) / 2.0;

double polyY(double t)
{
    const double t2 = t * t;
    const double t6 = t2 * t2 * t2;
    return t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
}

double polyDerivative(double t)
{
    const double t2 = t * t;
    const double t6 = t2 * t2 * t2;
    return A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
}

} // namespace

QPointF EqualEarthProjection::forward(double longitude, double latitude)
{
    const double lambda = qDegreesToRadians(longitude);
    const double phi = qDegreesToRadians(qBound(-90.0, latitude, 90.0));
    const double theta = std::asin(M * std::sin(phi));
    const double x = lambda * std::cos(theta) / (M * polyDerivative(theta));
    return {x, polyY(theta)};
}

std::optional<QPointF> EqualEarthProjection::inverse(const QPointF& projected)
{
    const double yMax = polyY(M_PI / 3);
    const double y = projected.y();
    if (std::abs(y) > yMax + 1e-9)
        return std::nullopt;
    // Newton's method on the latitude polynomial; converges in a handful of steps.
    double theta = qBound(-M_PI / 3, y / A1, M_PI / 3);
    for (int i = 0; i < 20; ++i) {
        const double delta = (polyY(theta) - y) / polyDerivative(theta);
        theta -= delta;
        if (std::abs(delta) < 1e-12)
            break;
    }
    theta = qBound(-M_PI / 3, theta, M_PI / 3);
    const double lambda = projected.x() * M * polyDerivative(theta) / std::cos(theta);
    if (std::abs(lambda) > M_PI + 1e-9)
        return std::nullopt;
    const double phi = std::asin(qBound(-1.0, std::sin(theta) / M, 1.0));
    return QPointF(qRadiansToDegrees(qBound(-M_PI, lambda, M_PI)), qRadiansToDegrees(phi));
}

QRectF EqualEarthProjection::bounds()
{
    const QPointF east = forward(180, 0);
    const QPointF north = forward(0, 90);
    return QRectF(QPointF(-east.x(), -north.y()), QPointF(east.x(), north.y()));
}

QPainterPath EqualEarthProjection::outline(int stepsPerSide)
{
    QPainterPath path;
    path.moveTo(forward(-180, -90));
    for (int i = 0; i <= stepsPerSide; ++i)
        path.lineTo(forward(-180, -90 + 180.0 * i / stepsPerSide));
    for (int i = stepsPerSide; i >= 0; --i)
        path.lineTo(forward(180, -90 + 180.0 * i / stepsPerSide));
    path.closeSubpath();
    return path;
}

} // namespace fjord
