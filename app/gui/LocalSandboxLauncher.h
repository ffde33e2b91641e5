#pragma once

#include "auth/SandboxLauncher.h"

namespace fjord {

class SandboxHost;

// The embedded sandbox: a SandboxServer on a thread of its own (SandboxHost), created on the
// first start() and stopped when this object is destroyed.
class LocalSandboxLauncher final : public SandboxLauncher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandboxLauncher)

public:
    // `dataFile` as SandboxHost::start: empty keeps the sandbox's state in memory.
    explicit LocalSandboxLauncher(const QString& dataFile = {}, QObject* parent = nullptr);
    ~LocalSandboxLauncher() override;

    void start() override;

    SandboxHost* host() const { return m_host; } // null until first started

private:
    void reportReady();

    QString m_dataFile;
    SandboxHost* m_host = nullptr;
};

} // namespace fjord
