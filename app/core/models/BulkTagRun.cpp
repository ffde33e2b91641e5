#include "models/BulkTagRun.h"

#include "api/AivenClient.h"

namespace fjord {

BulkTagRun::BulkTagRun(AivenClient* client, const QStringList& projects, const TagChanges& changes,
                       QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_projects(projects)
    , m_changes(changes)
    , m_rows(projects.size())
{
}

BulkTagRun::~BulkTagRun()
{
    // Nobody listens any more; the change on its way still reaches the server or not.
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
}

void BulkTagRun::start()
{
    m_canceling = false;
    if (!m_call)
        sendNext();
}

void BulkTagRun::cancel()
{
    if (!m_call && count(State::Waiting) == 0)
        return;
    m_canceling = true;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == State::Waiting)
            setState(row, State::NotSent);
    }
    if (!m_call) {
        m_canceling = false;
        Q_EMIT finished();
    }
}

bool BulkTagRun::retry()
{
    if (m_call)
        return false;
    bool any = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        const State state = m_rows.at(row).state;
        if (state == State::Failed || state == State::NotSent) {
            setState(row, State::Waiting);
            any = true;
        }
    }
    if (any)
        start();
    return any;
}

void BulkTagRun::sendNext()
{
    int row = -1;
    for (int i = 0; i < m_rows.size() && row < 0; ++i) {
        if (m_rows.at(i).state == State::Waiting)
            row = i;
    }
    if (row < 0 || m_canceling) {
        m_canceling = false;
        Q_EMIT finished();
        return;
    }
    if (!m_client) {
        setState(row, State::Failed, tr("Not signed in."));
        sendNext();
        return;
    }
    setState(row, State::Sending);
    ApiCall* call = m_client->patchProjectTags(m_projects.at(row), m_changes);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, row] {
        m_call = nullptr;
        if (call->isSuccess()) {
            setState(row, State::Done);
            Q_EMIT projectChanged(m_projects.at(row));
        } else {
            setState(row, State::Failed, call->error().userMessage(),
                     call->error().serverMessage());
        }
        sendNext();
    });
}

void BulkTagRun::setState(int row, State state, const QString& error, const QString& serverMessage)
{
    m_rows[row].state = state;
    m_rows[row].error = error;
    m_rows[row].serverMessage = serverMessage;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT progressChanged();
}

int BulkTagRun::count(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const Row& row) { return row.state == state; }));
}

int BulkTagRun::finishedCount() const
{
    return count(State::Done) + count(State::Failed) + count(State::NotSent);
}

QStringList BulkTagRun::projectsIn(State state) const
{
    QStringList names;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == state)
            names.append(m_projects.at(row));
    }
    return names;
}

int BulkTagRun::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkTagRun::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkTagRun::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == StateRole)
        return int(row.state);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (index.column() == ProjectColumn)
        return m_projects.at(index.row());
    if (role == Qt::ToolTipRole && row.state == State::Failed && !row.serverMessage.isEmpty() &&
        !row.error.contains(row.serverMessage))
        return tr("Failed: %1\nThe server said: %2").arg(row.error, row.serverMessage);
    switch (row.state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Sending:
        return tr("Sending…");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed: %1").arg(row.error);
    case State::NotSent:
        return tr("Not sent (canceled)");
    }
    return {};
}

QVariant BulkTagRun::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == ProjectColumn ? tr("Project") : tr("Result");
}

} // namespace fjord
