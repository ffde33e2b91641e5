#pragma once

#include <QIcon>
#include <QProxyStyle>

namespace fjord {

// Icons drawn with QPainter in the palette's text colour: sharp at any scale, right in dark
// themes, and nothing to decode, so the first window is not kept waiting on image plugins.
enum class Glyph {
    Add,
    Edit,
    Delete,
    Refresh,
    Clear,
    Copy,
    MoreRight, // the "»" of a toolbar or menu bar that does not fit
    MoreDown,
};

QIcon glyphIcon(Glyph glyph);

// The desktop's icon theme where it has one (KDE, GNOME...), else the glyph.
QIcon themedIcon(const QString& themeName, Glyph fallback);

// The platform's style, with glyphs for the few standard icons the main window shows at once
// (the menu bar's and toolbar's overflow arrows, the filter's clear button) when there is no
// icon theme to take them from. Dialog buttons (OK, Cancel, Save...) show icons only where the
// platform asks for them and the desktop's icon theme has them, so that they come from the
// same set as the toolbar's: never Qt's built-in fallback pictures beside the glyphs.
class ApplicationStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    ApplicationStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption* option = nullptr,
                  const QWidget* widget = nullptr,
                  QStyleHintReturn* returnData = nullptr) const override;

private:
    bool m_useGlyphs;
    bool m_themeHasDialogIcons;
};

} // namespace fjord
