#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace fjord {

// How the cloud providers look everywhere in the app (map markers, legend, list swatches):
// one distinct, colour-blind-friendlier hue each, readable on light and dark maps.
class ProviderStyle
{
public:
    // aws, azure, do, google, upcloud: the order of the legend.
    static QStringList knownProviders();
    static QColor color(const QString& provider);
    // "Amazon Web Services"; the code itself when unknown.
    static QString displayName(const QString& provider);
    // "north america" -> "North America".
    static QString geoRegionLabel(const QString& geoRegion);
};

} // namespace fjord
