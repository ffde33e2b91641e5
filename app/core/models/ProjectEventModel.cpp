#include "models/ProjectEventModel.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace fjord {

ProjectEventModel::ProjectEventModel(AivenClient* client, QObject* parent)
    : RemoteTableModel(client, OnError::KeepRows, parent)
{
}

ApiCall* ProjectEventModel::request(AivenClient& client, const QString& project)
{
    return client.listProjectEvents(project);
}

void ProjectEventModel::takeRows(const ApiCall& call)
{
    setEvents(project(), call.value<QVector<ProjectEvent>>());
}

void ProjectEventModel::clearRows()
{
    m_events.clear();
}

void ProjectEventModel::setEvents(const QString& project, QVector<ProjectEvent> events)
{
    // The API sends newest first today; sorting here keeps that promise whatever it sends.
    std::stable_sort(events.begin(), events.end(),
                     [](const ProjectEvent& a, const ProjectEvent& b) {
                         if (a.time.isValid() != b.time.isValid())
                             return a.time.isValid();
                         return a.time > b.time;
                     });
    setRows(project, [this, &events] { m_events = std::move(events); });
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
