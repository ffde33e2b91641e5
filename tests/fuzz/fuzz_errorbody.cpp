// The error mapping (ApiError::fromResponse) over any answer: the first byte picks the HTTP
// status and transport error, the rest is the body (its start also serves as Qt's error
// text). Whatever the body, the user's sentence and the details never contain the token,
// and the server's message stays bounded.

#include "FuzzCheck.h"

#include "api/ApiError.h"

#include <QStringList>

#include <iterator>

using namespace fjord;

namespace {

// What a server might echo back; the seed corpus holds it bare, in JSON, in HTML and
// percent-encoded, so that the fuzzer starts next to it.
const QString kToken = QStringLiteral("fuzz+Token/9f2c41e7==");
const QString kPassword = QStringLiteral("hunter2-fuzz");

constexpr int kStatuses[] = {0, 200, 400, 401, 403, 404, 409, 418, 429, 500, 502, 503, 504, 510};
constexpr QNetworkReply::NetworkError kNetworkErrors[] = {
    QNetworkReply::NoError, QNetworkReply::ContentNotFoundError,
    QNetworkReply::RemoteHostClosedError, QNetworkReply::ProtocolInvalidOperationError};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const int status = kStatuses[data[0] % std::size(kStatuses)];
    const QNetworkReply::NetworkError networkError =
        kNetworkErrors[(data[0] / std::size(kStatuses)) % std::size(kNetworkErrors)];
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    const QString networkText = QString::fromUtf8(body.left(200));

    const ApiError error =
        ApiError::fromResponse(networkError, networkText, status, body, {kToken, kPassword});
    const QString shown = error.userMessage();
    const QString details = error.details();
    for (const QString& secret : {kToken, kPassword}) {
        FUZZ_CHECK(!shown.contains(secret), "a secret reached the user's message");
        FUZZ_CHECK(!details.contains(secret), "a secret reached the details");
        FUZZ_CHECK(!error.serverMessage().contains(secret), "a secret in the server message");
        FUZZ_CHECK(!error.technicalMessage().contains(secret), "a secret in the technical text");
    }
    FUZZ_CHECK(error.serverMessage().size() <= 500, "an unbounded server message");
    FUZZ_CHECK(error.errorCode().size() <= 128, "an unbounded error code");
    FUZZ_CHECK(error.retryAfterSeconds() >= -1, "a negative retry hint");
    FUZZ_CHECK(error.isError() == (shown.size() > 0), "an error without a sentence");
    return 0;
}
