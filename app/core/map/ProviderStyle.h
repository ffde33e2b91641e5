#pragma once

#include <QColor>
#include <QIcon>
#include <QPointF>
#include <QString>
#include <QStringList>

class QPainter;

namespace fjord {

// How the cloud providers look everywhere in the app (map markers, legend, list swatches):
// one distinct, colour-blind-friendlier hue each, readable on light and dark maps.
class ProviderStyle
{
public:
    // aws, azure, do, google, upcloud: the order of the legend.
    static QStringList knownProviders();
    static QColor color(const QString& provider);
    // The one name of a provider everywhere in the app ("Google Cloud", as the API's cloud
    // descriptions say it); the code itself when unknown.
    static QString displayName(const QString& provider);
    // The one marker shape: a disc in the provider's colour with a thin outline. `radius`
    // is the coloured disc's; the outline adds MarkerLayout::kOutline around it.
    static void paintMarker(QPainter& painter, const QPointF& center, double radius,
                            const QString& provider, const QColor& outline);
    // The same marker as an icon for lists and buttons (drawn when shown, at any size).
    static QIcon markerIcon(const QString& provider);
    // "north america" -> "North America".
    static QString geoRegionLabel(const QString& geoRegion);
};

} // namespace fjord
