// The sandbox's data file under real storage faults: a full disk (a file-size limit, EFBIG),
// a folder that takes no new files, a second process on the same file, a kill -9. The shipped
// fjord-sandbox runs as a child process where a fault must hit a whole program; what one
// process can show runs in this one. The rule checked throughout: an answer of 200 means the
// change is in the file (it survives a kill and a restart); a change that cannot be saved is
// answered 503 in the API's error shape and is not made.

#include "FileSizeLimit.h"
#include "SandboxHost.h"
#include "SandboxProcess.h"
#include "SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;
using fjord::SandboxHost;
using fjord::SandboxServer;
using fjord::test::FileSizeLimit;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
};

Answer send(const QUrl& base, const QString& path, const QByteArray& method = "GET",
            const QJsonObject& body = {}, const QString& token = SandboxServer::defaultToken())
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.toString() + u"/v1"_s + path));
    request.setRawHeader("Authorization", "aivenv1 " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QByteArray data = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson();
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, data));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(10000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    return answer;
}

QStringList listedNames(const QUrl& base)
{
    QStringList names;
    const QJsonArray projects = send(base, u"/project"_s).json.value("projects"_L1).toArray();
    for (const QJsonValue& project : projects)
        names.append(project.toObject().value("project_name"_L1).toString());
    return names;
}

// The names in a data file, read as the next start would read it.
QStringList namesInFile(const QString& fileName, bool* parsed = nullptr)
{
    QFile file(fileName);
    const QJsonDocument document =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()) : QJsonDocument();
    if (parsed)
        *parsed = document.isObject() &&
                  document.object().value("format"_L1).toString() == "fjord-sandbox"_L1;
    QStringList names;
    const QJsonArray projects = document.object().value("projects"_L1).toArray();
    for (const QJsonValue& item : projects)
        names.append(
            item.toObject().value("project"_L1).toObject().value("project_name"_L1).toString());
    return names;
}

// The shape of the API's error bodies: {"errors": [{"message", "status"}], "message"}.
bool isErrorBody(const QJsonObject& body, int status)
{
    const QJsonObject first = body.value("errors"_L1).toArray().first().toObject();
    return first.value("status"_L1).toInt() == status &&
           !first.value("message"_L1).toString().isEmpty() &&
           body.value("message"_L1) == first.value("message"_L1);
}

unsigned modeOf(const QString& fileName)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(fileName).constData(), &info) == 0 ? info.st_mode & 0777u : 0u;
}

// fjord-sandbox as a child process on `dataFile`.
class SandboxProcess final : public fjord::test::SandboxProcess
{
public:
    explicit SandboxProcess(const QString& dataFile, const std::function<void()>& childSetup = {})
        : fjord::test::SandboxProcess(QStringLiteral(FJORD_SANDBOX_EXE),
                                      {QStringLiteral("--data"), dataFile}, childSetup)
    {
    }
};

} // namespace

class TestSandboxStorage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diskFullAnswers503AndLosesNothing();
    void dataFileIsOwnerOnly();
    void readOnlyFolderRefusesToStart();
    void noDataFilePossibleRefusesChanges();
    void secondProcessIsRefused();
    void secondServerInOneProcessNeverWrites();
    void secondHostUsesTheFirstSandbox();
    void hostWithTheFileLockedElsewhereSaysSo();
};

void TestSandboxStorage::diskFullAnswers503AndLosesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"sandbox.json"_s);
    {
        SandboxServer seed;
        QVERIFY(seed.setDataFile(data)); // writes the seed
    }
    const QStringList seeded = namesInFile(data);
    QVERIFY(!seeded.isEmpty());
    // Room for a few more projects (each is about 1 KiB in the file), then the disk is full.
    const rlim_t limit = rlim_t(QFileInfo(data).size()) + 8 * 1024;

    QStringList acknowledged;
    QStringList refused;
    {
        SandboxProcess sandbox(data, [limit] { FileSizeLimit::applyInChild(limit); });
        QVERIFY2(sandbox.isListening(), qPrintable(sandbox.errorOutput()));
        Answer firstRefusal;
        for (int i = 0; i < 40 && refused.size() < 3; ++i) {
            const QString name = u"full-disk-%1"_s.arg(i, 2, 10, QChar(u'0'));
            const Answer answer =
                send(sandbox.url(), u"/project"_s, "POST", {{u"project"_s, name}});
            QVERIFY2(answer.status == 200 || answer.status == 503,
                     qPrintable(QString::number(answer.status)));
            if (answer.status == 200) {
                QVERIFY(refused.isEmpty()); // the disk does not empty itself
                acknowledged.append(name);
            } else {
                if (refused.isEmpty())
                    firstRefusal = answer;
                refused.append(name);
            }
        }
        QVERIFY2(acknowledged.size() >= 2, "some changes fit before the disk is full");
        QCOMPARE(refused.size(), 3);
        QVERIFY2(isErrorBody(firstRefusal.json, 503),
                 QJsonDocument(firstRefusal.json).toJson().constData());

        // A change to an existing project that makes the file larger (by more than a new
        // project, which no longer fitted) is refused and undone.
        QJsonObject tags;
        for (int i = 0; i < 10; ++i)
            tags.insert(u"tag%1"_s.arg(i), QString(64, QChar(u'a' + i)));
        const Answer update =
            send(sandbox.url(), u"/project/"_s + acknowledged.first(), "PUT",
                 {{u"tags"_s, tags}, {u"billing_extra_text"_s, QString(1000, u'x')}});
        QCOMPARE(update.status, 503);
        QVERIFY(isErrorBody(update.json, 503));
        const Answer after = send(sandbox.url(), u"/project/"_s + acknowledged.first());
        QCOMPARE(after.status, 200);
        QVERIFY(after.json.value("project"_L1).toObject().value("tags"_L1).toObject().isEmpty());

        // What the running sandbox lists is what it acknowledged.
        const QStringList listed = listedNames(sandbox.url());
        for (const QString& name : std::as_const(acknowledged))
            QVERIFY2(listed.contains(name), qPrintable(name));
        for (const QString& name : std::as_const(refused))
            QVERIFY2(!listed.contains(name), qPrintable(name));
        sandbox.kill(); // kill -9, the disk still full
    }

    // The file is whole: it parses, holds every acknowledged project and no refused one, and
    // nothing was moved aside or left behind.
    bool parsed = false;
    const QStringList inFile = namesInFile(data, &parsed);
    QVERIFY(parsed);
    QCOMPARE(inFile.size(), seeded.size() + acknowledged.size());
    for (const QString& name : std::as_const(acknowledged))
        QVERIFY2(inFile.contains(name), qPrintable(name));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& file : files)
        QVERIFY2(file == "sandbox.json"_L1 || file == "sandbox.json.lock"_L1, qPrintable(file));

    // A restart (with room again) serves all of it: acknowledged changes lost: 0.
    SandboxProcess restarted(data);
    QVERIFY2(restarted.isListening(), qPrintable(restarted.errorOutput()));
    const QStringList listed = listedNames(restarted.url());
    QCOMPARE(listed.size(), seeded.size() + acknowledged.size());
    for (const QString& name : std::as_const(acknowledged))
        QVERIFY(listed.contains(name));
}

void TestSandboxStorage::dataFileIsOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"sandbox.json"_s);
    SandboxServer server;
    QVERIFY(server.setDataFile(data));
    QVERIFY(server.start());
    QCOMPARE(modeOf(data), 0600u); // created so: it holds session tokens
    // A file made readable by others (say, by a copy) is owner-only again with the next change.
    QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    const Answer login = send(
        server.baseUrl(), u"/userauth"_s, "POST",
        {{u"email"_s, SandboxServer::demoEmail()}, {u"password"_s, SandboxServer::demoPassword()}});
    QCOMPARE(login.status, 200);
    QCOMPARE(modeOf(data), 0600u);
    QFile file(data);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(login.json.value("token"_L1).toString().toUtf8()));
}

void TestSandboxStorage::readOnlyFolderRefusesToStart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"sandbox.json"_s);
    {
        SandboxServer seed;
        QVERIFY(seed.setDataFile(data));
    }
    QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    const QByteArray before = [&] {
        QFile file(data);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    // A read-only folder. Root writes into any folder whatever its mode, so as root the
    // sandbox runs as the unprivileged user "nobody" (65534), for whom this root-owned 0755
    // folder is honestly read-only; as anyone else the folder is made 0555.
    const bool root = ::geteuid() == 0;
    QVERIFY(QFile::setPermissions(dir.path(),
                                  root ? QFile::Permissions(0x7755) : QFile::Permissions(0x5555)));
    std::function<void()> asNobody;
    if (root) {
        asNobody = [] {
            ::setgroups(0, nullptr);
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        };
    }
    SandboxProcess sandbox(data, asNobody);
    QVERIFY(!sandbox.isListening());
    QVERIFY(sandbox.exited());
    const QString message = sandbox.errorOutput();
    QCOMPARE(sandbox.exitCode(), 1);
    QVERIFY2(message.contains(data) && message.contains("Not starting"_L1), qPrintable(message));
    QFile::setPermissions(dir.path(), QFile::Permissions(0x7700));
    QFile file(data);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestSandboxStorage::noDataFilePossibleRefusesChanges()
{
    // A data file below a regular file cannot exist, for root as well: the server says so
    // when given the file, reads still work, and every change is answered 503, never 200.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString notAFolder = dir.filePath(u"plain-file"_s);
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString data = notAFolder + u"/sandbox.json"_s;
    SandboxServer server;
    QString warning;
    QVERIFY(!server.setDataFile(data, &warning));
    QVERIFY2(warning.contains(data), qPrintable(warning));
    QVERIFY(server.start());
    const int count = listedNames(server.baseUrl()).size();
    QVERIFY(count > 0);
    const Answer create =
        send(server.baseUrl(), u"/project"_s, "POST", {{u"project"_s, u"not-kept"_s}});
    QCOMPARE(create.status, 503);
    QVERIFY(isErrorBody(create.json, 503));
    const Answer login = send(
        server.baseUrl(), u"/userauth"_s, "POST",
        {{u"email"_s, SandboxServer::demoEmail()}, {u"password"_s, SandboxServer::demoPassword()}});
    QCOMPARE(login.status, 503);
    QCOMPARE(listedNames(server.baseUrl()).size(), count);
}

void TestSandboxStorage::secondProcessIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"sandbox.json"_s);
    SandboxProcess first(data);
    QVERIFY2(first.isListening(), qPrintable(first.errorOutput()));
    SandboxProcess second(data);
    QVERIFY(!second.isListening());
    QCOMPARE(second.exitCode(), 1);
    const QString message = second.errorOutput();
    QVERIFY2(message.contains("in use"_L1) && message.contains(QString::number(first.pid())),
             qPrintable(message));

    QCOMPARE(send(first.url(), u"/project"_s, "POST", {{u"project"_s, u"from-first"_s}}).status,
             200);
    first.kill(); // its lock file stays behind, held by no process
    QVERIFY(namesInFile(data).contains(u"from-first"_s));

    // The next start takes the abandoned lock over and has the project.
    SandboxProcess third(data);
    QVERIFY2(third.isListening(), qPrintable(third.errorOutput()));
    QVERIFY(listedNames(third.url()).contains(u"from-first"_s));
    QCOMPARE(send(third.url(), u"/project"_s, "POST", {{u"project"_s, u"from-third"_s}}).status,
             200);
    QVERIFY(namesInFile(data).contains(u"from-third"_s));
}

void TestSandboxStorage::secondServerInOneProcessNeverWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"sandbox.json"_s);
    SandboxServer first;
    QVERIFY(first.setDataFile(data));
    QVERIFY(first.start());
    SandboxServer second;
    QString warning;
    QVERIFY(!second.setDataFile(data, &warning));
    QVERIFY2(warning.contains("in use"_L1), qPrintable(warning));
    QVERIFY(second.start());
    QCOMPARE(send(first.baseUrl(), u"/project"_s, "POST", {{u"project"_s, u"kept-one"_s}}).status,
             200);
    const Answer refused =
        send(second.baseUrl(), u"/project"_s, "POST", {{u"project"_s, u"second-one"_s}});
    QCOMPARE(refused.status, 503);
    QVERIFY(isErrorBody(refused.json, 503));
    QVERIFY(second.save() == false);
    const QStringList inFile = namesInFile(data);
    QVERIFY(inFile.contains(u"kept-one"_s));
    QVERIFY(!inFile.contains(u"second-one"_s));
}

void TestSandboxStorage::secondHostUsesTheFirstSandbox()
{
    // Two app instances on one sandbox.json: the second uses the first one's sandbox, so a
    // project created through either is in the one file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"sandbox.json"_s);
    auto first = std::make_unique<SandboxHost>();
    first->start(data);
    QVERIFY(first->waitForReady(10000));
    SandboxHost second;
    QSignalSpy ready(&second, &SandboxHost::ready);
    second.start(data);
    QVERIFY(ready.wait(10000));
    QCOMPARE(second.baseUrl(), first->baseUrl());
    QVERIFY2(second.dataFileWarning().contains(data), qPrintable(second.dataFileWarning()));

    QCOMPARE(send(second.baseUrl(), u"/project"_s, "POST", {{u"project"_s, u"made-in-second"_s}},
                  second.acceptedToken())
                 .status,
             200);
    QCOMPARE(send(first->baseUrl(), u"/project"_s, "POST", {{u"project"_s, u"made-in-first"_s}},
                  first->acceptedToken())
                 .status,
             200);
    first.reset();
    const QStringList inFile = namesInFile(data);
    QVERIFY(inFile.contains(u"made-in-second"_s));
    QVERIFY(inFile.contains(u"made-in-first"_s));
    QVERIFY(!QFile::exists(data + u".endpoint"_s));
}

void TestSandboxStorage::hostWithTheFileLockedElsewhereSaysSo()
{
    // The file held by a program with no sandbox to share (fjord-sandbox): the app's host
    // fails to start and says the data is in use, and the file stays the other's.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"sandbox.json"_s);
    SandboxProcess other(data);
    QVERIFY2(other.isListening(), qPrintable(other.errorOutput()));
    SandboxHost host;
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start(data);
    QVERIFY(failed.wait(10000));
    const QString problem = failed.first().first().toString();
    QVERIFY2(problem.contains("in use"_L1) && problem.contains(QString::number(other.pid())),
             qPrintable(problem));
    QVERIFY(!host.isRunning());
    QCOMPARE(send(other.url(), u"/project"_s, "POST", {{u"project"_s, u"still-others"_s}}).status,
             200);
    QVERIFY(namesInFile(data).contains(u"still-others"_s));
}

QTEST_GUILESS_MAIN(TestSandboxStorage)
#include "tst_sandboxstorage.moc"
