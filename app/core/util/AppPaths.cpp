#include "util/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fjord::AppPaths {

namespace {

const auto kMigratedKey = "Migrations/appFolders"_L1;

QString folderName()
{
    const QString name = QCoreApplication::applicationName();
    return name.isEmpty() ? u"Fjord"_s : name;
}

QString underGeneric(QStandardPaths::StandardLocation generic)
{
    const QString base = QStandardPaths::writableLocation(generic);
    return base.isEmpty() ? QString() : QDir(base).filePath(folderName());
}

} // namespace

QString dataDir()
{
    return underGeneric(QStandardPaths::GenericDataLocation);
}

QString cacheDir()
{
    return underGeneric(QStandardPaths::GenericCacheLocation);
}

QString legacyDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString legacyCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

MigrationResult migrateFolder(const QString& from, const QString& to)
{
    MigrationResult result;
    if (from.isEmpty() || to.isEmpty())
        return result;
    const QString source = QDir::cleanPath(QFileInfo(from).absoluteFilePath());
    const QString target = QDir::cleanPath(QFileInfo(to).absoluteFilePath());
    QDir sourceDir(source);
    if (source == target || !sourceDir.exists() || !QDir().mkpath(target))
        return result;
    const QDir targetDir(target);
    // The old folder may sit inside the new one (~/.local/share/Fjord/Fjord): moving an entry
    // named like the old folder onto itself is impossible, so such an entry is kept.
    const QFileInfoList entries = sourceDir.entryInfoList(QDir::AllEntries | QDir::Hidden |
                                                          QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        const QString destination = targetDir.filePath(entry.fileName());
        if (QFileInfo::exists(destination) || QDir::cleanPath(destination) == source) {
            ++result.kept;
            continue;
        }
        if (QDir().rename(entry.absoluteFilePath(), destination))
            ++result.moved;
        else
            ++result.kept;
    }
    if (result.kept == 0)
        sourceDir.rmdir(source); // only succeeds when empty
    return result;
}

MigrationResult migrateLegacyLocations()
{
    QSettings settings;
    if (settings.value(kMigratedKey, false).toBool())
        return {};
    const MigrationResult data = migrateFolder(legacyDataDir(), dataDir());
    migrateFolder(legacyCacheDir(), cacheDir());
    settings.setValue(kMigratedKey, true);
    return data;
}

} // namespace fjord::AppPaths
