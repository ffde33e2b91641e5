#pragma once

// Conversions between API JSON and the typed values in Types.h.
// Tolerant where the real API varies (missing optional keys, null, numbers as strings,
// unknown keys kept in `extra`), strict where it must be (a wrong type for a required
// identifier such as project_name or cloud_name is an error, not an empty row).

#include "api/Types.h"
#include "util/Allocator.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace fjord::json {

// Each parse function returns nullopt and fills *error with a sentence naming the
// offending key when the input cannot be used.
//
// A project is mapped in one place, from UTF-8 with simdjson; the QJsonObject overloads
// read the object's compact JSON form.
std::optional<Project> parseProject(const QJsonObject& object, QString* error = nullptr);
std::optional<ProjectList> parseProjectList(const QJsonObject& body, QString* error = nullptr);

// GET /v1/project straight from the UTF-8 body, every field of every project, without
// building a QJsonDocument. Returns nullopt, without saying why, for a body
// that Qt's parser might word differently or read differently: invalid JSON, JSON simdjson
// does not take but Qt does (a lone surrogate escape, a byte order mark), or a shape
// parseProjectList refuses. It never accepts a body QJsonDocument::fromJson refuses.
// A buffer with kReadPadding bytes of spare capacity is read in place, others are copied.
std::optional<ProjectList> tryParseProjectListUtf8(const QByteArray& utf8);
constexpr qsizetype kReadPadding = 64; // SIMDJSON_PADDING

// tryParseProjectListUtf8, then for what it leaves: QJsonDocument::fromJson words syntax
// errors, and a document it accepts is read again from its canonical form.
std::optional<ProjectList> parseProjectListUtf8(const QByteArray& utf8, QString* error = nullptr);
// The same answer as records (see ProjectRecords), which is what the client keeps (a
// 10,000-project answer is the hot case), read the same way: what the two refuse and how
// they word it are the same, and project(i) of one equals projects[i] of the other.
// tryReadProjectRecords keeps `utf8` as the records' text (a copy when it has no room to
// spare); the others keep the canonical form of what Qt's parser read.
std::optional<ProjectRecords> tryReadProjectRecords(const QByteArray& utf8);
std::optional<ProjectRecords> readProjectRecords(const QJsonObject& body, QString* error = nullptr);
std::optional<ProjectRecords> readProjectRecordsUtf8(const QByteArray& utf8,
                                                     QString* error = nullptr);
// GET /v1/project read while it arrives. The answer is scanned as each piece comes in, for
// where each project's text is (strings and nesting tracked, nothing decoded), and the row
// fields of each run of projects found are read by simdjson on other threads meanwhile. When
// the last byte is in, what lies outside the projects (the membership maps) is read by
// simdjson too, with the projects' array left empty; every project was read on its own, and
// only commas and white space lie between them, so the whole answer is checked.
//
// finish() gives what tryReadProjectRecords gives for the same bytes, or nothing; it gives
// nothing for anything unusual (no "projects" key written as such, or two; an item that is
// not an object; a project with a wrong shape; text that is not JSON), and the caller then
// reads the answer the usual way, which decides and words what is wrong.
// An answer of this size or more is kept packed: its buffer is a mapping of its own then,
// given back whole when it is freed.
constexpr qsizetype kPackAnswersFrom = qsizetype(kOwnMappingFrom);

class ProjectListStream
{
public:
    // Answers whose buffer has room for `packFrom` bytes or more are kept packed (see feed()).
    explicit ProjectListStream(qsizetype packFrom = kPackAnswersFrom);
    ~ProjectListStream(); // waits for the threads still reading
    ProjectListStream(const ProjectListStream&) = delete;
    ProjectListStream& operator=(const ProjectListStream&) = delete;

    // The answer so far: its first `size` bytes at `data`, the same bytes as in earlier calls
    // (the buffer may have grown); `capacity`, what the buffer has room for, guides how many
    // records to make room for. The threads read the buffer until finish(), so it must not
    // move or change before bufferWillMove() has returned.
    // In a large answer, each run of projects is packed (AnswerText) once it is read, and the
    // buffer's pages that hold only packed text are given back to the kernel: the buffer holds
    // zeros there until restore() writes the bytes back.
    void feed(char* data, qsizetype size, qsizetype capacity);
    // The buffer is about to grow elsewhere: returns when no thread reads it any more.
    void bufferWillMove();
    // The whole answer, which holds the bytes fed so far and the rest. When the records keep
    // its text packed, `body` is let go; when it gives nothing, `body` is whole again.
    std::optional<ProjectRecords> finish(QByteArray* body);
    // Writes back into `body` what was given back of it: for an answer that is not finished.
    void restore(QByteArray* body);
    // Whether pages of the buffer were given back so far.
    bool gaveBackPages() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The whole project a record stands for, read from its text in `text`; through `reader` (of
// that text) when many are read in order.
Project recordedProject(const AnswerText& text, const ProjectRecord& record,
                        AnswerText::Reader* reader = nullptr);

std::optional<Cloud> parseCloud(const QJsonObject& object, QString* error = nullptr);
std::optional<QVector<Cloud>> parseCloudList(const QJsonObject& body, QString* error = nullptr);
std::optional<BillingGroup> parseBillingGroup(const QJsonObject& object, QString* error = nullptr);
std::optional<QVector<BillingGroup>> parseBillingGroupList(const QJsonObject& body,
                                                           QString* error = nullptr);
std::optional<Account> parseAccount(const QJsonObject& object, QString* error = nullptr);
std::optional<QVector<Account>> parseAccountList(const QJsonObject& body, QString* error = nullptr);
std::optional<UserInfo> parseUserInfo(const QJsonObject& body, QString* error = nullptr);
// GET /v1/me straight from its bytes, as parseUserInfo reads it; nothing when the bytes are
// not JSON this reader takes (Qt's parser then decides).
std::optional<UserInfo> tryReadUserInfo(const QByteArray& utf8);
std::optional<LoginResult> parseLoginResult(const QJsonObject& body, QString* error = nullptr);

// Full project object in the API's shape (emails as [{"email": ...}], extra keys merged back).
QJsonObject toJson(const Project& project);
QJsonObject toJson(const Cloud& cloud);
QJsonObject toJson(const ProjectCreateRequest& request);

// The PUT /v1/project/{project} body: only the fields the update sets.
QJsonObject toJson(const ProjectUpdate& update);

QJsonArray emailsToJson(const QStringList& emails);

} // namespace fjord::json
