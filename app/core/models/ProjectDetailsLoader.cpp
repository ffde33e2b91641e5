#include "models/ProjectDetailsLoader.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"

namespace fjord {

ProjectDetailsLoader::ProjectDetailsLoader(AivenClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

ProjectDetailsLoader::~ProjectDetailsLoader()
{
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall>& call : calls) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->abandon();
        }
    }
}

void ProjectDetailsLoader::setClient(AivenClient* client)
{
    reset();
    m_client = client;
}

void ProjectDetailsLoader::load(const QString& name)
{
    if (name.isEmpty() || !m_client)
        return;
    const bool wasLoading = isLoading(name);
    // Only the newest request for a project may answer: an older one is not listened to.
    if (ApiCall* previous = m_calls.take(name))
        disconnect(previous, nullptr, this, nullptr);
    ApiCall* call = m_client->getProject(name);
    m_calls.insert(name, call);
    connect(call, &ApiCall::finished, this, [this, name, call] { finish(name, call); });
    if (!wasLoading)
        Q_EMIT loadingChanged(name, true);
}

bool ProjectDetailsLoader::isLoading(const QString& name) const
{
    return !m_calls.value(name).isNull();
}

void ProjectDetailsLoader::finish(const QString& name, ApiCall* call)
{
    if (m_calls.value(name) != call)
        return; // replaced, forgotten or reset meanwhile
    m_calls.remove(name);
    Q_EMIT loadingChanged(name, false);
    if (call->error().kind() == ApiError::Kind::Canceled)
        return;
    if (!call->isSuccess()) {
        m_errors.insert(name, call->error().userMessage());
        Q_EMIT failed(name, call->error().userMessage());
        return;
    }
    const Project project = call->value<Project>();
    if (project.name != name) {
        // An answer about another project would be shown under the wrong name.
        const QString message = tr("The server answered with the details of another project.");
        m_errors.insert(name, message);
        Q_EMIT failed(name, message);
        return;
    }
    m_errors.remove(name);
    m_details.insert(name, Entry{project, QDateTime::currentDateTime()});
    Q_EMIT loaded(project);
}

void ProjectDetailsLoader::drop(const QString& name, bool abandonCall)
{
    ApiCall* call = m_calls.take(name);
    if (!call)
        return;
    disconnect(call, nullptr, this, nullptr);
    if (abandonCall)
        call->abandon();
    Q_EMIT loadingChanged(name, false);
}

void ProjectDetailsLoader::forget(const QString& name)
{
    // The answer may still come (and tells the session the connection works); it is just
    // not listened to.
    drop(name, false);
    m_details.remove(name);
    m_errors.remove(name);
}

void ProjectDetailsLoader::reset()
{
    const QStringList names = m_calls.keys();
    for (const QString& name : names)
        drop(name, true);
    m_calls.clear();
    m_details.clear();
    m_errors.clear();
}

} // namespace fjord
