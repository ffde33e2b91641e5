#pragma once

#include "api/ProjectInfoTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace fjord {

class AivenClient;
class ApiCall;

// The services of many projects, loaded only when asked for: the project list asks for the
// rows on screen (a list of 10,000 projects never sends 10,000 requests at once), the details
// pane hands in what it loaded anyway. A few requests run at a time, the newest asks first;
// a reply that arrives after reset(), forget() or setClient() is dropped.
class ServiceCountCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceCountCache)

public:
    enum class Status { Unknown, Queued, Loading, Known, Failed };
    Q_ENUM(Status)

    static constexpr int kDefaultMaxInFlight = 3;

    explicit ServiceCountCache(AivenClient* client, QObject* parent = nullptr);
    ~ServiceCountCache() override;

    void setClient(AivenClient* client); // forgets everything
    void setMaxInFlight(int calls);
    int inFlight() const { return int(m_calls.size()); }
    int queued() const { return int(m_queue.size()); }

    // Loads the projects that are unknown or stale, these before any asked for earlier.
    // What was queued and not asked for again waits behind them.
    void request(const QStringList& projects);
    // Known counts stay shown but are loaded again when next requested (after a refresh).
    void markAllStale();

    Status status(const QString& project) const;
    bool isKnown(const QString& project) const { return status(project) == Status::Known; }
    int count(const QString& project) const; // -1 unless known
    QVector<Service> services(const QString& project) const;
    QString errorMessage(const QString& project) const;

    // What another view loaded for the project (counts as fresh).
    void setServices(const QString& project, const QVector<Service>& services);
    // The project changed here (renamed, deleted): its entry and any reply are dropped.
    void forget(const QString& project);
    void reset();

Q_SIGNALS:
    void changed(const QString& project); // status or count

private:
    struct Entry
    {
        Status status = Status::Unknown;
        bool stale = false;
        bool hasValue = false; // services hold a successful answer (kept while reloading)
        QVector<Service> services;
        QString error;
    };

    void pump();
    void finish(const QString& project, ApiCall* call);
    void dropCalls();

    QPointer<AivenClient> m_client;
    int m_maxInFlight = kDefaultMaxInFlight;
    QHash<QString, Entry> m_entries;
    QStringList m_queue;
    QHash<QString, QPointer<ApiCall>> m_calls;
};

} // namespace fjord
