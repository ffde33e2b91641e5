#include "MapViewport.h"

#include "EqualEarthProjection.h"

#include <QtMath>

#include <algorithm>

namespace fjord {

namespace {
// A little air around the world when it is fully shown.
constexpr double kFitMargin = 1.04;
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
    m_zoom = qBound(kMinZoom, m_zoom * factor, kMaxZoom);
    // Move the centre so that the anchor stays under the same screen point.
    const double s = scale();
    const QPointF offset = screenPoint - QPointF(m_size.width() / 2, m_size.height() / 2);
    m_center = QPointF(anchor.x() - offset.x() / s, anchor.y() + offset.y() / s);
    clamp();
}

void MapViewport::panBy(const QPointF& screenDelta)
{
    const double s = scale();
    m_center -= QPointF(screenDelta.x() / s, -screenDelta.y() / s);
    clamp();
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

void MapViewport::clamp()
{
    // On an axis where the world is smaller than the widget it stays centred; otherwise
    // the world may not be dragged away from an edge.
    const QRectF world = EqualEarthProjection::bounds();
    const double s = scale();
    const double halfW = m_size.width() / 2 / s;
    const double halfH = m_size.height() / 2 / s;
    if (world.width() <= 2 * halfW)
        m_center.setX(world.center().x());
    else
        m_center.setX(qBound(world.left() + halfW, m_center.x(), world.right() - halfW));
    if (world.height() <= 2 * halfH)
        m_center.setY(world.center().y());
    else
        m_center.setY(qBound(world.top() + halfH, m_center.y(), world.bottom() - halfH));
}

} // namespace fjord
