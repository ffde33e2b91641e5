#include "ActivityWindow.h"

#include "ScreenFit.h"
#include "ui_ActivityWindow.h"

#include "DesktopSetup.h"
#include "FormStyle.h"
#include "export/RequestLogModel.h"

#include <QAction>
#include <QBrush>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QPalette>
#include <QSettings>
#include <QSortFilterProxyModel>

namespace fjord {

namespace {

// Filters on every column's text and on failures, and tints failed rows in a red that stays
// readable on both light and dark palettes.
class RequestLogFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setErrorsOnly(bool errorsOnly)
    {
        if (m_errorsOnly == errorsOnly)
            return;
        m_errorsOnly = errorsOnly;
        invalidateRowsFilter();
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.data(RequestLogModel::IsErrorRole).toBool()) {
            // Rows sit on the view's base colour.
            return QBrush(FormStyle::errorColor(QGuiApplication::palette().color(QPalette::Base)));
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QAbstractItemModel* source = sourceModel();
        if (m_errorsOnly &&
            !source->index(sourceRow, 0, sourceParent).data(RequestLogModel::IsErrorRole).toBool())
            return false;
        const QRegularExpression re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        for (int column = 0; column < source->columnCount(sourceParent); ++column) {
            if (source->index(sourceRow, column, sourceParent).data().toString().contains(re))
                return true;
        }
        return false;
    }

private:
    bool m_errorsOnly = false;
};

const QLatin1String kGeometryKey("ActivityWindow/geometry");
const QLatin1String kHeaderKey("ActivityWindow/header");

} // namespace

ActivityWindow::ActivityWindow(RequestLogModel* model, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::ActivityWindow>())
    , m_model(model)
    , m_proxy(new RequestLogFilter(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Activity – Fjord"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->requestTableView->setModel(m_proxy);
    m_ui->requestTableView->sortByColumn(RequestLogModel::TimeColumn, Qt::AscendingOrder);
    // A log reads best dense: rows as tall as the text, not as tall as a button.
    m_ui->requestTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView* header = m_ui->requestTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(RequestLogModel::TimeColumn, 110);
    header->resizeSection(RequestLogModel::MethodColumn, 70);
    header->resizeSection(RequestLogModel::PathColumn, 300);
    header->resizeSection(RequestLogModel::StatusColumn, 60);
    header->resizeSection(RequestLogModel::DurationColumn, 80);
    header->resizeSection(RequestLogModel::AttemptColumn, 60);

    m_ui->filterLineEdit->setAccessibleName(tr("Filter requests"));
    m_ui->errorsOnlyCheckBox->setAccessibleName(tr("Show failed requests only"));
    m_ui->followCheckBox->setAccessibleName(tr("Follow new requests"));
    m_ui->copyPushButton->setAccessibleName(tr("Copy all requests"));
    m_ui->clearPushButton->setAccessibleName(tr("Clear the request log"));
    m_ui->requestTableView->setAccessibleName(tr("API requests"));
    m_ui->summaryLabel->setAccessibleName(tr("Request summary"));

    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterRegularExpression(QRegularExpression(
            QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption));
        updateSummary();
    });
    connect(m_ui->errorsOnlyCheckBox, &QCheckBox::toggled, this, [this](bool checked) {
        static_cast<RequestLogFilter*>(m_proxy)->setErrorsOnly(checked);
        updateSummary();
    });
    connect(m_ui->copyPushButton, &QPushButton::clicked, this, &ActivityWindow::copyAll);
    connect(m_ui->clearPushButton, &QPushButton::clicked, m_model, &RequestLogModel::clear);
    connect(m_model, &RequestLogModel::entryAppended, this, &ActivityWindow::followNewest);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityWindow::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActivityWindow::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityWindow::updateSummary);

    // Ctrl+F jumps to the filter; Esc and Ctrl+W close, as in the main window's dialogs.
    auto* findAction = new QAction(this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcuts(shortcutsFor(QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence::Find));
    connect(findAction, &QAction::triggered, this, [this] {
        m_ui->filterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterLineEdit->selectAll();
    });
    auto* closeAction = new QAction(this);
    closeAction->setObjectName(QStringLiteral("closeAction"));
    closeAction->setShortcuts(
        QList<QKeySequence>{QKeySequence(Qt::Key_Escape)} +
        shortcutsFor(QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close));
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addActions({findAction, closeAction});

    updateSummary();
}

ActivityWindow::~ActivityWindow() = default;

int ActivityWindow::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void ActivityWindow::showEvent(QShowEvent* event)
{
    if (!m_geometryRestored) {
        m_geometryRestored = true;
        QSettings settings;
        if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
            screenfit::resizeToFit(this, size());
        m_ui->requestTableView->horizontalHeader()->restoreState(
            settings.value(kHeaderKey).toByteArray());
    }
    QWidget::showEvent(event);
    followNewest();
}

void ActivityWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kHeaderKey, m_ui->requestTableView->horizontalHeader()->saveState());
    QWidget::closeEvent(event);
}

void ActivityWindow::updateSummary()
{
    const int total = m_model->rowCount();
    const int failed = m_model->errorCount();
    QString text = tr("%n request(s)", nullptr, total) + QStringLiteral(", ") +
                   tr("%n failed", nullptr, failed);
    if (m_proxy->rowCount() != total)
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, m_proxy->rowCount());
    m_ui->summaryLabel->setText(text);
    m_ui->copyPushButton->setEnabled(total > 0);
    m_ui->clearPushButton->setEnabled(total > 0);
}

void ActivityWindow::copyAll()
{
    QGuiApplication::clipboard()->setText(m_model->toPlainText());
    m_ui->summaryLabel->setText(
        tr("Copied %n request(s) to the clipboard.", nullptr, m_model->rowCount()));
}

void ActivityWindow::followNewest()
{
    if (isVisible() && m_ui->followCheckBox->isChecked())
        m_ui->requestTableView->scrollToBottom();
}

} // namespace fjord
