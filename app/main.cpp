#include "CommandLineOptions.h"
#include "DesktopMenus.h"
#include "DesktopSetup.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "api/AivenClient.h"
#include "models/CloudCatalog.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>

#include <cstdio>

using namespace fjord;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    setupApplication(); // organization and application "Fjord", icon, translations

    CommandLineOptions options;
    if (const std::optional<int> exitCode = options.process(QCoreApplication::arguments()))
        return *exitCode;

    // As with avn: AIVEN_WEB_URL stands in for --api-url, AIVEN_AUTH_TOKEN holds the token.
    QUrl apiUrl = options.apiUrl().value_or(QUrl());
    if (apiUrl.isEmpty() && !options.forceSandbox()) {
        const QString fromEnvironment = qEnvironmentVariable("AIVEN_WEB_URL").trimmed();
        if (!fromEnvironment.isEmpty()) {
            apiUrl = QUrl(fromEnvironment, QUrl::StrictMode);
            if (!apiUrl.isValid() || apiUrl.host().isEmpty()) {
                std::fprintf(stderr, "fjord: AIVEN_WEB_URL is not a usable URL\n");
                return 2;
            }
        }
    }
    const QString token = qEnvironmentVariable("AIVEN_AUTH_TOKEN");

    QNetworkAccessManager network;
    AivenClient client(&network);
    SandboxServer sandbox;
    QString endpoint;

    // A newcomer without credentials lands on a working app: the local sandbox, its state
    // kept in the app's data folder so that what they create is still there next time.
    if (options.forceSandbox() || (token.isEmpty() && apiUrl.isEmpty())) {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QString warning;
        if (!dataDir.isEmpty() && QDir().mkpath(dataDir))
            sandbox.setDataFile(QDir(dataDir).filePath(QStringLiteral("sandbox.json")), &warning);
        if (!warning.isEmpty())
            std::fprintf(stderr, "fjord: %s\n", qPrintable(warning));
        QString error;
        if (!sandbox.start(0, &error)) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Fjord"),
                QApplication::translate("main", "The local sandbox could not start: %1")
                    .arg(error));
            return 1;
        }
        client.setBaseUrl(sandbox.baseUrl());
        client.setToken(sandbox.acceptedToken());
        endpoint = QApplication::translate("main", "local sandbox");
    } else {
        if (!apiUrl.isEmpty()) {
            client.setBaseUrl(apiUrl);
            endpoint = apiUrl.host();
        }
        client.setToken(token);
    }

    CloudCatalog clouds(&client);
    clouds.loadCache();
    clouds.refresh();

    MainWindow window(&client, &clouds);
    window.setEndpointDescription(endpoint);
    // File > Export, Edit > Copy as, View > Activity (logs this client's calls), Help > About.
    new DesktopMenus(&window);
    window.show();
    return app.exec();
}
