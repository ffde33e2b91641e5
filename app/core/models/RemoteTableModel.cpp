#include "models/RemoteTableModel.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"

namespace fjord {

RemoteTableModel::RemoteTableModel(AivenClient* client, OnError onError, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_onError(onError)
{
}

RemoteTableModel::~RemoteTableModel()
{
    dropCall();
}

void RemoteTableModel::setClient(AivenClient* client)
{
    clear();
    m_client = client;
}

void RemoteTableModel::dropCall()
{
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
    }
}

void RemoteTableModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RemoteTableModel::load(const QString& project)
{
    dropCall();
    if (project != m_project) {
        // Another project's rows must not show under this one while it loads.
        beginResetModel();
        clearRows();
        m_project = project;
        endResetModel();
    }
    m_errorMessage.clear();
    m_errorStatus = 0;
    if (project.isEmpty() || !m_client) {
        setState(State::NotLoaded);
        return;
    }
    ApiCall* call = request(*m_client, project);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { finish(call); });
    setState(State::Loading);
}

void RemoteTableModel::clear()
{
    dropCall();
    beginResetModel();
    clearRows();
    m_project.clear();
    endResetModel();
    m_errorMessage.clear();
    m_errorStatus = 0;
    setState(State::NotLoaded);
}

void RemoteTableModel::finish(ApiCall* call)
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
        if (m_onError == OnError::ClearRows) {
            beginResetModel();
            clearRows();
            endResetModel();
        }
        setState(State::Error);
        Q_EMIT loaded(m_project);
        return;
    }
    takeRows(*call);
}

void RemoteTableModel::finishLoaded()
{
    m_errorMessage.clear();
    m_errorStatus = 0;
    setState(State::Loaded);
    Q_EMIT loaded(m_project);
}

} // namespace fjord
