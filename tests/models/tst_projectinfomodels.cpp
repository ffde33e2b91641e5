// The models of what a project holds: its services, the lazily loaded service counts of the
// project list, and its event log with the filter. Checked with QAbstractItemModelTester,
// fed by the sandbox over loopback.

#include "SandboxFixture.h"
#include "api/AivenClient.h"
#include "models/ProjectEventModel.h"
#include "models/ProjectListModel.h"
#include "models/ServiceCountCache.h"
#include "models/ServiceListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

Service service(const QString& name, const QString& state, int nodes = 1)
{
    Service s;
    s.name = name;
    s.state = state;
    s.type = u"pg"_s;
    s.plan = u"startup-4"_s;
    s.cloudName = u"google-europe-west3"_s;
    s.nodeCount = nodes;
    return s;
}

ProjectEvent makeEvent(const QString& id, const QString& time, const QString& type,
                       const QString& description)
{
    ProjectEvent e;
    e.id = id;
    e.timeText = time;
    e.time = QDateTime::fromString(time, Qt::ISODate);
    e.actor = u"demo@example.com"_s;
    e.type = type;
    e.serviceName = u"pg-orders"_s;
    e.description = description;
    return e;
}

} // namespace

class TestProjectInfoModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void serviceListLoads();
    void serviceListError();
    void serviceListDropsAStaleReply();
    void serviceListWords();
    void eventsNewestFirstAndFiltered();
    void eventsLoadAndRefresh();
    void eventsText();
    void countsLoadOnlyWhatIsAsked();
    void countsNewestRequestFirst();
    void countsStaleKeepShowing();
    void countsStopWhenTheClientCallsOff();
    void projectListServicesColumn();

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    AivenClient* m_client = nullptr; // m_sandbox's
};

void TestProjectInfoModels::init()
{
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_client = &m_sandbox->client();
    m_client->setRetryPolicy({1, 0, 0});
}

void TestProjectInfoModels::cleanup()
{
    m_client = nullptr;
    m_sandbox.reset();
}

void TestProjectInfoModels::serviceListLoads()
{
    ServiceListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ServiceListModel::ColumnCount));
    model.load(u"my-project"_s);
    QCOMPARE(model.state(), ServiceListModel::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ServiceListModel::State::Loaded, 15000);
    QVERIFY(model.rowCount() >= 3);
    int poweredOff = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ServiceListModel::RawStateRole).toString() == "POWEROFF"_L1)
            poweredOff = row;
    }
    QVERIFY(poweredOff >= 0);
    QCOMPARE(model.index(poweredOff, ServiceListModel::StateColumn).data().toString(),
             u"Powered off"_s);
    // Numbers sort as numbers.
    QCOMPARE(
        model.index(0, ServiceListModel::NodesColumn).data(ServiceListModel::SortRole).typeId(),
        QMetaType::Int);
    QCOMPARE(
        model.headerData(ServiceListModel::TerminationProtectionColumn, Qt::Horizontal).toString(),
        u"Termination protection"_s);

    // Another project: the old rows go at once, not when the answer comes.
    model.load(u"finance-reports"_s);
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ServiceListModel::State::Loaded, 15000);
    QCOMPARE(model.rowCount(), 0);
}

void TestProjectInfoModels::serviceListError()
{
    ServiceListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sandbox->server().addProject({{u"project_name"_s, u"members-only"_s}},
                                   u"project:permissions:read"_s);
    model.load(u"members-only"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ServiceListModel::State::Error, 15000);
    QCOMPARE(model.errorStatus(), 403);
    QVERIFY(!model.errorMessage().isEmpty());
    QCOMPARE(model.rowCount(), 0);

    model.load(u"no-such-project"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ServiceListModel::State::Error, 15000);
    QCOMPARE(model.errorStatus(), 404);
}

void TestProjectInfoModels::serviceListDropsAStaleReply()
{
    // analytics-eu, asked for second, answers late: my-project's quick answer would show
    // first if the model took it.
    SandboxServer::Fault slow;
    slow.delayMs = 400;
    m_sandbox->server().setFault(u"GET"_s, u"/v1/project/analytics-eu/service"_s, slow);
    ServiceListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ServiceListModel::loaded);
    model.load(u"my-project"_s);
    model.load(u"analytics-eu"_s);
    QCOMPARE(m_sandbox->sentCount(u"GET"_s, u"/v1/project/my-project/service"_s), 1);
    QCOMPARE(model.state(), ServiceListModel::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ServiceListModel::State::Loaded, 15000);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toString(), u"analytics-eu"_s);
    QCOMPARE(model.project(), u"analytics-eu"_s);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.serviceAt(row).cloudName.startsWith("google-europe-north1"_L1));
}

void TestProjectInfoModels::serviceListWords()
{
    QCOMPARE(ServiceListModel::stateText(u"REBUILDING"_s), u"Rebuilding"_s);
    QCOMPARE(ServiceListModel::stateText(u"MIGRATING"_s), u"MIGRATING"_s);
    QCOMPARE(ServiceListModel::describe(
                 {service(u"a"_s, u"RUNNING"_s), service(u"b"_s, u"REBALANCING"_s)}),
             u"a (running), b (rebalancing)"_s);
}

void TestProjectInfoModels::eventsNewestFirstAndFiltered()
{
    ProjectEventModel model(nullptr);
    ProjectEventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(
        u"p"_s,
        {makeEvent(u"1"_s, u"2026-01-01T10:00:00Z"_s, u"service_create"_s, u"Created pg-orders"_s),
         makeEvent(u"2"_s, u"not a time"_s, u"odd"_s, u"No time"_s),
         makeEvent(u"3"_s, u"2026-03-01T10:00:00Z"_s, u"service_update"_s, u"Reset the password"_s),
         makeEvent(u"4"_s, u"2026-02-01T10:00:00Z"_s, u"service_update"_s,
                   u"Changed plan to business-4"_s)});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.eventAt(0).id, u"3"_s);
    QCOMPARE(model.eventAt(1).id, u"4"_s);
    QCOMPARE(model.eventAt(2).id, u"1"_s);
    QCOMPARE(model.eventAt(3).id, u"2"_s); // no readable time: last
    QCOMPARE(model.eventTypes(), (QStringList{u"odd"_s, u"service_create"_s, u"service_update"_s}));

    proxy.setEventType(u"service_update"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(u"PASSWORD"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ProjectEventModel::DescriptionColumn).data().toString(),
             u"Reset the password"_s);
    proxy.setEventType({});
    proxy.setFilterText(u"pg-orders created"_s); // every word, any column
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(u"demo@example"_s);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setFilterText(u"nothing-like-this"_s);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestProjectInfoModels::eventsLoadAndRefresh()
{
    ProjectEventModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(u"my-project"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ProjectEventModel::State::Loaded, 15000);
    const int rows = model.rowCount();
    QVERIFY(rows >= 5);
    for (int row = 1; row < rows; ++row)
        QVERIFY(model.eventAt(row - 1).time >= model.eventAt(row).time);

    // A failed refresh keeps the rows and says why.
    SandboxServer::Fault fault;
    fault.status = 500;
    m_sandbox->server().setFault(u"GET"_s, u"/v1/project/my-project/events"_s, fault);
    model.load(u"my-project"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ProjectEventModel::State::Error, 15000);
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(!model.errorMessage().isEmpty());

    m_sandbox->server().clearFaults();
    model.load(u"trial-sandbox"_s); // read_only: no event log
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ProjectEventModel::State::Error, 15000);
}

void TestProjectInfoModels::eventsText()
{
    ProjectEventModel model(nullptr);
    model.setEvents(
        u"p"_s, {makeEvent(u"1"_s, u"2026-01-01T10:00:00Z"_s, u"service_create"_s, u"Created"_s)});
    QCOMPARE(model.toText({0}),
             u"2026-01-01T10:00:00Z\tdemo@example.com\tservice_create\tpg-orders\tCreated\n"_s);
    QCOMPARE(model.toText({5}), QString());
}

void TestProjectInfoModels::countsLoadOnlyWhatIsAsked()
{
    ServiceCountCache cache(m_client);
    QSignalSpy changed(&cache, &ServiceCountCache::changed);
    QCOMPARE(cache.status(u"my-project"_s), ServiceCountCache::Status::Unknown);
    cache.request({u"my-project"_s, u"finance-reports"_s, u"my-project"_s});
    QTRY_VERIFY_WITH_TIMEOUT(cache.isKnown(u"my-project"_s) && cache.isKnown(u"finance-reports"_s),
                             15000);
    QVERIFY(cache.count(u"my-project"_s) >= 3);
    QCOMPARE(cache.count(u"finance-reports"_s), 0);
    QCOMPARE(cache.count(u"analytics-eu"_s), -1);
    const auto asked = [this](const QString& project) {
        int n = 0;
        for (const auto& r : m_sandbox->server().recordedRequests())
            n += r.path == u"/v1/project/%1/service"_s.arg(project) ? 1 : 0;
        return n;
    };
    QCOMPARE(asked(u"my-project"_s), 1);
    QCOMPARE(asked(u"analytics-eu"_s), 0);
    // Asking again for what is known sends nothing.
    cache.request({u"my-project"_s});
    QCOMPARE(cache.inFlight(), 0);

    // A failure is remembered, in words.
    cache.request({u"no-such-project"_s});
    QTRY_COMPARE_WITH_TIMEOUT(cache.status(u"no-such-project"_s), ServiceCountCache::Status::Failed,
                              15000);
    QVERIFY(!cache.errorMessage(u"no-such-project"_s).isEmpty());

    cache.forget(u"my-project"_s);
    QCOMPARE(cache.status(u"my-project"_s), ServiceCountCache::Status::Unknown);
}

void TestProjectInfoModels::countsNewestRequestFirst()
{
    for (int i = 0; i < 12; ++i)
        m_sandbox->server().addProject({{u"project_name"_s, u"bulk-%1"_s.arg(i)}});
    ServiceCountCache cache(m_client);
    cache.setMaxInFlight(2);
    QStringList first;
    for (int i = 0; i < 10; ++i)
        first.append(u"bulk-%1"_s.arg(i));
    cache.request(first);
    QCOMPARE(cache.inFlight(), 2);
    QCOMPARE(cache.queued(), 8);
    // The user scrolled: these go before the rest of the earlier request.
    cache.request({u"bulk-11"_s, u"bulk-10"_s});
    QTRY_VERIFY_WITH_TIMEOUT(cache.inFlight() == 0 && cache.queued() == 0, 15000);
    QStringList order;
    for (const auto& r : m_sandbox->server().recordedRequests()) {
        if (r.path.endsWith("/service"_L1))
            order.append(r.path.section(u'/', 3, 3));
    }
    QCOMPARE(order.size(), 12);
    QCOMPARE(order.mid(2, 2), (QStringList{u"bulk-11"_s, u"bulk-10"_s}));
}

void TestProjectInfoModels::countsStaleKeepShowing()
{
    ServiceCountCache cache(m_client);
    cache.setServices(u"my-project"_s, {service(u"x"_s, u"RUNNING"_s)});
    QCOMPARE(cache.count(u"my-project"_s), 1);
    cache.markAllStale();
    SandboxServer::Fault slow;
    slow.delayMs = 300;
    m_sandbox->server().setFault(u"GET"_s, u"/v1/project/my-project/service"_s, slow);
    cache.request({u"my-project"_s});
    QCOMPARE(cache.inFlight(), 1);
    QCOMPARE(cache.count(u"my-project"_s), 1); // the old count while the new one comes
    QTRY_VERIFY_WITH_TIMEOUT(cache.count(u"my-project"_s) > 1, 15000);
}

void TestProjectInfoModels::countsStopWhenTheClientCallsOff()
{
    for (int i = 0; i < 5; ++i)
        m_sandbox->server().addProject({{u"project_name"_s, u"off-%1"_s.arg(i)}});
    ServiceCountCache cache(m_client);
    cache.setMaxInFlight(1);
    cache.request({u"off-0"_s, u"off-1"_s, u"off-2"_s, u"off-3"_s, u"off-4"_s});
    QCOMPARE(cache.inFlight(), 1);
    QCOMPARE(cache.queued(), 4);
    // Sign-out: the client abandons every call; the cache asks nothing more of it.
    m_client->abandonAll();
    QTRY_COMPARE(cache.inFlight(), 0);
    QCOMPARE(cache.queued(), 0);
    QCOMPARE(cache.status(u"off-3"_s), ServiceCountCache::Status::Unknown);
    // Only the call in flight at sign-out was ever sent (counted as requests leave the client).
    QCOMPARE(m_sandbox->sentCount(u"GET"_s, u"/v1/project/off-"_s), 1);

    // A token the server no longer takes: the first 401 stops the queue too.
    m_client->setToken(u"revoked"_s);
    QSignalSpy unauthorized(m_client, &AivenClient::unauthorized);
    cache.request({u"off-0"_s, u"off-1"_s, u"off-2"_s, u"off-3"_s});
    QTRY_COMPARE(cache.inFlight(), 0);
    QCOMPARE(cache.queued(), 0);
    QCOMPARE(unauthorized.count(), 1);
    QCOMPARE(cache.status(u"off-0"_s), ServiceCountCache::Status::Unknown);
}

void TestProjectInfoModels::projectListServicesColumn()
{
    ProjectListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServiceCountCache cache(m_client);
    model.setServiceCounts(&cache);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), ProjectListModel::State::Loaded, 15000);
    const int mine = model.rowOfProject(u"my-project"_s);
    const int none = model.rowOfProject(u"finance-reports"_s);
    QVERIFY(mine >= 0 && none >= 0);
    const QModelIndex cell = model.index(mine, ProjectListModel::ServicesColumn);
    QCOMPARE(cell.data().toString(), QString()); // nothing asked yet
    QCOMPARE(model.headerData(ProjectListModel::ServicesColumn, Qt::Horizontal).toString(),
             u"Services"_s);

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    cache.request({u"my-project"_s, u"finance-reports"_s});
    QCOMPARE(cell.data().toString(), u"…"_s);
    QTRY_VERIFY_WITH_TIMEOUT(cache.isKnown(u"my-project"_s) && cache.isKnown(u"finance-reports"_s),
                             15000);
    const int count = cache.services(u"my-project"_s).size();
    QCOMPARE(cell.data().toString(), QString::number(count));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"%1 services"_s.arg(count));
    QCOMPARE(cell.data(ProjectListModel::SortRole).toInt(), count);
    QVERIFY(model.lessThan(none, mine, ProjectListModel::ServicesColumn));
    QVERIFY(!model.lessThan(mine, none, ProjectListModel::ServicesColumn));
    bool sawServicesCell = false;
    for (const QList<QVariant>& args : dataChanged) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        sawServicesCell |=
            topLeft.row() == mine && topLeft.column() == ProjectListModel::ServicesColumn;
    }
    QVERIFY(sawServicesCell);
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestProjectInfoModels)
#include "tst_projectinfomodels.moc"
