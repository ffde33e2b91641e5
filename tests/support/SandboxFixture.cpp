#include "SandboxFixture.h"

#include "api/AivenClient.h"

using namespace Qt::StringLiterals;

namespace fjord::test {

SandboxFixture::SandboxFixture()
{
    startServer();
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::startServer()
{
    m_server = std::make_unique<SandboxServer>();
    m_error.clear();
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary directory: %1"_s.arg(m_dir.errorString());
        return false;
    }
    // A token unlike the default one, so that a client which silently falls back to the
    // default token fails here.
    m_server->setAcceptedToken(u"test-token-7f3a9c"_s);
    m_server->setRecordingRequests(true); // tests check what clients sent
    QString warning;
    if (!m_server->setDataFile(dataFile(), &warning)) {
        m_error = warning;
        return false;
    }
    return m_server->start(0, &m_error);
}

bool SandboxFixture::isRunning() const
{
    return m_server && m_server->isRunning();
}

QUrl SandboxFixture::baseUrl() const
{
    return m_server->baseUrl();
}

QUrl SandboxFixture::apiUrl(const QString& path) const
{
    QUrl url = baseUrl();
    url.setPath(u"/v1"_s + path);
    return url;
}

QString SandboxFixture::token() const
{
    return m_server->acceptedToken();
}

QByteArray SandboxFixture::authorization() const
{
    return "aivenv1 " + token().toUtf8();
}

QString SandboxFixture::dataFile() const
{
    return m_dir.filePath(u"sandbox-state.json"_s);
}

QString SandboxFixture::dataDir() const
{
    return m_dir.path();
}

void SandboxFixture::configure(AivenClient& client) const
{
    client.setBaseUrl(baseUrl());
    client.setToken(token());
}

bool SandboxFixture::restart()
{
    if (m_server)
        m_server->save();
    m_server.reset();
    return startServer();
}

} // namespace fjord::test
