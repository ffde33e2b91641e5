#pragma once

#include "api/ProjectInfoTypes.h"
#include "models/RemoteTableModel.h"

namespace fjord {

// The services of one project (GET /v1/project/{project}/service), one row each. load()
// asks for them; a failed load empties the rows.
class ServiceListModel final : public RemoteTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceListModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        PlanColumn,
        StateColumn,
        CloudColumn,
        NodesColumn,
        TerminationProtectionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // numbers as numbers, text lowercase
        RawStateRole,            // QString: the state as the API says it ("POWEROFF")
        ServiceNameRole,         // QString, whatever the column
    };
    Q_ENUM(Role)

    explicit ServiceListModel(AivenClient* client, QObject* parent = nullptr);

    // Rows as if they had just been received for `project` (also for tests).
    void setServices(const QString& project, const QVector<Service>& services);
    const QVector<Service>& services() const { return m_services; }
    const Service& serviceAt(int row) const { return m_services.at(row); }

    // The state in words ("Powered off"); unknown states as the API says them.
    static QString stateText(const QString& state);
    // "pg-orders (running), kafka-events (rebuilding)": the services in `services` named for
    // a sentence, in their order.
    static QString describe(const QVector<Service>& services);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ApiCall* request(AivenClient& client, const QString& project) override;
    void takeRows(const ApiCall& call) override;
    void clearRows() override;

    QVector<Service> m_services;
};

} // namespace fjord
