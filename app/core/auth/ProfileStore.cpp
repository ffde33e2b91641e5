#include "auth/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

const auto kGroup = "profiles"_L1;
const auto kCurrent = "session/currentProfile"_L1;

QString key(const QString& id, QLatin1String field)
{
    return kGroup + u'/' + id + u'/' + field;
}

} // namespace

ProfileStore::ProfileStore(QSettings* settings)
    : m_settings(settings)
{
    if (!m_settings) {
        m_owned = std::make_unique<QSettings>();
        m_settings = m_owned.get();
    }
}

ProfileStore::~ProfileStore() = default;

QSettings& ProfileStore::settings() const
{
    return *m_settings;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    settings().beginGroup(kGroup);
    const QStringList ids = settings().childGroups();
    settings().endGroup();
    for (const QString& id : ids) {
        const Profile p = profile(id);
        if (p.isValid())
            result.append(p);
    }
    std::sort(result.begin(), result.end(), [](const Profile& a, const Profile& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

bool ProfileStore::contains(const QString& id) const
{
    return !id.isEmpty() && settings().contains(key(id, "name"_L1));
}

Profile ProfileStore::profile(const QString& id) const
{
    if (!contains(id) || id == Profile::environmentId())
        return {};
    Profile p;
    p.id = id;
    p.name = settings().value(key(id, "name"_L1)).toString();
    p.apiUrl = QUrl(settings().value(key(id, "apiUrl"_L1)).toString());
    p.userEmail = settings().value(key(id, "userEmail"_L1)).toString();
    p.caFile = settings().value(key(id, "caFile"_L1)).toString();
    p.origin = tokenOriginFromKey(settings().value(key(id, "tokenOrigin"_L1)).toString());
    p.storage = settings().value(key(id, "tokenStorage"_L1)).toString() == "file"_L1
                    ? TokenStorage::PlainFile
                    : TokenStorage::Keychain;
    return p;
}

bool ProfileStore::save(const Profile& p, QString* problem)
{
    if (!p.isValid() || p.isEnvironment())
        return true;
    // Signing in again with the same profile (every start) writes nothing, unless the last
    // write failed and the values live only in memory.
    if (settings().status() == QSettings::NoError && profile(p.id) == p) {
        settings().beginGroup(kGroup + u'/' + p.id);
        const qsizetype storedKeys = settings().allKeys().size();
        settings().endGroup();
        if (storedKeys == 6) // exactly the fields written below
            return true;
    }
    // Rewrite the whole group so that nothing but the known, secret-free fields survives.
    settings().remove(kGroup + u'/' + p.id);
    settings().setValue(key(p.id, "name"_L1), p.name);
    settings().setValue(key(p.id, "apiUrl"_L1), p.apiUrl.toString());
    settings().setValue(key(p.id, "userEmail"_L1), p.userEmail);
    settings().setValue(key(p.id, "caFile"_L1), p.caFile);
    settings().setValue(key(p.id, "tokenOrigin"_L1), tokenOriginKey(p.origin));
    settings().setValue(key(p.id, "tokenStorage"_L1),
                        p.storage == TokenStorage::PlainFile ? u"file"_s : u"keychain"_s);
    settings().sync();
    if (settings().status() == QSettings::NoError)
        return true;
    if (problem)
        *problem = QCoreApplication::translate("fjord::ProfileStore",
                                               "Fjord could not write its settings file %1.")
                       .arg(QDir::toNativeSeparators(settings().fileName()));
    return false;
}

void ProfileStore::remove(const QString& id)
{
    if (id.isEmpty())
        return;
    settings().remove(kGroup + u'/' + id);
    if (currentId() == id)
        settings().remove(kCurrent);
    settings().sync();
}

QString ProfileStore::currentId() const
{
    return settings().value(kCurrent).toString();
}

void ProfileStore::setCurrentId(const QString& id)
{
    if (id == currentId() && !id.isEmpty())
        return;
    if (id.isEmpty() || id == Profile::environmentId())
        settings().remove(kCurrent);
    else
        settings().setValue(kCurrent, id);
    settings().sync();
}

bool ProfileStore::isEmpty() const
{
    return profiles().isEmpty();
}

} // namespace fjord
