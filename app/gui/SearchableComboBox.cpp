#include "SearchableComboBox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QPainter>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFrame>

#include <algorithm>

namespace fjord {

namespace {

// The field of the combo box. While it has the focus it is an ordinary line edit; otherwise a
// text too long for it is drawn with an ellipsis at its end rather than cut at the edge (the
// text itself, what is copied and what a screen reader reads, stays whole).
class ElidingLineEdit final : public QLineEdit
{
public:
    explicit ElidingLineEdit(QWidget* parent)
        : QLineEdit(parent)
    {
    }

    QRect textArea() const
    {
        QStyleOptionFrame option;
        initStyleOption(&option);
        const QMargins margins = textMargins();
        // QLineEdit keeps 2 px between its contents rectangle and the text.
        return style()
            ->subElementRect(QStyle::SE_LineEditContents, &option, this)
            .marginsRemoved(margins)
            .adjusted(2, 0, -2, 0);
    }

    QString displayedText() const
    {
        if (hasFocus() || echoMode() != Normal)
            return text();
        return fontMetrics().elidedText(text(), Qt::ElideRight, textArea().width());
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        const QString shown = displayedText();
        if (shown == text()) {
            QLineEdit::paintEvent(event);
            return;
        }
        QPainter painter(this);
        QStyleOptionFrame option;
        initStyleOption(&option);
        style()->drawPrimitive(QStyle::PE_PanelLineEdit, &option, &painter, this);
        painter.setPen(
            palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Text));
        painter.drawText(textArea(), int(Qt::AlignLeft | Qt::AlignVCenter), shown);
    }
};

} // namespace

SearchableComboBox::SearchableComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setLineEdit(new ElidingLineEdit(this));
    // An entry too wide even for the screen loses its end, never its middle.
    view()->setTextElideMode(Qt::ElideRight);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &SearchableComboBox::settleTypedText);
    // Long entries should read from their start ("Europe, Finland - ..."), not their end.
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!lineEdit()->hasFocus())
            lineEdit()->setCursorPosition(0);
    });
}

SearchableComboBox::~SearchableComboBox() = default;

QString SearchableComboBox::currentValue() const
{
    return currentData().toString();
}

bool SearchableComboBox::setCurrentValue(const QString& value)
{
    const int index = findData(value);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

QString SearchableComboBox::displayedText() const
{
    return static_cast<const ElidingLineEdit*>(lineEdit())->displayedText();
}

void SearchableComboBox::showPopup()
{
    // As wide as the widest entry, within the screen's available width.
    QAbstractItemView* list = view();
    int widest = list->sizeHintForColumn(0);
    for (int row = 0; row < count(); ++row)
        widest = std::max(widest, list->fontMetrics().horizontalAdvance(itemText(row)));
    int wanted = widest + list->verticalScrollBar()->sizeHint().width() + 4 * list->frameWidth() +
                 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 8;
    if (const QScreen* shownOn = screen())
        wanted = std::min(wanted, shownOn->availableGeometry().width());
    list->setMinimumWidth(std::max(wanted, width()));
    QComboBox::showPopup();
}

void SearchableComboBox::focusOutEvent(QFocusEvent* event)
{
    QComboBox::focusOutEvent(event);
    settleTypedText();
}

void SearchableComboBox::settleTypedText()
{
    const QString typed = currentText();
    const int exact = findText(typed, Qt::MatchFixedString);
    if (exact >= 0) {
        if (exact != currentIndex())
            setCurrentIndex(exact);
        return;
    }
    // Unmatched text would look chosen but is not: show what is actually selected.
    setEditText(itemText(currentIndex()));
}

} // namespace fjord
