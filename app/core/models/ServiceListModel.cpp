#include "models/ServiceListModel.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"

namespace fjord {

ServiceListModel::ServiceListModel(AivenClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

ServiceListModel::~ServiceListModel()
{
    dropCall();
}

void ServiceListModel::setClient(AivenClient* client)
{
    clear();
    m_client = client;
}

void ServiceListModel::dropCall()
{
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
    }
}

void ServiceListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ServiceListModel::load(const QString& project)
{
    dropCall();
    if (project != m_project) {
        // Another project's rows must not show under this one while it loads.
        beginResetModel();
        m_services.clear();
        m_project = project;
        endResetModel();
    }
    m_errorMessage.clear();
    m_errorStatus = 0;
    if (project.isEmpty() || !m_client) {
        setState(State::NotLoaded);
        return;
    }
    ApiCall* call = m_client->listServices(project);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { finish(call); });
    setState(State::Loading);
}

void ServiceListModel::clear()
{
    dropCall();
    beginResetModel();
    m_services.clear();
    m_project.clear();
    endResetModel();
    m_errorMessage.clear();
    m_errorStatus = 0;
    setState(State::NotLoaded);
}

void ServiceListModel::finish(ApiCall* call)
{
    if (call != m_call)
        return;
    m_call = nullptr;
    if (call->error().kind() == ApiError::Kind::Canceled) {
        setState(State::NotLoaded);
        return;
    }
    if (!call->isSuccess()) {
        m_errorMessage = call->error().userMessage();
        m_errorStatus = call->httpStatus();
        beginResetModel();
        m_services.clear();
        endResetModel();
        setState(State::Error);
        Q_EMIT loaded(m_project);
        return;
    }
    setServices(m_project, call->value<QVector<Service>>());
}

void ServiceListModel::setServices(const QString& project, const QVector<Service>& services)
{
    dropCall();
    beginResetModel();
    m_project = project;
    m_services = services;
    endResetModel();
    m_errorMessage.clear();
    m_errorStatus = 0;
    setState(State::Loaded);
    Q_EMIT loaded(project);
}

QString ServiceListModel::stateText(const QString& state)
{
    if (state == QLatin1String("RUNNING"))
        return tr("Running");
    if (state == QLatin1String("POWEROFF"))
        return tr("Powered off");
    if (state == QLatin1String("REBUILDING"))
        return tr("Rebuilding");
    if (state == QLatin1String("REBALANCING"))
        return tr("Rebalancing");
    return state.isEmpty() ? tr("Unknown") : state;
}

QString ServiceListModel::describe(const QVector<Service>& services)
{
    QStringList parts;
    parts.reserve(services.size());
    for (const Service& service : services)
        parts.append(tr("%1 (%2)").arg(service.name, stateText(service.state).toLower()));
    return parts.join(tr(", "));
}

int ServiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service& s = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case TypeColumn:
            return s.type;
        case PlanColumn:
            return s.plan;
        case StateColumn:
            return stateText(s.state);
        case CloudColumn:
            return s.cloudName;
        case NodesColumn:
            return s.nodeCount >= 0 ? QVariant(s.nodeCount) : QVariant(QString());
        case TerminationProtectionColumn:
            return s.terminationProtection ? tr("On") : tr("Off");
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TypeColumn:
            return s.typeDescription.isEmpty() ? QVariant() : QVariant(s.typeDescription);
        case StateColumn:
            return s.state;
        case CloudColumn:
            return s.cloudDescription.isEmpty() ? QVariant() : QVariant(s.cloudDescription);
        case TerminationProtectionColumn:
            return s.terminationProtection ? tr("Protected against termination and powering off")
                                           : tr("Not protected against termination");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NodesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case NodesColumn:
            return s.nodeCount;
        case TerminationProtectionColumn:
            return s.terminationProtection ? 1 : 0;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case RawStateRole:
        return s.state;
    case ServiceNameRole:
        return s.name;
    default:
        break;
    }
    return {};
}

QVariant ServiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case PlanColumn:
        return tr("Plan");
    case StateColumn:
        return tr("State");
    case CloudColumn:
        return tr("Cloud");
    case NodesColumn:
        return tr("Nodes");
    case TerminationProtectionColumn:
        return tr("Termination protection");
    default:
        return {};
    }
}

} // namespace fjord
