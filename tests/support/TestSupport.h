#pragma once

// Helpers shared by tests. The sandbox fixture (a SandboxServer on loopback with its own
// temporary data file) is in SandboxFixture.h.

#include <QString>

namespace fjord::test {

// The directory of the source tree (FJORD_SOURCE_DIR, set by CTest).
QString sourceDir();

} // namespace fjord::test
