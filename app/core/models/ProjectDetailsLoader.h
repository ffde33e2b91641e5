#pragma once

#include "api/Types.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace fjord {

class AivenClient;
class ApiCall;

// The details of one project as GET /v1/project/{project} gives them: asked for afresh each
// time the project is selected, kept per project so that the last copy shows at once, and
// never overwritten by a reply that is out of date: one that arrives after the project was
// changed or deleted here (forget()), after reset() (sign-out, another profile), or after
// a newer request for the same project.
class ProjectDetailsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDetailsLoader)

public:
    explicit ProjectDetailsLoader(AivenClient* client, QObject* parent = nullptr);
    ~ProjectDetailsLoader() override;

    // Another client (or none): forgets everything, like reset().
    void setClient(AivenClient* client);
    AivenClient* client() const { return m_client; }

    // Asks for the project's details again (a request already on its way is replaced).
    void load(const QString& name);
    bool isLoading(const QString& name) const;

    // The last copy the API sent for the project, if any.
    bool hasDetails(const QString& name) const { return m_details.contains(name); }
    Project details(const QString& name) const { return m_details.value(name).project; }
    QDateTime loadedAt(const QString& name) const { return m_details.value(name).loadedAt; }
    // The last failure for the project in words, empty after a success.
    QString errorMessage(const QString& name) const { return m_errors.value(name); }

    // The project changed here (saved, renamed, deleted): its copy and any reply on its way
    // are out of date.
    void forget(const QString& name);
    // Drops every copy and every reply on its way.
    void reset();

Q_SIGNALS:
    void loadingChanged(const QString& name, bool loading);
    void loaded(const fjord::Project& project);
    void failed(const QString& name, const QString& message);

private:
    struct Entry
    {
        Project project;
        QDateTime loadedAt;
    };

    void finish(const QString& name, ApiCall* call);
    void drop(const QString& name, bool abandonCall);

    QPointer<AivenClient> m_client;
    QHash<QString, QPointer<ApiCall>> m_calls;
    QHash<QString, Entry> m_details;
    QHash<QString, QString> m_errors;
};

} // namespace fjord
