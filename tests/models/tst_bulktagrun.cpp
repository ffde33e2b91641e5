// BulkTagRun against the sandbox on loopback, under QAbstractItemModelTester: one PATCH per
// project, a server error mid-way and a project the role may not edit (403) listed as failed
// with the reason, retry sending to those only, cancel stopping what has not started, and no
// project ever sent the change twice once it went through.

#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "api/AivenClient.h"
#include "models/BulkTagRun.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fjord {

class TestBulkTagRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void changesEveryProjectOnce();
    void failuresMidwayAreListedAndRetriedAlone();
    void cancelStopsWhatHasNotStarted();
    void removalSendsNull();

private:
    int patches(const QString& project) const;
    QJsonObject tags(const QString& project) const
    {
        return m_sandbox->server().project(project).value("tags"_L1).toObject();
    }

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    AivenClient* m_client = nullptr; // m_sandbox's
};

void TestBulkTagRun::init()
{
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_client = &m_sandbox->client();
}

void TestBulkTagRun::cleanup()
{
    m_client = nullptr;
    m_sandbox.reset();
}

int TestBulkTagRun::patches(const QString& project) const
{
    int count = 0;
    const auto all = m_sandbox->server().recordedRequests();
    for (const auto& request : all)
        count +=
            request.method == "PATCH"_L1 && request.path == u"/v1/project/%1/tags"_s.arg(project)
                ? 1
                : 0;
    return count;
}

void TestBulkTagRun::changesEveryProjectOnce()
{
    const QStringList projects{u"my-project"_s, u"analytics-eu"_s, u"finance-reports"_s};
    BulkTagRun run(m_client, projects, TagChanges{{u"owner"_s, u"data-team"_s}});
    QAbstractItemModelTester tester(&run, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&run, &BulkTagRun::finished);
    QSignalSpy changed(&run, &BulkTagRun::projectChanged);
    QCOMPARE(run.rowCount(), 3);
    run.start();
    QVERIFY(run.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(run.count(BulkTagRun::State::Done), 3);
    QCOMPARE(changed.count(), 3);
    for (const QString& project : projects) {
        QCOMPARE(patches(project), 1);
        QCOMPARE(tags(project).value("owner"_L1).toString(), u"data-team"_s);
    }
    // Other tags untouched.
    QCOMPARE(tags(u"finance-reports"_s).value("billing:PO"_L1).toString(), u"PO-2025-114"_s);
    QCOMPARE(tags(u"analytics-eu"_s).value("cost-center"_L1).toString(), u"4711"_s);
    QCOMPARE(run.data(run.index(0, BulkTagRun::ResultColumn)).toString(), u"Done"_s);
    QCOMPARE(run.retry(), false); // nothing to send again
}

void TestBulkTagRun::failuresMidwayAreListedAndRetriedAlone()
{
    SandboxServer::Fault serverError;
    serverError.status = 500;
    serverError.times = 1;
    m_sandbox->server().setFault(u"PATCH"_s, u"/v1/project/analytics-eu/tags"_s, serverError);
    const QStringList projects{u"my-project"_s, u"analytics-eu"_s, u"demo-project"_s,
                               u"finance-reports"_s};
    BulkTagRun run(m_client, projects, TagChanges{{u"env"_s, u"prod"_s}});
    QAbstractItemModelTester tester(&run, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&run, &BulkTagRun::finished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(run.projectsIn(BulkTagRun::State::Done),
             (QStringList{u"my-project"_s, u"finance-reports"_s}));
    QCOMPARE(run.projectsIn(BulkTagRun::State::Failed),
             (QStringList{u"analytics-eu"_s, u"demo-project"_s}));
    QVERIFY(!run.errorAt(1).isEmpty());
    // The developer's project says why in the server's words (permission).
    QVERIFY2(run.errorAt(2).contains(u"permission"_s), qPrintable(run.errorAt(2)));
    QVERIFY(run.serverMessageAt(2).contains(u"admins and operators"_s));
    QVERIFY(run.data(run.index(2, BulkTagRun::ResultColumn), Qt::ToolTipRole)
                .toString()
                .contains(u"admins and operators"_s));
    QVERIFY(run.data(run.index(2, BulkTagRun::ResultColumn)).toString().startsWith(u"Failed"_s));
    QCOMPARE(tags(u"analytics-eu"_s).value("env"_L1).toString(), u"staging"_s);

    QVERIFY(run.retry());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QCOMPARE(run.projectsIn(BulkTagRun::State::Failed), QStringList{u"demo-project"_s});
    QCOMPARE(run.count(BulkTagRun::State::Done), 3);
    QCOMPARE(tags(u"analytics-eu"_s).value("env"_L1).toString(), u"prod"_s);
    // Sent again only to those that had failed.
    QCOMPARE(patches(u"my-project"_s), 1);
    QCOMPARE(patches(u"finance-reports"_s), 1);
    QCOMPARE(patches(u"analytics-eu"_s), 2);
    QCOMPARE(patches(u"demo-project"_s), 2);
}

void TestBulkTagRun::cancelStopsWhatHasNotStarted()
{
    SandboxServer::Fault slow;
    slow.delayMs = 300;
    m_sandbox->server().setFault(u"PATCH"_s, u"/v1/project/my-project/tags"_s, slow);
    const QStringList projects{u"my-project"_s, u"analytics-eu"_s, u"finance-reports"_s};
    BulkTagRun run(m_client, projects, TagChanges{{u"owner"_s, u"x"_s}});
    QAbstractItemModelTester tester(&run, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&run, &BulkTagRun::finished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(patches(u"my-project"_s), 1, 15000);
    run.cancel();
    QCOMPARE(run.stateAt(0), BulkTagRun::State::Sending);
    QCOMPARE(run.stateAt(1), BulkTagRun::State::NotSent);
    QCOMPARE(finished.count(), 0); // the one on its way still finishes
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(run.stateAt(0), BulkTagRun::State::Done);
    QCOMPARE(run.projectsIn(BulkTagRun::State::NotSent),
             (QStringList{u"analytics-eu"_s, u"finance-reports"_s}));
    QCOMPARE(patches(u"analytics-eu"_s), 0);
    QCOMPARE(patches(u"finance-reports"_s), 0);
    QVERIFY(!tags(u"analytics-eu"_s).contains("owner"_L1));

    QVERIFY(run.retry());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QCOMPARE(run.count(BulkTagRun::State::Done), 3);
    QCOMPARE(patches(u"my-project"_s), 1);
    QCOMPARE(patches(u"analytics-eu"_s), 1);
}

void TestBulkTagRun::removalSendsNull()
{
    BulkTagRun run(m_client, {u"my-project"_s}, TagChanges{{u"team"_s, std::nullopt}});
    QSignalSpy finished(&run, &BulkTagRun::finished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(run.count(BulkTagRun::State::Done), 1);
    QCOMPARE(m_sandbox->server().recordedRequests().last().body,
             QByteArray(R"({"tags":{"team":null}})"));
    QCOMPARE(tags(u"my-project"_s), (QJsonObject{{u"env"_s, u"production"_s}}));
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestBulkTagRun)
#include "tst_bulktagrun.moc"
