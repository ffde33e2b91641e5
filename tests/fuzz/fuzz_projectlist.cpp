// GET /v1/project's answer, differentially: the fast parser (JsonReader +
// tryParseProjectListUtf8) must never accept a body Qt's parser refuses, and what it returns
// must equal QJsonDocument::fromJson + parseProjectList, down to integer-or-double in `extra`.

#include "FuzzCheck.h"

#include "api/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace fjord;

namespace {

QByteArray canonical(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool sameList(const ProjectList& a, const ProjectList& b)
{
    if (a.projects.size() != b.projects.size() || a.membership != b.membership ||
        a.memberships != b.memberships)
        return false;
    for (qsizetype i = 0; i < a.projects.size(); ++i) {
        const Project& p = a.projects.at(i);
        const Project& q = b.projects.at(i);
        // operator== compares numbers by value; the serialised form also tells 1 from 1.0.
        if (p != q || canonical(json::toJson(p)) != canonical(json::toJson(q)))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const std::optional<ProjectList> fast = json::tryParseProjectListUtf8(body);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    std::optional<ProjectList> slow;
    if (parseError.error == QJsonParseError::NoError && document.isObject())
        slow = json::parseProjectList(document.object());

    if (fast) {
        FUZZ_CHECK(parseError.error == QJsonParseError::NoError,
                   "the fast parser accepted a body QJsonDocument refuses");
        FUZZ_CHECK(slow.has_value(), "the fast parser accepted a list parseProjectList refuses");
        FUZZ_CHECK(sameList(*fast, *slow), "the two parsers read different lists");
    }
    // What the client calls: the fast path with the QJsonDocument fallback.
    QString error;
    const std::optional<ProjectList> combined = json::parseProjectListUtf8(body, &error);
    FUZZ_CHECK(combined.has_value() == slow.has_value(), "parseProjectListUtf8 disagrees");
    FUZZ_CHECK(combined.has_value() || !error.isEmpty(), "a refused list without a reason");
    return 0;
}
