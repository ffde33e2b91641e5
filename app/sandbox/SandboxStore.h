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

    // Replaces the state with the embedded seed (clouds are always embedded).
    void resetToSeed();

    // Loads `fileName`. A missing file gives the seed. A file that is not a sandbox state is
    // moved aside to "<file>.corrupt-<timestamp>", described in *warning, and the seed is used.
    // Returns false only when a corrupt file could not be moved aside (the state is then the
    // seed, and saving is disabled so that the file is never overwritten).
    bool load(const QString& fileName, QString* warning);
    // Writes atomically (QSaveFile). No-op without a file name.
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
    QJsonObject membership() const;
    QJsonObject memberships() const;

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

    // Tokens issued by POST /v1/userauth: token -> user email.
    QString sessionUser(const QString& token) const { return m_sessions.value(token); }
    void addSession(const QString& token, const QString& email) { m_sessions.insert(token, email); }
    bool removeSession(const QString& token) { return m_sessions.remove(token) > 0; }

    // A JSON string literal (with quotes) for `text`.
    static QByteArray quoted(const QString& text);

private:
    // An entry for a tenant cloud: placed and described like the public cloud its name ends
    // with ("timescale-aws-us-east-2" as "aws-us-east-2"), else only its name.
    QJsonObject tenantCloud(const QString& name) const;
    static ProjectEntry makeEntry(const QJsonObject& object, const QString& role,
                                  const QStringList& memberships);
    bool applyState(const QJsonObject& state, QString* problem);
    void loadClouds();

    QString m_fileName;
    bool m_savingEnabled = true;
    bool m_loadedFromFile = false;
    QMap<QString, ProjectEntry> m_projects;
    mutable QByteArray m_projectListJson; // empty: to be assembled
    QJsonArray m_billingGroups;
    QJsonArray m_accounts;
    QHash<QString, QString> m_sessions;
    QByteArray m_cloudListJson;
    QSet<QString> m_cloudNames;
    QHash<QString, QJsonArray> m_projectClouds; // project name -> its tenant clouds
};

} // namespace fjord
