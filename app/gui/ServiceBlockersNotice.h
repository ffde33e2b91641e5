#pragma once

#include "api/ProjectInfoTypes.h"

#include <QLabel>
#include <QPointer>

namespace fjord {

class AivenClient;
class ApiCall;

// Says, before the user submits, which services keep a project from being renamed (those
// not powered off) or deleted (any service), by name and state. Asks the API for the
// project's services itself; hidden while there is nothing to say.
class ServiceBlockersNotice final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceBlockersNotice)

public:
    enum class Purpose { Rename, Delete };

    ServiceBlockersNotice(AivenClient* client, const QString& project, Purpose purpose,
                          QWidget* parent = nullptr);
    ~ServiceBlockersNotice() override;

    // A rename notice speaks only while the name is being changed.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    bool isChecked() const { return m_checked; }
    // The services in the way, once checked.
    const QVector<Service>& blockers() const { return m_blockers; }

Q_SIGNALS:
    void checked();

private:
    void finish(ApiCall* call);
    void update();

    QPointer<ApiCall> m_call;
    QString m_project;
    Purpose m_purpose;
    bool m_active = true;
    bool m_checked = false;
    QString m_problem;
    QVector<Service> m_blockers;
};

} // namespace fjord
