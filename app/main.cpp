#include "CommandLineOptions.h"
#include "CredentialStore.h"
#include "DesktopMenus.h"
#include "DesktopSetup.h"
#include "FontConfigWarmUp.h"
#include "MainWindow.h"
#include "ProfileMenu.h"
#include "ProfileNetworkAccessManager.h"
#include "ProfileStore.h"
#include "SessionController.h"
#include "StartupProbe.h"
#include "api/AivenClient.h"
#include "models/CloudCatalog.h"
#include "models/ProjectListModel.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace fjord;

int main(int argc, char* argv[])
{
    startupprobe::start();
    FontConfigWarmUp fontConfig; // while the application connects to the display
    QApplication app(argc, argv);
    setupApplication(); // organization and application "Fjord", style, translations

    CommandLineOptions options;
    if (const std::optional<int> exitCode = options.process(QCoreApplication::arguments()))
        return *exitCode;

    // As with avn: AIVEN_WEB_URL stands in for --api-url, AIVEN_AUTH_TOKEN holds the token.
    QUrl apiUrl = options.apiUrl().value_or(QUrl());
    if (apiUrl.isEmpty() && !options.forceSandbox()) {
        const QString fromEnvironment = qEnvironmentVariable("AIVEN_WEB_URL").trimmed();
        if (!fromEnvironment.isEmpty()) {
            apiUrl = QUrl(fromEnvironment, QUrl::StrictMode);
            if (!apiUrl.isValid() || apiUrl.host().isEmpty()) {
                std::fprintf(stderr, "fjord: AIVEN_WEB_URL is not a usable URL\n");
                return 2;
            }
        }
    }
    // Sign-in (issue 5): AIVEN_AUTH_TOKEN wins, then the current profile's stored token, then
    // the sign-in dialog; with nothing configured at all, the embedded sandbox, its state kept
    // in the app's data folder so that what a newcomer creates is still there next time.
    ProfileNetworkAccessManager network;
    AivenClient client(&network);
    ProfileStore profiles;
    CredentialStore credentials;
    SessionController session(&client, &network, &profiles, &credentials);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!dataDir.isEmpty() && QDir().mkpath(dataDir))
        session.setSandboxDataFile(QDir(dataDir).filePath(QStringLiteral("sandbox.json")));
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
    QObject::connect(&session, &SessionController::sessionChanged, decision.get(), decide);
    QObject::connect(&session, &SessionController::signInRequired, decision.get(),
                     [&, decide](const Profile& profile, const QString& reason) {
                         startupProfile = profile;
                         startupReason = reason;
                         decide();
                     });
    QObject::connect(&session, &SessionController::signInFailed, decision.get(), decide);
    QTimer::singleShot(10000, decision.get(), &QEventLoop::quit);
    if (options.forceSandbox())
        session.signInToSandbox();
    else
        session.start(StartupOptions::fromEnvironment(apiUrl.toString()));

    CloudCatalog clouds(&client);
    // The embedded sandbox listens at once: the lists are then asked for before the window is
    // built, and are in by the time it is.
    if (!decided && session.isSigningIn() && session.sandboxHost()) {
        QTimer briefly;
        briefly.setSingleShot(true);
        QObject::connect(&briefly, &QTimer::timeout, decision.get(), &QEventLoop::quit);
        briefly.start(20);
        decision->exec();
    }
    auto* projects = new ProjectListModel(&client, &clouds); // the window adopts it
    const bool loadingEarly = decided && session.isSignedIn();
    if (loadingEarly) {
        clouds.refresh();
        projects->refresh();
    } else {
        clouds.loadCache(); // descriptions of the clouds while their list is on its way
    }
    fontConfig.finish(); // the window's first text needs it
    MainWindow window(projects, &clouds);
    setApplicationIconAfterFirstPaint(&window);

    if (!decided && session.state() == SessionController::State::SignedOut)
        decision->exec();
    decision.reset(); // and with it the connections above
    if (!loadingEarly) {
        if (!session.isSignedIn() && !apiUrl.isEmpty())
            client.setBaseUrl(apiUrl);
        clouds.refresh();
        window.refresh();
    }

    // Profile menu, title and status bar follow the session; a new profile or a renewed
    // session (after a 401) loads its data again.
    auto* profileMenu = new ProfileMenu(&session, &window);
    // Before Help, which stays last as on every desktop.
    window.menuBar()->insertMenu(window.helpMenu()->menuAction(), profileMenu);
    QString shownProfile = session.currentProfile().id;
    auto showSession = [&window, &session, &clouds, &shownProfile] {
        window.setWindowTitle(session.windowTitle());
        window.statusBar()->showMessage(session.statusText());
        if (session.isSignedIn() && session.currentProfile().id != shownProfile) {
            shownProfile = session.currentProfile().id;
            clouds.refresh();
            window.refresh();
        }
    };
    QObject::connect(&session, &SessionController::sessionChanged, &window, showSession);
    // After signing in again (a 401 mid-session), the reads it interrupted run again.
    QObject::connect(&session, &SessionController::reauthenticated, &window, [&window, &clouds] {
        window.refresh();
        clouds.refresh();
    });
    // File > Export, Edit > Copy as, View > Activity (logs this client's calls), Help > About.
    new DesktopMenus(&window);
    showSession();
    startupprobe::watch(&window);
    if (session.state() == SessionController::State::SignedOut) {
        window.show();
        profileMenu->openSignInDialog(startupProfile, startupReason);
    } else {
        // A list that comes in quickly is in the window's first paint.
        window.showWhenLoaded(150);
    }
    return app.exec();
}
