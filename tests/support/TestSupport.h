#pragma once

// Fixtures shared by tests: a sandbox on loopback with its own temporary data file, and a
// client pointed at it.

#include <QString>

namespace fjord::test {

// The directory of the source tree (FJORD_SOURCE_DIR, set by CTest).
QString sourceDir();

} // namespace fjord::test
