// The sandbox's request-body rules against Aiven's OpenAPI document: the hand-written table
// (RequestRules) must name exactly the document's fields with its types, lengths, enums and
// required flags, and say why wherever it asks more. Then every limit is exercised with the
// value the document gives (read here from the document, not from the table).

#include "RequestRules.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fjord::sandbox;

namespace {

QJsonObject loadDocument()
{
    QFile file(fjord::test::sourceDir() + u"/tests/support/aiven-openapi-subset.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The $ref of the request schema of `rules` in the document.
QString requestSchemaRef(const QJsonObject& document, const BodyRules& rules)
{
    return document.value("paths"_L1)
        .toObject()
        .value(rules.path)
        .toObject()
        .value(QString(rules.method).toLower())
        .toObject()
        .value("requestBody"_L1)
        .toObject()
        .value("schema"_L1)
        .toObject()
        .value("$ref"_L1)
        .toString();
}

// The request schema of `rules` in the document, $ref resolved.
QJsonObject requestSchema(const QJsonObject& document, const BodyRules& rules)
{
    const QJsonObject operation = document.value("paths"_L1)
                                      .toObject()
                                      .value(rules.path)
                                      .toObject()
                                      .value(QString(rules.method).toLower())
                                      .toObject();
    QJsonObject schema = operation.value("requestBody"_L1).toObject().value("schema"_L1).toObject();
    const QString ref = schema.value("$ref"_L1).toString();
    if (!ref.isEmpty())
        schema = document.value("components"_L1)
                     .toObject()
                     .value("schemas"_L1)
                     .toObject()
                     .value(ref.section(u'/', -1))
                     .toObject();
    return schema;
}

QString documentKind(const QJsonObject& property)
{
    const QString type = property.value("type"_L1).toString();
    if (type == "array"_L1) {
        const QJsonObject items = property.value("items"_L1).toObject();
        return items.value("type"_L1).toString() == "object"_L1 ? u"emails"_s : u"strings"_s;
    }
    return type;
}

QString tableKind(FieldKind kind)
{
    switch (kind) {
    case FieldKind::String:
        return u"string"_s;
    case FieldKind::Boolean:
        return u"boolean"_s;
    case FieldKind::Integer:
        return u"integer"_s;
    case FieldKind::Tags:
        return u"object"_s;
    case FieldKind::Emails:
        return u"emails"_s;
    case FieldKind::StringList:
        return u"strings"_s;
    }
    return {};
}

int intOr(const QJsonObject& object, QLatin1StringView key, int fallback)
{
    return object.contains(key) ? object.value(key).toInt() : fallback;
}

// A valid value of the document's type for `property` (the enum's first, a short string...).
QJsonValue sample(const QString& name, const QJsonObject& property)
{
    const QString type = property.value("type"_L1).toString();
    if (property.contains("enum"_L1))
        return property.value("enum"_L1).toArray().first();
    if (type == "boolean"_L1)
        return true;
    if (type == "integer"_L1)
        return intOr(property, "minimum"_L1, 0);
    if (type == "object"_L1)
        return QJsonObject{};
    if (type == "array"_L1)
        return QJsonArray{};
    if (name == "project"_L1 || name == "project_name"_L1)
        return u"valid-name"_s;
    if (name == "country_code"_L1)
        return u"FI"_s;
    if (name == "email"_L1 || name == "user_email"_L1)
        return u"a@example.com"_s;
    return QString(intOr(property, "minLength"_L1, 1), u'x');
}

// A body holding every required field of `schema`, valid.
QJsonObject minimalBody(const QJsonObject& schema)
{
    QJsonObject body;
    const QJsonObject properties = schema.value("properties"_L1).toObject();
    for (const QJsonValue& name : schema.value("required"_L1).toArray())
        body.insert(name.toString(),
                    sample(name.toString(), properties.value(name.toString()).toObject()));
    return body;
}

} // namespace

class TestRequestRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableMatchesDocument();
    void lengthsFromDocument();
    void enumsFromDocument();
    void typesFromDocument();
    void requiredFromDocument();
    void unknownFieldRefused();
    void beyondTheDocument_data();
    void beyondTheDocument();
    void patternsAreAnchored_data();
    void patternsAreAnchored();

private:
    QJsonObject m_document;
};

void TestRequestRules::initTestCase()
{
    m_document = loadDocument();
    QVERIFY2(m_document.contains("paths"_L1), "tests/support/aiven-openapi-subset.json");
}

void TestRequestRules::tableMatchesDocument()
{
    QCOMPARE(requestBodyRules().size(), 6);
    for (const BodyRules& rules : requestBodyRules()) {
        const QJsonObject schema = requestSchema(m_document, rules);
        const QString where = rules.method + u' ' + rules.path;
        QVERIFY2(!schema.isEmpty(), qPrintable(where));
        QCOMPARE(requestSchemaRef(m_document, rules),
                 u"#/components/schemas/"_s + rules.schemaName);
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        const QJsonArray required = schema.value("required"_L1).toArray();

        QStringList tableNames;
        for (const FieldRule& rule : rules.fields) {
            const QString name = rule.name;
            tableNames.append(name);
            const QString field = where + u": "_s + name;
            if (!properties.contains(name)) {
                // Only with a reason, and never required.
                QVERIFY2(!rule.beyondDocument.isEmpty(), qPrintable(field));
                QVERIFY2(!rule.required, qPrintable(field));
                continue;
            }
            const QJsonObject property = properties.value(name).toObject();
            QCOMPARE(tableKind(rule.kind) + u' ' + field, documentKind(property) + u' ' + field);
            QCOMPARE(rule.required, required.contains(name));
            if (rule.kind == FieldKind::String) {
                QCOMPARE(rule.maxLength, intOr(property, "maxLength"_L1, -1));
                QCOMPARE(rule.minLength, intOr(property, "minLength"_L1, -1));
                QStringList allowed;
                for (const QJsonValue& value : property.value("enum"_L1).toArray())
                    allowed.append(value.toString());
                QCOMPARE(rule.allowed, allowed);
            }
            if (rule.kind == FieldKind::Integer) {
                QCOMPARE(rule.minimum, intOr(property, "minimum"_L1, 0));
                QCOMPARE(rule.maximum, intOr(property, "maximum"_L1, -1));
            }
            if (rule.kind == FieldKind::Emails || rule.kind == FieldKind::StringList) {
                QCOMPARE(rule.maxItems, intOr(property, "maxItems"_L1, -1));
                const QJsonObject items = property.value("items"_L1).toObject();
                const int itemLength =
                    rule.kind == FieldKind::Emails
                        ? intOr(
                              items.value("properties"_L1).toObject().value("email"_L1).toObject(),
                              "maxLength"_L1, -1)
                        : intOr(items, "maxLength"_L1, -1);
                // Stricter than the document only with a reason.
                if (rule.maxLength != itemLength)
                    QVERIFY2(itemLength < 0 && !rule.beyondDocument.isEmpty(), qPrintable(field));
            }
            // The document does not say "nullable": taking null needs a reason.
            if (rule.nullable)
                QVERIFY2(!rule.beyondDocument.isEmpty(), qPrintable(field));
        }
        // Every field of the document is in the table.
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
            QVERIFY2(tableNames.contains(it.key()), qPrintable(where + u": "_s + it.key()));
    }
}

void TestRequestRules::lengthsFromDocument()
{
    int checked = 0;
    for (const BodyRules& rules : requestBodyRules()) {
        const QJsonObject schema = requestSchema(m_document, rules);
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            const QJsonObject property = it.value().toObject();
            QJsonObject emailItem = property.value("items"_L1)
                                        .toObject()
                                        .value("properties"_L1)
                                        .toObject()
                                        .value("email"_L1)
                                        .toObject();
            const int max = property.contains("maxLength"_L1)
                                ? property.value("maxLength"_L1).toInt()
                                : intOr(emailItem, "maxLength"_L1, -1);
            if (max < 0)
                continue;
            const auto value = [&](int length) -> QJsonValue {
                if (property.value("type"_L1).toString() == "array"_L1) {
                    const QString local(length - 12, u'a');
                    return QJsonArray{
                        QJsonObject{{u"email"_s, QString(local + u"@example.com"_s)}}};
                }
                return QString(length, u'a');
            };
            QJsonObject body = minimalBody(schema);
            body.insert(it.key(), value(max + 1));
            const auto tooLong = checkBody(body, rules);
            const QString field = rules.path + u' ' + it.key();
            QVERIFY2(tooLong && tooLong->message.contains(it.key()), qPrintable(field));
            QVERIFY2(tooLong->message.contains(u"longer"_s), qPrintable(tooLong->message));
            body.insert(it.key(), value(max));
            const auto exact = checkBody(body, rules);
            QVERIFY2(!exact || !exact->message.contains(u"longer"_s), qPrintable(field));
            const int min = intOr(property, "minLength"_L1, -1);
            if (min > 0) {
                body.insert(it.key(), value(min - 1));
                const auto tooShort = checkBody(body, rules);
                QVERIFY2(tooShort && tooShort->message.contains(it.key()), qPrintable(field));
            }
            ++checked;
        }
    }
    QVERIFY(checked >= 30); // 34 string fields with a maxLength in the three schemas
}

void TestRequestRules::enumsFromDocument()
{
    for (const BodyRules& rules : requestBodyRules()) {
        const QJsonObject schema = requestSchema(m_document, rules);
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            const QJsonArray allowed = it.value().toObject().value("enum"_L1).toArray();
            for (const QJsonValue& value : allowed) {
                QJsonObject body = minimalBody(schema);
                body.insert(it.key(), value);
                const auto problem = checkBody(body, rules);
                QVERIFY2(!problem, qPrintable(problem ? problem->message : QString()));
            }
            if (allowed.isEmpty())
                continue;
            for (const QString& wrong : {u""_s, u"usd"_s, u"BTC"_s}) {
                QJsonObject body = minimalBody(schema);
                body.insert(it.key(), wrong);
                QVERIFY2(checkBody(body, rules), qPrintable(it.key() + u' ' + wrong));
            }
        }
    }
}

void TestRequestRules::typesFromDocument()
{
    for (const BodyRules& rules : requestBodyRules()) {
        const QJsonObject schema = requestSchema(m_document, rules);
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            const QString type = it.value().toObject().value("type"_L1).toString();
            QList<QJsonValue> wrong{QJsonValue(42.5), QJsonValue(u"text"_s), QJsonValue(true),
                                    QJsonArray{}, QJsonObject{}};
            wrong.removeIf([&](const QJsonValue& v) {
                return (type == "string"_L1 && v.isString()) ||
                       (type == "boolean"_L1 && v.isBool()) ||
                       (type == "array"_L1 && v.isArray()) || (type == "object"_L1 && v.isObject());
            });
            // null is refused unless the table says why (cloud, as avn sends it).
            const auto rule = std::find_if(rules.fields.cbegin(), rules.fields.cend(),
                                           [&](const FieldRule& r) { return r.name == it.key(); });
            QVERIFY(rule != rules.fields.cend());
            if (!rule->nullable)
                wrong.append(QJsonValue::Null);
            for (const QJsonValue& value : std::as_const(wrong)) {
                QJsonObject body = minimalBody(schema);
                body.insert(it.key(), value);
                const auto problem = checkBody(body, rules);
                QVERIFY2(problem && problem->message.contains(it.key()),
                         qPrintable(
                             rules.path + u' ' + it.key() + u' ' +
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))));
            }
        }
    }
}

void TestRequestRules::requiredFromDocument()
{
    int checked = 0;
    for (const BodyRules& rules : requestBodyRules()) {
        const QJsonObject schema = requestSchema(m_document, rules);
        QVERIFY2(!checkBody(minimalBody(schema), rules), qPrintable(rules.path));
        for (const QJsonValue& name : schema.value("required"_L1).toArray()) {
            QJsonObject body = minimalBody(schema);
            body.remove(name.toString());
            const auto problem = checkBody(body, rules);
            QVERIFY2(problem && problem->message.contains(name.toString()),
                     qPrintable(rules.path + u' ' + name.toString()));
            ++checked;
        }
    }
    QCOMPARE(checked, 6); // project; email and password; user_email; member_type; tags
}

void TestRequestRules::unknownFieldRefused()
{
    for (const BodyRules& rules : requestBodyRules()) {
        QJsonObject body = minimalBody(requestSchema(m_document, rules));
        body.insert(u"colour"_s, u"red"_s);
        const auto problem = checkBody(body, rules);
        QVERIFY(problem && problem->message.contains(u"colour"_s));
    }
}

// Where the document is silent, Aiven's docs decide (each rule says so in beyondDocument).
void TestRequestRules::beyondTheDocument_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("billing tag") << QByteArray(R"({"tags":{"billing:PO":"77"}})") << true;
    QTest::newRow("tag key 64") << QByteArray(R"({"tags":{")" + QByteArray(64, 'k') + R"(":"v"}})")
                                << true;
    QTest::newRow("tag key 65") << QByteArray(R"({"tags":{")" + QByteArray(65, 'k') + R"(":"v"}})")
                                << false;
    QTest::newRow("billing: + 64")
        << QByteArray(R"({"tags":{"billing:)" + QByteArray(64, 'k') + R"(":"v"}})") << true;
    QTest::newRow("billing: alone") << QByteArray(R"({"tags":{"billing:":"v"}})") << false;
    QTest::newRow("other prefix") << QByteArray(R"({"tags":{"team:a":"v"}})") << false;
    QTest::newRow("key digit first") << QByteArray(R"({"tags":{"1a":"v"}})") << false;
    QTest::newRow("tag value 65") << QByteArray(R"({"tags":{"a":")" + QByteArray(65, 'v') +
                                                R"("}})")
                                  << false;
    QTest::newRow("tag value number") << QByteArray(R"({"tags":{"a":1}})") << false;
    QTest::newRow("eleven tags")
        << QByteArray(
               R"({"tags":{"a":"","b":"","c":"","d":"","e":"","f":"","g":"","h":"","i":"","j":"","k":""}})")
        << false;
    QTest::newRow("address line 1000")
        << QByteArray(R"({"address_lines":[")" + QByteArray(1000, 'a') + R"("]})") << true;
    QTest::newRow("address line 1001")
        << QByteArray(R"({"address_lines":[")" + QByteArray(1001, 'a') + R"("]})") << false;
    QTest::newRow("rename") << QByteArray(R"({"project_name":"new-name"})") << true;
    QTest::newRow("rename capitals") << QByteArray(R"({"project_name":"NewName"})") << false;
    QTest::newRow("not an email") << QByteArray(R"({"tech_emails":[{"email":"nope"}]})") << false;
    QTest::newRow("unknown country") << QByteArray(R"({"country_code":"XX"})") << false;
    QTest::newRow("no country") << QByteArray(R"({"country_code":""})") << true;
    QTest::newRow("cloud null (avn)") << QByteArray(R"({"cloud":null})") << true;
    QTest::newRow("extra text null") << QByteArray(R"({"billing_extra_text":null})") << false;
}

void TestRequestRules::beyondTheDocument()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    const auto problem = checkBody(QJsonDocument::fromJson(body).object(),
                                   rulesFor("PUT"_L1, "/project/{project}"_L1));
    QCOMPARE(!problem.has_value(), accepted);
}

void TestRequestRules::patternsAreAnchored_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("name") << QByteArray("POST") << QByteArray("/project")
                          << QByteArray(R"({"project":"abc\n"})");
    QTest::newRow("name, leading")
        << QByteArray("POST") << QByteArray("/project") << QByteArray(R"({"project":"\nabc"})");
    QTest::newRow("rename") << QByteArray("PUT") << QByteArray("/project/{project}")
                            << QByteArray(R"({"project_name":"abc\n"})");
    QTest::newRow("tag key") << QByteArray("PUT") << QByteArray("/project/{project}")
                             << QByteArray(R"({"tags":{"env\n":"x"}})");
    QTest::newRow("billing tag key") << QByteArray("PUT") << QByteArray("/project/{project}")
                                     << QByteArray(R"({"tags":{"billing:PO\n":"x"}})");
    QTest::newRow("email") << QByteArray("PUT") << QByteArray("/project/{project}")
                           << QByteArray(R"({"tech_emails":[{"email":"a@example.com\n"}]})");
}

void TestRequestRules::patternsAreAnchored()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QVERIFY(!object.isEmpty());
    QVERIFY(checkBody(object, rulesFor(QLatin1StringView(method), QLatin1StringView(path))));
    // The same without the newline passes.
    QJsonObject clean = QJsonDocument::fromJson(QByteArray(body).replace("\\n", "")).object();
    QVERIFY(!checkBody(clean, rulesFor(QLatin1StringView(method), QLatin1StringView(path))));
}

QTEST_GUILESS_MAIN(TestRequestRules)
#include "tst_requestrules.moc"
