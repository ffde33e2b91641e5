#pragma once

#include "api/ProjectInfoTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace fjord {

class AivenClient;
class ApiCall;

// The services of one project (GET /v1/project/{project}/service), one row each. load()
// asks for them; a reply for another project, or one that arrives after a newer load(),
// clear() or setClient(), is dropped.
class ServiceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceListModel)
    Q_PROPERTY(fjord::ServiceListModel::State state READ state NOTIFY stateChanged)

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

    enum class State { NotLoaded, Loading, Loaded, Error };
    Q_ENUM(State)

    explicit ServiceListModel(AivenClient* client, QObject* parent = nullptr);
    ~ServiceListModel() override;

    void setClient(AivenClient* client);
    QString project() const { return m_project; }
    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    int errorStatus() const { return m_errorStatus; } // the HTTP status of the failure, or 0

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

public Q_SLOTS:
    void load(const QString& project);
    // Forgets the rows and any reply on its way.
    void clear();

Q_SIGNALS:
    void stateChanged(fjord::ServiceListModel::State state);
    // A load finished (with rows or an error).
    void loaded(const QString& project);

private:
    void finish(ApiCall* call);
    void dropCall();
    void setState(State state);

    QPointer<AivenClient> m_client;
    QPointer<ApiCall> m_call;
    QString m_project;
    QVector<Service> m_services;
    State m_state = State::NotLoaded;
    QString m_errorMessage;
    int m_errorStatus = 0;
};

} // namespace fjord
