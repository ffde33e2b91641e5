#include "TestSupport.h"

#include <QTest>
#include <QTimer>
#include <QtGlobal>

#include <memory>

namespace fjord::test {

QString sourceDir()
{
    return qEnvironmentVariable("FJORD_SOURCE_DIR");
}

bool processQueued(int timeoutMs)
{
    // Queued after everything already waiting, so it runs after all of it.
    const auto reached = std::make_shared<bool>(false);
    QTimer::singleShot(0, [reached] { *reached = true; });
    return QTest::qWaitFor([reached] { return *reached; }, timeoutMs);
}

} // namespace fjord::test
