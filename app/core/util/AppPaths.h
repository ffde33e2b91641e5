#pragma once

#include <QString>

namespace fjord::AppPaths {

// Where Fjord keeps its files, one folder per kind named after the application:
// ~/.local/share/Fjord (sandbox state, tokens when there is no keychain) and ~/.cache/Fjord.
// Qt's AppDataLocation nests the organization and application names, which for Fjord gave
// ~/.local/share/Fjord/Fjord; settings stay QSettings' ~/.config/Fjord/Fjord.conf.
QString dataDir();
QString cacheDir();

// The folders Qt's AppDataLocation and CacheLocation name for the current organization and
// application (where versions before 0.2 kept their files).
QString legacyDataDir();
QString legacyCacheDir();

struct MigrationResult
{
    int moved = 0; // files and folders moved into the new location
    int kept = 0;  // left behind because the new location already has one of that name
};

// Moves everything from `from` into `to` (created when missing) and removes `from` when it
// is left empty. An entry whose name already exists in `to` stays where it is: the newer
// file wins and nothing is overwritten. Nothing happens when `from` does not exist.
MigrationResult migrateFolder(const QString& from, const QString& to);

// Moves the data and cache of earlier versions into dataDir() and cacheDir(), once: a
// settings key remembers that it ran, so that files an older Fjord writes later are left
// alone. Returns what the data folder's move did.
MigrationResult migrateLegacyLocations();

} // namespace fjord::AppPaths
