#include "SandboxStore.h"

#include "util/SafeFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLockFile>
#include <QTemporaryFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

constexpr auto kFormat = "fjord-sandbox"_L1;
constexpr int kVersion = 1;

// QLockFile's own check is private; a lock it failed to take over is still held only if its
// process runs.
bool processIsRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    return pid > 0;
#endif
}

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fjord-sandbox: embedded resource %s is missing", qPrintable(path));
    return file.readAll();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

SandboxStore::ProjectEntry SandboxStore::makeEntry(const QJsonObject& object, const QString& role,
                                                   const QStringList& memberships)
{
    const QStringList all = memberships.isEmpty() ? QStringList{role} : memberships;
    QByteArray list = "[";
    for (const QString& membership : all)
        list += (list.size() > 1 ? "," : "") + quoted(membership);
    list += ']';
    return {object,
            role,
            all,
            compact(object),
            quoted(object.value("project_name"_L1).toString()),
            quoted(role),
            list};
}

SandboxStore::SandboxStore()
{
    m_caCertificate = QString::fromLatin1(readResource(u":/sandbox/project-ca.pem"_s));
    loadClouds();
    resetToSeed();
}

SandboxStore::~SandboxStore() = default;

std::unique_ptr<QLockFile> SandboxStore::tryLock(const QString& fileName, QString* problem,
                                                 qint64* holderPid)
{
    if (holderPid)
        *holderPid = 0;
    auto lock = std::make_unique<QLockFile>(fileName + ".lock"_L1);
    // Held for as long as the holder runs, however long that is (the default would let another
    // process take it after 30 s); a lock left by a process that is gone is taken over.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->error() == QLockFile::LockFailedError &&
        lock->getLockInfo(&pid, &host, &application) && processIsRunning(pid)) {
        if (holderPid)
            *holderPid = pid;
        if (problem)
            *problem = u"Sandbox data file %1 is in use by another program (%2, process %3)"_s.arg(
                QDir::toNativeSeparators(fileName),
                application.isEmpty() ? u"unknown"_s : application, QString::number(pid));
    } else if (problem) {
        // Also a lock left by a program that has ended, which QLockFile could not remove.
        *problem = u"Cannot create the lock file %1.lock: the folder does not take new files"_s.arg(
            QDir::toNativeSeparators(fileName));
    }
    return nullptr;
}

void SandboxStore::adoptLock(const QString& fileName, std::unique_ptr<QLockFile> lock)
{
    m_lock = std::move(lock);
    m_lockedFile = m_lock ? fileName : QString();
}

QByteArray SandboxStore::quoted(const QString& text)
{
    // Project names and roles are plain ASCII almost always; skip the JSON writer for them.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain)
        return '"' + text.toLatin1() + '"';
    const QByteArray array = compact(QJsonArray{text});
    return array.mid(1, array.size() - 2);
}

void SandboxStore::loadClouds()
{
    const QJsonObject root =
        QJsonDocument::fromJson(readResource(u":/sandbox/clouds.json"_s)).object();
    const QJsonArray clouds = root.value("clouds"_L1).toArray();
    for (const QJsonValue& cloud : clouds)
        m_cloudNames.insert(cloud.toObject().value("cloud_name"_L1).toString());
    m_cloudListJson = compact(QJsonObject{{u"clouds"_s, clouds}});
}

void SandboxStore::resetToSeed()
{
    QJsonObject seed = QJsonDocument::fromJson(readResource(u":/sandbox/seed.json"_s)).object();
    // The seed's services and events live in a file of their own (they are most of its size).
    if (!seed.contains("project_info"_L1)) {
        const QJsonObject info =
            QJsonDocument::fromJson(readResource(u":/sandbox/seed-services.json"_s)).object();
        seed.insert(u"project_info"_s, info.value("projects"_L1));
    }
    QString problem;
    if (!applyState(seed, &problem))
        qFatal("fjord-sandbox: embedded seed is invalid: %s", qPrintable(problem));
}

bool SandboxStore::applyState(const QJsonObject& state, QString* problem)
{
    if (state.value("format"_L1).toString() != kFormat) {
        *problem = u"not a fjord-sandbox state (missing \"format\": \"fjord-sandbox\")"_s;
        return false;
    }
    if (state.value("version"_L1).toInt() != kVersion) {
        *problem =
            u"unsupported version %1"_s.arg(state.value("version"_L1).toVariant().toString());
        return false;
    }
    for (const auto key : {"accounts"_L1, "billing_groups"_L1, "projects"_L1}) {
        if (!state.value(key).isArray()) {
            *problem = u"\"%1\" is not an array"_s.arg(key);
            return false;
        }
    }
    QMap<QString, ProjectEntry> projects;
    const QJsonArray projectArray = state.value("projects"_L1).toArray();
    for (const QJsonValue& value : projectArray) {
        const QJsonObject item = value.toObject();
        const QJsonObject object = item.value("project"_L1).toObject();
        const QString name = object.value("project_name"_L1).toString();
        if (name.isEmpty() || !item.value("role"_L1).isString()) {
            *problem = u"a project entry lacks \"project_name\" or \"role\""_s;
            return false;
        }
        QStringList memberships;
        for (const QJsonValue membership : item.value("memberships"_L1).toArray())
            memberships.append(membership.toString());
        projects.insert(name, makeEntry(object, item.value("role"_L1).toString(), memberships));
    }
    QHash<QString, QString> sessions;
    const QJsonArray sessionArray = state.value("sessions"_L1).toArray();
    for (const QJsonValue& value : sessionArray) {
        const QJsonObject session = value.toObject();
        sessions.insert(session.value("token"_L1).toString(), session.value("user"_L1).toString());
    }
    QHash<QString, QJsonArray> projectClouds;
    const QJsonObject cloudMap = state.value("project_clouds"_L1).toObject();
    for (auto it = cloudMap.constBegin(); it != cloudMap.constEnd(); ++it)
        projectClouds.insert(it.key(), it.value().toArray());
    QHash<QString, QJsonObject> projectPeople;
    const QJsonObject peopleMap = state.value("project_users"_L1).toObject();
    for (auto it = peopleMap.constBegin(); it != peopleMap.constEnd(); ++it)
        projectPeople.insert(it.key(), it.value().toObject());
    QHash<QString, QJsonObject> projectInfo;
    const QJsonObject infoMap = state.value("project_info"_L1).toObject();
    for (auto it = infoMap.constBegin(); it != infoMap.constEnd(); ++it) {
        if (projects.contains(it.key()) && it.value().isObject())
            projectInfo.insert(it.key(), it.value().toObject());
    }
    m_projects = std::move(projects);
    m_projectClouds = std::move(projectClouds);
    m_projectPeople = std::move(projectPeople);
    m_projectInfo = std::move(projectInfo);
    forgetAssembledText();
    m_sessions = std::move(sessions);
    m_billingGroups = state.value("billing_groups"_L1).toArray();
    m_accounts = state.value("accounts"_L1).toArray();
    return true;
}

bool SandboxStore::load(const QString& fileName, QString* warning)
{
    m_fileName = fileName;
    m_savingEnabled = true;
    m_savingDisabledReason.clear();
    m_loadedFromFile = false;
    if (m_lockedFile != fileName)
        adoptLock({}, nullptr);
    if (fileName.isEmpty()) {
        resetToSeed();
        return true;
    }

    // Another process on the same file would overwrite every change made here (and this
    // process its changes): with the lock held elsewhere the file is only read.
    QString lockProblem;
    qint64 holder = 0;
    if (!m_lock) {
        if (auto lock = tryLock(fileName, &lockProblem, &holder))
            adoptLock(fileName, std::move(lock));
    }
    if (holder != 0) {
        m_savingEnabled = false;
        m_savingDisabledReason = lockProblem;
        if (!loadAsIs(fileName))
            resetToSeed();
        if (warning)
            *warning = lockProblem + u"; changes are refused."_s;
        return false;
    }
    const bool loaded = loadOrSetAside(fileName, warning);
    if (!loaded)
        return false;

    // Each save writes a new file next to this one and renames it over: a folder that does
    // not take new files (read-only, or not a folder at all) keeps nothing. Said now, at start.
    QString problem = lockProblem;
    if (problem.isEmpty()) {
        QTemporaryFile probe(fileName + ".probe-XXXXXX"_L1);
        if (!probe.open())
            problem = u"Cannot write next to %1: %2"_s.arg(QDir::toNativeSeparators(fileName),
                                                           probe.errorString());
    }
    if (!problem.isEmpty()) {
        if (warning) {
            if (!warning->isEmpty())
                *warning += u' ';
            *warning += problem + u"; changes cannot be saved."_s;
        }
        return false;
    }
    return true;
}

bool SandboxStore::loadAsIs(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QString problem;
    if (!document.isObject() || !applyState(document.object(), &problem))
        return false;
    m_loadedFromFile = true;
    return true;
}

bool SandboxStore::loadOrSetAside(const QString& fileName, QString* warning)
{
    // An empty file (e.g. a fresh QTemporaryFile) holds nothing to lose: treat it as new.
    if (!QFileInfo::exists(fileName) || QFileInfo(fileName).size() == 0) {
        resetToSeed();
        return true;
    }

    QString problem;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        file.close();
        if (error.error != QJsonParseError::NoError)
            problem = u"invalid JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString());
        else if (!document.isObject())
            problem = u"the top level is not an object"_s;
        else if (applyState(document.object(), &problem))
            return m_loadedFromFile = true;
    }

    // Keep the unreadable file for the user to inspect; never write over it.
    const QString aside = fileName % ".corrupt-"_L1 %
                          QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s);
    resetToSeed();
    if (!QFile::rename(fileName, aside)) {
        m_savingEnabled = false;
        m_savingDisabledReason =
            u"saving is disabled because %1 could not be moved aside"_s.arg(fileName);
        if (warning)
            *warning = u"Sandbox data file %1 is unusable (%2) and could not be moved aside; "
                       "starting from the seed without saving."_s.arg(fileName, problem);
        return false;
    }
    if (warning)
        *warning = u"Sandbox data file %1 is unusable (%2); kept it as %3 and started from the "
                   "seed."_s.arg(fileName, problem, aside);
    return true;
}

bool SandboxStore::save(QString* error) const
{
    if (m_fileName.isEmpty())
        return true;
    if (!m_savingEnabled) {
        if (error)
            *error = m_savingDisabledReason;
        return false;
    }
    QByteArray out;
    qsizetype size = 256;
    for (const ProjectEntry& entry : m_projects)
        size += entry.json.size() + 40;
    out.reserve(size);
    out += "{\"format\":" + quoted(kFormat) + ",\"version\":" + QByteArray::number(kVersion);
    out += ",\n\"accounts\":" + compact(m_accounts);
    out += ",\n\"billing_groups\":" + compact(m_billingGroups);
    QJsonArray sessions;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        sessions.append(QJsonObject{{u"token"_s, it.key()}, {u"user"_s, it.value()}});
    out += ",\n\"sessions\":" + compact(sessions);
    if (!m_projectClouds.isEmpty()) {
        QJsonObject projectClouds;
        for (auto it = m_projectClouds.cbegin(); it != m_projectClouds.cend(); ++it)
            projectClouds.insert(it.key(), it.value());
        out += ",\n\"project_clouds\":" + compact(projectClouds);
    }
    if (!m_projectPeople.isEmpty()) {
        QJsonObject projectPeople;
        for (auto it = m_projectPeople.cbegin(); it != m_projectPeople.cend(); ++it)
            projectPeople.insert(it.key(), it.value());
        out += ",\n\"project_users\":" + compact(projectPeople);
    }
    if (!m_projectInfo.isEmpty()) {
        QJsonObject projectInfo;
        for (auto it = m_projectInfo.cbegin(); it != m_projectInfo.cend(); ++it)
            projectInfo.insert(it.key(), it.value());
        out += ",\n\"project_info\":" + compact(projectInfo);
    }
    out += ",\n\"projects\":[";
    bool first = true;
    for (const ProjectEntry& entry : m_projects) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "{\"role\":" + quoted(entry.role);
        if (entry.memberships != QStringList{entry.role})
            out += ",\"memberships\":" + entry.quotedMemberships;
        out += ",\"project\":" + entry.json + '}';
    }
    out += "]}\n";

    QString problem;
    if (!writeFileSafely(m_fileName, out, &problem, FileAccess::OwnerOnly)) {
        if (error)
            *error = u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(m_fileName), problem);
        return false;
    }
    return true;
}

const SandboxStore::ProjectEntry* SandboxStore::project(const QString& name) const
{
    const auto it = m_projects.constFind(name);
    return it == m_projects.cend() ? nullptr : &it.value();
}

void SandboxStore::putProject(const QJsonObject& object, const QString& role,
                              const QStringList& memberships)
{
    const QString name = object.value("project_name"_L1).toString();
    m_projects.insert(name, makeEntry(object, role, memberships));
    forgetAssembledText();
}

void SandboxStore::restore(Snapshot snapshot)
{
    m_projects = std::move(snapshot.projects);
    m_projectClouds = std::move(snapshot.projectClouds);
    m_sessions = std::move(snapshot.sessions);
    m_projectPeople = std::move(snapshot.projectPeople);
    m_projectInfo = std::move(snapshot.projectInfo);
    forgetAssembledText();
}

void SandboxStore::forgetAssembledText()
{
    m_projectListJson.clear();
    m_membershipMembersJson.clear();
    m_projectNamesJson.clear();
}

bool SandboxStore::removeProject(const QString& name)
{
    m_projectClouds.remove(name);
    m_projectPeople.remove(name);
    m_projectInfo.remove(name);
    forgetAssembledText();
    return m_projects.remove(name) > 0;
}

QJsonObject SandboxStore::tenantCloud(const QString& name) const
{
    const QJsonArray clouds =
        QJsonDocument::fromJson(m_cloudListJson).object().value("clouds"_L1).toArray();
    for (const QJsonValue& value : clouds) {
        QJsonObject cloud = value.toObject();
        const QString base = cloud.value("cloud_name"_L1).toString();
        if (base.isEmpty() || !name.endsWith(u'-' + base))
            continue;
        const QString tenant = name.left(name.size() - base.size() - 1);
        cloud.insert(u"cloud_name"_s, name);
        cloud.insert(
            u"cloud_description"_s,
            QString(cloud.value("cloud_description"_L1).toString() + u" ("_s + tenant + u')'));
        return cloud;
    }
    // geo_region is required by the document; nothing says where such a cloud is.
    return QJsonObject{{u"cloud_name"_s, name}, {u"geo_region"_s, QString()}};
}

QJsonArray SandboxStore::projectOnlyClouds(const QString& project) const
{
    QJsonArray own = m_projectClouds.value(project);
    const ProjectEntry* entry = this->project(project);
    const QString current = entry ? entry->object.value("default_cloud"_L1).toString() : QString();
    if (current.isEmpty() || hasCloud(current))
        return own;
    const bool listed = std::any_of(own.begin(), own.end(), [&current](const QJsonValue& cloud) {
        return cloud.toObject().value("cloud_name"_L1).toString() == current;
    });
    if (!listed)
        own.append(tenantCloud(current));
    return own;
}

bool SandboxStore::hasCloud(const QString& project, const QString& name) const
{
    if (hasCloud(name))
        return true;
    const QJsonArray own = projectOnlyClouds(project);
    return std::any_of(own.begin(), own.end(), [&name](const QJsonValue& cloud) {
        return cloud.toObject().value("cloud_name"_L1).toString() == name;
    });
}

void SandboxStore::setProjectClouds(const QString& project, const QJsonArray& clouds)
{
    if (clouds.isEmpty())
        m_projectClouds.remove(project);
    else
        m_projectClouds.insert(project, clouds);
}

void SandboxStore::setProjectPeople(const QString& project, const QJsonObject& people)
{
    if (people.isEmpty())
        m_projectPeople.remove(project);
    else
        m_projectPeople.insert(project, people);
}

void SandboxStore::setProjectInfo(const QString& project, const QJsonObject& info)
{
    if (info.isEmpty())
        m_projectInfo.remove(project);
    else
        m_projectInfo.insert(project, info);
}

QByteArray SandboxStore::projectCloudListJson(const QString& project) const
{
    const QJsonArray own = projectOnlyClouds(project);
    if (own.isEmpty())
        return m_cloudListJson;
    // {"clouds":[...]} with the project's own clouds after the public ones.
    QByteArray ownJson = compact(own);
    return m_cloudListJson.left(m_cloudListJson.size() - 2) + ',' +
           ownJson.mid(1, ownJson.size() - 1) + '}';
}

namespace {

// Each project's piece, comma-separated, into `out`.
template <typename Projects, typename Append>
void appendEach(const Projects& projects, QByteArray& out, Append&& append)
{
    for (auto it = projects.cbegin(); it != projects.cend(); ++it) {
        if (it != projects.cbegin())
            out += ',';
        append(*it);
    }
}

} // namespace

const QByteArray& SandboxStore::membershipMembersJson() const
{
    if (!m_membershipMembersJson.isEmpty())
        return m_membershipMembersJson;
    // Text from the entries' quoted parts: a QJsonObject of 100,000 keys takes far longer.
    qsizetype size = 64;
    for (const ProjectEntry& entry : m_projects)
        size += 2 * entry.quotedName.size() + entry.quotedRole.size() +
                entry.quotedMemberships.size() + 4;
    QByteArray& out = m_membershipMembersJson;
    out.reserve(size);
    out += "\"project_membership\":{";
    appendEach(m_projects, out, [&out](const ProjectEntry& entry) {
        out += entry.quotedName + ':' + entry.quotedRole;
    });
    out += "},\"project_memberships\":{";
    appendEach(m_projects, out, [&out](const ProjectEntry& entry) {
        out += entry.quotedName + ':' + entry.quotedMemberships;
    });
    out += '}';
    return out;
}

const QByteArray& SandboxStore::projectNamesJson() const
{
    if (!m_projectNamesJson.isEmpty())
        return m_projectNamesJson;
    qsizetype size = 2;
    for (const ProjectEntry& entry : m_projects)
        size += entry.quotedName.size() + 1;
    QByteArray& out = m_projectNamesJson;
    out.reserve(size);
    out += '[';
    appendEach(m_projects, out, [&out](const ProjectEntry& entry) { out += entry.quotedName; });
    out += ']';
    return out;
}

const QByteArray& SandboxStore::projectListJson() const
{
    if (!m_projectListJson.isEmpty())
        return m_projectListJson;
    // Assembled from the cached per-project JSON into one buffer of the final size: building
    // a QJsonObject of 100,000 projects and serialising it costs several times more.
    const QByteArray& members = membershipMembersJson();
    qsizetype size = members.size() + 32;
    for (const ProjectEntry& entry : m_projects)
        size += entry.json.size() + 1;
    QByteArray& out = m_projectListJson;
    out.reserve(size);
    out += '{';
    out += members;
    out += ",\"projects\":[";
    appendEach(m_projects, out, [&out](const ProjectEntry& entry) { out += entry.json; });
    out += "]}";
    return out;
}

QJsonObject SandboxStore::billingGroup(const QString& id) const
{
    for (const QJsonValue& group : m_billingGroups) {
        if (group.toObject().value("billing_group_id"_L1).toString() == id)
            return group.toObject();
    }
    return {};
}

QJsonObject SandboxStore::account(const QString& id) const
{
    for (const QJsonValue& account : m_accounts) {
        if (account.toObject().value("account_id"_L1).toString() == id)
            return account.toObject();
    }
    return {};
}

} // namespace fjord
