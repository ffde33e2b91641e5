#include "auth/AvnCredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// A real file is well under 1 KiB; anything huge is not avn's and is not read into memory.
constexpr qint64 kMaxFileBytes = 64 * 1024;
constexpr int kMaxTokenLength = 4096;

QString tr(const char* text)
{
    return QCoreApplication::translate("fjord::AvnCredentials", text);
}

AvnCredentials::Result failure(const QString& problem)
{
    AvnCredentials::Result result;
    result.problem = problem;
    return result;
}

bool isPrintableToken(const QString& token)
{
    for (const QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

} // namespace

QString AvnCredentials::defaultPath()
{
    const QString explicitFile = qEnvironmentVariable("AIVEN_CREDENTIALS_FILE");
    if (!explicitFile.isEmpty())
        return explicitFile;
    QString configDir = qEnvironmentVariable("AIVEN_CONFIG_DIR");
    if (configDir.isEmpty())
        configDir = QDir::homePath() + "/.config/aiven"_L1;
    return configDir + "/aiven-credentials.json"_L1;
}

bool AvnCredentials::exists(const QString& path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.exists() && info.isFile();
}

AvnCredentials::Result AvnCredentials::read(const QString& path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return failure(tr("avn's credentials file was not found."));
    if (!info.isFile())
        return failure(tr("avn's credentials file is not a regular file."));
    if (info.size() > kMaxFileBytes)
        return failure(tr("avn's credentials file is too large to be a credentials file."));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("avn's credentials file could not be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(kMaxFileBytes + 1);

    // The parser's message can quote the content, so it is deliberately not passed on.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failure(tr("avn's credentials file is not valid JSON."));
    const QJsonObject object = doc.object();
    const QJsonValue tokenValue = object.value("auth_token"_L1);
    if (!tokenValue.isString())
        return failure(tr("avn's credentials file has no token (\"auth_token\")."));
    const QString token = tokenValue.toString().trimmed();
    if (token.isEmpty())
        return failure(tr("avn's credentials file has an empty token."));
    if (token.size() > kMaxTokenLength || !isPrintableToken(token))
        return failure(tr("The token in avn's credentials file is not a valid token."));

    Result result;
    result.ok = true;
    result.token = token;
    const QJsonValue email = object.value("user_email"_L1);
    if (email.isString())
        result.userEmail = email.toString().trimmed();
    return result;
}

} // namespace fjord
