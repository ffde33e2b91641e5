#include "util/Version.h"

namespace fjord {

QString versionString()
{
    return QStringLiteral(FJORD_VERSION);
}

} // namespace fjord
