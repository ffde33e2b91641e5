#include "ScreenFit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace fjord::screenfit {

QMargins expectedFrame()
{
    return {30, 40, 30, 20};
}

QSize fittedSize(const QSize& preferred, const QSize& minimum, const QRect& available,
                 const QMargins& frame)
{
    const QSize room(available.width() - frame.left() - frame.right(),
                     available.height() - frame.top() - frame.bottom());
    return preferred.boundedTo(room).expandedTo(minimum);
}

QRect fittedGeometry(const QRect& geometry, const QSize& minimum, const QRect& available,
                     const QMargins& frame)
{
    QRect fitted(geometry.topLeft(), fittedSize(geometry.size(), minimum, available, frame));
    const QRect inner = available.marginsRemoved(frame);
    if (fitted.right() > inner.right())
        fitted.moveRight(inner.right());
    if (fitted.bottom() > inner.bottom())
        fitted.moveBottom(inner.bottom());
    if (fitted.left() < inner.left())
        fitted.moveLeft(inner.left());
    if (fitted.top() < inner.top())
        fitted.moveTop(inner.top());
    return fitted;
}

QScreen* screenFor(const QWidget* window)
{
    if (window->windowHandle() && window->windowHandle()->screen())
        return window->windowHandle()->screen();
    if (const QWidget* parent = window->parentWidget())
        return parent->screen();
    return QGuiApplication::primaryScreen();
}

namespace {

// The frame a shown window really has; before it is shown, the expected one.
QMargins frameOf(const QWidget* window)
{
    if (window->isVisible() && window->windowHandle()) {
        const QMargins real = window->windowHandle()->frameMargins();
        if (!real.isNull())
            return real;
    }
    return expectedFrame();
}

} // namespace

void resizeToFit(QWidget* window, const QSize& preferred)
{
    const QScreen* screen = screenFor(window);
    if (!screen) {
        window->resize(preferred);
        return;
    }
    window->resize(fittedSize(preferred,
                              window->minimumSizeHint().expandedTo(window->minimumSize()),
                              screen->availableGeometry(), frameOf(window)));
}

namespace {

class FitOnShow final : public QObject
{
public:
    FitOnShow(QWidget* window, int width)
        : QObject(window)
        , m_width(width)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Show)
            return false;
        auto* window = static_cast<QWidget*>(watched);
        window->removeEventFilter(this);
        if (window->layout())
            window->layout()->activate();
        const int height = window->heightForWidth(m_width);
        const QRect before = window->geometry();
        resizeToFit(window, QSize(m_width, height > 0 ? height : window->sizeHint().height()));
        window->move(before.center() - window->rect().center());
        deleteLater();
        return false;
    }

private:
    int m_width;
};

} // namespace

void fitHeightWhenShown(QWidget* window, int width)
{
    new FitOnShow(window, width);
}

void keepOnScreen(QWidget* window)
{
    const QScreen* screen = screenFor(window);
    if (!screen)
        return;
    const QMargins frame = frameOf(window);
    const QRect available = screen->availableGeometry();
    const QRect current = window->geometry();
    if (available.marginsRemoved(frame).contains(current))
        return;
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    const QRect fitted = fittedGeometry(current, minimum, available, frame);
    window->setGeometry(fitted);
}

} // namespace fjord::screenfit
