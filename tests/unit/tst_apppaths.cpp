// Where Fjord keeps its files (~/.local/share/Fjord, ~/.cache/Fjord rather than Qt's nested
// Fjord/Fjord) and the one-time move of what earlier versions left in the nested folders.

#include "auth/CredentialStore.h"
#include "util/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fjord;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

class TestAppPaths final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void foldersAreNotNested();
    void defaultsUseTheNewFolders();
    void migratesDataAndCacheOnce();
    void neverOverwritesNewerFiles();
    void missingLegacyFolderIsNoOp();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_data;
    QString m_cache;
};

void TestAppPaths::initTestCase()
{
    QCoreApplication::setOrganizationName(u"Fjord"_s);
    QCoreApplication::setApplicationName(u"Fjord"_s);
}

void TestAppPaths::init()
{
    // A fresh home for every test: the XDG variables are read on each QStandardPaths call.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_data = m_home->filePath(u"data"_s);
    m_cache = m_home->filePath(u"cache"_s);
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(u"config"_s)));
    QSettings().clear();
    QSettings().sync();
}

void TestAppPaths::foldersAreNotNested()
{
    QCOMPARE(AppPaths::dataDir(), m_data + u"/Fjord"_s);
    QCOMPARE(AppPaths::cacheDir(), m_cache + u"/Fjord"_s);
    // Where Qt's AppDataLocation and CacheLocation pointed, and earlier versions wrote.
    QCOMPARE(AppPaths::legacyDataDir(), m_data + u"/Fjord/Fjord"_s);
    QCOMPARE(AppPaths::legacyCacheDir(), m_cache + u"/Fjord/Fjord"_s);
    // Settings were already in ~/.config/Fjord/Fjord.conf and stay there.
    QCOMPARE(QSettings().fileName(), m_home->filePath(u"config/Fjord/Fjord.conf"_s));
}

void TestAppPaths::defaultsUseTheNewFolders()
{
    QCOMPARE(CredentialStore::defaultPlainFilePath(), m_data + u"/Fjord/tokens.json"_s);
}

void TestAppPaths::migratesDataAndCacheOnce()
{
    const QString oldData = m_data + u"/Fjord/Fjord"_s;
    const QString oldCache = m_cache + u"/Fjord/Fjord"_s;
    QVERIFY(writeFile(oldData + u"/sandbox.json"_s, "{\"projects\":[\"kept\"]}"));
    QVERIFY(writeFile(oldData + u"/tokens.json"_s, "{\"profile/default\":\"t\"}"));
    QVERIFY(writeFile(oldData + u"/notes/readme.txt"_s, "a folder moves whole"));
    QVERIFY(writeFile(oldCache + u"/clouds.json"_s, "{\"clouds\":[]}"));

    const AppPaths::MigrationResult result = AppPaths::migrateLegacyLocations();
    QCOMPARE(result.moved, 3);
    QCOMPARE(result.kept, 0);
    QCOMPARE(readFile(m_data + u"/Fjord/sandbox.json"_s), QByteArray("{\"projects\":[\"kept\"]}"));
    QCOMPARE(readFile(m_data + u"/Fjord/tokens.json"_s), QByteArray("{\"profile/default\":\"t\"}"));
    QCOMPARE(readFile(m_data + u"/Fjord/notes/readme.txt"_s), QByteArray("a folder moves whole"));
    QCOMPARE(readFile(m_cache + u"/Fjord/clouds.json"_s), QByteArray("{\"clouds\":[]}"));
    QVERIFY(!QFileInfo::exists(oldData));
    QVERIFY(!QFileInfo::exists(oldCache));

    // An older Fjord run afterwards writes the old place again: that is left alone.
    QVERIFY(writeFile(oldData + u"/sandbox.json"_s, "from an older version"));
    const AppPaths::MigrationResult again = AppPaths::migrateLegacyLocations();
    QCOMPARE(again.moved, 0);
    QCOMPARE(readFile(oldData + u"/sandbox.json"_s), QByteArray("from an older version"));
    QCOMPARE(readFile(m_data + u"/Fjord/sandbox.json"_s), QByteArray("{\"projects\":[\"kept\"]}"));
}

void TestAppPaths::neverOverwritesNewerFiles()
{
    const QString oldData = m_data + u"/Fjord/Fjord"_s;
    QVERIFY(writeFile(oldData + u"/sandbox.json"_s, "old"));
    QVERIFY(writeFile(oldData + u"/tokens.json"_s, "old tokens"));
    QVERIFY(writeFile(m_data + u"/Fjord/sandbox.json"_s, "new"));

    const AppPaths::MigrationResult result = AppPaths::migrateLegacyLocations();
    QCOMPARE(result.moved, 1);
    QCOMPARE(result.kept, 1);
    QCOMPARE(readFile(m_data + u"/Fjord/sandbox.json"_s), QByteArray("new"));
    QCOMPARE(readFile(m_data + u"/Fjord/tokens.json"_s), QByteArray("old tokens"));
    // What could not move stays where it was, with its folder.
    QCOMPARE(readFile(oldData + u"/sandbox.json"_s), QByteArray("old"));
}

void TestAppPaths::missingLegacyFolderIsNoOp()
{
    const AppPaths::MigrationResult result = AppPaths::migrateLegacyLocations();
    QCOMPARE(result.moved, 0);
    QCOMPARE(result.kept, 0);
    QVERIFY(!QFileInfo::exists(m_data + u"/Fjord/Fjord"_s));
    // A folder moved into itself is refused rather than looped over.
    QVERIFY(writeFile(m_home->filePath(u"a/file"_s), "x"));
    const AppPaths::MigrationResult self =
        AppPaths::migrateFolder(m_home->filePath(u"a"_s), m_home->filePath(u"a/"_s));
    QCOMPARE(self.moved, 0);
    QCOMPARE(readFile(m_home->filePath(u"a/file"_s)), QByteArray("x"));
}

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
