// Import of avn's credentials file: found, missing, malformed, hostile; the environment
// variables avn uses to find it.

#include "auth/AvnCredentials.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fjord {

class TestAvnCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsTokenAndEmail();
    void emailIsOptional();
    void missingFile();
    void directoryInsteadOfFile();
    void malformed_data();
    void malformed();
    void hugeFileIsRefused();
    void defaultPathFollowsEnvironment();

private:
    QString write(const QByteArray& content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAvnCredentials::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAvnCredentials::cleanup()
{
    m_dir.reset();
}

QString TestAvnCredentials::write(const QByteArray& content)
{
    const QString path = m_dir->filePath(u"aiven-credentials.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestAvnCredentials::readsTokenAndEmail()
{
    const QString path =
        write(R"({"auth_token": "tok/en+ABC==", "user_email": "ada@example.com"})");
    QVERIFY(AvnCredentials::exists(path));
    const AvnCredentials::Result result = AvnCredentials::read(path);
    QVERIFY(result.ok);
    QCOMPARE(result.token, u"tok/en+ABC=="_s);
    QCOMPARE(result.userEmail, u"ada@example.com"_s);
    QVERIFY(result.problem.isEmpty());
}

void TestAvnCredentials::emailIsOptional()
{
    const AvnCredentials::Result result = AvnCredentials::read(write(R"({"auth_token":"abc"})"));
    QVERIFY(result.ok);
    QCOMPARE(result.token, u"abc"_s);
    QVERIFY(result.userEmail.isEmpty());
}

void TestAvnCredentials::missingFile()
{
    const QString path = m_dir->filePath(u"nope.json"_s);
    QVERIFY(!AvnCredentials::exists(path));
    const AvnCredentials::Result result = AvnCredentials::read(path);
    QVERIFY(!result.ok);
    QVERIFY(!result.problem.isEmpty());
    QVERIFY(!AvnCredentials::read(QString()).ok);
}

void TestAvnCredentials::directoryInsteadOfFile()
{
    QVERIFY(!AvnCredentials::exists(m_dir->path()));
    QVERIFY(!AvnCredentials::read(m_dir->path()).ok);
}

void TestAvnCredentials::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("auth_token=secret-value-1");
    QTest::newRow("truncated") << QByteArray(R"({"auth_token": "secret-value-1)");
    QTest::newRow("array") << QByteArray(R"(["secret-value-1"])");
    QTest::newRow("no token") << QByteArray(R"({"user_email": "a@b.c"})");
    QTest::newRow("token null") << QByteArray(R"({"auth_token": null})");
    QTest::newRow("token number") << QByteArray(R"({"auth_token": 12345})");
    QTest::newRow("token object") << QByteArray(R"({"auth_token": {"v": "secret-value-1"}})");
    QTest::newRow("token empty") << QByteArray(R"({"auth_token": "  "})");
    QTest::newRow("token with newline") << QByteArray(R"({"auth_token": "secret\nvalue-1"})");
    QTest::newRow("token with space") << QByteArray(R"({"auth_token": "secret value-1"})");
    QTest::newRow("invalid utf8") << QByteArray("{\"auth_token\": \"secret\xff\xfe\"}");
}

void TestAvnCredentials::malformed()
{
    QFETCH(QByteArray, content);
    const AvnCredentials::Result result = AvnCredentials::read(write(content));
    QVERIFY(!result.ok);
    QVERIFY(result.token.isEmpty());
    QVERIFY(!result.problem.isEmpty());
    // The explanation never quotes what was in the file.
    QVERIFY(!result.problem.contains(u"secret"_s));
}

void TestAvnCredentials::hugeFileIsRefused()
{
    QByteArray content = R"({"auth_token": ")";
    content += QByteArray(200 * 1024, 'a');
    content += R"("})";
    const AvnCredentials::Result result = AvnCredentials::read(write(content));
    QVERIFY(!result.ok);
}

void TestAvnCredentials::defaultPathFollowsEnvironment()
{
    const QByteArray savedFile = qgetenv("AIVEN_CREDENTIALS_FILE");
    const QByteArray savedDir = qgetenv("AIVEN_CONFIG_DIR");
    qputenv("AIVEN_CREDENTIALS_FILE", "/tmp/explicit.json");
    QCOMPARE(AvnCredentials::defaultPath(), u"/tmp/explicit.json"_s);
    qunsetenv("AIVEN_CREDENTIALS_FILE");
    qputenv("AIVEN_CONFIG_DIR", "/tmp/avn-config");
    QCOMPARE(AvnCredentials::defaultPath(), u"/tmp/avn-config/aiven-credentials.json"_s);
    qunsetenv("AIVEN_CONFIG_DIR");
    QVERIFY(AvnCredentials::defaultPath().endsWith(u"/.config/aiven/aiven-credentials.json"_s));
    qputenv("AIVEN_CREDENTIALS_FILE", savedFile);
    if (!savedDir.isEmpty())
        qputenv("AIVEN_CONFIG_DIR", savedDir);
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestAvnCredentials)
#include "tst_avncredentials.moc"
