#pragma once

#include "api/Types.h"
#include "map/MapViewport.h"
#include "map/MarkerLayout.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <optional>

class QToolButton;
class QVariantAnimation;

namespace fjord {

// The offline world map of cloud regions. The land, borders and sea are rendered once
// into an image of the visible part at device pixels (1:110m zoomed out, 1:50m zoomed in)
// and only markers, hover and selection are drawn live, so panning and hovering stay cheap.
// Markers are coloured by provider, cluster at low zoom and fan out when zoomed in.
// Mouse: wheel/pinch/double-click zoom, drag pans, click selects (a cluster zooms in),
// double-click on a marker activates. Keyboard: Tab/Shift+Tab and arrows move between
// markers, Shift+arrows pan, +/- zoom, 0 or Home fits all, Enter activates.
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
    bool focusNextPrevChild(bool next) override;

private:
    struct Colors;
    Colors colors() const;
    void rebuildMarkers();
    void ensureLayout();
    void viewportTouched();
    void animateTo(double zoom, const QPointF& projectedCenter);
    void selectCloud(const QString& cloudName, bool byUser);
    void moveSelection(MarkerLayout::Direction direction);
    void stepSelection(bool forward);
    void ensureSelectionVisible();
    void updateHover(const QPointF& point, const QPoint& globalPos);
    void updateAccessibleDescription();
    void clickAt(const QPointF& point);
    int markerOfCloud(const QString& cloudName) const;
    bool baseMapIsCurrent() const;
    QString tooltipForItem(int item) const;
    void drawMarkers(QPainter& painter, const Colors& colors);
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
    qreal m_baseDpr = 0;
    bool m_baseHighDetail = false;
    quint64 m_baseColorsKey = 0;
    QTimer m_renderTimer;

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
