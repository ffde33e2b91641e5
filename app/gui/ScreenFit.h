#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

class QScreen;
class QWidget;

namespace fjord::screenfit {

// Room the window manager's frame and title bar take around a window that has not been shown
// yet (measured: Breeze and Adwaita take about 2x30 px across and 40 px down).
QMargins expectedFrame();

// The size a top-level window takes: `preferred` where the screen's available area has room
// for it and its frame, else as much as there is, never below `minimum` (a layout's minimum
// that does not fit is a bug of that layout, which the screen-size tests catch).
QSize fittedSize(const QSize& preferred, const QSize& minimum, const QRect& available,
                 const QMargins& frame = expectedFrame());

// `geometry` (a window's, without its frame) moved and shrunk so that it and its frame lie
// within `available`.
QRect fittedGeometry(const QRect& geometry, const QSize& minimum, const QRect& available,
                     const QMargins& frame = expectedFrame());

// The screen a window opens on: its own once it has a handle, else its parent's, else the
// primary screen.
QScreen* screenFor(const QWidget* window);

// Resizes the top-level `window` to `preferred` bounded by its screen's available area.
void resizeToFit(QWidget* window, const QSize& preferred);

// When `window` is first shown (its fonts, style and lists in place): `width` wide and as
// tall as its layout needs at that width, no taller, within the screen, centred where it was.
// For dialogs whose word-wrapped labels make the size hint too tall beforehand.
void fitHeightWhenShown(QWidget* window, int width);

// Shrinks and moves the top-level `window` (e.g. after restoreGeometry()) so that it lies
// within its screen's available area; does nothing to a window that already does.
void keepOnScreen(QWidget* window);

} // namespace fjord::screenfit
