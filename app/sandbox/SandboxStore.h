#pragma once

// The sandbox's state (projects, billing groups, accounts, sign-in sessions, clouds) and its
// persistence. Knows nothing about HTTP; SandboxServer applies the API rules on top of it.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace fjord {

class SandboxStore final
{
public:
    struct ProjectEntry
    {
        QJsonObject object;
        QString role; // project_membership: the one role the list names for the project
        // project_memberships: every role and permission the user holds on the project, as
        // the real API lists them (e.g. ["operator", "project:permissions:read"]); [role]
        // when the state names no more.
        QStringList memberships;
        // Compact JSON of `object`, kept so that listing 10,000 projects is a concatenation
        // rather than 10,000 serialisations.
        QByteArray json;
        QByteArray quotedName; // JSON string literals, for the membership maps
        QByteArray quotedRole;
        QByteArray quotedMemberships; // a JSON array
    };

    SandboxStore();
    ~SandboxStore();
    Q_DISABLE_COPY_MOVE(SandboxStore)

    // Replaces the state with the embedded seed (clouds are always embedded).
    void resetToSeed();

    // Loads `fileName` and locks it ("<file>.lock", QLockFile) for as long as this store uses
    // it. A missing file gives the seed. A file that is not a sandbox state is moved aside to
    // "<file>.corrupt-<timestamp>", described in *warning, and the seed is used.
    // Returns false, with the reason in *warning, when changes cannot be kept in the file:
    //  - another process holds the lock: the file is read as it is and never written;
    //  - a corrupt file could not be moved aside: the seed is used and the file never written;
    //  - the folder does not take new files (read-only, or not a folder): saving is tried
    //    with each change and fails.
    bool load(const QString& fileName, QString* warning);
    // Takes over a lock on "<fileName>.lock" that the caller already holds (load() then uses it
    // instead of locking again).
    void adoptLock(const QString& fileName, std::unique_ptr<QLockFile> lock);
    // Locks "<fileName>.lock" without waiting. Null with *problem when another process holds
    // it (*holderPid set) or the lock file cannot be created (*holderPid 0).
    static std::unique_ptr<QLockFile> tryLock(const QString& fileName, QString* problem,
                                              qint64* holderPid = nullptr);
    // Writes the whole state with writeFileSafely(), owner-only (it holds session tokens): the
    // file holds the old state or the new one, never a part. No-op without a file name.
    bool save(QString* error) const;
    QString fileName() const { return m_fileName; }
    bool savingEnabled() const { return m_savingEnabled; }
    // The last load() took its state from the file as it was (so there is nothing to write).
    bool loadedFromFile() const { return m_loadedFromFile; }

    // Projects, ordered by name.
    const ProjectEntry* project(const QString& name) const;
    void putProject(const QJsonObject& object, const QString& role,
                    const QStringList& memberships = {});
    bool removeProject(const QString& name);
    int projectCount() const { return int(m_projects.size()); }
    QStringList projectNames() const { return m_projects.keys(); }
    // {"project_membership": ..., "project_memberships": ..., "projects": [...]}, kept until
    // the projects change: GET /v1/project of 100,000 projects is then a write of 120 MB.
    const QByteArray& projectListJson() const;
    // The caller's project_membership and project_memberships members, as JSON text (without
    // the braces around them), for /v1/project and /v1/me; assembled once per change.
    const QByteArray& membershipMembersJson() const;
    // The names of every project as a JSON array; assembled once per change (with 100,000
    // projects, walking them for every /v1/me took 115 ms, and the list waited behind it).
    const QByteArray& projectNamesJson() const;

    const QJsonArray& billingGroups() const { return m_billingGroups; }
    QJsonObject billingGroup(const QString& id) const;
    const QJsonArray& accounts() const { return m_accounts; }
    QJsonObject account(const QString& id) const;

    // {"clouds": [...]}, prepared once.
    const QByteArray& cloudListJson() const { return m_cloudListJson; }
    int cloudCount() const { return int(m_cloudNames.size()); }
    bool hasCloud(const QString& name) const { return m_cloudNames.contains(name); }
    // The clouds `project` may use beyond the public list (tenant clouds), and its whole list.
    // A default cloud that no list names is one of them too (a project uses its own cloud).
    QJsonArray projectOnlyClouds(const QString& project) const;
    bool hasCloud(const QString& project, const QString& name) const;
    void setProjectClouds(const QString& project, const QJsonArray& clouds);
    QByteArray projectCloudListJson(const QString& project) const;

    // A project's members and pending invitations: {"users": [...], "invitations": [...]} in
    // the shapes of GET /v1/project/{project}/users. Empty when the state names none (then the
    // signed-in user is the one member).
    QJsonObject projectPeople(const QString& project) const
    {
        return m_projectPeople.value(project);
    }
    void setProjectPeople(const QString& project, const QJsonObject& people);

    // What the API shows of a project beyond its settings, read-only over HTTP:
    // {"services": [...], "events": [...]} (optionally "ca_certificate": PEM). Follows the
    // project through a rename and goes with it on delete, like its own clouds.
    QJsonObject projectInfo(const QString& project) const { return m_projectInfo.value(project); }
    void setProjectInfo(const QString& project, const QJsonObject& info);
    // The CA certificate (PEM) every project without its own is signed by.
    const QString& sandboxCaCertificate() const { return m_caCertificate; }

    // Tokens issued by POST /v1/userauth: token -> user email.
    QString sessionUser(const QString& token) const { return m_sessions.value(token); }
    void addSession(const QString& token, const QString& email) { m_sessions.insert(token, email); }
    bool removeSession(const QString& token) { return m_sessions.remove(token) > 0; }

    // The state a change over HTTP can touch. Copies share their data until one side changes,
    // so taking one is cheap; restore() puts it back whole.
    struct Snapshot
    {
        QMap<QString, ProjectEntry> projects;
        QHash<QString, QJsonArray> projectClouds;
        QHash<QString, QString> sessions;
        QHash<QString, QJsonObject> projectPeople;
        QHash<QString, QJsonObject> projectInfo;
    };
    Snapshot snapshot() const
    {
        return {m_projects, m_projectClouds, m_sessions, m_projectPeople, m_projectInfo};
    }
    void restore(Snapshot snapshot);

    // A JSON string literal (with quotes) for `text`.
    static QByteArray quoted(const QString& text);

private:
    // The projects changed: the texts assembled from them are out of date.
    void forgetAssembledText();
    // An entry for a tenant cloud: placed and described like the public cloud its name ends
    // with ("timescale-aws-us-east-2" as "aws-us-east-2"), else only its name.
    QJsonObject tenantCloud(const QString& name) const;
    static ProjectEntry makeEntry(const QJsonObject& object, const QString& role,
                                  const QStringList& memberships);
    bool applyState(const QJsonObject& state, QString* problem);
    bool loadAsIs(const QString& fileName);
    bool loadOrSetAside(const QString& fileName, QString* warning);
    void loadClouds();

    QString m_fileName;
    std::unique_ptr<QLockFile> m_lock;
    QString m_lockedFile;
    QString m_savingDisabledReason;
    bool m_savingEnabled = true;
    bool m_loadedFromFile = false;
    QMap<QString, ProjectEntry> m_projects;
    mutable QByteArray m_projectListJson;       // empty: to be assembled
    mutable QByteArray m_membershipMembersJson; // empty: to be assembled
    mutable QByteArray m_projectNamesJson;      // empty: to be assembled
    QJsonArray m_billingGroups;
    QJsonArray m_accounts;
    QHash<QString, QString> m_sessions;
    QByteArray m_cloudListJson;
    QSet<QString> m_cloudNames;
    QHash<QString, QJsonArray> m_projectClouds;  // project name -> its tenant clouds
    QHash<QString, QJsonObject> m_projectPeople; // project name -> its members and invitations
    QHash<QString, QJsonObject> m_projectInfo;   // project name -> services, events
    QString m_caCertificate;
};

} // namespace fjord
