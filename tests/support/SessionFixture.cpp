#include "SessionFixture.h"

#include "NoKeychain.h"
#include "api/AivenClient.h"
#include "auth/CredentialStore.h"
#include "auth/ProfileNetworkAccessManager.h"
#include "auth/ProfileStore.h"
#include "auth/SessionController.h"

#include <QSettings>

namespace fjord::test {

SessionFixture::SessionFixture(SandboxLauncher* launcher)
    : m_settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("fjord.ini")),
                                             QSettings::IniFormat))
    , m_profiles(std::make_unique<ProfileStore>(m_settings.get()))
    , m_credentials(std::make_unique<CredentialStore>(std::make_unique<NoKeychain>()))
    , m_network(std::make_unique<ProfileNetworkAccessManager>())
    , m_client(std::make_unique<AivenClient>(m_network.get()))
{
    m_credentials->setPlainFilePath(m_dir.filePath(QStringLiteral("tokens.json")));
    rebuildSession(launcher);
}

SessionFixture::~SessionFixture() = default;

void SessionFixture::rebuildSession(SandboxLauncher* launcher, const QString& settingsFile)
{
    m_session.reset();
    if (!settingsFile.isEmpty()) {
        m_profiles.reset();
        m_settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    }
    m_session = std::make_unique<SessionController>(
        m_client.get(), m_network.get(), m_profiles.get(), m_credentials.get(), launcher);
}

} // namespace fjord::test
