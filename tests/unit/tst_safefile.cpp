// writeFileSafely: the file holds its old content or all of the new, under real write faults
// (a file-size limit makes writes fail with EFBIG, as a full disk fails them with ENOSPC).

#include "FileSizeLimit.h"
#include "util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using fjord::FileAccess;
using fjord::writeFileSafely;
using fjord::test::FileSizeLimit;

namespace {

QByteArray readAll(const QString& fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

unsigned modeOf(const QString& fileName)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(fileName).constData(), &info) == 0 ? info.st_mode & 0777u : 0u;
}

// Lines, each different, so that a file cut anywhere differs from it.
QByteArray content(int bytes = 64 * 1024)
{
    QByteArray data;
    for (int i = 0; data.size() < bytes; ++i)
        data += "line " + QByteArray::number(i) + " of the new content\n";
    return data;
}

} // namespace

class TestSafeFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReplaces();
    void failedWriteKeepsTheOldFile_data();
    void failedWriteKeepsTheOldFile();
    void failedWriteOfANewFileLeavesNothing();
    void piecesOneAfterTheOther();
    void ownerOnlyFromTheStart();
    void keepLeavesPermissionsAlone();
    void noFolderIsAnError();
};

void TestSafeFile::writesAndReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("data.json"));
    QString error;
    QVERIFY2(writeFileSafely(file, "first", &error), qPrintable(error));
    QCOMPARE(readAll(file), QByteArray("first"));
    const QByteArray big = content();
    QVERIFY2(writeFileSafely(file, big, &error), qPrintable(error));
    QCOMPARE(readAll(file), big);
    QVERIFY(writeFileSafely(file, QByteArray(), &error)); // empty is a content too
    QCOMPARE(QFileInfo(file).size(), 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), {QStringLiteral("data.json")});
}

void TestSafeFile::failedWriteKeepsTheOldFile_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("room");
    // Qt's write buffer is 16 KiB: a smaller file is written when QSaveFile is flushed, where
    // buffered, a failure went unnoticed and commit() put a file cut at the limit in place.
    QTest::newRow("within Qt's buffer") << 12 * 1024 << 8 * 1024;
    QTest::newRow("larger than Qt's buffer") << 64 * 1024 << 16 * 1024;
}

void TestSafeFile::failedWriteKeepsTheOldFile()
{
    QFETCH(int, size);
    QFETCH(int, room);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("data.json"));
    const QByteArray old(6000, 'o'); // more than one 4096-byte block
    QVERIFY(writeFileSafely(file, old));

    QString error;
    bool written = true;
    {
        FileSizeLimit full{rlim_t(room)};
        QVERIFY(full.isActive());
        written = writeFileSafely(file, content(size), &error);
    }
    QVERIFY(!written);
    QVERIFY2(!error.isEmpty(), "the reason is reported");
    QCOMPARE(readAll(file), old);
    // The temporary file is gone too.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), {QStringLiteral("data.json")});

    // With room again, the same write goes through.
    QVERIFY2(writeFileSafely(file, content(size), &error), qPrintable(error));
    QCOMPARE(readAll(file), content(size));
}

void TestSafeFile::failedWriteOfANewFileLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("export.csv"));
    bool written = true;
    {
        FileSizeLimit full(4096);
        QVERIFY(full.isActive());
        written = writeFileSafely(file, content());
    }
    QVERIFY(!written);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestSafeFile::piecesOneAfterTheOther()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("export.json"));
    const QByteArray big = content();
    const QByteArrayList pieces{"[\n", big.left(30000), {}, ",\n", big.mid(30000), "\n]\n"};
    QString error;
    QVERIFY2(writeFileSafely(file, pieces, &error), qPrintable(error));
    QCOMPARE(readAll(file), pieces.join());

    // The disk fills up in a later piece: the file is as it was, nothing else is left.
    bool written = true;
    {
        FileSizeLimit full{rlim_t(40000)};
        QVERIFY(full.isActive());
        written = writeFileSafely(file, QByteArrayList{"start", big, big}, &error);
    }
    QVERIFY(!written);
    QVERIFY2(!error.isEmpty(), "the reason is reported");
    QCOMPARE(readAll(file), pieces.join());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             {QStringLiteral("export.json")});
    QVERIFY(writeFileSafely(file, QByteArrayList{}, &error)); // no piece: an empty file
    QCOMPARE(QFileInfo(file).size(), 0);
}

void TestSafeFile::ownerOnlyFromTheStart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(writeFileSafely(file, "{\"sessions\":[]}", nullptr, FileAccess::OwnerOnly));
    QCOMPARE(modeOf(file), 0600u);
    // A file that was readable by others becomes owner-only with its next content.
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    QCOMPARE(modeOf(file), 0644u);
    QVERIFY(writeFileSafely(file, "{\"sessions\":[1]}", nullptr, FileAccess::OwnerOnly));
    QCOMPARE(modeOf(file), 0600u);
}

void TestSafeFile::keepLeavesPermissionsAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("export.json"));
    QVERIFY(writeFileSafely(file, "[]"));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    QVERIFY(writeFileSafely(file, "[1]"));
    QCOMPARE(modeOf(file), 0640u);
}

void TestSafeFile::noFolderIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A regular file where the folder should be: nothing can be created below it, even by root.
    const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(writeFileSafely(notAFolder, "x"));
    QString error;
    QVERIFY(!writeFileSafely(notAFolder + QStringLiteral("/data.json"), "y", &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(notAFolder), QByteArray("x"));
}

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
