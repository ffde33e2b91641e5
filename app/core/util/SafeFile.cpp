#include "util/SafeFile.h"

#include <QSaveFile>

namespace fjord {

bool writeFileSafely(const QString& fileName, const QByteArray& data, QString* error,
                     FileAccess access)
{
    return writeFileSafely(fileName, QByteArrayList{data}, error, access);
}

bool writeFileSafely(const QString& fileName, const QByteArrayList& pieces, QString* error,
                     FileAccess access)
{
    // Why unbuffered: with Qt 6.4's buffered QSaveFile a write that fails while the buffer is
    // flushed (ENOSPC, EFBIG) is not remembered, and commit() renames a file cut at the
    // buffer's 4096 bytes over the good one. Unbuffered, each write reaches the file at once
    // and its failure is seen here; QSaveFile's destructor then discards the temporary file.
    QSaveFile file(fileName);
    const auto fail = [&file, error] {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail();
    // fchmod on the still empty temporary file: the data is never in a readable file.
    if (access == FileAccess::OwnerOnly &&
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail();
    for (const QByteArray& data : pieces) {
        qsizetype written = 0;
        while (written < data.size()) {
            // A short write (the disk filled up mid-way) is followed by one that fails with the
            // reason, which is the error reported.
            const qint64 chunk = file.write(data.constData() + written, data.size() - written);
            if (chunk <= 0)
                return fail();
            written += qsizetype(chunk);
        }
    }
    if (!file.flush())
        return fail();
    if (!file.commit()) { // fsync, then rename over the old file
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace fjord
