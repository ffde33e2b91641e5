#include "FileDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace fjord::FileDialogs {

QString startDirectory(const QString& settingsKey)
{
    const QString last = QSettings().value(settingsKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // On Linux Documents is the home folder itself when no user folder is configured.
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

void rememberDirectory(const QString& settingsKey, const QString& fileName)
{
    if (fileName.isEmpty())
        return;
    QSettings().setValue(settingsKey, QFileInfo(fileName).absolutePath());
}

} // namespace fjord::FileDialogs
