#include "auth/SignInAttempt.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "auth/ApiUrlPolicy.h"
#include "auth/ProfileNetworkAccessManager.h"
#include "auth/SandboxLauncher.h"

using namespace Qt::StringLiterals;

namespace fjord {

// Quiet unless asked for (QT_LOGGING_RULES="fjord.auth.debug=true").
Q_LOGGING_CATEGORY(lcAuth, "fjord.auth", QtInfoMsg)

void revokeToken(QNetworkAccessManager* network, const QUrl& apiUrl, const QString& token,
                 QObject* parent)
{
    auto* client = new AivenClient(network, parent);
    client->setBaseUrl(apiUrl);
    client->setToken(token);
    ApiCall* call = client->logout();
    QObject::connect(call, &ApiCall::finished, client, [client, call] {
        qCDebug(lcAuth) << "token revoked:" << call->isSuccess();
        client->deleteLater();
    });
}

SignInAttempt::SignInAttempt(const AivenClient* sessionClient, ProfileNetworkAccessManager* network,
                             SandboxLauncher* sandbox, QObject* parent)
    : QObject(parent)
    , m_sessionClient(sessionClient)
    , m_network(network)
    , m_sandbox(sandbox)
{
    Q_ASSERT(m_sessionClient && m_network);
    if (!m_sandbox)
        return;
    connect(m_sandbox, &SandboxLauncher::ready, this,
            [this](const QUrl& baseUrl, const QString& token, const QString& userEmail) {
                if (m_waitingForSandbox)
                    continueToSandbox(baseUrl, token, userEmail);
            });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString& problem) {
        if (!m_waitingForSandbox)
            return;
        m_waitingForSandbox = false;
        fail(SignInFailure::Reason::Sandbox,
             tr("The local sandbox could not start: %1").arg(problem));
    });
}

SignInAttempt::~SignInAttempt() = default;

bool SignInAttempt::prepare(Profile& profile)
{
    if (!profile.isSandbox()) {
        const ApiUrlPolicy::Result url = ApiUrlPolicy::check(
            profile.apiUrl.isEmpty() ? AivenClient::defaultBaseUrl() : profile.apiUrl);
        if (!url.ok) {
            fail(SignInFailure::Reason::InvalidUrl, url.problem);
            return false;
        }
        profile.apiUrl = url.url;
    }
    // Without a CA file there is nothing to build (and the TLS library is not loaded for it).
    if (profile.caFile.isEmpty()) {
        m_network->clearSslConfigurationFor(profile.apiUrl);
        return true;
    }
    QString problem;
    const auto configuration = sslConfigurationWithCaFile(profile.caFile, &problem);
    if (!configuration) {
        fail(SignInFailure::Reason::CaFile, problem);
        return false;
    }
    m_network->setSslConfigurationFor(profile.apiUrl, *configuration);
    return true;
}

AivenClient* SignInAttempt::newProbe(const Profile& profile)
{
    cancel();
    m_network->clearLastTlsFailure();
    m_probe = new AivenClient(m_network, this);
    m_probe->setBaseUrl(profile.apiUrl);
    m_probe->setTimeoutMs(m_sessionClient->timeoutMs());
    return m_probe;
}

void SignInAttempt::finishProbe()
{
    if (m_probe) {
        m_probe->deleteLater();
        m_probe = nullptr;
    }
}

void SignInAttempt::cancel()
{
    m_waitingForSandbox = false; // a sandbox that is starting goes on starting, unused
    ++m_sandboxAttempt;
    if (!m_probe)
        return;
    AivenClient* probe = m_probe;
    m_probe = nullptr; // the abandoned calls' handlers see this and stay quiet
    probe->abandonAll();
    probe->deleteLater();
}

void SignInAttempt::fail(SignInFailure::Reason reason, const QString& message,
                         const ApiError& error)
{
    finishProbe();
    SignInFailure failure;
    failure.reason = reason;
    failure.message = message;
    failure.error = error;
    if (reason == SignInFailure::Reason::Tls)
        failure.tls = m_network->lastTlsFailure();
    qCDebug(lcAuth) << "sign-in failed:" << int(reason) << "status" << error.httpStatus();
    Q_EMIT failed(failure);
}

void SignInAttempt::succeed(const Profile& profile, const QString& token, const UserInfo& user)
{
    finishProbe();
    Q_EMIT succeeded(profile, token, user);
}

void SignInAttempt::failFromCall(ApiCall* call, bool passwordLogin)
{
    const ApiError& error = call->error();
    if (error.kind() == ApiError::Kind::Tls) {
        const TlsFailure tls = m_network->lastTlsFailure();
        fail(SignInFailure::Reason::Tls, tls.isEmpty() ? error.userMessage() : tls.summary(),
             error);
        return;
    }
    const int status = call->httpStatus() ? call->httpStatus() : error.httpStatus();
    if (status == 401 || status == 403) {
        QString message;
        if (passwordLogin)
            message = error.serverMessage().contains("two-factor"_L1, Qt::CaseInsensitive)
                          ? tr("The one-time code was not accepted. Try again.")
                          : tr("The email address or password is not correct.");
        else
            message = tr("The API did not accept this token. It may have expired or been "
                         "revoked.");
        fail(SignInFailure::Reason::WrongCredentials, message, error);
        return;
    }
    fail(SignInFailure::Reason::Network, error.userMessage(), error);
}

void SignInAttempt::tryToken(const Profile& draft, const QString& token)
{
    m_waitingForSandbox = false; // this attempt replaces one that waits for the sandbox
    Profile profile = draft;
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        fail(SignInFailure::Reason::WrongCredentials, tr("Enter an API token."));
        return;
    }
    if (!prepare(profile))
        return;
    qCDebug(lcAuth) << "validating a token for" << profile.apiUrl.toDisplayString();
    AivenClient* probe = newProbe(profile);
    probe->setToken(trimmed);
    ApiCall* call = probe->getMe();
    connect(call, &ApiCall::finished, this, [this, probe, call, profile, trimmed] {
        if (m_probe != probe)
            return;
        if (!call->isSuccess()) {
            failFromCall(call, false);
            return;
        }
        succeed(profile, trimmed, call->value<UserInfo>());
    });
}

void SignInAttempt::tryPassword(const Profile& draft, const QString& email, const QString& password,
                                const QString& otp)
{
    m_waitingForSandbox = false; // this attempt replaces one that waits for the sandbox
    Profile profile = draft;
    profile.origin = TokenOrigin::Login;
    if (email.trimmed().isEmpty() || password.isEmpty()) {
        fail(SignInFailure::Reason::WrongCredentials, tr("Enter your email address and password."));
        return;
    }
    if (!prepare(profile))
        return;
    qCDebug(lcAuth) << "logging in at" << profile.apiUrl.toDisplayString()
                    << "with one-time code:" << !otp.isEmpty();
    AivenClient* probe = newProbe(profile);
    ApiCall* login = probe->login(email.trimmed(), password, otp.trimmed());
    connect(login, &ApiCall::finished, this, [this, probe, login, profile, otp] {
        if (m_probe != probe)
            return;
        if (login->httpStatus() == 510 || login->error().httpStatus() == 510) {
            fail(SignInFailure::Reason::OtpRequired,
                 otp.isEmpty() ? tr("Enter the one-time code from your authenticator app.")
                               : tr("The one-time code was not accepted. Try again."),
                 login->error());
            return;
        }
        if (!login->isSuccess()) {
            failFromCall(login, true);
            return;
        }
        const QString token = login->value<LoginResult>().token;
        if (token.isEmpty()) {
            fail(SignInFailure::Reason::Network, tr("The API's answer did not contain a token."));
            return;
        }
        probe->setToken(token);
        ApiCall* me = probe->getMe();
        connect(me, &ApiCall::finished, this, [this, probe, me, profile, token] {
            if (m_probe != probe)
                return;
            if (!me->isSuccess()) {
                // The fresh token is useless to us; do not leave it behind on the server.
                revokeToken(m_network, profile.apiUrl, token, this);
                failFromCall(me, false);
                return;
            }
            succeed(profile, token, me->value<UserInfo>());
        });
    });
}

void SignInAttempt::trySandbox()
{
    cancel();
    if (!m_sandbox) {
        fail(SignInFailure::Reason::Sandbox, tr("The local sandbox is not available."));
        return;
    }
    m_waitingForSandbox = true;
    m_sandbox->start(); // ready() may come at once, or from the sandbox's thread meanwhile
}

void SignInAttempt::continueToSandbox(const QUrl& baseUrl, const QString& token,
                                      const QString& userEmail)
{
    m_waitingForSandbox = false; // (a data file moved aside is logged by the sandbox)
    Profile profile = Profile::sandbox();
    profile.apiUrl = baseUrl;
    if (userEmail.isEmpty()) {
        tryToken(profile, token);
        return;
    }
    // Our own server, just started with its own token: asking it who we are would only cost
    // startup a round trip. Completed from the event loop, as a network answer would be.
    if (!prepare(profile))
        return;
    m_waitingForSandbox = true; // still signing in; cancel() calls this off
    QMetaObject::invokeMethod(
        this,
        [this, profile, token, userEmail, attempt = ++m_sandboxAttempt] {
            if (attempt != m_sandboxAttempt || !m_waitingForSandbox || !m_sandbox)
                return;
            m_waitingForSandbox = false;
            UserInfo user;
            user.email = userEmail;
            succeed(profile, token, user);
        },
        Qt::QueuedConnection);
}

} // namespace fjord
