#include "auth/SessionController.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "auth/ApiUrlPolicy.h"
#include "auth/CredentialStore.h"
#include "auth/ProfileNetworkAccessManager.h"
#include "auth/ProfileStore.h"
#include "auth/SandboxLauncher.h"
#include "auth/SignInAttempt.h"

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

QString hostLabel(const QUrl& url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

} // namespace

StartupOptions StartupOptions::fromEnvironment(const QString& cliApiUrl)
{
    StartupOptions options;
    options.environmentToken = qEnvironmentVariable("AIVEN_AUTH_TOKEN").trimmed();
    options.apiUrl =
        cliApiUrl.isEmpty() ? qEnvironmentVariable("AIVEN_WEB_URL").trimmed() : cliApiUrl.trimmed();
    options.caFile = qEnvironmentVariable("AIVEN_CA_CERT");
    return options;
}

SessionController::SessionController(AivenClient* client, ProfileNetworkAccessManager* network,
                                     ProfileStore* profiles, CredentialStore* credentials,
                                     SandboxLauncher* sandbox, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_network(network)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_signIn(new SignInAttempt(client, network, sandbox, this))
{
    Q_ASSERT(m_client && m_network && m_profiles && m_credentials);
    connect(m_signIn, &SignInAttempt::succeeded, this, &SessionController::complete);
    connect(m_signIn, &SignInAttempt::failed, this, &SessionController::signInFailed);
    if (sandbox)
        connect(sandbox, &SandboxLauncher::dataFileProblem, this,
                &SessionController::sandboxDataProblem);
    connect(m_client, &AivenClient::callFinished, this, &SessionController::noteCallFinished);
    connect(m_client, &AivenClient::unauthorized, this, [this](ApiCall*) {
        beginReauthentication(tr("Your session for %1 has ended or the token was revoked. "
                                 "Sign in again to continue.")
                                  .arg(m_profile.name));
    });
}

SessionController::~SessionController() = default;

// ---- startup ---------------------------------------------------------------------------------

SessionController::StartupAction
SessionController::startupAction(const StartupOptions& options) const
{
    if (!options.environmentToken.isEmpty())
        return StartupAction::EnvironmentToken;
    if (!options.apiUrl.isEmpty())
        return StartupAction::SignIn;
    const QString current = m_profiles->currentId();
    if (current == Profile::sandboxId())
        return StartupAction::Sandbox;
    if (m_profiles->contains(current) || !m_profiles->isEmpty())
        return StartupAction::StoredProfile;
    // Nothing configured at all: a first-time user sees a working app at once.
    return StartupAction::Sandbox;
}

Profile SessionController::environmentProfile(const StartupOptions& options, QString* problem) const
{
    Profile profile;
    profile.id = Profile::environmentId();
    profile.name = tr("AIVEN_AUTH_TOKEN");
    profile.origin = TokenOrigin::Environment;
    profile.caFile = options.caFile;
    const ApiUrlPolicy::Result url = options.apiUrl.isEmpty()
                                         ? ApiUrlPolicy::check(AivenClient::defaultBaseUrl())
                                         : ApiUrlPolicy::check(options.apiUrl);
    if (!url.ok) {
        *problem = url.problem;
        return {};
    }
    profile.apiUrl = url.url;
    return profile;
}

void SessionController::start(const StartupOptions& options)
{
    switch (startupAction(options)) {
    case StartupAction::EnvironmentToken: {
        QString problem;
        const Profile profile = environmentProfile(options, &problem);
        if (!profile.isValid()) {
            Profile draft;
            draft.apiUrl = QUrl(options.apiUrl);
            Q_EMIT signInRequired(draft, problem);
            return;
        }
        m_environmentProfile = profile;
        m_environmentToken = options.environmentToken;
        openWithToken(profile, options.environmentToken);
        return;
    }
    case StartupAction::SignIn: {
        const ApiUrlPolicy::Result url = ApiUrlPolicy::check(options.apiUrl);
        if (url.ok) {
            const QList<Profile> saved = m_profiles->profiles();
            for (const Profile& profile : saved) {
                if (profile.apiUrl == url.url) {
                    switchToProfile(profile.id);
                    return;
                }
            }
        }
        Profile draft;
        draft.apiUrl = url.ok ? url.url : QUrl(options.apiUrl);
        draft.caFile = options.caFile;
        Q_EMIT signInRequired(draft,
                              url.ok ? tr("Sign in to %1.").arg(hostLabel(url.url)) : url.problem);
        return;
    }
    case StartupAction::StoredProfile: {
        QString id = m_profiles->currentId();
        if (!m_profiles->contains(id))
            id = m_profiles->profiles().constFirst().id;
        switchToProfile(id);
        return;
    }
    case StartupAction::Sandbox:
        signInToSandbox();
        return;
    }
}

// ---- profiles --------------------------------------------------------------------------------

QList<Profile> SessionController::availableProfiles() const
{
    QList<Profile> result;
    if (m_environmentProfile.isValid())
        result << m_environmentProfile;
    result << m_profiles->profiles();
    Profile sandbox = Profile::sandbox();
    if (m_profile.isSandbox())
        sandbox.apiUrl = m_profile.apiUrl;
    result << sandbox;
    return result;
}

Profile SessionController::profileById(const QString& id) const
{
    if (id == m_profile.id)
        return m_profile;
    if (id == Profile::sandboxId())
        return Profile::sandbox();
    if (id == Profile::environmentId())
        return m_environmentProfile;
    return m_profiles->profile(id);
}

QUrl SessionController::effectiveApiUrl() const
{
    if (m_profile.apiUrl.isEmpty())
        return AivenClient::defaultBaseUrl();
    return m_profile.apiUrl;
}

QString SessionController::windowTitle() const
{
    const QString dash = u" \u2014 "_s;
    if (!m_profile.isValid() || m_state == State::SignedOut)
        return u"Fjord"_s;
    const QString who = m_user.email.isEmpty() ? m_profile.userEmail : m_user.email;
    QString title = u"Fjord"_s;
    if (m_profile.isSandbox())
        title += dash + tr("Local sandbox");
    else if (!who.isEmpty())
        title += dash + who;
    return title + dash + effectiveApiUrl().toDisplayString();
}

QString SessionController::statusText() const
{
    const QString url = effectiveApiUrl().toDisplayString();
    const QString who = m_user.email.isEmpty() ? m_profile.userEmail : m_user.email;
    switch (m_state) {
    case State::SignedOut:
        return tr("Not signed in");
    case State::NeedsSignIn:
        return tr("Sign in again to %1 to continue").arg(url);
    case State::SignedIn:
        break;
    }
    // What the calls found out wins over what the profile says.
    const QString problem = callProblem();
    if (!problem.isEmpty())
        return tr("A call to %1 failed: %2").arg(url, problem);
    if (m_profile.isSandbox())
        return tr("Local sandbox at %1 (signed in as %2)").arg(url, who);
    if (who.isEmpty())
        return m_anyCallFinished ? tr("Connected to %1").arg(url)
                                 : tr("Connecting to %1…").arg(url);
    return tr("Signed in as %1 at %2").arg(who, url);
}

QString SessionController::callProblem() const
{
    if (!m_lastCallError.isEmpty())
        return m_lastCallError;
    const FailedRead* latest = nullptr;
    for (const FailedRead& read : m_failedReads) {
        if (!latest || read.order > latest->order)
            latest = &read;
    }
    return latest ? latest->message : QString();
}

void SessionController::noteCallFinished(ApiCall* call)
{
    if (call->error().kind() == ApiError::Kind::Canceled)
        return; // says nothing about the connection
    const QString before = statusText();
    m_anyCallFinished = true;
    m_lastCallError = call->isSuccess() ? QString() : call->error().userMessage();
    // A read that failed stays a problem until it (or the list above it) is read again:
    // another call succeeding in the meantime does not make the list on screen any fresher.
    // (Who the user is, GET /v1/me, is not on screen: the last call covers it.)
    if (call->method() == QLatin1String("GET") && call->path() != QLatin1String("/v1/me")) {
        const QString path = call->path();
        if (call->isSuccess()) {
            const QString below = path + u'/';
            for (auto it = m_failedReads.begin(); it != m_failedReads.end();) {
                if (it.key() == path || it.key().startsWith(below))
                    it = m_failedReads.erase(it);
                else
                    ++it;
            }
        } else {
            m_failedReads.insert(path, FailedRead{m_lastCallError, ++m_callOrder});
        }
    }
    if (statusText() != before)
        Q_EMIT statusChanged();
}

void SessionController::forgetCallOutcome()
{
    const QString before = statusText();
    m_anyCallFinished = false;
    m_lastCallError.clear();
    m_failedReads.clear();
    if (statusText() != before)
        Q_EMIT statusChanged();
}

// ---- sign-in ---------------------------------------------------------------------------------

void SessionController::signInWithToken(const Profile& draft, const QString& token)
{
    m_signIn->tryToken(draft, token);
}

void SessionController::signInWithPassword(const Profile& draft, const QString& email,
                                           const QString& password, const QString& otp)
{
    m_signIn->tryPassword(draft, email, password, otp);
}

void SessionController::signInToSandbox()
{
    m_signIn->trySandbox();
}

void SessionController::cancelSignIn()
{
    m_signIn->cancel();
}

bool SessionController::isSigningIn() const
{
    return m_signIn->isRunning();
}

void SessionController::complete(Profile profile, const QString& token, const UserInfo& user)
{
    if (!user.email.isEmpty())
        profile.userEmail = user.email;
    if (!profile.isSandbox() && !profile.isEnvironment()) {
        if (profile.id.isEmpty()) {
            // Signing in again to the same account must not pile up duplicate profiles.
            const QList<Profile> saved = m_profiles->profiles();
            for (const Profile& existing : saved) {
                if (existing.apiUrl == profile.apiUrl &&
                    existing.userEmail.compare(profile.userEmail, Qt::CaseInsensitive) == 0) {
                    profile.id = existing.id;
                    if (profile.name.isEmpty())
                        profile.name = existing.name;
                    break;
                }
            }
        }
        if (profile.id.isEmpty())
            profile.id = Profile::newId();
        if (profile.name.isEmpty())
            profile.name = profile.userEmail.isEmpty()
                               ? hostLabel(profile.apiUrl)
                               : tr("%1 at %2").arg(profile.userEmail, hostLabel(profile.apiUrl));
    }
    // A login token this profile had before is replaced: revoke it rather than orphan it.
    if (profile.id == m_profile.id && m_profile.revokesOnSignOut() && !m_token.isEmpty() &&
        m_token != token)
        revoke(m_profile, m_token);

    const bool reauthentication = m_state == State::NeedsSignIn && profile.id == m_profile.id;
    apply(profile, token);
    m_user = user;
    m_state = State::SignedIn;
    if (profile.isEnvironment()) {
        m_environmentProfile = profile;
        m_environmentToken = token;
    } else {
        if (!profile.isSandbox()) {
            saveProfile(profile);
            storeToken(profile, token);
        }
        m_profiles->setCurrentId(profile.id);
    }
    qCDebug(lcAuth) << "signed in to profile" << profile.id << "origin"
                    << tokenOriginKey(profile.origin);
    Q_EMIT profilesChanged();
    Q_EMIT signInSucceeded(profile, user);
    Q_EMIT sessionChanged();
    if (reauthentication)
        Q_EMIT reauthenticated();
}

void SessionController::saveProfile(const Profile& profile)
{
    QString problem;
    if (!m_profiles->save(profile, &problem))
        Q_EMIT profileStorageProblem(problem);
}

void SessionController::storeToken(const Profile& profile, const QString& token)
{
    m_credentials->store(profile.id, token, profile.storage, this,
                         [this](const CredentialStore::Outcome& outcome) {
                             qCDebug(lcAuth) << "token kept in location" << int(outcome.location);
                             if (outcome.location == CredentialStore::Location::Session)
                                 Q_EMIT tokenStorageProblem(outcome.problem);
                         });
}

bool SessionController::keepTokenInPlainFile(QString* problem)
{
    if (!m_profile.isValid() || m_profile.isSandbox() || m_profile.isEnvironment() ||
        m_token.isEmpty())
        return false;
    if (!m_credentials->keepInPlainFile(m_profile.id, m_token, problem))
        return false;
    m_profile.storage = TokenStorage::PlainFile;
    saveProfile(m_profile);
    return true;
}

void SessionController::apply(const Profile& profile, const QString& token)
{
    if (profile.id != m_profile.id) {
        ++m_generation;
        // The old profile's answers must never reach the new profile's views.
        m_client->abandonAll();
    }
    m_client->setBaseUrl(profile.apiUrl.isEmpty() ? AivenClient::defaultBaseUrl() : profile.apiUrl);
    m_client->setToken(token);
    m_profile = profile;
    m_token = token;
    // Another host or token: what the last call said is about the old one.
    forgetCallOutcome();
}

void SessionController::openWithToken(Profile profile, const QString& token)
{
    if (!m_signIn->prepare(profile)) // says why through signInFailed
        return;
    apply(profile, token);
    m_user = {};
    m_user.email = profile.userEmail;
    m_state = State::SignedIn;
    if (!profile.isEnvironment() && !profile.isSandbox())
        m_profiles->setCurrentId(profile.id);
    Q_EMIT sessionChanged();
    fetchCurrentUser();
}

void SessionController::fetchCurrentUser()
{
    // A 401 here is the client's like any other (unauthorized); signing in again names the
    // user anew. A profile switch abandons the call.
    const quint64 generation = m_generation;
    ApiCall* call = m_client->getMe();
    connect(call, &ApiCall::finished, this, [this, call, generation] {
        if (generation != m_generation)
            return;
        if (call->isSuccess()) {
            m_user = call->value<UserInfo>();
            if (!m_user.email.isEmpty() && m_user.email != m_profile.userEmail) {
                m_profile.userEmail = m_user.email;
                if (!m_profile.isEnvironment() && !m_profile.isSandbox())
                    saveProfile(m_profile);
            }
            Q_EMIT sessionChanged();
        } else if (call->error().kind() == ApiError::Kind::Tls) {
            Q_EMIT tlsProblem(m_network->lastTlsFailure());
        }
    });
}

void SessionController::switchToProfile(const QString& id)
{
    if (id == m_profile.id && m_state == State::SignedIn)
        return;
    if (id == Profile::sandboxId()) {
        signInToSandbox();
        return;
    }
    if (id == Profile::environmentId()) {
        if (m_environmentProfile.isValid() && !m_environmentToken.isEmpty())
            openWithToken(m_environmentProfile, m_environmentToken);
        return;
    }
    const Profile profile = m_profiles->profile(id);
    if (!profile.isValid())
        return;
    m_credentials->load(
        id, profile.storage, this, [this, profile](const CredentialStore::Outcome& outcome) {
            if (outcome.token.isEmpty()) {
                const QString reason = outcome.problem.isEmpty()
                                           ? tr("Sign in to %1.").arg(profile.name)
                                           : tr("The keychain is not available (%1). Sign in "
                                                "to %2 again.")
                                                 .arg(outcome.problem, profile.name);
                Q_EMIT signInRequired(profile, reason);
                return;
            }
            openWithToken(profile, outcome.token);
        });
}

// ---- sign-out --------------------------------------------------------------------------------

void SessionController::revoke(const Profile& profile, const QString& token)
{
    revokeToken(m_network, profile.apiUrl, token, this);
}

void SessionController::signOut()
{
    if (m_state == State::SignedOut)
        return;
    cancelSignIn();
    const Profile profile = m_profile;
    const QString token = m_token;
    ++m_generation;
    m_client->abandonAll();
    m_client->setToken({});
    // Only a token Fjord made is Fjord's to revoke (unlike avn, which revokes pasted ones).
    if (profile.revokesOnSignOut() && !token.isEmpty())
        revoke(profile, token);
    if (!profile.isSandbox() && !profile.isEnvironment())
        m_credentials->forget(profile.id);
    if (profile.isEnvironment()) {
        m_environmentProfile = {};
        m_environmentToken.clear();
    }
    m_token.clear();
    m_user = {};
    m_state = State::SignedOut;
    forgetCallOutcome();
    qCDebug(lcAuth) << "signed out of profile" << profile.id;
    Q_EMIT signedOut();
    Q_EMIT sessionChanged();
    Q_EMIT profilesChanged();
}

void SessionController::removeProfile(const QString& id)
{
    if (id == Profile::sandboxId())
        return;
    if (id == m_profile.id && m_state != State::SignedOut)
        signOut();
    if (id == Profile::environmentId()) {
        m_environmentProfile = {};
        m_environmentToken.clear();
    } else {
        m_credentials->forget(id);
        m_profiles->remove(id);
    }
    Q_EMIT profilesChanged();
}

// ---- 401 -------------------------------------------------------------------------------------

void SessionController::beginReauthentication(const QString& reason)
{
    if (m_state != State::SignedIn)
        return;
    m_state = State::NeedsSignIn;
    qCDebug(lcAuth) << "the API rejected the token of profile" << m_profile.id;
    Q_EMIT sessionChanged();
    Q_EMIT signInRequired(m_profile, reason);
}

void SessionController::cancelReauthentication()
{
    if (m_state != State::NeedsSignIn)
        return;
    // The window stays as it is; the user can sign in later from the profile menu.
    m_state = State::SignedIn;
    Q_EMIT sessionChanged();
}

} // namespace fjord
