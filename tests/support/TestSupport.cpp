#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>
#include <QtGlobal>

#include <memory>

namespace fjord::test {

QString sourceDir()
{
    return qEnvironmentVariable("FJORD_SOURCE_DIR");
}

QJsonArray seededProjectInfo(const QString& project, const QString& key)
{
    QFile file(sourceDir() + QStringLiteral("/resources/sandbox/seed-services.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("projects"))
        .toObject()
        .value(project)
        .toObject()
        .value(key)
        .toArray();
}

bool processQueued(int timeoutMs)
{
    // Queued after everything already waiting, so it runs after all of it.
    const auto reached = std::make_shared<bool>(false);
    QTimer::singleShot(0, [reached] { *reached = true; });
    return QTest::qWaitFor([reached] { return *reached; }, timeoutMs);
}

} // namespace fjord::test
