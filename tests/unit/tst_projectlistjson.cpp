// The project list read straight from the body's bytes (simdjson) against Qt's reading of the
// same bytes (QJsonDocument::fromJson, whose canonical form is then mapped): the fast read
// never accepts what Qt's parser refuses, gives the same list when it accepts, and otherwise
// parseProjectListUtf8 ends as Qt's reading does, with the same error. Samples, generated
// variations, mutations and hostile input.

#include "SeedSamples.h"
#include "StreamedRead.h"
#include "TestSupport.h"
#include "api/JsonCodec.h"
#include "api/Types.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fjord {

// Project p-<i> of the long lists the tests make; with `padding` bytes of filler (and a city)
// when asked, in place of its technical contact.
QByteArray longListProject(int i, int padding = 0)
{
    QString out = QStringLiteral("{\"project_name\": \"p-%1\", \"account_name\": \"Acme %2\", "
                                 "\"estimated_balance\": \"%3.50\", \"tags\": {\"n\": \"%4\"}, ")
                      .arg(i, 5, 10, QLatin1Char('0'))
                      .arg(i % 13)
                      .arg(i)
                      .arg(i % 5);
    if (padding > 0)
        out += u"\"city\": \"M\u00fcnchen\", \"padding\": \""_s + QString(padding, u'x') + u"\"}"_s;
    else
        out += u"\"tech_emails\": [{\"email\": \"ops@example.com\"}]}"_s;
    return out.toUtf8();
}

// Declared before the test data: moc stops at some of the raw strings below.
class TestProjectListJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qtRefuses_data();
    void qtRefuses();
    void qtLimits();

    void samples();
    void sandboxSeed();
    void variations();
    void projectNameVariations_data();
    void projectNameVariations();
    void keysAndWhitespace();
    void memberships();
    void topLevelShapes_data();
    void topLevelShapes();
    void benchShapedList();
    void longListsReadInParts();
    void hostile_data();
    void hostile();
    void hostileHugeString();
    void hostileDeepNesting();
    void everyPrefix();
    void mutations();
    void readAsItArrives();
    void largeAnswerKeptPacked_data();
    void largeAnswerKeptPacked();

private:
    void check(const QByteArray& bytes, bool mustHandle);
};

namespace {

// Whether the last answer checked was read as it arrived, in every way tried.
thread_local bool t_streamed = false;

// Qt's reading, with AivenClient's outcome: a list, or an error.
struct Outcome
{
    std::optional<ProjectList> list;
    QString error;
};

Outcome viaDocument(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, u"Not valid JSON: "_s + parseError.errorString()};
    if (!doc.isObject())
        return {std::nullopt, u"Not a JSON object."_s};
    Outcome out;
    out.list = json::parseProjectList(doc.object(), &out.error);
    return out;
}

QByteArray cbor(const QJsonObject& object)
{
    // Keeps integer vs double and the key order, which operator== does not compare.
    return QCborValue(QCborMap::fromJsonObject(object)).toCbor();
}

QString dump(const Project& p)
{
    return QString::fromUtf8(QJsonDocument(json::toJson(p)).toJson(QJsonDocument::Compact));
}

bool sameProject(const Project& a, const Project& b, QString* why)
{
    if (a != b) {
        *why = u"fields differ:\n  fast: "_s + dump(a) + u"\n  Qt:   "_s + dump(b);
        return false;
    }
    const QString Project::*texts[] = {&Project::name,
                                       &Project::accountId,
                                       &Project::accountName,
                                       &Project::organizationId,
                                       &Project::tenantId,
                                       &Project::availableCredits,
                                       &Project::billingAddress,
                                       &Project::billingCurrency,
                                       &Project::billingExtraText,
                                       &Project::billingGroupId,
                                       &Project::billingGroupName,
                                       &Project::city,
                                       &Project::company,
                                       &Project::country,
                                       &Project::countryCode,
                                       &Project::defaultCloud,
                                       &Project::estimatedBalance,
                                       &Project::estimatedBalanceLocal,
                                       &Project::paymentMethod,
                                       &Project::state,
                                       &Project::trialExpirationTime,
                                       &Project::vatId,
                                       &Project::zipCode};
    for (const QString Project::*field : texts) {
        if ((a.*field).isNull() != (b.*field).isNull()) {
            *why = u"null vs empty string differs in "_s + dump(a);
            return false;
        }
    }
    const QJsonObject Project::*objects[] = {&Project::cardInfo, &Project::endOfLifeExtension,
                                             &Project::features, &Project::extra};
    for (const QJsonObject Project::*field : objects) {
        if (cbor(a.*field) != cbor(b.*field)) {
            *why = u"number types or key order differ in "_s + dump(a);
            return false;
        }
    }
    return true;
}

bool sameList(const ProjectList& a, const ProjectList& b, QString* why)
{
    if (a.projects.size() != b.projects.size()) {
        *why = u"%1 projects instead of %2"_s.arg(a.projects.size()).arg(b.projects.size());
        return false;
    }
    for (qsizetype i = 0; i < a.projects.size(); ++i) {
        if (!sameProject(a.projects.at(i), b.projects.at(i), why)) {
            *why = u"projects[%1]: "_s.arg(i) + *why;
            return false;
        }
    }
    if (a.membership != b.membership) {
        *why = u"project_membership differs"_s;
        return false;
    }
    if (a.memberships != b.memberships) {
        *why = u"project_memberships differs"_s;
        return false;
    }
    return true;
}

// What the stream gives, in pieces of any size, is what tryReadProjectRecords gives for the
// whole answer; it may give nothing, and then the client reads the answer that way. Whether it
// did is told in `streamed`.
bool sameWhenReadAsItArrives(const QByteArray& bytes,
                             const std::optional<ProjectRecords>& fastRecords, bool* streamed,
                             QString* why)
{
    *streamed = true;
    const struct
    {
        qsizetype piece;
        bool roomMadeFirst;
    } ways[] = {{std::max<qsizetype>(1, bytes.size()), true},
                {1, true},
                {7, false},
                {4096, false},
                {65536, true}};
    for (const auto& way : ways) {
        for (const qsizetype packFrom : {json::kPackAnswersFrom, qsizetype(0)}) {
            bool restored = false;
            const std::optional<ProjectRecords> read =
                test::readAsItArrives(bytes, way.piece, way.roomMadeFirst, packFrom, &restored);
            if (!restored) {
                *why = u"in pieces of %1: the buffer was not given back whole"_s.arg(way.piece);
                return false;
            }
            if (!read) {
                *streamed = false;
                continue;
            }
            if (packFrom == 0 && read->records.size() > 0 && !read->text.isPacked()) {
                *why = u"in pieces of %1: a large answer's text not packed"_s.arg(way.piece);
                return false;
            }
            if (!fastRecords) {
                *why = u"read as it arrived in pieces of %1, an answer the whole reading refuses"_s
                           .arg(way.piece);
                return false;
            }
            if (!test::sameRecordsRead(*read, *fastRecords, why) ||
                (read->records.size() > 0 && read->project(0) != fastRecords->project(0))) {
                *why = u"in pieces of %1: "_s.arg(way.piece) + *why;
                return false;
            }
        }
    }
    return true;
}

// The records the client keeps: read fast exactly when the list is, and in the end accepted
// exactly when the list is, with the same error; each record's project and memberships are
// the list's.
bool sameRecords(const QByteArray& bytes, const std::optional<ProjectList>& fast,
                 const std::optional<ProjectList>& full, const QString& fullError, QString* why)
{
    const std::optional<ProjectRecords> fastRecords = json::tryReadProjectRecords(bytes);
    if (fastRecords.has_value() != fast.has_value()) {
        *why = fast ? u"the records' fast read refused what the list's accepted"_s
                    : u"the records' fast read accepted what the list's refused"_s;
        return false;
    }
    bool streamed = false;
    if (!sameWhenReadAsItArrives(bytes, fastRecords, &streamed, why))
        return false;
    t_streamed = streamed;
    QString error;
    const std::optional<ProjectRecords> records = json::readProjectRecordsUtf8(bytes, &error);
    if (records.has_value() != full.has_value()) {
        *why = u"readProjectRecordsUtf8 and parseProjectListUtf8 disagree: "_s + error + fullError;
        return false;
    }
    if (!records) {
        if (error == fullError)
            return true;
        *why = u"records refused with \"%1\" instead of \"%2\""_s.arg(error, fullError);
        return false;
    }
    if (records->records.size() != full->projects.size()) {
        *why =
            u"%1 records instead of %2"_s.arg(records->records.size()).arg(full->projects.size());
        return false;
    }
    for (qsizetype i = 0; i < full->projects.size(); ++i) {
        const Project& project = full->projects.at(i);
        const ProjectRecord& record = records->records.at(i);
        if (!sameProject(records->project(i), project, why)) {
            *why = u"record %1: "_s.arg(i) + *why;
            return false;
        }
        if (!(record.summary == ProjectSummary::of(project)) ||
            record.role != full->membership.value(project.name) ||
            record.memberships != full->memberships.value(project.name)) {
            *why = u"record %1: its row fields or memberships differ"_s.arg(i);
            return false;
        }
    }
    return true;
}

// The contract: whatever the fast read returns equals Qt's reading; when it returns nothing,
// parseProjectListUtf8 still ends as Qt's reading does.
bool equivalent(const QByteArray& bytes, bool* handled, QString* why)
{
    const Outcome qt = viaDocument(bytes);
    const std::optional<ProjectList> fast = json::tryParseProjectListUtf8(bytes);
    *handled = fast.has_value();
    if (fast) {
        if (!qt.list) {
            *why = u"fast path accepted what the Qt reading rejects: "_s + qt.error;
            return false;
        }
        if (!sameList(*fast, *qt.list, why))
            return false;
    }
    QString error;
    const std::optional<ProjectList> full = json::parseProjectListUtf8(bytes, &error);
    if (full.has_value() != qt.list.has_value()) {
        *why = u"parseProjectListUtf8 and the Qt reading disagree: "_s + qt.error;
        return false;
    }
    if (full && !sameList(*full, *qt.list, why))
        return false;
    if (!full && error != qt.error) {
        *why = u"error \"%1\" instead of \"%2\""_s.arg(error, qt.error);
        return false;
    }
    return sameRecords(bytes, fast, full, error, why);
}

QByteArray body(const QByteArray& projects, const QByteArray& rest = {})
{
    return "{\"projects\": [" + projects + "]" + (rest.isEmpty() ? QByteArray() : ", " + rest) +
           "}";
}

const QByteArray& kRealProject = fjord::test::kRealProject;

const QByteArray& kSeedList = fjord::test::kSeedProjectList;

// Project objects of tst_jsoncodec's tests, each one a sample the Qt reading is tested on.
const char* const kProjectSamples[] = {
    R"({"project_name": "p1", "estimated_balance": 4.11, "available_credits": 0,
        "estimated_balance_local": 1234567.891, "vat_id": 12345, "zip_code": 90210,
        "tags": {"n": 7, "b": true}})",
    R"({"project_name": "x1"})",
    R"({"project_name": "x2", "account_id": null, "tags": null, "tech_emails": null,
        "billing_emails": null, "address_lines": null, "features": null, "card_info": null,
        "estimated_balance": null, "end_of_life_extension": null})",
    R"({"project_name": "x", "project_id": "mock-only", "base_port": 12000,
        "new_thing": {"a": [1, 2, null]}})",
    R"({"project_name": "e", "tech_emails": [{"email": "a@example.com"}, "b@example.com",
        {"email": null}, {"nope": 1}, 17, null, {"email": "  c@example.com "}],
        "billing_emails": [{"email": "bill@example.com"}]})",
    R"({"project_name": "t", "tags": {"env": "prod", "team": "data", "drop": null,
        "obj": {"x": 1}}})",
    R"({"project_name": "t", "tags": ["env"]})",
};

// Values for one key, from the ordinary to the odd.
const char* const kValues[] = {
    R"("plain")",
    R"("")",
    R"(null)",
    R"(true)",
    R"(false)",
    R"(0)",
    R"(-0)",
    R"(-0.0)",
    R"(4.11)",
    R"(1.0)",
    R"(1e3)",
    R"(1.5E-7)",
    R"(-12.5e+2)",
    R"(9007199254740993)",
    R"(12345678901234567890)",
    R"(-9223372036854775808)",
    R"(1e300)",
    R"([])",
    R"({})",
    R"(["a", 1, 2.5, null, true, {"x": 1}, ["y"]])",
    R"({"a": 1, "b": [1, 2, {"c": null}], "d": "e"})",
    R"({"email": " a@example.com "})",
    R"([{"email": " a@example.com "}, "b@example.com", {"email": 5}, {"mail": "x"}, 3, " "])",
    R"([{"email": "first@example.com", "email": "last@example.com"}])",
    R"({"env": "prod", "n": 7, "t": true, "drop": null, "arr": [1], "obj": {"g": 1}})",
    R"({"a": "x", "a": null})",
    R"({"a": null, "a": "y"})",
    R"({"k": 1, "k": 2})",
    R"({"\u00e9": 1, "z": 2, "a": 3})",
    R"({"\uff01": 1, "\ud83d\ude00": 2, "x": 3})",
    "{\"\xef\xbc\x81\": 1, \"\xf0\x9f\x98\x80\": 2}",
    R"("caf\u00e9 \u20ac \ud83d\ude00")",
    "\"raw caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xef\xbf\xbe \xf4\x8f\xbf\xbf\"",
    R"("esc \" \\ \/ \b \f \n \r \t")",
    R"("nul \u0000 inside")",
    R"("\u0041\u00DF\u6C34\uD834\uDD1E")",
    R"("  padded  ")",
};

const char* const kTextKeys[] = {"account_id", "available_credits", "billing_extra_text",
                                 "trial_expiration_time", "zip_code"};
const char* const kOtherKeys[] = {
    "address_lines", "billing_emails",        "tech_emails", "tags",          "card_info",
    "features",      "end_of_life_extension", "x_unknown",   "nested_unknown"};

} // namespace

void TestProjectListJson::check(const QByteArray& bytes, bool mustHandle)
{
    bool handled = false;
    QString why;
    t_streamed = false;
    QVERIFY2(equivalent(bytes, &handled, &why),
             qPrintable(why + u"\n  input: "_s + QString::fromUtf8(bytes.left(400))));
    if (mustHandle)
        QVERIFY2(handled, qPrintable(u"left to the Qt reading: "_s + QString::fromUtf8(bytes)));
    // An answer the usual shape has is read as it arrives, however its pieces come.
    if (mustHandle)
        QVERIFY2(t_streamed, qPrintable(u"not read as it arrived: "_s + QString::fromUtf8(bytes)));
}

void TestProjectListJson::readAsItArrives()
{
    const QByteArray project = R"({"project_name": "a", "tags": {"k": "}]\"{["}})";
    const auto streamed = [](const QByteArray& bytes) {
        bool handled = false;
        QString why;
        t_streamed = false;
        if (!equivalent(bytes, &handled, &why))
            qWarning("%s", qPrintable(why));
        return t_streamed;
    };
    // Brackets and escaped quotes in strings, the maps before, after, and on both sides.
    QVERIFY(streamed(body(project + "," + project)));
    QVERIFY(streamed(R"({"project_membership": {"a": "admin"}, "projects": [)" + project + "]}"));
    QVERIFY(streamed(body(project, R"("project_membership": {"a": "admin"})")));
    QVERIFY(streamed(R"({"project_memberships": {"a": ["admin"]}, "projects": [)" + project +
                     R"(], "project_membership": {"a": "admin"}, "x": [{"projects": []}]})"));
    QVERIFY(streamed(R"({"projects": []})"));
    // Left to the usual reading, which agrees with Qt's (equivalent() checks that too).
    QVERIFY(!streamed(R"({"pro\u006aects": [)" + project + "]}"));
    QVERIFY(!streamed(R"({"projects": [], "projects": [)" + project + "]}"));
    QVERIFY(!streamed(R"({"projects": [)" + project + R"(], "pro\u006aects": []})"));
    QVERIFY(!streamed(R"({"projects": [)" + project + ", 1]}"));
    QVERIFY(!streamed(R"({"projects": {}})"));
    QVERIFY(!streamed(R"({"projects": [{"project_name": 1}]})"));
    QVERIFY(!streamed("ï»¿" + body(project)));
    QVERIFY(!streamed(body(project) + "x"));
}

void TestProjectListJson::largeAnswerKeptPacked_data()
{
    QTest::addColumn<bool>("roomMadeFirst");
    QTest::addColumn<int>("wrongAt"); // a project of the wrong shape there; -1: none
    QTest::newRow("Content-Length") << true << -1;
    QTest::newRow("grown as it came") << false << -1;
    QTest::newRow("a wrong project near the end") << true << 7990;
    QTest::newRow("grown, a wrong project near the end") << false << 7990;
}

void TestProjectListJson::largeAnswerKeptPacked()
{
    // About 8 MB: runs of projects packed while more arrives, and whole huge pages of the
    // buffer given back behind them.
    QFETCH(bool, roomMadeFirst);
    QFETCH(int, wrongAt);
    QByteArray bytes = R"({"project_membership": {"p-00001": "admin"}, "projects": [)";
    for (int i = 0; i < 8000; ++i) {
        if (i)
            bytes += ",\n";
        bytes +=
            i == wrongAt ? QByteArray(R"({"project_name": 1})") : longListProject(i, 900 + i % 200);
    }
    bytes += "]}";
    QVERIFY(bytes.size() > 8 * 1024 * 1024);

    bool restored = false;
    bool gaveBack = false;
    const std::optional<ProjectRecords> read =
        test::readAsItArrives(bytes, 256 * 1024, roomMadeFirst, 0, &restored, &gaveBack);
    if (roomMadeFirst)
        QVERIFY(gaveBack);
    if (wrongAt >= 0) {
        // The usual reading then words what is wrong: it needs the answer as it came.
        QVERIFY(!read);
        QVERIFY(restored);
        return;
    }
    QVERIFY(read);
    QVERIFY(read->text.isPacked());
    QVERIFY2(read->text.heldBytes() < bytes.size() / 4,
             qPrintable(u"%1 bytes kept"_s.arg(read->text.heldBytes())));
    QVERIFY(read->text.whole() == bytes);
    const std::optional<ProjectRecords> whole = json::tryReadProjectRecords(bytes);
    QVERIFY(whole);
    QString why;
    QVERIFY2(test::sameRecordsRead(*read, *whole, &why), qPrintable(why));
    const QVector<Project> projects = read->projects();
    QCOMPARE(projects.size(), 8000);
    for (const int i : {0, 1, 511, 512, 4000, 7999})
        QVERIFY(projects.at(i) == whole->project(i));
    QCOMPARE(projects.at(7999).city, u"M\u00fcnchen"_s);
}

void TestProjectListJson::qtRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("invalid byte") << QByteArray("[\"a\xff\"]");
    QTest::newRow("lone continuation") << QByteArray("[\"\x80\"]");
    QTest::newRow("overlong slash") << QByteArray("[\"\xc0\xaf\"]");
    QTest::newRow("overlong 3") << QByteArray("[\"\xe0\x80\xaf\"]");
    QTest::newRow("utf8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]");
    QTest::newRow("above max") << QByteArray("[\"\xf4\x90\x80\x80\"]");
    QTest::newRow("truncated sequence") << QByteArray("[\"\xe2\x82\"]");
    QTest::newRow("lone high") << QByteArray(R"(["\ud83d"])");
    QTest::newRow("lone low") << QByteArray(R"(["\ude00"])");
    QTest::newRow("high then text") << QByteArray(R"(["\ud83dx"])");
    QTest::newRow("high then high") << QByteArray(R"(["\ud83d\ud83d"])");
    QTest::newRow("bad escape") << QByteArray(R"(["\q"])");
    QTest::newRow("short unicode") << QByteArray(R"(["\u12"])");
    QTest::newRow("bad hex") << QByteArray(R"(["\uZZZZ"])");
    QTest::newRow("raw control") << QByteArray("[\"a\tb\"]");
    QTest::newRow("raw newline") << QByteArray("[\"a\nb\"]");
    QTest::newRow("unterminated") << QByteArray("[\"abc");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("minus leading zero") << QByteArray("[-01]");
    QTest::newRow("bare dot") << QByteArray("[1.]");
    QTest::newRow("dot first") << QByteArray("[.5]");
    QTest::newRow("plus") << QByteArray("[+1]");
    QTest::newRow("empty exponent") << QByteArray("[1e]");
    QTest::newRow("hex") << QByteArray("[0x10]");
    QTest::newRow("minus alone") << QByteArray("[-]");
    QTest::newRow("NaN") << QByteArray("[NaN]");
    QTest::newRow("Infinity") << QByteArray("[Infinity]");
    QTest::newRow("-Infinity") << QByteArray("[-Infinity]");
    QTest::newRow("short literal") << QByteArray("[tru]");
    QTest::newRow("long literal") << QByteArray("[nulll]");
    QTest::newRow("trailing comma") << QByteArray("[1,]");
    QTest::newRow("leading comma") << QByteArray("[,1]");
    QTest::newRow("object trailing comma") << QByteArray(R"({"a": 1,})");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("missing comma") << QByteArray(R"({"a": 1 "b": 2})");
    QTest::newRow("missing value") << QByteArray(R"({"a": })");
    QTest::newRow("unquoted key") << QByteArray(R"({a: 1})");
    QTest::newRow("single quotes") << QByteArray("['a']");
    QTest::newRow("trailing garbage") << QByteArray("[1] x");
    QTest::newRow("two documents") << QByteArray("[1][2]");
    QTest::newRow("unclosed") << QByteArray("[1, [2]");
    QTest::newRow("mismatched") << QByteArray("[1}");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf[1]");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace only") << QByteArray(" \n\t ");
    QTest::newRow("comment") << QByteArray("[1 /* x */]");
    QTest::newRow("form feed space") << QByteArray("[1,\f2]");
}

void TestProjectListJson::qtRefuses()
{
    // Each value where a project list keeps an unknown key, and as a project's extra key.
    QFETCH(QByteArray, json);
    check(body(R"({"project_name": "p"})", "\"x\": " + json), false);
    check(body("{\"project_name\": \"p\", \"x\": " + json + "}"), false);
    check(json, false);
}

void TestProjectListJson::qtLimits()
{
    // Qt's parser takes 1024 levels of objects and arrays and refuses one more; so does this.
    const auto nested = [](int levels) {
        // The root object and the projects array are two levels, the project a third.
        const int inner = levels - 3;
        return body("{\"project_name\": \"d\", \"x\": " + QByteArray(inner, '[') +
                    QByteArray(inner, ']') + "}");
    };
    check(nested(1024), true);
    check(nested(1025), false);
    QVERIFY(!json::tryParseProjectListUtf8(nested(1025)));
    QString error;
    QVERIFY(!json::parseProjectListUtf8(nested(1025), &error));
    QVERIFY2(error.startsWith(u"Not valid JSON: "_s), qPrintable(error));
    // The values Qt's parser refuses are refused, also where no mapping reads them.
    for (const QByteArray& json :
         {QByteArray(R"({"":2e308,"projects":[]})"), QByteArray(R"({"projects":[],"x":[1e-400]})"),
          QByteArray(R"({"projects":[{"project_name":"p","big":-1e999}]})")}) {
        QVERIFY2(!json::tryParseProjectListUtf8(json), json.constData());
        QVERIFY2(!json::parseProjectListUtf8(json, &error), json.constData());
        QCOMPARE(error, u"Not valid JSON: illegal number"_s);
    }
}

void TestProjectListJson::samples()
{
    check(kSeedList, true);
    check(body(kRealProject), true);
    check(body(kRealProject,
               R"("project_membership": {"my-best-demo": "admin"},
                  "project_memberships": {"my-best-demo": ["admin", "developer"]})"),
          true);
    QByteArray all;
    for (const char* sample : kProjectSamples) {
        check(body(sample), true);
        all += (all.isEmpty() ? "" : ",") + QByteArray(sample);
    }
    check(body(all), true);
    // The error samples of tst_jsoncodec: left to the Qt reading, which words the errors.
    check(R"({"projects": [{"project_name": "ok"}, {"project_name": 7}]})", false);
    check(R"({"projects": [1]})", false);
    check(R"({"project_membership": {}})", false);
    check(R"({"projects": {}})", false);
    check(R"({"projects": [], "project_membership": [], "project_memberships": 5})", true);
}

void TestProjectListJson::sandboxSeed()
{
    QFile file(test::sourceDir() + u"/resources/sandbox/seed.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject seed = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray projects;
    QJsonObject membership;
    QJsonObject memberships;
    for (const QJsonValue entry : seed.value(u"projects"_s).toArray()) {
        const QJsonObject project = entry.toObject().value(u"project"_s).toObject();
        const QString name = project.value(u"project_name"_s).toString();
        projects.append(project);
        membership.insert(name, entry.toObject().value(u"role"_s));
        const QJsonArray listed = entry.toObject().value(u"memberships"_s).toArray();
        memberships.insert(name, listed.isEmpty() ? QJsonArray{entry.toObject().value(u"role"_s)}
                                                  : listed);
    }
    QVERIFY(projects.size() >= 2);
    const QJsonDocument doc(QJsonObject{{u"projects"_s, projects},
                                        {u"project_membership"_s, membership},
                                        {u"project_memberships"_s, memberships}});
    check(doc.toJson(QJsonDocument::Compact), true);
    check(doc.toJson(QJsonDocument::Indented), true);
}

void TestProjectListJson::variations()
{
    // Every value on text keys and on the structured and unknown keys, alone and together.
    QByteArray together;
    for (const char* value : kValues) {
        for (const char* key : kTextKeys) {
            check(body("{\"project_name\": \"v\", \"" + QByteArray(key) + "\": " + value + "}"),
                  false);
            if (QTest::currentTestFailed())
                return;
        }
        for (const char* key : kOtherKeys) {
            const QByteArray v = QByteArray(value);
            const QByteArray wrapped =
                QByteArray(key) == "nested_unknown" ? "{\"deep\": [" + v + "]}" : v;
            check(body("{\"" + QByteArray(key) + "\": " + wrapped + ", \"project_name\": \"v\"}"),
                  false);
            if (QTest::currentTestFailed())
                return;
        }
        together += (together.isEmpty() ? "" : ",") + QByteArray("{\"project_name\": \"t\"");
        for (const char* key : kOtherKeys)
            together += ", \"" + QByteArray(key) + "\": " + value;
        together += "}";
    }
    check(body(together), true);

    // Without numbers nothing is left to the Qt reading.
    check(body(R"({"project_name": "n", "account_id": null, "address_lines": null,
                  "billing_emails": [{"email": " x@example.com "}, "y@example.com", null],
                  "tags": {"a": "b", "c": null, "d": true}, "features": {"x": true, "y": null},
                  "card_info": {"brand": "Visa", "nested": {"deep": ["\u00e9", false]}},
                  "extra_key": {"k": [null, "v"]}, "state": "\ud83d\ude00"})"),
          true);
}

void TestProjectListJson::projectNameVariations_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("handled");
    QTest::newRow("plain") << QByteArray(R"("p")") << true;
    QTest::newRow("escaped") << QByteArray(R"("p\u0031\ud83d\ude00")") << true;
    QTest::newRow("raw emoji") << QByteArray("\"\xf0\x9f\x98\x80\"") << true;
    QTest::newRow("empty") << QByteArray(R"("")") << false;
    QTest::newRow("null") << QByteArray("null") << false;
    QTest::newRow("number") << QByteArray("42") << false;
    QTest::newRow("bool") << QByteArray("true") << false;
    QTest::newRow("array") << QByteArray(R"(["a"])") << false;
    QTest::newRow("object") << QByteArray(R"({"a": 1})") << false;
    QTest::newRow("lone surrogate") << QByteArray(R"("\ud800")") << false;
    QTest::newRow("invalid utf8") << QByteArray("\"\xc3\x28\"") << false;
}

void TestProjectListJson::projectNameVariations()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, handled);
    check(body("{\"project_name\": " + value + ", \"city\": \"Oslo\"}"), handled);
    // Repeated: Qt keeps the last one.
    check(body("{\"project_name\": \"first\", \"project_name\": " + value + "}"), handled);
    check(body("{\"project_name\": " + value + ", \"project_name\": \"last\"}"),
          value != "\"\\ud800\"" && value != "\"\xc3\x28\"");
    // Missing altogether.
    check(body(R"({"city": "Oslo"})"), false);
}

void TestProjectListJson::keysAndWhitespace()
{
    // Escaped spellings of known keys are the same keys.
    check(body(R"({"project\u005fname": "esc", "\u0063ity": "Oslo", "tag\u0073": {"a": "b"}})"),
          true);
    // Non-ASCII unknown keys, raw and escaped, at the project level and inside values.
    check(body("{\"project_name\": \"k\", \"\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\": 1, "
               "\"\\u043a\": {\"\xef\xbc\x81\": 1, \"\\ud83d\\ude00\": 2}, "
               "\"\xf0\x9f\x98\x80\": \"x\", \"\xef\xbc\x81\": [1]}"),
          true);
    // Keys in any order, repeated unknown keys, all JSON whitespace.
    check(body("\r\n\t{ \"zip_code\" :\t\"1\" ,\r\n \"account_id\" : \"a\", \"x\": 1, \"x\": "
               "{\"y\": 2}, \"project_name\"\n:\n\"w\" }\t\r\n"),
          true);
    check(" \n" + body(R"({"project_name": "w"})") + "\n\t ", true);
}

void TestProjectListJson::memberships()
{
    check(body(R"({"project_name": "p"})",
               R"("project_membership": {"p": "admin", "q": "", "r": null, "s": 5, "t": true,
                   "u": [], "v": {}, "w": 2.5, "big": 12345678901234567890, "p": "developer"},
                  "project_memberships": {"p": ["a", 1, null, true, 2.5, {}, []], "q": "solo",
                   "r": [], "s": null, "t": 5, "u": [""], "q": ["x"], "r": ["y"], "p": []})"),
          true);
    check(body(R"({"project_name": "p"})",
               R"("project_membership": {"p": "admin", "p": ""},
                  "project_memberships": {"p": ["a"], "p": null})"),
          true);
    check(
        body(R"({"project_name": "p"})", R"("project_membership": [], "project_memberships": "x")"),
        true);
    check(body(R"({"project_name": "p"})", R"("project_membership": null)"), true);
    check(body(R"({"project_name": "p"})",
               "\"project_membership\": {\"\\u00e9\\ud83d\\ude00\": \"admin\", "
               "\"\xc3\xa9\": \"x\"}"),
          true);
}

void TestProjectListJson::topLevelShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("handled");
    QTest::newRow("empty list") << QByteArray(R"({"projects": []})") << true;
    QTest::newRow("no membership") << body(R"({"project_name": "a"})") << true;
    QTest::newRow("membership first")
        << QByteArray(
               R"({"project_membership": {"a": "admin"}, "projects": [{"project_name": "a"}]})")
        << true;
    QTest::newRow("other keys")
        << QByteArray(R"({"errors": [], "message": "ok", "meta": {"a": [1, {"b": null}]},
                          "projects": [{"project_name": "a"}], "zzz": 1e5})")
        << true;
    QTest::newRow("repeated projects")
        << QByteArray(
               R"({"projects": [{"project_name": "a"}], "projects": [{"project_name": "b"}]})")
        << false;
    QTest::newRow("repeated projects, the first not JSON")
        << QByteArray(R"({"projects": [{"project_name": "a", "x": 01}], "projects": []})") << false;
    QTest::newRow("repeated projects, the first of a wrong shape")
        << QByteArray(R"({"projects": [{"project_name": 1}, {"project_name": "b", "x": [}],
                          "projects": []})")
        << false;
    QTest::newRow("repeated projects, the last of a wrong shape")
        << QByteArray(R"({"projects": [{"project_name": "a"}],
                          "projects": [{"project_name": 1}, {"project_name": "c"}]})")
        << false;
    QTest::newRow("repeated membership")
        << QByteArray(
               R"({"projects": [], "project_membership": {"a": "x"}, "project_membership": 1})")
        << false;
    QTest::newRow("projects null") << QByteArray(R"({"projects": null})") << false;
    QTest::newRow("projects object") << QByteArray(R"({"projects": {}})") << false;
    QTest::newRow("item not object") << QByteArray(R"({"projects": ["a"]})") << false;
    QTest::newRow("item null") << QByteArray(R"({"projects": [null]})") << false;
    QTest::newRow("missing projects") << QByteArray(R"({"project_membership": {}})") << false;
    QTest::newRow("empty object") << QByteArray("{}") << false;
    QTest::newRow("array") << QByteArray("[]") << false;
    QTest::newRow("array of object") << QByteArray(R"([{"projects": []}])") << false;
    QTest::newRow("string") << QByteArray(R"("projects")") << false;
    QTest::newRow("null") << QByteArray("null") << false;
    QTest::newRow("number") << QByteArray("1") << false;
}

void TestProjectListJson::topLevelShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, handled);
    check(json, handled);
}

void TestProjectListJson::benchShapedList()
{
    // The shape fjord-bench-parse measures, with every project a little different.
    QJsonArray projects;
    QJsonObject membership;
    for (int i = 0; i < 300; ++i) {
        const QString name = u"project-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        QJsonObject p{
            {u"account_id"_s, u"a225dad8d3c4"_s},
            {u"address_lines"_s, QJsonArray{u"Street %1"_s.arg(i), u"Floor 2"_s}},
            {u"billing_emails"_s, QJsonArray{QJsonObject{{u"email"_s, u"billing@example.com"_s}}}},
            {u"billing_extra_text"_s, QJsonValue(QJsonValue::Null)},
            {u"card_info"_s, i % 7 ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QJsonObject{{u"brand"_s, u"Visa"_s}})},
            {u"end_of_life_extension"_s, QJsonObject{}},
            {u"estimated_balance"_s,
             u"%1.%2"_s.arg(i % 1000).arg(i % 100, 2, 10, QLatin1Char('0'))},
            {u"features"_s, QJsonObject{{u"service_integrations"_s, i % 2 == 0}}},
            {u"project_name"_s, name},
            {u"tags"_s, QJsonObject{{u"env"_s, i % 2 ? u"prod"_s : u"dev"_s}}},
            {u"tech_emails"_s, QJsonArray{QJsonObject{{u"email"_s, u"ops@example.com"_s}}}},
            {u"city"_s, i % 5 ? u"Helsinki"_s : u"M\u00fcnchen \u6771\u4eac"_s},
        };
        if (i % 11 == 0)
            p.insert(u"x_new_field_%1"_s.arg(i), QJsonObject{{u"a"_s, QJsonArray{true}}});
        projects.append(p);
        membership.insert(name, i % 3 ? u"admin"_s : u"developer"_s);
    }
    const QJsonDocument doc(
        QJsonObject{{u"projects"_s, projects}, {u"project_membership"_s, membership}});
    check(doc.toJson(QJsonDocument::Compact), true);
    check(doc.toJson(QJsonDocument::Indented), true);
}

void TestProjectListJson::longListsReadInParts()
{
    // Long enough for the records' row fields to be read by several threads: each part must
    // give what reading them in order gives, and the first wrong project is the one told.
    const int count = 6000;
    const auto listWith = [count](const QMap<int, QByteArray>& odd) {
        // A key with an escape, and maps before and after the projects.
        QByteArray out = R"({"project_membership": {"p-00007": "admin", "p-0000\u0038": "developer",
                             "p-05999": "operator"}, "projects": [)";
        for (int i = 0; i < count; ++i) {
            if (i)
                out += ",\n";
            if (odd.contains(i)) {
                out += odd.value(i);
                continue;
            }
            out += longListProject(i);
        }
        out +=
            R"(], "project_memberships": {"p-00007": ["admin", "role:x"], "p-05999": "operator"}})";
        return out;
    };
    const auto readBoth = [](const QByteArray& bytes, QString* recordsError, QString* listError) {
        const std::optional<ProjectRecords> records =
            json::readProjectRecordsUtf8(bytes, recordsError);
        const std::optional<ProjectList> list = json::parseProjectListUtf8(bytes, listError);
        QCOMPARE(records.has_value(), list.has_value());
        QCOMPARE(json::tryReadProjectRecords(bytes).has_value(),
                 json::tryParseProjectListUtf8(bytes).has_value());
        if (!records)
            return;
        QCOMPARE(records->records.size(), list->projects.size());
        for (qsizetype i = 0; i < list->projects.size(); ++i) {
            const QString& name = list->projects.at(i).name;
            QCOMPARE(records->records.at(i).role, list->membership.value(name));
            QCOMPARE(records->records.at(i).memberships, list->memberships.value(name));
            QCOMPARE(records->records.at(i).summary, ProjectSummary::of(list->projects.at(i)));
            QCOMPARE(records->project(i), list->projects.at(i));
        }
    };

    QString recordsError;
    QString listError;
    readBoth(listWith({}), &recordsError, &listError);
    QVERIFY2(recordsError.isEmpty(), qPrintable(recordsError + listError));
    const std::optional<ProjectRecords> read = json::tryReadProjectRecords(listWith({}));
    QVERIFY(read);
    QCOMPARE(read->records.at(8).role, u"developer"_s);
    QCOMPARE(read->records.at(7).memberships, QStringList({u"admin"_s, u"role:x"_s}));
    QCOMPARE(read->records.at(5999).memberships, QStringList{u"operator"_s});
    QVERIFY(read->records.at(6).role.isEmpty());

    const QByteArray wrongName = R"({"project_name": 17})";
    const QByteArray wrongList = R"({"project_name": ["p"]})";
    const QMap<int, QMap<int, QByteArray>> cases{
        {1, {{4500, wrongName}, {1500, wrongList}}},            // two parts, earlier told
        {2, {{5990, wrongName}}},                               // in the last part
        {3, {{3000, wrongList}, {3100, "\"not an object\""}}},  // before a non-object
        {4, {{200, "[1]"}, {5000, wrongName}}},                 // a non-object first
        {5, {{5500, R"({"project_name": "x", "city": tru})"}}}, // not JSON: Qt words it
    };
    for (auto it = cases.cbegin(); it != cases.cend(); ++it) {
        recordsError.clear();
        listError.clear();
        readBoth(listWith(it.value()), &recordsError, &listError);
        QVERIFY2(!listError.isEmpty(), qPrintable(QString::number(it.key())));
        QCOMPARE(recordsError, listError);
    }
    recordsError.clear();
    listError.clear();
    readBoth(listWith({{4500, wrongName}, {1500, wrongList}}), &recordsError, &listError);
    QVERIFY2(recordsError.startsWith(u"projects[1500]"_s), qPrintable(recordsError));
}

void TestProjectListJson::hostile_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray ok = R"({"project_name": "ok"})";
    QTest::newRow("invalid utf8 value")
        << body("{\"project_name\": \"ok\", \"company\": \"A\xff\xfe\xc3(B\"}");
    QTest::newRow("invalid utf8 name") << body("{\"project_name\": \"\xc3\x28\"}");
    QTest::newRow("invalid utf8 key") << body("{\"project_name\": \"ok\", \"\xff\": 1}");
    QTest::newRow("invalid utf8 elsewhere") << body(ok, "\"zz\": \"\xed\xa0\x80\"");
    QTest::newRow("overlong") << body("{\"project_name\": \"\xc0\xaf\"}");
    QTest::newRow("lone high surrogate") << body(R"({"project_name": "ok", "city": "\ud83d"})");
    QTest::newRow("lone low surrogate") << body(R"({"project_name": "ok", "city": "\ude00"})");
    QTest::newRow("reversed pair") << body(R"({"project_name": "ok", "city": "\ude00\ud83d"})");
    QTest::newRow("surrogate in key") << body(R"({"project_name": "ok", "\ud800": 1})");
    QTest::newRow("bad escape") << body(R"({"project_name": "ok", "city": "\q"})");
    QTest::newRow("control char") << body("{\"project_name\": \"ok\", \"city\": \"a\x01\"}");
    QTest::newRow("raw tab") << body("{\"project_name\": \"ok\", \"city\": \"a\tb\"}");
    QTest::newRow("NaN") << body(R"({"project_name": "ok", "zip_code": NaN})");
    QTest::newRow("Infinity") << body(R"({"project_name": "ok", "zip_code": Infinity})");
    QTest::newRow("-Infinity") << body(R"({"project_name": "ok", "zip_code": -Infinity})");
    QTest::newRow("leading zero") << body(R"({"project_name": "ok", "zip_code": 00100})");
    QTest::newRow("bare dot") << body(R"({"project_name": "ok", "zip_code": 1.})");
    QTest::newRow("dot first") << body(R"({"project_name": "ok", "zip_code": .5})");
    QTest::newRow("huge exponent") << body(R"({"project_name": "ok", "zip_code": 1e400})");
    QTest::newRow("tiny exponent") << body(R"({"project_name": "ok", "zip_code": 1e-400})");
    QTest::newRow("plus") << body(R"({"project_name": "ok", "zip_code": +1})");
    QTest::newRow("wrong type name") << body(R"({"project_name": ["ok"]})");
    QTest::newRow("trailing garbage") << body(ok) + " x";
    QTest::newRow("trailing brace") << body(ok) + "}";
    QTest::newRow("trailing nul") << body(ok) + QByteArray(1, '\0');
    QTest::newRow("two documents") << body(ok) + body(ok);
    QTest::newRow("trailing comma") << QByteArray(R"({"projects": [{"project_name": "ok"},]})");
    QTest::newRow("bom") << "\xef\xbb\xbf" + body(ok);
    QTest::newRow("single quotes") << QByteArray(R"({'projects': []})");
    QTest::newRow("comment") << QByteArray(R"({"projects": [] /* c */})");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("nul bytes") << QByteArray(16, '\0');
}

void TestProjectListJson::hostile()
{
    QFETCH(QByteArray, json);
    check(json, false);
}

void TestProjectListJson::hostileHugeString()
{
    const QByteArray huge(10 * 1024 * 1024, 'x');
    check(body("{\"project_name\": \"big\", \"company\": \"" + huge + "\", \"" +
               huge.left(1024 * 1024) + "\": 1}"),
          false); // the number goes through Qt, still handled; not required
    check(body("{\"project_name\": \"" + huge + "\"}"), true);
    check(body("{\"project_name\": \"big\", \"company\": \"" + huge), false); // unterminated
    QByteArray escaped;
    for (int i = 0; i < 1024 * 1024; ++i)
        escaped += "\\u00e9\\ud83d\\ude00";
    check(body("{\"project_name\": \"big\", \"x\": \"" + escaped + "\"}"), true);
}

void TestProjectListJson::hostileDeepNesting()
{
    const int depth = 100000;
    const QByteArray ok = R"({"project_name": "deep"})";
    // Inside an unknown key of a project, at the top level, and inside project_membership.
    check(body("{\"project_name\": \"deep\", \"x\": " + QByteArray(depth, '[') +
               QByteArray(depth, ']') + "}"),
          false);
    check(body(ok, "\"x\": " + QByteArray(depth, '[') + QByteArray(depth, ']')), false);
    QByteArray objects;
    for (int i = 0; i < depth; ++i)
        objects += "{\"a\":";
    check(body(ok, "\"project_membership\": " + objects + "1" + QByteArray(depth, '}')), false);
    check(body("{\"project_name\": \"deep\", \"features\": " + objects + "1" +
               QByteArray(depth, '}') + "}"),
          false);
    check(QByteArray(depth, '['), false);
    check(QByteArray(depth, '{'), false);

    // Deep but within both limits: handled, and equal.
    check(body("{\"project_name\": \"deep\", \"x\": " + QByteArray(200, '[') +
               QByteArray(200, ']') + "}"),
          true);
    // Deeper than the fast path goes but legal for Qt: left to it.
    check(body("{\"project_name\": \"deep\", \"x\": " + QByteArray(500, '[') +
               QByteArray(500, ']') + "}"),
          false);
}

void TestProjectListJson::everyPrefix()
{
    const QByteArray full =
        body(R"({"project_name": "p\u00e9", "tags": {"a": "b"}, "address_lines": ["x", 1],
                 "billing_emails": [{"email": "e@example.com"}], "features": {"f": true},
                 "x": [null, false, -1.5e3]})",
             R"("project_membership": {"p\u00e9": "admin"}, "project_memberships": {"p": ["a"]})") +
        "\xe2\x82\xac";
    for (int n = 0; n <= full.size(); ++n) {
        check(full.left(n), false);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestProjectListJson::mutations()
{
    // Random single-byte damage to a realistic answer: whatever the fast path still takes
    // must equal the Qt reading.
    const QByteArray base =
        body(QByteArray(kRealProject) + R"(, {"project_name": "b", "tags": {"k": "v"},
            "tech_emails": [{"email": "t@example.com"}], "features": {"a": [1, 2]},
            "city": "caf\u00e9 \ud83d\ude00", "x": {"y": null}})",
             R"("project_membership": {"my-best-demo": "admin", "b": "developer"},
           "project_memberships": {"b": ["developer"]})");
    const char replacements[] = {'"', '\\', '{', '}', '[', ']', ',', ':',  ' ',    '0',    '1',
                                 '-', 'e',  '.', 'n', 't', 'u', 'x', '\0', '\x80', '\xff', '\xc3'};
    QRandomGenerator random(20240611);
    for (int i = 0; i < 3000; ++i) {
        QByteArray damaged = base;
        const int position = int(random.bounded(quint32(damaged.size())));
        const char c = replacements[random.bounded(quint32(sizeof(replacements)))];
        switch (random.bounded(3)) {
        case 0:
            damaged[position] = c;
            break;
        case 1:
            damaged.insert(position, c);
            break;
        default:
            damaged.remove(position, 1);
        }
        check(damaged, false);
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestProjectListJson)
#include "tst_projectlistjson.moc"
