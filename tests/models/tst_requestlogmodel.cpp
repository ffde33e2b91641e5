// The request log behind View > Activity: rows, sorting values, capacity, redaction, and the
// model contract (QAbstractItemModelTester).

#include "ApiSamples.h"
#include "export/RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fjord;

namespace {

RequestLogEntry entry(const QString& method, const QString& path, int status, qint64 ms,
                      const QString& error = {})
{
    return test::logEntry(method, path, status, ms, error);
}

} // namespace

class TestRequestLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAndDisplay();
    void errorsAreFlagged();
    void capacityDropsOldest();
    void redactsCredentialQueries();
    void plainTextForBugReports();
    void clear();
};

void TestRequestLogModel::appendAndDisplay()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy appended(&model, &RequestLogModel::entryAppended);
    model.append(entry(QStringLiteral("GET"), QStringLiteral("/v1/project"), 200, 42));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(RequestLogModel::ColumnCount));
    QCOMPARE(appended.count(), 1);
    const auto text = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(text(RequestLogModel::MethodColumn), QStringLiteral("GET"));
    QCOMPARE(text(RequestLogModel::PathColumn), QStringLiteral("/v1/project"));
    QCOMPARE(text(RequestLogModel::StatusColumn), QStringLiteral("200"));
    QCOMPARE(text(RequestLogModel::DurationColumn), QStringLiteral("42 ms"));
    QCOMPARE(model.index(0, RequestLogModel::DurationColumn).data(Qt::UserRole).toLongLong(), 42);
    QCOMPARE(model.index(0, RequestLogModel::StatusColumn).data(Qt::UserRole).toInt(), 200);
    QVERIFY(!model.index(0, 0).data(RequestLogModel::IsErrorRole).toBool());
    QCOMPARE(model.headerData(RequestLogModel::PathColumn, Qt::Horizontal).toString(),
             QStringLiteral("Path"));
}

void TestRequestLogModel::errorsAreFlagged()
{
    RequestLogModel model;
    model.append(entry(QStringLiteral("POST"), QStringLiteral("/v1/project"), 409, 10,
                       QStringLiteral("A project with this name already exists.")));
    model.append(entry(QStringLiteral("GET"), QStringLiteral("/v1/clouds"), 0, 30000,
                       QStringLiteral("The request timed out.")));
    model.append(entry(QStringLiteral("GET"), QStringLiteral("/v1/me"), 200, 5));
    QCOMPARE(model.errorCount(), 2);
    QVERIFY(model.index(0, 0).data(RequestLogModel::IsErrorRole).toBool());
    QVERIFY(model.index(1, 0).data(RequestLogModel::IsErrorRole).toBool());
    QCOMPARE(model.index(1, RequestLogModel::StatusColumn).data().toString(),
             QStringLiteral("none"));
    QCOMPARE(model.index(0, RequestLogModel::ErrorColumn).data().toString(),
             QStringLiteral("A project with this name already exists."));
}

void TestRequestLogModel::capacityDropsOldest()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(3);
    for (int i = 0; i < 5; ++i)
        model.append(entry(QStringLiteral("GET"), QStringLiteral("/v1/p%1").arg(i), 200, i));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entryAt(0).path, QStringLiteral("/v1/p2"));
    QCOMPARE(model.entryAt(2).path, QStringLiteral("/v1/p4"));
    model.setCapacity(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0).path, QStringLiteral("/v1/p4"));
}

void TestRequestLogModel::redactsCredentialQueries()
{
    QCOMPARE(RequestLogModel::redactedPath(QStringLiteral("/v1/project/a%2Fb")),
             QStringLiteral("/v1/project/a%2Fb"));
    QCOMPARE(RequestLogModel::redactedPath(QStringLiteral("/v1/x?limit=5&token=abc123")),
             QStringLiteral("/v1/x?limit=5&token=REDACTED"));
    RequestLogModel model;
    model.append(entry(QStringLiteral("GET"), QStringLiteral("/v1/x?password=hunter2"), 200, 1));
    QVERIFY(!model.toPlainText().contains(QStringLiteral("hunter2")));
}

void TestRequestLogModel::plainTextForBugReports()
{
    RequestLogModel model;
    model.append(entry(QStringLiteral("DELETE"), QStringLiteral("/v1/project/old"), 403, 12,
                       QStringLiteral("Project with open balance cannot be deleted")));
    const QStringList lines = model.toPlainText().trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("Time\tMethod\tPath\tStatus\tDuration\tAttempt\tError"));
    const QStringList fields = lines.at(1).split(u'\t');
    QCOMPARE(fields.size(), 7);
    QCOMPARE(fields.at(1), QStringLiteral("DELETE"));
    QCOMPARE(fields.at(3), QStringLiteral("403"));
    QCOMPARE(fields.at(6), QStringLiteral("Project with open balance cannot be deleted"));
}

void TestRequestLogModel::clear()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(entry(QStringLiteral("GET"), QStringLiteral("/v1/me"), 200, 1));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(model.errorCount(), 0);
}

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
