// Every model's destruction is quiet: deleting a model in the middle of its work (a refresh
// on its way, rows shown through a proxy) emits no signal, because its receivers may be
// half destroyed themselves (a window deletes its children after its own destructor ran).

#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "SignalLog.h"
#include "api/AivenClient.h"
#include "export/RequestLogModel.h"
#include "models/CloudCatalog.h"
#include "models/CloudFilterProxyModel.h"
#include "models/CloudListModel.h"
#include "models/ProjectFilterProxyModel.h"
#include "models/ProjectListModel.h"
#include "models/ProjectMembersModel.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fjord;
using fjord::test::SignalLog;

class TestModelDestruction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void projectListModelDuringRefresh();
    void cloudCatalogDuringRefresh();
    void modelsWithRowsAndProxies();
    void membersModelWhileLoading();

private:
    void delay(const QString& path, int ms)
    {
        SandboxServer::Fault slow;
        slow.delayMs = ms;
        m_server->setFault(QStringLiteral("GET"), path, slow);
    }

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    SandboxServer* m_server = nullptr;
    AivenClient* m_client = nullptr;
    QTemporaryDir m_dir;
};

void TestModelDestruction::init()
{
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_server = &m_sandbox->server();
    m_client = &m_sandbox->client();
}

void TestModelDestruction::cleanup()
{
    m_client = nullptr;
    m_server = nullptr;
    m_sandbox.reset();
}

void TestModelDestruction::projectListModelDuringRefresh()
{
    delay(QStringLiteral("/v1/project"), 5000);
    auto* model = new ProjectListModel(m_client);
    QSignalSpy served(m_server, &SandboxServer::requestServed);
    model->refresh();
    QVERIFY(model->isLoading());
    // The request is on the server, waiting for its delayed answer.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->recordedRequests().size() == 1, 5000);
    QSignalSpy logged(m_client, &AivenClient::requestLogged);
    const SignalLog log(model);
    QVERIFY(log.signalCount() > 5);

    delete model;
    QCOMPARE(log.emitted(), QStringList());
    // The call was abandoned, not left running for nobody.
    QCOMPARE(logged.size(), 1);
    const auto entry = logged.at(0).at(0).value<RequestLogEntry>();
    QCOMPARE(entry.path, QStringLiteral("/v1/project"));
    QCOMPARE(entry.httpStatus, 0);
    QVERIFY(!entry.error.isEmpty());
    QCOMPARE(served.size(), 0);
}

void TestModelDestruction::membersModelWhileLoading()
{
    delay(QStringLiteral("/v1/project/my-project/users"), 5000);
    auto* model = new ProjectMembersModel;
    model->setClient(m_client);
    model->setProject(QStringLiteral("my-project"));
    QVERIFY(model->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->recordedRequests().size() == 1, 5000);
    QSignalSpy logged(m_client, &AivenClient::requestLogged);
    const SignalLog log(model);
    QVERIFY(log.signalCount() > 5);

    delete model;
    // No loadingChanged(false) into a dialog that is being destroyed; the call is abandoned.
    QCOMPARE(log.emitted(), QStringList());
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.at(0).at(0).value<RequestLogEntry>().httpStatus, 0);
}

void TestModelDestruction::cloudCatalogDuringRefresh()
{
    delay(QStringLiteral("/v1/clouds"), 5000);
    auto* catalog = new CloudCatalog(m_client);
    catalog->setCacheFile(m_dir.filePath(QStringLiteral("clouds.json")));
    catalog->refresh();
    QVERIFY(catalog->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->recordedRequests().size() == 1, 5000);
    QSignalSpy logged(m_client, &AivenClient::requestLogged);
    const SignalLog log(catalog);

    delete catalog;
    QCOMPARE(log.emitted(), QStringList());
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.at(0).at(0).value<RequestLogEntry>().httpStatus, 0);
}

void TestModelDestruction::modelsWithRowsAndProxies()
{
    // Filled the way the app fills them: the catalog and the project list from the sandbox.
    auto* catalog = new CloudCatalog(m_client);
    catalog->setCacheFile(m_dir.filePath(QStringLiteral("clouds.json")));
    QSignalSpy cloudsIn(catalog, &CloudCatalog::cloudsChanged);
    catalog->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(cloudsIn.size(), 1, 10000);
    auto* projects = new ProjectListModel(m_client, catalog);
    projects->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(projects->state() == ProjectListModel::State::Loaded, 10000);
    QVERIFY(projects->rowCount() > 0);

    auto* clouds = new CloudListModel;
    clouds->setCatalog(catalog);
    QVERIFY(clouds->rowCount() > 100);
    auto* cloudProxy = new CloudFilterProxyModel;
    cloudProxy->setSourceModel(clouds);
    cloudProxy->setFilterText(QStringLiteral("europe"));
    QVERIFY(cloudProxy->rowCount() > 0);
    auto* projectProxy = new ProjectFilterProxyModel;
    projectProxy->setSourceModel(projects);
    QCOMPARE(projectProxy->rowCount(), projects->rowCount());
    auto* requests = new RequestLogModel;
    requests->attach(m_client);
    projects->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!projects->isLoading(), 10000);
    QCOMPARE(requests->rowCount(), 1);

    // Sources first, as a window's children may go: their proxies stay quiet too.
    const SignalLog cloudProxyLog(cloudProxy);
    const SignalLog projectProxyLog(projectProxy);
    for (QObject* model : std::initializer_list<QObject*>{projects, clouds, catalog, requests}) {
        const SignalLog log(model);
        const QString name = QString::fromLatin1(model->metaObject()->className());
        delete model;
        QVERIFY2(log.emitted().isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + log.emitted().join(u", ")));
    }
    QVERIFY2(cloudProxyLog.emitted().isEmpty(), qPrintable(cloudProxyLog.emitted().join(u", ")));
    QVERIFY2(projectProxyLog.emitted().isEmpty(),
             qPrintable(projectProxyLog.emitted().join(u", ")));
    for (QObject* proxy : std::initializer_list<QObject*>{cloudProxy, projectProxy}) {
        const SignalLog log(proxy);
        delete proxy;
        QVERIFY2(log.emitted().isEmpty(), qPrintable(log.emitted().join(u", ")));
    }
}

QTEST_GUILESS_MAIN(TestModelDestruction)
#include "tst_modeldestruction.moc"
