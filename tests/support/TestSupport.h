#pragma once

// Helpers shared by tests. The sandbox fixture (a SandboxServer on loopback with its own
// temporary data file) is in SandboxFixture.h.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace fjord::test {

// The directory of the source tree (FJORD_SOURCE_DIR, set by CTest).
QString sourceDir();

// What the sandbox seeds for `project` under `key` ("services" or "events"), read from the
// committed resources/sandbox/seed-services.json without the code under test; empty when the
// file or the entry is missing.
QJsonArray seededProjectInfo(const QString& project, const QString& key);

// Runs the event loop until everything queued on this thread before the call (posted events,
// queued signals, zero timers) has run: after it, "nothing was delivered" is a fact, not a
// guess that depends on how long one waited. False if that takes over `timeoutMs`.
bool processQueued(int timeoutMs = 5000);

} // namespace fjord::test
