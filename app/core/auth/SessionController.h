#pragma once

#include "api/Types.h"
#include "auth/Profile.h"
#include "auth/SignInAttempt.h"
#include "auth/TlsDetails.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

namespace fjord {

class AivenClient;
class ApiCall;
class CredentialStore;
class ProfileNetworkAccessManager;
class ProfileStore;
class SandboxLauncher;

// What to do when Fjord starts: AIVEN_AUTH_TOKEN wins, then the stored
// profile's token, then sign-in; with nothing configured at all, the embedded sandbox.
struct StartupOptions
{
    QString environmentToken; // AIVEN_AUTH_TOKEN
    QString apiUrl;           // --api-url, else AIVEN_WEB_URL
    QString caFile;           // AIVEN_CA_CERT, for the environment profile

    // Reads AIVEN_AUTH_TOKEN and AIVEN_WEB_URL; a non-empty cliApiUrl overrides the latter.
    static StartupOptions fromEnvironment(const QString& cliApiUrl = {});
};

// The session: applies one profile at a time to the app's AivenClient (base URL, token, TLS),
// keeps its token and user, says how its calls are going, switches profiles, signs out, and
// asks to sign in again after a 401. Signing in is a SignInAttempt; its success becomes the
// session here.
class SessionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

public:
    enum class State {
        SignedOut,
        SignedIn,
        NeedsSignIn, // a call got 401: signInRequired asked the user to sign in again
    };
    enum class StartupAction { EnvironmentToken, StoredProfile, Sandbox, SignIn };

    // `network` must be the manager `client` was built on (it applies CA files). Without a
    // `sandbox` launcher, signing in to the local sandbox fails.
    SessionController(AivenClient* client, ProfileNetworkAccessManager* network,
                      ProfileStore* profiles, CredentialStore* credentials,
                      SandboxLauncher* sandbox = nullptr, QObject* parent = nullptr);
    ~SessionController() override;

    AivenClient* client() const { return m_client; }
    ProfileStore* profileStore() const { return m_profiles; }
    CredentialStore* credentialStore() const { return m_credentials; }

    StartupAction startupAction(const StartupOptions& options) const;
    void start(const StartupOptions& options);

    State state() const { return m_state; }
    Profile currentProfile() const { return m_profile; }
    UserInfo currentUser() const { return m_user; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    // Saved profiles, the sandbox, and the environment profile while it is in use.
    QList<Profile> availableProfiles() const;
    Profile profileById(const QString& id) const;

    // "Fjord - ada@example.com - https://api.aiven.io" and the status-bar sentence. The
    // sentence follows the session's calls: never "Connected" while the last call failed or
    // a read the window shows (the project list, the clouds, ...) has not succeeded since.
    QString windowTitle() const;
    QString statusText() const;
    // Such a failure is standing; why, in words.
    bool lastCallFailed() const { return !callProblem().isEmpty(); }
    QString callProblem() const;
    QUrl effectiveApiUrl() const;

    // Sign-in paths, run by the SignInAttempt: a failed attempt leaves the current session as
    // it was; exactly one of signInSucceeded / signInFailed follows.
    // A draft with an empty id creates (or reuses, same URL and email) a saved profile; a
    // draft with the id of an existing profile signs in to that profile again.
    void signInWithToken(const Profile& draft, const QString& token);
    void signInWithPassword(const Profile& draft, const QString& email, const QString& password,
                            const QString& otp = {});
    // Starts the local sandbox if needed (through the launcher), then signs in to it.
    void signInToSandbox();
    void cancelSignIn(); // abandons a running attempt (no signal follows)
    bool isSigningIn() const;

    // Opens a saved profile with its stored token; without one, asks via signInRequired.
    void switchToProfile(const QString& id);
    // Revokes the token if Fjord created it by logging in, else only forgets it.
    void signOut();
    void removeProfile(const QString& id);

    // The user gave up on signing in again after a 401: the session goes on as it was (the
    // window keeps what it shows; the profile menu can sign in later).
    void cancelReauthentication();

    // The user's explicit choice after a keychain failure: keep the current profile's token
    // in a plain file (mode 0600) from now on.
    bool keepTokenInPlainFile(QString* problem = nullptr);

Q_SIGNALS:
    void signInSucceeded(const fjord::Profile& profile, const fjord::UserInfo& user);
    void signInFailed(const fjord::SignInFailure& failure);
    // The session's profile, user or state changed: update the title, reload data.
    void sessionChanged();
    // Ask the user to sign in to `profile` (its token is missing or was rejected).
    void signInRequired(const fjord::Profile& profile, const QString& reason);
    // Signing in again after a 401 worked: what the window shows should be read again.
    void reauthenticated();
    void signedOut();
    void profilesChanged();
    // statusText() may read differently (a call of the session finished).
    void statusChanged();
    // The keychain could not take the token: it is kept for this session only. The UI
    // should say so and may offer keepTokenInPlainFile().
    void tokenStorageProblem(const QString& problem);
    // The profile could not be written to the settings file: the session works, but the next
    // start will not remember it. The UI should say so.
    void profileStorageProblem(const QString& problem);
    // A TLS problem on the session's client (not during sign-in, which reports it itself).
    void tlsProblem(const fjord::TlsFailure& failure);
    // The embedded sandbox cannot save changes to its data file and refuses them: the UI
    // should say so (the sandbox still answers reads).
    void sandboxDataProblem(const QString& problem);

private:
    void openWithToken(Profile profile, const QString& token);
    void complete(Profile profile, const QString& token, const UserInfo& user);
    void apply(const Profile& profile, const QString& token);
    void beginReauthentication(const QString& reason);
    void storeToken(const Profile& profile, const QString& token);
    void saveProfile(const Profile& profile);
    void fetchCurrentUser();
    void continueSandboxSignIn(const QUrl& baseUrl, const QString& token, const QString& userEmail);
    Profile environmentProfile(const StartupOptions& options, QString* problem) const;
    void revoke(const Profile& profile, const QString& token);
    void noteCallFinished(ApiCall* call);
    void forgetCallOutcome();

    AivenClient* m_client;
    ProfileNetworkAccessManager* m_network;
    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    SignInAttempt* m_signIn;

    State m_state = State::SignedOut;
    Profile m_profile;
    QString m_token; // held only to revoke or re-apply; never logged
    UserInfo m_user;
    Profile m_environmentProfile;
    QString m_environmentToken;
    quint64 m_generation = 0;       // bumped on every profile change
    bool m_anyCallFinished = false; // since the profile was applied
    QString m_lastCallError;        // the last finished call's, empty when it succeeded
    struct FailedRead
    {
        QString message;
        quint64 order = 0;
    };
    QHash<QString, FailedRead> m_failedReads; // GET path -> until a GET of it succeeds
    quint64 m_callOrder = 0;
};

} // namespace fjord
