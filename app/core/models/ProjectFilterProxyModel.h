#pragma once

#include <QAbstractProxyModel>
#include <QStringList>
#include <QVector>

namespace fjord {

class ProjectListModel;

// Sorts and filters a ProjectListModel as the user types. Every word of the filter must occur
// in a row's name, cloud (code or description), account or tags, ignoring case. Rows are
// matched against a lowercase text the source model keeps per row (FilterTextRole).
//
// Built for lists of 100,000 projects: the rows are sorted once (again only when the source or
// the sort column changes), and a keystroke is one pass over them that keeps the sorted order,
// reaching the views as a single layout change. (QSortFilterProxyModel reports a filter change
// as one rowsRemoved or rowsInserted per contiguous range: thousands for one key, each with
// the views' bookkeeping behind it.) Changes of the source's rows reach the views as a layout
// change as well; persistent indexes (selection, current row) follow their rows throughout.
class ProjectFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectFilterProxyModel)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

public:
    explicit ProjectFilterProxyModel(QObject* parent = nullptr);
    ~ProjectFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel* sourceModel) override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString& text);

    // Column -1 keeps the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    // Column titles stay while no row matches.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filterTextChanged(const QString& text);

private:
    bool accepts(int sourceRow) const;
    bool lessThan(int leftSourceRow, int rightSourceRow) const;
    void sortRows();
    void filterRows(const QVector<int>& candidates);
    void beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint);
    void endLayoutChange(QAbstractItemModel::LayoutChangeHint hint);
    void sourceLayoutAboutToChange();
    void sourceLayoutChanged();
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);

    QString m_filterText;
    QStringList m_terms; // lowercase words of m_filterText
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    ProjectListModel* m_projects = nullptr; // the source when it is one, for fast access
    QVector<int> m_sorted;                  // every source row, in sort order
    QVector<int> m_visible;  // proxy row -> source row: the rows that pass, in sort order
    QVector<int> m_proxyRow; // source row -> proxy row, -1 when filtered out
    // Persistent indexes during a layout change, and the source rows they stand for.
    QModelIndexList m_layoutProxyIndexes;
    QList<QPersistentModelIndex> m_layoutSourceIndexes;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace fjord
