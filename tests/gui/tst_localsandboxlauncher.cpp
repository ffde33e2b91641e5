// LocalSandboxLauncher, the app's SandboxLauncher over SandboxHost: what ready() carries is
// what the running server accepts, a second start reports at once, a start that cannot run
// says why, a data file that cannot take changes is reported, and the session signs in to
// the real sandbox through it.

#include "LocalSandboxLauncher.h"
#include "SandboxHost.h"
#include "SandboxServer.h"
#include "SessionFixture.h"
#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "auth/ProfileStore.h"
#include "auth/SessionController.h"

#include <QFile>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fjord {

class TestLocalSandboxLauncher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyCarriesWhatTheServerAccepts();
    void startWhileRunningReportsAtOnce();
    void dataFileInUseFails();
    void dataFileThatCannotBeWrittenIsReported();
    void sessionSignsInToTheSandbox();
};

void TestLocalSandboxLauncher::readyCarriesWhatTheServerAccepts()
{
    LocalSandboxLauncher launcher;
    QVERIFY(!launcher.host());
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start();
    QVERIFY(launcher.host());
    QCOMPARE(ready.count(), 0); // from the event loop, as the host reports it
    QVERIFY(ready.wait(10000));
    QCOMPARE(failed.count(), 0);
    const QUrl url = ready.first().at(0).toUrl();
    const QString token = ready.first().at(1).toString();
    const QString email = ready.first().at(2).toString();
    QCOMPARE(url, launcher.host()->baseUrl());
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QCOMPARE(email, SandboxServer::demoEmail());

    // The server at that address takes that token, and it is that user's.
    QNetworkAccessManager network;
    AivenClient client(&network);
    client.setBaseUrl(url);
    client.setToken(token);
    ApiCall* me = client.getMe();
    me->setAutoDelete(false);
    QSignalSpy finished(me, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(me->isSuccess(), qPrintable(me->error().userMessage()));
    QCOMPARE(me->value<UserInfo>().email, email);
    delete me;
}

void TestLocalSandboxLauncher::startWhileRunningReportsAtOnce()
{
    LocalSandboxLauncher launcher;
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    launcher.start();
    QVERIFY(ready.wait(10000));
    SandboxHost* host = launcher.host();
    launcher.start();
    QCOMPARE(ready.count(), 2); // inside the call
    QCOMPARE(launcher.host(), host);
    QCOMPARE(ready.at(1).at(0).toUrl(), ready.at(0).at(0).toUrl());
    QCOMPARE(ready.at(1).at(1).toString(), ready.at(0).at(1).toString());
}

void TestLocalSandboxLauncher::dataFileInUseFails()
{
    // The data file's lock held with no sandbox to share: the start fails and says so.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"sandbox.json"_s);
    QLockFile held(data + u".lock"_s);
    QVERIFY(held.tryLock(0));
    LocalSandboxLauncher launcher(data);
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(ready.count(), 0);
    const QString problem = failed.first().first().toString();
    QVERIFY2(problem.contains(u"in use"_s), qPrintable(problem));
    QVERIFY(!launcher.host()->isRunning());
}

void TestLocalSandboxLauncher::dataFileThatCannotBeWrittenIsReported()
{
    // A data file below a regular file cannot exist (for root too): the sandbox runs and
    // answers reads, and says that it refuses changes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString notAFolder = dir.filePath(u"plain-file"_s);
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString data = notAFolder + u"/sandbox.json"_s;
    LocalSandboxLauncher launcher(data);
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    QSignalSpy problem(&launcher, &SandboxLauncher::dataFileProblem);
    launcher.start();
    QVERIFY(ready.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(problem.count(), 1, 10000);
    QVERIFY2(problem.first().first().toString().contains(data),
             qPrintable(problem.first().first().toString()));
}

void TestLocalSandboxLauncher::sessionSignsInToTheSandbox()
{
    LocalSandboxLauncher launcher;
    test::SessionFixture fixture(&launcher);
    SessionController& session = fixture.session();
    AivenClient& client = fixture.client();
    ProfileStore& profiles = fixture.profiles();
    QSignalSpy succeeded(&session, &SessionController::signInSucceeded);
    QSignalSpy failed(&session, &SessionController::signInFailed);
    session.signInToSandbox();
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count() + failed.count(), 1, 15000);
    QCOMPARE(succeeded.count(), 1);
    QVERIFY(session.currentProfile().isSandbox());
    QVERIFY(launcher.host()->isRunning());
    QCOMPARE(client.baseUrl(), launcher.host()->baseUrl());
    QCOMPARE(session.currentProfile().userEmail, SandboxServer::demoEmail());
    QCOMPARE(profiles.currentId(), Profile::sandboxId());
    QVERIFY(profiles.isEmpty());

    // The session's client reads from the sandbox with the token it was given.
    ApiCall* list = client.listProjects();
    list->setAutoDelete(false);
    QSignalSpy finished(list, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(list->isSuccess(), qPrintable(list->error().userMessage()));
    QVERIFY(!list->value<ProjectRecords>().records.isEmpty());
    delete list;
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestLocalSandboxLauncher)
#include "tst_localsandboxlauncher.moc"
