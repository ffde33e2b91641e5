#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace fjord {

class ProjectListModel;

// Sorts and filters a ProjectListModel as the user types. Every word of the filter must occur
// in a row's name, cloud (code or description), account or tags, ignoring case. Rows are
// matched against a lowercase text the source model keeps per row, so that a keystroke over
// 10,000 projects is a plain substring scan.
class ProjectFilterProxyModel final : public QSortFilterProxyModel
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

Q_SIGNALS:
    void filterTextChanged(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_filterText;
    QStringList m_terms;                    // lowercase words of m_filterText
    ProjectListModel* m_projects = nullptr; // the source when it is one, for fast access
};

} // namespace fjord
