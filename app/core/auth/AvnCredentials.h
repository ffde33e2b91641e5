#pragma once

#include <QString>

namespace fjord {

// avn's credentials file ({"auth_token": ..., "user_email": ...}). Fjord only looks for the
// file on its own (exists()); the token is read only when the user asks to import it.
class AvnCredentials final
{
public:
    struct Result
    {
        bool ok = false;
        QString token;
        QString userEmail; // may be empty
        QString problem;   // a sentence for the user when !ok; never contains file content
    };

    // $AIVEN_CREDENTIALS_FILE, else $AIVEN_CONFIG_DIR/aiven-credentials.json, else
    // ~/.config/aiven/aiven-credentials.json.
    static QString defaultPath();
    static bool exists(const QString& path = defaultPath());
    static Result read(const QString& path = defaultPath());
};

} // namespace fjord
