#include "EmailListEditor.h"

#include "FormStyle.h"
#include "forms/ProjectValidation.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fjord {

EmailListEditor::EmailListEditor(QWidget* parent)
    : QWidget(parent)
    , m_maximum(ProjectValidation::maxEmails)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);

    m_lineEdit = new QLineEdit(this);
    m_lineEdit->setObjectName(u"emailLineEdit"_s);
    m_lineEdit->setPlaceholderText(tr("name@example.com"));
    m_lineEdit->setClearButtonEnabled(true);
    m_lineEdit->installEventFilter(this);

    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setObjectName(u"addEmailPushButton"_s);
    m_addButton->setAutoDefault(false);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"emailListWidget"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
    // Four rows visible: most projects have one or two contacts.
    m_list->setFixedHeight(m_list->fontMetrics().height() * 4 + 2 * m_list->frameWidth() + 10);

    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(u"removeEmailPushButton"_s);
    m_removeButton->setAutoDefault(false);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"emailCountLabel"_s);
    m_countLabel->setStyleSheet(FormStyle::hintTextStyleSheet());

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"emailErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    FormStyle::pairErrorLabel(m_errorLabel, m_lineEdit);

    auto* side = new QVBoxLayout;
    side->setSpacing(4);
    side->addWidget(m_removeButton);
    side->addStretch(1);
    side->addWidget(m_countLabel, 0, Qt::AlignRight);

    layout->addWidget(m_lineEdit, 0, 0);
    layout->addWidget(m_addButton, 0, 1);
    layout->addWidget(m_list, 1, 0, Qt::AlignTop);
    layout->addLayout(side, 1, 1);
    layout->addWidget(m_errorLabel, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    setFocusProxy(m_lineEdit);
    // Take the height the parts need; extra room in a form would pull the rows apart.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFieldName(tr("Emails"));

    connect(m_addButton, &QPushButton::clicked, this, &EmailListEditor::addTyped);
    connect(m_removeButton, &QPushButton::clicked, this, &EmailListEditor::removeSelected);
    connect(m_lineEdit, &QLineEdit::textChanged, this, [this] {
        FormStyle::setErrorText(m_errorLabel, {});
        FormStyle::setFieldInvalid(m_lineEdit, false);
        updateState();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &EmailListEditor::updateState);
    updateState();
}

EmailListEditor::~EmailListEditor() = default;

QStringList EmailListEditor::emails() const
{
    QStringList result;
    result.reserve(m_list->count());
    for (int row = 0; row < m_list->count(); ++row)
        result.append(m_list->item(row)->text());
    return result;
}

void EmailListEditor::setEmails(const QStringList& emails)
{
    m_list->clear();
    m_list->addItems(emails);
    FormStyle::setErrorText(m_errorLabel, {});
    updateState();
    Q_EMIT emailsChanged();
}

void EmailListEditor::setMaximum(int maximum)
{
    m_maximum = maximum;
    updateState();
}

void EmailListEditor::setFieldName(const QString& name)
{
    setAccessibleName(name);
    m_lineEdit->setAccessibleName(tr("%1: new address").arg(name));
    m_addButton->setAccessibleName(tr("%1: add address").arg(name));
    m_list->setAccessibleName(tr("%1: list").arg(name));
    m_removeButton->setAccessibleName(tr("%1: remove selected").arg(name));
    m_countLabel->setAccessibleName(tr("%1: count").arg(name));
    m_errorLabel->setAccessibleName(tr("%1: error").arg(name));
}

bool EmailListEditor::commitPending()
{
    if (!hasPendingText())
        return true;
    return addTyped();
}

bool EmailListEditor::hasPendingText() const
{
    return !m_lineEdit->text().trimmed().isEmpty();
}

QString EmailListEditor::validationError() const
{
    if (hasPendingText()) {
        const QString error = ProjectValidation::emailError(m_lineEdit->text());
        if (!error.isEmpty())
            return error;
    }
    return ProjectValidation::emailListError(emails());
}

void EmailListEditor::setError(const QString& error)
{
    FormStyle::setErrorText(m_errorLabel, error);
}

QString EmailListEditor::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

bool EmailListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // Enter in the address field adds the address instead of pressing the dialog's OK.
        if (watched == m_lineEdit &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && hasPendingText()) {
            addTyped();
            return true;
        }
        if (watched == m_list && key->key() == Qt::Key_Delete) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool EmailListEditor::addTyped()
{
    const QString typed = m_lineEdit->text().trimmed();
    QString error = ProjectValidation::emailError(typed);
    const QString key = ProjectValidation::normalizedEmail(typed).toLower();
    if (error.isEmpty()) {
        const QStringList current = emails();
        for (const QString& existing : current) {
            if (ProjectValidation::normalizedEmail(existing).toLower() == key) {
                error = tr("%1 is already in the list.").arg(existing);
                break;
            }
        }
    }
    if (error.isEmpty() && m_list->count() >= m_maximum)
        error = tr("At most %1 addresses are allowed: remove one first.").arg(m_maximum);
    if (!error.isEmpty()) {
        FormStyle::setErrorText(m_errorLabel, error);
        FormStyle::setFieldInvalid(m_lineEdit, true);
        return false;
    }
    m_list->addItem(ProjectValidation::normalizedEmail(typed));
    m_lineEdit->clear();
    updateState();
    Q_EMIT emailsChanged();
    return true;
}

void EmailListEditor::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const int firstRow = m_list->row(selected.constFirst());
    qDeleteAll(selected);
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(firstRow, m_list->count() - 1));
    FormStyle::setErrorText(m_errorLabel, {});
    updateState();
    Q_EMIT emailsChanged();
}

void EmailListEditor::updateState()
{
    const int count = m_list->count();
    m_addButton->setEnabled(hasPendingText() && count < m_maximum);
    m_removeButton->setEnabled(!m_list->selectedItems().isEmpty());
    m_countLabel->setText(tr("%1 of %2").arg(count).arg(m_maximum));
}

} // namespace fjord
