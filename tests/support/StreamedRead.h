#pragma once
// A GET /v1/project answer read as the client reads it while it arrives, for the unit tests and
// the fuzzer, which both hold it against the reading of the whole answer.

#include "api/JsonCodec.h"

#include <QString>

#include <algorithm>
#include <optional>

namespace fjord::test {

// `bytes` fed `piece` at a time into a buffer that grows as the client's does: with room for
// the whole answer made first (Content-Length), or grown as pieces come. Kept packed as a large
// answer when the buffer has room for `packFrom` bytes (0: always). When nothing is read,
// `restored` tells whether the buffer was `bytes` again, as the client needs it then;
// `gaveBack`, whether pages of the buffer were given back on the way.
inline std::optional<ProjectRecords> readAsItArrives(const QByteArray& bytes, qsizetype piece,
                                                     bool roomMadeFirst,
                                                     qsizetype packFrom = json::kPackAnswersFrom,
                                                     bool* restored = nullptr,
                                                     bool* gaveBack = nullptr)
{
    QByteArray buffer;
    if (roomMadeFirst)
        buffer.reserve(bytes.size() + json::kReadPadding);
    json::ProjectListStream stream(packFrom);
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        const qsizetype size = std::min(piece, bytes.size() - at);
        if (buffer.size() + size > buffer.capacity())
            stream.bufferWillMove();
        buffer.append(bytes.constData() + at, size);
        stream.feed(buffer.data(), buffer.size(), buffer.capacity());
    }
    std::optional<ProjectRecords> records = stream.finish(&buffer);
    if (restored)
        *restored = records.has_value() || buffer == bytes;
    if (gaveBack)
        *gaveBack = stream.gaveBackPages();
    return records;
}

// Records read from the same bytes alike: the same texts, row fields and memberships.
inline bool sameRecordsRead(const ProjectRecords& a, const ProjectRecords& b, QString* why)
{
    if (a.text.whole() != b.text.whole()) {
        *why = QStringLiteral("the records keep another text");
        return false;
    }
    if (a.records.size() != b.records.size()) {
        *why =
            QStringLiteral("%1 records instead of %2").arg(a.records.size()).arg(b.records.size());
        return false;
    }
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        const ProjectRecord& x = a.records.at(i);
        const ProjectRecord& y = b.records.at(i);
        if (x.offset != y.offset || x.length != y.length || !(x.summary == y.summary) ||
            x.role != y.role || x.memberships != y.memberships) {
            *why = QStringLiteral("record %1 differs").arg(i);
            return false;
        }
    }
    return true;
}

} // namespace fjord::test
