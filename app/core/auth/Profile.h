#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace fjord {

// Where the token of a profile came from. It decides what "Sign out" does: only a token
// Fjord created by logging in is revoked on the server; any other token is only forgotten.
enum class TokenOrigin {
    Pasted,      // pasted into the sign-in dialog (an API token from the console)
    Login,       // created by POST /v1/userauth on the user's behalf
    Environment, // AIVEN_AUTH_TOKEN
    Avn,         // imported from avn's credentials file on request
    Sandbox,     // the well-known token of the embedded sandbox
};

// Where a profile's token is kept between runs. Session-only tokens are never persisted.
enum class TokenStorage {
    Keychain,
    PlainFile, // only after the user explicitly chose it
};

// One place the user signs in to. Holds no secret: tokens live in the CredentialStore.
struct Profile
{
    QString id;   // stable key for settings and keychain entries
    QString name; // shown in the profile menu
    QUrl apiUrl;  // without "/v1"; empty for the embedded sandbox (its port changes)
    QString userEmail;
    QString caFile; // PEM file with extra trusted CAs (like avn's AIVEN_CA_CERT)
    TokenOrigin origin = TokenOrigin::Pasted;
    TokenStorage storage = TokenStorage::Keychain;

    static QString sandboxId();     // "sandbox"
    static QString environmentId(); // "environment": AIVEN_AUTH_TOKEN, never saved
    static Profile sandbox();
    static QString newId(); // a fresh random id

    bool isSandbox() const { return id == sandboxId(); }
    bool isEnvironment() const { return id == environmentId(); }
    // Fjord created the token and must revoke it on sign-out.
    bool revokesOnSignOut() const { return origin == TokenOrigin::Login; }
    bool isValid() const { return !id.isEmpty(); }

    bool operator==(const Profile& other) const;
    bool operator!=(const Profile& other) const { return !(*this == other); }
};

QString tokenOriginKey(TokenOrigin origin);         // "pasted", "login", "env", "avn", "sandbox"
TokenOrigin tokenOriginFromKey(const QString& key); // unknown -> Pasted

} // namespace fjord

Q_DECLARE_METATYPE(fjord::Profile)
