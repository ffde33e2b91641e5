#pragma once

#include <QString>

namespace fjord::FileDialogs {

// The folder a file dialog opens in: the one last used under `settingsKey` when it still
// exists, else the user's Documents folder when there is one, else the home folder. Never the
// working directory, which for a program started from a launcher is wherever it happened to be.
QString startDirectory(const QString& settingsKey);
// Remembers the folder of `fileName` under `settingsKey` for the next dialog.
void rememberDirectory(const QString& settingsKey, const QString& fileName);

} // namespace fjord::FileDialogs
