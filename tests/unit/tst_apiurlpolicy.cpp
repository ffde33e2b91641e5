// Which API URLs a token may travel to: HTTPS everywhere, plain HTTP to loopback only.

#include "auth/ApiUrlPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace fjord {

class TestApiUrlPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void loopbackHosts_data();
    void loopbackHosts();
};

void TestApiUrlPolicy::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("aiven") << u"https://api.aiven.io"_s << true << u"https://api.aiven.io"_s;
    QTest::newRow("no scheme") << u"api.aiven.io"_s << true << u"https://api.aiven.io"_s;
    QTest::newRow("trailing slash")
        << u"https://api.aiven.io/"_s << true << u"https://api.aiven.io"_s;
    QTest::newRow("with /v1") << u"https://api.aiven.io/v1/"_s << true << u"https://api.aiven.io"_s;
    QTest::newRow("custom port") << u"https://aiven.example:8443/api"_s << true
                                 << u"https://aiven.example:8443/api"_s;
    QTest::newRow("query dropped")
        << u"https://api.aiven.io/?x=1#f"_s << true << u"https://api.aiven.io"_s;
    QTest::newRow("http loopback v4")
        << u"http://127.0.0.1:8080"_s << true << u"http://127.0.0.1:8080"_s;
    QTest::newRow("http 127/8") << u"http://127.5.6.7"_s << true << u"http://127.5.6.7"_s;
    QTest::newRow("http ::1") << u"http://[::1]:9000"_s << true << u"http://[::1]:9000"_s;
    QTest::newRow("http localhost")
        << u"http://LocalHost:1234/"_s << true << u"http://localhost:1234"_s;
    QTest::newRow("HTTP upper scheme")
        << u"HTTPS://api.aiven.io"_s << true << u"https://api.aiven.io"_s;

    QTest::newRow("http remote") << u"http://api.aiven.io"_s << false << QString();
    QTest::newRow("http lan") << u"http://192.168.1.10"_s << false << QString();
    QTest::newRow("http 0.0.0.0") << u"http://0.0.0.0:80"_s << false << QString();
    QTest::newRow("http lookalike") << u"http://127.0.0.1.evil.example"_s << false << QString();
    QTest::newRow("http localhost suffix")
        << u"http://localhost.evil.example"_s << false << QString();
    QTest::newRow("ftp") << u"ftp://api.aiven.io"_s << false << QString();
    QTest::newRow("user info") << u"https://me:secret@api.aiven.io"_s << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("no host") << u"https://"_s << false << QString();
}

void TestApiUrlPolicy::check()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, normalised);
    const ApiUrlPolicy::Result result = ApiUrlPolicy::check(input);
    QCOMPARE(result.ok, ok);
    if (ok) {
        QCOMPARE(result.url.toString(), normalised);
        QVERIFY(result.problem.isEmpty());
    } else {
        QVERIFY(!result.problem.isEmpty());
        QVERIFY(!result.problem.contains(u"secret"_s));
    }
}

void TestApiUrlPolicy::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("[::1]") << u"[::1]"_s << true;
    QTest::newRow("localhost.") << u"localhost."_s << true;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("::ffff:8.8.8.8") << u"::ffff:8.8.8.8"_s << false;
    QTest::newRow("example") << u"example.com"_s << false;
}

void TestApiUrlPolicy::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ApiUrlPolicy::isLoopbackHost(host), loopback);
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestApiUrlPolicy)
#include "tst_apiurlpolicy.moc"
