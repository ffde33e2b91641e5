// JsonCodec: real API samples, tolerant parsing, the strict keys,
// emails in both directions, the update diff, and hostile inputs.

#include "SeedSamples.h"
#include "TestSupport.h"
#include "api/JsonCodec.h"
#include "api/Types.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// The PUT body that turns `before` into `after`.
QJsonObject updateBody(const Project& before, const Project& after)
{
    return json::toJson(ProjectUpdate::between(before, after));
}

QJsonObject parseObject(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

const QByteArray& kSeedList = fjord::test::kSeedProjectList;

const QByteArray& kRealProject = fjord::test::kRealProject;

// A clouds answer, with entries with and without a provider.
const QByteArray kClouds = R"({"clouds": [
 {"cloud_description": "Europe, Finland - Google Cloud: Finland", "cloud_name": "google-europe-north1", "geo_latitude": 60.5693, "geo_longitude": 27.1878, "geo_region": "europe"},
 {"cloud_description": "Europe, Belgium - Google Cloud: Belgium", "cloud_name": "google-europe-west1", "geo_latitude": 50.4501, "geo_longitude": 3.8196, "geo_region": "europe"},
 {"cloud_description": "Australia, New South Wales - Azure: Australia East", "cloud_name": "azure-australiaeast", "geo_latitude": -33.86, "geo_longitude": 151.2094, "geo_region": "australia", "provider": "azure", "provider_description": "Microsoft Azure"},
 {"cloud_description": "United States, New York - UpCloud: New York", "cloud_name": "upcloud-us-nyc", "geo_latitude": 40.73, "geo_longitude": -73.94, "geo_region": "north america", "provider": "upcloud", "provider_description": "UpCloud"},
 {"cloud_description": "Canada, Ontario - DigitalOcean: Toronto", "cloud_name": "do-tor", "geo_latitude": 45.7, "geo_longitude": -79.4, "geo_region": "north america"},
 {"cloud_description": "Asia, Hong Kong - Google Cloud: Hong Kong", "cloud_name": "google-asia-east2", "geo_latitude": 22.5, "geo_longitude": 114, "geo_region": "east asia"},
 {"cloud_description": "Africa, South Africa - Amazon Web Services: Cape Town", "cloud_name": "aws-af-south-1", "geo_latitude": -33.92, "geo_longitude": 18.42, "geo_region": "africa"}
]})";

} // namespace

class TestJsonCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedProjectList();
    void realProjectSample();
    void roundTrip();
    void numbersAsStrings();
    void nullsAndMissingKeys();
    void unknownKeysKept();
    void strictProjectName_data();
    void strictProjectName();
    void listErrorsNameTheRow();
    void emails();
    void tags();
    void clouds();
    void cloudProviderDerived_data();
    void cloudProviderDerived();
    void strictCloudName();
    void cloudCoordinates();
    void realCloudFile();
    void billingGroupsAccountsUserLogin();
    void userInfoFromBytes_data();
    void userInfoFromBytes();
    void createBody();
    void updateBodyOnlyChanges();
    void updateBodyEveryField();
    void hostileWrongTypes();
    void hostileHugeStrings();
    void hostileDeepNesting();
    void hostileInvalidUtf8();
};

void TestJsonCodec::seedProjectList()
{
    QString error;
    const std::optional<ProjectList> list = json::parseProjectList(parseObject(kSeedList), &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->projects.size(), 1);
    const Project& p = list->projects.first();
    QCOMPARE(p.name, u"my-project"_s);
    QCOMPARE(p.accountId, u"a225dad8d3c4"_s);
    QCOMPARE(p.accountName, u"My Organization"_s);
    QCOMPARE(p.availableCredits, u"0.00"_s);
    QCOMPARE(p.billingCurrency, u"USD"_s);
    QCOMPARE(p.billingGroupId, u"588a8e63-fda7-4ff7-9bff-577debfee604"_s);
    QCOMPARE(p.billingGroupName, u"Default Billing Group"_s);
    QCOMPARE(p.defaultCloud, u"google-europe-west3"_s);
    QCOMPARE(p.estimatedBalance, u"4.11"_s);
    QCOMPARE(p.paymentMethod, u"card"_s);
    QCOMPARE(p.countryCode, u"US"_s);
    QCOMPARE(p.vatId, QString());
    QVERIFY(p.extra.isEmpty());
    QCOMPARE(list->membership.value(u"my-project"_s), u"admin"_s);
    QCOMPARE(list->membership.value(u"demo-project"_s), u"developer"_s);
    QVERIFY(list->memberships.isEmpty()); // the seed omits project_memberships
}

void TestJsonCodec::realProjectSample()
{
    QString error;
    const std::optional<Project> p = json::parseProject(parseObject(kRealProject), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->name, u"my-best-demo"_s);
    QCOMPARE(p->tenantId, u"aiven"_s);
    QCOMPARE(p->billingExtraText, QString());
    QCOMPARE(p->trialExpirationTime, QString());
    QVERIFY(p->cardInfo.isEmpty());
    QVERIFY(p->endOfLifeExtension.isEmpty());
    QVERIFY(p->tags.isEmpty());
    QVERIFY(p->techEmails.isEmpty());
    QCOMPARE(p->estimatedBalanceLocal, u"4.11"_s);
    QCOMPARE(p->paymentMethod, u"no_payment_expected"_s);
    QVERIFY(p->extra.isEmpty());

    QJsonObject body = parseObject(R"({"project_membership": {"my-best-demo": "admin"},
        "project_memberships": {"my-best-demo": ["admin", "developer"]}})");
    body.insert(u"projects"_s, QJsonArray{parseObject(kRealProject)});
    const std::optional<ProjectList> list = json::parseProjectList(body, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->memberships.value(u"my-best-demo"_s), (QStringList{u"admin"_s, u"developer"_s}));
}

void TestJsonCodec::roundTrip()
{
    QJsonObject input = parseObject(kRealProject);
    input.insert(u"tags"_s, QJsonObject{{u"env"_s, u"prod"_s}});
    input.insert(u"tech_emails"_s, QJsonArray{QJsonObject{{u"email"_s, u"ops@example.com"_s}}});
    input.insert(u"card_info"_s, QJsonObject{{u"brand"_s, u"Visa"_s}, {u"last4"_s, u"4242"_s}});
    input.insert(u"future_field"_s, QJsonObject{{u"nested"_s, 1}});
    const std::optional<Project> p = json::parseProject(input);
    QVERIFY(p);
    const QJsonObject out = json::toJson(*p);
    QCOMPARE(out.value(u"tech_emails"_s).toArray().first().toObject().value(u"email"_s).toString(),
             u"ops@example.com"_s);
    QCOMPARE(out.value(u"future_field"_s), input.value(u"future_field"_s));
    QCOMPARE(out.value(u"billing_extra_text"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(out.value(u"trial_expiration_time"_s), QJsonValue(QJsonValue::Null));
    const std::optional<Project> again = json::parseProject(out);
    QVERIFY(again);
    QCOMPARE(*again, *p);
    // Every key of the real sample survives the round trip with its value.
    for (auto it = input.constBegin(); it != input.constEnd(); ++it)
        QVERIFY2(out.contains(it.key()), qPrintable(it.key()));
}

void TestJsonCodec::numbersAsStrings()
{
    const std::optional<Project> p = json::parseProject(parseObject(
        R"({"project_name": "p1", "estimated_balance": 4.11, "available_credits": 0,
            "estimated_balance_local": 1234567.891, "vat_id": 12345, "zip_code": 90210,
            "tags": {"n": 7, "b": true}})"));
    QVERIFY(p);
    QCOMPARE(p->estimatedBalance, u"4.11"_s);
    QCOMPARE(p->availableCredits, u"0"_s);
    QCOMPARE(p->estimatedBalanceLocal, u"1234567.891"_s);
    QCOMPARE(p->vatId, u"12345"_s);
    QCOMPARE(p->zipCode, u"90210"_s);
    QCOMPARE(p->tags.value(u"n"_s), u"7"_s);
    QCOMPARE(p->tags.value(u"b"_s), u"true"_s);
}

void TestJsonCodec::nullsAndMissingKeys()
{
    const std::optional<Project> minimal =
        json::parseProject(parseObject(R"({"project_name": "x1"})"));
    QVERIFY(minimal);
    QCOMPARE(minimal->name, u"x1"_s);
    QVERIFY(minimal->accountId.isEmpty());
    QVERIFY(minimal->billingEmails.isEmpty());

    const std::optional<Project> nulls = json::parseProject(parseObject(
        R"({"project_name": "x2", "account_id": null, "tags": null, "tech_emails": null,
            "billing_emails": null, "address_lines": null, "features": null, "card_info": null,
            "estimated_balance": null, "end_of_life_extension": null})"));
    QVERIFY(nulls);
    QVERIFY(nulls->accountId.isEmpty());
    QVERIFY(nulls->tags.isEmpty());
    QVERIFY(nulls->estimatedBalance.isEmpty());
    QVERIFY(nulls->extra.isEmpty());
}

void TestJsonCodec::unknownKeysKept()
{
    const QJsonObject input = parseObject(
        R"({"project_name": "x", "project_id": "mock-only", "base_port": 12000,
            "new_thing": {"a": [1, 2, null]}})");
    const std::optional<Project> p = json::parseProject(input);
    QVERIFY(p);
    QCOMPARE(p->extra.size(), 3);
    QCOMPARE(p->extra.value(u"project_id"_s).toString(), u"mock-only"_s);
    QCOMPARE(p->extra.value(u"base_port"_s).toInt(), 12000);
    QCOMPARE(p->extra.value(u"new_thing"_s), input.value(u"new_thing"_s));

    const std::optional<Cloud> c =
        json::parseCloud(parseObject(R"({"cloud_name": "aws-x", "sort_hint": 3})"));
    QVERIFY(c);
    QCOMPARE(c->extra.value(u"sort_hint"_s).toInt(), 3);
}

void TestJsonCodec::strictProjectName_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("missing") << QByteArray(R"({"account_id": "a"})");
    QTest::newRow("null") << QByteArray(R"({"project_name": null})");
    QTest::newRow("number") << QByteArray(R"({"project_name": 42})");
    QTest::newRow("bool") << QByteArray(R"({"project_name": true})");
    QTest::newRow("array") << QByteArray(R"({"project_name": ["a"]})");
    QTest::newRow("object") << QByteArray(R"({"project_name": {"a": 1}})");
    QTest::newRow("empty") << QByteArray(R"({"project_name": ""})");
}

void TestJsonCodec::strictProjectName()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!json::parseProject(parseObject(json), &error));
    QVERIFY2(error.contains(u"project_name"_s), qPrintable(error));
    QVERIFY(!json::parseProject(parseObject(json))); // no error pointer: no crash
}

void TestJsonCodec::listErrorsNameTheRow()
{
    QString error;
    QVERIFY(!json::parseProjectList(
        parseObject(R"({"projects": [{"project_name": "ok"}, {"project_name": 7}]})"), &error));
    QVERIFY2(error.contains(u"projects[1]"_s) && error.contains(u"project_name"_s),
             qPrintable(error));

    QVERIFY(!json::parseProjectList(parseObject(R"({"projects": [1]})"), &error));
    QVERIFY2(error.contains(u"projects[0]"_s), qPrintable(error));
    QVERIFY(!json::parseProjectList(parseObject(R"({"project_membership": {}})"), &error));
    QVERIFY2(error.contains(u"projects"_s), qPrintable(error));
    QVERIFY(!json::parseProjectList(parseObject(R"({"projects": {}})"), &error));
    QVERIFY2(error.contains(u"projects"_s), qPrintable(error));

    // Optional wrappers may be missing or of the wrong type.
    const std::optional<ProjectList> list = json::parseProjectList(
        parseObject(R"({"projects": [], "project_membership": [], "project_memberships": 5})"));
    QVERIFY(list);
    QVERIFY(list->projects.isEmpty());
}

void TestJsonCodec::emails()
{
    const std::optional<Project> p = json::parseProject(parseObject(
        R"({"project_name": "e", "tech_emails": [{"email": "a@example.com"}, "b@example.com",
            {"email": null}, {"nope": 1}, 17, null, {"email": "  c@example.com "}],
            "billing_emails": [{"email": "bill@example.com"}]})"));
    QVERIFY(p);
    QCOMPARE(p->techEmails,
             (QStringList{u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s}));
    QCOMPARE(p->billingEmails, QStringList{u"bill@example.com"_s});

    const QJsonArray out = json::emailsToJson({u"a@example.com"_s, u"b@example.com"_s});
    QCOMPARE(out.size(), 2);
    QVERIFY(out.at(0).isObject());
    QCOMPARE(out.at(1).toObject().value(u"email"_s).toString(), u"b@example.com"_s);
    QCOMPARE(out.at(0).toObject().size(), 1);
    QVERIFY(json::emailsToJson({}).isEmpty());

    const QJsonObject full = json::toJson(*p);
    QVERIFY(full.value(u"billing_emails"_s).toArray().at(0).isObject());
}

void TestJsonCodec::tags()
{
    const std::optional<Project> p = json::parseProject(parseObject(
        R"({"project_name": "t", "tags": {"env": "prod", "team": "data", "drop": null,
            "obj": {"x": 1}}})"));
    QVERIFY(p);
    QCOMPARE(p->tags.size(), 2);
    QCOMPARE(p->tags.value(u"env"_s), u"prod"_s);
    const std::optional<Project> wrong =
        json::parseProject(parseObject(R"({"project_name": "t", "tags": ["env"]})"));
    QVERIFY(wrong);
    QVERIFY(wrong->tags.isEmpty());
}

void TestJsonCodec::clouds()
{
    QString error;
    const std::optional<QVector<Cloud>> list = json::parseCloudList(parseObject(kClouds), &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 7);
    const Cloud& finland = list->at(0);
    QCOMPARE(finland.name, u"google-europe-north1"_s);
    QCOMPARE(finland.description, u"Europe, Finland - Google Cloud: Finland"_s);
    QCOMPARE(finland.geoRegion, u"europe"_s);
    QVERIFY(finland.hasLocation());
    QCOMPARE(*finland.latitude, 60.5693);
    QCOMPARE(*finland.longitude, 27.1878);
    QCOMPARE(finland.provider, u"google"_s); // derived
    QCOMPARE(finland.providerDescription, u"Google Cloud Platform"_s);
    QCOMPARE(list->at(2).provider, u"azure"_s);
    QCOMPARE(list->at(2).providerDescription, u"Microsoft Azure"_s);
    QCOMPARE(list->at(4).provider, u"do"_s);
    QCOMPARE(*list->at(5).longitude, 114.0); // an integer coordinate
    QCOMPARE(list->at(6).provider, u"aws"_s);

    const QJsonObject out = json::toJson(finland);
    QCOMPARE(out.value(u"cloud_name"_s).toString(), finland.name);
    QCOMPARE(out.value(u"geo_latitude"_s).toDouble(), 60.5693);
    QCOMPARE(*json::parseCloud(out), finland);
}

void TestJsonCodec::cloudProviderDerived_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("provider");
    QTest::newRow("aws") << u"aws-eu-west-1"_s << u"aws"_s;
    QTest::newRow("azure") << u"azure-germany-north"_s << u"azure"_s;
    QTest::newRow("do") << u"do-tor"_s << u"do"_s;
    QTest::newRow("google") << u"google-asia-east2"_s << u"google"_s;
    QTest::newRow("upcloud") << u"upcloud-sg-sin"_s << u"upcloud"_s;
    QTest::newRow("tenant") << u"timescale-aws-us-east-2"_s << u"aws"_s;
    QTest::newRow("unknown") << u"avn-ovh-gra"_s << u"avn"_s;
    QTest::newRow("bare") << u"ap-mumbai"_s << u"ap"_s;
    QTest::newRow("noprefix") << u"mumbai"_s << QString();
}

void TestJsonCodec::cloudProviderDerived()
{
    QFETCH(QString, name);
    QFETCH(QString, provider);
    QJsonObject obj{{u"cloud_name"_s, name}};
    QCOMPARE(json::parseCloud(obj)->provider, provider);
    // An explicit provider always wins over the name.
    obj.insert(u"provider"_s, u"upcloud"_s);
    QCOMPARE(json::parseCloud(obj)->provider, u"upcloud"_s);
}

void TestJsonCodec::strictCloudName()
{
    QString error;
    QVERIFY(!json::parseCloud(parseObject(R"({"geo_region": "europe"})"), &error));
    QVERIFY2(error.contains(u"cloud_name"_s), qPrintable(error));
    QVERIFY(!json::parseCloud(parseObject(R"({"cloud_name": 3})"), &error));
    QVERIFY2(error.contains(u"cloud_name"_s), qPrintable(error));
    QVERIFY(!json::parseCloudList(parseObject(R"({"clouds": [{"cloud_name": null}]})"), &error));
    QVERIFY2(error.contains(u"clouds[0]"_s), qPrintable(error));
    QVERIFY(!json::parseCloudList(parseObject(R"({"cloud": []})"), &error));
}

void TestJsonCodec::cloudCoordinates()
{
    auto parse = [](const char* text) { return *json::parseCloud(parseObject(text)); };
    QVERIFY(!parse(R"({"cloud_name": "a-b"})").hasLocation());
    QVERIFY(
        !parse(R"({"cloud_name": "a-b", "geo_latitude": null, "geo_longitude": 3})").hasLocation());
    const Cloud s =
        parse(R"({"cloud_name": "a-b", "geo_latitude": "12.5", "geo_longitude": "-3"})");
    QVERIFY(s.hasLocation());
    QCOMPARE(*s.latitude, 12.5);
    QVERIFY(!parse(R"({"cloud_name": "a-b", "geo_latitude": "north", "geo_longitude": 1})")
                 .hasLocation());
    QVERIFY(
        !parse(R"({"cloud_name": "a-b", "geo_latitude": 91, "geo_longitude": 1})").hasLocation());
    QVERIFY(
        !parse(R"({"cloud_name": "a-b", "geo_latitude": 1, "geo_longitude": {}})").hasLocation());
}

void TestJsonCodec::realCloudFile()
{
    QFile file(test::sourceDir() + u"/resources/sandbox/clouds.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("resources/sandbox/clouds.json not available");
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject body =
        doc.isObject() ? doc.object() : QJsonObject{{u"clouds"_s, doc.array()}};
    QString error;
    const std::optional<QVector<Cloud>> list = json::parseCloudList(body, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 129);
    QHash<QString, int> perProvider;
    for (const Cloud& c : *list)
        ++perProvider[c.provider];
    QCOMPARE(perProvider.value(u"aws"_s), 27);
    QCOMPARE(perProvider.value(u"azure"_s), 38);
    QCOMPARE(perProvider.value(u"do"_s), 9);
    QCOMPARE(perProvider.value(u"google"_s), 42);
    QCOMPARE(perProvider.value(u"upcloud"_s), 13);
}

void TestJsonCodec::billingGroupsAccountsUserLogin()
{
    QString error;
    const std::optional<QVector<BillingGroup>> groups = json::parseBillingGroupList(
        parseObject(
            R"({"billing_groups": [{"billing_group_id": "588a8e63-fda7-4ff7-9bff-577debfee604",
            "billing_group_name": "Billing", "account_id": "a225dad8d3c4",
            "billing_currency": "EUR", "payment_method": "card", "estimated_balance_usd": 12.5,
            "estimated_balance_local": "11.40", "billing_emails": [{"email": "b@example.com"}],
            "billing_contact_emails": [], "card_info": null, "create_time": "2024-01-02T03:04:05Z"}]})"),
        &error);
    QVERIFY2(groups, qPrintable(error));
    QCOMPARE(groups->size(), 1);
    QCOMPARE(groups->first().name, u"Billing"_s);
    QCOMPARE(groups->first().estimatedBalanceUsd, u"12.5"_s);
    QCOMPARE(groups->first().billingEmails, QStringList{u"b@example.com"_s});
    QVERIFY(groups->first().extra.contains(u"billing_contact_emails"_s));
    QVERIFY(!json::parseBillingGroupList(
        parseObject(R"({"billing_groups": [{"billing_group_name": "x"}]})"), &error));
    QVERIFY(error.contains(u"billing_group_id"_s));

    const std::optional<QVector<Account>> accounts = json::parseAccountList(
        parseObject(
            R"({"accounts": [{"account_id": "a225dad8d3c4", "account_name": "Aiven Accounts",
            "organization_id": "org2131231", "is_account_owner": true, "tenant_id": "aiven",
            "access_source": "descendant_membership"}]})"),
        &error);
    QVERIFY2(accounts, qPrintable(error));
    QCOMPARE(accounts->first().organizationId, u"org2131231"_s);
    QVERIFY(accounts->first().isAccountOwner);
    QCOMPARE(accounts->first().extra.value(u"access_source"_s).toString(),
             u"descendant_membership"_s);

    const std::optional<UserInfo> me = json::parseUserInfo(
        parseObject(
            R"({"user": {"user": "dev@example.com", "user_id": "u123", "real_name": "Dev",
            "state": "active", "projects": ["p1", "p2"], "auth": ["password"],
            "token_validity_begin": "2024-01-01T00:00:00Z"}})"),
        &error);
    QVERIFY2(me, qPrintable(error));
    QCOMPARE(me->email, u"dev@example.com"_s);
    QVERIFY(me->extra.contains(u"auth"_s));
    QVERIFY(!me->extra.contains(u"projects"_s)); // passed over, as the memberships are
    QVERIFY(!json::parseUserInfo(parseObject(R"({"user": {"user_id": "x"}})"), &error));
    QVERIFY(error.contains(u"user"_s));

    const std::optional<LoginResult> login = json::parseLoginResult(
        parseObject(R"({"token": "abc", "state": "active", "user_email": "dev@example.com"})"));
    QVERIFY(login);
    QCOMPARE(login->token, u"abc"_s);
    QCOMPARE(login->userEmail, u"dev@example.com"_s);
    QVERIFY(!json::parseLoginResult(parseObject(R"({"state": "active"})"), &error));
    QVERIFY(error.contains(u"token"_s));
}

// GET /v1/me read straight from its bytes gives what Qt's parser and parseUserInfo give, and
// declines whatever they refuse.
void TestJsonCodec::userInfoFromBytes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid"); // a user fjord takes
    // The shape of UserInfoOut in Aiven's OpenAPI document, as a member of 3 projects.
    QTest::newRow("real shape")
        << QByteArray(
               R"({"user": {"auth": ["password", "saml"], "city": "Helsinki", "country": "FI",
        "create_time": "2021-03-04T05:06:07.000000Z", "department": "", "features": {"x": true},
        "intercom": {"app_id": "a1", "hmac_id": "h1"}, "invitations": [],
        "job_title": "SRE", "managed_by_scim": false, "managing_organization_id": null,
        "project_membership": {"a": "admin", "b": "developer", "c": "read_only"},
        "project_memberships": {"a": ["admin"], "b": ["developer"], "c": ["read_only"]},
        "projects": ["a", "b", "c"], "real_name": "Päivi Ääri", "state": "active",
        "tenant": "aiven", "token_validity_begin": "2026-11-30T08:00:00.000000Z",
        "user": "paivi@example.fi", "user_id": "u4d3c2b1a"}})")
        << true;
    QTest::newRow("bare user") << QByteArray(R"({"user": "dev@example.com", "real_name": "D"})")
                               << true;
    QTest::newRow("other root keys")
        << QByteArray(
               R"({"message": "ok", "user": {"user": "a@b.c", "tenant": "t"}, "errors": []})")
        << true;
    QTest::newRow("no email") << QByteArray(R"({"user": {"user_id": "x"}})") << false;
    QTest::newRow("email null") << QByteArray(R"({"user": {"user": null}})") << false;
    QTest::newRow("email number") << QByteArray(R"({"user": {"user": 42}})") << false;
    QTest::newRow("email empty") << QByteArray(R"({"user": {"user": ""}})") << false;
    QTest::newRow("empty object") << QByteArray("{}") << false;
    QTest::newRow("object then string")
        << QByteArray(R"({"user": {"user": "a@b.c"}, "user": "d@e.f", "state": "s"})") << true;
    QTest::newRow("string then object")
        << QByteArray(R"({"user": "d@e.f", "state": "s", "user": {"user": "a@b.c"}})") << true;
    QTest::newRow("repeated inner keys")
        << QByteArray(
               R"({"user": {"user": "a@b.c", "state": "one", "state": "two", "x": 1, "x": [2]}})")
        << true;
    QTest::newRow("escaped keys")
        << QByteArray(R"({"us\u0065r": {"\u0075ser": "a@b.c", "real_\u006eame": "N"}})") << true;
    QTest::newRow("numbers as text")
        << QByteArray(
               R"({"user": {"user": "a@b.c", "user_id": 123456789012, "tenant": 1.5, "state": 1e3,
        "real_name": true, "create_time": {"not": "text"}}})")
        << true;
    QTest::newRow("escaped strings")
        << QByteArray(
               R"({"user": {"user": "a\u00e4@b.c", "real_name": "\ud83d\ude00 \"q\"", "x": "\ud800"}})")
        << true;
    QTest::newRow("memberships of every shape")
        << QByteArray(
               R"({"user": {"user": "a@b.c", "projects": [1, null, {"a": []}],
        "project_membership": "odd", "project_memberships": {"a": {"b": [[]]}}}})")
        << true;
    QTest::newRow("not json") << QByteArray(R"({"user": {"user": "a@b.c",})") << false;
    QTest::newRow("trailing text") << QByteArray(R"({"user": {"user": "a@b.c"}} x)") << false;
    QTest::newRow("array root") << QByteArray(R"([{"user": "a@b.c"}])") << false;
    QTest::newRow("huge number") << QByteArray(R"({"user": {"user": "a@b.c", "n": 1e400}})")
                                 << false;
}

void TestJsonCodec::userInfoFromBytes()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool qtTakes = parseError.error == QJsonParseError::NoError && doc.isObject();
    const std::optional<UserInfo> fromQt =
        qtTakes ? json::parseUserInfo(doc.object()) : std::nullopt;
    const std::optional<UserInfo> fromBytes = json::tryReadUserInfo(body);
    QCOMPARE(fromQt.has_value(), valid);
    // What it declines is left to the Qt way, which then decides and words the error.
    QCOMPARE(fromBytes.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(fromBytes->email, fromQt->email);
    QCOMPARE(fromBytes->userId, fromQt->userId);
    QCOMPARE(fromBytes->realName, fromQt->realName);
    QCOMPARE(fromBytes->state, fromQt->state);
    QCOMPARE(fromBytes->tenant, fromQt->tenant);
    QCOMPARE(fromBytes->tokenValidityBegin, fromQt->tokenValidityBegin);
    QCOMPARE(fromBytes->createTime, fromQt->createTime);
    QCOMPARE(fromBytes->extra, fromQt->extra);
    QVERIFY(!fromBytes->extra.contains(u"projects"_s));
    QVERIFY(!fromBytes->extra.contains(u"project_membership"_s));
}

void TestJsonCodec::createBody()
{
    ProjectCreateRequest request;
    request.name = u"new-project"_s;
    request.cloud = u"google-europe-west3"_s;
    request.billingGroupId = u"588a8e63-fda7-4ff7-9bff-577debfee604"_s;
    QJsonObject body = json::toJson(request);
    // Exactly the seed's create example.
    QCOMPARE(body, parseObject(R"({"project": "new-project", "cloud": "google-europe-west3",
        "billing_group_id": "588a8e63-fda7-4ff7-9bff-577debfee604"})"));

    request.techEmails = QStringList{u"ops@example.com"_s};
    request.tags = QMap<QString, QString>{{u"env"_s, u"dev"_s}};
    request.copyTags = false;
    body = json::toJson(request);
    QCOMPARE(body.value(u"tech_emails"_s).toArray().first().toObject().value(u"email"_s).toString(),
             u"ops@example.com"_s);
    QCOMPARE(body.value(u"tags"_s).toObject().value(u"env"_s).toString(), u"dev"_s);
    QCOMPARE(body.value(u"copy_tags"_s), QJsonValue(false));
    QVERIFY(!body.contains(u"account_id"_s));
    QVERIFY(!body.contains(u"use_source_project_billing_group"_s));
}

void TestJsonCodec::updateBodyOnlyChanges()
{
    const Project before = *json::parseProject(parseObject(kRealProject));
    QVERIFY(ProjectUpdate::between(before, before).isEmpty());
    QVERIFY(updateBody(before, before).isEmpty());

    Project after = before;
    after.defaultCloud = u"aws-eu-west-1"_s;
    after.techEmails = {u"ops@example.com"_s};
    after.estimatedBalance = u"99.00"_s; // read-only: never sent
    after.accountName = u"Other"_s;      // read-only: never sent
    after.extra.insert(u"x"_s, 1);
    const QJsonObject body = updateBody(before, after);
    QCOMPARE(body, parseObject(R"({"cloud": "aws-eu-west-1",
                                   "tech_emails": [{"email": "ops@example.com"}]})"));

    // Clearing a list sends an empty list, so the server clears it too.
    Project cleared = after;
    cleared.techEmails.clear();
    QCOMPARE(updateBody(after, cleared), parseObject(R"({"tech_emails": []})"));
}

void TestJsonCodec::updateBodyEveryField()
{
    const Project before = *json::parseProject(parseObject(R"({"project_name": "a1"})"));
    Project after = before;
    after.accountId = u"acc"_s;
    after.billingGroupId = u"bg"_s;
    after.defaultCloud = u"do-tor"_s;
    after.name = u"a2"_s;
    after.tags = {{u"k"_s, u"v"_s}};
    after.techEmails = {u"t@example.com"_s};
    after.billingAddress = u"addr"_s;
    after.billingCurrency = u"EUR"_s;
    after.billingEmails = {u"b@example.com"_s};
    after.billingExtraText = u"extra"_s;
    after.city = u"Oslo"_s;
    after.company = u"Co"_s;
    after.countryCode = u"NO"_s;
    after.state = u"Oslo"_s;
    after.vatId = u"NO123"_s;
    after.zipCode = u"0150"_s;
    after.addressLines = {u"Street 1"_s};
    const QJsonObject body = updateBody(before, after);
    const QStringList expected = {u"account_id"_s,
                                  u"billing_group_id"_s,
                                  u"cloud"_s,
                                  u"project_name"_s,
                                  u"tags"_s,
                                  u"tech_emails"_s,
                                  u"billing_address"_s,
                                  u"billing_currency"_s,
                                  u"billing_emails"_s,
                                  u"billing_extra_text"_s,
                                  u"city"_s,
                                  u"company"_s,
                                  u"country_code"_s,
                                  u"state"_s,
                                  u"vat_id"_s,
                                  u"zip_code"_s,
                                  u"address_lines"_s};
    QCOMPARE(body.size(), expected.size());
    for (const QString& key : expected)
        QVERIFY2(body.contains(key), qPrintable(key));
    QCOMPARE(body.value(u"project_name"_s).toString(), u"a2"_s);
    QVERIFY(body.value(u"billing_emails"_s).toArray().first().isObject());
}

void TestJsonCodec::hostileWrongTypes()
{
    // Every optional field with every wrong type: parsed, nothing crashes, the name survives.
    const QList<QJsonValue> wrong = {QJsonValue(QJsonValue::Null),
                                     QJsonValue(true),
                                     QJsonValue(-1e308),
                                     QJsonValue(u"str"_s),
                                     QJsonArray{1, u"a"_s, QJsonObject{}},
                                     QJsonObject{{u"k"_s, QJsonArray{}}}};
    const QStringList keys = parseObject(kRealProject).keys();
    for (const QJsonValue& value : wrong) {
        QJsonObject obj;
        for (const QString& key : keys)
            obj.insert(key, value);
        obj.insert(u"project_name"_s, u"survivor"_s);
        const std::optional<Project> p = json::parseProject(obj);
        QVERIFY(p);
        QCOMPARE(p->name, u"survivor"_s);
        QVERIFY(p->extra.isEmpty());
        QVERIFY(json::parseProject(json::toJson(*p)));

        QJsonObject cloud{{u"cloud_name"_s, u"aws-x"_s}};
        for (const char* key : {"cloud_description", "geo_region", "geo_latitude", "geo_longitude",
                                "provider", "provider_description"})
            cloud.insert(QLatin1String(key), value);
        QVERIFY(json::parseCloud(cloud));

        QJsonObject list{{u"projects"_s, QJsonArray{}},
                         {u"project_membership"_s, value},
                         {u"project_memberships"_s, value}};
        QVERIFY(json::parseProjectList(list));
    }
    QVERIFY(!json::parseProjectList(QJsonObject{}));
    QVERIFY(!json::parseCloudList(QJsonObject{}));
    QVERIFY(!json::parseBillingGroupList(QJsonObject{}));
    QVERIFY(!json::parseAccountList(QJsonObject{}));
    QVERIFY(!json::parseUserInfo(QJsonObject{}));
    QVERIFY(!json::parseLoginResult(QJsonObject{}));
}

void TestJsonCodec::hostileHugeStrings()
{
    const QByteArray huge(10 * 1024 * 1024, 'x');
    const QByteArray text = "{\"project_name\": \"big\", \"company\": \"" + huge + "\", \"" +
                            huge.left(1024 * 1024) + "\": 1}";
    const QJsonObject obj = parseObject(text);
    QVERIFY(!obj.isEmpty());
    const std::optional<Project> p = json::parseProject(obj);
    QVERIFY(p);
    QCOMPARE(p->company.size(), huge.size());
    QCOMPARE(p->extra.size(), 1);

    // A 10 MB project name is a string, so it parses; validation is the form's job.
    const QJsonObject named{{u"project_name"_s, QString::fromLatin1(huge)}};
    QVERIFY(json::parseProject(named));
}

void TestJsonCodec::hostileDeepNesting()
{
    // 10,000 levels: Qt's parser refuses it; nothing crashes and nothing is parsed.
    const int depth = 10000;
    QByteArray deep = "{\"project_name\": \"deep\", \"x\": ";
    deep += QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(deep, &error);
    if (error.error == QJsonParseError::NoError) {
        const std::optional<Project> p = json::parseProject(doc.object());
        QVERIFY(p);
        QVERIFY(p->extra.contains(u"x"_s));
    } else {
        QCOMPARE(error.error, QJsonParseError::DeepNesting);
    }

    // What Qt does accept (deep but legal) is kept verbatim in `extra`.
    const int legal = 500;
    QByteArray nested = "{\"project_name\": \"deep\", \"x\": ";
    for (int i = 0; i < legal; ++i)
        nested += "{\"a\": ";
    nested += "1" + QByteArray(legal, '}') + "}";
    const std::optional<Project> p = json::parseProject(parseObject(nested));
    QVERIFY(p);
    QJsonValue v = p->extra.value(u"x"_s);
    int levels = 0;
    while (v.isObject()) {
        v = v.toObject().value(u"a"_s);
        ++levels;
    }
    QCOMPARE(levels, legal);
}

void TestJsonCodec::hostileInvalidUtf8()
{
    const QByteArray bad = "{\"project_name\": \"ok-name\", \"company\": \"A\xff\xfe\xc3(B\"}";
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bad, &error);
    if (error.error != QJsonParseError::NoError) {
        QCOMPARE(error.error, QJsonParseError::IllegalUTF8String);
        return;
    }
    const std::optional<Project> p = json::parseProject(doc.object());
    QVERIFY(p);
    QCOMPARE(p->name, u"ok-name"_s);
    QVERIFY(p->company.startsWith(u'A'));

    // Invalid UTF-8 inside the required key itself.
    const QJsonDocument badName =
        QJsonDocument::fromJson("{\"project_name\": \"\xc3\x28\"}", &error);
    if (error.error == QJsonParseError::NoError)
        QVERIFY(json::parseProject(badName.object())); // replaced characters, still a string
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestJsonCodec)
#include "tst_jsoncodec.moc"
