#include "CommandLineOptions.h"
#include "DesktopSetup.h"
#include "FjordApplication.h"
#include "FontConfigWarmUp.h"
#include "StartupProbe.h"
#include "util/Allocator.h"
#include "util/AppPaths.h"

#include <QApplication>
#include <QDir>

#include <cstdio>

using namespace fjord;

int main(int argc, char* argv[])
{
    tuneAllocatorForLargeAnswers();
    startupprobe::start();
    // --help and --version are answered without a display.
    if (const std::optional<int> exitCode = CommandLineOptions::answerWithoutDisplay(argc, argv))
        return *exitCode;
    FontConfigWarmUp fontConfig; // while the application connects to the display
    QApplication app(argc, argv);
    setupApplication();                 // organization and application "Fjord", style, translations
    AppPaths::migrateLegacyLocations(); // once, from ~/.local/share/Fjord/Fjord

    CommandLineOptions commandLine;
    if (const std::optional<int> exitCode = commandLine.process(QCoreApplication::arguments()))
        return *exitCode;

    FjordApplication::Options options;
    options.forceSandbox = commandLine.forceSandbox();
    options.fontConfig = &fontConfig;
    // As with avn: AIVEN_WEB_URL stands in for --api-url, AIVEN_AUTH_TOKEN holds the token.
    options.apiUrl = commandLine.apiUrl().value_or(QUrl());
    if (options.apiUrl.isEmpty() && !options.forceSandbox) {
        const QString fromEnvironment = qEnvironmentVariable("AIVEN_WEB_URL").trimmed();
        if (!fromEnvironment.isEmpty()) {
            options.apiUrl = QUrl(fromEnvironment, QUrl::StrictMode);
            if (!options.apiUrl.isValid() || options.apiUrl.host().isEmpty()) {
                std::fprintf(stderr, "fjord: AIVEN_WEB_URL is not a usable URL\n");
                return 2;
            }
        }
    }
    const QString dataDir = AppPaths::dataDir();
    // Set even when the folder cannot be made: the sandbox then says it cannot save changes and
    // refuses them, rather than keep them in memory only and lose them on quitting.
    if (!dataDir.isEmpty()) {
        QDir().mkpath(dataDir);
        options.sandboxDataFile = QDir(dataDir).filePath(QStringLiteral("sandbox.json"));
    }

    FjordApplication fjord(options);
    fjord.start();
    const int exitCode = app.exec();
    fjord.prepareForExit();
    return exitCode;
}
