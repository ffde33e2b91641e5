#include "ProjectFilterProxyModel.h"

#include "ProjectListModel.h"

namespace fjord {

ProjectFilterProxyModel::ProjectFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProjectListModel::SortRole);
    setFilterRole(ProjectListModel::FilterTextRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

ProjectFilterProxyModel::~ProjectFilterProxyModel() = default;

void ProjectFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    m_projects = qobject_cast<ProjectListModel*>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void ProjectFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_terms = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
    Q_EMIT filterTextChanged(text);
}

bool ProjectFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    QString fromRole;
    if (!m_projects) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        fromRole = sourceModel()->data(index, filterRole()).toString().toLower();
    }
    const QString& haystack = m_projects ? m_projects->filterTextAt(sourceRow) : fromRole;
    for (const QString& term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

bool ProjectFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_projects && left.column() == right.column())
        return m_projects->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace fjord
