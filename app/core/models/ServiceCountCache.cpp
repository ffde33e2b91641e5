#include "models/ServiceCountCache.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"

namespace fjord {

ServiceCountCache::ServiceCountCache(AivenClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

ServiceCountCache::~ServiceCountCache()
{
    dropCalls();
}

void ServiceCountCache::dropCalls()
{
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall>& call : calls) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->abandon();
        }
    }
}

void ServiceCountCache::setClient(AivenClient* client)
{
    reset();
    m_client = client;
}

void ServiceCountCache::setMaxInFlight(int calls)
{
    m_maxInFlight = qMax(1, calls);
    pump();
}

void ServiceCountCache::request(const QStringList& projects)
{
    QStringList first;
    for (const QString& project : projects) {
        if (project.isEmpty() || first.contains(project))
            continue;
        Entry& entry = m_entries[project];
        const bool wanted = entry.status == Status::Unknown || entry.status == Status::Queued ||
                            (entry.stale && entry.status != Status::Loading);
        if (!wanted)
            continue;
        first.append(project);
        m_queue.removeOne(project);
        if (entry.status != Status::Queued) {
            entry.status = Status::Queued;
            if (!entry.hasValue)
                Q_EMIT changed(project);
        }
    }
    m_queue = first + m_queue;
    pump();
}

void ServiceCountCache::markAllStale()
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->status == Status::Known || it->status == Status::Failed)
            it->stale = true;
    }
}

void ServiceCountCache::pump()
{
    while (m_client && m_calls.size() < m_maxInFlight && !m_queue.isEmpty()) {
        const QString project = m_queue.takeFirst();
        Entry& entry = m_entries[project];
        ApiCall* call = m_client->listServices(project);
        m_calls.insert(project, call);
        entry.status = Status::Loading;
        if (!entry.hasValue)
            Q_EMIT changed(project);
        connect(call, &ApiCall::finished, this, [this, project, call] { finish(project, call); });
    }
}

void ServiceCountCache::finish(const QString& project, ApiCall* call)
{
    if (m_calls.value(project) != call)
        return;
    m_calls.remove(project);
    Entry& entry = m_entries[project];
    entry.stale = false;
    if (call->error().kind() == ApiError::Kind::Canceled || call->httpStatus() == 401) {
        // Only the client calls ours off (abandonAll: sign-out, another profile), and a 401
        // means the session must sign in again: nothing more is asked with this token (each
        // refusal would ask the user again), and what waited is asked again when next wanted.
        entry.status = entry.hasValue ? Status::Known : Status::Unknown;
        Q_EMIT changed(project);
        const QStringList waiting = std::exchange(m_queue, {});
        for (const QString& name : waiting) {
            Entry& queued = m_entries[name];
            queued.status = queued.hasValue ? Status::Known : Status::Unknown;
            Q_EMIT changed(name);
        }
        return;
    } else if (call->isSuccess()) {
        entry.status = Status::Known;
        entry.hasValue = true;
        entry.services = call->value<QVector<Service>>();
        entry.error.clear();
    } else {
        entry.status = Status::Failed;
        entry.hasValue = false;
        entry.services.clear();
        entry.error = call->error().userMessage();
    }
    Q_EMIT changed(project);
    pump();
}

ServiceCountCache::Status ServiceCountCache::status(const QString& project) const
{
    const auto it = m_entries.constFind(project);
    if (it == m_entries.cend())
        return Status::Unknown;
    // A reload of a known count keeps showing the count.
    if (it->hasValue)
        return Status::Known;
    return it->status;
}

int ServiceCountCache::count(const QString& project) const
{
    const auto it = m_entries.constFind(project);
    if (it == m_entries.cend() || status(project) != Status::Known)
        return -1;
    return int(it->services.size());
}

QVector<Service> ServiceCountCache::services(const QString& project) const
{
    return m_entries.value(project).services;
}

QString ServiceCountCache::errorMessage(const QString& project) const
{
    return m_entries.value(project).error;
}

void ServiceCountCache::setServices(const QString& project, const QVector<Service>& services)
{
    if (ApiCall* call = m_calls.take(project)) {
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
    }
    m_queue.removeOne(project);
    Entry& entry = m_entries[project];
    entry.status = Status::Known;
    entry.stale = false;
    entry.hasValue = true;
    entry.services = services;
    entry.error.clear();
    Q_EMIT changed(project);
    pump();
}

void ServiceCountCache::forget(const QString& project)
{
    if (ApiCall* call = m_calls.take(project)) {
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
    }
    m_queue.removeOne(project);
    if (m_entries.remove(project) > 0)
        Q_EMIT changed(project);
    pump();
}

void ServiceCountCache::reset()
{
    dropCalls();
    m_queue.clear();
    const QStringList projects = m_entries.keys();
    m_entries.clear();
    for (const QString& project : projects)
        Q_EMIT changed(project);
}

} // namespace fjord
