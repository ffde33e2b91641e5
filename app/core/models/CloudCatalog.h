#pragma once

#include "api/Types.h"

#include <QObject>
#include <QPointer>

namespace fjord {

class AivenClient;
class ApiError;

// The list of cloud regions the app knows, shared by the map, the region list, the project
// list (cloud descriptions) and the project dialogs. Loaded from a disk cache at start so
// that the map works offline and starts instantly; refresh() fetches GET /v1/clouds and
// rewrites the cache on success. With neither the API nor a cache (a first start offline)
// it falls back to the list built into Fjord, which may be out of date.
class CloudCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudCatalog)

public:
    // Where the clouds now held came from.
    enum class Source {
        None,    // nothing yet
        Bundled, // the list built into Fjord (may be out of date)
        Cache,   // the disk cache, written after an earlier refresh
        Server,  // GET /v1/clouds in this run
    };
    Q_ENUM(Source)

    explicit CloudCatalog(AivenClient* client, QObject* parent = nullptr);
    ~CloudCatalog() override;

    // Cache file; default ~/.cache/Fjord/clouds.json (AppPaths::cacheDir()). Empty disables the
    // cache.
    void setCacheFile(const QString& fileName);
    QString cacheFile() const;
    bool loadCache();   // true when the cache held a usable list
    bool loadBundled(); // the built-in list; true unless it is missing from the build
    // The cache, else the built-in list.
    bool loadOffline();

    void refresh();
    bool isLoading() const;
    // Replaces the list without touching the cache: e.g. the clouds one project may use
    // (GET /v1/project/{project}/clouds), for that project's pickers.
    void setClouds(const QVector<Cloud>& clouds);
    Source source() const;
    // Why the last refresh failed, in words; empty once one succeeded.
    QString lastError() const;
    // Signing out: drops what this run's API sent (and any answer on its way) for the
    // built-in list.
    void forgetSession();

    const QVector<Cloud>& clouds() const;
    const Cloud* find(const QString& cloudName) const; // nullptr when unknown
    // "Europe, Finland - Google Cloud: Finland" or the bare name when unknown.
    QString describe(const QString& cloudName) const;

Q_SIGNALS:
    void cloudsChanged();
    void loadingChanged(bool loading);
    void sourceChanged(fjord::CloudCatalog::Source source);
    void refreshFailed(const QString& userMessage);

private:
    void setSource(Source source);
    void fail(const QString& message);

    struct Private;
    Private* d;
};

} // namespace fjord
