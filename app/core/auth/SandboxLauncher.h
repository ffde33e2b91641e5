#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace fjord {

// Starts the local Aiven-compatible sandbox that "Try the local sandbox" signs in to. The
// session knows only this interface; the application provides it (over SandboxHost), so the
// core does not depend on the server it stands in for.
class SandboxLauncher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)

public:
    using QObject::QObject;
    ~SandboxLauncher() override = default;

    // Starts the sandbox unless it runs already. ready() or failed() follows: from the event
    // loop while it starts, at once (inside this call) when it already runs.
    virtual void start() = 0;

Q_SIGNALS:
    // The sandbox listens at `baseUrl` and accepts `token`. `userEmail` is the token's user
    // when the launcher knows it (its own server's token), else empty: the session asks.
    void ready(const QUrl& baseUrl, const QString& token, const QString& userEmail);
    void failed(const QString& problem);
    // The running sandbox cannot save changes to its data file and refuses them (it still
    // answers reads).
    void dataFileProblem(const QString& problem);
};

} // namespace fjord
