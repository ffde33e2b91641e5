#include "models/ServiceListModel.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"

namespace fjord {

ServiceListModel::ServiceListModel(AivenClient* client, QObject* parent)
    : RemoteTableModel(client, OnError::ClearRows, parent)
{
}

ApiCall* ServiceListModel::request(AivenClient& client, const QString& project)
{
    return client.listServices(project);
}

void ServiceListModel::takeRows(const ApiCall& call)
{
    setServices(project(), call.value<QVector<Service>>());
}

void ServiceListModel::clearRows()
{
    m_services.clear();
}

void ServiceListModel::setServices(const QString& project, const QVector<Service>& services)
{
    setRows(project, [this, &services] { m_services = services; });
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
