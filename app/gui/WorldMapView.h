#pragma once

#include "api/Types.h"
#include "map/MapViewport.h"
#include "map/MarkerLayout.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <future>
#include <optional>

class QToolButton;
class QVariantAnimation;

namespace fjord {

// The offline world map of cloud regions. The land, borders and sea are rendered into an
// image of the visible part (with some margin) at device pixels, 1:110m zoomed out and
// 1:50m zoomed in; only markers, labels, hover and selection are drawn live. While the view
// moves, frames show that image moved and scaled, and a worker thread renders the new one,
// so dragging and zooming never wait for the land to be drawn.
// Markers are coloured by provider, cluster at low zoom (never overlapping) and fan out
// when zoomed in; city labels appear where there is room, biggest places first.
// Mouse: wheel/pinch/double-click zoom, drag pans, click selects (a cluster zooms in),
// double-click on a marker activates. Keyboard: Tab enters and leaves the map; arrows move
// to the nearest region that way (from the centre when none is selected), Shift+arrows
// pan, +/- zoom, 0 or Home fits all, Enter activates. Assistive technology sees every
// region as a child of the map (see WorldMapAccessible).
class WorldMapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorldMapView)

public:
    explicit WorldMapView(QWidget* parent = nullptr);
    ~WorldMapView() override;

    void setClouds(const QVector<Cloud>& clouds);
    // Only these clouds get markers; std::nullopt shows all.
    void setVisibleClouds(const std::optional<QSet<QString>>& cloudNames);

    QString selectedCloud() const { return m_selected; }
    // Selects without emitting cloudSelected; an unknown name clears the selection.
    void setSelectedCloud(const QString& cloudName);
    // Zooms to `zoom` (at least) with the cloud in the middle.
    void centerOnCloud(const QString& cloudName, double zoom = 0);
    // Centres on the cloud at `zoom` or closer, so close that its marker stands alone.
    void revealCloud(const QString& cloudName, double zoom);

    // The user's location (longitude, latitude), drawn as a pin.
    void setUserLocation(const std::optional<QPointF>& location);
    // While on, a click on the map picks the user's location (userLocationPicked).
    void setLocationPickingEnabled(bool enabled);
    bool isLocationPickingEnabled() const { return m_pickingLocation; }

    const MapViewport& viewport() const { return m_viewport; }
    void fitAll();
    void zoomIn();
    void zoomOut();
    // Where a cloud's marker is drawn, in widget coordinates (invalid when hidden).
    std::optional<QPointF> markerPosition(const QString& cloudName);
    // The cloud names under a widget point (several for a cluster).
    QStringList cloudsAt(const QPointF& point);
    // The country under a widget point, empty over the sea.
    QString countryAt(const QPointF& point) const;
    QString hoveredCountry() const { return m_hoveredCountry; }

    // Renders the base map for the current viewport now; returns the milliseconds taken.
    double renderBaseMap();
    // Drops the cached base map (benchmarks measure the cold render this way).
    void invalidateBaseMap();
    // Whether the base map on screen belongs to the current viewport (not a moved preview).
    bool isBaseMapCurrent() const { return baseMapIsCurrent(); }
    // Waits (bounded) for a base map being rendered in the background; true when current.
    bool waitForBaseMap(int timeoutMs = 5000);

    // The legend of provider colours in a corner (on by default).
    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_legendVisible; }

    // The city labels drawn in the last frame, and the box naming the selected region.
    QStringList shownLabels() const;
    QRectF selectionLabelRect() const { return m_selectionBox; }

    // The regions as assistive technology lists them: west to east.
    int regionCount() const { return int(m_tabOrder.size()); }
    QString regionAt(int index) const;
    int indexOfRegion(const QString& cloudName) const;
    // "Frankfurt, Germany, Amazon Web Services, aws-eu-central-1".
    QString regionAccessibleName(const QString& cloudName) const;
    // The region's marker in widget coordinates (empty when not on screen).
    QRect regionRect(const QString& cloudName);
    // Selects the region as if the user had moved to it, and brings it into view.
    void selectRegionByUser(const QString& cloudName);
    // Also hands the map's accessibility announcements to `observer` (a test seam: the
    // offscreen platform has no accessibility bridge, so Qt drops them there).
    static void setAccessibilityObserver(void (*observer)(QAccessibleEvent*));

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cloudSelected(const QString& cloudName);
    void cloudActivated(const QString& cloudName);
    void userLocationPicked(const QPointF& location);
    void viewportChanged();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct Colors;
    struct BaseJob;
    struct Label
    {
        QString text;
        QRectF rect;
    };
    Colors colors() const;
    BaseJob baseJob(double overscan) const;
    static QImage renderBase(const BaseJob& job);
    void adoptBase(const QImage& image, const BaseJob& job);
    void scheduleBaseRender();
    void startBaseRender();
    bool previewCoversView() const;
    void rebuildMarkers();
    void ensureLayout();
    void viewportTouched();
    void animateTo(double zoom, const QPointF& projectedCenter);
    void selectCloud(const QString& cloudName, bool byUser);
    void moveSelection(MarkerLayout::Direction direction);
    void ensureSelectionVisible();
    void updateHover(const QPointF& point, const QPoint& globalPos);
    void updateAccessibleDescription();
    void announceSelection();
    void clickAt(const QPointF& point);
    int markerOfCloud(const QString& cloudName) const;
    bool baseMapIsCurrent() const;
    QString tooltipForItem(int item) const;
    QString labelText(int item) const;
    void paintMarkerItem(QPainter& painter, const QPointF& at, double outer,
                         const QHash<QString, int>& perProvider, const QStringList& order,
                         int total, const Colors& colors) const;
    void drawMarkers(QPainter& painter, const Colors& colors);
    QRectF legendRect() const;
    QRectF overlayTextRect(const QString& text) const;
    void layoutSelectionBox();
    void drawLabels(QPainter& painter, const Colors& colors, const QVector<QRectF>& obstacles);
    void drawSelection(QPainter& painter, const Colors& colors);
    void drawLegend(QPainter& painter, const Colors& colors);
    void drawOverlayText(QPainter& painter, const Colors& colors);

    QVector<Cloud> m_clouds; // every cloud with a location
    std::optional<QSet<QString>> m_visible;
    QVector<int> m_markerClouds; // marker index -> index into m_clouds
    QVector<int> m_tabOrder;     // marker indices, west to east
    MarkerLayout m_layout;
    bool m_layoutDirty = true;
    MapViewport m_viewport;

    QImage m_base;
    MapViewport m_baseViewport;
    QPointF m_baseOrigin; // widget point of the image's top-left corner (<= 0: a margin)
    qreal m_baseDpr = 0;
    bool m_baseHighDetail = false;
    quint64 m_baseColorsKey = 0;
    QTimer m_renderTimer;       // a render once the view stops moving
    std::future<void> m_render; // the render running in the background, if any
    QVector<Label> m_labels;
    QHash<QString, QImage> m_labelImages; // a label's text with its halo, drawn once
    quint64 m_labelColorsKey = 0;
    QHash<QString, QImage> m_sprites; // markers by hover, providers and counts
    quint64 m_spriteKey = 0;
    bool m_legendVisible = true;
    QImage m_legend;
    quint64 m_legendKey = 0;
    QRectF m_selectionBox;
    mutable QHash<QString, QAccessible::Id> m_accessibleRegions;
    friend class WorldMapAccessible;

    QString m_selected;
    int m_hoverItem = -1;
    QString m_hoveredCountry;
    std::optional<QPointF> m_userLocation;
    bool m_pickingLocation = false;

    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_pressed = false;
    bool m_dragging = false;

    QVariantAnimation* m_animation = nullptr;
    QToolButton* m_zoomInButton = nullptr;
    QToolButton* m_zoomOutButton = nullptr;
    QToolButton* m_fitButton = nullptr;
};

} // namespace fjord
