#pragma once

#include "api/ProjectInfoTypes.h"
#include "models/RemoteTableModel.h"

#include <QSortFilterProxyModel>

namespace fjord {

// A project's event log (GET /v1/project/{project}/events), newest first. Refreshed on
// demand with load(); a failed refresh keeps the rows already shown.
class ProjectEventModel final : public RemoteTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectEventModel)

public:
    enum Column {
        TimeColumn,
        ActorColumn,
        TypeColumn,
        ServiceColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // time as milliseconds since the epoch, text lowercase
        EventTypeRole,           // QString: event_type
        FilterTextRole,          // QString: every column, lowercase
    };
    Q_ENUM(Role)

    explicit ProjectEventModel(AivenClient* client, QObject* parent = nullptr);

    // Rows as if just received for `project`; put newest first (events without a readable
    // time last, in the order given).
    void setEvents(const QString& project, QVector<ProjectEvent> events);
    const ProjectEvent& eventAt(int row) const { return m_events.at(row); }
    // The distinct event types, sorted: what a type filter offers.
    QStringList eventTypes() const;
    // Rows as tab-separated lines (time in UTC ISO 8601, actor, type, service, description).
    QString toText(const QList<int>& rows) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ApiCall* request(AivenClient& client, const QString& project) override;
    void takeRows(const ApiCall& call) override;
    void clearRows() override;
    QString timeText(const ProjectEvent& event) const;

    QVector<ProjectEvent> m_events;
};

// Narrows the event log to rows whose text contains every word of the filter (any column,
// case-insensitive) and, when set, to one event type.
class ProjectEventFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectEventFilterProxyModel)

public:
    explicit ProjectEventFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setEventType(const QString& type); // empty: every type
    QString eventType() const { return m_type; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    QString m_type;
};

} // namespace fjord
