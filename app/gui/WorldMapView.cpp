#include "WorldMapView.h"

#include "WorldMapAccessible.h"
#include "map/CountryNames.h"
#include "map/EqualEarthProjection.h"
#include "map/ProviderStyle.h"
#include "map/WorldGeometry.h"
#include "models/CloudListModel.h"

#include <QAccessible>
#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QThreadPool>
#include <QToolButton>
#include <QToolTip>
#include <QVariantAnimation>
#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// Above this zoom the 1:50m data is worth its cost; below it 1:110m looks cleaner.
constexpr double kHighDetailZoom = 2.0;
constexpr double kWheelStep = 1.0015; // per eighth of a degree
constexpr double kKeyZoomStep = 1.6;
constexpr int kDragThreshold = 4;
// Background renders cover this much more than the view on every side, so that a drag
// shows real land at the edges until the next render arrives.
constexpr double kOverscan = 0.2;
// A moved preview further from the current scale than this is re-rendered at once.
constexpr double kPreviewScaleLimit = 1.35;

// Thin cosmetic pens take the raster engine's fast line path instead of the general stroker:
// several times faster for the coastlines and borders, and identical on screen because the
// points are already in device pixels.
QPen hairline(const QColor& color, double width)
{
    QPen pen(color, width);
    pen.setCosmetic(true);
    return pen;
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Appends a projected ring to a path in device pixels, dropping points that land within
// half a pixel of the previous one: at low zoom most of the 1:50m points collapse.
void appendRing(QPainterPath& path, const QPolygonF& ring, const QTransform& t, bool close)
{
    const int n = int(ring.size());
    if (n < 2)
        return;
    QPointF last = t.map(ring.at(0));
    path.moveTo(last);
    for (int i = 1; i < n; ++i) {
        const QPointF p = t.map(ring.at(i));
        if (std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) < 0.5 && i != n - 1)
            continue;
        path.lineTo(p);
        last = p;
    }
    if (close)
        path.closeSubpath();
}

} // namespace

struct WorldMapView::Colors
{
    QColor background; // outside the world
    QColor sea;
    QColor graticule;
    QColor land;
    QColor coast;
    QColor border;
    QColor markerOutline;
    QColor clusterFill;
    QColor clusterText;
    QColor highlight;
    QColor text;
    QColor panel;
    quint64 key() const
    {
        return (quint64(sea.rgb()) << 32) ^ land.rgb() ^ (quint64(background.rgb()) << 8);
    }
};

WorldMapView::Colors WorldMapView::colors() const
{
    const QPalette& pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    Colors c;
    c.background = window;
    c.highlight = pal.color(QPalette::Highlight);
    c.text = pal.color(QPalette::WindowText);
    if (dark) {
        c.sea = QColor(0x1C, 0x27, 0x33);
        c.land = QColor(0x3A, 0x43, 0x4D);
        c.coast = QColor(0x56, 0x61, 0x6C);
        c.border = QColor(0x4E, 0x58, 0x63);
        c.markerOutline = QColor(0x14, 0x18, 0x1D);
        c.clusterFill = QColor(0xE6, 0xE9, 0xEC);
        c.clusterText = QColor(0x1E, 0x24, 0x2A);
        c.panel = QColor(0x22, 0x28, 0x2F, 225);
    } else {
        c.sea = QColor(0xDC, 0xE7, 0xF1);
        c.land = QColor(0xF5, 0xF2, 0xEC);
        c.coast = QColor(0xA9, 0xB2, 0xBB);
        c.border = QColor(0xC8, 0xC6, 0xC2);
        c.markerOutline = QColor(0xFF, 0xFF, 0xFF);
        c.clusterFill = QColor(0x33, 0x3D, 0x48);
        c.clusterText = QColor(0xFF, 0xFF, 0xFF);
        c.panel = QColor(0xFF, 0xFF, 0xFF, 230);
    }
    c.graticule = mix(c.sea, c.coast, 0.18);
    return c;
}

// Everything a base map render needs, copied, so that it can run on another thread.
struct WorldMapView::BaseJob
{
    MapViewport viewport;
    QPointF origin; // widget point of the image's top-left
    QSize pixels;
    qreal dpr = 1;
    bool high = false;
    Colors colors;
};

WorldMapView::WorldMapView(QWidget* parent)
    : QWidget(parent)
{
    WorldMapAccessible::installFactory();
    setObjectName(u"worldMapView"_s);
    setAccessibleName(tr("World map of cloud regions"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents, false);
    setCursor(Qt::OpenHandCursor);

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(60);
    connect(&m_renderTimer, &QTimer::timeout, this, &WorldMapView::startBaseRender);

    m_animation = new QVariantAnimation(this);
    m_animation->setDuration(220);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);

    auto makeButton = [this](const QString& name, const QString& text, const QString& tip) {
        auto* button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setFocusPolicy(Qt::NoFocus); // the keys +, - and 0 do the same
        button->setAutoRaise(false);
        button->setFixedSize(28, 28);
        button->setCursor(Qt::ArrowCursor);
        return button;
    };
    m_zoomInButton = makeButton(u"zoomInToolButton"_s, u"+"_s, tr("Zoom in (+)"));
    m_zoomOutButton =
        makeButton(u"zoomOutToolButton"_s, QString(QChar(0x2212)), tr("Zoom out (-)"));
    m_fitButton =
        makeButton(u"fitAllToolButton"_s, QString(QChar(0x2922)), tr("Show the whole world (0)"));
    connect(m_zoomInButton, &QToolButton::clicked, this, &WorldMapView::zoomIn);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &WorldMapView::zoomOut);
    connect(m_fitButton, &QToolButton::clicked, this, &WorldMapView::fitAll);

    updateAccessibleDescription();
}

WorldMapView::~WorldMapView()
{
    // The worker posts its result to this object: let it finish first.
    if (m_render.valid())
        m_render.wait();
    for (QAccessible::Id id : qAsConst(m_accessibleRegions))
        QAccessible::deleteAccessibleInterface(id);
}

QSize WorldMapView::sizeHint() const
{
    return {760, 400};
}

QSize WorldMapView::minimumSizeHint() const
{
    return {240, 140};
}

void WorldMapView::setClouds(const QVector<Cloud>& clouds)
{
    m_clouds.clear();
    for (const Cloud& cloud : clouds) {
        if (cloud.hasLocation())
            m_clouds.append(cloud);
    }
    rebuildMarkers();
}

void WorldMapView::setVisibleClouds(const std::optional<QSet<QString>>& cloudNames)
{
    m_visible = cloudNames;
    rebuildMarkers();
}

void WorldMapView::rebuildMarkers()
{
    m_markerClouds.clear();
    QVector<QPointF> points;
    for (int i = 0; i < m_clouds.size(); ++i) {
        const Cloud& cloud = m_clouds.at(i);
        if (m_visible && !m_visible->contains(cloud.name) && cloud.name != m_selected)
            continue;
        m_markerClouds.append(i);
        points.append(EqualEarthProjection::forward(*cloud.longitude, *cloud.latitude));
    }
    m_layout.setMarkers(points);
    m_tabOrder.clear();
    for (int m = 0; m < m_markerClouds.size(); ++m)
        m_tabOrder.append(m);
    // West to east, then north to south: the order a reader scans a map.
    std::sort(m_tabOrder.begin(), m_tabOrder.end(), [this](int a, int b) {
        const Cloud& ca = m_clouds.at(m_markerClouds.at(a));
        const Cloud& cb = m_clouds.at(m_markerClouds.at(b));
        if (*ca.longitude != *cb.longitude)
            return *ca.longitude < *cb.longitude;
        if (*ca.latitude != *cb.latitude)
            return *ca.latitude > *cb.latitude;
        return ca.name < cb.name;
    });
    m_hoverItem = -1;
    m_layoutDirty = true;
    // Regions no longer on the map leave the accessibility tree.
    for (auto it = m_accessibleRegions.begin(); it != m_accessibleRegions.end();) {
        if (markerOfCloud(it.key()) < 0) {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_accessibleRegions.erase(it);
        } else {
            ++it;
        }
    }
    updateAccessibleDescription();
    if (QAccessible::isActive()) {
        QAccessibleTableModelChangeEvent event(this, QAccessibleTableModelChangeEvent::ModelReset);
        QAccessible::updateAccessibility(&event);
    }
    update();
}

void WorldMapView::ensureLayout()
{
    if (!m_layoutDirty)
        return;
    m_layout.layout(m_viewport);
    m_layoutDirty = false;
}

int WorldMapView::markerOfCloud(const QString& cloudName) const
{
    for (int m = 0; m < m_markerClouds.size(); ++m) {
        if (m_clouds.at(m_markerClouds.at(m)).name == cloudName)
            return m;
    }
    return -1;
}

void WorldMapView::setSelectedCloud(const QString& cloudName)
{
    selectCloud(cloudName, false);
}

void WorldMapView::selectCloud(const QString& cloudName, bool byUser)
{
    const bool known = std::any_of(m_clouds.cbegin(), m_clouds.cend(),
                                   [&](const Cloud& c) { return c.name == cloudName; });
    const QString name = known ? cloudName : QString();
    if (name == m_selected)
        return;
    const bool wasHidden = m_visible && !m_visible->contains(m_selected);
    m_selected = name;
    if (wasHidden || (m_visible && !m_visible->contains(name)))
        rebuildMarkers();
    updateAccessibleDescription();
    announceSelection();
    update();
    if (byUser)
        Q_EMIT cloudSelected(m_selected);
}

void WorldMapView::centerOnCloud(const QString& cloudName, double zoom)
{
    for (const Cloud& cloud : qAsConst(m_clouds)) {
        if (cloud.name != cloudName)
            continue;
        if (zoom > 0)
            m_viewport.setZoom(std::max(m_viewport.zoom(), zoom));
        m_viewport.centerOnGeo(*cloud.longitude, *cloud.latitude);
        viewportTouched();
        return;
    }
}

void WorldMapView::revealCloud(const QString& cloudName, double zoom)
{
    centerOnCloud(cloudName, zoom);
    // Further in until the region stands on its own (or fans out with its neighbours), so
    // that the chosen one is never hidden in a counted cluster.
    for (int step = 0; step < 12; ++step) {
        ensureLayout();
        const int item = m_layout.itemForMarker(markerOfCloud(cloudName));
        if (item < 0 || !m_layout.items().at(item).isCluster() ||
            m_viewport.zoom() >= MapViewport::kMaxZoom)
            break;
        centerOnCloud(cloudName, m_viewport.zoom() * 1.25);
    }
}

void WorldMapView::setUserLocation(const std::optional<QPointF>& location)
{
    m_userLocation = location;
    update();
}

void WorldMapView::setLocationPickingEnabled(bool enabled)
{
    m_pickingLocation = enabled;
    setCursor(enabled ? Qt::CrossCursor : Qt::OpenHandCursor);
}

void WorldMapView::fitAll()
{
    animateTo(MapViewport::kMinZoom, QPointF());
}

void WorldMapView::zoomIn()
{
    m_animation->stop();
    m_viewport.zoomAt(QPointF(width() / 2.0, height() / 2.0), kKeyZoomStep);
    viewportTouched();
}

void WorldMapView::zoomOut()
{
    m_animation->stop();
    m_viewport.zoomAt(QPointF(width() / 2.0, height() / 2.0), 1 / kKeyZoomStep);
    viewportTouched();
}

void WorldMapView::animateTo(double zoom, const QPointF& projectedCenter)
{
    m_animation->stop();
    m_animation->disconnect(this);
    const double startZoom = m_viewport.zoom();
    const QPointF startCenter = m_viewport.center();
    MapViewport target = m_viewport;
    target.setZoom(zoom);
    target.centerOn(projectedCenter);
    const double endZoom = target.zoom();
    const QPointF endCenter = target.center();
    if (!isVisible() || QApplication::testAttribute(Qt::AA_Use96Dpi)) {
        m_viewport = target;
        viewportTouched();
        return;
    }
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [=](const QVariant& value) {
        const double t = value.toDouble();
        // Zoom geometrically so that the motion feels even.
        m_viewport.setZoom(startZoom * std::pow(endZoom / startZoom, t));
        m_viewport.centerOn(startCenter + (endCenter - startCenter) * t);
        viewportTouched();
    });
    m_animation->start();
}

void WorldMapView::viewportTouched()
{
    m_layoutDirty = true;
    m_hoverItem = -1;
    if (!baseMapIsCurrent())
        scheduleBaseRender();
    update();
    Q_EMIT viewportChanged();
}

bool WorldMapView::baseMapIsCurrent() const
{
    return !m_base.isNull() && m_baseViewport == m_viewport && m_baseDpr == devicePixelRatioF() &&
           m_baseHighDetail == (m_viewport.zoom() >= kHighDetailZoom) &&
           m_baseColorsKey == colors().key();
}

void WorldMapView::invalidateBaseMap()
{
    m_base = QImage();
}

WorldMapView::BaseJob WorldMapView::baseJob(double overscan) const
{
    BaseJob job;
    job.viewport = m_viewport;
    job.dpr = devicePixelRatioF();
    job.high = m_viewport.zoom() >= kHighDetailZoom;
    job.colors = colors();
    const double mx = std::round(width() * overscan);
    const double my = std::round(height() * overscan);
    job.origin = QPointF(-mx, -my);
    job.pixels = QSize(qCeil((width() + 2 * mx) * job.dpr), qCeil((height() + 2 * my) * job.dpr));
    return job;
}

bool WorldMapView::previewCoversView() const
{
    if (m_base.isNull())
        return false;
    const double s = m_viewport.scale() / m_baseViewport.scale();
    if (s > kPreviewScaleLimit || s < 1 / kPreviewScaleLimit)
        return false;
    const QPointF origin = m_viewport.toScreen(m_baseViewport.fromScreen(m_baseOrigin));
    const QRectF covered(origin, QSizeF(m_base.size()) / m_baseDpr * s);
    return covered.contains(QRectF(rect()));
}

void WorldMapView::scheduleBaseRender()
{
    if (m_base.isNull())
        return; // the next paint renders in place
    // Re-render once the motion pauses, or at once when the preview no longer fills the view.
    m_renderTimer.start();
    if (!previewCoversView())
        startBaseRender();
}

void WorldMapView::startBaseRender()
{
    if (m_render.valid() || baseMapIsCurrent() || width() <= 0 || height() <= 0)
        return; // one at a time: the finished one starts the next if needed
    const BaseJob job = baseJob(kOverscan);
    m_render = std::async(std::launch::async, [this, job] {
        const QImage image = renderBase(job);
        QMetaObject::invokeMethod(
            this,
            [this, image, job] {
                m_render.get();
                // A render for an older size is of no use; one for an older place is a
                // better preview than what is shown.
                if (!baseMapIsCurrent() && job.viewport.size() == m_viewport.size() &&
                    job.dpr == devicePixelRatioF())
                    adoptBase(image, job);
                update();
                if (!baseMapIsCurrent() && (!m_renderTimer.isActive() || !previewCoversView()))
                    startBaseRender();
            },
            Qt::QueuedConnection);
    });
}

bool WorldMapView::waitForBaseMap(int timeoutMs)
{
    if (!baseMapIsCurrent() && !m_render.valid()) {
        m_renderTimer.stop();
        startBaseRender();
    }
    QElapsedTimer timer;
    timer.start();
    while (!baseMapIsCurrent() && timer.elapsed() < timeoutMs) {
        if (m_render.valid())
            m_render.wait_for(std::chrono::milliseconds(10));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (!baseMapIsCurrent() && !m_render.valid())
            startBaseRender();
    }
    return baseMapIsCurrent();
}

void WorldMapView::adoptBase(const QImage& image, const BaseJob& job)
{
    m_base = image;
    m_base.setDevicePixelRatio(job.dpr);
    m_baseViewport = job.viewport;
    m_baseOrigin = job.origin;
    m_baseDpr = job.dpr;
    m_baseHighDetail = job.high;
    m_baseColorsKey = job.colors.key();
}

double WorldMapView::renderBaseMap()
{
    QElapsedTimer timer;
    timer.start();
    const BaseJob job = baseJob(0);
    adoptBase(renderBase(job), job);
    return timer.nsecsElapsed() / 1e6;
}

QImage WorldMapView::renderBase(const BaseJob& job)
{
    const Colors& c = job.colors;
    const qreal dpr = job.dpr;
    const bool high = job.high;
    const WorldGeometry& world = high ? WorldGeometry::highDetail() : WorldGeometry::lowDetail();

    QImage image(job.pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(c.background);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // Work in device pixels of the image: the transform is applied to the points once, by us.
    const QTransform t = job.viewport.transform() *
                         QTransform::fromTranslate(-job.origin.x(), -job.origin.y()) *
                         QTransform::fromScale(dpr, dpr);
    const QRectF visible =
        t.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(job.pixels))).normalized();

    const QPainterPath outline = t.map(EqualEarthProjection::outline());
    p.fillPath(outline, c.sea);

    // A quiet graticule every 30 degrees gives the sea some structure.
    QPainterPath graticule;
    for (int lon = -150; lon <= 150; lon += 30) {
        QPolygonF line;
        for (int lat = -90; lat <= 90; lat += 3)
            line.append(EqualEarthProjection::forward(lon, lat));
        appendRing(graticule, line, t, false);
    }
    for (int lat = -60; lat <= 60; lat += 30) {
        QPolygonF line;
        for (int lon = -180; lon <= 180; lon += 10)
            line.append(EqualEarthProjection::forward(lon, lat));
        appendRing(graticule, line, t, false);
    }
    p.setPen(hairline(c.graticule, std::min(1.0, 0.8 * dpr)));
    p.drawPath(graticule);

    QPainterPath land;
    land.setFillRule(Qt::OddEvenFill);
    for (const auto& ring : world.land()) {
        if (ring.projectedBounds.intersects(visible))
            appendRing(land, ring.projected, t, true);
    }
    p.fillPath(land, c.land);

    QPainterPath borders;
    for (const auto& line : world.borders()) {
        if (line.projectedBounds.intersects(visible))
            appendRing(borders, line.projected, t, false);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(hairline(c.border, std::min(1.0, (high ? 0.8 : 0.6) * dpr)));
    p.drawPath(borders);
    p.setPen(hairline(c.coast, std::min(1.0, 0.7 * dpr)));
    p.drawPath(land);
    p.setPen(hairline(mix(c.sea, c.coast, 0.6), 1.0));
    p.drawPath(outline);
    p.end();
    return image;
}

void WorldMapView::paintEvent(QPaintEvent*)
{
    const Colors c = colors();
    if (m_base.isNull())
        renderBaseMap(); // the first frame waits for the land; later ones never do
    else if (!baseMapIsCurrent() && !m_render.valid() && !m_renderTimer.isActive())
        scheduleBaseRender(); // e.g. the palette changed
    ensureLayout();

    QPainter p(this);
    const qreal dpr = devicePixelRatioF();
    auto snap = [dpr](const QPointF& point) {
        return QPointF(std::round(point.x() * dpr) / dpr, std::round(point.y() * dpr) / dpr);
    };
    if (baseMapIsCurrent()) {
        p.drawImage(snap(m_baseOrigin), m_base);
    } else {
        // Preview: the old image moved and scaled to where it belongs now. Unsmoothed, so
        // that a frame costs a blit; the sharp render follows within moments.
        const double s = m_viewport.scale() / m_baseViewport.scale();
        const QPointF origin = m_viewport.toScreen(m_baseViewport.fromScreen(m_baseOrigin));
        const QRectF target(origin, QSizeF(m_base.size()) / m_baseDpr * s);
        if (!target.contains(QRectF(rect())))
            p.fillRect(rect(), c.background);
        if (std::abs(s - 1) < 1e-9)
            p.drawImage(snap(origin), m_base);
        else
            p.drawImage(target, m_base);
    }
    p.setRenderHint(QPainter::Antialiasing);
    drawMarkers(p, c);
    layoutSelectionBox();
    QString overlay =
        m_pickingLocation ? tr("Click the map to set your location") : m_hoveredCountry;
    QVector<QRectF> obstacles{legendRect(),
                              m_zoomInButton->geometry().united(m_fitButton->geometry())};
    if (!m_selectionBox.isNull())
        obstacles.append(m_selectionBox);
    if (!overlay.isEmpty())
        obstacles.append(overlayTextRect(overlay));
    drawLabels(p, c, obstacles);
    drawSelection(p, c);
    drawLegend(p, c);
    drawOverlayText(p, c);
    if (hasFocus()) {
        p.setPen(QPen(c.highlight, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void WorldMapView::drawMarkers(QPainter& p, const Colors& c)
{
    const auto& items = m_layout.items();
    // Leader lines first, so that fanned markers sit on top of them.
    p.setPen(QPen(mix(c.text, c.sea, 0.45), 1));
    for (const auto& item : items) {
        if (item.fanned)
            p.drawLine(item.anchor, item.position);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(mix(c.text, c.sea, 0.3));
    for (const auto& item : items) {
        if (item.fanned)
            p.drawEllipse(item.anchor, 2.5, 2.5);
    }
    const QRectF area = QRectF(rect()).adjusted(-30, -30, 30, 30);
    const qreal dpr = devicePixelRatioF();
    const quint64 key = c.key() ^ quint64(c.markerOutline.rgb()) ^ quint64(dpr * 1000);
    if (key != m_spriteKey) {
        m_sprites.clear();
        m_spriteKey = key;
    }
    for (int i = 0; i < items.size(); ++i) {
        const auto& item = items.at(i);
        if (!area.contains(item.position))
            continue;
        const bool hovered = i == m_hoverItem;
        // Markers are drawn once into small images and then only copied: a frame with 129
        // regions costs a few blits instead of arcs, outlines and text.
        QString spriteKey = hovered ? u"h"_s : u"n"_s;
        QHash<QString, int> perProvider;
        for (int m : item.members)
            ++perProvider[m_clouds.at(m_markerClouds.at(m)).provider];
        QStringList order = ProviderStyle::knownProviders();
        for (auto it = perProvider.cbegin(); it != perProvider.cend(); ++it) {
            if (!order.contains(it.key()))
                order.append(it.key());
        }
        for (const QString& provider : qAsConst(order)) {
            if (perProvider.value(provider) > 0)
                spriteKey += u'|' + provider + u':' + QString::number(perProvider.value(provider));
        }
        QImage& sprite = m_sprites[spriteKey];
        // The outer radius includes the outline; hover grows a marker into its free gap.
        const double outer = item.radius() + (hovered ? 1.5 : 0);
        const double half = std::ceil(outer + 1);
        if (sprite.isNull()) {
            sprite = QImage(QSize(int(2 * half * dpr), int(2 * half * dpr)),
                            QImage::Format_ARGB32_Premultiplied);
            sprite.setDevicePixelRatio(dpr);
            sprite.fill(Qt::transparent);
            QPainter sp(&sprite);
            sp.setRenderHint(QPainter::Antialiasing);
            paintMarkerItem(sp, QPointF(half, half), outer, perProvider, order,
                            int(item.members.size()), c);
        }
        const QPointF topLeft = item.position - QPointF(half, half);
        p.drawImage(
            QPointF(std::round(topLeft.x() * dpr) / dpr, std::round(topLeft.y() * dpr) / dpr),
            sprite);
    }

    if (m_userLocation) {
        const QPointF at = m_viewport.geoToScreen(m_userLocation->x(), m_userLocation->y());
        p.setPen(QPen(c.markerOutline, 2));
        p.setBrush(QColor(0xD9, 0x30, 0x25));
        QPainterPath pin;
        pin.moveTo(at);
        pin.arcTo(QRectF(at.x() - 6, at.y() - 20, 12, 12), 210, -240);
        pin.closeSubpath();
        p.drawPath(pin);
        p.setBrush(c.markerOutline);
        p.setPen(Qt::NoPen);
        p.drawEllipse(at - QPointF(0, 14), 2.2, 2.2);
    }
}

void WorldMapView::paintMarkerItem(QPainter& p, const QPointF& at, double outer,
                                   const QHash<QString, int>& perProvider, const QStringList& order,
                                   int total, const Colors& c) const
{
    const double r = outer - MarkerLayout::kOutline;
    if (total == 1) {
        for (const QString& provider : order) {
            if (perProvider.value(provider) > 0)
                ProviderStyle::paintMarker(p, at, r, provider, c.markerOutline);
        }
        return;
    }
    // A cluster: a count in a disc, ringed by its providers' shares.
    p.setPen(QPen(c.markerOutline, 2 * MarkerLayout::kOutline));
    p.setBrush(c.clusterFill);
    p.drawEllipse(at, r, r);
    const double ring = r - 2.6;
    const QRectF ringRect(at - QPointF(ring, ring), QSizeF(2 * ring, 2 * ring));
    int start = 90 * 16;
    int done = 0;
    for (const QString& provider : order) {
        const int count = perProvider.value(provider);
        if (count == 0)
            continue;
        const int end = 90 * 16 - int(std::lround(5760.0 * (done + count) / total));
        p.setPen(QPen(ProviderStyle::color(provider), 3.2, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(ringRect, start, end - start);
        start = end;
        done += count;
    }
    const double inner = ring - 1.6;
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(int(std::max(9.0, inner * 1.2)));
    p.setFont(f);
    p.setPen(c.clusterText);
    p.drawText(QRectF(at - QPointF(inner, inner), QSizeF(2 * inner, 2 * inner)), Qt::AlignCenter,
               QString::number(total));
}

QString WorldMapView::labelText(int itemIndex) const
{
    // A label names a place: a single region's city, or the city that at least half of a
    // group's regions are in (London's four, one of them listed a little north). A cluster
    // spread over several cities gets none: its count and tooltip say more than one name.
    const auto& item = m_layout.items().at(itemIndex);
    QVector<int> members = item.members;
    if (item.fanned) {
        // One label per fan, on its first marker, naming the fan's place.
        for (int i = 0; i < itemIndex; ++i) {
            if (m_layout.items().at(i).fan == item.fan)
                return {};
        }
        members.clear();
        for (const auto& other : m_layout.items()) {
            if (other.fan == item.fan)
                members += other.members;
        }
    }
    QHash<QString, int> perCity;
    QString best;
    for (int m : qAsConst(members)) {
        const Cloud& cloud = m_clouds.at(m_markerClouds.at(m));
        const QString city = CloudListModel::locationLabel(cloud).section(u", "_s, 0, 0);
        const int count = ++perCity[city];
        // The most regions; between equals the shorter name ("Johannesburg", not "South
        // Africa North").
        if (best.isEmpty() || count > perCity.value(best) ||
            (count == perCity.value(best) && city.size() < best.size()))
            best = city;
    }
    return 2 * perCity.value(best) >= members.size() ? best : QString();
}

void WorldMapView::drawLabels(QPainter& p, const Colors& c, const QVector<QRectF>& obstacles)
{
    m_labels.clear();
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    f.setWeight(QFont::DemiBold);
    const QFontMetricsF fm(f);
    const qreal dpr = devicePixelRatioF();
    const quint64 key = c.key() ^ quint64(c.text.rgb()) ^ quint64(dpr * 1000);
    if (key != m_labelColorsKey) {
        m_labelImages.clear();
        m_labelColorsKey = key;
    }
    const int selectedItem = m_layout.itemForMarker(markerOfCloud(m_selected));
    QVector<MarkerLayout::LabelRequest> requests;
    QHash<int, QString> texts;
    const QRectF area = rect();
    for (int i = 0; i < m_layout.items().size(); ++i) {
        const auto& item = m_layout.items().at(i);
        if (i == selectedItem || !area.contains(item.position))
            continue;
        const QString text = labelText(i);
        if (text.isEmpty())
            continue;
        texts.insert(i, text);
        int count = int(item.members.size());
        if (item.fanned) {
            count = 0;
            for (const auto& other : m_layout.items())
                count += other.fan == item.fan;
        }
        const QSizeF size(fm.horizontalAdvance(text) + 6, fm.height() + 2);
        requests.append({i, size, count});
    }
    const auto placed = m_layout.placeLabels(requests, area.adjusted(2, 2, -2, -2), obstacles);
    const QColor halo = c.land;
    for (const auto& label : placed) {
        const QString text = texts.value(label.item);
        QImage& image = m_labelImages[text];
        if (image.isNull()) {
            // Text with a soft halo in the land colour, so it reads over borders and coasts.
            image = QImage((label.rect.size() * dpr).toSize() + QSize(1, 1),
                           QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            image.fill(Qt::transparent);
            QPainter ip(&image);
            ip.setRenderHint(QPainter::Antialiasing);
            QPainterPath path;
            path.addText(QPointF(3, 1 + fm.ascent()), f, text);
            ip.setPen(QPen(halo, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            ip.setBrush(Qt::NoBrush);
            ip.drawPath(path);
            ip.setPen(Qt::NoPen);
            ip.setBrush(mix(c.text, halo, 0.12));
            ip.drawPath(path);
        }
        p.drawImage(label.rect.topLeft(), image);
        m_labels.append({text, label.rect});
    }
}

QStringList WorldMapView::shownLabels() const
{
    QStringList texts;
    for (const Label& label : m_labels)
        texts.append(label.text);
    return texts;
}

void WorldMapView::layoutSelectionBox()
{
    m_selectionBox = QRectF();
    const int marker = markerOfCloud(m_selected);
    const int itemIndex = m_layout.itemForMarker(marker);
    if (itemIndex < 0)
        return;
    const auto& item = m_layout.items().at(itemIndex);
    const Cloud& cloud = m_clouds.at(m_markerClouds.at(marker));
    const QString title = CloudListModel::locationLabel(cloud);
    const QString subtitle =
        ProviderStyle::displayName(cloud.provider) + u"  \u00B7  "_s + cloud.name;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fmBold(bold);
    const QFontMetricsF fm(font());
    const double w = std::max(fmBold.horizontalAdvance(title), fm.horizontalAdvance(subtitle)) + 20;
    const double h = fmBold.height() + fm.height() + 10;
    const double r = item.radius() + 4;
    QPointF topLeft = item.position + QPointF(r + 8, -h / 2);
    if (topLeft.x() + w > width() - 4)
        topLeft.setX(item.position.x() - r - 8 - w);
    topLeft.setY(qBound(4.0, topLeft.y(), height() - h - 4.0));
    m_selectionBox = QRectF(topLeft, QSizeF(w, h));
}

void WorldMapView::drawSelection(QPainter& p, const Colors& c)
{
    const int marker = markerOfCloud(m_selected);
    if (marker < 0)
        return;
    const int itemIndex = m_layout.itemForMarker(marker);
    if (itemIndex < 0)
        return;
    const auto& item = m_layout.items().at(itemIndex);
    const Cloud& cloud = m_clouds.at(m_markerClouds.at(marker));
    const double r = item.radius();
    QColor halo = c.highlight;
    halo.setAlpha(70);
    p.setPen(Qt::NoPen);
    p.setBrush(halo);
    p.drawEllipse(item.position, r + 6, r + 6);
    p.setPen(QPen(c.highlight, 2.5));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(item.position, r + 2.5, r + 2.5);
    if (!item.isCluster())
        ProviderStyle::paintMarker(p, item.position, r, cloud.provider, c.markerOutline);

    // A label names the selection, also when it hides inside a cluster.
    const QString title = CloudListModel::locationLabel(cloud);
    const QString subtitle =
        ProviderStyle::displayName(cloud.provider) + u"  \u00B7  "_s + cloud.name;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fmBold(bold);
    const QFontMetricsF fm(font());
    const QRectF box = m_selectionBox;
    const double w = box.width();
    const double h = box.height();
    p.setPen(QPen(mix(c.panel, c.text, 0.25), 1));
    p.setBrush(c.panel);
    p.drawRoundedRect(box, 6, 6);
    p.setPen(ProviderStyle::color(cloud.provider));
    p.setBrush(ProviderStyle::color(cloud.provider));
    p.drawRoundedRect(QRectF(box.topLeft(), QSizeF(4, h)), 2, 2);
    p.setPen(c.text);
    p.setFont(bold);
    p.drawText(QRectF(box.left() + 11, box.top() + 5, w - 14, fmBold.height()), Qt::AlignLeft,
               title);
    p.setFont(font());
    p.setPen(mix(c.text, c.panel, 0.35));
    p.drawText(QRectF(box.left() + 11, box.top() + 5 + fmBold.height(), w - 14, fm.height()),
               Qt::AlignLeft, subtitle);
}

void WorldMapView::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    update();
}

QRectF WorldMapView::legendRect() const
{
    if (!m_legendVisible)
        return {};
    int present = 0;
    double w = 0;
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    const QFontMetricsF fm(f);
    for (const QString& provider : ProviderStyle::knownProviders()) {
        for (int m : qAsConst(m_markerClouds)) {
            if (m_clouds.at(m).provider == provider) {
                ++present;
                w = std::max(w, fm.horizontalAdvance(ProviderStyle::displayName(provider)));
                break;
            }
        }
    }
    if (present == 0)
        return {};
    const double rowH = fm.height() + 4;
    const double h = rowH * present + 10;
    return QRectF(10, height() - h - 10, w + 34, h);
}

void WorldMapView::drawLegend(QPainter& p, const Colors& c)
{
    QStringList present;
    for (const QString& provider : ProviderStyle::knownProviders()) {
        for (int m : qAsConst(m_markerClouds)) {
            if (m_clouds.at(m).provider == provider) {
                present.append(provider);
                break;
            }
        }
    }
    if (present.isEmpty() || !m_legendVisible)
        return;
    const QRectF box = legendRect();
    const qreal dpr = devicePixelRatioF();
    const quint64 key = qHash(present.join(u',')) ^ c.key() ^ quint64(c.text.rgb()) ^
                        quint64(dpr * 1000) ^ (quint64(box.width() * 10) << 40);
    if (m_legend.isNull() || key != m_legendKey) {
        // Drawn once into an image: text is the costliest part of a frame.
        m_legendKey = key;
        m_legend =
            QImage((box.size() * dpr).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
        m_legend.setDevicePixelRatio(dpr);
        m_legend.fill(Qt::transparent);
        QPainter lp(&m_legend);
        lp.setRenderHint(QPainter::Antialiasing);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.92);
        const QFontMetricsF fm(f);
        const double rowH = fm.height() + 4;
        const QRectF local(0.5, 0.5, box.width(), box.height());
        lp.setPen(QPen(mix(c.panel, c.text, 0.18), 1));
        lp.setBrush(c.panel);
        lp.drawRoundedRect(local, 6, 6);
        lp.setFont(f);
        for (int i = 0; i < present.size(); ++i) {
            const double y = local.top() + 5 + i * rowH;
            // The same marker as on the map and in the list.
            ProviderStyle::paintMarker(lp, QPointF(local.left() + 14, y + rowH / 2),
                                       MarkerLayout::kMarkerRadius, present.at(i), c.markerOutline);
            lp.setPen(c.text);
            lp.drawText(QRectF(local.left() + 26, y, local.width() - 28, rowH),
                        Qt::AlignVCenter | Qt::AlignLeft,
                        ProviderStyle::displayName(present.at(i)));
        }
    }
    p.drawImage(box.topLeft() - QPointF(0.5, 0.5), m_legend);
}

QRectF WorldMapView::overlayTextRect(const QString& text) const
{
    QFont f = font();
    f.setBold(true);
    const QFontMetricsF fm(f);
    const double w = fm.horizontalAdvance(text) + 20;
    return QRectF((width() - w) / 2, 10, w, fm.height() + 8);
}

void WorldMapView::drawOverlayText(QPainter& p, const Colors& c)
{
    QString text = m_hoveredCountry;
    if (m_pickingLocation)
        text = tr("Click the map to set your location");
    if (text.isEmpty())
        return;
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    const QRectF box = overlayTextRect(text);
    p.setPen(QPen(mix(c.panel, c.text, 0.18), 1));
    p.setBrush(c.panel);
    p.drawRoundedRect(box, 6, 6);
    p.setPen(c.text);
    p.drawText(box, Qt::AlignCenter, text);
}

void WorldMapView::resizeEvent(QResizeEvent*)
{
    m_viewport.setSize(size());
    const int x = width() - 28 - 10;
    m_zoomInButton->move(x, 10);
    m_zoomOutButton->move(x, 10 + 30);
    m_fitButton->move(x, 10 + 64);
    m_layoutDirty = true;
    m_renderTimer.stop();
    m_base = QImage();
}

void WorldMapView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Decode the 1:50m data in the background so that the first zoom does not wait.
    static bool warmed = false;
    if (!warmed) {
        warmed = true;
        QThreadPool::globalInstance()->start([] { WorldGeometry::highDetail(); });
    }
}

void WorldMapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        update(); // colors().key() changes, so the base map re-renders
    QWidget::changeEvent(event);
}

bool WorldMapView::event(QEvent* event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            m_viewport.zoomAt(gesture->position(), 1 + gesture->value());
            viewportTouched();
            return true;
        }
        if (gesture->gestureType() == Qt::SmartZoomNativeGesture) {
            m_viewport.zoomAt(gesture->position(), 2);
            viewportTouched();
            return true;
        }
    }
    return QWidget::event(event);
}

void WorldMapView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    m_animation->stop();
    m_viewport.zoomAt(event->position(), std::pow(kWheelStep, delta));
    viewportTouched();
    event->accept();
}

void WorldMapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_animation->stop();
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastDragPos = event->position();
    setFocus(Qt::MouseFocusReason);
}

void WorldMapView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressed) {
        if (!m_dragging && (event->position() - m_pressPos).manhattanLength() >= kDragThreshold) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            QToolTip::hideText();
        }
        if (m_dragging) {
            m_viewport.panBy(event->position() - m_lastDragPos);
            m_lastDragPos = event->position();
            viewportTouched();
        }
        return;
    }
    updateHover(event->position(), event->globalPosition().toPoint());
}

void WorldMapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(m_pickingLocation ? Qt::CrossCursor : Qt::OpenHandCursor);
        return;
    }
    clickAt(event->position());
}

void WorldMapView::clickAt(const QPointF& point)
{
    if (m_pickingLocation) {
        if (const auto geo = m_viewport.screenToGeo(point)) {
            setLocationPickingEnabled(false);
            Q_EMIT userLocationPicked(*geo);
        }
        update();
        return;
    }
    ensureLayout();
    const int itemIndex = m_layout.itemAt(point);
    if (itemIndex < 0)
        return;
    const auto& item = m_layout.items().at(itemIndex);
    if (item.isCluster()) {
        // A cluster opens up: zoom until its members come apart (or fan out).
        const double zoom = m_layout.zoomToSplit(itemIndex, m_viewport);
        animateTo(zoom, m_viewport.fromScreen(item.position));
        // Keep a selected member selected; otherwise pick the first so keys work at once.
        return;
    }
    selectCloud(m_clouds.at(m_markerClouds.at(item.members.first())).name, true);
}

void WorldMapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    ensureLayout();
    const int itemIndex = m_layout.itemAt(event->position());
    if (itemIndex >= 0 && !m_layout.items().at(itemIndex).isCluster()) {
        const QString name =
            m_clouds.at(m_markerClouds.at(m_layout.items().at(itemIndex).members.first())).name;
        selectCloud(name, true);
        Q_EMIT cloudActivated(name);
        return;
    }
    if (itemIndex >= 0)
        return; // the first click already opened the cluster
    m_animation->stop();
    const bool out = event->modifiers() & Qt::ShiftModifier;
    m_viewport.zoomAt(event->position(), out ? 0.5 : 2.0);
    viewportTouched();
}

void WorldMapView::leaveEvent(QEvent*)
{
    if (m_hoverItem >= 0 || !m_hoveredCountry.isEmpty()) {
        m_hoverItem = -1;
        m_hoveredCountry.clear();
        update();
    }
}

void WorldMapView::updateHover(const QPointF& point, const QPoint& globalPos)
{
    ensureLayout();
    const int item = m_layout.itemAt(point);
    const QString country = item >= 0 ? QString() : countryAt(point);
    if (item != m_hoverItem || country != m_hoveredCountry) {
        m_hoverItem = item;
        m_hoveredCountry = country;
        update();
        if (item >= 0)
            QToolTip::showText(globalPos, tooltipForItem(item), this);
        else
            QToolTip::hideText();
    }
    setCursor(item >= 0 ? Qt::PointingHandCursor
                        : (m_pickingLocation ? Qt::CrossCursor : Qt::OpenHandCursor));
}

QString WorldMapView::tooltipForItem(int itemIndex) const
{
    const auto& item = m_layout.items().at(itemIndex);
    auto line = [this](int marker) {
        const Cloud& cloud = m_clouds.at(m_markerClouds.at(marker));
        return cloud;
    };
    if (!item.isCluster()) {
        const Cloud cloud = line(item.members.first());
        return u"<b>%1</b><br>%2<br>%3 \u00B7 %4"_s.arg(
            cloud.description.toHtmlEscaped(), cloud.name.toHtmlEscaped(),
            ProviderStyle::displayName(cloud.provider).toHtmlEscaped(),
            ProviderStyle::geoRegionLabel(cloud.geoRegion).toHtmlEscaped());
    }
    QString text = tr("<b>%n regions</b> (click to zoom in)", nullptr, int(item.members.size()));
    const int shown = std::min(int(item.members.size()), 10);
    for (int i = 0; i < shown; ++i) {
        const Cloud cloud = line(item.members.at(i));
        text += u"<br>"_s + CloudListModel::locationLabel(cloud).toHtmlEscaped() + u" \u00B7 "_s +
                ProviderStyle::displayName(cloud.provider).toHtmlEscaped();
    }
    if (item.members.size() > shown)
        text += u"<br>"_s + tr("and %n more", nullptr, int(item.members.size()) - shown);
    return text;
}

QString WorldMapView::countryAt(const QPointF& point) const
{
    const auto geo = m_viewport.screenToGeo(point);
    if (!geo)
        return {};
    const WorldGeometry& world = m_viewport.zoom() >= kHighDetailZoom ? WorldGeometry::highDetail()
                                                                      : WorldGeometry::lowDetail();
    // In the user's language where iso-codes knows the country, Natural Earth's name else.
    const QString translated = CountryNames::nameForNumeric(world.countryIdAt(*geo));
    return translated.isEmpty() ? world.countryAt(*geo) : translated;
}

std::optional<QPointF> WorldMapView::markerPosition(const QString& cloudName)
{
    ensureLayout();
    const int marker = markerOfCloud(cloudName);
    if (marker < 0)
        return std::nullopt;
    return m_layout.markerPosition(marker);
}

QStringList WorldMapView::cloudsAt(const QPointF& point)
{
    ensureLayout();
    QStringList names;
    const int item = m_layout.itemAt(point);
    if (item < 0)
        return names;
    for (int m : m_layout.items().at(item).members)
        names.append(m_clouds.at(m_markerClouds.at(m)).name);
    return names;
}

void WorldMapView::keyPressEvent(QKeyEvent* event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double panStep = std::max(40.0, std::min(width(), height()) / 5.0);
    auto pan = [&](QPointF delta) {
        m_animation->stop();
        m_viewport.panBy(delta);
        viewportTouched();
    };
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isEmpty()) {
            Q_EMIT cloudActivated(m_selected);
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // Arrows move to the nearest region that way (from the middle of the map when
        // none is selected yet); Shift+arrows pan the map.
        const int key = event->key();
        if (shift) {
            const QPointF delta(key == Qt::Key_Left    ? panStep
                                : key == Qt::Key_Right ? -panStep
                                                       : 0,
                                key == Qt::Key_Up     ? panStep
                                : key == Qt::Key_Down ? -panStep
                                                      : 0);
            pan(delta);
        } else {
            using D = MarkerLayout::Direction;
            moveSelection(key == Qt::Key_Left    ? D::Left
                          : key == Qt::Key_Right ? D::Right
                          : key == Qt::Key_Up    ? D::Up
                                                 : D::Down);
        }
        return;
    }
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void WorldMapView::moveSelection(MarkerLayout::Direction direction)
{
    ensureLayout();
    const int from = markerOfCloud(m_selected);
    // Positions as laid out, so fanned markers are walked in the order they are seen;
    // stacked ones fall back to the marker order.
    QVector<QPointF> positions;
    positions.reserve(m_markerClouds.size());
    for (int m = 0; m < m_markerClouds.size(); ++m)
        positions.append(m_layout.markerPosition(m));
    const int to = from >= 0 ? MarkerLayout::neighbour(positions, from, direction)
                             : MarkerLayout::nearestInDirection(
                                   positions, QPointF(width() / 2.0, height() / 2.0), direction);
    if (to < 0)
        return;
    selectCloud(m_clouds.at(m_markerClouds.at(to)).name, true);
    ensureSelectionVisible();
}

void WorldMapView::ensureSelectionVisible()
{
    const auto pos = markerPosition(m_selected);
    if (!pos)
        return;
    const QRectF inner = QRectF(rect()).adjusted(40, 40, -40, -40);
    if (inner.contains(*pos))
        return;
    for (const Cloud& cloud : qAsConst(m_clouds)) {
        if (cloud.name == m_selected) {
            animateTo(m_viewport.zoom(),
                      EqualEarthProjection::forward(*cloud.longitude, *cloud.latitude));
            return;
        }
    }
}

void WorldMapView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void WorldMapView::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void WorldMapView::updateAccessibleDescription()
{
    QString text = tr("%n region(s) shown.", nullptr, int(m_markerClouds.size()));
    for (const Cloud& cloud : qAsConst(m_clouds)) {
        if (cloud.name == m_selected) {
            text += u' ' + tr("Selected: %1.").arg(regionAccessibleName(cloud.name));
            break;
        }
    }
    text += u' ' + tr("Arrow keys move to the nearest region in that direction, Enter chooses, "
                      "plus and minus zoom, Shift with arrow keys pans, 0 shows the whole "
                      "world. Every region is also in the list beside the map.");
    setAccessibleDescription(text);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

namespace {
void (*s_accessibilityObserver)(QAccessibleEvent*) = nullptr;

void sendAccessibilityEvent(QAccessibleEvent* event)
{
    if (s_accessibilityObserver)
        s_accessibilityObserver(event);
    QAccessible::updateAccessibility(event);
}
} // namespace

void WorldMapView::setAccessibilityObserver(void (*observer)(QAccessibleEvent*))
{
    s_accessibilityObserver = observer;
}

void WorldMapView::announceSelection()
{
    if (!QAccessible::isActive() && !s_accessibilityObserver)
        return;
    // The map's value is the selected region; the region itself takes the focus (while
    // the map has it) so that a screen reader reads it out.
    QAccessibleValueChangeEvent value(this, regionAccessibleName(m_selected));
    sendAccessibilityEvent(&value);
    QAccessibleInterface* map = QAccessible::queryAccessibleInterface(this);
    const int index = indexOfRegion(m_selected);
    if (!map || index < 0)
        return;
    QAccessibleInterface* region = map->child(index);
    if (!region)
        return;
    QAccessibleEvent selection(region, QAccessible::Selection);
    sendAccessibilityEvent(&selection);
    if (hasFocus()) {
        QAccessibleEvent focus(region, QAccessible::Focus);
        sendAccessibilityEvent(&focus);
    }
}

QString WorldMapView::regionAt(int index) const
{
    if (index < 0 || index >= m_tabOrder.size())
        return {};
    return m_clouds.at(m_markerClouds.at(m_tabOrder.at(index))).name;
}

int WorldMapView::indexOfRegion(const QString& cloudName) const
{
    const int marker = markerOfCloud(cloudName);
    return marker < 0 ? -1 : int(m_tabOrder.indexOf(marker));
}

QString WorldMapView::regionAccessibleName(const QString& cloudName) const
{
    for (const Cloud& cloud : m_clouds) {
        if (cloud.name == cloudName) {
            return tr("%1, %2, %3")
                .arg(CloudListModel::locationLabel(cloud),
                     ProviderStyle::displayName(cloud.provider), cloud.name);
        }
    }
    return {};
}

QRect WorldMapView::regionRect(const QString& cloudName)
{
    const auto pos = markerPosition(cloudName);
    if (!pos || !rect().contains(pos->toPoint()))
        return {};
    const int item = m_layout.itemForMarker(markerOfCloud(cloudName));
    const double r = m_layout.items().at(item).radius();
    return QRectF(*pos - QPointF(r, r), QSizeF(2 * r, 2 * r)).toAlignedRect();
}

void WorldMapView::selectRegionByUser(const QString& cloudName)
{
    selectCloud(cloudName, true);
    ensureSelectionVisible();
}

} // namespace fjord
