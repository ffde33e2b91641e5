// AivenClient's member, invitation and tag-merge calls against the sandbox on loopback: the
// requests as sent (method, path with the address percent-encoded, body), the typed answer,
// and the API's errors as ApiError (403 for a role that may not, 404, 409).

#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "api/AivenClient.h"
#include "api/ApiCall.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fjord {

class TestProjectMembersClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listMembers();
    void inviteSendsTheDocumentsBody();
    void changeRoleAndRemove();
    void cancelInvitation();
    void errors();
    void patchTagsSendsNullForRemoval();
    void malformedListIsAnInvalidResponse();

private:
    // Waits (bounded) for `call`; finished() must fire exactly once.
    bool wait(ApiCall* call);
    SandboxServer::RecordedRequest lastRequest() const;

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    AivenClient* m_client = nullptr; // m_sandbox's
};

void TestProjectMembersClient::init()
{
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_client = &m_sandbox->client();
}

void TestProjectMembersClient::cleanup()
{
    m_client = nullptr;
    m_sandbox.reset();
}

bool TestProjectMembersClient::wait(ApiCall* call)
{
    call->setAutoDelete(false);
    QSignalSpy spy(call, &ApiCall::finished);
    const bool done = QTest::qWaitFor([call] { return call->isFinished(); }, 15000);
    return done && spy.count() == 1;
}

SandboxServer::RecordedRequest TestProjectMembersClient::lastRequest() const
{
    const auto all = m_sandbox->server().recordedRequests();
    return all.isEmpty() ? SandboxServer::RecordedRequest{} : all.last();
}

void TestProjectMembersClient::listMembers()
{
    std::unique_ptr<ApiCall> call(m_client->listProjectMembers(u"my-project"_s));
    QVERIFY(wait(call.get()));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().userMessage()));
    QCOMPARE(lastRequest().path, u"/v1/project/my-project/users"_s);
    const ProjectPeople people = call->value<ProjectPeople>();
    QCOMPARE(people.members.size(), 4);
    QCOMPARE(people.invitations.size(), 1);
    const ProjectMember& me = people.members.first();
    QCOMPARE(me.email, SandboxServer::demoEmail());
    QCOMPARE(me.memberType, u"admin"_s);
    QCOMPARE(me.realName, u"Demo User"_s);
    QVERIFY(me.billingContact);
    const auto sam =
        std::find_if(people.members.cbegin(), people.members.cend(),
                     [](const ProjectMember& m) { return m.realName == "Sam Okafor"_L1; });
    QVERIFY(sam != people.members.cend());
    QCOMPARE(sam->teamName, u"Platform"_s);
    QCOMPARE(sam->memberType, u"operator"_s);
    QCOMPARE(people.invitations.first().invitedEmail, u"new.hire@example.com"_s);
    QCOMPARE(people.invitations.first().invitingEmail, SandboxServer::demoEmail());
    QCOMPARE(people.invitations.first().inviteTime, u"2026-11-24T09:30:00Z"_s);
}

void TestProjectMembersClient::inviteSendsTheDocumentsBody()
{
    std::unique_ptr<ApiCall> call(
        m_client->inviteProjectMember(u"my-project"_s, u"ops@example.com"_s, u"operator"_s));
    QVERIFY(wait(call.get()));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().userMessage()));
    const auto request = lastRequest();
    QCOMPARE(request.method, u"POST"_s);
    QCOMPARE(request.path, u"/v1/project/my-project/invite"_s);
    QCOMPARE(
        QJsonDocument::fromJson(request.body).object(),
        (QJsonObject{{u"user_email"_s, u"ops@example.com"_s}, {u"member_type"_s, u"operator"_s}}));
}

void TestProjectMembersClient::changeRoleAndRemove()
{
    std::unique_ptr<ApiCall> update(m_client->updateProjectMember(
        u"my-project"_s, u"maria.virtanen@example.com"_s, u"admin"_s));
    QVERIFY(wait(update.get()));
    QVERIFY2(update->isSuccess(), qPrintable(update->error().userMessage()));
    QCOMPARE(lastRequest().method, u"PUT"_s);
    // The address is one path segment, its '@' percent-encoded.
    QCOMPARE(lastRequest().path, u"/v1/project/my-project/user/maria.virtanen%40example.com"_s);
    QCOMPARE(QJsonDocument::fromJson(lastRequest().body).object(),
             (QJsonObject{{u"member_type"_s, u"admin"_s}}));

    std::unique_ptr<ApiCall> remove(
        m_client->removeProjectMember(u"my-project"_s, u"lin.chen@example.com"_s));
    QVERIFY(wait(remove.get()));
    QVERIFY(remove->isSuccess());
    QCOMPARE(lastRequest().method, u"DELETE"_s);
    QVERIFY(lastRequest().body.isEmpty());

    std::unique_ptr<ApiCall> list(m_client->listProjectMembers(u"my-project"_s));
    QVERIFY(wait(list.get()));
    const ProjectPeople people = list->value<ProjectPeople>();
    QCOMPARE(people.members.size(), 3);
    const auto maria =
        std::find_if(people.members.cbegin(), people.members.cend(), [](const ProjectMember& m) {
            return m.email == "maria.virtanen@example.com"_L1;
        });
    QVERIFY(maria != people.members.cend());
    QCOMPARE(maria->memberType, u"admin"_s);
}

void TestProjectMembersClient::cancelInvitation()
{
    std::unique_ptr<ApiCall> call(
        m_client->cancelProjectInvitation(u"my-project"_s, u"new.hire@example.com"_s));
    QVERIFY(wait(call.get()));
    QVERIFY(call->isSuccess());
    QCOMPARE(lastRequest().path, u"/v1/project/my-project/invite/new.hire%40example.com"_s);
    std::unique_ptr<ApiCall> again(
        m_client->cancelProjectInvitation(u"my-project"_s, u"new.hire@example.com"_s));
    QVERIFY(wait(again.get()));
    QCOMPARE(again->httpStatus(), 404);
    QCOMPARE(again->error().kind(), ApiError::Kind::Http);
}

void TestProjectMembersClient::errors()
{
    std::unique_ptr<ApiCall> denied(
        m_client->inviteProjectMember(u"demo-project"_s, u"x@example.com"_s, u"developer"_s));
    QVERIFY(wait(denied.get()));
    QCOMPARE(denied->httpStatus(), 403);
    QVERIFY(!denied->error().userMessage().isEmpty());

    std::unique_ptr<ApiCall> conflict(m_client->inviteProjectMember(
        u"my-project"_s, u"maria.virtanen@example.com"_s, u"developer"_s));
    QVERIFY(wait(conflict.get()));
    QCOMPARE(conflict->httpStatus(), 409);
    QVERIFY2(conflict->error().userMessage().contains(u"already"_s),
             qPrintable(conflict->error().userMessage()));

    std::unique_ptr<ApiCall> missing(m_client->listProjectMembers(u"no-such-project"_s));
    QVERIFY(wait(missing.get()));
    QCOMPARE(missing->httpStatus(), 404);
    // A change is never sent twice, also when it fails with a server error.
    m_sandbox->server().clearRecordedRequests();
    SandboxServer::Fault fault;
    fault.status = 503;
    m_sandbox->server().setFault(u"PUT"_s, u"/v1/project/my-project/user/*"_s, fault);
    std::unique_ptr<ApiCall> failing(
        m_client->updateProjectMember(u"my-project"_s, u"lin.chen@example.com"_s, u"admin"_s));
    QVERIFY(wait(failing.get()));
    QCOMPARE(failing->httpStatus(), 503);
    QCOMPARE(m_sandbox->server().recordedRequests().size(), 1);
}

void TestProjectMembersClient::patchTagsSendsNullForRemoval()
{
    TagChanges changes;
    changes.insert(u"owner"_s, u"ops"_s);
    changes.insert(u"team"_s, std::nullopt);
    std::unique_ptr<ApiCall> call(m_client->patchProjectTags(u"my-project"_s, changes));
    QVERIFY(wait(call.get()));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().userMessage()));
    QCOMPARE(lastRequest().method, u"PATCH"_s);
    QCOMPARE(lastRequest().path, u"/v1/project/my-project/tags"_s);
    QCOMPARE(lastRequest().body, QByteArray(R"({"tags":{"owner":"ops","team":null}})"));
    QCOMPARE(m_sandbox->server().project(u"my-project"_s).value("tags"_L1).toObject(),
             (QJsonObject{{u"env"_s, u"production"_s}, {u"owner"_s, u"ops"_s}}));
}

void TestProjectMembersClient::malformedListIsAnInvalidResponse()
{
    SandboxServer::Fault fault;
    fault.status = 200;
    fault.body = R"({"users":[{"real_name":"No Address"}],"invitations":[]})";
    m_sandbox->server().setFault(u"GET"_s, u"/v1/project/my-project/users"_s, fault);
    std::unique_ptr<ApiCall> call(m_client->listProjectMembers(u"my-project"_s));
    QVERIFY(wait(call.get()));
    QCOMPARE(call->error().kind(), ApiError::Kind::InvalidResponse);
    QVERIFY(call->error().userMessage().size() > 0);
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestProjectMembersClient)
#include "tst_projectmembersclient.moc"
