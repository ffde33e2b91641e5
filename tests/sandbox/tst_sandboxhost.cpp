// SandboxHost: the sandbox on its own thread, asked over loopback from the test's thread.

#include "SandboxHost.h"
#include "TestSupport.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using fjord::SandboxHost;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
};

// One request, waited for by running this thread's event loop (the server does not need it).
Answer send(QNetworkAccessManager& network, SandboxHost& host, const QString& path,
            const QByteArray& method = "GET", const QByteArray& body = {})
{
    QNetworkRequest request(QUrl(host.baseUrl().toString() + u"/v1"_s + path));
    request.setRawHeader("Authorization", "aivenv1 " + host.acceptedToken().toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(10000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

} // namespace

class TestSandboxHost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndServesFromItsThread();
    void waitForReadyBlocks();
    void dataFileIsWrittenOnDestruction();
    void failureIsReportedAndStartCanBeRetried();
    void destroyedWhileStarting();
    void listensAtOnceAndAnswersWhatQueued();
};

void TestSandboxHost::startsAndServesFromItsThread()
{
    SandboxHost host;
    QVERIFY(!host.isRunning());
    QSignalSpy ready(&host, &SandboxHost::ready);
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start();
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(host.isRunning());
    QVERIFY(!host.isStarting());
    QCOMPARE(host.baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(host.baseUrl().port() > 0);
    QVERIFY(!host.acceptedToken().isEmpty());
    QVERIFY(host.dataFileWarning().isEmpty());

    // Starting again while running does nothing: no start under way, the same address, and
    // nothing queued to announce.
    const QUrl url = host.baseUrl();
    host.start();
    QVERIFY(!host.isStarting());
    QCOMPARE(host.baseUrl(), url);
    QVERIFY(fjord::test::processQueued());
    QCOMPARE(ready.count(), 1);

    QNetworkAccessManager network;
    const Answer answer = send(network, host, u"/project"_s);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.json.contains("projects"_L1));
}

void TestSandboxHost::waitForReadyBlocks()
{
    SandboxHost host;
    QVERIFY(!host.waitForReady(0)); // not started
    QSignalSpy ready(&host, &SandboxHost::ready);
    host.start();
    QVERIFY(host.waitForReady(10000));
    QVERIFY(host.isRunning());
    QVERIFY(!host.baseUrl().isEmpty());
    // The signal still arrives, on this thread.
    QVERIFY(ready.count() == 1 || ready.wait(10000));
    QCOMPARE(ready.count(), 1);
}

void TestSandboxHost::dataFileIsWrittenOnDestruction()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"sandbox.json"_s);
    const QByteArray body = R"({"project":"threaded-project","cloud":"aws-eu-west-1"})";
    {
        SandboxHost host;
        host.start(fileName);
        QVERIFY(host.waitForReady(10000));
        QNetworkAccessManager network;
        QCOMPARE(send(network, host, u"/project"_s, "POST", body).status, 200);
    }
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("threaded-project"));

    SandboxHost again;
    again.start(fileName);
    QVERIFY(again.waitForReady(10000));
    QVERIFY(again.dataFileWarning().isEmpty());
    QNetworkAccessManager network;
    const Answer answer = send(network, again, u"/project/threaded-project"_s);
    QCOMPARE(answer.status, 200);
}

void TestSandboxHost::failureIsReportedAndStartCanBeRetried()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    SandboxHost host;
    QSignalSpy ready(&host, &SandboxHost::ready);
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start({}, taken.serverPort());
    QVERIFY(failed.wait(10000));
    QCOMPARE(ready.count(), 0);
    QVERIFY(!host.isRunning());
    QVERIFY(!host.waitForReady(0));
    const QString problem = failed.first().first().toString();
    QVERIFY2(problem.contains(QString::number(taken.serverPort())), qPrintable(problem));
    QCOMPARE(host.problem(), problem);

    host.start(); // a free port this time
    QVERIFY(ready.wait(10000));
    QVERIFY(host.isRunning());
    QVERIFY(host.problem().isEmpty());
}

void TestSandboxHost::destroyedWhileStarting()
{
    // Neither a hang nor a signal after the host is gone, and its port is closed with it.
    for (int i = 0; i < 5; ++i) {
        auto host = std::make_unique<SandboxHost>();
        QObject receiver;
        int announced = 0;
        connect(host.get(), &SandboxHost::ready, &receiver, [&announced] { ++announced; });
        connect(host.get(), &SandboxHost::failed, &receiver, [&announced] { ++announced; });
        host->start();
        QVERIFY(host->isRunning()); // listening already; the rest is on its way
        const quint16 port = quint16(host->baseUrl().port());
        QVERIFY(port > 0);
        host.reset();
        QVERIFY(fjord::test::processQueued());
        QCOMPARE(announced, 0);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(5000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }
}

void TestSandboxHost::listensAtOnceAndAnswersWhatQueued()
{
    // The port is known when start() returns; the server and its state are set up on the
    // thread meanwhile, and requests sent at once wait on the socket for it.
    SandboxHost host;
    QSignalSpy ready(&host, &SandboxHost::ready);
    host.start();
    QVERIFY(host.isRunning());
    QVERIFY(host.baseUrl().port() > 0);
    QCOMPARE(ready.count(), 0); // still delivered from the event loop
    QNetworkAccessManager network;
    const Answer clouds = send(network, host, u"/clouds"_s);
    QCOMPARE(clouds.status, 200);
    QVERIFY(clouds.json.value("clouds"_L1).toArray().size() > 100);
    const Answer projects = send(network, host, u"/project"_s);
    QCOMPARE(projects.status, 200);
    QVERIFY(!projects.json.value("projects"_L1).toArray().isEmpty());
    QCOMPARE(ready.count(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
