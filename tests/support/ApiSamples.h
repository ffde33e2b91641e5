#pragma once

// Values as the API and the client produce them, for tests that fill a sandbox, a model or a
// view: projects as JSON, the bundled clouds list, request log lines.

#include "TestSupport.h"
#include "api/AivenClient.h"
#include "api/Types.h"
#include "models/CloudCatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace fjord::test {

// A complete project of an organization account: every field a real account sends, with the
// given name, default cloud and balance (the balance in both currencies).
inline QJsonObject projectJson(const QString& name,
                               const QString& cloud = QStringLiteral("google-europe-north1"),
                               const QString& balance = QStringLiteral("1.00"))
{
    const auto email = [](const char* address) {
        return QJsonObject{{QStringLiteral("email"), QString::fromLatin1(address)}};
    };
    return QJsonObject{
        {QStringLiteral("project_name"), name},
        {QStringLiteral("account_id"), QStringLiteral("a225dad8d3c4")},
        {QStringLiteral("account_name"), QStringLiteral("Acme")},
        {QStringLiteral("billing_address"), QString()},
        {QStringLiteral("billing_emails"), QJsonArray{email("billing@example.com")}},
        {QStringLiteral("tech_emails"),
         QJsonArray{email("ops@example.com"), email("dev@example.com")}},
        {QStringLiteral("billing_group_id"),
         QStringLiteral("588a8e63-fda7-4ff7-9bff-577debfee604")},
        {QStringLiteral("billing_group_name"), QStringLiteral("Billing")},
        {QStringLiteral("billing_currency"), QStringLiteral("EUR")},
        {QStringLiteral("country"), QStringLiteral("Finland")},
        {QStringLiteral("country_code"), QStringLiteral("FI")},
        {QStringLiteral("default_cloud"), cloud},
        {QStringLiteral("estimated_balance"), balance},
        {QStringLiteral("estimated_balance_local"), balance},
        {QStringLiteral("organization_id"), QStringLiteral("org4f1a2b3c")},
        {QStringLiteral("payment_method"), QStringLiteral("card")},
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("env"), QStringLiteral("test")}}},
        {QStringLiteral("vat_id"), QString()},
    };
}

// The clouds list the sandbox serves (resources/sandbox/clouds.json); empty if unreadable.
inline QVector<Cloud> bundledClouds()
{
    CloudCatalog catalog(nullptr);
    catalog.setCacheFile(sourceDir() + QStringLiteral("/resources/sandbox/clouds.json"));
    return catalog.loadCache() ? catalog.clouds() : QVector<Cloud>();
}

// A line of the request log, started at a fixed time unless told otherwise.
inline RequestLogEntry
logEntry(const QString& method, const QString& path, int status, qint64 ms,
         const QString& error = {},
         const QDateTime& started = QDateTime(QDate(2026, 11, 28), QTime(12, 34, 56, 789), Qt::UTC))
{
    RequestLogEntry entry;
    entry.started = started;
    entry.method = method;
    entry.path = path;
    entry.httpStatus = status;
    entry.durationMs = ms;
    entry.error = error;
    return entry;
}

} // namespace fjord::test
