#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace fjord {

class AivenClient;
class CloudCatalog;
class CredentialStore;
class FontConfigWarmUp;
class LocalSandboxLauncher;
class MainWindow;
class ProfileNetworkAccessManager;
class ProfileStore;
class SessionController;

// What main() builds: the session (profiles, credentials, the embedded sandbox when nothing
// else is configured), the Aiven client, the models, and the shipped main window with its
// menus. The benchmarks build the same window through it, so that they time what users run.
class FjordApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FjordApplication)

public:
    struct Options
    {
        QUrl apiUrl;               // --api-url or AIVEN_WEB_URL; empty: the profile's, or none
        bool forceSandbox = false; // --sandbox
        QString sandboxDataFile;   // the embedded sandbox's state; empty: in memory
        FontConfigWarmUp* fontConfig = nullptr; // finished before the window is built
    };

    explicit FjordApplication(const Options& options, QObject* parent = nullptr);
    ~FjordApplication() override;

    // Decides the session (a round trip, or the sign-in dialog), builds the window and shows
    // it, as soon as the project list is in or shortly after.
    void start();
    // After the event loop has ended, before the destructor: lets go of the project rows
    // without freeing them one by one (see ProjectListModel::releaseRowsForExit()).
    void prepareForExit();

    MainWindow* window() const { return m_window.get(); }
    SessionController* session() const { return m_session.get(); }
    LocalSandboxLauncher* sandbox() const { return m_sandbox.get(); }

private:
    Options m_options;
    std::unique_ptr<ProfileNetworkAccessManager> m_network;
    std::unique_ptr<AivenClient> m_client;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<LocalSandboxLauncher> m_sandbox;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<CloudCatalog> m_clouds;
    std::unique_ptr<MainWindow> m_window; // destroyed first, as main's locals were
};

} // namespace fjord
