#pragma once

// A session built as the app builds one, on files of its own in a temporary directory:
// settings in fjord.ini, the profile store over them, tokens in a plain file (no keychain),
// the profile-aware network manager, a client and the SessionController over them all.
//
//     fjord::test::SessionFixture fixture(&launcher); // or no launcher: no sandbox sign-in
//     fixture.session().signInWithToken(draft, token);

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QSettings;

namespace fjord {
class AivenClient;
class CredentialStore;
class ProfileNetworkAccessManager;
class ProfileStore;
class SandboxLauncher;
class SessionController;
} // namespace fjord

namespace fjord::test {

class SessionFixture final
{
    Q_DISABLE_COPY_MOVE(SessionFixture)

public:
    // `launcher` (may be null) must outlive the session.
    explicit SessionFixture(SandboxLauncher* launcher = nullptr);
    ~SessionFixture();

    // `name` in the fixture's temporary directory (removed with the fixture).
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    QSettings& settings() { return *m_settings; }
    ProfileStore& profiles() { return *m_profiles; }
    CredentialStore& credentials() { return *m_credentials; }
    ProfileNetworkAccessManager& network() { return *m_network; }
    AivenClient& client() { return *m_client; }
    SessionController& session() { return *m_session; }

    // Replaces the session with a new one over the same client and credentials, with
    // `launcher`; with `settingsFile`, the settings and the profile store are new too.
    void rebuildSession(SandboxLauncher* launcher, const QString& settingsFile = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileNetworkAccessManager> m_network;
    std::unique_ptr<AivenClient> m_client;
    std::unique_ptr<SessionController> m_session; // last: it goes first
};

} // namespace fjord::test
