// The sandbox's members, invitations and tag merges over real loopback sockets: shapes of
// GET /v1/project/{project}/users, invite / change role / remove / cancel with the API's
// errors (403 for a role that may not, 404, 409), PATCH .../tags merging, and persistence.

#include "SandboxFixture.h"
#include "SandboxServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using fjord::SandboxServer;
using fjord::test::SandboxFixture;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

class TestSandboxMembers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listShape();
    void projectWithoutStoredMembersListsTheCaller();
    void invite();
    void inviteConflictsAndValidation();
    void onlyAdminsManageMembers_data();
    void onlyAdminsManageMembers();
    void changeRole();
    void removeMember();
    void cancelInvitation();
    void unknownProjectIs404();
    void changingOwnRoleChangesAccess();
    void leavingAProject();
    void patchTagsMerges();
    void patchTagsRules();
    void membersAndTagsSurviveRestart();
    void renameKeepsMembers();
    void needsTokenAndRightMethod();

private:
    Answer send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                bool withToken = true);
    QJsonArray users(const QString& project);
    QJsonArray invitations(const QString& project);
    static QString roleOf(const QJsonArray& users, const QString& email);
    static void checkError(const Answer& answer, int status, const QString& code = {});

    std::unique_ptr<SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
};

Answer TestSandboxMembers::send(const QByteArray& method, const QString& path,
                                const QByteArray& body, bool withToken)
{
    // As sent: a percent-encoded "%40" stays one (apiUrl() would encode the '%').
    QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + u"/v1"_s + path));
    if (withToken)
        request.setRawHeader("Authorization", m_sandbox->authorization());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    reply->deleteLater();
    return answer;
}

QJsonArray TestSandboxMembers::users(const QString& project)
{
    const Answer answer = send("GET", u"/project/%1/users"_s.arg(project));
    return answer.status == 200 ? answer.json.value("users"_L1).toArray() : QJsonArray{};
}

QJsonArray TestSandboxMembers::invitations(const QString& project)
{
    const Answer answer = send("GET", u"/project/%1/users"_s.arg(project));
    return answer.status == 200 ? answer.json.value("invitations"_L1).toArray() : QJsonArray{};
}

QString TestSandboxMembers::roleOf(const QJsonArray& users, const QString& email)
{
    for (const QJsonValue& user : users) {
        if (user.toObject().value("user_email"_L1).toString() == email)
            return user.toObject().value("member_type"_L1).toString();
    }
    return {};
}

void TestSandboxMembers::checkError(const Answer& answer, int status, const QString& code)
{
    QCOMPARE(answer.status, status);
    const QJsonArray errors = answer.json.value("errors"_L1).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value("status"_L1).toInt(), status);
    QVERIFY(!answer.json.value("message"_L1).toString().isEmpty());
    if (!code.isEmpty())
        QCOMPARE(errors.first().toObject().value("error_code"_L1).toString(), code);
}

void TestSandboxMembers::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
}

void TestSandboxMembers::cleanup()
{
    m_sandbox.reset();
}

void TestSandboxMembers::listShape()
{
    const Answer answer = send("GET", u"/project/my-project/users"_s);
    QCOMPARE(answer.status, 200);
    // The document's required keys of ProjectUserListResponse and of each item.
    for (const auto key : {"users"_L1, "invitations"_L1, "group_users"_L1})
        QVERIFY2(answer.json.value(key).isArray(), key.data());
    const QJsonArray members = answer.json.value("users"_L1).toArray();
    QCOMPARE(members.size(), 4);
    for (const QJsonValue& value : members) {
        const QJsonObject user = value.toObject();
        QVERIFY(user.value("auth"_L1).isArray());
        QVERIFY(user.value("billing_contact"_L1).isBool());
        for (const auto key : {"create_time"_L1, "member_type"_L1, "team_id"_L1, "team_name"_L1,
                               "user_email"_L1, "user_id"_L1})
            QVERIFY2(user.value(key).isString(), key.data());
    }
    QCOMPARE(roleOf(members, SandboxServer::demoEmail()), u"admin"_s);
    QCOMPARE(roleOf(members, u"maria.virtanen@example.com"_s), u"developer"_s);
    QCOMPARE(roleOf(members, u"sam.okafor@example.com"_s), u"operator"_s);
    QCOMPARE(roleOf(members, u"lin.chen@example.com"_s), u"read_only"_s);
    const QJsonArray pending = answer.json.value("invitations"_L1).toArray();
    QCOMPARE(pending.size(), 1);
    const QJsonObject invitation = pending.first().toObject();
    QCOMPARE(invitation.value("invited_user_email"_L1).toString(), u"new.hire@example.com"_s);
    QCOMPARE(invitation.value("inviting_user_email"_L1).toString(), SandboxServer::demoEmail());
    QCOMPARE(invitation.value("member_type"_L1).toString(), u"developer"_s);
    QVERIFY(!invitation.value("invite_time"_L1).toString().isEmpty());
}

void TestSandboxMembers::projectWithoutStoredMembersListsTheCaller()
{
    const QJsonArray members = users(u"demo-project"_s);
    QCOMPARE(members.size(), 1);
    QCOMPARE(roleOf(members, SandboxServer::demoEmail()), u"developer"_s);
    QCOMPARE(members.first().toObject().value("real_name"_L1).toString(), u"Demo User"_s);
    QCOMPARE(invitations(u"demo-project"_s).size(), 0);
}

void TestSandboxMembers::invite()
{
    const Answer answer = send("POST", u"/project/my-project/invite"_s,
                               R"({"user_email":"ops@example.com","member_type":"operator"})");
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.json.value("message"_L1).toString().isEmpty());
    const QJsonArray pending = invitations(u"my-project"_s);
    QCOMPARE(pending.size(), 2);
    const QJsonObject added = pending.last().toObject();
    QCOMPARE(added.value("invited_user_email"_L1).toString(), u"ops@example.com"_s);
    QCOMPARE(added.value("member_type"_L1).toString(), u"operator"_s);
    QCOMPARE(added.value("inviting_user_email"_L1).toString(), SandboxServer::demoEmail());
    // An invitation is not a member yet.
    QCOMPARE(users(u"my-project"_s).size(), 4);
}

void TestSandboxMembers::inviteConflictsAndValidation()
{
    checkError(send("POST", u"/project/my-project/invite"_s,
                    R"({"user_email":"new.hire@example.com","member_type":"admin"})"),
               409);
    // Email addresses compare without case.
    checkError(send("POST", u"/project/my-project/invite"_s,
                    R"({"user_email":"Maria.Virtanen@example.com","member_type":"admin"})"),
               409);
    checkError(send("POST", u"/project/my-project/invite"_s,
                    R"({"user_email":"not-an-address","member_type":"admin"})"),
               400);
    checkError(send("POST", u"/project/my-project/invite"_s,
                    R"({"user_email":"x@example.com","member_type":"owner"})"),
               400);
    checkError(send("POST", u"/project/my-project/invite"_s, R"({"member_type":"admin"})"), 400);
    checkError(send("POST", u"/project/my-project/invite"_s,
                    R"({"user_email":"x@example.com","role":"admin"})"),
               400);
    checkError(send("POST", u"/project/my-project/invite"_s, "[1]"), 400);
    QCOMPARE(invitations(u"my-project"_s).size(), 1);
}

void TestSandboxMembers::onlyAdminsManageMembers_data()
{
    QTest::addColumn<QString>("project");
    QTest::newRow("developer") << u"demo-project"_s;
    QTest::newRow("read only") << u"trial-sandbox"_s;
    QTest::newRow("operator") << u"timescale-metrics"_s;
}

void TestSandboxMembers::onlyAdminsManageMembers()
{
    QFETCH(QString, project);
    // Reading is for every member.
    QCOMPARE(send("GET", u"/project/%1/users"_s.arg(project)).status, 200);
    checkError(send("POST", u"/project/%1/invite"_s.arg(project),
                    R"({"user_email":"x@example.com","member_type":"developer"})"),
               403, u"permission_denied"_s);
    checkError(send("PUT", u"/project/%1/user/someone@example.com"_s.arg(project),
                    R"({"member_type":"developer"})"),
               403, u"permission_denied"_s);
    checkError(send("DELETE", u"/project/%1/user/someone@example.com"_s.arg(project)), 403,
               u"permission_denied"_s);
    checkError(send("DELETE", u"/project/%1/invite/someone@example.com"_s.arg(project)), 403,
               u"permission_denied"_s);
}

void TestSandboxMembers::changeRole()
{
    const Answer answer = send("PUT", u"/project/my-project/user/maria.virtanen%40example.com"_s,
                               R"({"member_type":"operator"})");
    QCOMPARE(answer.status, 200);
    QCOMPARE(roleOf(users(u"my-project"_s), u"maria.virtanen@example.com"_s), u"operator"_s);
    checkError(send("PUT", u"/project/my-project/user/nobody@example.com"_s,
                    R"({"member_type":"operator"})"),
               404, u"project_has_no_such_user"_s);
    checkError(send("PUT", u"/project/my-project/user/lin.chen@example.com"_s,
                    R"({"member_type":"boss"})"),
               400);
    checkError(send("PUT", u"/project/my-project/user/lin.chen@example.com"_s, R"({})"), 400);
    QCOMPARE(roleOf(users(u"my-project"_s), u"lin.chen@example.com"_s), u"read_only"_s);
}

void TestSandboxMembers::removeMember()
{
    QCOMPARE(send("DELETE", u"/project/my-project/user/lin.chen@example.com"_s).status, 200);
    const QJsonArray after = users(u"my-project"_s);
    QCOMPARE(after.size(), 3);
    QVERIFY(roleOf(after, u"lin.chen@example.com"_s).isEmpty());
    checkError(send("DELETE", u"/project/my-project/user/lin.chen@example.com"_s), 404,
               u"project_has_no_such_user"_s);
}

void TestSandboxMembers::cancelInvitation()
{
    QCOMPARE(send("DELETE", u"/project/my-project/invite/new.hire@example.com"_s).status, 200);
    QCOMPARE(invitations(u"my-project"_s).size(), 0);
    checkError(send("DELETE", u"/project/my-project/invite/new.hire@example.com"_s), 404,
               u"invitation_not_found"_s);
}

void TestSandboxMembers::unknownProjectIs404()
{
    checkError(send("GET", u"/project/no-such-project/users"_s), 404, u"project_does_not_exist"_s);
    checkError(
        send("POST", u"/project/no-such-project/invite"_s, R"({"user_email":"x@example.com"})"),
        404, u"project_does_not_exist"_s);
    checkError(
        send("PUT", u"/project/no-such-project/user/x@example.com"_s, R"({"member_type":"admin"})"),
        404);
    checkError(send("DELETE", u"/project/no-such-project/user/x@example.com"_s), 404);
    checkError(send("DELETE", u"/project/no-such-project/invite/x@example.com"_s), 404);
    checkError(send("PATCH", u"/project/no-such-project/tags"_s, R"({"tags":{}})"), 404);
}

void TestSandboxMembers::changingOwnRoleChangesAccess()
{
    QCOMPARE(send("PUT", u"/project/analytics-eu/user/demo@example.com"_s,
                  R"({"member_type":"developer"})")
                 .status,
             200);
    const Answer list = send("GET", u"/project"_s);
    QCOMPARE(list.json.value("project_membership"_L1).toObject().value("analytics-eu"_L1),
             QJsonValue(u"developer"_s));
    QCOMPARE(roleOf(users(u"analytics-eu"_s), SandboxServer::demoEmail()), u"developer"_s);
    // No longer an admin: managing members is refused now.
    checkError(send("DELETE", u"/project/analytics-eu/user/aino.laine@example.com"_s), 403);
}

void TestSandboxMembers::leavingAProject()
{
    // Any member may leave, an admin or not.
    QCOMPARE(send("DELETE", u"/project/demo-project/user/demo@example.com"_s).status, 200);
    const Answer list = send("GET", u"/project"_s);
    QVERIFY(!list.json.value("project_membership"_L1).toObject().contains("demo-project"_L1));
    checkError(send("GET", u"/project/demo-project/users"_s), 404);
}

void TestSandboxMembers::patchTagsMerges()
{
    const Answer answer = send("PATCH", u"/project/my-project/tags"_s,
                               R"({"tags":{"owner":"ops","team":null,"env":"prod"}})");
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.json.value("message"_L1).toString().isEmpty());
    const QJsonObject tags = send("GET", u"/project/my-project"_s)
                                 .json.value("project"_L1)
                                 .toObject()
                                 .value("tags"_L1)
                                 .toObject();
    QCOMPARE(tags, (QJsonObject{{u"env"_s, u"prod"_s}, {u"owner"_s, u"ops"_s}}));
    // Removing a tag that is not there changes nothing and is no error.
    QCOMPARE(send("PATCH", u"/project/my-project/tags"_s, R"({"tags":{"absent":null}})").status,
             200);
    // An operator may; tags: null in the project reads as no tags.
    QCOMPARE(
        send("PATCH", u"/project/timescale-metrics/tags"_s, R"({"tags":{"env":"metrics"}})").status,
        200);
    QCOMPARE(send("GET", u"/project/timescale-metrics"_s)
                 .json.value("project"_L1)
                 .toObject()
                 .value("tags"_L1),
             QJsonValue(QJsonObject{{u"env"_s, u"metrics"_s}}));
}

void TestSandboxMembers::patchTagsRules()
{
    checkError(send("PATCH", u"/project/demo-project/tags"_s, R"({"tags":{"a":"b"}})"), 403,
               u"permission_denied"_s);
    checkError(send("PATCH", u"/project/trial-sandbox/tags"_s, R"({"tags":{"a":"b"}})"), 403);
    checkError(send("PATCH", u"/project/my-project/tags"_s, R"({"tags":{"1bad":"b"}})"), 400);
    checkError(send("PATCH", u"/project/my-project/tags"_s, R"({"tags":{"a":5}})"), 400);
    checkError(send("PATCH", u"/project/my-project/tags"_s, R"({"labels":{}})"), 400);
    checkError(send("PATCH", u"/project/my-project/tags"_s, R"({})"), 400);
    // Two tags there, nine more make eleven: refused as a whole.
    QByteArray nine = R"({"tags":{)";
    for (int i = 0; i < 9; ++i)
        nine += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) + "\":\"v\"";
    nine += "}}";
    checkError(send("PATCH", u"/project/my-project/tags"_s, nine), 400);
    QCOMPARE(send("GET", u"/project/my-project"_s)
                 .json.value("project"_L1)
                 .toObject()
                 .value("tags"_L1)
                 .toObject()
                 .size(),
             2);
}

void TestSandboxMembers::membersAndTagsSurviveRestart()
{
    QCOMPARE(send("POST", u"/project/finance-reports/invite"_s,
                  R"({"user_email":"cfo@example.com","member_type":"read_only"})")
                 .status,
             200);
    QCOMPARE(send("PATCH", u"/project/finance-reports/tags"_s, R"({"tags":{"env":null}})").status,
             200);
    QVERIFY(m_sandbox->restart());
    QCOMPARE(invitations(u"finance-reports"_s).size(), 1);
    QCOMPARE(send("GET", u"/project/finance-reports"_s)
                 .json.value("project"_L1)
                 .toObject()
                 .value("tags"_L1)
                 .toObject(),
             (QJsonObject{{u"billing:PO"_s, u"PO-2025-114"_s}}));
}

void TestSandboxMembers::renameKeepsMembers()
{
    QCOMPARE(send("PUT", u"/project/my-project"_s, R"({"project_name":"my-renamed"})").status, 200);
    QCOMPARE(users(u"my-renamed"_s).size(), 4);
    QCOMPARE(invitations(u"my-renamed"_s).size(), 1);
}

void TestSandboxMembers::needsTokenAndRightMethod()
{
    QCOMPARE(send("GET", u"/project/my-project/users"_s, {}, false).status, 401);
    QCOMPARE(send("PATCH", u"/project/my-project/tags"_s, R"({"tags":{}})", false).status, 401);
    const Answer wrong = send("GET", u"/project/my-project/invite"_s);
    checkError(wrong, 405);
    QCOMPARE(send("POST", u"/project/my-project/users"_s, R"({})").status, 405);
}

} // namespace

QTEST_GUILESS_MAIN(TestSandboxMembers)
#include "tst_sandboxmembers.moc"
