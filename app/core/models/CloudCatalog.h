#pragma once

#include "Types.h"

#include <QObject>
#include <QPointer>

namespace fjord {

class AivenClient;
class ApiError;

// The list of cloud regions the app knows, shared by the map, the region list, the project
// list (cloud descriptions) and the project dialogs. Loaded from a disk cache at start so
// that the map works offline and starts instantly; refresh() fetches GET /v1/clouds and
// rewrites the cache on success.
class CloudCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudCatalog)

public:
    explicit CloudCatalog(AivenClient* client, QObject* parent = nullptr);
    ~CloudCatalog() override;

    // Cache file; default <AppCacheLocation>/clouds.json. Empty disables the cache.
    void setCacheFile(const QString& fileName);
    QString cacheFile() const;
    bool loadCache(); // true when the cache held a usable list

    void refresh();
    bool isLoading() const;
    // Replaces the list without touching the cache: e.g. the clouds one project may use
    // (GET /v1/project/{project}/clouds), for that project's pickers.
    void setClouds(const QVector<Cloud>& clouds);

    const QVector<Cloud>& clouds() const;
    const Cloud* find(const QString& cloudName) const; // nullptr when unknown
    // "Europe, Finland - Google Cloud: Finland" or the bare name when unknown.
    QString describe(const QString& cloudName) const;

Q_SIGNALS:
    void cloudsChanged();
    void loadingChanged(bool loading);
    void refreshFailed(const QString& userMessage);

private:
    struct Private;
    Private* d;
};

} // namespace fjord
