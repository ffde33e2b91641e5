// The export formats: CSV and JSON parse back to what went in; curl, avn and Terraform text
// match what a person would type for a known project.

#include "CsvReader.h"
#include "api/JsonCodec.h"
#include "export/ProjectExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fjord;

namespace {

Project knownProject()
{
    Project p;
    p.name = QStringLiteral("my-best-demo");
    p.accountId = QStringLiteral("a225dad8d3c4");
    p.accountName = QStringLiteral("Aiven Accounts");
    p.organizationId = QStringLiteral("org1a2b3c4d5e6");
    p.billingGroupId = QStringLiteral("588a8e63-fda7-4ff7-9bff-577debfee604");
    p.billingGroupName = QStringLiteral("Billing");
    p.billingCurrency = QStringLiteral("EUR");
    p.defaultCloud = QStringLiteral("google-europe-north1");
    p.estimatedBalance = QStringLiteral("4.11");
    p.estimatedBalanceLocal = QStringLiteral("3.80");
    p.paymentMethod = QStringLiteral("no_payment_expected");
    p.company = QStringLiteral("Fjord \"Widgets\", Oy");
    p.countryCode = QStringLiteral("FI");
    p.techEmails = {QStringLiteral("ops@example.com"), QStringLiteral("oncall@example.com")};
    p.billingEmails = {QStringLiteral("billing@example.com")};
    p.tags = {{QStringLiteral("env"), QStringLiteral("prod")},
              {QStringLiteral("team"), QStringLiteral("data platform")}};
    return p;
}

// Projects as the list keeps them, each with the role the answer gives it.
ProjectRecords records(QVector<Project> projects, QHash<QString, QString> roles = {})
{
    return ProjectRecords::fromList(ProjectList{std::move(projects), std::move(roles), {}});
}

// A GET /v1/project answer of `count` projects, each a little different, read as the client
// keeps it: every record points into the body.
ProjectRecords answerOf(int count)
{
    QJsonArray projects;
    QJsonObject membership;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("project-%1").arg(i, 5, 10, QLatin1Char('0'));
        QJsonObject p{
            {QStringLiteral("project_name"), name},
            {QStringLiteral("account_id"), QStringLiteral("a%1").arg(i % 7)},
            {QStringLiteral("account_name"),
             i % 3 ? QStringLiteral("Müller & Söhne, GmbH") : QStringLiteral("株式会社 \"x\"")},
            {QStringLiteral("default_cloud"), QStringLiteral("google-europe-north1")},
            {QStringLiteral("estimated_balance"), QString::number(i * 0.25, 'f', 2)},
            {QStringLiteral("tech_emails"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("email"), QStringLiteral("ops%1@example.com").arg(i)}}}},
            {QStringLiteral("tags"),
             QJsonObject{{QStringLiteral("billing:team"), QStringLiteral("t%1").arg(i % 5)},
                         {QStringLiteral("n"), QString::number(i)}}},
            {QStringLiteral("card_info"),
             i % 2 ? QJsonValue(QJsonObject{{QStringLiteral("brand"), QStringLiteral("Visa")},
                                            {QStringLiteral("exp_year"), 2030}})
                   : QJsonValue()},
            {QStringLiteral("features"), QJsonObject{}}};
        projects.append(p);
        if (i % 4)
            membership.insert(name,
                              i % 4 == 1 ? QStringLiteral("admin") : QStringLiteral("read_only"));
    }
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("projects"), projects},
                                  {QStringLiteral("project_membership"), membership}})
            .toJson(QJsonDocument::Compact);
    std::optional<ProjectRecords> read = json::readProjectRecordsUtf8(body);
    return read ? *read : ProjectRecords();
}

} // namespace

class TestProjectExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvFieldQuoting_data();
    void csvFieldQuoting();
    void csvRoundTrip();
    void csvHostileValues();
    void parseCsvRejectsBrokenQuotes();
    void jsonRoundTrip();
    void longListsInParts();
    void progressAndCancel();
    void curlText();
    void curlQuotesSingleQuotes();
    void curlAgainstOtherApi();
    void avnText();
    void avnMinimal();
    void terraformText();
    void terraformOrganizationText();
    void hclEscaping();
    void terraformName();
    void noTokenAnywhere();
};

void TestProjectExport::csvFieldQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("unicode") << QStringLiteral("Hämeenlinna") << QStringLiteral("Hämeenlinna");
}

void TestProjectExport::csvFieldQuoting()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(ProjectExport::csvField(value), expected);
}

void TestProjectExport::csvRoundTrip()
{
    Project second;
    second.name = QStringLiteral("second-project");
    second.defaultCloud = QStringLiteral("aws-eu-west-1");
    const QByteArray csv = ProjectExport::toCsv(records(
        {knownProject(), second}, {{QStringLiteral("my-best-demo"), QStringLiteral("admin")}}));
    QVERIFY(csv.endsWith("\r\n"));

    bool ok = false;
    const QVector<QStringList> rows = fjord::test::parseCsv(csv, &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 3);
    const QStringList header = rows.at(0);
    QCOMPARE(header, ProjectExport::csvColumns());
    for (const QStringList& row : rows)
        QCOMPARE(row.size(), header.size());

    const auto field = [&](int row, const char* column) {
        return rows.at(row).at(header.indexOf(QLatin1String(column)));
    };
    QCOMPARE(field(1, "project_name"), QStringLiteral("my-best-demo"));
    QCOMPARE(field(1, "role"), QStringLiteral("admin"));
    QCOMPARE(field(1, "company"), QStringLiteral("Fjord \"Widgets\", Oy"));
    QCOMPARE(field(1, "estimated_balance"), QStringLiteral("4.11"));
    QCOMPARE(field(1, "tech_emails"), QStringLiteral("ops@example.com; oncall@example.com"));
    QCOMPARE(field(1, "tags"), QStringLiteral("env=prod; team=data platform"));
    QCOMPARE(field(1, "billing_group_id"), QStringLiteral("588a8e63-fda7-4ff7-9bff-577debfee604"));
    QCOMPARE(field(2, "project_name"), QStringLiteral("second-project"));
    QCOMPARE(field(2, "role"), QString());
    QCOMPARE(field(2, "default_cloud"), QStringLiteral("aws-eu-west-1"));
}

void TestProjectExport::csvHostileValues()
{
    Project p;
    p.name = QStringLiteral("x");
    p.company = QStringLiteral("line one\r\nline \"two\", end ");
    p.tags = {{QStringLiteral("k"), QStringLiteral(",\"'\n")}};
    bool ok = false;
    const auto rows = fjord::test::parseCsv(ProjectExport::toCsv(records({p})), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 2);
    const QStringList header = ProjectExport::csvColumns();
    QCOMPARE(rows.at(1).at(header.indexOf(QStringLiteral("company"))), p.company);
    QCOMPARE(rows.at(1).at(header.indexOf(QStringLiteral("tags"))), QStringLiteral("k=,\"'\n"));
}

void TestProjectExport::parseCsvRejectsBrokenQuotes()
{
    bool ok = true;
    fjord::test::parseCsv("a,\"unterminated\r\n", &ok);
    QVERIFY(!ok);
    ok = true;
    fjord::test::parseCsv("a,b\"c\r\n", &ok);
    QVERIFY(!ok);
    ok = false;
    const auto rows = fjord::test::parseCsv("a,b\nc,d", &ok);
    QVERIFY(ok);
    QCOMPARE(rows, (QVector<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                         {QStringLiteral("c"), QStringLiteral("d")}}));
}

void TestProjectExport::jsonRoundTrip()
{
    const Project original = knownProject();
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(ProjectExport::toJson(records({original})), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject object = doc.array().at(0).toObject();
    QCOMPARE(object.value(QStringLiteral("project_name")).toString(), original.name);
    // The API's shape: emails as objects, not strings.
    QCOMPARE(object.value(QStringLiteral("tech_emails"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("email")),
             QJsonValue(QStringLiteral("ops@example.com")));
    const std::optional<Project> parsed = json::parseProject(object);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->name, original.name);
    QCOMPARE(parsed->techEmails, original.techEmails);
    QCOMPARE(parsed->billingEmails, original.billingEmails);
    QCOMPARE(parsed->tags, original.tags);
    QCOMPARE(parsed->company, original.company);
    QCOMPARE(parsed->estimatedBalance, original.estimatedBalance);
    QCOMPARE(parsed->defaultCloud, original.defaultCloud);

    QCOMPARE(ProjectExport::toJson({}), QJsonDocument(QJsonArray()).toJson());
    QCOMPARE(ProjectExport::toCsv({}), ProjectExport::toCsv(records({})));
    QCOMPARE(fjord::test::parseCsv(ProjectExport::toCsv({}), nullptr).size(), 1);
}

void TestProjectExport::longListsInParts()
{
    // Long enough for threads to write parts side by side; the parts joined must be the
    // text of the whole list: for JSON, what QJsonDocument writes for it at once.
    const ProjectRecords answer = answerOf(3000);
    QCOMPARE(answer.records.size(), 3000);
    QJsonArray all;
    for (qsizetype i = 0; i < answer.records.size(); ++i)
        all.append(json::toJson(answer.project(i)));
    QCOMPARE(ProjectExport::toJson(answer), QJsonDocument(all).toJson(QJsonDocument::Indented));

    bool ok = false;
    const QVector<QStringList> rows = fjord::test::parseCsv(ProjectExport::toCsv(answer), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), answer.records.size() + 1);
    const QStringList header = ProjectExport::csvColumns();
    QCOMPARE(rows.at(0), header);
    const auto column = [&header](const char* name) { return header.indexOf(QLatin1String(name)); };
    for (qsizetype i = 0; i < answer.records.size(); ++i) {
        const Project p = answer.project(i);
        const QStringList& row = rows.at(i + 1);
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(column("project_name")), p.name);
        QCOMPARE(row.at(column("role")), answer.records.at(i).role);
        QCOMPARE(row.at(column("account_name")), p.accountName);
        QCOMPARE(row.at(column("estimated_balance")), p.estimatedBalance);
        QCOMPARE(row.at(column("tech_emails")), p.techEmails.join(QStringLiteral("; ")));
    }
    QCOMPARE(rows.at(2).at(column("role")), QStringLiteral("admin"));
    QCOMPARE(rows.at(3).at(column("role")), QStringLiteral("read_only"));
}

void TestProjectExport::progressAndCancel()
{
    const ProjectRecords answer = answerOf(1200);
    ProjectExport::Progress progress;
    QVERIFY(!ProjectExport::toCsv(answer, &progress).isEmpty());
    QCOMPARE(progress.done.load(), answer.records.size());

    // Cancelled: nothing, whichever export.
    ProjectExport::Progress cancelled;
    cancelled.cancelled = true;
    QVERIFY(ProjectExport::toCsv(answer, &cancelled).isEmpty());
    QVERIFY(ProjectExport::toJson(answer, &cancelled).isEmpty());
    QVERIFY(ProjectExport::toJson({}, &cancelled).isEmpty());
    QCOMPARE(cancelled.done.load(), 0);
}

void TestProjectExport::curlText()
{
    const QString expected = QStringLiteral(
        "curl -X POST https://api.aiven.io/v1/project \\\n"
        "  -H \"Authorization: aivenv1 $AIVEN_AUTH_TOKEN\" \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  --data-raw "
        "'{\"account_id\":\"a225dad8d3c4\",\"billing_group_id\":\"588a8e63-fda7-4ff7-9bff-"
        "577debfee604\",\"cloud\":\"google-europe-north1\",\"project\":\"my-best-demo\","
        "\"tags\":{\"env\":\"prod\",\"team\":\"data platform\"},\"tech_emails\":[{\"email\":"
        "\"ops@example.com\"},{\"email\":\"oncall@example.com\"}]}'\n");
    QCOMPARE(ProjectExport::curlCommand(knownProject()), expected);
}

void TestProjectExport::curlQuotesSingleQuotes()
{
    Project p;
    p.name = QStringLiteral("quotes");
    p.tags = {{QStringLiteral("owner"), QStringLiteral("O'Brien")}};
    const QString text = ProjectExport::curlCommand(p);
    QVERIFY2(text.contains(QStringLiteral("\"owner\":\"O'\\''Brien\"")), qPrintable(text));
}

void TestProjectExport::curlAgainstOtherApi()
{
    Project p;
    p.name = QStringLiteral("local");
    const QString text =
        ProjectExport::curlCommand(p, QUrl(QStringLiteral("http://127.0.0.1:41234/")));
    QVERIFY2(text.startsWith(QStringLiteral("curl -X POST http://127.0.0.1:41234/v1/project \\\n")),
             qPrintable(text));
    QVERIFY(text.endsWith(QStringLiteral("--data-raw '{\"project\":\"local\"}'\n")));
}

void TestProjectExport::avnText()
{
    const QString expected = QStringLiteral("avn project create my-best-demo \\\n"
                                            "  --parent-id org1a2b3c4d5e6 \\\n"
                                            "  --billing-group-id 588a8e63-fda7-4ff7-9bff-"
                                            "577debfee604 \\\n"
                                            "  --cloud google-europe-north1 \\\n"
                                            "  --tech-email ops@example.com \\\n"
                                            "  --tech-email oncall@example.com\n"
                                            "avn project tags update --project my-best-demo \\\n"
                                            "  --add-tag env=prod \\\n"
                                            "  --add-tag 'team=data platform'\n");
    QCOMPARE(ProjectExport::avnCommand(knownProject()), expected);
}

void TestProjectExport::avnMinimal()
{
    Project p;
    p.name = QStringLiteral("bare");
    p.accountId = QStringLiteral("a1231231");
    QCOMPARE(ProjectExport::avnCommand(p),
             QStringLiteral("avn project create bare \\\n  --parent-id a1231231\n"));
    QCOMPARE(ProjectExport::avnCommand(p, QUrl(QStringLiteral("http://127.0.0.1:8080"))),
             QStringLiteral("avn --url http://127.0.0.1:8080 project create bare \\\n"
                            "  --parent-id a1231231\n"));
}

void TestProjectExport::terraformText()
{
    const QString expected =
        QStringLiteral("resource \"aiven_project\" \"my_best_demo\" {\n"
                       "  project          = \"my-best-demo\"\n"
                       "  parent_id        = \"org1a2b3c4d5e6\"\n"
                       "  billing_group    = \"588a8e63-fda7-4ff7-9bff-577debfee604\"\n"
                       "  default_cloud    = \"google-europe-north1\"\n"
                       "  technical_emails = [\"ops@example.com\", \"oncall@example.com\"]\n"
                       "\n"
                       "  tag {\n"
                       "    key   = \"env\"\n"
                       "    value = \"prod\"\n"
                       "  }\n"
                       "\n"
                       "  tag {\n"
                       "    key   = \"team\"\n"
                       "    value = \"data platform\"\n"
                       "  }\n"
                       "}\n");
    QCOMPARE(ProjectExport::terraformProject(knownProject()), expected);
}

void TestProjectExport::terraformOrganizationText()
{
    Project p = knownProject();
    p.tags.clear();
    const QString expected =
        QStringLiteral("resource \"aiven_organization_project\" \"my_best_demo\" {\n"
                       "  project_id       = \"my-best-demo\"\n"
                       "  organization_id  = \"org1a2b3c4d5e6\"\n"
                       "  billing_group_id = \"588a8e63-fda7-4ff7-9bff-577debfee604\"\n"
                       "  technical_emails = [\"ops@example.com\", \"oncall@example.com\"]\n"
                       "}\n");
    QCOMPARE(ProjectExport::terraformOrganizationProject(p), expected);
}

void TestProjectExport::hclEscaping()
{
    QCOMPARE(ProjectExport::hclString(QStringLiteral("a\"b\\c\nd")),
             QStringLiteral("\"a\\\"b\\\\c\\nd\""));
    QCOMPARE(ProjectExport::hclString(QStringLiteral("${var.x} %{if} $5")),
             QStringLiteral("\"$${var.x} %%{if} $5\""));
}

void TestProjectExport::terraformName()
{
    QCOMPARE(ProjectExport::terraformName(QStringLiteral("my-best-demo")),
             QStringLiteral("my_best_demo"));
    QCOMPARE(ProjectExport::terraformName(QStringLiteral("9lives")), QStringLiteral("_9lives"));
    QCOMPARE(ProjectExport::terraformName(QString()), QStringLiteral("project"));
}

void TestProjectExport::noTokenAnywhere()
{
    // The exports only see the project; the one credential-shaped thing is the placeholder.
    const Project p = knownProject();
    const QString all = ProjectExport::curlCommand(p) + ProjectExport::avnCommand(p) +
                        ProjectExport::terraformProject(p);
    QVERIFY(!all.contains(QStringLiteral("aivenv1 ey")));
    QCOMPARE(all.count(QStringLiteral("$AIVEN_AUTH_TOKEN")), 1);
}

QTEST_GUILESS_MAIN(TestProjectExport)
#include "tst_projectexport.moc"
