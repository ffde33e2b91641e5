// Saved profiles in QSettings: round trip, current profile, removal, and never a token.

#include "auth/ProfileStore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fjord {

class TestProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyAtFirst();
    void roundTrip();
    void sortedByName();
    void currentProfile();
    void removeClearsEverything();
    void environmentProfileIsNeverSaved();
    void unknownKeysAreNotKept();
    void savingTheSameProfileWritesNothing();
    void originKeys();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"fjord.ini"_s), QSettings::IniFormat);
}

void TestProfileStore::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

static Profile sample(const QString& name)
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = name;
    profile.apiUrl = QUrl(u"https://api.aiven.io"_s);
    profile.userEmail = u"ada@example.com"_s;
    profile.caFile = u"/etc/ssl/custom-ca.pem"_s;
    profile.origin = TokenOrigin::Login;
    profile.storage = TokenStorage::PlainFile;
    return profile;
}

void TestProfileStore::emptyAtFirst()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.isEmpty());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.currentId().isEmpty());
    QVERIFY(!store.profile(u"nope"_s).isValid());
}

void TestProfileStore::roundTrip()
{
    const Profile profile = sample(u"Work"_s);
    {
        ProfileStore store(m_settings.get());
        store.save(profile);
    }
    QSettings reopened(m_dir->filePath(u"fjord.ini"_s), QSettings::IniFormat);
    ProfileStore store(&reopened);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profile(profile.id), profile);
    QVERIFY(!store.isEmpty());
}

void TestProfileStore::sortedByName()
{
    ProfileStore store(m_settings.get());
    store.save(sample(u"zeta"_s));
    store.save(sample(u"Alpha"_s));
    store.save(sample(u"mid"_s));
    const QList<Profile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles.at(0).name, u"Alpha"_s);
    QCOMPARE(profiles.at(2).name, u"zeta"_s);
}

void TestProfileStore::currentProfile()
{
    ProfileStore store(m_settings.get());
    const Profile profile = sample(u"Work"_s);
    store.save(profile);
    store.setCurrentId(profile.id);
    QCOMPARE(store.currentId(), profile.id);
    store.setCurrentId(Profile::environmentId());
    QVERIFY(store.currentId().isEmpty());
    store.setCurrentId(Profile::sandboxId());
    QCOMPARE(store.currentId(), Profile::sandboxId());
}

void TestProfileStore::removeClearsEverything()
{
    ProfileStore store(m_settings.get());
    const Profile profile = sample(u"Work"_s);
    store.save(profile);
    store.setCurrentId(profile.id);
    store.remove(profile.id);
    QVERIFY(!store.contains(profile.id));
    QVERIFY(store.currentId().isEmpty());
    for (const QString& key : m_settings->allKeys())
        QVERIFY2(!key.contains(profile.id), qPrintable(key));
}

void TestProfileStore::environmentProfileIsNeverSaved()
{
    ProfileStore store(m_settings.get());
    Profile profile = sample(u"Env"_s);
    profile.id = Profile::environmentId();
    store.save(profile);
    QVERIFY(store.isEmpty());
    QVERIFY(m_settings->allKeys().isEmpty());
}

void TestProfileStore::unknownKeysAreNotKept()
{
    // Even if something once wrote a token next to a profile, saving it removes that key.
    const Profile profile = sample(u"Work"_s);
    m_settings->setValue(u"profiles/"_s + profile.id + u"/token"_s, u"leaked-secret"_s);
    ProfileStore store(m_settings.get());
    store.save(profile);
    m_settings->sync();
    QFile file(m_dir->filePath(u"fjord.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("leaked-secret"));
}

void TestProfileStore::savingTheSameProfileWritesNothing()
{
    // Every start signs in again with the same profile; that must not rewrite the settings.
    const Profile profile = sample(u"Work"_s);
    ProfileStore store(m_settings.get());
    store.save(profile);
    store.setCurrentId(profile.id);
    const QString fileName = m_dir->filePath(u"fjord.ini"_s);
    // Dated an hour back, so that a rewrite shows in the modification time.
    const QDateTime written = QDateTime::currentDateTimeUtc().addSecs(-3600);
    {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly));
        QVERIFY(file.setFileTime(written, QFileDevice::FileModificationTime));
    }
    QCOMPARE(QFileInfo(fileName).lastModified().toUTC(), written);
    store.save(profile);
    store.setCurrentId(profile.id);
    QCOMPARE(QFileInfo(fileName).lastModified().toUTC(), written);

    // A group with something extra in it is still rewritten to the known fields.
    m_settings->setValue(u"profiles/"_s + profile.id + u"/token"_s, u"leaked-secret"_s);
    store.save(profile);
    QVERIFY(!m_settings->contains(u"profiles/"_s + profile.id + u"/token"_s));
    QCOMPARE(store.profile(profile.id), profile);
}

void TestProfileStore::originKeys()
{
    for (TokenOrigin origin : {TokenOrigin::Pasted, TokenOrigin::Login, TokenOrigin::Environment,
                               TokenOrigin::Avn, TokenOrigin::Sandbox})
        QCOMPARE(tokenOriginFromKey(tokenOriginKey(origin)), origin);
    QCOMPARE(tokenOriginFromKey(u"garbage"_s), TokenOrigin::Pasted);
    Profile login = sample(u"x"_s);
    QVERIFY(login.revokesOnSignOut());
    login.origin = TokenOrigin::Avn;
    QVERIFY(!login.revokesOnSignOut());
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestProfileStore)
#include "tst_profilestore.moc"
