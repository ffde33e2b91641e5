// SignInAttempt on its own against the sandbox over loopback: a token checked with GET /v1/me,
// password with and without the one-time code, wrong credentials and insecure URLs, a login
// token that turns out useless revoked again, and the local sandbox through a launcher the
// test drives (waiting for it, completing from the event loop, an unknown user, a failure,
// a cancel, no launcher at all).

#include "FakeSandboxLauncher.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "api/AivenClient.h"
#include "auth/ProfileNetworkAccessManager.h"
#include "auth/SignInAttempt.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fjord {

class TestSignInAttempt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tokenIsCheckedWithMe();
    void emptyOrWrongToken();
    void insecureUrlRefused();
    void passwordWithOtp();
    void wrongPassword();
    void uselessLoginTokenIsRevoked();
    void sandboxWaitsForTheLauncher();
    void sandboxAgainCompletesFromTheEventLoop();
    void sandboxWithUnknownUserIsAskedWhoItIs();
    void sandboxThatFailsToStart();
    void sandboxReadyAfterCancelIsIgnored();
    void sandboxWithoutLauncher();

private:
    static Profile draftFor(const test::SandboxFixture& sandbox);
    // True when the attempt ended in success (and exactly once).
    bool waitForEnd();
    SignInFailure failure() const { return m_failed->first().first().value<SignInFailure>(); }
    Profile succeededProfile() const { return m_succeeded->last().at(0).value<Profile>(); }
    QString succeededToken() const { return m_succeeded->last().at(1).toString(); }
    UserInfo succeededUser() const { return m_succeeded->last().at(2).value<UserInfo>(); }

    std::unique_ptr<ProfileNetworkAccessManager> m_network;
    std::unique_ptr<AivenClient> m_sessionClient;
    std::unique_ptr<test::FakeSandboxLauncher> m_launcher;
    std::unique_ptr<SignInAttempt> m_attempt;
    std::unique_ptr<QSignalSpy> m_succeeded;
    std::unique_ptr<QSignalSpy> m_failed;
};

void TestSignInAttempt::init()
{
    m_network = std::make_unique<ProfileNetworkAccessManager>();
    m_sessionClient = std::make_unique<AivenClient>(m_network.get());
    m_sessionClient->setTimeoutMs(10000);
    m_launcher = std::make_unique<test::FakeSandboxLauncher>();
    m_attempt =
        std::make_unique<SignInAttempt>(m_sessionClient.get(), m_network.get(), m_launcher.get());
    m_succeeded = std::make_unique<QSignalSpy>(m_attempt.get(), &SignInAttempt::succeeded);
    m_failed = std::make_unique<QSignalSpy>(m_attempt.get(), &SignInAttempt::failed);
}

void TestSignInAttempt::cleanup()
{
    m_failed.reset();
    m_succeeded.reset();
    m_attempt.reset();
    m_launcher.reset();
    m_sessionClient.reset();
    m_network.reset();
}

Profile TestSignInAttempt::draftFor(const test::SandboxFixture& sandbox)
{
    Profile draft;
    draft.apiUrl = sandbox.baseUrl();
    return draft;
}

bool TestSignInAttempt::waitForEnd()
{
    const int before = m_succeeded->count() + m_failed->count();
    if (!QTest::qWaitFor([&] { return m_succeeded->count() + m_failed->count() > before; }, 15000))
        return false;
    return m_failed->isEmpty() && m_succeeded->count() == before + 1;
}

void TestSignInAttempt::tokenIsCheckedWithMe()
{
    test::SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    Profile draft = draftFor(sandbox);
    draft.name = u"Loopback"_s;
    m_attempt->tryToken(draft, u"  "_s + sandbox.token() + u"\n"_s);
    QVERIFY(m_attempt->isRunning());
    QVERIFY(waitForEnd());
    QVERIFY(!m_attempt->isRunning());
    QCOMPARE(succeededToken(), sandbox.token()); // as pasted, without the blanks
    QCOMPARE(succeededProfile().apiUrl, sandbox.baseUrl());
    QCOMPARE(succeededProfile().name, u"Loopback"_s);
    QCOMPARE(succeededUser().email, SandboxServer::demoEmail());
    bool askedWho = false;
    for (const auto& request : sandbox.server().recordedRequests())
        askedWho = askedWho || (request.method == u"GET"_s && request.path == u"/v1/me"_s);
    QVERIFY(askedWho);
    // The session's client is not the one that asked.
    QVERIFY(!m_sessionClient->hasToken());
}

void TestSignInAttempt::emptyOrWrongToken()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    m_attempt->tryToken(draftFor(sandbox), u"   "_s);
    QCOMPARE(m_failed->count(), 1); // nothing to send
    QCOMPARE(failure().reason, SignInFailure::Reason::WrongCredentials);

    m_failed->clear();
    m_attempt->tryToken(draftFor(sandbox), u"not-the-token"_s);
    QVERIFY(!waitForEnd());
    QCOMPARE(failure().reason, SignInFailure::Reason::WrongCredentials);
    QVERIFY(failure().error.httpStatus() == 401 || failure().error.httpStatus() == 403);
    QVERIFY(!failure().message.contains(u"not-the-token"_s));
    QCOMPARE(m_succeeded->count(), 0);
    QVERIFY(!m_attempt->isRunning());
}

void TestSignInAttempt::insecureUrlRefused()
{
    Profile draft;
    draft.apiUrl = QUrl(u"http://api.aiven.io"_s);
    m_attempt->tryToken(draft, u"some-token"_s);
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().reason, SignInFailure::Reason::InvalidUrl);
    QVERIFY(!m_attempt->isRunning());
}

void TestSignInAttempt::passwordWithOtp()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    m_attempt->tryPassword(draftFor(sandbox), SandboxServer::otpEmail(),
                           SandboxServer::demoPassword());
    QVERIFY(!waitForEnd());
    QCOMPARE(failure().reason, SignInFailure::Reason::OtpRequired);

    m_failed->clear();
    m_attempt->tryPassword(draftFor(sandbox), SandboxServer::otpEmail(),
                           SandboxServer::demoPassword(), u"000000"_s);
    QVERIFY(!waitForEnd());
    QCOMPARE(failure().reason, SignInFailure::Reason::WrongCredentials);

    m_failed->clear();
    m_attempt->tryPassword(draftFor(sandbox), SandboxServer::otpEmail(),
                           SandboxServer::demoPassword(), SandboxServer::demoOtp());
    QVERIFY(waitForEnd());
    QCOMPARE(succeededUser().email, SandboxServer::otpEmail());
    QCOMPARE(succeededProfile().origin, TokenOrigin::Login);
    QVERIFY(!succeededToken().isEmpty());
}

void TestSignInAttempt::wrongPassword()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    m_attempt->tryPassword(draftFor(sandbox), SandboxServer::demoEmail(), u"wrong-password"_s);
    QVERIFY(!waitForEnd());
    QCOMPARE(failure().reason, SignInFailure::Reason::WrongCredentials);
    QVERIFY(!failure().message.contains(u"wrong-password"_s));
    QVERIFY(!failure().error.details().contains(u"wrong-password"_s));
}

void TestSignInAttempt::uselessLoginTokenIsRevoked()
{
    // The login works, but the new token cannot read who it belongs to: the attempt fails
    // and does not leave the token behind on the server.
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    SandboxServer::Fault forbidden;
    forbidden.status = 403;
    sandbox.server().setFault(u"GET"_s, u"/v1/me"_s, forbidden);
    m_attempt->tryPassword(draftFor(sandbox), SandboxServer::demoEmail(),
                           SandboxServer::demoPassword());
    QVERIFY(!waitForEnd());
    QCOMPARE(failure().reason, SignInFailure::Reason::WrongCredentials);
    const auto logoutSeen = [&sandbox] {
        for (const auto& request : sandbox.server().recordedRequests()) {
            if (request.method == u"POST"_s && request.path == u"/v1/me/logout"_s)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(logoutSeen(), 10000);
}

void TestSignInAttempt::sandboxWaitsForTheLauncher()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    m_attempt->trySandbox();
    QCOMPARE(m_launcher->starts, 1);
    QVERIFY(m_attempt->isRunning());
    QCoreApplication::processEvents();
    QCOMPARE(m_succeeded->count() + m_failed->count(), 0); // nothing until the sandbox runs

    // The launcher knows the token's user: the sandbox is not asked who it is, and the
    // attempt completes from the event loop, as a network answer would.
    sandbox.server().clearRecordedRequests();
    m_launcher->becomeReady(sandbox.baseUrl(), sandbox.token(), u"launcher@example.com"_s);
    QCOMPARE(m_succeeded->count(), 0);
    QVERIFY(waitForEnd());
    QVERIFY(succeededProfile().isSandbox());
    QCOMPARE(succeededProfile().apiUrl, sandbox.baseUrl());
    QCOMPARE(succeededToken(), sandbox.token());
    QCOMPARE(succeededUser().email, u"launcher@example.com"_s);
    QVERIFY(sandbox.server().recordedRequests().isEmpty());
    QVERIFY(!m_attempt->isRunning());
}

void TestSignInAttempt::sandboxAgainCompletesFromTheEventLoop()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    m_launcher->becomeReady(sandbox.baseUrl(), sandbox.token(), SandboxServer::demoEmail());
    QCOMPARE(m_succeeded->count(), 0); // nobody asked yet: a ready sandbox signs nobody in

    // The launcher reports a running sandbox at once, inside start(); the attempt still
    // completes from the event loop, never inside the call, and a cancel in between drops
    // that completion: the next attempt's is the only one.
    m_attempt->trySandbox();
    QCOMPARE(m_launcher->starts, 1);
    QCOMPARE(m_succeeded->count(), 0);
    QVERIFY(m_attempt->isRunning());
    m_attempt->cancel();
    QVERIFY(!m_attempt->isRunning());
    m_attempt->trySandbox();
    QVERIFY(waitForEnd());
    QCOMPARE(m_launcher->starts, 2);
    QCOMPARE(m_succeeded->count(), 1);
    QVERIFY(succeededProfile().isSandbox());
}

void TestSignInAttempt::sandboxWithUnknownUserIsAskedWhoItIs()
{
    // A sandbox shared with another Fjord may accept a token the launcher cannot name the
    // user of: the attempt checks it as a pasted token (GET /v1/me).
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    m_attempt->trySandbox();
    m_launcher->becomeReady(sandbox.baseUrl(), u"not-the-token"_s, {});
    QVERIFY(!waitForEnd());
    QCOMPARE(failure().reason, SignInFailure::Reason::WrongCredentials);

    m_failed->clear();
    sandbox.server().clearRecordedRequests();
    m_launcher->token = sandbox.token();
    m_attempt->trySandbox();
    QVERIFY(waitForEnd());
    QVERIFY(succeededProfile().isSandbox());
    QCOMPARE(succeededUser().email, SandboxServer::demoEmail());
    bool askedWho = false;
    for (const auto& request : sandbox.server().recordedRequests())
        askedWho = askedWho || (request.method == u"GET"_s && request.path == u"/v1/me"_s);
    QVERIFY(askedWho);
}

void TestSignInAttempt::sandboxThatFailsToStart()
{
    // A failure nobody waits for says nothing.
    m_launcher->fail(u"port 1 is taken"_s);
    QCOMPARE(m_failed->count(), 0);

    m_attempt->trySandbox();
    m_launcher->fail(u"port 1 is taken"_s);
    QCOMPARE(m_failed->count(), 1);
    QCOMPARE(failure().reason, SignInFailure::Reason::Sandbox);
    QVERIFY2(failure().message.contains(u"port 1 is taken"_s), qPrintable(failure().message));
    QVERIFY(!m_attempt->isRunning());
    QCOMPARE(m_succeeded->count(), 0);
}

void TestSignInAttempt::sandboxReadyAfterCancelIsIgnored()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    m_attempt->trySandbox();
    m_attempt->cancel();
    m_launcher->becomeReady(sandbox.baseUrl(), sandbox.token(), SandboxServer::demoEmail());
    QVERIFY(!m_attempt->isRunning()); // the ready sandbox started nothing

    // Another sign-in replaces the one that waits for the sandbox.
    m_launcher->running = false;
    m_attempt->trySandbox();
    m_attempt->tryToken(draftFor(sandbox), sandbox.token());
    m_launcher->becomeReady(sandbox.baseUrl(), sandbox.token(), SandboxServer::demoEmail());
    QVERIFY(waitForEnd());
    QVERIFY(!succeededProfile().isSandbox());
    QCOMPARE(m_succeeded->count(), 1);
}

void TestSignInAttempt::sandboxWithoutLauncher()
{
    SignInAttempt attempt(m_sessionClient.get(), m_network.get(), nullptr);
    QSignalSpy failed(&attempt, &SignInAttempt::failed);
    attempt.trySandbox();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<SignInFailure>().reason, SignInFailure::Reason::Sandbox);
    QVERIFY(!attempt.isRunning());
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestSignInAttempt)
#include "tst_signinattempt.moc"
