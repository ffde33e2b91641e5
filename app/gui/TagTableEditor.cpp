#include "TagTableEditor.h"

#include "FormStyle.h"
#include "forms/ProjectValidation.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace fjord {

TagTableEditor::TagTableEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"tagsTableWidget"_s);
    m_table->setAccessibleName(tr("Tags"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in every other field
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            m_table->fontMetrics().height() * 5 + 18);

    m_addButton = new QPushButton(tr("Add &tag"), this);
    m_addButton->setObjectName(u"addTagPushButton"_s);
    m_addButton->setAccessibleName(tr("Add tag"));
    m_addButton->setAutoDefault(false);
    m_removeButton = new QPushButton(tr("Remo&ve"), this);
    m_removeButton->setObjectName(u"removeTagPushButton"_s);
    m_removeButton->setAccessibleName(tr("Remove selected tags"));
    m_removeButton->setAutoDefault(false);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"tagsErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    FormStyle::pairErrorLabel(m_errorLabel, m_table);

    auto* side = new QVBoxLayout;
    side->setSpacing(4);
    side->addWidget(m_addButton);
    side->addWidget(m_removeButton);
    side->addStretch(1);
    layout->addWidget(m_table, 0, 0);
    layout->addLayout(side, 0, 1);
    layout->addWidget(m_errorLabel, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    setAccessibleName(tr("Tags"));
    setFocusProxy(m_table);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        // The new row's key cell becomes current, which opens its editor (AllEditTriggers).
        m_table->setFocus();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    });
    connect(m_removeButton, &QPushButton::clicked, this, &TagTableEditor::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TagTableEditor::updateState);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        FormStyle::setErrorText(m_errorLabel, {});
        Q_EMIT rowsChanged();
    });
    updateState();
}

TagTableEditor::~TagTableEditor() = default;

QList<QPair<QString, QString>> TagTableEditor::rows() const
{
    QList<QPair<QString, QString>> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* keyItem = m_table->item(row, 0);
        const QTableWidgetItem* valueItem = m_table->item(row, 1);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        const QString value = valueItem ? valueItem->text() : QString();
        if (!key.isEmpty() || !value.isEmpty())
            result.append({key, value});
    }
    return result;
}

void TagTableEditor::setRows(const QList<QPair<QString, QString>>& rows)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_given.clear();
    for (const auto& [key, value] : rows) {
        addRow(key, value);
        m_given.insert(key, value);
    }
    FormStyle::setErrorText(m_errorLabel, {});
    updateState();
    Q_EMIT rowsChanged();
}

QString TagTableEditor::validate()
{
    int badRow = -1;
    const QString error = ProjectValidation::tagListError(rows(), &badRow, m_given);
    FormStyle::setErrorText(m_errorLabel, error);
    if (badRow >= 0) {
        // rows() skips blank lines, so find the table row holding the bad entry.
        int seen = -1;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const auto* key = m_table->item(row, 0);
            const auto* value = m_table->item(row, 1);
            if ((key && !key->text().trimmed().isEmpty()) || (value && !value->text().isEmpty()))
                ++seen;
            if (seen == badRow) {
                m_table->selectRow(row);
                break;
            }
        }
    }
    return error;
}

void TagTableEditor::setError(const QString& error)
{
    FormStyle::setErrorText(m_errorLabel, error);
}

QString TagTableEditor::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void TagTableEditor::addRow(const QString& key, const QString& value)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    updateState();
}

void TagTableEditor::removeSelected()
{
    std::set<int> selectedRows;
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    for (const QTableWidgetItem* item : items)
        selectedRows.insert(item->row());
    for (auto it = selectedRows.rbegin(); it != selectedRows.rend(); ++it)
        m_table->removeRow(*it);
    FormStyle::setErrorText(m_errorLabel, {});
    updateState();
    Q_EMIT rowsChanged();
}

void TagTableEditor::updateState()
{
    m_addButton->setEnabled(m_table->rowCount() < ProjectValidation::maxTags);
    m_addButton->setToolTip(
        m_addButton->isEnabled()
            ? QString()
            : tr("A project can have at most %1 tags.").arg(ProjectValidation::maxTags));
    m_removeButton->setEnabled(!m_table->selectedItems().isEmpty());
}

} // namespace fjord
