#include "map/ProviderStyle.h"

#include "map/MarkerLayout.h"

#include <QCoreApplication>
#include <QIconEngine>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// Paints the marker at whatever size the icon is asked for, so that no pixmap is made
// before something is on screen (models hand the icon out without a GUI application).
class MarkerIconEngine final : public QIconEngine
{
public:
    explicit MarkerIconEngine(const QString& provider)
        : m_provider(provider)
    {
    }
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const double size = std::min(rect.width(), rect.height());
        const double radius = std::max(2.0, size * 0.3);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.4);
        ProviderStyle::paintMarker(*painter, QRectF(rect).center(), radius, m_provider,
                                   QColor(0xFF, 0xFF, 0xFF));
        painter->restore();
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        paint(&painter, QRect(QPoint(), size), mode, state);
        painter.end();
        return QPixmap::fromImage(image);
    }
    QIconEngine* clone() const override { return new MarkerIconEngine(m_provider); }
    QString key() const override { return QStringLiteral("fjord-marker"); }

private:
    QString m_provider;
};

} // namespace

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

void ProviderStyle::paintMarker(QPainter& painter, const QPointF& center, double radius,
                                const QString& provider, const QColor& outline)
{
    painter.setPen(QPen(outline, 2 * MarkerLayout::kOutline));
    painter.setBrush(color(provider));
    painter.drawEllipse(center, radius, radius);
}

QIcon ProviderStyle::markerIcon(const QString& provider)
{
    return QIcon(new MarkerIconEngine(provider));
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
