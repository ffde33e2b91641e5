#include "models/ProjectEventModel.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace fjord {

ProjectEventModel::ProjectEventModel(AivenClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

ProjectEventModel::~ProjectEventModel()
{
    dropCall();
}

void ProjectEventModel::setClient(AivenClient* client)
{
    clear();
    m_client = client;
}

void ProjectEventModel::dropCall()
{
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
    }
}

void ProjectEventModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ProjectEventModel::load(const QString& project)
{
    dropCall();
    if (project != m_project) {
        beginResetModel();
        m_events.clear();
        m_project = project;
        endResetModel();
    }
    m_errorMessage.clear();
    if (project.isEmpty() || !m_client) {
        setState(State::NotLoaded);
        return;
    }
    ApiCall* call = m_client->listProjectEvents(project);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { finish(call); });
    setState(State::Loading);
}

void ProjectEventModel::clear()
{
    dropCall();
    beginResetModel();
    m_events.clear();
    m_project.clear();
    endResetModel();
    m_errorMessage.clear();
    setState(State::NotLoaded);
}

void ProjectEventModel::finish(ApiCall* call)
{
    if (call != m_call)
        return;
    m_call = nullptr;
    if (call->error().kind() == ApiError::Kind::Canceled) {
        setState(State::NotLoaded);
        return;
    }
    if (!call->isSuccess()) {
        // The rows of an earlier load stay: a failed refresh does not empty the log.
        m_errorMessage = call->error().userMessage();
        setState(State::Error);
        Q_EMIT loaded(m_project);
        return;
    }
    setEvents(m_project, call->value<QVector<ProjectEvent>>());
}

void ProjectEventModel::setEvents(const QString& project, QVector<ProjectEvent> events)
{
    dropCall();
    // The API sends newest first today; sorting here keeps that promise whatever it sends.
    std::stable_sort(events.begin(), events.end(),
                     [](const ProjectEvent& a, const ProjectEvent& b) {
                         if (a.time.isValid() != b.time.isValid())
                             return a.time.isValid();
                         return a.time > b.time;
                     });
    beginResetModel();
    m_project = project;
    m_events = std::move(events);
    endResetModel();
    m_errorMessage.clear();
    setState(State::Loaded);
    Q_EMIT loaded(project);
}

QStringList ProjectEventModel::eventTypes() const
{
    QSet<QString> types;
    for (const ProjectEvent& event : m_events) {
        if (!event.type.isEmpty())
            types.insert(event.type);
    }
    QStringList out(types.cbegin(), types.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QString ProjectEventModel::toText(const QList<int>& rows) const
{
    QStringList lines;
    for (int row : rows) {
        if (row < 0 || row >= m_events.size())
            continue;
        const ProjectEvent& e = m_events.at(row);
        const QString time = e.time.isValid() ? e.time.toString(Qt::ISODate) : e.timeText;
        lines.append(QStringList{time, e.actor, e.type, e.serviceName, e.description}.join(u'\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

QString ProjectEventModel::timeText(const ProjectEvent& event) const
{
    if (!event.time.isValid())
        return event.timeText;
    return QLocale().toString(event.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int ProjectEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ProjectEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectEventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectEvent& e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(e);
        case ActorColumn:
            return e.actor;
        case TypeColumn:
            return e.type;
        case ServiceColumn:
            return e.serviceName;
        case DescriptionColumn:
            return e.description;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return e.timeText; // UTC, as the API says it
        if (index.column() == DescriptionColumn)
            return e.description;
        break;
    case SortRole:
        if (index.column() == TimeColumn)
            return e.time.isValid() ? e.time.toMSecsSinceEpoch() : qint64(0);
        return data(index, Qt::DisplayRole).toString().toLower();
    case EventTypeRole:
        return e.type;
    case FilterTextRole:
        return QStringList{timeText(e), e.actor, e.type, e.serviceName, e.description}
            .join(u'\n')
            .toLower();
    default:
        break;
    }
    return {};
}

QVariant ProjectEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case TypeColumn:
        return tr("Event type");
    case ServiceColumn:
        return tr("Service");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

ProjectEventFilterProxyModel::ProjectEventFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProjectEventModel::SortRole);
}

void ProjectEventFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void ProjectEventFilterProxyModel::setEventType(const QString& type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

bool ProjectEventFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                    const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_type.isEmpty() &&
        sourceModel()->data(index, ProjectEventModel::EventTypeRole).toString() != m_type)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->data(index, ProjectEventModel::FilterTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString& word) { return haystack.contains(word); });
}

} // namespace fjord
