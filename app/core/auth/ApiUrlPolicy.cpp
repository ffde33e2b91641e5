#include "auth/ApiUrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fjord::ApiUrlPolicy", text);
}

ApiUrlPolicy::Result failure(const QString& problem)
{
    ApiUrlPolicy::Result result;
    result.problem = problem;
    return result;
}

} // namespace

bool ApiUrlPolicy::isLoopbackHost(const QString& host)
{
    QString h = host.trimmed().toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    if (h == "localhost"_L1)
        return true;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    // QHostAddress also accepts shorthand such as "127.1"; require a full dotted quad or
    // an IPv6 literal so that the check matches what the network layer will connect to.
    if (!address.setAddress(h))
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol && h.count(u'.') != 3)
        return false;
    return address.isLoopback();
}

ApiUrlPolicy::Result ApiUrlPolicy::check(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failure(tr("Enter the API URL, for example https://api.aiven.io."));
    QString withScheme = trimmed;
    if (!trimmed.contains("://"_L1))
        withScheme = "https://"_L1 + trimmed;
    return check(QUrl(withScheme, QUrl::StrictMode));
}

ApiUrlPolicy::Result ApiUrlPolicy::check(const QUrl& input)
{
    if (!input.isValid() || input.host().isEmpty())
        return failure(tr("This is not a valid URL."));
    if (!input.userInfo().isEmpty())
        return failure(tr("The API URL must not contain a user name or password."));
    const QString scheme = input.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return failure(tr("The API URL must start with https://."));
    if (scheme == "http"_L1 && !isLoopbackHost(input.host()))
        return failure(tr("The API URL must use HTTPS. Plain HTTP is only allowed for "
                          "this computer (localhost, 127.0.0.1 or ::1)."));

    QUrl url = input.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setScheme(scheme);
    QString path = url.path();
    // avn's AIVEN_WEB_URL has no "/v1"; people paste either form.
    if (path.endsWith("/v1"_L1))
        path.chop(3);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);

    Result result;
    result.ok = true;
    result.url = url;
    return result;
}

} // namespace fjord
