#include "CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace fjord {

namespace {

// Enough for every cell of a few screens; the cache starts over beyond it.
constexpr qsizetype kMaxCachedTexts = 8192;

} // namespace

CachedTextDelegate::CachedTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

const QStaticText& CachedTextDelegate::laidOut(const QString& text, int width,
                                               const QStyleOptionViewItem& option) const
{
    if (option.font != m_font || option.textElideMode != m_elideMode) {
        m_texts.clear();
        m_font = option.font;
        m_elideMode = option.textElideMode;
    }
    const Key key{text, width};
    auto it = m_texts.find(key);
    if (it != m_texts.end())
        return it.value();
    if (m_texts.size() >= kMaxCachedTexts)
        m_texts.clear();
    const QFontMetrics metrics(option.font);
    QStaticText laid(metrics.elidedText(text, option.textElideMode, width));
    laid.setTextFormat(Qt::PlainText);
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    laid.prepare(QTransform(), option.font);
    return m_texts.insert(key, laid).value();
}

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool plainText =
        !(opt.features &
          (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator)) &&
        !(opt.features & QStyleOptionViewItem::WrapText) && !opt.text.contains(u'\n');
    if (!plainText) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    // Background, selection and focus frame exactly as the style draws them.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // With neither icon nor check box the style's text rectangle is the whole cell (asking the
    // style for it would lay the text out once more), with QCommonStyle's text margins.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const QStaticText& laid = laidOut(text, textRect.width(), opt);
    const QSize size = laid.size().toSize();
    const QRect placed = QStyle::alignedRect(opt.direction, opt.displayAlignment, size, textRect);

    QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role =
        opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;

    painter->save();
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    painter->drawStaticText(placed.topLeft(), laid);
    painter->restore();
}

} // namespace fjord
