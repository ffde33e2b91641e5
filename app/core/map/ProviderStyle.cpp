#include "ProviderStyle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fjord {

QStringList ProviderStyle::knownProviders()
{
    return {u"aws"_s, u"azure"_s, u"do"_s, u"google"_s, u"upcloud"_s};
}

QColor ProviderStyle::color(const QString& provider)
{
    // Hues spaced apart (orange, blue, teal, green, purple) rather than brand colours,
    // several of which are the same blue.
    if (provider == "aws"_L1)
        return QColor(0xE8, 0x8A, 0x10);
    if (provider == "azure"_L1)
        return QColor(0x1F, 0x6F, 0xD0);
    if (provider == "do"_L1)
        return QColor(0x12, 0xA5, 0xB5);
    if (provider == "google"_L1)
        return QColor(0x2F, 0x9E, 0x4F);
    if (provider == "upcloud"_L1)
        return QColor(0x8E, 0x4C, 0xD6);
    return QColor(0x80, 0x80, 0x80);
}

QString ProviderStyle::displayName(const QString& provider)
{
    if (provider == "aws"_L1)
        return QCoreApplication::translate("fjord::ProviderStyle", "Amazon Web Services");
    if (provider == "azure"_L1)
        return QCoreApplication::translate("fjord::ProviderStyle", "Microsoft Azure");
    if (provider == "do"_L1)
        return QCoreApplication::translate("fjord::ProviderStyle", "DigitalOcean");
    if (provider == "google"_L1)
        return QCoreApplication::translate("fjord::ProviderStyle", "Google Cloud");
    if (provider == "upcloud"_L1)
        return QCoreApplication::translate("fjord::ProviderStyle", "UpCloud");
    return provider;
}

QString ProviderStyle::geoRegionLabel(const QString& geoRegion)
{
    QString label = geoRegion;
    bool startOfWord = true;
    for (QChar& c : label) {
        if (startOfWord && c.isLetter())
            c = c.toUpper();
        startOfWord = c == u' ' || c == u'-';
    }
    return label;
}

} // namespace fjord
