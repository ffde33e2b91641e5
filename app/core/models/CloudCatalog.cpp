#include "models/CloudCatalog.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "api/JsonCodec.h"
#include "util/AppPaths.h"
#include "util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>

#include <optional>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

void writeCache(const QString& fileName, const QVector<Cloud>& clouds)
{
    if (fileName.isEmpty())
        return;
    QJsonArray array;
    for (const Cloud& cloud : clouds)
        array.append(json::toJson(cloud));
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{u"clouds"_s, array}}).toJson(QJsonDocument::Compact);
    // The list rarely changes: a file that already says the same is left alone.
    QFile existing(fileName);
    if (existing.size() == bytes.size() && existing.open(QIODevice::ReadOnly) &&
        existing.readAll() == bytes)
        return;
    existing.close();
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QString error;
    if (!writeFileSafely(fileName, bytes, &error))
        qWarning("Cannot write the cloud cache %s: %s", qPrintable(fileName), qPrintable(error));
}

} // namespace

struct CloudCatalog::Private
{
    QPointer<AivenClient> client;
    QPointer<ApiCall> call;
    QString cacheFile;
    QVector<Cloud> clouds;
    QHash<QString, int> index;
    Source source = Source::None;
    QString lastError;

    void setClouds(const QVector<Cloud>& list)
    {
        clouds = list;
        index.clear();
        for (int i = 0; i < clouds.size(); ++i)
            index.insert(clouds.at(i).name, i);
    }
};

CloudCatalog::CloudCatalog(AivenClient* client, QObject* parent)
    : QObject(parent)
    , d(new Private)
{
    d->client = client;
    const QString dir = AppPaths::cacheDir();
    if (!dir.isEmpty())
        d->cacheFile = dir + "/clouds.json"_L1;
}

CloudCatalog::~CloudCatalog()
{
    // Quiet, as every model's destruction: its receivers may be half destroyed themselves.
    blockSignals(true);
    if (ApiCall* call = d->call) {
        d->call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
    }
    delete d;
}

void CloudCatalog::setCacheFile(const QString& fileName)
{
    d->cacheFile = fileName;
}

QString CloudCatalog::cacheFile() const
{
    return d->cacheFile;
}

namespace {

std::optional<QVector<Cloud>> readCloudFile(const QString& fileName, const char* what)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    QString error;
    auto clouds = json::parseCloudList(document.object(), &error);
    if (!clouds || clouds->isEmpty()) {
        qWarning("Ignoring the %s cloud list: %s", what, qPrintable(error));
        return std::nullopt;
    }
    return clouds;
}

} // namespace

bool CloudCatalog::loadCache()
{
    if (d->cacheFile.isEmpty())
        return false;
    const auto clouds = readCloudFile(d->cacheFile, "cached");
    if (!clouds)
        return false;
    d->setClouds(*clouds);
    setSource(Source::Cache);
    Q_EMIT cloudsChanged();
    return true;
}

bool CloudCatalog::loadBundled()
{
    // The standard public list in the shape of GET /v1/clouds (see resources/sandbox).
    const auto clouds = readCloudFile(u":/clouds/clouds.json"_s, "built-in");
    if (!clouds)
        return false;
    d->setClouds(*clouds);
    setSource(Source::Bundled);
    Q_EMIT cloudsChanged();
    return true;
}

bool CloudCatalog::loadOffline()
{
    return loadCache() || loadBundled();
}

CloudCatalog::Source CloudCatalog::source() const
{
    return d->source;
}

QString CloudCatalog::lastError() const
{
    return d->lastError;
}

void CloudCatalog::setSource(Source source)
{
    if (d->source == source)
        return;
    d->source = source;
    Q_EMIT sourceChanged(source);
}

void CloudCatalog::forgetSession()
{
    if (ApiCall* call = d->call) {
        d->call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->abandon();
        Q_EMIT loadingChanged(false);
    }
    d->lastError.clear();
    if (d->source != Source::Bundled && !loadBundled()) {
        d->setClouds({});
        setSource(Source::None);
        Q_EMIT cloudsChanged();
    }
}

void CloudCatalog::refresh()
{
    if (!d->client || d->call)
        return;
    ApiCall* call = d->client->listClouds();
    d->call = call;
    Q_EMIT loadingChanged(true);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (d->call == call)
            d->call = nullptr;
        Q_EMIT loadingChanged(false);
        if (!call->isSuccess()) {
            if (call->error().kind() != ApiError::Kind::Canceled)
                fail(call->error().userMessage());
            return;
        }
        const auto clouds = call->value<QVector<Cloud>>();
        if (clouds.isEmpty()) {
            // An empty list would blank the map; keep what we have.
            fail(tr("The server returned no cloud regions."));
            return;
        }
        d->lastError.clear();
        // The list rarely changes: the usual answer leaves the cache file as it is.
        if (clouds == d->clouds) {
            setSource(Source::Server);
            return;
        }
        d->setClouds(clouds);
        setSource(Source::Server);
        // Serialising and syncing the file to disk is kept off the GUI thread.
        QThreadPool::globalInstance()->start(
            [fileName = d->cacheFile, list = d->clouds] { writeCache(fileName, list); });
        Q_EMIT cloudsChanged();
    });
}

void CloudCatalog::setClouds(const QVector<Cloud>& clouds)
{
    if (clouds == d->clouds)
        return;
    d->setClouds(clouds);
    Q_EMIT cloudsChanged();
}

void CloudCatalog::fail(const QString& message)
{
    d->lastError = message;
    // A first start without the API: the cache, else the built-in list, rather than nothing.
    if (d->clouds.isEmpty())
        loadOffline();
    Q_EMIT refreshFailed(message);
}

bool CloudCatalog::isLoading() const
{
    return !d->call.isNull();
}

const QVector<Cloud>& CloudCatalog::clouds() const
{
    return d->clouds;
}

const Cloud* CloudCatalog::find(const QString& cloudName) const
{
    const auto it = d->index.constFind(cloudName);
    return it == d->index.constEnd() ? nullptr : &d->clouds.at(it.value());
}

QString CloudCatalog::describe(const QString& cloudName) const
{
    const Cloud* cloud = find(cloudName);
    return cloud && !cloud->description.isEmpty() ? cloud->description : cloudName;
}

} // namespace fjord
