#include "CommandLineOptions.h"

#include "DesktopSetup.h"
#include "util/Version.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fjord {

CommandLineOptions::CommandLineOptions()
    : m_apiUrlOption(QStringLiteral("api-url"),
                     tr("Use the Aiven API at <url> instead of https://api.aiven.io "
                        "(\"/v1\" is appended). The AIVEN_WEB_URL environment variable does "
                        "the same."),
                     tr("url"))
    , m_sandboxOption(QStringLiteral("sandbox"),
                      tr("Open on the built-in local sandbox, even when a token is configured."))
    // Our own --help and --version, so that parse() never prints or exits by itself.
    , m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
    , m_versionOption({QStringLiteral("v"), QStringLiteral("version")},
                      tr("Show the version and exit."))
{
    m_parser.setApplicationDescription(
        tr("Fjord: a desktop client for Aiven projects and cloud regions.\n\n"
           "The token comes from the AIVEN_AUTH_TOKEN environment variable or the sign-in "
           "screen. With no token and no --api-url, Fjord opens on a local sandbox."));
    m_parser.addOption(m_apiUrlOption);
    m_parser.addOption(m_sandboxOption);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
}

CommandLineOptions::Outcome CommandLineOptions::parse(const QStringList& arguments)
{
    m_apiUrl.reset();
    m_forceSandbox = false;
    m_error.clear();

    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Outcome::Error;
    }
    if (m_parser.isSet(m_helpOption))
        return Outcome::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Outcome::ShowVersion;
    if (!m_parser.positionalArguments().isEmpty()) {
        m_error = tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst());
        return Outcome::Error;
    }
    if (m_parser.isSet(m_apiUrlOption)) {
        const QString text = m_parser.value(m_apiUrlOption).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            url.hasQuery() || url.hasFragment()) {
            m_error = tr("Not a usable API URL: %1 (expected e.g. https://api.aiven.io)").arg(text);
            return Outcome::Error;
        }
        m_apiUrl = url;
    }
    m_forceSandbox = m_parser.isSet(m_sandboxOption);
    if (m_forceSandbox && m_apiUrl) {
        m_forceSandbox = false;
        m_apiUrl.reset();
        m_error = tr("--sandbox and --api-url cannot be used together.");
        return Outcome::Error;
    }
    return Outcome::Run;
}

std::optional<int> CommandLineOptions::process(const QStringList& arguments)
{
    switch (parse(arguments)) {
    case Outcome::Run:
        return std::nullopt;
    case Outcome::ShowHelp:
        QTextStream(stdout) << helpText();
        return 0;
    case Outcome::ShowVersion:
        QTextStream(stdout) << versionText() << '\n';
        return 0;
    case Outcome::Error:
        QTextStream(stderr) << m_error << '\n' << tr("Try 'fjord --help' for more.") << '\n';
        return 2;
    }
    return 2;
}

QStringList CommandLineOptions::arguments(int argc, char** argv)
{
    QStringList list;
    list.reserve(argc);
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

std::optional<int> CommandLineOptions::answerWithoutDisplay(int& argc, char** argv)
{
    switch (CommandLineOptions().parse(arguments(argc, argv))) {
    case Outcome::Run:
        return std::nullopt;
    case Outcome::ShowHelp:
    case Outcome::ShowVersion:
        break;
    case Outcome::Error:
        // Without any display, creating the QApplication would only abort.
        if (!qEnvironmentVariableIsEmpty("DISPLAY") ||
            !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
            !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            return std::nullopt;
        break;
    }
    const QCoreApplication app(argc, argv);
    setupApplication();
    // Built after the translations are installed, so that the help is in the user's language.
    CommandLineOptions options;
    return options.process(QCoreApplication::arguments()).value_or(0);
}

QString CommandLineOptions::helpText() const
{
    return m_parser.helpText();
}

QString CommandLineOptions::versionText()
{
    return QStringLiteral("Fjord ") + versionString();
}

} // namespace fjord
