// The sandbox's data file (sandbox.json, which a user or a failing disk may leave in any
// shape): loaded, served and written again. A file it accepts gives a project list the
// app can read, and what it writes reads back to the same list.

#include "FuzzCheck.h"

#include "SandboxServer.h"
#include "api/JsonCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace fjord;

namespace {

QTemporaryDir* g_dir = nullptr;

QByteArray projectList(SandboxServer& server)
{
    const QByteArray token = "aivenv1 " + server.acceptedToken().toUtf8();
    return server.answer("GET", "/v1/project", {{"Authorization", token}}, {}).body;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    // On a RAM disk when there is one: every input is written, read and written again.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/fjord-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/fjord-fuzz-XXXXXX"));
    g_dir = &dir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    FUZZ_CHECK(g_dir && g_dir->isValid(), "no temporary directory");
    QDir(g_dir->path()).removeRecursively();
    QDir().mkpath(g_dir->path());
    const QString fileName = g_dir->filePath(QStringLiteral("sandbox.json"));
    {
        QFile file(fileName);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly), "cannot write the input");
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }

    QByteArray served;
    {
        SandboxServer server;
        QString warning;
        if (!server.setDataFile(fileName, &warning))
            return 0; // could not move a corrupt file aside: nothing is written
        served = projectList(server);
        const std::optional<ProjectList> list = json::parseProjectListUtf8(served);
        FUZZ_CHECK(list.has_value(), "the app cannot read the project list of a loaded file");
        FUZZ_CHECK(list->projects.size() == server.projectCount(), "projects lost in the list");
        QString error;
        FUZZ_CHECK(server.save(&error), "the loaded state cannot be written");
    }
    SandboxServer reread;
    QString warning;
    FUZZ_CHECK(reread.setDataFile(fileName, &warning), "the written state cannot be read");
    FUZZ_CHECK(warning.isEmpty(), "the written state is refused as corrupt");
    FUZZ_CHECK(projectList(reread) == served, "the written state reads back differently");
    return 0;
}
