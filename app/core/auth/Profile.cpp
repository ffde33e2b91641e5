#include "auth/Profile.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace fjord {

QString Profile::sandboxId()
{
    return u"sandbox"_s;
}

QString Profile::environmentId()
{
    return u"environment"_s;
}

Profile Profile::sandbox()
{
    Profile profile;
    profile.id = sandboxId();
    profile.name = QCoreApplication::translate("fjord::Profile", "Local sandbox");
    profile.origin = TokenOrigin::Sandbox;
    return profile;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Profile::operator==(const Profile& other) const
{
    return id == other.id && name == other.name && apiUrl == other.apiUrl &&
           userEmail == other.userEmail && caFile == other.caFile && origin == other.origin &&
           storage == other.storage;
}

QString tokenOriginKey(TokenOrigin origin)
{
    switch (origin) {
    case TokenOrigin::Pasted:
        return u"pasted"_s;
    case TokenOrigin::Login:
        return u"login"_s;
    case TokenOrigin::Environment:
        return u"env"_s;
    case TokenOrigin::Avn:
        return u"avn"_s;
    case TokenOrigin::Sandbox:
        return u"sandbox"_s;
    }
    return u"pasted"_s;
}

TokenOrigin tokenOriginFromKey(const QString& key)
{
    if (key == "login"_L1)
        return TokenOrigin::Login;
    if (key == "env"_L1)
        return TokenOrigin::Environment;
    if (key == "avn"_L1)
        return TokenOrigin::Avn;
    if (key == "sandbox"_L1)
        return TokenOrigin::Sandbox;
    return TokenOrigin::Pasted;
}

} // namespace fjord
