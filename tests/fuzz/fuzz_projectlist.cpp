// GET /v1/project's answer, differentially: the read straight from the bytes (simdjson,
// tryParseProjectListUtf8) must never accept a body Qt's parser refuses, and what it returns
// must equal Qt's reading of the same bytes (QJsonDocument::fromJson, whose canonical form is
// then mapped), down to integer-or-double in `extra`. What the client calls,
// parseProjectListUtf8, must end as Qt's reading does, with the same error. The records the
// client keeps (readProjectRecordsUtf8, which reads each project's row fields and checks the
// rest) must accept exactly what the full reading accepts, with the same error, and each
// record's project, read again from its text, must be the full reading's project. Read as it
// arrives (json::ProjectListStream, in pieces whose size the input's length picks), the
// answer must give nothing or the very records the whole reading gives. GET /v1/me, which
// carries the same membership maps, read from its bytes (tryReadUserInfo) must likewise accept
// only what Qt's parser and parseUserInfo accept, and give what they give.

#include "FuzzCheck.h"
#include "StreamedRead.h"

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

bool sameRecords(const ProjectRecords& records, const ProjectList& list)
{
    if (records.records.size() != list.projects.size())
        return false;
    for (qsizetype i = 0; i < list.projects.size(); ++i) {
        const Project& full = list.projects.at(i);
        const Project read = records.project(i);
        // Each record has its project's entries of the membership maps.
        if (records.records.at(i).role != list.membership.value(full.name) ||
            records.records.at(i).memberships != list.memberships.value(full.name))
            return false;
        if (read != full || canonical(json::toJson(read)) != canonical(json::toJson(full)) ||
            !(records.records.at(i).summary == ProjectSummary::of(full)))
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
    std::optional<ProjectList> viaQt;
    QString qtError;
    if (parseError.error != QJsonParseError::NoError)
        qtError = QStringLiteral("Not valid JSON: %1").arg(parseError.errorString());
    else if (!document.isObject())
        qtError = QStringLiteral("Not a JSON object.");
    else
        viaQt = json::parseProjectList(document.object(), &qtError);

    if (fast) {
        FUZZ_CHECK(parseError.error == QJsonParseError::NoError,
                   "the fast read accepted a body QJsonDocument refuses");
        FUZZ_CHECK(viaQt.has_value(), "the fast read accepted a list Qt's reading refuses");
        FUZZ_CHECK(sameList(*fast, *viaQt), "the two readings give different lists");
    }
    QString error;
    const std::optional<ProjectList> combined = json::parseProjectListUtf8(body, &error);
    FUZZ_CHECK(combined.has_value() == viaQt.has_value(), "parseProjectListUtf8 disagrees");
    FUZZ_CHECK(combined.has_value() || !error.isEmpty(), "a refused list without a reason");
    FUZZ_CHECK(combined.has_value() || error == qtError, "a refused list with another reason");

    const std::optional<ProjectRecords> fastRecords = json::tryReadProjectRecords(body);
    FUZZ_CHECK(fastRecords.has_value() == fast.has_value(), "the records' fast read disagrees");
    FUZZ_CHECK(!fastRecords || sameRecords(*fastRecords, *fast), "records differ from the list");
    for (const qsizetype piece :
         {qsizetype(1 + size % 61), qsizetype(std::max<std::size_t>(size, 1))}) {
        // Kept packed, as a large answer is, for a third of the inputs.
        bool restored = false;
        const std::optional<ProjectRecords> streamed = test::readAsItArrives(
            body, piece, size % 2 == 1, size % 3 == 0 ? 0 : json::kPackAnswersFrom, &restored);
        FUZZ_CHECK(restored, "not read as it arrived, and the buffer not given back whole");
        QString why;
        FUZZ_CHECK(!streamed || fastRecords,
                   "read as it arrived, a list the whole reading refuses");
        FUZZ_CHECK(!streamed || test::sameRecordsRead(*streamed, *fastRecords, &why),
                   "read as it arrived, other records");
    }
    QString recordsError;
    const std::optional<ProjectRecords> records = json::readProjectRecordsUtf8(body, &recordsError);
    FUZZ_CHECK(records.has_value() == combined.has_value(), "readProjectRecordsUtf8 disagrees");
    FUZZ_CHECK(records || recordsError == error, "refused records with another reason");
    FUZZ_CHECK(!records || sameRecords(*records, *combined), "records differ from the list");

    if (const std::optional<UserInfo> me = json::tryReadUserInfo(body)) {
        FUZZ_CHECK(document.isObject(), "a user read from a body Qt's parser refuses");
        const std::optional<UserInfo> meViaQt = json::parseUserInfo(document.object());
        FUZZ_CHECK(meViaQt.has_value(), "a user read that Qt's reading refuses");
        FUZZ_CHECK(me->email == meViaQt->email && me->userId == meViaQt->userId &&
                       me->realName == meViaQt->realName && me->state == meViaQt->state &&
                       me->tenant == meViaQt->tenant &&
                       me->tokenValidityBegin == meViaQt->tokenValidityBegin &&
                       me->createTime == meViaQt->createTime &&
                       canonical(me->extra) == canonical(meViaQt->extra),
                   "the two readings give different users");
    }
    return 0;
}
