// The session against the sandbox over loopback: what a token or password sign-in makes of
// the session (saved profile, token storage, client), the local sandbox through a launcher
// the test drives, a 401 mid-session asking to sign in again, profile switching, sign-out
// revoking only Fjord's own tokens, startup rules, and the no-leak check (debug logging,
// error texts, clipboard). The attempts themselves are tst_signinattempt's.

#include "FakeSandboxLauncher.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "SessionFixture.h"
#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "auth/CredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/SessionController.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// Waits for `call` to finish and hands it over (it no longer deletes itself).
std::unique_ptr<ApiCall> finished(ApiCall* call, int timeoutMs = 15000)
{
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owned(call);
    if (!call->isFinished())
        QSignalSpy(call, &ApiCall::finished).wait(timeoutMs);
    return owned;
}

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    Q_UNUSED(type);
}

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tokenSignIn();
    void unsavedProfileIsReported();
    void wrongToken();
    void passwordSignIn();
    void sandboxSignInWaitsForTheLauncher();
    void sandboxDataProblemIsPassedOn();
    void unauthorizedMidSessionAsksToSignInAgain();
    void cancelledReauthenticationKeepsTheSession();
    void switchingAbandonsOldCalls();
    void storedProfileOpensWithItsToken();
    void signOutRevokesOnlyLoginTokens();
    void startupRules();
    void noTokenLeaks();

private:
    Profile draftFor(const test::SandboxFixture& sandbox) const;
    bool waitForSignIn(QSignalSpy& succeeded, QSignalSpy& failed);

    SessionController* session() { return &m_fixture->session(); }

    std::unique_ptr<test::FakeSandboxLauncher> m_launcher;
    std::unique_ptr<test::SessionFixture> m_fixture; // after the launcher: it goes first
};

void TestSession::init()
{
    m_launcher = std::make_unique<test::FakeSandboxLauncher>();
    m_fixture = std::make_unique<test::SessionFixture>(m_launcher.get());
    m_fixture->client().setTimeoutMs(10000);
}

void TestSession::cleanup()
{
    m_fixture.reset();
    m_launcher.reset();
}

Profile TestSession::draftFor(const test::SandboxFixture& sandbox) const
{
    Profile draft;
    draft.apiUrl = sandbox.baseUrl();
    return draft;
}

bool TestSession::waitForSignIn(QSignalSpy& succeeded, QSignalSpy& failed)
{
    if (!QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, 15000))
        return false;
    return succeeded.count() == 1 && failed.isEmpty();
}

void TestSession::tokenSignIn()
{
    test::SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    QSignalSpy succeeded(session(), &SessionController::signInSucceeded);
    QSignalSpy failed(session(), &SessionController::signInFailed);
    QSignalSpy storage(session(), &SessionController::tokenStorageProblem);
    session()->signInWithToken(draftFor(sandbox), sandbox.token());
    QVERIFY(waitForSignIn(succeeded, failed));

    const Profile profile = session()->currentProfile();
    QCOMPARE(profile.origin, TokenOrigin::Pasted);
    QCOMPARE(profile.userEmail, SandboxServer::demoEmail());
    QCOMPARE(profile.apiUrl, sandbox.baseUrl());
    QVERIFY(session()->isSignedIn());
    QCOMPARE(m_fixture->client().baseUrl(), sandbox.baseUrl());
    QVERIFY(m_fixture->client().hasToken());
    QVERIFY(session()->windowTitle().startsWith(u"Fjord"_s));
    QVERIFY(session()->windowTitle().contains(SandboxServer::demoEmail()));
    QVERIFY(session()->windowTitle().contains(sandbox.baseUrl().toString()));
    QVERIFY(session()->statusText().contains(SandboxServer::demoEmail()));
    // Saved as a profile, without its token; the keychain's absence was reported.
    QCOMPARE(m_fixture->profiles().profile(profile.id), profile);
    QCOMPARE(m_fixture->profiles().currentId(), profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(storage.count(), 1, 5000);
    m_fixture->settings().sync();
    QFile ini(m_fixture->settings().fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(sandbox.token().toUtf8()));
    QVERIFY(!QFile::exists(m_fixture->credentials().plainFilePath()));

    // The explicit choice after the warning writes the 0600 file.
    QVERIFY(session()->keepTokenInPlainFile());
    QVERIFY(QFile::exists(m_fixture->credentials().plainFilePath()));
    QCOMPARE(m_fixture->profiles().profile(profile.id).storage, TokenStorage::PlainFile);
}

void TestSession::unsavedProfileIsReported()
{
    // A settings file that cannot be written: its folder is a regular file (a real fault that
    // holds even for root, unlike a read-only folder).
    QFile blocker(m_fixture->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_fixture->rebuildSession(m_launcher.get(), m_fixture->filePath(u"blocker/fjord.ini"_s));

    test::SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    QSignalSpy succeeded(session(), &SessionController::signInSucceeded);
    QSignalSpy failed(session(), &SessionController::signInFailed);
    QSignalSpy unsaved(session(), &SessionController::profileStorageProblem);
    session()->signInWithToken(draftFor(sandbox), sandbox.token());
    QVERIFY(waitForSignIn(succeeded, failed));
    // Signed in for this session, and told that the profile was not kept.
    QVERIFY(session()->isSignedIn());
    QCOMPARE(unsaved.count(), 1);
    QVERIFY(unsaved.constFirst().constFirst().toString().contains(u"fjord.ini"_s));
    QVERIFY(!QFile::exists(m_fixture->filePath(u"blocker/fjord.ini"_s)));

    // The same store on a writable file reports nothing.
    QSettings good(m_fixture->filePath(u"good.ini"_s), QSettings::IniFormat);
    ProfileStore store(&good);
    QString problem;
    QVERIFY(store.save(session()->currentProfile(), &problem));
    QVERIFY(problem.isEmpty());
    QVERIFY(!m_fixture->profiles().save(session()->currentProfile(), &problem));
    QVERIFY(problem.contains(u"fjord.ini"_s));
}

void TestSession::wrongToken()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    QSignalSpy succeeded(session(), &SessionController::signInSucceeded);
    QSignalSpy failed(session(), &SessionController::signInFailed);
    session()->signInWithToken(draftFor(sandbox), u"not-the-token"_s);
    QVERIFY(!waitForSignIn(succeeded, failed));
    QCOMPARE(failed.first().first().value<SignInFailure>().reason,
             SignInFailure::Reason::WrongCredentials);
    QVERIFY(!session()->isSignedIn());
    QVERIFY(m_fixture->profiles().isEmpty());
    QVERIFY(!m_fixture->client().hasToken());
}

void TestSession::passwordSignIn()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    QSignalSpy succeeded(session(), &SessionController::signInSucceeded);
    QSignalSpy failed(session(), &SessionController::signInFailed);
    session()->signInWithPassword(draftFor(sandbox), SandboxServer::demoEmail(),
                                  SandboxServer::demoPassword());
    QVERIFY(waitForSignIn(succeeded, failed));
    QCOMPARE(session()->currentProfile().origin, TokenOrigin::Login);
    QCOMPARE(session()->currentUser().email, SandboxServer::demoEmail());
    // The login token works for reads.
    const auto read = finished(m_fixture->client().listProjects());
    QVERIFY2(read->isSuccess(), qPrintable(read->error().userMessage()));
}

void TestSession::sandboxSignInWaitsForTheLauncher()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    QSignalSpy succeeded(session(), &SessionController::signInSucceeded);
    QSignalSpy failed(session(), &SessionController::signInFailed);
    session()->signInToSandbox();
    QCOMPARE(m_launcher->starts, 1);
    QVERIFY(session()->isSigningIn());
    QCoreApplication::processEvents();
    QCOMPARE(succeeded.count() + failed.count(), 0); // nothing until the sandbox runs

    // The launcher knows the token's user: the session does not ask the sandbox who it is,
    // and completes from the event loop, as a network answer would.
    sandbox.server().clearRecordedRequests();
    m_launcher->becomeReady(sandbox.baseUrl(), sandbox.token(), u"launcher@example.com"_s);
    QCOMPARE(succeeded.count(), 0);
    QVERIFY(waitForSignIn(succeeded, failed));
    const Profile profile = session()->currentProfile();
    QVERIFY(profile.isSandbox());
    QCOMPARE(profile.apiUrl, sandbox.baseUrl());
    QCOMPARE(profile.userEmail, u"launcher@example.com"_s);
    QCOMPARE(session()->currentUser().email, u"launcher@example.com"_s);
    QCOMPARE(m_fixture->client().baseUrl(), sandbox.baseUrl());
    QVERIFY(m_fixture->client().hasToken());
    QCOMPARE(m_fixture->profiles().currentId(), Profile::sandboxId());
    QVERIFY(m_fixture->profiles().isEmpty()); // the sandbox is built in, not a saved profile
    QVERIFY(sandbox.server().recordedRequests().isEmpty());
    QVERIFY(!session()->isSigningIn());
}

void TestSession::sandboxDataProblemIsPassedOn()
{
    QSignalSpy problem(session(), &SessionController::sandboxDataProblem);
    m_launcher->reportDataFileProblem(u"the folder is read-only"_s);
    QCOMPARE(problem.count(), 1);
    QCOMPARE(problem.first().first().toString(), u"the folder is read-only"_s);
}

void TestSession::unauthorizedMidSessionAsksToSignInAgain()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    QSignalSpy succeeded(session(), &SessionController::signInSucceeded);
    QSignalSpy failed(session(), &SessionController::signInFailed);
    session()->signInWithToken(draftFor(sandbox), sandbox.token());
    QVERIFY(waitForSignIn(succeeded, failed));
    const Profile profile = session()->currentProfile();

    // The token expires on the server: the read that finds out gets its 401, and the
    // session asks the user to sign in to that profile again.
    sandbox.server().setAcceptedToken(u"renewed-token-42"_s);
    QSignalSpy required(session(), &SessionController::signInRequired);
    QSignalSpy reauthenticated(session(), &SessionController::reauthenticated);
    const auto rejected = finished(m_fixture->client().listProjects());
    QCOMPARE(rejected->httpStatus(), 401);
    QCOMPARE(required.count(), 1);
    QCOMPARE(required.first().at(0).value<Profile>().id, profile.id);
    const QString reason = required.first().at(1).toString();
    QVERIFY2(reason.contains(profile.name) && reason.contains(u"Sign in again"_s),
             qPrintable(reason));
    QCOMPARE(session()->state(), SessionController::State::NeedsSignIn);
    QVERIFY(!session()->isSignedIn());
    QVERIFY2(session()->statusText().contains(u"Sign in again"_s),
             qPrintable(session()->statusText()));

    // More 401s while the user is asked do not ask again.
    const auto again = finished(m_fixture->client().listAccounts());
    QCOMPARE(again->httpStatus(), 401);
    QCOMPARE(required.count(), 1);

    // Signing in again to the same profile renews the session in place; reads work again.
    succeeded.clear();
    session()->signInWithToken(profile, u"renewed-token-42"_s);
    QVERIFY(waitForSignIn(succeeded, failed));
    QCOMPARE(reauthenticated.count(), 1);
    QCOMPARE(session()->state(), SessionController::State::SignedIn);
    QCOMPARE(session()->currentProfile().id, profile.id);
    QCOMPARE(m_fixture->profiles().profiles().size(), 1);
    const auto read = finished(m_fixture->client().listProjects());
    QVERIFY2(read->isSuccess(), qPrintable(read->error().userMessage()));
    QCOMPARE(required.count(), 1);
}

void TestSession::cancelledReauthenticationKeepsTheSession()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    QSignalSpy succeeded(session(), &SessionController::signInSucceeded);
    QSignalSpy failed(session(), &SessionController::signInFailed);
    session()->signInWithToken(draftFor(sandbox), sandbox.token());
    QVERIFY(waitForSignIn(succeeded, failed));
    const Profile profile = session()->currentProfile();
    sandbox.server().setAcceptedToken(u"other"_s);
    QSignalSpy required(session(), &SessionController::signInRequired);
    QSignalSpy reauthenticated(session(), &SessionController::reauthenticated);
    const auto rejected = finished(m_fixture->client().listProjects());
    QCOMPARE(rejected->httpStatus(), 401);
    QCOMPARE(required.count(), 1);
    QCOMPARE(session()->state(), SessionController::State::NeedsSignIn);

    // The user closes the dialog: the window goes on with the profile it has.
    QSignalSpy changed(session(), &SessionController::sessionChanged);
    session()->cancelReauthentication();
    QCOMPARE(session()->state(), SessionController::State::SignedIn);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session()->currentProfile().id, profile.id);
    QCOMPARE(reauthenticated.count(), 0);
    // The next 401 asks again.
    const auto next = finished(m_fixture->client().listProjects());
    QCOMPARE(next->httpStatus(), 401);
    QCOMPARE(required.count(), 2);
}

void TestSession::switchingAbandonsOldCalls()
{
    test::SandboxFixture first;
    test::SandboxFixture second;
    QVERIFY(first.isRunning() && second.isRunning());
    second.server().addProject(QJsonObject{{u"project_name"_s, u"only-in-second"_s},
                                           {u"default_cloud"_s, u"aws-eu-west-1"_s}});
    QSignalSpy succeeded(session(), &SessionController::signInSucceeded);
    QSignalSpy failed(session(), &SessionController::signInFailed);
    session()->signInWithToken(draftFor(first), first.token());
    QVERIFY(waitForSignIn(succeeded, failed));
    const QString firstId = session()->currentProfile().id;

    SandboxServer::Fault slow;
    slow.delayMs = 3000;
    first.server().setFault(u"GET"_s, u"/v1/project"_s, slow);
    ApiCall* old = m_fixture->client().listProjects();
    old->setAutoDelete(false);
    std::unique_ptr<ApiCall> oldOwned(old);

    succeeded.clear();
    session()->signInWithToken(draftFor(second), second.token());
    QVERIFY(waitForSignIn(succeeded, failed));
    QVERIFY(session()->currentProfile().id != firstId);
    QVERIFY(old->isFinished()); // abandoned when the profile changed
    QCOMPARE(old->error().kind(), ApiError::Kind::Canceled);

    QStringList names;
    const auto read = finished(m_fixture->client().listProjects());
    for (const Project& p : read->value<ProjectRecords>().projects())
        names << p.name;
    QVERIFY(names.contains(u"only-in-second"_s));
    QCOMPARE(m_fixture->profiles().profiles().size(), 2);
}

void TestSession::storedProfileOpensWithItsToken()
{
    test::SandboxFixture first;
    test::SandboxFixture second;
    QVERIFY(first.isRunning() && second.isRunning());
    QSignalSpy succeeded(session(), &SessionController::signInSucceeded);
    QSignalSpy failed(session(), &SessionController::signInFailed);
    session()->signInWithToken(draftFor(first), first.token());
    QVERIFY(waitForSignIn(succeeded, failed));
    const QString firstId = session()->currentProfile().id;
    succeeded.clear();
    session()->signInWithToken(draftFor(second), second.token());
    QVERIFY(waitForSignIn(succeeded, failed));

    // Back to the first: its session-kept token is used, nothing is asked.
    QSignalSpy required(session(), &SessionController::signInRequired);
    QSignalSpy changed(session(), &SessionController::sessionChanged);
    session()->switchToProfile(firstId);
    QTRY_COMPARE_WITH_TIMEOUT(session()->currentProfile().id, firstId, 5000);
    QCOMPARE(m_fixture->client().baseUrl(), first.baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 15000); // opened, then /v1/me confirmed
    QCOMPARE(required.count(), 0);

    // A profile without any stored token asks for sign-in and keeps the current session.
    Profile orphan;
    orphan.id = u"orphan"_s;
    orphan.name = u"Orphan"_s;
    orphan.apiUrl = second.baseUrl();
    m_fixture->profiles().save(orphan);
    session()->switchToProfile(u"orphan"_s);
    QTRY_COMPARE_WITH_TIMEOUT(required.count(), 1, 5000);
    QCOMPARE(session()->currentProfile().id, firstId);
}

void TestSession::signOutRevokesOnlyLoginTokens()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    QSignalSpy succeeded(session(), &SessionController::signInSucceeded);
    QSignalSpy failed(session(), &SessionController::signInFailed);

    session()->signInWithToken(draftFor(sandbox), sandbox.token());
    QVERIFY(waitForSignIn(succeeded, failed));
    sandbox.server().clearRecordedRequests();
    session()->signOut();
    QVERIFY(!session()->isSignedIn());
    QVERIFY(!m_fixture->client().hasToken());
    // Calls go out when they are made: a logout would have left already, ahead of this
    // request, so the server has seen it by the time this one is answered.
    ApiCall* barrier = m_fixture->client().listClouds();
    QSignalSpy barrierDone(barrier, &ApiCall::finished);
    QVERIFY(barrierDone.wait(10000));
    for (const auto& request : sandbox.server().recordedRequests())
        QVERIFY(request.path != u"/v1/me/logout"_s);

    succeeded.clear();
    session()->signInWithPassword(draftFor(sandbox), SandboxServer::demoEmail(),
                                  SandboxServer::demoPassword());
    QVERIFY(waitForSignIn(succeeded, failed));
    sandbox.server().clearRecordedRequests();
    session()->signOut();
    auto logoutSeen = [&sandbox] {
        for (const auto& request : sandbox.server().recordedRequests()) {
            if (request.method == u"POST"_s && request.path == u"/v1/me/logout"_s)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(logoutSeen(), 10000);
}

void TestSession::startupRules()
{
    StartupOptions nothing;
    QCOMPARE(session()->startupAction(nothing), SessionController::StartupAction::Sandbox);

    StartupOptions env;
    env.environmentToken = u"env-token"_s;
    QCOMPARE(session()->startupAction(env), SessionController::StartupAction::EnvironmentToken);

    StartupOptions url;
    url.apiUrl = u"https://api.aiven.io"_s;
    QCOMPARE(session()->startupAction(url), SessionController::StartupAction::SignIn);

    Profile saved;
    saved.id = u"saved"_s;
    saved.name = u"Saved"_s;
    saved.apiUrl = QUrl(u"https://api.aiven.io"_s);
    m_fixture->profiles().save(saved);
    m_fixture->profiles().setCurrentId(saved.id);
    QCOMPARE(session()->startupAction(nothing), SessionController::StartupAction::StoredProfile);
    QCOMPARE(session()->startupAction(env), SessionController::StartupAction::EnvironmentToken);

    // The environment token is used as is and never saved.
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    StartupOptions local;
    local.environmentToken = sandbox.token();
    local.apiUrl = sandbox.baseUrl().toString();
    QSignalSpy changed(session(), &SessionController::sessionChanged);
    session()->start(local);
    QVERIFY(session()->currentProfile().isEnvironment());
    QTRY_VERIFY_WITH_TIMEOUT(session()->currentUser().email == SandboxServer::demoEmail(), 15000);
    QCOMPARE(m_fixture->profiles().currentId(), saved.id);
    QCOMPARE(m_fixture->profiles().profiles().size(), 1);

    // With nothing stored, the stored profile without a token asks for sign-in.
    QSignalSpy required(session(), &SessionController::signInRequired);
    session()->start(nothing);
    QTRY_COMPARE_WITH_TIMEOUT(required.count(), 1, 5000);
    QCOMPARE(required.first().first().value<Profile>().id, saved.id);
}

void TestSession::noTokenLeaks()
{
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    const QString token = sandbox.token();
    const QString password = SandboxServer::demoPassword();
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    g_log.clear();
    g_previousHandler = qInstallMessageHandler(captureMessage);

    QStringList texts;
    QSignalSpy succeeded(session(), &SessionController::signInSucceeded);
    QSignalSpy failed(session(), &SessionController::signInFailed);
    session()->signInWithToken(draftFor(sandbox), token);
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() == 1, 15000);

    // A 500 and then a 401 on reads, with the token in the Authorization header.
    SandboxServer::Fault broken;
    broken.status = 500;
    sandbox.server().setFault(u"GET"_s, u"/v1/project"_s, broken);
    SandboxServer::Fault forbidden;
    forbidden.status = 401;
    sandbox.server().setFault(u"GET"_s, u"/v1/account"_s, forbidden);
    auto collect = [&texts](const ApiCall& call) {
        texts << call.error().details() << call.error().userMessage()
              << call.error().technicalMessage();
    };
    const auto broken500 = finished(m_fixture->client().listProjects(), 30000);
    QCOMPARE(broken500->httpStatus(), 500);
    collect(*broken500);
    const auto rejected = finished(m_fixture->client().listAccounts());
    QCOMPARE(rejected->httpStatus(), 401);
    collect(*rejected);
    QCOMPARE(session()->state(), SessionController::State::NeedsSignIn);
    session()->cancelReauthentication();

    // A failed password sign-in and a failed token sign-in.
    failed.clear();
    session()->signInWithPassword(draftFor(sandbox), SandboxServer::demoEmail(), password + u"x");
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 15000);
    session()->signInWithToken(draftFor(sandbox), token + u"-revoked");
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 2, 15000);
    for (const QList<QVariant>& args : std::as_const(failed)) {
        const auto failure = args.first().value<SignInFailure>();
        texts << failure.message << failure.error.details() << failure.error.userMessage();
    }

    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());

    QStringList log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY2(!log.isEmpty(), "debug logging was not captured");
    const QString all = log.join(u'\n') + u'\n' + texts.join(u'\n');
    for (const QString& line : std::as_const(log)) {
        if (line.contains(token))
            qWarning("leaking log line: %s",
                     qPrintable(QString(line).replace(token, u"<TOKEN>"_s)));
    }
    for (const QString& line : std::as_const(texts)) {
        if (line.contains(token))
            qWarning("leaking text: %s", qPrintable(QString(line).replace(token, u"<TOKEN>"_s)));
    }
    QVERIFY2(!all.contains(token), "the token appeared in a log line or an error text");
    QVERIFY(!all.contains(password + u"x"));
    QVERIFY(!all.contains(u"aivenv1 "_s, Qt::CaseInsensitive));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(token));
}

} // namespace fjord

QTEST_MAIN(fjord::TestSession)
#include "tst_session.moc"
