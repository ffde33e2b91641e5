// AivenClient against the sandbox over real loopback sockets: every endpoint, the error
// mapping, retry and no-retry rules, timeout, cancel, faults, the Authorization header
// exactly where it belongs (also across redirects), and the response size cap.

#include "SandboxServer.h"
#include "api/AivenClient.h"
#include "api/JsonCodec.h"
#include "util/Version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

constexpr int kWaitMs = 15000;

// A minimal HTTP/1.1 server for what the sandbox does not do: redirects and endless bodies.
class FakeHttpServer final : public QTcpServer
{
public:
    using Handler = std::function<void(const QByteArray& head, QTcpSocket* socket)>;

    explicit FakeHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray& buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer.left(end);
                    buffer.clear();
                    m_heads.append(head);
                    m_handler(head, socket);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    QList<QByteArray> heads() const { return m_heads; }

    static QByteArray header(const QByteArray& head, const QByteArray& name)
    {
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray& line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

private:
    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QByteArray> m_heads;
};

} // namespace

class TestAivenClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaults();
    void listProjects();
    void getProjectAndPercentEncoding();
    void createProject();
    void updateProjectSendsOnlyTheDiff();
    void deleteProject();
    void listCloudsWithoutAuthorization();
    void pickers();
    void loginAndLogout();
    void unauthorized();
    void unauthorizedToAReplacedToken();
    void noTokenNoHeader();
    void retryGetOn503();
    void neverRetryWrites_data();
    void neverRetryWrites();
    void rateLimitRetryAfter();
    void timeout();
    void abandon();
    void abandonAll();
    void droppedConnection();
    void truncatedBody();
    void malformedBody();
    void connectionRefused();
    void sizeCapContentLength();
    void sizeCapStreaming();
    void sizeCapFollowsTheKindOfAnswer();
    void longAnswerReadAsItArrives_data();
    void longAnswerReadAsItArrives();
    void redirectToOtherOriginDropsAuthorization();
    void redirectSameOriginKeepsAuthorization();
    void requestLogHasNoToken();
    void echoedTokenIsRedacted();

private:
    // Waits for the call and checks finished() fired exactly once.
    ApiCall* run(ApiCall* call);
    QList<SandboxServer::RecordedRequest> requests(const QString& path) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AivenClient> m_client;
    QList<QPointer<ApiCall>> m_calls;
};

void TestAivenClient::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setRecordingRequests(true);
    QString warning;
    QVERIFY(m_sandbox->setDataFile(QString(), &warning));
    QString error;
    QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AivenClient>(m_network.get());
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setToken(SandboxServer::defaultToken());
    m_client->setTimeoutMs(10000);
    m_client->setRetryPolicy({4, 10, 40});
}

void TestAivenClient::cleanup()
{
    for (const QPointer<ApiCall>& call : std::as_const(m_calls))
        delete call.data();
    m_calls.clear();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

// True when nothing of the call can still fire: no network reply running, no timer active.
static bool isQuiet(const ApiCall* call)
{
    const auto replies = call->findChildren<QNetworkReply*>();
    for (const QNetworkReply* reply : replies) {
        if (reply->isRunning())
            return false;
    }
    const auto timers = call->findChildren<QTimer*>();
    for (const QTimer* timer : timers) {
        if (timer->isActive())
            return false;
    }
    return true;
}

ApiCall* TestAivenClient::run(ApiCall* call)
{
    call->setAutoDelete(false);
    m_calls.append(call);
    QSignalSpy spy(call, &ApiCall::finished);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), kWaitMs); }();
    if (spy.count() != 1)
        qWarning("finished() fired %d times", int(spy.count()));
    [&] { QCOMPARE(spy.count(), 1); }();
    // Nothing is left that could make it report again.
    if (!isQuiet(call))
        qWarning("a finished call still has a reply or timer running");
    [&] { QVERIFY(isQuiet(call)); }();
    return call;
}

QList<SandboxServer::RecordedRequest> TestAivenClient::requests(const QString& path) const
{
    QList<SandboxServer::RecordedRequest> out;
    const QList<SandboxServer::RecordedRequest> all = m_sandbox->recordedRequests();
    for (const SandboxServer::RecordedRequest& r : all) {
        if (r.path == path)
            out.append(r);
    }
    return out;
}

void TestAivenClient::defaults()
{
    QNetworkAccessManager network;
    AivenClient client(&network);
    QCOMPARE(client.baseUrl(), QUrl(u"https://api.aiven.io"_s));
    QCOMPARE(AivenClient::userAgent(), u"fjord/"_s + versionString());
    QCOMPARE(client.timeoutMs(), 30000);
    QCOMPARE(client.maxResponseBytes(), 64LL * 1024 * 1024);
    QVERIFY(!client.hasToken());
    client.setBaseUrl(QUrl(u"https://example.test/v1/"_s));
    QCOMPARE(client.baseUrl(), QUrl(u"https://example.test"_s));
}

void TestAivenClient::listProjects()
{
    ApiCall* call = run(m_client->listProjects());
    QVERIFY2(call->isSuccess(), qPrintable(call->error().details()));
    QCOMPARE(call->method(), u"GET"_s);
    QCOMPARE(call->path(), u"/v1/project"_s);
    QCOMPARE(call->httpStatus(), 200);
    QCOMPARE(call->attempts(), 1);
    const ProjectRecords list = call->value<ProjectRecords>();
    QCOMPARE(list.records.size(), m_sandbox->projectCount());
    QVERIFY(list.records.size() >= 4);
    const auto mine =
        std::find_if(list.records.cbegin(), list.records.cend(),
                     [](const ProjectRecord& r) { return r.summary.name == u"my-project"_s; });
    QVERIFY(mine != list.records.cend());
    QCOMPARE(mine->role, u"admin"_s);
    QVERIFY(mine->memberships.contains(u"admin"_s));
    QVERIFY(call->json().contains(u"projects"_s));
    // Each record's text is its project's object, as Qt's parser reads the whole answer, and
    // the project read from it is the one the full parse of the answer gives.
    const QJsonArray projects = call->json().value(u"projects"_s).toArray();
    const std::optional<ProjectList> full = json::parseProjectList(call->json());
    QVERIFY(full);
    QCOMPARE(projects.size(), list.records.size());
    AnswerText::Reader reader(list.text);
    for (qsizetype i = 0; i < list.records.size(); ++i) {
        const ProjectRecord& record = list.records.at(i);
        const QJsonDocument text =
            QJsonDocument::fromJson(reader.read(record.offset, record.length).toByteArray());
        QCOMPARE(text.object(), projects.at(i).toObject());
        QVERIFY(list.project(i) == full->projects.at(i));
        QCOMPARE(record.summary.name, full->projects.at(i).name);
    }

    const QList<SandboxServer::RecordedRequest> recorded = requests(u"/v1/project"_s);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().authorization, QByteArray("aivenv1 fjord-sandbox-token"));
    QCOMPARE(recorded.first().userAgent, (u"fjord/"_s + versionString()).toUtf8());
}

void TestAivenClient::getProjectAndPercentEncoding()
{
    ApiCall* call = run(m_client->getProject(u"demo-project"_s));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().details()));
    QCOMPARE(call->value<Project>().name, u"demo-project"_s);

    ApiCall* missing = run(m_client->getProject(u"no such/../project"_s));
    QCOMPARE(missing->error().kind(), ApiError::Kind::Http);
    QCOMPARE(missing->error().httpStatus(), 404);
    QCOMPARE(missing->error().userMessage(),
             u"The project does not exist. It may have been deleted or renamed."_s);
    QCOMPARE(missing->attempts(), 1); // 404 is not retried
    QCOMPARE(missing->path(), u"/v1/project/no%20such%2F..%2Fproject"_s);
    QCOMPARE(requests(u"/v1/project/no%20such%2F..%2Fproject"_s).size(), 1);
}

void TestAivenClient::createProject()
{
    ProjectCreateRequest request;
    request.name = u"new-project"_s;
    request.cloud = u"google-europe-west3"_s;
    request.techEmails = QStringList{u"ops@example.com"_s};
    ApiCall* call = run(m_client->createProject(request));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().details()));
    const Project created = call->value<Project>();
    QCOMPARE(created.name, u"new-project"_s);
    QCOMPARE(created.defaultCloud, u"google-europe-west3"_s);
    QCOMPARE(created.techEmails, QStringList{u"ops@example.com"_s});
    const QList<SandboxServer::RecordedRequest> posts = requests(u"/v1/project"_s);
    QCOMPARE(posts.last().method, u"POST"_s);
    QCOMPARE(QJsonDocument::fromJson(posts.last().body).object(), json::toJson(request));

    ApiCall* again = run(m_client->createProject(request));
    QCOMPARE(again->error().httpStatus(), 409);
    QCOMPARE(again->error().errorCode(), u"project_already_exists"_s);
    QCOMPARE(again->error().userMessage(),
             u"This project name is taken. Project names are unique across all Aiven customers: "
             u"try another one."_s);

    request.name = u"Bad_Name!"_s;
    ApiCall* invalid = run(m_client->createProject(request));
    QCOMPARE(invalid->error().httpStatus(), 400);
    QVERIFY(invalid->error().userMessage().startsWith(u"The server rejected the request"_s));
}

void TestAivenClient::updateProjectSendsOnlyTheDiff()
{
    ApiCall* get = run(m_client->getProject(u"my-project"_s));
    QVERIFY(get->isSuccess());
    const Project before = get->value<Project>();
    Project after = before;
    after.defaultCloud = u"do-tor"_s;
    after.tags.insert(u"env"_s, u"test"_s);
    const ProjectUpdate update = ProjectUpdate::between(before, after);
    const QJsonObject diff = json::toJson(update);
    QCOMPARE(diff.keys(), (QStringList{u"cloud"_s, u"tags"_s}));

    ApiCall* put = run(m_client->updateProject(u"my-project"_s, update));
    QVERIFY2(put->isSuccess(), qPrintable(put->error().details()));
    QCOMPARE(put->value<Project>().defaultCloud, u"do-tor"_s);
    QCOMPARE(put->value<Project>().tags.value(u"env"_s), u"test"_s);
    const QList<SandboxServer::RecordedRequest> recorded = requests(u"/v1/project/my-project"_s);
    QCOMPARE(recorded.last().method, u"PUT"_s);
    QCOMPARE(QJsonDocument::fromJson(recorded.last().body).object(), diff);
}

void TestAivenClient::deleteProject()
{
    ApiCall* balance = run(m_client->deleteProject(u"analytics-eu"_s));
    QCOMPARE(balance->error().httpStatus(), 403);
    QVERIFY2(balance->error().userMessage().contains(u"open balance"_s),
             qPrintable(balance->error().userMessage()));

    ProjectCreateRequest request;
    request.name = u"short-lived"_s;
    QVERIFY(run(m_client->createProject(request))->isSuccess());
    ApiCall* ok = run(m_client->deleteProject(u"short-lived"_s));
    QVERIFY2(ok->isSuccess(), qPrintable(ok->error().details()));
    QCOMPARE(ok->method(), u"DELETE"_s);
    QCOMPARE(ok->httpStatus(), 200);
    QVERIFY(ok->json().isEmpty()); // an empty DELETE body is no error
    ApiCall* gone = run(m_client->getProject(u"short-lived"_s));
    QCOMPARE(gone->error().httpStatus(), 404);
}

void TestAivenClient::listCloudsWithoutAuthorization()
{
    ApiCall* call = run(m_client->listClouds());
    QVERIFY2(call->isSuccess(), qPrintable(call->error().details()));
    const QVector<Cloud> clouds = call->value<QVector<Cloud>>();
    QCOMPARE(clouds.size(), 129);
    QVERIFY(!clouds.first().provider.isEmpty());
    const QList<SandboxServer::RecordedRequest> recorded = requests(u"/v1/clouds"_s);
    QCOMPARE(recorded.size(), 1);
    QVERIFY(recorded.first().authorization.isEmpty()); // even though a token is set

    ApiCall* projectClouds = run(m_client->listProjectClouds(u"my-project"_s));
    QVERIFY2(projectClouds->isSuccess(), qPrintable(projectClouds->error().details()));
    QVERIFY(!projectClouds->value<QVector<Cloud>>().isEmpty());
    QCOMPARE(requests(u"/v1/project/my-project/clouds"_s).first().authorization,
             QByteArray("aivenv1 fjord-sandbox-token"));
}

void TestAivenClient::pickers()
{
    ApiCall* groups = run(m_client->listBillingGroups());
    QVERIFY2(groups->isSuccess(), qPrintable(groups->error().details()));
    QCOMPARE(groups->value<QVector<BillingGroup>>().size(), 2);
    ApiCall* accounts = run(m_client->listAccounts());
    QVERIFY2(accounts->isSuccess(), qPrintable(accounts->error().details()));
    QCOMPARE(accounts->value<QVector<Account>>().size(), 1);
    ApiCall* me = run(m_client->getMe());
    QVERIFY2(me->isSuccess(), qPrintable(me->error().details()));
    QCOMPARE(me->value<UserInfo>().email, SandboxServer::demoEmail());
    for (const char* path : {"/v1/billing-group", "/v1/account", "/v1/me"})
        QCOMPARE(requests(QLatin1String(path)).first().authorization,
                 QByteArray("aivenv1 fjord-sandbox-token"));
}

void TestAivenClient::loginAndLogout()
{
    m_client->setToken({});
    ApiCall* login =
        run(m_client->login(SandboxServer::demoEmail(), SandboxServer::demoPassword()));
    QVERIFY2(login->isSuccess(), qPrintable(login->error().details()));
    const LoginResult result = login->value<LoginResult>();
    QVERIFY(!result.token.isEmpty());
    QCOMPARE(result.userEmail, SandboxServer::demoEmail());
    QVERIFY(requests(u"/v1/userauth"_s).first().authorization.isEmpty());

    m_client->setToken(u"stale-token"_s);
    ApiCall* otp = run(m_client->login(SandboxServer::otpEmail(), SandboxServer::demoPassword()));
    QCOMPARE(otp->error().httpStatus(), 510);
    QVERIFY(requests(u"/v1/userauth"_s).last().authorization.isEmpty()); // never on login
    ApiCall* otpOk = run(m_client->login(SandboxServer::otpEmail(), SandboxServer::demoPassword(),
                                         SandboxServer::demoOtp()));
    QVERIFY2(otpOk->isSuccess(), qPrintable(otpOk->error().details()));

    ApiCall* wrong = run(m_client->login(SandboxServer::demoEmail(), u"nope"_s));
    QVERIFY(wrong->error().isError());
    QVERIFY(!wrong->error().details().contains(u"nope"_s));

    m_client->setToken(result.token);
    ApiCall* logout = run(m_client->logout());
    QVERIFY2(logout->isSuccess(), qPrintable(logout->error().details()));
    QCOMPARE(requests(u"/v1/me/logout"_s).first().authorization,
             "aivenv1 " + result.token.toUtf8());
    // MeLogout takes no request body in the OpenAPI document.
    QVERIFY(requests(u"/v1/me/logout"_s).first().body.isEmpty());
    ApiCall* after = run(m_client->getMe());
    QCOMPARE(after->error().httpStatus(), 401);
}

void TestAivenClient::unauthorized()
{
    m_client->setToken(u"wrong-token"_s);
    QSignalSpy spy(m_client.get(), &AivenClient::unauthorized);
    ApiCall* call = run(m_client->listProjects());
    QCOMPARE(call->error().httpStatus(), 401);
    QCOMPARE(call->attempts(), 1);
    QVERIFY(call->error().userMessage().contains(u"Sign in again"_s));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<ApiCall*>(), call);

    // A 401 from an unauthenticated call (login) is not a session problem.
    m_sandbox->setFault(u"POST"_s, u"/v1/userauth"_s, {0, 401});
    run(m_client->login(u"a@example.com"_s, u"x"_s));
    QCOMPARE(spy.count(), 1);
}

void TestAivenClient::unauthorizedToAReplacedToken()
{
    // Sent with a revoked token, answered after the user signed in again with a new one: the
    // 401 is about the old token, so the call goes again with the new one and succeeds, and
    // nobody is asked to sign in once more.
    m_client->setToken(u"revoked-token"_s);
    SandboxServer::Fault late;
    late.delayMs = 300;
    late.times = 1;
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, late);
    QSignalSpy spy(m_client.get(), &AivenClient::unauthorized);
    ApiCall* call = m_client->listProjects();
    call->setAutoDelete(false);
    m_calls.append(call);
    QTRY_COMPARE_WITH_TIMEOUT(requests(u"/v1/project"_s).size(), 1, 5000);
    m_client->setToken(SandboxServer::defaultToken());
    QVERIFY(QTest::qWaitFor([call] { return call->isFinished(); }, 10000));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().details()));
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(spy.count(), 0);
    const auto sent = requests(u"/v1/project"_s);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).authorization, "aivenv1 revoked-token");
    QCOMPARE(sent.at(1).authorization, "aivenv1 " + SandboxServer::defaultToken().toUtf8());

    // Signed out meanwhile (no token now): the late 401 fails the call and asks nothing.
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, late);
    m_client->setToken(u"revoked-token"_s);
    ApiCall* orphan = m_client->listProjects();
    orphan->setAutoDelete(false);
    m_calls.append(orphan);
    QTRY_COMPARE_WITH_TIMEOUT(requests(u"/v1/project"_s).size(), 3, 5000);
    m_client->setToken({});
    QVERIFY(QTest::qWaitFor([orphan] { return orphan->isFinished(); }, 10000));
    QCOMPARE(orphan->error().httpStatus(), 401);
    QCOMPARE(spy.count(), 0);

    // The same 401 to the token still in use does ask.
    m_client->setToken(u"revoked-token"_s);
    run(m_client->listProjects());
    QCOMPARE(spy.count(), 1);
}

void TestAivenClient::noTokenNoHeader()
{
    m_client->setToken({});
    QVERIFY(!m_client->hasToken());
    ApiCall* call = run(m_client->listProjects());
    QCOMPARE(call->error().httpStatus(), 401);
    QVERIFY(requests(u"/v1/project"_s).first().authorization.isEmpty());
}

void TestAivenClient::retryGetOn503()
{
    SandboxServer::Fault fault;
    fault.status = 503;
    fault.times = 2;
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, fault);
    QSignalSpy logged(m_client.get(), &AivenClient::requestLogged);
    ApiCall* call = run(m_client->listProjects());
    QVERIFY2(call->isSuccess(), qPrintable(call->error().details()));
    QCOMPARE(call->attempts(), 3);
    QCOMPARE(requests(u"/v1/project"_s).size(), 3);
    QCOMPARE(logged.count(), 3);
    QCOMPARE(logged.at(0).first().value<RequestLogEntry>().httpStatus, 503);
    QCOMPARE(logged.at(2).first().value<RequestLogEntry>().attempt, 3);
    QCOMPARE(logged.at(2).first().value<RequestLogEntry>().httpStatus, 200);

    // Always failing: gives up after maxAttempts with the last error.
    fault.times = -1;
    fault.status = 502;
    m_sandbox->setFault(u"GET"_s, u"/v1/clouds"_s, fault);
    ApiCall* failing = run(m_client->listClouds());
    QCOMPARE(failing->attempts(), 4);
    QCOMPARE(failing->error().httpStatus(), 502);
    QVERIFY(failing->error().isTransient());
}

void TestAivenClient::neverRetryWrites_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("status");
    QTest::newRow("POST 503") << u"POST"_s << 503;
    QTest::newRow("PUT 503") << u"PUT"_s << 503;
    QTest::newRow("DELETE 503") << u"DELETE"_s << 503;
    QTest::newRow("POST 429") << u"POST"_s << 429;
    QTest::newRow("PUT 502") << u"PUT"_s << 502;
}

void TestAivenClient::neverRetryWrites()
{
    QFETCH(QString, method);
    QFETCH(int, status);
    SandboxServer::Fault fault;
    fault.status = status;
    m_sandbox->setFault(method, u"/v1/project*"_s, fault);
    ApiCall* call = nullptr;
    if (method == u"POST"_s) {
        ProjectCreateRequest request;
        request.name = u"retry-me"_s;
        call = run(m_client->createProject(request));
    } else if (method == u"PUT"_s) {
        ProjectUpdate update;
        update.city = u"Oslo"_s;
        call = run(m_client->updateProject(u"demo-project"_s, update));
    } else {
        call = run(m_client->deleteProject(u"demo-project"_s));
    }
    QCOMPARE(call->error().httpStatus(), status);
    QCOMPARE(call->attempts(), 1);
    int seen = 0;
    for (const SandboxServer::RecordedRequest& r : m_sandbox->recordedRequests())
        seen += r.method == method;
    QCOMPARE(seen, 1);
}

void TestAivenClient::rateLimitRetryAfter()
{
    SandboxServer::Fault fault;
    fault.status = 429;
    fault.retryAfterSeconds = 1;
    fault.times = 1;
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, fault);
    m_client->setRetryPolicy({3, 10, 50}); // caps the 1 s Retry-After to keep the test fast
    ApiCall* call = run(m_client->listProjects());
    QVERIFY2(call->isSuccess(), qPrintable(call->error().details()));
    QCOMPARE(call->attempts(), 2);

    // Without retries the hint reaches the caller: the header (2) wins over the text.
    fault.retryAfterSeconds = 2;
    fault.times = -1;
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, fault);
    m_client->setRetryPolicy({1, 10, 50});
    ApiCall* limited = run(m_client->listProjects());
    QCOMPARE(limited->error().httpStatus(), 429);
    QCOMPARE(limited->error().retryAfterSeconds(), 2);
    QVERIFY(limited->error().userMessage().contains(u"2 seconds"_s));

    // A body-only hint ("try again in 28s", no header) is read from the text.
    m_sandbox->clearFaults();
    SandboxServer::Fault textOnly;
    textOnly.status = 429;
    textOnly.body =
        R"({"errors":[{"message":"Rate limit 120 exceeded - try again in 28s","status":429}],"message":"Rate limit 120 exceeded - try again in 28s"})";
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, textOnly);
    ApiCall* text = run(m_client->listProjects());
    QCOMPARE(text->error().retryAfterSeconds(), 28);
}

void TestAivenClient::timeout()
{
    SandboxServer::Fault fault;
    fault.delayMs = 3000;
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, fault);
    m_client->setTimeoutMs(200);
    ApiCall* call = run(m_client->listProjects());
    QCOMPARE(call->error().kind(), ApiError::Kind::Timeout);
    QCOMPARE(call->attempts(), 1); // a timeout is reported, not multiplied by retries
    QVERIFY(!call->error().userMessage().isEmpty());
}

void TestAivenClient::abandon()
{
    SandboxServer::Fault fault;
    fault.delayMs = 2000;
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, fault);
    ApiCall* call = m_client->listProjects();
    call->setAutoDelete(false);
    m_calls.append(call);
    QSignalSpy spy(call, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(requests(u"/v1/project"_s).size(), 1, kWaitMs);
    call->abandon();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(call->error().kind(), ApiError::Kind::Canceled);
    call->abandon();
    QCOMPARE(spy.count(), 1);
    QVERIFY(isQuiet(call)); // its reply aborted: the delayed answer cannot reach it

    // Abandoned at once, and with auto-delete: finished once, deleted afterwards. (The request
    // itself may be on its way already: calls go out as they are made.)
    QPointer<ApiCall> early = m_client->getMe();
    QSignalSpy earlySpy(early.data(), &ApiCall::finished);
    early->abandon();
    QCOMPARE(earlySpy.count(), 1);
    QCOMPARE(early->error().kind(), ApiError::Kind::Canceled);
    QTRY_VERIFY_WITH_TIMEOUT(early.isNull(), kWaitMs);
    QVERIFY(requests(u"/v1/me"_s).size() <= 1);

    // Without a network manager a call fails, but only once the caller could connect to it.
    AivenClient offline(nullptr);
    ApiCall* failing = offline.listProjects();
    failing->setAutoDelete(false);
    m_calls.append(failing);
    QSignalSpy failed(failing, &ApiCall::finished);
    QCOMPARE(failed.count(), 0);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failing->error().kind(), ApiError::Kind::Network);
}

void TestAivenClient::abandonAll()
{
    SandboxServer::Fault fault;
    fault.delayMs = 2000;
    m_sandbox->setFault(u"*"_s, u"/v1/*"_s, fault);
    QList<ApiCall*> calls = {m_client->listProjects(), m_client->listClouds(),
                             m_client->getProject(u"my-project"_s)};
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (ApiCall* call : calls) {
        call->setAutoDelete(false);
        m_calls.append(call);
        spies.append(std::make_shared<QSignalSpy>(call, &ApiCall::finished));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->recordedRequests().size(), 3, kWaitMs);
    m_client->abandonAll();
    for (int i = 0; i < calls.size(); ++i) {
        QCOMPARE(spies.at(i)->count(), 1);
        QCOMPARE(calls.at(i)->error().kind(), ApiError::Kind::Canceled);
    }
    for (const ApiCall* call : std::as_const(calls))
        QVERIFY(isQuiet(call)); // their replies aborted: the delayed answers cannot reach them

    // Destroying the client also answers every open call once.
    ApiCall* pending = m_client->listAccounts();
    pending->setAutoDelete(false);
    m_calls.append(pending);
    QSignalSpy pendingSpy(pending, &ApiCall::finished);
    m_client.reset();
    QCOMPARE(pendingSpy.count(), 1);
    QCOMPARE(pending->error().kind(), ApiError::Kind::Canceled);
}

void TestAivenClient::droppedConnection()
{
    SandboxServer::Fault fault;
    fault.dropConnection = true;
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, fault);
    ApiCall* call = run(m_client->listProjects());
    QCOMPARE(call->error().kind(), ApiError::Kind::Network);
    QCOMPARE(call->attempts(), 4);
    QVERIFY(!call->error().userMessage().isEmpty());

    m_sandbox->setFault(u"POST"_s, u"/v1/project"_s, fault);
    ProjectCreateRequest request;
    request.name = u"dropped"_s;
    ApiCall* post = run(m_client->createProject(request));
    QCOMPARE(post->error().kind(), ApiError::Kind::Network);
    QCOMPARE(post->attempts(), 1);
}

void TestAivenClient::truncatedBody()
{
    SandboxServer::Fault fault;
    fault.truncateBody = true;
    fault.times = 1;
    m_sandbox->setFault(u"GET"_s, u"/v1/clouds"_s, fault);
    ApiCall* recovered = run(m_client->listClouds());
    QVERIFY2(recovered->isSuccess(), qPrintable(recovered->error().details()));
    QCOMPARE(recovered->attempts(), 2);

    fault.times = -1;
    m_sandbox->setFault(u"GET"_s, u"/v1/clouds"_s, fault);
    m_client->setRetryPolicy({2, 10, 20});
    ApiCall* failed = run(m_client->listClouds());
    QVERIFY(failed->error().isError());
    QCOMPARE(failed->attempts(), 2);
}

void TestAivenClient::malformedBody()
{
    SandboxServer::Fault fault;
    fault.malformedBody = true;
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, fault);
    ApiCall* call = run(m_client->listProjects());
    QCOMPARE(call->error().kind(), ApiError::Kind::InvalidResponse);
    QCOMPARE(call->attempts(), 1);

    // Valid JSON of the wrong shape is just as invalid.
    SandboxServer::Fault shape;
    shape.status = 200;
    shape.body = R"({"projects": [{"project_name": 42}]})";
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, shape);
    ApiCall* wrong = run(m_client->listProjects());
    QCOMPARE(wrong->error().kind(), ApiError::Kind::InvalidResponse);
    QVERIFY(wrong->error().details().contains(u"project_name"_s));
    shape.body = "[1,2,3]";
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, shape);
    QCOMPARE(run(m_client->listProjects())->error().kind(), ApiError::Kind::InvalidResponse);
}

void TestAivenClient::connectionRefused()
{
    const quint16 port = m_sandbox->port();
    m_sandbox->stop();
    m_client->setRetryPolicy({2, 10, 20});
    ApiCall* call = run(m_client->listProjects());
    QCOMPARE(call->error().kind(), ApiError::Kind::Network);
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(
        call->error().userMessage(),
        u"Could not connect to 127.0.0.1:%1. Check your network connection and the API URL."_s.arg(
            port));
}

void TestAivenClient::sizeCapContentLength()
{
    m_client->setMaxResponseBytes(1000);
    ApiCall* call = run(m_client->listClouds());
    QCOMPARE(call->error().kind(), ApiError::Kind::TooLarge);
    QCOMPARE(call->attempts(), 1);
    m_client->setMaxResponseBytes(10 * 1024 * 1024);
    QVERIFY(run(m_client->listClouds())->isSuccess());
}

void TestAivenClient::sizeCapStreaming()
{
    // No Content-Length: the body just keeps coming until the client hangs up.
    qint64 written = 0;
    FakeHttpServer server([&written](const QByteArray&, QTcpSocket* socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\n\r\n{\"clouds\": [");
        auto* timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, &written] {
            if (socket->state() != QAbstractSocket::ConnectedState || written > 256 * 1024 * 1024)
                return;
            const QByteArray chunk(64 * 1024, ' ');
            written += socket->write(chunk);
        });
        timer->start(1);
    });
    QVERIFY(server.isListening());
    m_client->setBaseUrl(server.url());
    m_client->setMaxResponseBytes(256 * 1024);
    ApiCall* call = run(m_client->listClouds());
    QCOMPARE(call->error().kind(), ApiError::Kind::TooLarge);
    QVERIFY(written < 256LL * 1024 * 1024); // the client stopped reading long before

    // A Content-Length over the cap is refused before the body arrives.
    FakeHttpServer liar([](const QByteArray&, QTcpSocket* socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 999999999\r\n\r\n{");
    });
    m_client->setBaseUrl(liar.url());
    ApiCall* lying = run(m_client->listClouds());
    QCOMPARE(lying->error().kind(), ApiError::Kind::TooLarge);
}

void TestAivenClient::sizeCapFollowsTheKindOfAnswer()
{
    // The project list grows with the organization: it is not held to the ordinary cap.
    m_client->setMaxResponseBytes(1000);
    QVERIFY(run(m_client->listClouds())->error().kind() == ApiError::Kind::TooLarge);
    ApiCall* list = run(m_client->listProjects());
    QVERIFY2(list->isSuccess(), qPrintable(list->error().details()));
    QVERIFY(list->value<ProjectRecords>().records.size() >= 1);

    // An error page never needs much, whatever the call: 5 MiB of it is refused.
    m_client->setMaxResponseBytes(64 * 1024 * 1024);
    SandboxServer::Fault errorPage;
    errorPage.status = 502;
    errorPage.body = "<html>" + QByteArray(5 * 1024 * 1024, 'x') + "</html>";
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, errorPage);
    m_client->setRetryPolicy({1, 10, 20});
    ApiCall* refused = run(m_client->listProjects());
    QCOMPARE(refused->error().kind(), ApiError::Kind::TooLarge);
    // A small one is reported as what it is.
    errorPage.body = "<html>Bad gateway</html>";
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, errorPage);
    ApiCall* small = run(m_client->listProjects());
    QCOMPARE(small->error().kind(), ApiError::Kind::Http);
    QCOMPARE(small->httpStatus(), 502);
}

void TestAivenClient::longAnswerReadAsItArrives_data()
{
    QTest::addColumn<bool>("withLength");
    QTest::newRow("Content-Length") << true;
    QTest::newRow("until the connection closes") << false;
}

void TestAivenClient::longAnswerReadAsItArrives()
{
    // Many times what Qt may hold before the client reads (1 MiB), and past the size whose
    // buffer is asked for huge pages, written in uneven pieces: every byte must arrive.
    QFETCH(bool, withLength);
    constexpr int kProjects = 40000;
    QByteArray body = "{\"projects\": [";
    for (int i = 0; i < kProjects; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"project_name\": \"p" + QByteArray::number(i) +
                "\", \"default_cloud\": \"aws-eu-west-1\", \"tags\": {\"n\": \"" +
                QByteArray::number(i) + "\"}, \"padding\": \"" + QByteArray(200, 'x') + "\"}";
    }
    body += "]}";
    QVERIFY(body.size() > 8 * 1024 * 1024);
    FakeHttpServer server([&body, withLength](const QByteArray&, QTcpSocket* socket) {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        head += withLength ? "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                           : QByteArray("Connection: close\r\n\r\n");
        socket->write(head);
        auto* timer = new QTimer(socket);
        auto written = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, &body, written, withLength] {
            if (*written >= body.size())
                return;
            const qsizetype piece =
                std::min<qsizetype>(body.size() - *written, 700 * 1024 + (*written % 4093));
            socket->write(body.constData() + *written, piece);
            *written += piece;
            if (*written >= body.size() && !withLength)
                socket->disconnectFromHost();
        });
        timer->start(0);
    });
    QVERIFY(server.isListening());
    m_client->setBaseUrl(server.url());
    ApiCall* call = run(m_client->listProjects());
    QVERIFY2(call->isSuccess(), qPrintable(call->error().details()));
    const ProjectRecords records = call->value<ProjectRecords>();
    QCOMPARE(records.records.size(), kProjects);
    QCOMPARE(records.text.whole().trimmed(), body);
    // Read as it arrived (json::ProjectListStream), the records are those of the whole body.
    const std::optional<ProjectRecords> whole = json::tryReadProjectRecords(body);
    QVERIFY(whole);
    AnswerText::Reader gotText(records.text);
    AnswerText::Reader expectedText(whole->text);
    for (qsizetype i = 0; i < kProjects; ++i) {
        const ProjectRecord& got = records.records.at(i);
        const ProjectRecord& expected = whole->records.at(i);
        QCOMPARE(gotText.read(got.offset, got.length),
                 expectedText.read(expected.offset, expected.length));
        QVERIFY(got.summary == expected.summary);
    }
    for (int i : {0, 1, kProjects / 2, kProjects - 1}) {
        const Project project = records.project(i);
        QCOMPARE(project.name, u"p%1"_s.arg(i));
        QCOMPARE(project.tags.value(u"n"_s), QString::number(i));
    }
}

void TestAivenClient::redirectToOtherOriginDropsAuthorization()
{
    const QUrl target = m_sandbox->baseUrl(); // same host, another port: another origin
    FakeHttpServer redirector([target](const QByteArray& head, QTcpSocket* socket) {
        const QByteArray path = head.split(' ').value(1);
        socket->write("HTTP/1.1 302 Found\r\nLocation: " + target.toEncoded() + path +
                      "\r\nContent-Length: 0\r\n\r\n");
    });
    QVERIFY(redirector.isListening());
    m_client->setBaseUrl(redirector.url());
    ApiCall* call = run(m_client->listProjects());
    // The sandbox got the request without the token, so it answers 401.
    QCOMPARE(redirector.heads().size(), 1);
    QCOMPARE(FakeHttpServer::header(redirector.heads().first(), "Authorization"),
             QByteArray("aivenv1 fjord-sandbox-token"));
    const QList<SandboxServer::RecordedRequest> recorded = requests(u"/v1/project"_s);
    QCOMPARE(recorded.size(), 1);
    QVERIFY(recorded.first().authorization.isEmpty());
    QCOMPARE(call->error().httpStatus(), 401);

    // A redirect to "localhost" is another host name, hence another origin, too.
    QUrl localhost = target;
    localhost.setHost(u"localhost"_s);
    FakeHttpServer toLocalhost([localhost](const QByteArray& head, QTcpSocket* socket) {
        const QByteArray path = head.split(' ').value(1);
        socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + localhost.toEncoded() +
                      path + "\r\nContent-Length: 0\r\n\r\n");
    });
    m_client->setBaseUrl(toLocalhost.url());
    m_sandbox->clearRecordedRequests();
    run(m_client->listProjects());
    for (const SandboxServer::RecordedRequest& r : m_sandbox->recordedRequests())
        QVERIFY(r.authorization.isEmpty());
}

void TestAivenClient::redirectSameOriginKeepsAuthorization()
{
    FakeHttpServer* self = nullptr;
    FakeHttpServer server([&self](const QByteArray& head, QTcpSocket* socket) {
        const QByteArray path = head.split(' ').value(1);
        if (path == "/v1/project")
            socket->write("HTTP/1.1 301 Moved\r\nLocation: /v1/project-moved\r\n"
                          "Content-Length: 0\r\n\r\n");
        else
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 15\r\n\r\n{\"projects\":[]}");
        Q_UNUSED(self);
    });
    self = &server;
    m_client->setBaseUrl(server.url());
    ApiCall* call = run(m_client->listProjects());
    QVERIFY2(call->isSuccess(), qPrintable(call->error().details()));
    QCOMPARE(server.heads().size(), 2);
    QCOMPARE(FakeHttpServer::header(server.heads().at(1), "Authorization"),
             QByteArray("aivenv1 fjord-sandbox-token"));

    // A redirect loop ends with an error, not forever.
    FakeHttpServer loop([](const QByteArray&, QTcpSocket* socket) {
        socket->write("HTTP/1.1 302 Found\r\nLocation: /v1/project\r\nContent-Length: 0\r\n\r\n");
    });
    m_client->setBaseUrl(loop.url());
    ApiCall* looping = run(m_client->listProjects());
    QCOMPARE(looping->error().httpStatus(), 302);
    QVERIFY(loop.heads().size() <= 7);
}

void TestAivenClient::requestLogHasNoToken()
{
    QSignalSpy logged(m_client.get(), &AivenClient::requestLogged);
    m_client->setToken(u"sekrit-token-value"_s);
    run(m_client->listProjects());
    run(m_client->login(u"a@example.com"_s, u"sekrit-password"_s));
    QCOMPARE(logged.count(), 2);
    for (const QList<QVariant>& args : std::as_const(logged)) {
        const RequestLogEntry entry = args.first().value<RequestLogEntry>();
        const QString all = entry.method + entry.path + entry.error;
        QVERIFY(!all.contains(u"sekrit"_s));
        QVERIFY(entry.started.isValid());
        QCOMPARE(entry.attempt, 1);
    }
    QCOMPARE(logged.first().first().value<RequestLogEntry>().httpStatus, 401);
}

void TestAivenClient::echoedTokenIsRedacted()
{
    // A server (or a proxy in front of it) that echoes the token bare, and the password of
    // a sign-in: neither reaches the error the user sees, its details or the request log.
    const QString token = u"echoed-Tok3n-5e1f"_s;
    const QString password = u"echoed-passw0rd"_s;
    m_client->setToken(token);
    SandboxServer::Fault echo;
    echo.status = 400;
    echo.body = R"({"message":"Invalid token )" + token.toUtf8() + R"(","errors":[{"message":")" +
                token.toUtf8() + R"("}]})";
    m_sandbox->setFault(u"GET"_s, u"/v1/project"_s, echo);
    echo.body = "password " + password.toUtf8() + " is wrong";
    m_sandbox->setFault(u"POST"_s, u"/v1/userauth"_s, echo);
    QSignalSpy logged(m_client.get(), &AivenClient::requestLogged);

    const ApiCall* list = run(m_client->listProjects());
    const ApiCall* login = run(m_client->login(SandboxServer::demoEmail(), password));
    QCOMPARE(logged.count(), 2);
    for (const ApiCall* call : {list, login}) {
        QCOMPARE(call->httpStatus(), 400);
        const QString shown = call->error().userMessage() + call->error().details();
        QVERIFY2(shown.contains(u"[redacted]"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(token) && !shown.contains(password), qPrintable(shown));
    }
    for (const QList<QVariant>& args : std::as_const(logged)) {
        const QString error = args.first().value<RequestLogEntry>().error;
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(token) && !error.contains(password), qPrintable(error));
    }
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestAivenClient)
#include "tst_aivenclient.moc"
