// ApiError::fromResponse over every body shape the API sends, the user sentences, the
// retry hints and the rule that no credential reaches details().

#include "api/ApiError.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

ApiError http(int status, const QByteArray& body)
{
    return ApiError::fromResponse(QNetworkReply::ContentNotFoundError, u"Error transferring"_s,
                                  status, body);
}

} // namespace

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void success();
    void bodyShapes_data();
    void bodyShapes();
    void rateLimit();
    void expiredToken();
    void userMessages_data();
    void userMessages();
    void networkErrors_data();
    void networkErrors();
    void clientSideKinds();
    void transient_data();
    void transient();
    void detailsNeverHoldCredentials();
    void hostileBodies();
    void secretsAreRedactedWherever_data();
    void secretsAreRedactedWherever();
};

void TestApiError::success()
{
    const ApiError e = ApiError::fromResponse(QNetworkReply::NoError, {}, 200, "{}");
    QVERIFY(!e.isError());
    QCOMPARE(e.kind(), ApiError::Kind::None);
    QVERIFY(e.userMessage().isEmpty());
    QVERIFY(!ApiError().isError());
}

void TestApiError::bodyShapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");

    QTest::newRow("errors+message")
        << 409
        << QByteArray(
               R"({"errors":[{"error_code":"project_already_exists","message":"Project already exists","status":409}],"message":"Project already exists"})")
        << u"Project already exists"_s << u"project_already_exists"_s;
    QTest::newRow("only message") << 404 << QByteArray(R"({"message":"Not found"})")
                                  << u"Not found"_s << QString();
    QTest::newRow("empty errors") << 422 << QByteArray(R"({"errors":[]})") << QString()
                                  << QString();
    QTest::newRow("errors without top message")
        << 400 << QByteArray(R"({"errors":[{"message":"Invalid plan","status":400}]})")
        << u"Invalid plan"_s << QString();
    QTest::newRow("plain text") << 500 << QByteArray("plain text error") << u"plain text error"_s
                                << QString();
    QTest::newRow("proxy html")
        << 502
        << QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                      "<body><center><h1>502 Bad Gateway</h1></center><hr>nginx</body></html>")
        << u"502 Bad Gateway"_s << QString();
    QTest::newRow("html without title")
        << 503 << QByteArray("<html><body>down</body></html>") << QString() << QString();
    QTest::newRow("empty body") << 503 << QByteArray() << QString() << QString();
    QTest::newRow("json array") << 500 << QByteArray("[1,2]") << u"[1,2]"_s << QString();
    QTest::newRow("json null message")
        << 500 << QByteArray(R"({"message":null,"errors":null})") << QString() << QString();
    QTest::newRow("errors of strings")
        << 400 << QByteArray(R"({"errors":["bad thing"]})") << u"bad thing"_s << QString();
    QTest::newRow("multi-line text")
        << 500 << QByteArray("line one\n\n  line two\t") << u"line one line two"_s << QString();
}

void TestApiError::bodyShapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, code);
    const ApiError e = http(status, body);
    QCOMPARE(e.kind(), ApiError::Kind::Http);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.serverMessage(), message);
    QCOMPARE(e.errorCode(), code);
    QVERIFY(!e.userMessage().isEmpty());
    QVERIFY(!e.userMessage().contains(u'<'));
    QVERIFY(e.details().contains(QString::number(status)));
}

void TestApiError::rateLimit()
{
    // A 429 body as the API sends it.
    const QByteArray body =
        R"({"errors":[{"message":"The user has sent too many requests in a given amount of time: Rate limit 120 exceeded - try again in 28s","status":429}],"message":"The user has sent too many requests in a given amount of time: Rate limit 120 exceeded - try again in 28s"})";
    const ApiError e = http(429, body);
    QCOMPARE(e.kind(), ApiError::Kind::Http);
    QCOMPARE(e.retryAfterSeconds(), 28);
    QVERIFY(e.isTransient());
    QVERIFY2(e.userMessage().contains(u"28"_s), qPrintable(e.userMessage()));
    QVERIFY(e.userMessage().startsWith(u"Too many requests"_s));

    ApiError noHint = http(429, R"({"message":"slow down"})");
    QCOMPARE(noHint.retryAfterSeconds(), -1);
    QVERIFY(noHint.userMessage().contains(u"Wait a moment"_s));
    noHint.setRetryAfterSeconds(5); // as the client does from the Retry-After header
    QVERIFY(noHint.userMessage().contains(u"5 seconds"_s));
}

void TestApiError::expiredToken()
{
    // A 401 body as the API sends it.
    const ApiError e = http(
        401,
        R"({"errors":[{"message":"Missing (expired) db token","status":401}],"message":"Missing (expired) db token"})");
    QCOMPARE(e.kind(), ApiError::Kind::Http);
    QCOMPARE(e.serverMessage(), u"Missing (expired) db token"_s);
    QVERIFY(e.errorCode().isEmpty());
    QVERIFY(e.userMessage().contains(u"Sign in again"_s));
    QVERIFY(!e.isTransient());
}

void TestApiError::userMessages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("409 exists")
        << 409
        << QByteArray(
               R"({"errors":[{"error_code":"project_already_exists","message":"Project already exists","status":409}],"message":"Project already exists"})")
        << u"This project name is taken. Project names are unique across all Aiven customers: try another one."_s;
    QTest::newRow("403 open balance")
        << 403 << QByteArray(R"({"message":"Project with open balance cannot be deleted"})")
        << u"The project has an open balance. Settle it (or ask your billing contact to), then try again."_s;
    QTest::newRow("403 unused credits")
        << 403 << QByteArray(R"({"message":"Project with unused credits cannot be deleted"})")
        << u"The project still has unused credits. Use or move them first, or contact Aiven support."_s;
    QTest::newRow("403 not member")
        << 403 << QByteArray(R"({"message":"Not a project member"})")
        << u"You are not a member of this project. A new project can take a moment to become available."_s;
    QTest::newRow("403 auth failed")
        << 403
        << QByteArray(
               R"({"errors":[{"error_code":"authentication_failed","message":"Authentication failed"}],"message":"Authentication failed"})")
        << u"Sign-in failed. Check your email and password."_s;
    QTest::newRow("403 services left")
        << 403 << QByteArray(R"({"message":"Project has services, delete them first"})")
        << u"The project still has services. Delete them first, then try again."_s;
    QTest::newRow("403 other") << 403 << QByteArray(R"({"message":"Forbidden"})")
                               << u"You do not have permission to do this."_s;
    QTest::newRow("404 project")
        << 404
        << QByteArray(
               R"({"errors":[{"error_code":"project_does_not_exist","message":"Project does not exist"}],"message":"Project does not exist"})")
        << u"The project does not exist. It may have been deleted or renamed."_s;
    QTest::newRow("404 text only")
        << 404 << QByteArray(R"({"message":"Project does not exist"})")
        << u"The project does not exist. It may have been deleted or renamed."_s;
    QTest::newRow("404 other") << 404 << QByteArray(R"({"message":"Not found"})")
                               << u"The requested item was not found."_s;
    QTest::newRow("400")
        << 400 << QByteArray(R"({"message":"Invalid plan 'x' for service type 'pg'"})")
        << u"The server rejected the request: Invalid plan 'x' for service type 'pg'"_s;
    QTest::newRow("400 empty") << 400 << QByteArray()
                               << u"The server rejected the request as invalid."_s;
    QTest::newRow("401") << 401 << QByteArray()
                         << u"Your session has expired or the token is not valid. Sign in again."_s;
    QTest::newRow("500") << 500 << QByteArray("oops")
                         << u"The Aiven API had an internal error. Try again later."_s;
    QTest::newRow("503")
        << 503 << QByteArray()
        << u"The Aiven API is temporarily unavailable (HTTP 503). Try again later."_s;
    QTest::newRow("510") << 510
                         << QByteArray(R"({"message":"Two-factor authentication OTP required"})")
                         << u"A two-factor authentication code is needed."_s;
    QTest::newRow("418") << 418 << QByteArray(R"({"message":"teapot"})")
                         << u"The request failed (HTTP 418): teapot"_s;
    QTest::newRow("418 empty") << 418 << QByteArray() << u"The request failed (HTTP 418)."_s;
}

void TestApiError::userMessages()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(http(status, body).userMessage(), expected);
}

void TestApiError::networkErrors_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("refused")
        << int(QNetworkReply::ConnectionRefusedError) << int(ApiError::Kind::Network)
        << u"Could not connect to api.example.test:8443. Check your network connection and the API URL."_s;
    QTest::newRow("host not found")
        << int(QNetworkReply::HostNotFoundError) << int(ApiError::Kind::Network)
        << u"Could not find api.example.test:8443. Check the API URL and your network connection."_s;
    QTest::newRow("closed")
        << int(QNetworkReply::RemoteHostClosedError) << int(ApiError::Kind::Network)
        << u"The connection to api.example.test:8443 was closed before the answer arrived. Try again."_s;
    QTest::newRow("timeout")
        << int(QNetworkReply::TimeoutError) << int(ApiError::Kind::Timeout)
        << u"The server did not answer in time. Check your connection and try again."_s;
    QTest::newRow("tls")
        << int(QNetworkReply::SslHandshakeFailedError) << int(ApiError::Kind::Tls)
        << u"Could not establish a secure connection to api.example.test:8443. Check the API URL and the system certificates."_s;
    QTest::newRow("canceled") << int(QNetworkReply::OperationCanceledError)
                              << int(ApiError::Kind::Canceled) << u"The request was canceled."_s;
    QTest::newRow("proxy")
        << int(QNetworkReply::ProxyConnectionRefusedError) << int(ApiError::Kind::Network)
        << u"Could not connect to api.example.test:8443. Check your network connection and the API URL."_s;
}

void TestApiError::networkErrors()
{
    QFETCH(int, networkError);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    ApiError e = ApiError::fromResponse(QNetworkReply::NetworkError(networkError),
                                        u"Qt's own text"_s, 0, {});
    e.setHost(u"api.example.test:8443"_s);
    QCOMPARE(int(e.kind()), kind);
    QCOMPARE(e.httpStatus(), 0);
    QCOMPARE(e.networkError(), QNetworkReply::NetworkError(networkError));
    QCOMPARE(e.userMessage(), expected);
    QCOMPARE(e.technicalMessage(), u"Qt's own text"_s);
    QVERIFY(e.details().contains(u"Qt's own text"_s));

    // A dropped connection after a 200 status line is a network failure, not success.
    const ApiError dropped =
        ApiError::fromResponse(QNetworkReply::RemoteHostClosedError, u"closed"_s, 200, "{\"proj");
    QCOMPARE(dropped.kind(), ApiError::Kind::Network);
    QVERIFY(dropped.isTransient());

    // No error and no status line: not an HTTP server.
    QCOMPARE(ApiError::fromResponse(QNetworkReply::NoError, {}, 0, {}).kind(),
             ApiError::Kind::InvalidResponse);
}

void TestApiError::clientSideKinds()
{
    const ApiError big(ApiError::Kind::TooLarge, u"over 64 MiB"_s);
    QVERIFY(big.isError());
    QCOMPARE(big.userMessage(), u"The server's answer was too large to accept."_s);
    const ApiError invalid(ApiError::Kind::InvalidResponse, u"projects missing"_s);
    QVERIFY(invalid.userMessage().contains(u"does not understand"_s));
    QVERIFY(invalid.details().contains(u"projects missing"_s));
    const ApiError timeout(ApiError::Kind::Timeout, u"30000 ms"_s);
    QVERIFY(timeout.userMessage().contains(u"in time"_s));
    QVERIFY(!timeout.isTransient());
    QVERIFY(!big.isTransient());
}

void TestApiError::transient_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    for (int s : {400, 401, 403, 404, 409, 422, 500, 501, 510})
        QTest::addRow("%d", s) << s << false;
    for (int s : {429, 502, 503, 504})
        QTest::addRow("%d", s) << s << true;
}

void TestApiError::transient()
{
    QFETCH(int, status);
    QFETCH(bool, transient);
    QCOMPARE(http(status, {}).isTransient(), transient);
}

void TestApiError::detailsNeverHoldCredentials()
{
    const QByteArray body =
        R"({"message":"bad header Authorization: aivenv1 SECRETTOKEN123 seen","errors":[{"message":"x","request":{"token":"SECRETTOKEN456","password":"hunter2"}}]})";
    const ApiError e = ApiError::fromResponse(QNetworkReply::ContentAccessDenied,
                                              u"Bearer SECRETTOKEN789 refused"_s, 403, body);
    const QString all = e.details() + e.userMessage() + e.serverMessage() + e.technicalMessage();
    QVERIFY2(!all.contains(u"SECRETTOKEN"_s), qPrintable(all));

    const ApiError text = http(400, R"(echo {"token": "SECRETTOKEN999", "password": "hunter2"})");
    const QString textAll = text.details() + text.serverMessage();
    QVERIFY2(!textAll.contains(u"SECRETTOKEN"_s), qPrintable(textAll));
    QVERIFY(!textAll.contains(u"hunter2"_s));
}

void TestApiError::hostileBodies()
{
    // 10 MB of text: the message is bounded.
    const ApiError huge = http(500, QByteArray(10 * 1024 * 1024, 'a'));
    QVERIFY(huge.serverMessage().size() <= 500);
    QVERIFY(huge.details().size() < 4000);

    const ApiError hugeJson =
        http(400, "{\"message\":\"" + QByteArray(10 * 1024 * 1024, 'b') + "\"}");
    QVERIFY(hugeJson.serverMessage().size() <= 500);

    // Invalid UTF-8 and NUL bytes.
    const ApiError utf = http(400, "{\"message\":\"bad \xff\xfe\xc3( value\"}");
    QCOMPARE(utf.kind(), ApiError::Kind::Http);
    QVERIFY(!utf.userMessage().isEmpty());
    QCOMPARE(http(500, QByteArray("a\0b\xff", 4)).kind(), ApiError::Kind::Http);

    // Deep nesting: not parsed as JSON, still an error with a sentence.
    const ApiError deep = http(500, QByteArray(10000, '[') + QByteArray(10000, ']'));
    QCOMPARE(deep.kind(), ApiError::Kind::Http);
    QVERIFY(deep.serverMessage().size() <= 500);

    // Wrong types everywhere.
    const ApiError wrong = http(409, R"({"message":7,"errors":[{"error_code":5,"message":[]}]})");
    QVERIFY(wrong.serverMessage().isEmpty());
    QVERIFY(wrong.errorCode().isEmpty());
    QCOMPARE(wrong.userMessage(), u"The request conflicts with the current state."_s);

    // A hint that is not a number of seconds is ignored.
    QCOMPARE(http(429, R"({"message":"try again in a while"})").retryAfterSeconds(), -1);
    QCOMPARE(http(429, R"({"message":"try again in 99999999999s"})").retryAfterSeconds(), -1);
}

void TestApiError::secretsAreRedactedWherever_data()
{
    // A token echoed without "aivenv1 " in front, which no pattern can recognise: only the
    // caller knows it is a secret.
    const QByteArray token = "QmFzZTY0/Tok+en==";
    const QByteArray encoded = QUrl::toPercentEncoding(QString::fromLatin1(token));
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("echoed"); // how the body holds it
    QTest::newRow("json message") << R"({"message":"token )" + token + R"( is invalid"})" << token;
    QTest::newRow("json escaped")
        << QByteArray(R"({"errors":[{"message":"Token \u0051mFzZTY0\/Tok+en== expired"}]})")
        << QByteArray(R"(\u0051mFzZTY0\/Tok+en==)");
    QTest::newRow("error code") << R"({"message":"x","error_code":")" + token + R"("})" << token;
    QTest::newRow("plain text") << "rejected " + token << token;
    QTest::newRow("percent-encoded") << "GET /v1/project?t=" + encoded + " refused" << encoded;
    QTest::newRow("html title") << "<html><title>Denied " + token + "</title></html>" << token;
    // At the end of a long message: redacted before the message is shortened, or its first
    // half would be left.
    QTest::newRow("across the cut")
        << R"({"message":")" + QByteArray(495, 'a') + token + R"("})" << token;
}

void TestApiError::secretsAreRedactedWherever()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, echoed);
    const QString token = u"QmFzZTY0/Tok+en=="_s;
    QVERIFY(body.contains(echoed)); // the input really holds it

    const ApiError e = ApiError::fromResponse(QNetworkReply::ContentAccessDenied,
                                              u"Error transferring"_s, 400, body, {token});
    const QString all = e.userMessage() + e.details() + e.serverMessage() + e.errorCode();
    QVERIFY2(!all.contains(u"QmFz"_s), qPrintable(all)); // not even its first characters
    QVERIFY2(!all.contains(u"Tok+en"_s) && !all.contains(u"Tok%2Ben"_s), qPrintable(all));
    QVERIFY2(all.contains(u"[red"_s), qPrintable(all)); // possibly cut short itself

    // Without being told the secret, the same body would have shown it.
    const ApiError unaware = ApiError::fromResponse(QNetworkReply::ContentAccessDenied,
                                                    u"Error transferring"_s, 400, body);
    QVERIFY2(unaware.details().contains(u"QmFz"_s), qPrintable(unaware.details()));
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestApiError)
#include "tst_apierror.moc"
