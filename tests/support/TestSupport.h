#pragma once

// Helpers shared by tests. The sandbox fixture (a SandboxServer on loopback with its own
// temporary data file) is in SandboxFixture.h.

#include <QString>

namespace fjord::test {

// The directory of the source tree (FJORD_SOURCE_DIR, set by CTest).
QString sourceDir();

// Runs the event loop until everything queued on this thread before the call (posted events,
// queued signals, zero timers) has run: after it, "nothing was delivered" is a fact, not a
// guess that depends on how long one waited. False if that takes over `timeoutMs`.
bool processQueued(int timeoutMs = 5000);

} // namespace fjord::test
