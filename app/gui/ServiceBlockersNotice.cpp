#include "ServiceBlockersNotice.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "models/ServiceListModel.h"

namespace fjord {

ServiceBlockersNotice::ServiceBlockersNotice(AivenClient* client, const QString& project,
                                             Purpose purpose, QWidget* parent)
    : QLabel(parent)
    , m_project(project)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("serviceBlockersLabel"));
    setAccessibleName(purpose == Purpose::Rename ? tr("Services that block the rename")
                                                 : tr("Services that block the delete"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::NoFocus);
    setVisible(false);
    if (client && !project.isEmpty()) {
        ApiCall* call = client->listServices(project);
        m_call = call;
        connect(call, &ApiCall::finished, this, [this, call] { finish(call); });
    }
}

ServiceBlockersNotice::~ServiceBlockersNotice()
{
    if (ApiCall* call = m_call) {
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
    }
}

void ServiceBlockersNotice::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    update();
}

void ServiceBlockersNotice::finish(ApiCall* call)
{
    if (call != m_call)
        return;
    m_call = nullptr;
    if (call->error().kind() == ApiError::Kind::Canceled)
        return;
    m_checked = true;
    if (call->isSuccess()) {
        const auto services = call->value<QVector<Service>>();
        for (const Service& service : services) {
            if (m_purpose == Purpose::Delete || service.isPoweredOn())
                m_blockers.append(service);
        }
    } else {
        m_problem = call->error().userMessage();
    }
    update();
    Q_EMIT checked();
}

void ServiceBlockersNotice::update()
{
    QString text;
    if (m_active && !m_problem.isEmpty()) {
        text = tr("Could not check the project's services: %1").arg(m_problem);
    } else if (m_active && !m_blockers.isEmpty()) {
        const QString list = ServiceListModel::describe(m_blockers);
        text = m_purpose == Purpose::Rename
                   ? tr("Renaming needs every service powered off. Still powered on: %1.").arg(list)
                   : tr("Deleting needs the project's services deleted first. It still has: %1.")
                         .arg(list);
    }
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace fjord
