#include "SandboxProjectInfo.h"

#include "SandboxStore.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fjord::sandbox {

namespace {

bool holdsAny(const QStringList& memberships, std::initializer_list<QLatin1String> granting)
{
    return std::any_of(granting.begin(), granting.end(),
                       [&memberships](QLatin1String grant) { return memberships.contains(grant); });
}

ReadAnswer notFound()
{
    return {404, {}, u"Project does not exist"_s, u"project_does_not_exist"_s};
}

ReadAnswer denied(const QString& what)
{
    return {403, {}, u"Not allowed to view %1 of this project"_s.arg(what), u"permission_denied"_s};
}

} // namespace

bool mayReadServices(const QStringList& memberships)
{
    return holdsAny(memberships, {"admin"_L1, "operator"_L1, "developer"_L1, "read_only"_L1,
                                  "project:services:read"_L1, "project:services:write"_L1,
                                  "organization:projects:write"_L1, "role:organization:admin"_L1});
}

bool mayReadEventLog(const QStringList& memberships)
{
    return holdsAny(memberships, {"admin"_L1, "operator"_L1, "developer"_L1,
                                  "project:event_logs:read"_L1, "project:audit_logs:read"_L1,
                                  "organization:projects:write"_L1, "role:organization:admin"_L1});
}

ReadAnswer projectServices(const SandboxStore& store, const QString& project)
{
    const SandboxStore::ProjectEntry* entry = store.project(project);
    if (!entry)
        return notFound();
    if (!mayReadServices(entry->memberships))
        return denied(u"the services"_s);
    const QJsonArray services = store.projectInfo(project).value("services"_L1).toArray();
    return {200, QJsonObject{{u"services"_s, services}}, {}, {}};
}

ReadAnswer projectEvents(const SandboxStore& store, const QString& project, int limit)
{
    const SandboxStore::ProjectEntry* entry = store.project(project);
    if (!entry)
        return notFound();
    if (!mayReadEventLog(entry->memberships))
        return denied(u"the event log"_s);
    const QJsonArray stored = store.projectInfo(project).value("events"_L1).toArray();
    QList<QJsonObject> events;
    events.reserve(stored.size());
    for (const QJsonValue& event : stored)
        events.append(event.toObject());
    // ISO 8601 UTC times order as text; the id breaks ties so that the order is stable.
    std::sort(events.begin(), events.end(), [](const QJsonObject& a, const QJsonObject& b) {
        const QString ta = a.value("time"_L1).toString();
        const QString tb = b.value("time"_L1).toString();
        return ta != tb ? ta > tb : a.value("id"_L1).toString() > b.value("id"_L1).toString();
    });
    if (limit > 0 && events.size() > limit)
        events.resize(limit);
    QJsonArray out;
    for (const QJsonObject& event : std::as_const(events))
        out.append(event);
    return {200, QJsonObject{{u"events"_s, out}}, {}, {}};
}

ReadAnswer projectCaCertificate(const SandboxStore& store, const QString& project)
{
    const SandboxStore::ProjectEntry* entry = store.project(project);
    if (!entry)
        return notFound();
    if (!mayReadServices(entry->memberships))
        return denied(u"the CA certificate"_s);
    const QString own = store.projectInfo(project).value("ca_certificate"_L1).toString();
    return {200,
            QJsonObject{{u"certificate"_s, own.isEmpty() ? store.sandboxCaCertificate() : own}},
            {},
            {}};
}

} // namespace fjord::sandbox
