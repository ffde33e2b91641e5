#include "CallStatusLine.h"

#include "FormStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fjord {

CallStatusLine::CallStatusLine(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* row = new QHBoxLayout;
    row->setSpacing(6);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"busyProgressBar"_s);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->setRange(0, 0); // indeterminate: the API gives no progress figures
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedSize(72, 10);
    m_busyBar->hide();

    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(u"statusIconLabel"_s);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_iconLabel->hide();

    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(u"statusLabel"_s);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(u"detailsToolButton"_s);
    m_detailsButton->setAccessibleName(tr("Show error details"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->hide();

    row->addWidget(m_busyBar, 0, Qt::AlignVCenter);
    row->addWidget(m_iconLabel, 0, Qt::AlignTop);
    row->addWidget(m_textLabel, 1);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addLayout(row);

    m_detailsEdit = new QPlainTextEdit(this);
    m_detailsEdit->setObjectName(u"detailsPlainTextEdit"_s);
    m_detailsEdit->setAccessibleName(tr("Error details"));
    m_detailsEdit->setReadOnly(true);
    m_detailsEdit->setMaximumHeight(90);
    m_detailsEdit->setTabChangesFocus(true);
    m_detailsEdit->hide();
    layout->addWidget(m_detailsEdit);

    connect(m_detailsButton, &QToolButton::toggled, this, &CallStatusLine::setDetailsShown);
    clear();
}

CallStatusLine::~CallStatusLine() = default;

void CallStatusLine::showBusy(const QString& text)
{
    clear();
    m_busyBar->show();
    m_textLabel->setText(text);
    FormStyle::announce(m_textLabel, text, false);
}

void CallStatusLine::showMessage(const QString& text)
{
    clear();
    m_textLabel->setText(text);
    FormStyle::announce(m_textLabel, text, false);
}

void CallStatusLine::showError(const QString& text, const QString& details)
{
    clear();
    m_error = true;
    m_iconLabel->show();
    m_textLabel->setText(text);
    m_textLabel->setStyleSheet(FormStyle::errorTextStyleSheet(m_textLabel));
    FormStyle::announce(m_textLabel, text, true);
    m_detailsEdit->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty() && details != text);
}

void CallStatusLine::clear()
{
    m_error = false;
    m_busyBar->hide();
    m_iconLabel->hide();
    m_textLabel->clear();
    m_textLabel->setAccessibleName({});
    m_textLabel->setStyleSheet({});
    m_detailsButton->setChecked(false);
    m_detailsButton->hide();
    m_detailsEdit->clear();
}

bool CallStatusLine::isBusy() const
{
    return !m_busyBar->isHidden();
}

QString CallStatusLine::text() const
{
    return m_textLabel->text();
}

QString CallStatusLine::details() const
{
    return m_detailsEdit->toPlainText();
}

void CallStatusLine::setDetailsShown(bool shown)
{
    m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_detailsEdit->setVisible(shown);
}

} // namespace fjord
