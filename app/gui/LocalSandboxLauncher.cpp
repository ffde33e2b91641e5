#include "LocalSandboxLauncher.h"

#include "SandboxHost.h"
#include "SandboxServer.h"

namespace fjord {

LocalSandboxLauncher::LocalSandboxLauncher(const QString& dataFile, QObject* parent)
    : SandboxLauncher(parent)
    , m_dataFile(dataFile)
{
}

LocalSandboxLauncher::~LocalSandboxLauncher() = default;

void LocalSandboxLauncher::start()
{
    if (!m_host) {
        m_host = new SandboxHost(this);
        connect(m_host, &SandboxHost::ready, this, &LocalSandboxLauncher::reportReady);
        connect(m_host, &SandboxHost::failed, this, &SandboxLauncher::failed);
        connect(m_host, &SandboxHost::dataFileProblem, this, &SandboxLauncher::dataFileProblem);
    }
    if (m_host->isRunning())
        reportReady();
    else
        m_host->start(m_dataFile); // the server starts on its own thread meanwhile
}

void LocalSandboxLauncher::reportReady()
{
    const QString token = m_host->acceptedToken();
    // A sandbox shared with another Fjord may accept another token, whose user is not known.
    const QString user =
        token == SandboxServer::defaultToken() ? SandboxServer::demoEmail() : QString();
    Q_EMIT ready(m_host->baseUrl(), token, user);
}

} // namespace fjord
