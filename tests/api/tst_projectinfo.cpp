// A project's services, event log and CA certificate: the sandbox's endpoints and
// AivenClient's calls over loopback, their typed results, and the errors (401, 403, 404,
// an answer of the wrong shape).

#include "SandboxFixture.h"
#include "TestSupport.h"
#include "api/AivenClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace fjord {

class TestProjectInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void servicesOfTheSeedProject();
    void servicesOfAProjectWithNone();
    void servicesErrors();
    void servicesFollowARenameAndARestart();
    void servicesGoWithTheProject();
    void serviceParsingIsTolerant();
    void serviceWithoutNameIsAnError();
    void eventsNewestFirst();
    void eventsLimit();
    void eventsErrors();
    void caCertificateParses();
    void caCertificateErrors();
    void unauthorized();

private:
    ApiCall* run(ApiCall* call);

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    AivenClient* m_client = nullptr; // m_sandbox's
};

void TestProjectInfo::init()
{
    m_sandbox = std::make_unique<test::SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->errorString()));
    m_client = &m_sandbox->client();
    m_client->setRetryPolicy({1, 0, 0});
}

void TestProjectInfo::cleanup()
{
    m_client = nullptr;
    m_sandbox.reset();
}

ApiCall* TestProjectInfo::run(ApiCall* call)
{
    call->setAutoDelete(false);
    call->setParent(this);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!call->isFinished())
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000); }();
    return call;
}

void TestProjectInfo::servicesOfTheSeedProject()
{
    ApiCall* call = run(m_client->listServices(u"my-project"_s));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().userMessage()));
    QCOMPARE(call->path(), u"/v1/project/my-project/service"_s);
    const auto services = call->value<QVector<Service>>();

    const QJsonArray seed = test::seededProjectInfo(u"my-project"_s, u"services"_s);
    QVERIFY(seed.size() >= 3);
    QCOMPARE(services.size(), seed.size());
    QStringList states;
    for (qsizetype i = 0; i < seed.size(); ++i) {
        const QJsonObject expected = seed.at(i).toObject();
        QCOMPARE(services.at(i).name, expected.value("service_name"_L1).toString());
        QCOMPARE(services.at(i).state, expected.value("state"_L1).toString());
        QCOMPARE(services.at(i).plan, expected.value("plan"_L1).toString());
        QCOMPARE(services.at(i).cloudName, expected.value("cloud_name"_L1).toString());
        QCOMPARE(services.at(i).nodeCount, expected.value("node_count"_L1).toInt());
        QCOMPARE(services.at(i).terminationProtection,
                 expected.value("termination_protection"_L1).toBool());
        states.append(services.at(i).state);
    }
    // The example project shows the states the issue names.
    for (const auto state : {"RUNNING"_L1, "POWEROFF"_L1, "REBUILDING"_L1})
        QVERIFY2(states.contains(state), qPrintable(states.join(u' ')));

    const auto pg = std::find_if(services.cbegin(), services.cend(),
                                 [](const Service& s) { return s.name == "pg-orders"_L1; });
    QVERIFY(pg != services.cend());
    QCOMPARE(pg->type, u"pg"_s);
    QCOMPARE(pg->nodeCount, 3);
    QVERIFY(pg->terminationProtection);
    QVERIFY(pg->isPoweredOn());
}

void TestProjectInfo::servicesOfAProjectWithNone()
{
    ApiCall* call = run(m_client->listServices(u"finance-reports"_s));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().userMessage()));
    QVERIFY(call->result().isValid());
    QVERIFY(call->value<QVector<Service>>().isEmpty());
}

void TestProjectInfo::servicesErrors()
{
    ApiCall* missing = run(m_client->listServices(u"no-such-project"_s));
    QCOMPARE(missing->httpStatus(), 404);
    QCOMPARE(missing->error().serverMessage(), u"Project does not exist"_s);
    QCOMPARE(missing->error().errorCode(), u"project_does_not_exist"_s);

    // A membership that grants no view of services (a permission about members only).
    m_sandbox->server().addProject({{u"project_name"_s, u"members-only"_s}},
                                   u"project:permissions:read"_s);
    ApiCall* denied = run(m_client->listServices(u"members-only"_s));
    QCOMPARE(denied->httpStatus(), 403);
    QVERIFY(!denied->isSuccess());
    QCOMPARE(denied->error().errorCode(), u"permission_denied"_s);
    QVERIFY(denied->error().serverMessage().contains("services"_L1));

    // Every project role may read them, read_only too.
    ApiCall* readOnly = run(m_client->listServices(u"trial-sandbox"_s));
    QVERIFY2(readOnly->isSuccess(), qPrintable(readOnly->error().userMessage()));

    // The name is one path segment, whatever it holds.
    ApiCall* odd = run(m_client->listServices(u"my-project/service"_s));
    QCOMPARE(odd->httpStatus(), 404);
    QCOMPARE(odd->path(), u"/v1/project/my-project%2Fservice/service"_s);
}

void TestProjectInfo::servicesFollowARenameAndARestart()
{
    const int before = test::seededProjectInfo(u"my-project"_s, u"services"_s).size();
    ProjectUpdate update;
    update.name = u"my-renamed"_s;
    ApiCall* rename = run(m_client->updateProject(u"my-project"_s, update));
    QVERIFY2(rename->isSuccess(), qPrintable(rename->error().userMessage()));

    QCOMPARE(run(m_client->listServices(u"my-project"_s))->httpStatus(), 404);
    ApiCall* renamed = run(m_client->listServices(u"my-renamed"_s));
    QCOMPARE(renamed->value<QVector<Service>>().size(), before);

    QVERIFY(m_sandbox->restart());
    m_sandbox->configure(*m_client);
    ApiCall* again = run(m_client->listServices(u"my-renamed"_s));
    QCOMPARE(again->value<QVector<Service>>().size(), before);
    ApiCall* events = run(m_client->listProjectEvents(u"my-renamed"_s));
    QCOMPARE(events->value<QVector<ProjectEvent>>().size(),
             test::seededProjectInfo(u"my-project"_s, u"events"_s).size());
}

void TestProjectInfo::servicesGoWithTheProject()
{
    ApiCall* remove = run(m_client->deleteProject(u"my-project"_s));
    QVERIFY2(remove->isSuccess(), qPrintable(remove->error().userMessage()));
    // A new project of the same name starts with nothing.
    ProjectCreateRequest request;
    request.name = u"my-project"_s;
    QVERIFY(run(m_client->createProject(request))->isSuccess());
    ApiCall* call = run(m_client->listServices(u"my-project"_s));
    QVERIFY(call->isSuccess());
    QVERIFY(call->value<QVector<Service>>().isEmpty());
    QVERIFY(run(m_client->listProjectEvents(u"my-project"_s))
                ->value<QVector<ProjectEvent>>()
                .isEmpty());
}

void TestProjectInfo::serviceParsingIsTolerant()
{
    SandboxServer::Fault fault;
    fault.body = R"({"services":[{"service_name":"a","node_count":"2","termination_protection":
        "true","state":"RUNNING","plan":null},{"service_name":"b","node_count":-1,"extra":1}]})";
    m_sandbox->server().setFault(u"GET"_s, u"/v1/project/my-project/service"_s, fault);
    ApiCall* call = run(m_client->listServices(u"my-project"_s));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().userMessage()));
    const auto services = call->value<QVector<Service>>();
    QCOMPARE(services.size(), 2);
    QCOMPARE(services.at(0).nodeCount, 2);
    QVERIFY(services.at(0).terminationProtection);
    QCOMPARE(services.at(0).plan, QString());
    QCOMPARE(services.at(1).nodeCount, -1);
    QCOMPARE(services.at(1).state, QString());
    QVERIFY(services.at(1).isPoweredOn()); // unknown state: assume it may block a rename
}

void TestProjectInfo::serviceWithoutNameIsAnError()
{
    SandboxServer::Fault fault;
    fault.body = R"({"services":[{"service_name":"a"},{"state":"RUNNING"}]})";
    m_sandbox->server().setFault(u"GET"_s, u"/v1/project/my-project/service"_s, fault);
    ApiCall* call = run(m_client->listServices(u"my-project"_s));
    QCOMPARE(call->error().kind(), ApiError::Kind::InvalidResponse);
    QVERIFY2(call->error().technicalMessage().contains("services[1]"_L1),
             qPrintable(call->error().technicalMessage()));

    fault.body = R"({"message":"no list"})";
    m_sandbox->server().setFault(u"GET"_s, u"/v1/project/my-project/service"_s, fault);
    call = run(m_client->listServices(u"my-project"_s));
    QCOMPARE(call->error().kind(), ApiError::Kind::InvalidResponse);
}

void TestProjectInfo::eventsNewestFirst()
{
    ApiCall* call = run(m_client->listProjectEvents(u"my-project"_s));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().userMessage()));
    QCOMPARE(call->path(), u"/v1/project/my-project/events"_s);
    const auto events = call->value<QVector<ProjectEvent>>();
    const QJsonArray seed = test::seededProjectInfo(u"my-project"_s, u"events"_s);
    QCOMPARE(events.size(), seed.size());
    QSet<QString> seedIds;
    for (const QJsonValue& e : seed)
        seedIds.insert(e.toObject().value("id"_L1).toString());
    for (qsizetype i = 0; i < events.size(); ++i) {
        QVERIFY(seedIds.contains(events.at(i).id));
        QVERIFY2(events.at(i).time.isValid(), qPrintable(events.at(i).timeText));
        QCOMPARE(events.at(i).time.timeSpec(), Qt::UTC);
        QVERIFY(!events.at(i).actor.isEmpty());
        QVERIFY(!events.at(i).type.isEmpty());
        QVERIFY(!events.at(i).description.isEmpty());
        if (i > 0)
            QVERIFY(events.at(i - 1).time >= events.at(i).time);
    }
}

void TestProjectInfo::eventsLimit()
{
    // avn sends ?limit=N; the sandbox keeps the newest N.
    QUrl url = m_sandbox->apiUrl(u"/project/my-project/events"_s);
    url.setQuery(u"limit=3"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_sandbox->authorization());
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
    const QJsonArray events =
        QJsonDocument::fromJson(reply->readAll()).object().value("events"_L1).toArray();
    reply->deleteLater();
    QCOMPARE(events.size(), 3);
    QString newest;
    for (const QJsonValue& e : test::seededProjectInfo(u"my-project"_s, u"events"_s))
        newest = qMax(newest, e.toObject().value("time"_L1).toString());
    QCOMPARE(events.first().toObject().value("time"_L1).toString(), newest);
}

void TestProjectInfo::eventsErrors()
{
    QCOMPARE(run(m_client->listProjectEvents(u"no-such-project"_s))->httpStatus(), 404);
    // read_only views services, not the event log.
    ApiCall* readOnly = run(m_client->listProjectEvents(u"trial-sandbox"_s));
    QCOMPARE(readOnly->httpStatus(), 403);
    QVERIFY(readOnly->error().userMessage().size() > 0);
    // The permission alone grants it.
    m_sandbox->server().addProject({{u"project_name"_s, u"auditors"_s}},
                                   u"project:event_logs:read"_s);
    ApiCall* audit = run(m_client->listProjectEvents(u"auditors"_s));
    QVERIFY2(audit->isSuccess(), qPrintable(audit->error().userMessage()));
    QVERIFY(audit->value<QVector<ProjectEvent>>().isEmpty());
    // ... but not the services.
    QCOMPARE(run(m_client->listServices(u"auditors"_s))->httpStatus(), 403);
}

void TestProjectInfo::caCertificateParses()
{
    ApiCall* call = run(m_client->getProjectCaCertificate(u"my-project"_s));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().userMessage()));
    QCOMPARE(call->path(), u"/v1/project/my-project/kms/ca"_s);
    const QString pem = call->value<CaCertificate>().pem;
    QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----"_L1));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem.toLatin1());
    QCOMPARE(certificates.size(), 1);
    const QSslCertificate& certificate = certificates.first();
    QVERIFY(!certificate.isNull());
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{u"Fjord Sandbox Project CA"_s});
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
             QStringList{u"Fjord Sandbox Project CA"_s});
    // `openssl x509 -noout -fingerprint -sha256` of resources/sandbox/project-ca.pem.
    QCOMPARE(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper(),
             QByteArray("0C:C3:60:1F:10:D2:DD:AD:C3:EB:1B:DF:02:02:F2:A5:31:85:75:14:81:20:DC:"
                        "45:1B:60:A7:7B:B8:BE:D3:AC"));
    QVERIFY(certificate.effectiveDate() < certificate.expiryDate());
}

void TestProjectInfo::caCertificateErrors()
{
    QCOMPARE(run(m_client->getProjectCaCertificate(u"no-such-project"_s))->httpStatus(), 404);
    m_sandbox->server().addProject({{u"project_name"_s, u"members-only"_s}},
                                   u"project:permissions:read"_s);
    QCOMPARE(run(m_client->getProjectCaCertificate(u"members-only"_s))->httpStatus(), 403);

    SandboxServer::Fault fault;
    fault.body = R"({"certificate":""})";
    m_sandbox->server().setFault(u"GET"_s, u"/v1/project/my-project/kms/ca"_s, fault);
    QCOMPARE(run(m_client->getProjectCaCertificate(u"my-project"_s))->error().kind(),
             ApiError::Kind::InvalidResponse);
}

void TestProjectInfo::unauthorized()
{
    m_client->setToken(u"wrong"_s);
    QCOMPARE(run(m_client->listServices(u"my-project"_s))->httpStatus(), 401);
    QCOMPARE(run(m_client->listProjectEvents(u"my-project"_s))->httpStatus(), 401);
    QCOMPARE(run(m_client->getProjectCaCertificate(u"my-project"_s))->httpStatus(), 401);
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestProjectInfo)
#include "tst_projectinfo.moc"
