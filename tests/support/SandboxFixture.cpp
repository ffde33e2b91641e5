#include "SandboxFixture.h"

#include "api/AivenClient.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace fjord::test {

class SandboxFixture::CountingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QString method;
        QString path;
    };
    QList<Sent> sent;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* data) override
    {
        QString method;
        switch (op) {
        case GetOperation:
            method = u"GET"_s;
            break;
        case PutOperation:
            method = u"PUT"_s;
            break;
        case PostOperation:
            method = u"POST"_s;
            break;
        case DeleteOperation:
            method = u"DELETE"_s;
            break;
        case HeadOperation:
            method = u"HEAD"_s;
            break;
        default:
            method = QString::fromLatin1(
                request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
        }
        sent.append({method, request.url().path()});
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

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
    client.setTimeoutMs(10000);
}

AivenClient& SandboxFixture::client()
{
    if (!m_client) {
        m_network = std::make_unique<CountingNetworkAccessManager>();
        m_client = std::make_unique<AivenClient>(m_network.get());
        configure(*m_client);
    }
    return *m_client;
}

bool SandboxFixture::restart()
{
    if (m_server)
        m_server->save();
    m_server.reset();
    const bool started = startServer();
    if (started && m_client)
        configure(*m_client); // the port changed
    return started;
}

} // namespace fjord::test

namespace fjord::test {

int SandboxFixture::sentCount(const QString& method, const QString& pathPrefix) const
{
    if (!m_network)
        return 0;
    int count = 0;
    for (const auto& request : std::as_const(m_network->sent))
        count += request.method == method && request.path.startsWith(pathPrefix) ? 1 : 0;
    return count;
}

} // namespace fjord::test
