#include "models/ProjectFilterProxyModel.h"

#include "models/ProjectListModel.h"

#include <algorithm>
#include <numeric>

namespace fjord {

namespace {

// True when every row that matches `narrower` also matches `wider`: each word of `wider` is
// part of a word of `narrower` (typing on at the end of the filter, say).
bool narrows(const QStringList& narrower, const QStringList& wider)
{
    return std::all_of(wider.cbegin(), wider.cend(), [&narrower](const QString& term) {
        return std::any_of(narrower.cbegin(), narrower.cend(),
                           [&term](const QString& longer) { return longer.contains(term); });
    });
}

} // namespace

ProjectFilterProxyModel::ProjectFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

ProjectFilterProxyModel::~ProjectFilterProxyModel() = default;

void ProjectFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_projects = qobject_cast<ProjectListModel*>(sourceModel);
    // Connected before QAbstractProxyModel connects its own (which announce header changes
    // when the source's rows come or go): slots run in that order, so the mapping here is up
    // to date by the time anybody hears of a change.
    if (sourceModel) {
        using Model = QAbstractItemModel;
        const auto reset = [this] {
            sortRows();
            filterRows(m_sorted);
            endResetModel();
        };
        m_sourceConnections = {
            connect(sourceModel, &Model::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(sourceModel, &Model::modelReset, this, reset),
            // Columns change only with a model of another kind: start afresh.
            connect(sourceModel, &Model::columnsAboutToBeInserted, this,
                    [this] { beginResetModel(); }),
            connect(sourceModel, &Model::columnsInserted, this, reset),
            connect(sourceModel, &Model::columnsAboutToBeRemoved, this,
                    [this] { beginResetModel(); }),
            connect(sourceModel, &Model::columnsRemoved, this, reset),
            // Rows coming, going or moving in the source: one layout change here.
            connect(sourceModel, &Model::rowsAboutToBeInserted, this,
                    &ProjectFilterProxyModel::sourceLayoutAboutToChange),
            connect(sourceModel, &Model::rowsInserted, this,
                    &ProjectFilterProxyModel::sourceLayoutChanged),
            connect(sourceModel, &Model::rowsAboutToBeRemoved, this,
                    &ProjectFilterProxyModel::sourceLayoutAboutToChange),
            connect(sourceModel, &Model::rowsRemoved, this,
                    &ProjectFilterProxyModel::sourceLayoutChanged),
            connect(sourceModel, &Model::rowsAboutToBeMoved, this,
                    &ProjectFilterProxyModel::sourceLayoutAboutToChange),
            connect(sourceModel, &Model::rowsMoved, this,
                    &ProjectFilterProxyModel::sourceLayoutChanged),
            connect(sourceModel, &Model::layoutAboutToBeChanged, this,
                    &ProjectFilterProxyModel::sourceLayoutAboutToChange),
            connect(sourceModel, &Model::layoutChanged, this,
                    &ProjectFilterProxyModel::sourceLayoutChanged),
            connect(sourceModel, &Model::dataChanged, this,
                    &ProjectFilterProxyModel::sourceDataChanged),
            connect(sourceModel, &Model::headerDataChanged, this, &Model::headerDataChanged),
        };
    }
    QAbstractProxyModel::setSourceModel(sourceModel);
    sortRows();
    filterRows(m_sorted);
    endResetModel();
}

void ProjectFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    const QStringList terms = text.toLower().split(u' ', Qt::SkipEmptyParts);
    m_filterText = text;
    if (terms != m_terms) {
        // Typing on only narrows the rows shown: then only those need looking at again.
        const bool narrower = narrows(terms, m_terms);
        m_terms = terms;
        beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
        filterRows(narrower ? QVector<int>(m_visible) : m_sorted);
        endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
    }
    Q_EMIT filterTextChanged(text);
}

void ProjectFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginLayoutChange(QAbstractItemModel::VerticalSortHint);
    sortRows();
    filterRows(m_sorted);
    endLayoutChange(QAbstractItemModel::VerticalSortHint);
}

// ---------------------------------------------------------------------------------------------
// The mapping

bool ProjectFilterProxyModel::accepts(int sourceRow) const
{
    if (m_terms.isEmpty())
        return true;
    QString fromRole;
    if (!m_projects) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0);
        fromRole = index.data(ProjectListModel::FilterTextRole).toString().toLower();
    }
    const QString& haystack = m_projects ? m_projects->filterTextAt(sourceRow) : fromRole;
    return std::all_of(m_terms.cbegin(), m_terms.cend(),
                       [&haystack](const QString& term) { return haystack.contains(term); });
}

bool ProjectFilterProxyModel::lessThan(int leftSourceRow, int rightSourceRow) const
{
    if (m_projects)
        return m_projects->lessThan(leftSourceRow, rightSourceRow, m_sortColumn);
    const QVariant left =
        sourceModel()->index(leftSourceRow, m_sortColumn).data(ProjectListModel::SortRole);
    const QVariant right =
        sourceModel()->index(rightSourceRow, m_sortColumn).data(ProjectListModel::SortRole);
    if (left.userType() == QMetaType::QString && right.userType() == QMetaType::QString)
        return left.toString().compare(right.toString(), Qt::CaseInsensitive) < 0;
    return QVariant::compare(left, right) == QPartialOrdering::Less;
}

void ProjectFilterProxyModel::sortRows()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_sorted.resize(rows);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortColumn < 0 || rows == 0 || m_sortColumn >= sourceModel()->columnCount())
        return;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto before = [this, ascending](int left, int right) {
        return ascending ? lessThan(left, right) : lessThan(right, left);
    };
    // The answer is usually in order already (by name): checking that takes one comparison a
    // row, where sorting takes a few dozen (100,000 projects: 190 ms of the start-up).
    if (std::is_sorted(m_sorted.cbegin(), m_sorted.cend(), before))
        return;
    std::stable_sort(m_sorted.begin(), m_sorted.end(), before);
}

void ProjectFilterProxyModel::filterRows(const QVector<int>& candidates)
{
    m_visible.clear();
    m_visible.reserve(candidates.size());
    // Texts not built yet are built together, on every core, rather than one by one here.
    if (m_projects && !m_terms.isEmpty())
        m_projects->buildFilterTexts();
    std::copy_if(candidates.cbegin(), candidates.cend(), std::back_inserter(m_visible),
                 [this](int sourceRow) { return accepts(sourceRow); });
    m_proxyRow.fill(-1, m_sorted.size());
    for (int proxyRow = 0; proxyRow < m_visible.size(); ++proxyRow)
        m_proxyRow[m_visible.at(proxyRow)] = proxyRow;
}

void ProjectFilterProxyModel::beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // Each persistent index (a selection, the current row) is remembered by its source row,
    // which the source keeps up to date through its own changes.
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceIndexes.clear();
    m_layoutSourceIndexes.reserve(m_layoutProxyIndexes.size());
    for (const QModelIndex& index : std::as_const(m_layoutProxyIndexes))
        m_layoutSourceIndexes.append(QPersistentModelIndex(mapToSource(index)));
}

void ProjectFilterProxyModel::endLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    QModelIndexList moved;
    moved.reserve(m_layoutSourceIndexes.size());
    for (const QPersistentModelIndex& source : std::as_const(m_layoutSourceIndexes))
        moved.append(mapFromSource(source)); // invalid when the row is gone or filtered out
    changePersistentIndexList(m_layoutProxyIndexes, moved);
    m_layoutProxyIndexes.clear();
    m_layoutSourceIndexes.clear();
    Q_EMIT layoutChanged({}, hint);
}

void ProjectFilterProxyModel::sourceLayoutAboutToChange()
{
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

void ProjectFilterProxyModel::sourceLayoutChanged()
{
    sortRows();
    filterRows(m_sorted);
    endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

void ProjectFilterProxyModel::sourceDataChanged(const QModelIndex& topLeft,
                                                const QModelIndex& bottomRight,
                                                const QList<int>& roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // Changed rows may sort elsewhere or stop (or start) matching the filter. A Services count
    // does neither unless the rows are sorted by it (the search text leaves it out), and the
    // counts arrive one by one while the user types: sorting and filtering 100,000 rows again
    // for each took 300 ms.
    const bool onlyServices = m_projects && topLeft.column() == ProjectListModel::ServicesColumn &&
                              bottomRight.column() == ProjectListModel::ServicesColumn;
    if (!onlyServices || m_sortColumn == ProjectListModel::ServicesColumn) {
        sourceLayoutAboutToChange();
        sourceLayoutChanged();
    }
    int first = -1;
    int last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = m_proxyRow.value(row, -1);
        if (proxyRow < 0)
            continue;
        first = first < 0 ? proxyRow : std::min(first, proxyRow);
        last = std::max(last, proxyRow);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()),
                           roles);
}

// ---------------------------------------------------------------------------------------------
// QAbstractItemModel

QModelIndex ProjectFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ProjectFilterProxyModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex ProjectFilterProxyModel::sibling(int row, int column, const QModelIndex& index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int ProjectFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ProjectFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool ProjectFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_visible.isEmpty() && columnCount() > 0;
}

QModelIndex ProjectFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_visible.size())
        return {};
    return sourceModel()->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ProjectFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int proxyRow = m_proxyRow.value(sourceIndex.row(), -1);
    return proxyRow < 0 ? QModelIndex() : index(proxyRow, sourceIndex.column());
}

QVariant ProjectFilterProxyModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    const int sourceRow = m_visible.value(section, -1);
    return sourceRow < 0 ? QVariant() : sourceModel()->headerData(sourceRow, orientation, role);
}

} // namespace fjord
