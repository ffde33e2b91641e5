#pragma once

#include <QString>
#include <QUrl>

namespace fjord {

// Which API URLs a token may be sent to: HTTPS everywhere, plain HTTP only to this machine
// (127.0.0.0/8, ::1, "localhost"), so a token never crosses a network in clear text.
class ApiUrlPolicy final
{
public:
    struct Result
    {
        bool ok = false;
        QUrl url;        // normalised: no trailing "/" or "/v1", no query or fragment
        QString problem; // a sentence for the user when !ok
    };

    // Accepts what people type: "api.aiven.io" becomes https://api.aiven.io.
    static Result check(const QString& text);
    static Result check(const QUrl& url);
    static bool isLoopbackHost(const QString& host);
};

} // namespace fjord
