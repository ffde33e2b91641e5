#include "map/MapViewport.h"

#include "map/EqualEarthProjection.h"

#include <QtMath>

#include <algorithm>

namespace fjord {

namespace {
// Just enough air around the whole world for its outline to show.
constexpr double kFitMargin = 1.01;

double boundTo(double value, double low, double high)
{
    return std::min(high, std::max(low, value));
}
} // namespace

void MapViewport::setSize(const QSizeF& size)
{
    m_size = QSizeF(std::max(1.0, size.width()), std::max(1.0, size.height()));
    clamp();
}

double MapViewport::scale() const
{
    const QRectF world = EqualEarthProjection::bounds();
    const double fit = std::min(m_size.width() / (world.width() * kFitMargin),
                                m_size.height() / (world.height() * kFitMargin));
    return fit * m_zoom;
}

void MapViewport::fitAll()
{
    m_zoom = kMinZoom;
    m_center = QPointF();
    clamp();
}

void MapViewport::setZoom(double zoom)
{
    m_zoom = qBound(kMinZoom, zoom, kMaxZoom);
    clamp();
}

void MapViewport::zoomAt(const QPointF& screenPoint, double factor)
{
    const QPointF anchor = fromScreen(screenPoint);
    const QPointF previous = m_center;
    const double previousZoom = m_zoom;
    m_zoom = qBound(kMinZoom, m_zoom * factor, kMaxZoom);
    // Move the centre so that the anchor stays under the same screen point.
    const double s = scale();
    const QPointF offset = screenPoint - QPointF(m_size.width() / 2, m_size.height() / 2);
    m_center = QPointF(anchor.x() - offset.x() / s, anchor.y() + offset.y() / s);
    if (m_zoom >= previousZoom) {
        // Zooming in at a point over the world moves the centre towards that point, so it
        // stays over the world: only a point outside it needs bounding.
        clampLoosely(previous, -1);
    } else {
        // Zooming out shrinks any excursion from the strict range in step with the zoom,
        // so that the whole world arrives centred.
        const double shrink =
            previousZoom > kMinZoom ? (m_zoom - kMinZoom) / (previousZoom - kMinZoom) : 0;
        clampLoosely(previous, shrink);
    }
}

void MapViewport::panBy(const QPointF& screenDelta)
{
    const double s = scale();
    const QPointF previous = m_center;
    m_center -= QPointF(screenDelta.x() / s, -screenDelta.y() / s);
    clampLoosely(previous, 1);
}

void MapViewport::centerOn(const QPointF& projected)
{
    m_center = projected;
    clamp();
}

void MapViewport::centerOnGeo(double longitude, double latitude)
{
    centerOn(EqualEarthProjection::forward(longitude, latitude));
}

QPointF MapViewport::toScreen(const QPointF& p) const
{
    const double s = scale();
    return {m_size.width() / 2 + (p.x() - m_center.x()) * s,
            m_size.height() / 2 - (p.y() - m_center.y()) * s};
}

QPointF MapViewport::fromScreen(const QPointF& screen) const
{
    const double s = scale();
    return {m_center.x() + (screen.x() - m_size.width() / 2) / s,
            m_center.y() - (screen.y() - m_size.height() / 2) / s};
}

QPointF MapViewport::geoToScreen(double longitude, double latitude) const
{
    return toScreen(EqualEarthProjection::forward(longitude, latitude));
}

std::optional<QPointF> MapViewport::screenToGeo(const QPointF& screen) const
{
    return EqualEarthProjection::inverse(fromScreen(screen));
}

QTransform MapViewport::transform() const
{
    const double s = scale();
    return QTransform(s, 0, 0, -s, m_size.width() / 2 - m_center.x() * s,
                      m_size.height() / 2 + m_center.y() * s);
}

QRectF MapViewport::visibleProjectedRect() const
{
    const QPointF a = fromScreen(QPointF(0, 0));
    const QPointF b = fromScreen(QPointF(m_size.width(), m_size.height()));
    return QRectF(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                  QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
}

bool MapViewport::operator==(const MapViewport& other) const
{
    return m_size == other.m_size && qFuzzyCompare(m_zoom, other.m_zoom) &&
           m_center == other.m_center;
}

void MapViewport::strictRange(double* lowX, double* highX, double* lowY, double* highY) const
{
    // On an axis where the world is smaller than the widget it stays centred; otherwise
    // the world may not be dragged away from an edge.
    const QRectF world = EqualEarthProjection::bounds();
    const double s = scale();
    const double halfW = m_size.width() / 2 / s;
    const double halfH = m_size.height() / 2 / s;
    if (world.width() <= 2 * halfW) {
        *lowX = *highX = world.center().x();
    } else {
        *lowX = world.left() + halfW;
        *highX = world.right() - halfW;
    }
    if (world.height() <= 2 * halfH) {
        *lowY = *highY = world.center().y();
    } else {
        *lowY = world.top() + halfH;
        *highY = world.bottom() - halfH;
    }
}

void MapViewport::clamp()
{
    double lowX = 0;
    double highX = 0;
    double lowY = 0;
    double highY = 0;
    strictRange(&lowX, &highX, &lowY, &highY);
    m_center = QPointF(boundTo(m_center.x(), lowX, highX), boundTo(m_center.y(), lowY, highY));
}

void MapViewport::clampLoosely(const QPointF& previous, double shrink)
{
    if (m_zoom <= kMinZoom + 1e-9) {
        clamp();
        return;
    }
    double lowX = 0;
    double highX = 0;
    double lowY = 0;
    double highY = 0;
    strictRange(&lowX, &highX, &lowY, &highY);
    const QRectF world = EqualEarthProjection::bounds();
    // How far the previous centre was outside the strict range, scaled by `shrink`; a
    // negative shrink allows anything over the world.
    auto axis = [&](double value, double before, double low, double high, double worldLow,
                    double worldHigh) {
        double allowedLow = low;
        double allowedHigh = high;
        if (shrink < 0) {
            allowedLow = std::min(low, worldLow);
            allowedHigh = std::max(high, worldHigh);
        } else {
            if (before < low)
                allowedLow = low - (low - before) * shrink;
            if (before > high)
                allowedHigh = high + (before - high) * shrink;
        }
        allowedLow = std::max(allowedLow, std::min(low, worldLow));
        allowedHigh = std::min(allowedHigh, std::max(high, worldHigh));
        return boundTo(value, allowedLow, allowedHigh);
    };
    m_center = QPointF(axis(m_center.x(), previous.x(), lowX, highX, world.left(), world.right()),
                       axis(m_center.y(), previous.y(), lowY, highY, world.top(), world.bottom()));
}

} // namespace fjord
