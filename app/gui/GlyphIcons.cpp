#include "GlyphIcons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

namespace fjord {

namespace {

bool hasIconTheme()
{
    const QString theme = QIcon::themeName();
    return !theme.isEmpty() && theme != QLatin1String("hicolor");
}

// Draws on a 24 x 24 grid, scaled to the rectangle asked for.
class GlyphIconEngine final : public QIconEngine
{
public:
    explicit GlyphIconEngine(Glyph glyph)
        : m_glyph(glyph)
    {
    }

    QIconEngine* clone() const override { return new GlyphIconEngine(m_glyph); }
    QString key() const override { return QStringLiteral("fjord-glyph"); }

    static QColor inkFor(const QPalette& palette, QIcon::Mode mode)
    {
        if (mode == QIcon::Selected)
            return palette.color(QPalette::HighlightedText);
        return palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                             QPalette::ButtonText);
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor ink = inkFor(palette, mode);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        QPen pen(ink, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        draw(painter, ink, palette.color(QPalette::Base));
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        // Toolbars ask for the same few pixmaps at every paint; the key holds the colours, so a
        // palette change draws anew.
        const QPalette palette = QGuiApplication::palette();
        const QString key = QStringLiteral("fjord-glyph-%1-%2x%3-%4-%5")
                                .arg(int(m_glyph))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(inkFor(palette, mode).rgba(), 0, 16)
                                .arg(palette.color(QPalette::Base).rgba(), 0, 16);
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

private:
    void draw(QPainter* p, const QColor& ink, const QColor& paper) const
    {
        switch (m_glyph) {
        case Glyph::Add:
            p->drawLine(QPointF(12, 5), QPointF(12, 19));
            p->drawLine(QPointF(5, 12), QPointF(19, 12));
            break;
        case Glyph::Edit: {
            QPainterPath pencil;
            pencil.moveTo(15.5, 4.5);
            pencil.lineTo(19.5, 8.5);
            pencil.lineTo(9, 19);
            pencil.lineTo(4.5, 19.5);
            pencil.lineTo(5, 15);
            pencil.closeSubpath();
            p->drawPath(pencil);
            p->drawLine(QPointF(13, 7), QPointF(17, 11));
            break;
        }
        case Glyph::Delete: {
            p->drawLine(QPointF(4.5, 7), QPointF(19.5, 7));
            p->drawPolyline(QPolygonF({{9.5, 7}, {9.5, 4.5}, {14.5, 4.5}, {14.5, 7}}));
            p->drawPolyline(QPolygonF({{6.5, 7}, {7.5, 20}, {16.5, 20}, {17.5, 7}}));
            QPen thin = p->pen();
            thin.setWidthF(1.5);
            p->setPen(thin);
            p->drawLine(QPointF(10.5, 10.5), QPointF(10.5, 16.5));
            p->drawLine(QPointF(13.5, 10.5), QPointF(13.5, 16.5));
            break;
        }
        case Glyph::Refresh: {
            // Three quarters of a circle and the arrow head at its open end.
            const QRectF circle(5, 5, 14, 14);
            p->drawArc(circle, 90 * 16, 270 * 16);
            p->setBrush(ink);
            p->setPen(Qt::NoPen);
            p->drawPolygon(QPolygonF({{12, 1.5}, {17, 5}, {12, 8.5}}));
            break;
        }
        case Glyph::Clear: {
            QColor disc = ink;
            disc.setAlphaF(0.6 * ink.alphaF());
            p->setPen(Qt::NoPen);
            p->setBrush(disc);
            p->drawEllipse(QRectF(3, 3, 18, 18));
            p->setPen(QPen(paper, 2.0, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(QPointF(8.5, 8.5), QPointF(15.5, 15.5));
            p->drawLine(QPointF(15.5, 8.5), QPointF(8.5, 15.5));
            break;
        }
        case Glyph::Copy: {
            // Two sheets: the one behind shows only where the front one does not cover it.
            p->drawPolyline(QPolygonF({{5, 15}, {5, 5}, {15, 5}}));
            p->drawRoundedRect(QRectF(9, 9, 11, 11), 1.5, 1.5);
            break;
        }
        case Glyph::MoreRight:
            p->drawPolyline(QPolygonF({{6, 7}, {11, 12}, {6, 17}}));
            p->drawPolyline(QPolygonF({{13, 7}, {18, 12}, {13, 17}}));
            break;
        case Glyph::MoreDown:
            p->drawPolyline(QPolygonF({{7, 6}, {12, 11}, {17, 6}}));
            p->drawPolyline(QPolygonF({{7, 13}, {12, 18}, {17, 13}}));
            break;
        }
    }

    Glyph m_glyph;
};

} // namespace

QIcon glyphIcon(Glyph glyph)
{
    return QIcon(new GlyphIconEngine(glyph));
}

QIcon themedIcon(const QString& themeName, Glyph fallback)
{
    if (hasIconTheme() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return glyphIcon(fallback);
}

ApplicationStyle::ApplicationStyle()
    : m_useGlyphs(!hasIconTheme())
    , m_themeHasDialogIcons(hasIconTheme() && QIcon::hasThemeIcon(QStringLiteral("dialog-ok")) &&
                            QIcon::hasThemeIcon(QStringLiteral("dialog-cancel")))
{
}

int ApplicationStyle::styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                                QStyleHintReturn* returnData) const
{
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons && !m_themeHasDialogIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

QIcon ApplicationStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                                     const QWidget* widget) const
{
    if (m_useGlyphs) {
        switch (standardIcon) {
        case SP_ToolBarHorizontalExtensionButton:
            return glyphIcon(Glyph::MoreRight);
        case SP_ToolBarVerticalExtensionButton:
            return glyphIcon(Glyph::MoreDown);
        case SP_LineEditClearButton:
            return glyphIcon(Glyph::Clear);
        default:
            break;
        }
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

} // namespace fjord
