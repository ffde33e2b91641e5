// ProjectMembersModel against the sandbox on loopback, under QAbstractItemModelTester: rows
// for members then invitations, roles and sorting values, loading and error states, and an
// answer for a project no longer shown being dropped.

#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "api/AivenClient.h"
#include "models/ProjectMembersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fjord {

class TestProjectMembersModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsMembersThenInvitations();
    void rolesAndColumns();
    void reloadShowsChanges();
    void errorKeepsNothingAndSaysWhy();
    void staleAnswerIsDropped();
    void emptyProjectLoadsNothing();

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    AivenClient* m_client = nullptr; // m_sandbox's
    std::unique_ptr<ProjectMembersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProjectMembersModel::init()
{
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_client = &m_sandbox->client();
    m_model = std::make_unique<ProjectMembersModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setClient(m_client);
}

void TestProjectMembersModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client = nullptr;
    m_sandbox.reset();
}

void TestProjectMembersModel::loadsMembersThenInvitations()
{
    QSignalSpy loaded(m_model.get(), &ProjectMembersModel::loaded);
    m_model->setProject(u"my-project"_s);
    QVERIFY(m_model->isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY(!m_model->isLoading());
    QVERIFY(m_model->hasLoaded());
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(ProjectMembersModel::ColumnCount));
    for (int row = 0; row < 4; ++row)
        QVERIFY(!m_model->isInvitation(row));
    QVERIFY(m_model->isInvitation(4));
    QCOMPARE(m_model->emailAt(4), u"new.hire@example.com"_s);
    QCOMPARE(m_model->rowOfEmail(u"new.hire@example.com"_s, true), 4);
    QCOMPARE(m_model->rowOfEmail(u"new.hire@example.com"_s, false), -1);
    QCOMPARE(m_model->adminCount(), 1);
}

void TestProjectMembersModel::rolesAndColumns()
{
    QSignalSpy loaded(m_model.get(), &ProjectMembersModel::loaded);
    m_model->setProject(u"my-project"_s);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    const int lin = m_model->rowOfEmail(u"lin.chen@example.com"_s);
    QVERIFY(lin >= 0);
    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->data(m_model->index(row, column), role);
    };
    QCOMPARE(cell(lin, ProjectMembersModel::EmailColumn).toString(), u"lin.chen@example.com"_s);
    QCOMPARE(cell(lin, ProjectMembersModel::NameColumn).toString(), u"Lin Chen"_s);
    QCOMPARE(cell(lin, ProjectMembersModel::RoleColumn).toString(), u"Read only"_s);
    QCOMPARE(cell(lin, 0, ProjectMembersModel::MemberTypeRole).toString(), u"read_only"_s);
    QCOMPARE(cell(lin, 0, ProjectMembersModel::IsInvitationRole).toBool(), false);
    QCOMPARE(cell(lin, ProjectMembersModel::SinceColumn, ProjectMembersModel::SortRole).toString(),
             u"2025-03-03T12:45:00Z"_s);
    const int sam = m_model->rowOfEmail(u"sam.okafor@example.com"_s);
    QVERIFY(cell(sam, ProjectMembersModel::StatusColumn).toString().contains(u"Platform"_s));
    // The invitation: no name, who invited, pending in its accessible text.
    QCOMPARE(cell(4, ProjectMembersModel::NameColumn).toString(), QString());
    QVERIFY(
        cell(4, ProjectMembersModel::StatusColumn).toString().contains(SandboxServer::demoEmail()));
    QCOMPARE(cell(4, 0, ProjectMembersModel::IsInvitationRole).toBool(), true);
    QVERIFY(cell(4, 0, Qt::AccessibleTextRole).toString().contains(u"pending"_s));
    QCOMPARE(m_model->headerData(ProjectMembersModel::RoleColumn, Qt::Horizontal).toString(),
             u"Role"_s);
}

void TestProjectMembersModel::reloadShowsChanges()
{
    QSignalSpy loaded(m_model.get(), &ProjectMembersModel::loaded);
    m_model->setProject(u"my-project"_s);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    std::unique_ptr<ApiCall> invite(
        m_client->inviteProjectMember(u"my-project"_s, u"ops@example.com"_s, u"operator"_s));
    invite->setAutoDelete(false);
    QTRY_VERIFY_WITH_TIMEOUT(invite->isFinished(), 15000);
    QVERIFY(invite->isSuccess());
    m_model->reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 15000);
    QCOMPARE(m_model->rowCount(), 6);
    QVERIFY(m_model->rowOfEmail(u"ops@example.com"_s, true) >= 0);
}

void TestProjectMembersModel::errorKeepsNothingAndSaysWhy()
{
    QSignalSpy loaded(m_model.get(), &ProjectMembersModel::loaded);
    m_model->setProject(u"no-such-project"_s);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->hasLoaded());
    QVERIFY2(m_model->errorText().contains(u"does not exist"_s, Qt::CaseInsensitive),
             qPrintable(m_model->errorText()));
}

void TestProjectMembersModel::staleAnswerIsDropped()
{
    // analytics-eu, asked for second, answers late: my-project's quick answer would show
    // first if the model took it.
    SandboxServer::Fault slow;
    slow.delayMs = 400;
    m_sandbox->server().setFault(u"GET"_s, u"/v1/project/analytics-eu/users"_s, slow);
    QSignalSpy loaded(m_model.get(), &ProjectMembersModel::loaded);
    m_model->setProject(u"my-project"_s);
    m_model->setProject(u"analytics-eu"_s);
    QCOMPARE(m_sandbox->sentCount(u"GET"_s, u"/v1/project/my-project/users"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->project(), u"analytics-eu"_s);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_model->rowOfEmail(u"aino.laine@example.com"_s) >= 0);
}

void TestProjectMembersModel::emptyProjectLoadsNothing()
{
    m_model->setProject(QString());
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_sandbox->sentCount(u"GET"_s), 0); // counted as requests leave the client
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestProjectMembersModel)
#include "tst_projectmembersmodel.moc"
