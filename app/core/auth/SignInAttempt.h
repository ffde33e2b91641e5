#pragma once

#include "api/ApiError.h"
#include "api/Types.h"
#include "auth/Profile.h"
#include "auth/TlsDetails.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace fjord {

class AivenClient;
class ApiCall;
class ProfileNetworkAccessManager;
class SandboxLauncher;

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

// Why a sign-in attempt did not succeed, in a form the dialog can act on.
struct SignInFailure
{
    enum class Reason {
        InvalidUrl,       // ApiUrlPolicy refused the URL
        CaFile,           // the profile's CA file is unusable
        OtpRequired,      // the API answered 510: ask for the one-time code and try again
        WrongCredentials, // token, password or code not accepted
        Tls,              // certificate problem; see `tls`
        Network,          // anything else on the way (connection, timeout, server error)
        Sandbox,          // the local sandbox could not start
    };
    Reason reason = Reason::Network;
    QString message; // a sentence for the user; never contains a credential
    ApiError error;
    TlsFailure tls;
};

// Revokes `token` at `apiUrl` (POST /v1/me/logout) on a client of its own, which goes away
// when the call has ended.
void revokeToken(QNetworkAccessManager* network, const QUrl& apiUrl, const QString& token,
                 QObject* parent);

// One sign-in at a time, checked on a client of its own so that a failed attempt leaves the
// session as it was: a pasted token (GET /v1/me), email and password with the one-time-code
// step, or the local sandbox (started through the launcher). Each attempt ends in exactly one
// of succeeded / failed, unless it is canceled or replaced by the next one.
class SignInAttempt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInAttempt)

public:
    // The attempt's clients use `network` (which applies CA files) and the timeout of
    // `sessionClient`. Without a `sandbox` launcher, trySandbox() fails.
    SignInAttempt(const AivenClient* sessionClient, ProfileNetworkAccessManager* network,
                  SandboxLauncher* sandbox, QObject* parent = nullptr);
    ~SignInAttempt() override;

    // Each starts a new attempt in place of the running one.
    void tryToken(const Profile& draft, const QString& token);
    void tryPassword(const Profile& draft, const QString& email, const QString& password,
                     const QString& otp = {});
    // Starts the sandbox if needed, then signs in to it once it runs.
    void trySandbox();
    void cancel(); // abandons the running attempt (no signal follows)
    bool isRunning() const { return m_probe != nullptr || m_waitingForSandbox; }

    // Checks the profile's API URL (normalizing it) and applies its CA file to the network.
    // false after failed() has been emitted (InvalidUrl or CaFile).
    bool prepare(Profile& profile);

Q_SIGNALS:
    // `profile` is the draft with its URL normalized (and the origin Login for a password).
    void succeeded(const fjord::Profile& profile, const QString& token,
                   const fjord::UserInfo& user);
    void failed(const fjord::SignInFailure& failure);

private:
    AivenClient* newProbe(const Profile& profile);
    void finishProbe();
    void continueToSandbox(const QUrl& baseUrl, const QString& token, const QString& userEmail);
    void fail(SignInFailure::Reason reason, const QString& message, const ApiError& error = {});
    void failFromCall(ApiCall* call, bool passwordLogin);
    void succeed(const Profile& profile, const QString& token, const UserInfo& user);

    const AivenClient* m_sessionClient;
    ProfileNetworkAccessManager* m_network;
    QPointer<SandboxLauncher> m_sandbox;
    AivenClient* m_probe = nullptr;   // the client of the attempt in progress
    bool m_waitingForSandbox = false; // toSandbox() waits for the sandbox to start
    quint64 m_sandboxAttempt = 0;     // a newer attempt or a cancel drops a pending completion
};

} // namespace fjord

Q_DECLARE_METATYPE(fjord::SignInFailure)
