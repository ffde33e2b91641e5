#include "ApiSamples.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "api/AivenClient.h"
#include "api/JsonCodec.h"
#include "models/CloudCatalog.h"
#include "models/ProjectFilterProxyModel.h"
#include "models/ProjectListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace fjord;

namespace {

Project makeProject(const QString& name, const QString& balance = QStringLiteral("0.00"),
                    const QString& cloud = QStringLiteral("google-europe-north1"))
{
    Project p;
    p.name = name;
    p.accountId = QStringLiteral("a225dad8d3c4");
    p.accountName = QStringLiteral("Acme");
    p.billingGroupId = QStringLiteral("588a8e63-fda7-4ff7-9bff-577debfee604");
    p.billingGroupName = QStringLiteral("Billing");
    p.defaultCloud = cloud;
    p.estimatedBalance = balance;
    p.estimatedBalanceLocal = balance;
    p.billingCurrency = QStringLiteral("USD");
    p.paymentMethod = QStringLiteral("card");
    return p;
}

ProjectList makeList(const QVector<Project>& projects)
{
    ProjectList list;
    list.projects = projects;
    for (const Project& p : projects)
        list.membership.insert(p.name, QStringLiteral("admin"));
    return list;
}

// Projects of two accounts (one with a non-ASCII name) with a Team tag in seven values.
QVector<Project> taggedProjects(int count)
{
    QVector<Project> projects;
    for (int i = 0; i < count; ++i) {
        Project project = makeProject(QStringLiteral("Proj-%1").arg(i), QString::number(i));
        project.accountName = i % 2 ? QStringLiteral("ÄCME Oy") : QStringLiteral("Globex");
        project.tags.insert(QStringLiteral("Team"), QStringLiteral("Core-%1").arg(i % 7));
        projects.append(project);
    }
    return projects;
}

} // namespace

using test::projectJson;

class TestProjectListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void columnsAndRoles();
    void sortsMoneyAsNumbers();
    void cloudDescriptionFromCatalog();
    void mergeKeepsPersistentIndexes();
    void upsertAndRemove();
    void recordsAtTakesASnapshot();
    void refreshLoadsFromSandbox();
    void refreshFailureKeepsRows();
    void staleReplyIsIgnored();
    void resetDropsReplyInFlight();
    void keepsEveryMembership();
    void releaseRowsForExit();
    void rowsReadFromTheAnswersText();
    void filterTextsBuiltWhileIdle();
    void filterTextsBuiltAtOnce();

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    SandboxServer* m_server = nullptr;
    AivenClient* m_client = nullptr;
};

void TestProjectListModel::init()
{
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_server = &m_sandbox->server();
    m_client = &m_sandbox->client();
}

void TestProjectListModel::cleanup()
{
    m_client = nullptr;
    m_server = nullptr;
    m_sandbox.reset();
}

void TestProjectListModel::columnsAndRoles()
{
    ProjectListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ProjectListModel::ColumnCount));
    QVERIFY(model.isEmpty());

    Project p = makeProject(QStringLiteral("alpha"), QStringLiteral("1234.5"));
    p.billingCurrency = QStringLiteral("EUR");
    p.estimatedBalance = QStringLiteral("1300.00");
    p.estimatedBalanceLocal = QStringLiteral("1234.5");
    p.tags.insert(QStringLiteral("env"), QStringLiteral("prod"));
    ProjectList list = makeList({p});
    list.membership.insert(QStringLiteral("alpha"), QStringLiteral("developer"));
    QSignalSpy refreshed(&model, &ProjectListModel::refreshed);
    QSignalSpy empty(&model, &ProjectListModel::emptyChanged);
    model.setProjectList(list);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(empty.count(), 1);
    QCOMPARE(model.state(), ProjectListModel::State::Loaded);
    QVERIFY(model.lastRefreshed().isValid());

    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.data(model.index(0, column), role);
    };
    QCOMPARE(cell(ProjectListModel::NameColumn).toString(), QStringLiteral("alpha"));
    QCOMPARE(cell(ProjectListModel::RoleColumn).toString(), QStringLiteral("Developer"));
    QCOMPARE(cell(ProjectListModel::AccountColumn).toString(), QStringLiteral("Acme"));
    QCOMPARE(cell(ProjectListModel::BillingGroupColumn).toString(), QStringLiteral("Billing"));
    QVERIFY(cell(ProjectListModel::BalanceColumn).toString().endsWith(QStringLiteral(" EUR")));
    QCOMPARE(cell(ProjectListModel::BalanceColumn, ProjectListModel::SortRole).toDouble(), 1300.0);
    QCOMPARE(cell(ProjectListModel::PaymentMethodColumn).toString(), QStringLiteral("Card"));
    QCOMPARE(cell(ProjectListModel::TagsColumn).toString(), QStringLiteral("env=prod"));
    QCOMPARE(cell(ProjectListModel::TagsColumn, ProjectListModel::ProjectNameRole).toString(),
             QStringLiteral("alpha"));
    const QString haystack = cell(0, ProjectListModel::FilterTextRole).toString();
    QVERIFY(haystack.contains(QStringLiteral("alpha")));
    QVERIFY(haystack.contains(QStringLiteral("env=prod")));
    QVERIFY(haystack.contains(QStringLiteral("acme")));
    QCOMPARE(model.projectAt(0).name, QStringLiteral("alpha"));
    QCOMPARE(model.rowOfProject(QStringLiteral("alpha")), 0);
    QCOMPARE(model.rowOfProject(QStringLiteral("nope")), -1);
    QCOMPARE(model.headerData(ProjectListModel::CloudColumn, Qt::Horizontal).toString(),
             QStringLiteral("Default cloud"));
}

void TestProjectListModel::sortsMoneyAsNumbers()
{
    ProjectListModel model(nullptr);
    ProjectFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjectList(makeList({makeProject(QStringLiteral("a"), QStringLiteral("100.00")),
                                   makeProject(QStringLiteral("b"), QStringLiteral("9.50")),
                                   makeProject(QStringLiteral("c"), QStringLiteral("25")),
                                   makeProject(QStringLiteral("d"), QStringLiteral("-3.2"))}));
    const auto order = [&] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(proxy.index(row, 0).data().toString());
        return names.join(u',');
    };
    proxy.sort(ProjectListModel::BalanceColumn, Qt::AscendingOrder);
    QCOMPARE(order(), QStringLiteral("d,b,c,a"));
    proxy.sort(ProjectListModel::BalanceColumn, Qt::DescendingOrder);
    QCOMPARE(order(), QStringLiteral("a,c,b,d"));
    proxy.sort(ProjectListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(order(), QStringLiteral("d,c,b,a"));

    // The generic path (QVariant sort values) agrees with the fast one.
    QSortFilterProxyModel plain;
    plain.setSourceModel(&model);
    plain.setSortRole(ProjectListModel::SortRole);
    plain.sort(ProjectListModel::BalanceColumn, Qt::AscendingOrder);
    QCOMPARE(plain.index(0, 0).data().toString(), QStringLiteral("d"));
    QCOMPARE(plain.index(3, 0).data().toString(), QStringLiteral("a"));
}

void TestProjectListModel::cloudDescriptionFromCatalog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cache = dir.filePath(QStringLiteral("clouds.json"));
    QFile file(cache);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QJsonObject cloud{{QStringLiteral("cloud_name"), QStringLiteral("google-europe-north1")},
                            {QStringLiteral("cloud_description"),
                             QStringLiteral("Europe, Finland - Google Cloud: Finland")},
                            {QStringLiteral("geo_region"), QStringLiteral("europe")}};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("clouds"), QJsonArray{cloud}}}).toJson());
    file.close();

    CloudCatalog clouds(nullptr);
    clouds.setCacheFile(cache);
    ProjectListModel model(nullptr, &clouds);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjectList(makeList({makeProject(QStringLiteral("alpha")),
                                   makeProject(QStringLiteral("beta"), QStringLiteral("1"),
                                               QStringLiteral("aws-unknown-1"))}));
    QCOMPARE(model.index(0, ProjectListModel::CloudColumn).data().toString(),
             QStringLiteral("google-europe-north1"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(clouds.loadCache());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(0, ProjectListModel::CloudColumn).data().toString(),
             QStringLiteral("Europe, Finland - Google Cloud: Finland"));
    QCOMPARE(model.index(0, ProjectListModel::CloudColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("google-europe-north1"));
    QVERIFY(model.filterTextAt(0).contains(QStringLiteral("finland")));
    QVERIFY(model.filterTextAt(0).contains(QStringLiteral("google-europe-north1")));
    // An unknown cloud shows its code rather than nothing.
    QCOMPARE(model.index(1, ProjectListModel::CloudColumn).data().toString(),
             QStringLiteral("aws-unknown-1"));
}

void TestProjectListModel::mergeKeepsPersistentIndexes()
{
    ProjectListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjectList(
        makeList({makeProject(QStringLiteral("a")), makeProject(QStringLiteral("b")),
                  makeProject(QStringLiteral("c")), makeProject(QStringLiteral("d"))}));
    const QPersistentModelIndex c(model.index(2, 0));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Project changed = makeProject(QStringLiteral("c"), QStringLiteral("42.00"));
    model.setProjectList(
        makeList({makeProject(QStringLiteral("a")), changed, makeProject(QStringLiteral("e"))}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(c.isValid());
    QCOMPARE(c.data().toString(), QStringLiteral("c"));
    QCOMPARE(model.projectAt(c.row()).estimatedBalance, QStringLiteral("42.00"));
    QCOMPARE(model.rowOfProject(QStringLiteral("e")), 2);
    QCOMPARE(model.rowOfProject(QStringLiteral("b")), -1);
    QCOMPARE(model.projectNames(),
             QStringList({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("e")}));
}

void TestProjectListModel::releaseRowsForExit()
{
    ProjectListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjectList(
        makeList({makeProject(QStringLiteral("a")), makeProject(QStringLiteral("b"))}));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.releaseRowsForExit();
    // Views and proxies see an empty model through a reset, not rows that went away unsaid.
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(model.rowOfProject(QStringLiteral("a")), -1);
    QVERIFY(model.projectNames().isEmpty());
}

void TestProjectListModel::upsertAndRemove()
{
    ProjectListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjectList(makeList({makeProject(QStringLiteral("a"))}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsertProject(makeProject(QStringLiteral("new-one"), QStringLiteral("3")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.roleAt(1), QStringLiteral("admin"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Project edited = makeProject(QStringLiteral("a"), QStringLiteral("7"));
    edited.tags.insert(QStringLiteral("team"), QStringLiteral("core"));
    model.upsertProject(edited);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.filterTextAt(0).contains(QStringLiteral("team=core")));

    QSignalSpy emptied(&model, &ProjectListModel::emptyChanged);
    model.removeProject(QStringLiteral("a"));
    QCOMPARE(model.rowOfProject(QStringLiteral("new-one")), 0);
    model.removeProject(QStringLiteral("not-there"));
    model.removeProject(QStringLiteral("new-one"));
    QVERIFY(model.isEmpty());
    QCOMPARE(emptied.count(), 1);
}

// What an export reads on its threads: the rows asked for, in their order, and unchanged by
// whatever the model does afterwards (with every row in order, the list itself is shared).
void TestProjectListModel::recordsAtTakesASnapshot()
{
    ProjectListModel model(nullptr);
    model.setProjectList(
        makeList({makeProject(QStringLiteral("a")), makeProject(QStringLiteral("b")),
                  makeProject(QStringLiteral("c"))}));
    const ProjectRecords all = model.recordsAt({0, 1, 2});
    const ProjectRecords some = model.recordsAt({2, 0});
    QCOMPARE(all.records.size(), 3);
    QCOMPARE(all.project(1).name, QStringLiteral("b"));
    QCOMPARE(some.records.size(), 2);
    QCOMPARE(some.project(0).name, QStringLiteral("c"));
    QCOMPARE(some.project(1).name, QStringLiteral("a"));

    Project edited = makeProject(QStringLiteral("b"), QStringLiteral("9"));
    model.upsertProject(edited);
    model.removeProject(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(all.records.size(), 3);
    QCOMPARE(all.project(0).name, QStringLiteral("a"));
    QCOMPARE(all.project(1).estimatedBalance, QStringLiteral("0.00"));
    QCOMPARE(model.recordsAt({0}).project(0).estimatedBalance, QStringLiteral("9"));
}

void TestProjectListModel::refreshLoadsFromSandbox()
{
    m_server->addProject(projectJson(QStringLiteral("zz-extra")), QStringLiteral("operator"));
    ProjectListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &ProjectListModel::loadingChanged);
    QSignalSpy refreshed(&model, &ProjectListModel::refreshed);
    model.refresh();
    QVERIFY(model.isLoading());
    QCOMPARE(model.state(), ProjectListModel::State::Loading);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2);
    QCOMPARE(model.state(), ProjectListModel::State::Loaded);
    QCOMPARE(model.rowCount(), m_server->projectCount());
    const int row = model.rowOfProject(QStringLiteral("zz-extra"));
    QVERIFY(row >= 0);
    QCOMPARE(model.roleAt(row), QStringLiteral("operator"));
}

void TestProjectListModel::refreshFailureKeepsRows()
{
    ProjectListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &ProjectListModel::refreshed);
    model.refresh();
    QVERIFY(refreshed.wait(10000));
    const int rows = model.rowCount();
    QVERIFY(rows > 0);

    SandboxServer::Fault fault;
    fault.status = 500;
    m_server->setFault(QStringLiteral("GET"), QStringLiteral("/v1/project"), fault);
    QSignalSpy failed(&model, &ProjectListModel::refreshFailed);
    QSignalSpy error(&model, &ProjectListModel::errorChanged);
    model.refresh();
    QVERIFY(failed.wait(10000));
    QCOMPARE(model.state(), ProjectListModel::State::Error);
    QVERIFY(!model.errorMessage().isEmpty());
    QCOMPARE(error.count(), 1);
    QCOMPARE(model.rowCount(), rows);

    m_server->clearFaults();
    model.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.state(), ProjectListModel::State::Loaded);
    QVERIFY(model.errorMessage().isEmpty());
}

void TestProjectListModel::staleReplyIsIgnored()
{
    // The first reply is held back and carries a project that exists nowhere else; the second
    // refresh answers at once. When the first finally arrives it must change nothing.
    const QJsonObject staleBody{
        {QStringLiteral("projects"), QJsonArray{projectJson(QStringLiteral("stale-project"))}},
        {QStringLiteral("project_membership"),
         QJsonObject{{QStringLiteral("stale-project"), QStringLiteral("admin")}}},
        {QStringLiteral("project_memberships"),
         QJsonObject{{QStringLiteral("stale-project"), QJsonArray{QStringLiteral("admin")}}}}};
    SandboxServer::Fault fault;
    fault.delayMs = 800;
    fault.status = 200;
    fault.body = QJsonDocument(staleBody).toJson(QJsonDocument::Compact);
    fault.times = 1;
    m_server->setFault(QStringLiteral("GET"), QStringLiteral("/v1/project"), fault);

    ProjectListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &ProjectListModel::refreshed);
    QSignalSpy finished(m_client, &AivenClient::callFinished);

    model.refresh(); // delayed, stale
    QTRY_VERIFY_WITH_TIMEOUT(m_server->recordedRequests().size() >= 1, 5000);
    model.refresh(); // answers first
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    QCOMPARE(model.rowCount(), m_server->projectCount());
    QCOMPARE(model.rowOfProject(QStringLiteral("stale-project")), -1);

    // Now the held-back answer arrives at the client; the model has seen it once the client
    // reports the call finished.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(model.rowOfProject(QStringLiteral("stale-project")), -1);
    QCOMPARE(model.rowCount(), m_server->projectCount());
    QCOMPARE(model.state(), ProjectListModel::State::Loaded);
    QVERIFY(!model.isLoading());
}

void TestProjectListModel::resetDropsReplyInFlight()
{
    SandboxServer::Fault fault;
    fault.delayMs = 500;
    fault.times = 1;
    m_server->setFault(QStringLiteral("GET"), QStringLiteral("/v1/project"), fault);

    ProjectListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &ProjectListModel::refreshed);
    QSignalSpy finished(m_client, &AivenClient::callFinished);
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->recordedRequests().size() >= 1, 5000);
    model.reset(); // e.g. the user switched profile
    QVERIFY(!model.isLoading());
    QCOMPARE(model.state(), ProjectListModel::State::NotLoaded);
    // Whether the call was abandoned or answered late, once it has finished the model has
    // had its last word on it.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(refreshed.count(), 0);
    QCOMPARE(model.state(), ProjectListModel::State::NotLoaded);
    QCOMPARE(model.rowCount(), 0);

    // A switch to another client forgets the rows of the previous one.
    model.setClient(m_client);
    model.refresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(model.rowCount() > 0);
    model.setClient(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestProjectListModel::keepsEveryMembership()
{
    ProjectListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProjectList list =
        makeList({makeProject(QStringLiteral("a")), makeProject(QStringLiteral("b"))});
    list.membership.insert(QStringLiteral("a"), QStringLiteral("read_only"));
    list.memberships.insert(QStringLiteral("a"), {QStringLiteral("read_only"),
                                                  QStringLiteral("organization:projects:write")});
    model.setProjectList(list);
    const int a = model.rowOfProject(QStringLiteral("a"));
    QCOMPARE(model.membershipsAt(a), (QStringList{QStringLiteral("read_only"),
                                                  QStringLiteral("organization:projects:write")}));
    // The console's names for the two (Aiven's permissions page), not the API's.
    QCOMPARE(model.index(a, ProjectListModel::RoleColumn).data().toString(),
             QStringLiteral("Read only, Manage projects"));
    QVERIFY(model.permissionsAt(a).allows(ProjectPermissions::Change::Delete));
    QVERIFY(!model.permissionsAt(a).allows(ProjectPermissions::Change::Rename));
    // Only project_membership said something about "b".
    QCOMPARE(model.membershipsAt(model.rowOfProject(QStringLiteral("b"))),
             QStringList{QStringLiteral("admin")});

    // A save keeps the row's memberships; a refresh that changes them is a change of the row.
    Project edited = makeProject(QStringLiteral("a"), QStringLiteral("5.00"));
    model.upsertProject(edited);
    QCOMPARE(model.membershipsAt(a).size(), 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    list.projects[0] = edited;
    list.memberships.insert(QStringLiteral("a"), {QStringLiteral("read_only")});
    model.setProjectList(list);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.membershipsAt(a), QStringList{QStringLiteral("read_only")});
    QCOMPARE(model.index(a, ProjectListModel::RoleColumn).data().toString(),
             QStringLiteral("Read only"));
}

QTEST_GUILESS_MAIN(TestProjectListModel)
// The rows keep each answer's text, and a project's other fields are read from it when asked
// for: after a refresh they come from the new answer, also for rows the refresh left as they
// were, and a project a dialog saved is the server's again once an answer brings it.
void TestProjectListModel::rowsReadFromTheAnswersText()
{
    const auto records = [](const char* text) {
        QString error;
        std::optional<ProjectRecords> read = json::readProjectRecordsUtf8(QByteArray(text), &error);
        if (!read)
            qWarning("%s", qPrintable(error));
        return read.value_or(ProjectRecords());
    };
    ProjectListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjectRecords(records(R"({"projects": [
        {"project_name": "a", "company": "A Oy", "card_info": {"last4": "1234"}},
        {"project_name": "b", "company": "B Oy", "tags": {"env": "prod"}},
        {"project_name": "c", "company": "C Oy"}],
        "project_membership": {"a": "admin", "b": "developer", "c": "admin"}})"));
    QCOMPARE(model.rowCount(), 3);
    const int a = model.rowOfProject(QStringLiteral("a"));
    const int b = model.rowOfProject(QStringLiteral("b"));
    QCOMPARE(model.projectAt(a).company, QStringLiteral("A Oy"));
    QCOMPARE(model.projectAt(a).cardInfo.value(QStringLiteral("last4")).toString(),
             QStringLiteral("1234"));
    QCOMPARE(model.projectAt(b).tags.value(QStringLiteral("env")), QStringLiteral("prod"));
    QCOMPARE(model.roleAt(b), QStringLiteral("developer"));

    // b changes in a field its row does not show, c goes, d comes; a is the same text at
    // another place in the answer.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setProjectRecords(records(R"({"project_membership": {"a": "admin", "b": "developer",
        "d": "operator"}, "projects": [
        {"project_name": "d", "company": "D Oy"},
        {"project_name": "b", "company": "B Oyj", "tags": {"env": "prod"}},
        {"project_name": "a", "company": "A Oy", "card_info": {"last4": "1234"}}]})"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfProject(QStringLiteral("a")), a);
    QCOMPARE(model.rowOfProject(QStringLiteral("b")), b);
    QCOMPARE(model.rowOfProject(QStringLiteral("c")), -1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), b);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), b);
    QCOMPARE(model.projectAt(b).company, QStringLiteral("B Oyj"));
    QCOMPARE(model.projectAt(a).company, QStringLiteral("A Oy"));
    QCOMPARE(model.projectAt(a).cardInfo.value(QStringLiteral("last4")).toString(),
             QStringLiteral("1234"));
    const int d = model.rowOfProject(QStringLiteral("d"));
    QCOMPARE(model.projectAt(d).company, QStringLiteral("D Oy"));
    QCOMPARE(model.roleAt(d), QStringLiteral("operator"));

    // Saved by a dialog: the row is that project until the next answer.
    Project saved = model.projectAt(a);
    saved.company = QStringLiteral("A Saved");
    model.upsertProject(saved);
    QCOMPARE(model.projectAt(a).company, QStringLiteral("A Saved"));
    QCOMPARE(model.projectAt(a).cardInfo.value(QStringLiteral("last4")).toString(),
             QStringLiteral("1234"));
    model.setProjectRecords(records(R"({"projects": [
        {"project_name": "a", "company": "A Server"}, {"project_name": "b"},
        {"project_name": "d"}]})"));
    QCOMPARE(model.projectAt(a).company, QStringLiteral("A Server"));
    QVERIFY(model.projectAt(a).cardInfo.isEmpty());
    QVERIFY(model.projectAt(b).company.isEmpty());
}

void TestProjectListModel::filterTextsBuiltWhileIdle()
{
    ProjectListModel model(nullptr);
    const QVector<Project> projects = taggedProjects(3000);
    model.setProjectList(makeList(projects));
    // Not built when the rows arrive: the first paint does not wait for them.
    QVERIFY(model.filterTextsPending());
    // One asked for meanwhile is built there and then, the same as the idle pass builds it.
    const QString early = model.filterTextAt(2999);
    QVERIFY(early.contains(QStringLiteral("proj-2999")));
    QTRY_VERIFY_WITH_TIMEOUT(!model.filterTextsPending(), 10000);
    QCOMPARE(model.filterTextAt(2999), early);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text =
            model.data(model.index(row, 0), ProjectListModel::FilterTextRole).toString();
        const Project project = projects.at(row);
        QVERIFY(text.contains(project.name.toLower()));
        QVERIFY(text.contains(project.accountName.toLower()));
        QVERIFY(text.contains(QStringLiteral("team=core-") + QString::number(row % 7)));
        QCOMPARE(text, text.toLower());
    }

    // A change replaces the text, and the idle pass runs again.
    Project edited = projects.at(5);
    edited.tags.insert(QStringLiteral("Owner"), QStringLiteral("Mäkinen"));
    model.upsertProject(edited);
    QVERIFY(model.filterTextAt(5).contains(QStringLiteral("owner=mäkinen")));
    QTRY_VERIFY_WITH_TIMEOUT(!model.filterTextsPending(), 10000);
}

void TestProjectListModel::filterTextsBuiltAtOnce()
{
    // Enough rows that the texts are built in parts, on several threads where there are cores.
    const QVector<Project> projects = taggedProjects(20000);
    ProjectListModel idle(nullptr);
    idle.setProjectList(makeList(projects));
    QTRY_VERIFY_WITH_TIMEOUT(!idle.filterTextsPending(), 20000);

    ProjectListModel atOnce(nullptr);
    atOnce.setProjectList(makeList(projects));
    QVERIFY(atOnce.filterTextsPending());
    // Some built already, one by one (as a filter of a few rows or the idle pass does).
    const QString early = atOnce.filterTextAt(15000);
    atOnce.buildFilterTexts();
    QVERIFY(!atOnce.filterTextsPending());
    QCOMPARE(atOnce.filterTextAt(15000), early);
    for (int row = 0; row < atOnce.rowCount(); ++row)
        QCOMPARE(atOnce.filterTextAt(row), idle.filterTextAt(row));

    // After a change only that row waits; building at once builds it like the others.
    Project edited = projects.at(7);
    edited.tags.insert(QStringLiteral("Owner"), QStringLiteral("Mäkinen"));
    atOnce.upsertProject(edited);
    QVERIFY(atOnce.filterTextsPending());
    atOnce.buildFilterTexts();
    QVERIFY(!atOnce.filterTextsPending());
    QVERIFY(atOnce.filterTextAt(7).contains(QStringLiteral("owner=mäkinen")));
    QCOMPARE(atOnce.filterTextAt(8), idle.filterTextAt(8));
}

#include "tst_projectlistmodel.moc"
