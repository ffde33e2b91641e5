#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace fjord {

// The command line of the fjord program: --help, --version, --api-url URL, --sandbox.
// parse() only reads; process() is the convenience for main() that also prints help,
// version or the error and tells main to exit.
class CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };

    CommandLineOptions();

    Outcome parse(const QStringList& arguments);
    // Prints what the outcome asks for (help and version to stdout, errors to stderr) and
    // returns the exit code, or nullopt when the application should start.
    std::optional<int> process(const QStringList& arguments);

    // The program's arguments as QCoreApplication::arguments() gives them, before any
    // application object exists (which for a QApplication needs a display).
    static QStringList arguments(int argc, char** argv);
    // For main(), before the QApplication exists: answers --help and --version (and any
    // mistake on the command line when there is no display to start on anyway) with only a
    // QCoreApplication, set up with the app's names and translations, and returns the exit
    // code; nullopt when the application should be created. Other mistakes wait for
    // process(): the QApplication first takes its own options (-style, -geometry...) out.
    static std::optional<int> answerWithoutDisplay(int& argc, char** argv);

    QString helpText() const;
    static QString versionText(); // "Fjord 0.1.0"
    QString errorText() const { return m_error; }

    // Set with --api-url (an http or https URL without query or fragment).
    std::optional<QUrl> apiUrl() const { return m_apiUrl; }
    // --sandbox: use the embedded local sandbox even when a token is configured.
    bool forceSandbox() const { return m_forceSandbox; }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_apiUrlOption;
    QCommandLineOption m_sandboxOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    std::optional<QUrl> m_apiUrl;
    bool m_forceSandbox = false;
    QString m_error;
};

} // namespace fjord
