#include "FjordApplication.h"

#include "DesktopSetup.h"
#include "FontConfigWarmUp.h"
#include "LocalSandboxLauncher.h"
#include "MainWindow.h"
#include "MainWindowSession.h"
#include "ProfileMenu.h"
#include "StartupProbe.h"
#include "api/AivenClient.h"
#include "auth/CredentialStore.h"
#include "auth/ProfileNetworkAccessManager.h"
#include "auth/ProfileStore.h"
#include "auth/SessionController.h"
#include "models/CloudCatalog.h"
#include "models/ProjectListModel.h"

#include <QEventLoop>
#include <QTimer>

namespace fjord {

FjordApplication::FjordApplication(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_network(std::make_unique<ProfileNetworkAccessManager>())
    , m_client(std::make_unique<AivenClient>(m_network.get()))
    , m_profiles(std::make_unique<ProfileStore>())
    , m_credentials(std::make_unique<CredentialStore>())
    // With nothing configured at all, the embedded sandbox keeps its state in this file, so
    // that what a newcomer creates is still there next time.
    , m_sandbox(std::make_unique<LocalSandboxLauncher>(options.sandboxDataFile))
    , m_session(std::make_unique<SessionController>(
          m_client.get(), m_network.get(), m_profiles.get(), m_credentials.get(), m_sandbox.get()))
{
}

FjordApplication::~FjordApplication() = default;

void FjordApplication::prepareForExit()
{
    if (m_window)
        m_window->projectModel()->releaseRowsForExit();
}

void FjordApplication::start()
{
    SessionController& session = *m_session;
    // Sign-in: AIVEN_AUTH_TOKEN wins, then the current profile's stored token, then
    // the sign-in dialog; with nothing configured at all, the embedded sandbox.
    // Apply the session before the window's first load, so it never asks the wrong host.
    // Deciding it takes a round trip (and the sandbox starts on its own thread): the catalog
    // and the window are built meanwhile, loading nothing until then.
    Profile startupProfile;
    QString startupReason;
    bool decided = false;
    auto decision = std::make_unique<QEventLoop>();
    auto decide = [&decided, loop = decision.get()] {
        decided = true;
        loop->quit();
    };
    connect(&session, &SessionController::sessionChanged, decision.get(), decide);
    connect(&session, &SessionController::signInRequired, decision.get(),
            [&, decide](const Profile& profile, const QString& reason) {
                startupProfile = profile;
                startupReason = reason;
                decide();
            });
    connect(&session, &SessionController::signInFailed, decision.get(), decide);
    QTimer::singleShot(10000, decision.get(), &QEventLoop::quit);
    const QUrl apiUrl = m_options.apiUrl;
    if (m_options.forceSandbox)
        session.signInToSandbox();
    else
        session.start(StartupOptions::fromEnvironment(apiUrl.toString()));

    m_clouds = std::make_unique<CloudCatalog>(m_client.get());
    auto* projects = new ProjectListModel(m_client.get(), m_clouds.get()); // the window adopts it
    // A session open at once (a token from the environment) asks for the lists before the window
    // is built: they are on their way while it is.
    const bool loadingEarly = decided && session.isSignedIn();
    if (loadingEarly) {
        m_clouds->refresh();
        projects->refresh();
    } else {
        // Descriptions of the clouds while their list is on its way: the cache, else the list
        // built into Fjord.
        m_clouds->loadOffline();
    }
    if (m_options.fontConfig)
        m_options.fontConfig->finish(); // the window's first text needs it
    m_window = std::make_unique<MainWindow>(projects, m_clouds.get());
    MainWindow* window = m_window.get();

    if (!decided && session.state() == SessionController::State::SignedOut)
        decision->exec();
    decision.reset(); // and with it the connections above
    if (!loadingEarly) {
        if (!session.isSignedIn() && !apiUrl.isEmpty())
            m_client->setBaseUrl(apiUrl);
        m_clouds->refresh();
        if (session.isSignedIn())
            window->refresh();
    }

    // Profile menu, title and status bar follow the session; a new profile or a renewed
    // session (after a 401) loads its data again; signing out clears the window. Also puts in
    // File > Export, Edit > Copy as, View > Activity and Help > About.
    auto* binding = new MainWindowSession(window, &session, m_clouds.get());
    startupprobe::watch(window);
    if (session.state() == SessionController::State::SignedOut) {
        window->show();
        binding->profileMenu()->openSignInDialog(startupProfile, startupReason);
    } else {
        // A list that comes in quickly is in the window's first paint.
        window->showWhenLoaded(150);
    }
}

} // namespace fjord
