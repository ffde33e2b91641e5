#include "CloudCatalog.h"

#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "api/JsonCodec.h"
#include "util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>

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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!dir.isEmpty())
        d->cacheFile = dir + "/clouds.json"_L1;
}

CloudCatalog::~CloudCatalog()
{
    if (d->call)
        d->call->abandon();
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

bool CloudCatalog::loadCache()
{
    if (d->cacheFile.isEmpty())
        return false;
    QFile file(d->cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return false;
    QString error;
    const auto clouds = json::parseCloudList(document.object(), &error);
    if (!clouds || clouds->isEmpty()) {
        qWarning("Ignoring the cached cloud list: %s", qPrintable(error));
        return false;
    }
    d->setClouds(*clouds);
    Q_EMIT cloudsChanged();
    return true;
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
                Q_EMIT refreshFailed(call->error().userMessage());
            return;
        }
        const auto clouds = call->value<QVector<Cloud>>();
        if (clouds.isEmpty()) {
            // An empty list would blank the map; keep what we have.
            Q_EMIT refreshFailed(tr("The server returned no cloud regions."));
            return;
        }
        // The list rarely changes: the usual answer leaves the cache file as it is.
        if (clouds == d->clouds)
            return;
        d->setClouds(clouds);
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
