#pragma once

#include <QString>

namespace fjord {

// The application version, e.g. "0.1.0", from the CMake project version.
QString versionString();

} // namespace fjord
