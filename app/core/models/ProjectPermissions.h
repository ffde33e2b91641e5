#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fjord {

// What the signed-in user may change on one project, decided from every entry of the
// project's `project_memberships` (project roles and fine-grained permission strings), as
// Aiven's roles and permissions page describes them. Roles and permissions are cumulative:
// the most permissive entry wins. The one place that rule lives; the window and the edit
// dialog only ask it.
class ProjectPermissions
{
    Q_DECLARE_TR_FUNCTIONS(ProjectPermissions)

public:
    // The changes Fjord can make to a project.
    enum class Change {
        Rename,         // project_name
        DefaultCloud,   // cloud
        TechEmails,     // tech_emails
        Tags,           // tags
        BillingGroup,   // billing_group_id
        Account,        // account_id: moves the project
        BillingDetails, // company, address, country, VAT ID, currency, billing emails
        Delete,
    };
    static constexpr int ChangeCount = int(Change::Delete) + 1;

    ProjectPermissions() = default; // nothing known: see isKnown()
    explicit ProjectPermissions(const QStringList& memberships);

    // Also counts project_membership's single role, which should be among the memberships.
    static ProjectPermissions fromMemberships(const QStringList& memberships,
                                              const QString& role = {});

    QStringList memberships() const { return m_memberships; }
    // False when the API said nothing about the user's access to the project (an older
    // server, or a project from elsewhere): then nothing is held back and the server decides.
    bool isKnown() const { return !m_memberships.isEmpty(); }

    bool allows(Change change) const;
    bool allowsAnyChange() const;   // any field of the edit dialog
    bool allowsEveryChange() const; // all of them (an admin)

    // The access in words, e.g. "Read only" or "Operator, Manage projects".
    QString roleText() const;
    // One role or permission in words ("read_only" -> "Read only"); unknown strings as given.
    static QString describe(const QString& membership);
    // A sentence for a tooltip on a control the user may not use, e.g. "Only a project admin
    // can rename the project. Your access: Read only."; empty when the change is allowed.
    QString whyNot(Change change) const;
    // Inviting members, changing their roles and removing them: project admins (and the
    // organization's admins) only, per Aiven's roles page. Anyone may leave a project.
    bool mayManageMembers() const;
    // Why not, for a tooltip; empty when allowed.
    QString whyNotManageMembers() const;
    // The same for the Edit action as a whole (nothing in the dialog may be changed).
    QString whyNoChanges() const;
    // One sentence on what the user may change, for the details ("You can change its tags
    // only."); empty when they may change everything.
    QString summary() const;

    bool operator==(const ProjectPermissions& other) const
    {
        return m_memberships == other.m_memberships;
    }

private:
    QStringList m_memberships;
    unsigned m_allowed = 0; // bit per Change
};

} // namespace fjord
