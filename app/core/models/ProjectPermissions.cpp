#include "models/ProjectPermissions.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

constexpr unsigned bit(ProjectPermissions::Change change)
{
    return 1u << unsigned(change);
}

constexpr unsigned kEverything = (1u << ProjectPermissions::ChangeCount) - 1;

// What each entry allows on the project itself (settings, billing, tags, deletion), from the
// tables of Aiven's "Roles and permissions" page. Entries about services, networking,
// integrations, logs or data change nothing Fjord edits, so they are not listed.
unsigned grantedBy(const QString& membership)
{
    using C = ProjectPermissions::Change;
    // Project role "admin": full access to the project. Organization role admin: full
    // access to the organization, its projects and billing, and moving projects.
    if (membership == "admin"_L1 || membership == "role:organization:admin"_L1)
        return kEverything;
    // "Add, edit, and delete project tags"; the rest of its list is about services.
    if (membership == "operator"_L1)
        return bit(C::Tags);
    // "Create and delete projects. Assign projects to billing groups. Add and remove project
    // tags. Cannot otherwise access or move the project."
    if (membership == "organization:projects:write"_L1)
        return bit(C::Delete) | bit(C::BillingGroup) | bit(C::Tags);
    // "Add, edit, and delete payment methods. Add, edit, and delete addresses."
    if (membership == "organization:billing:write"_L1)
        return bit(C::BillingDetails);
    // developer, read_only, role:services:*, project:*, service:* and the rest: nothing.
    return 0;
}

} // namespace

ProjectPermissions::ProjectPermissions(const QStringList& memberships)
{
    for (const QString& membership : memberships) {
        const QString entry = membership.trimmed();
        if (entry.isEmpty() || m_memberships.contains(entry))
            continue;
        m_memberships.append(entry);
        m_allowed |= grantedBy(entry);
    }
}

ProjectPermissions ProjectPermissions::fromMemberships(const QStringList& memberships,
                                                       const QString& role)
{
    if (role.isEmpty() || memberships.contains(role))
        return ProjectPermissions(memberships);
    return ProjectPermissions(QStringList{role} + memberships);
}

bool ProjectPermissions::allows(Change change) const
{
    return !isKnown() || (m_allowed & bit(change)) != 0;
}

bool ProjectPermissions::allowsAnyChange() const
{
    // Deleting is not a change the edit dialog makes.
    return !isKnown() || (m_allowed & ~bit(Change::Delete)) != 0;
}

bool ProjectPermissions::allowsEveryChange() const
{
    return !isKnown() || m_allowed == kEverything;
}

QString ProjectPermissions::describe(const QString& membership)
{
    // The console's names for the API's names, from the same page.
    static const QHash<QString, const char*> names = {
        {u"admin"_s, QT_TR_NOOP("Admin")},
        {u"developer"_s, QT_TR_NOOP("Developer")},
        {u"operator"_s, QT_TR_NOOP("Operator")},
        {u"read_only"_s, QT_TR_NOOP("Read only")},
        {u"role:organization:admin"_s, QT_TR_NOOP("Organization admin")},
        {u"role:services:maintenance"_s, QT_TR_NOOP("Maintain services")},
        {u"role:services:recover"_s, QT_TR_NOOP("Recover services")},
        {u"organization:app_users:write"_s, QT_TR_NOOP("Manage application users")},
        {u"organization:event_logs:read"_s, QT_TR_NOOP("View organization event logs")},
        {u"organization:billing:read"_s, QT_TR_NOOP("View billing")},
        {u"organization:billing:write"_s, QT_TR_NOOP("Manage billing")},
        {u"organization:domains:write"_s, QT_TR_NOOP("Manage domains")},
        {u"organization:groups:write"_s, QT_TR_NOOP("Manage groups")},
        {u"organization:networking:read"_s, QT_TR_NOOP("View organization networking")},
        {u"organization:networking:write"_s, QT_TR_NOOP("Manage organization networking")},
        {u"organization:projects:write"_s, QT_TR_NOOP("Manage projects")},
        {u"organization:sustainability:read"_s, QT_TR_NOOP("View carbon footprint")},
        {u"organization:users:write"_s, QT_TR_NOOP("Manage organization users")},
        {u"project:audit_logs:read"_s, QT_TR_NOOP("View project audit logs")},
        {u"project:event_logs:read"_s, QT_TR_NOOP("View project event logs")},
        {u"project:integrations:read"_s, QT_TR_NOOP("View project integrations")},
        {u"project:integrations:write"_s, QT_TR_NOOP("Manage project integrations")},
        {u"project:networking:read"_s, QT_TR_NOOP("View project networking")},
        {u"project:networking:write"_s, QT_TR_NOOP("Manage project networking")},
        {u"project:permissions:read"_s, QT_TR_NOOP("View project permissions")},
        {u"project:services:read"_s, QT_TR_NOOP("View services")},
        {u"project:services:write"_s, QT_TR_NOOP("Manage services")},
        {u"service:configuration:write"_s, QT_TR_NOOP("Manage service configuration")},
        {u"service:data:write"_s, QT_TR_NOOP("Access data")},
        {u"service:logs:read"_s, QT_TR_NOOP("View service logs")},
        {u"service:metrics:read"_s, QT_TR_NOOP("View service metrics")},
        {u"service:secrets:read"_s, QT_TR_NOOP("View configuration secrets")},
        {u"service:users:write"_s, QT_TR_NOOP("Manage service users")},
    };
    const auto it = names.constFind(membership);
    return it == names.constEnd() ? membership : tr(it.value());
}

QString ProjectPermissions::roleText() const
{
    QStringList words;
    words.reserve(m_memberships.size());
    for (const QString& membership : m_memberships)
        words.append(describe(membership));
    return words.join(", "_L1);
}

QString ProjectPermissions::whyNot(Change change) const
{
    if (allows(change))
        return {};
    QString who;
    switch (change) {
    case Change::Rename:
        who = tr("Only a project admin can rename the project.");
        break;
    case Change::DefaultCloud:
        who = tr("Only a project admin can change the default cloud.");
        break;
    case Change::TechEmails:
        who = tr("Only a project admin can change the technical contacts.");
        break;
    case Change::Tags:
        who = tr("Only a project admin or operator, or someone who manages the organization's "
                 "projects, can change the tags.");
        break;
    case Change::BillingGroup:
        who = tr("Only a project admin, or someone who manages the organization's projects, "
                 "can change the billing group.");
        break;
    case Change::Account:
        who = tr("Only a project admin can move the project to another account.");
        break;
    case Change::BillingDetails:
        who = tr("Only a project admin, or someone who manages the organization's billing, can "
                 "change the billing details.");
        break;
    case Change::Delete:
        who = tr("Only a project admin, or someone who manages the organization's projects, can "
                 "delete the project.");
        break;
    }
    return tr("%1 Your access: %2.").arg(who, roleText());
}

bool ProjectPermissions::mayManageMembers() const
{
    return !isKnown() || m_memberships.contains("admin"_L1) ||
           m_memberships.contains("role:organization:admin"_L1);
}

QString ProjectPermissions::whyNotManageMembers() const
{
    if (mayManageMembers())
        return {};
    return tr("Only a project admin can invite members, change their roles or remove them. "
              "Your access: %1.")
        .arg(roleText());
}

QString ProjectPermissions::whyNoChanges() const
{
    if (allowsAnyChange())
        return {};
    return tr("Your access to this project (%1) does not allow changing it. Ask a project admin.")
        .arg(roleText());
}

QString ProjectPermissions::summary() const
{
    if (allowsEveryChange())
        return {};
    if (!allowsAnyChange()) {
        return allows(Change::Delete) ? tr("You can delete this project but not change it.")
                                      : tr("You can view this project but not change it.");
    }
    QStringList what;
    const auto add = [&what, this](Change change, const QString& words) {
        if (allows(change))
            what.append(words);
    };
    add(Change::Rename, tr("name"));
    add(Change::DefaultCloud, tr("default cloud"));
    add(Change::TechEmails, tr("technical contacts"));
    add(Change::Tags, tr("tags"));
    add(Change::BillingGroup, tr("billing group"));
    add(Change::Account, tr("account"));
    add(Change::BillingDetails, tr("billing details"));
    QString list = what.constLast();
    if (what.size() > 1)
        list = tr("%1 and %2").arg(what.mid(0, what.size() - 1).join(", "_L1), list);
    return allows(Change::Delete) ? tr("You can change its %1 only, and delete it.").arg(list)
                                  : tr("You can change its %1 only.").arg(list);
}

} // namespace fjord
