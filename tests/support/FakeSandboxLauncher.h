#pragma once

// A SandboxLauncher the test drives: start() only counts, until the test says the sandbox
// runs (then start() reports ready at once, as the real one does) or that it failed.

#include "auth/SandboxLauncher.h"

namespace fjord::test {

class FakeSandboxLauncher final : public SandboxLauncher
{
public:
    void start() override
    {
        ++starts;
        if (running)
            Q_EMIT ready(baseUrl, token, userEmail);
    }
    void becomeReady(const QUrl& url, const QString& acceptedToken, const QString& user)
    {
        running = true;
        baseUrl = url;
        token = acceptedToken;
        userEmail = user;
        Q_EMIT ready(baseUrl, token, userEmail);
    }
    void fail(const QString& problem) { Q_EMIT failed(problem); }
    void reportDataFileProblem(const QString& problem) { Q_EMIT dataFileProblem(problem); }

    int starts = 0;
    bool running = false;
    QUrl baseUrl;
    QString token;
    QString userEmail;
};

} // namespace fjord::test
