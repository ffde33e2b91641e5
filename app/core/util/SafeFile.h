#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace fjord {

enum class FileAccess {
    Keep,     // an existing file keeps its permissions; a new one gets the usual 0666 & ~umask
    OwnerOnly // 0600, new or not: for files that hold tokens
};

// The one way Fjord writes a file. The file ends up holding either its old content or all of
// `data`, never a part of it: the data goes to a temporary file in the same folder, unbuffered,
// with every write checked (a full disk or a file-size limit shows up there), is flushed to the
// disk and only then renamed over the file. False with *error (the system's reason) when any
// step fails; the old file, if any, is then untouched and no temporary file is left behind.
// With FileAccess::OwnerOnly the temporary file is made 0600 before any byte is written.
bool writeFileSafely(const QString& fileName, const QByteArray& data, QString* error = nullptr,
                     FileAccess access = FileAccess::Keep);
// The same for a file whose content is `pieces`, one after the other: a text of hundreds of
// megabytes made in parts is written without being joined into a copy first.
bool writeFileSafely(const QString& fileName, const QByteArrayList& pieces,
                     QString* error = nullptr, FileAccess access = FileAccess::Keep);

} // namespace fjord
