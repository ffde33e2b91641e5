#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace fjord {

// Paints plain-text cells as QStyledItemDelegate does, but keeps each cell's elided, laid-out
// text (QStaticText) for the next paint. Scrolling and filtering a long list then repaint
// with glyphs already shaped, instead of shaping every visible cell again. Cells with an icon
// or a check box are left to QStyledItemDelegate.
class CachedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CachedTextDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    qsizetype cachedTextCount() const { return m_texts.size(); }

private:
    struct Key
    {
        QString text;
        int width;
        bool operator==(const Key& other) const
        {
            return width == other.width && text == other.text;
        }
    };
    friend size_t qHash(const Key& key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.text, key.width);
    }

    const QStaticText& laidOut(const QString& text, int width,
                               const QStyleOptionViewItem& option) const;

    mutable QHash<Key, QStaticText> m_texts;
    mutable QFont m_font;
    mutable Qt::TextElideMode m_elideMode = Qt::ElideRight;
};

} // namespace fjord
