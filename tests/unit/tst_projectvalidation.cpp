// The rules behind the project dialogs: names, emails, tags, countries, currencies, and the
// form state (create request, changed-fields body, before/after summary, error -> field).

#include "api/ApiError.h"
#include "api/JsonCodec.h"
#include "api/Types.h"
#include "forms/CountryList.h"
#include "forms/ProjectForm.h"
#include "forms/ProjectValidation.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// The PUT body of the form's changes.
QJsonObject updateBody(const Project& before, const ProjectFormValues& values)
{
    return json::toJson(ProjectForm::update(before, values));
}

} // namespace

class TestProjectValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projectName_data();
    void projectName();
    void projectNameTaken();
    void email_data();
    void email();
    void emailList();
    void normalizedEmail();
    void tagKey_data();
    void tagKey();
    void tagValue();
    void tagList();
    void countries();
    void countryCode();
    void currency();
    void validateForm();
    void validateEditJudgesOnlyChanges();
    void initialCreateAccount();
    void editedTextAndAddress();
    void createRequest();
    void createRequestCopy();
    void updateBodyOnlyChanged();
    void updateBodyNothingChanged();
    void changeSummary();
    void fieldForError_data();
    void fieldForError();
};

void TestProjectValidation::projectName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("simple") << u"my-project"_s << true << QString();
    QTest::newRow("digits") << u"abc123"_s << true << QString();
    QTest::newRow("three") << u"abc"_s << true << QString();
    QTest::newRow("sixty-three") << QString(63, u'a') << true << QString();
    QTest::newRow("empty") << QString() << false << u"Enter"_s;
    QTest::newRow("two") << u"ab"_s << false << u"at least 3"_s;
    QTest::newRow("sixty-four") << QString(64, u'a') << false << u"at most 63"_s;
    QTest::newRow("digit first") << u"1abc"_s << false << u"Start the name with a letter"_s;
    QTest::newRow("hyphen first") << u"-abc"_s << false << u"Start the name with a letter"_s;
    QTest::newRow("capital") << u"myProject"_s << false << u"lowercase"_s;
    QTest::newRow("capital first") << u"Project"_s << false << u"lowercase"_s;
    QTest::newRow("underscore") << u"my_project"_s << false << u"hyphen instead"_s;
    QTest::newRow("space") << u"my project"_s << false << u"a space"_s;
    QTest::newRow("dot") << u"my.project"_s << false << u"\u201c.\u201d is not allowed"_s;
    QTest::newRow("umlaut") << u"m\u00fcller"_s << false << u"not allowed"_s;
}

void TestProjectValidation::projectName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(QString, reasonPart);
    const QString error = ProjectValidation::projectNameError(name);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        QVERIFY2(error.contains(reasonPart, Qt::CaseInsensitive), qPrintable(error));
}

void TestProjectValidation::projectNameTaken()
{
    const QStringList existing{u"alpha"_s, u"beta"_s};
    QVERIFY(ProjectValidation::projectNameError(u"alpha"_s, existing).contains(u"already"_s));
    QVERIFY(ProjectValidation::projectNameError(u"gamma"_s, existing).isEmpty());
    QVERIFY(!ProjectValidation::projectNameHint().isEmpty());
}

void TestProjectValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"ops@example.com"_s << true;
    QTest::newRow("plus and dots") << u"first.last+alerts@mail.example.co.uk"_s << true;
    QTest::newRow("spaces around") << u"  ops@example.com "_s << true;
    QTest::newRow("idn") << u"ops@b\u00fccher.de"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << u"ops.example.com"_s << false;
    QTest::newRow("two ats") << u"a@b@example.com"_s << false;
    QTest::newRow("no local") << u"@example.com"_s << false;
    QTest::newRow("no domain") << u"ops@"_s << false;
    QTest::newRow("no dot in domain") << u"ops@localhost"_s << false;
    QTest::newRow("inner space") << u"o ps@example.com"_s << false;
    QTest::newRow("double dot") << u"o..ps@example.com"_s << false;
    QTest::newRow("bad label") << u"ops@-example.com"_s << false;
    QTest::newRow("short tld") << u"ops@example.c"_s << false;
    QTest::newRow("too long") << (QString(64, u'a') + u'@' + QString(260, u'b') + u".com") << false;
}

void TestProjectValidation::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    const QString error = ProjectValidation::emailError(email);
    QVERIFY2(error.isEmpty() == valid, qPrintable(error));
}

void TestProjectValidation::emailList()
{
    QStringList emails;
    for (int i = 0; i < ProjectValidation::maxEmails; ++i)
        emails.append(u"user%1@example.com"_s.arg(i));
    QVERIFY(ProjectValidation::emailListError(emails).isEmpty());
    emails.append(u"one-more@example.com"_s);
    QVERIFY(ProjectValidation::emailListError(emails).contains(u"10"_s));

    // The server lowercases the domain, so these are the same address.
    const QStringList twice{u"ops@Example.com"_s, u"ops@example.COM"_s};
    QVERIFY(ProjectValidation::emailListError(twice).contains(u"twice"_s));
    const QStringList bad{u"ok@example.com"_s, u"broken"_s};
    QVERIFY(ProjectValidation::emailListError(bad).startsWith(u"broken"_s));
}

void TestProjectValidation::normalizedEmail()
{
    QCOMPARE(ProjectValidation::normalizedEmail(u" Ops.Team@EXAMPLE.Com "_s),
             u"Ops.Team@example.com"_s);
}

void TestProjectValidation::tagKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"env"_s << true;
    QTest::newRow("mixed") << u"Cost_Center-2"_s << true;
    QTest::newRow("64") << QString(64, u'k') << true;
    QTest::newRow("65") << QString(65, u'k') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digit first") << u"1env"_s << false;
    QTest::newRow("underscore first") << u"_env"_s << false;
    QTest::newRow("colon") << u"team:name"_s << false;
    // Billing tags (Aiven's tagging docs): the prefix, then a key by the same rules.
    QTest::newRow("billing tag") << u"billing:PO"_s << true;
    QTest::newRow("billing 64") << u"billing:"_s + QString(64, u'k') << true;
    QTest::newRow("billing 65") << u"billing:"_s + QString(65, u'k') << false;
    QTest::newRow("billing only") << u"billing:"_s << false;
    QTest::newRow("billing digit") << u"billing:1po"_s << false;
    QTest::newRow("other prefix") << u"cost:PO"_s << false;
    QTest::newRow("prefix twice") << u"billing:billing:PO"_s << false;
    QTest::newRow("space") << u"my key"_s << false;
}

void TestProjectValidation::tagKey()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(ProjectValidation::tagKeyError(key).isEmpty(), valid);
}

void TestProjectValidation::tagValue()
{
    QVERIFY(ProjectValidation::tagValueError(QString()).isEmpty());
    QVERIFY(ProjectValidation::tagValueError(QString(64, u'v')).isEmpty());
    QVERIFY(!ProjectValidation::tagValueError(QString(65, u'v')).isEmpty());
    // 64 emoji are 128 UTF-16 units but 64 characters: allowed.
    QString emoji;
    for (int i = 0; i < 64; ++i)
        emoji += u"\U0001F600"_s;
    QVERIFY(ProjectValidation::tagValueError(emoji).isEmpty());
    QVERIFY(!ProjectValidation::tagValueError(emoji + u"x"_s).isEmpty());
}

void TestProjectValidation::tagList()
{
    QList<QPair<QString, QString>> rows{{u"env"_s, u"prod"_s}, {u"team"_s, u"data"_s}};
    int badRow = 7;
    QVERIFY(ProjectValidation::tagListError(rows, &badRow).isEmpty());
    QCOMPARE(badRow, -1);

    rows.append({u"env"_s, u"test"_s});
    QVERIFY(ProjectValidation::tagListError(rows, &badRow).contains(u"twice"_s));
    QCOMPARE(badRow, 2);

    rows[2].first = u"9lives"_s;
    QVERIFY(!ProjectValidation::tagListError(rows, &badRow).isEmpty());
    QCOMPARE(badRow, 2);

    QList<QPair<QString, QString>> many;
    for (int i = 0; i < 11; ++i)
        many.append({u"k%1"_s.arg(i), QString()});
    QVERIFY(ProjectValidation::tagListError(many).contains(u"10"_s));

    // Rows exactly as the API gave them are not judged; typed ones are.
    const QMap<QString, QString> given{{u"cost.center"_s, u"42"_s}};
    QVERIFY(
        ProjectValidation::tagListError({{u"cost.center"_s, u"42"_s}}, &badRow, given).isEmpty());
    QVERIFY(
        !ProjectValidation::tagListError({{u"cost.center"_s, u"43"_s}}, &badRow, given).isEmpty());
    QVERIFY(
        !ProjectValidation::tagListError({{u"cost.centre"_s, u"42"_s}}, &badRow, given).isEmpty());
    // A project given more tags than the limit keeps them, but cannot grow.
    QMap<QString, QString> givenMany;
    for (const auto& [key, value] : std::as_const(many))
        givenMany.insert(key, value);
    QVERIFY(ProjectValidation::tagListError(many, nullptr, givenMany).isEmpty());
    many.append({u"k11"_s, QString()});
    QVERIFY(!ProjectValidation::tagListError(many, nullptr, givenMany).isEmpty());
}

void TestProjectValidation::countries()
{
    const auto& list = CountryList::countries();
    QVERIFY(list.size() > 200);
    for (const auto& country : list) {
        QCOMPARE(country.code.size(), 2);
        QVERIFY2(country.code.at(0).isUpper() && country.code.at(1).isUpper(),
                 qPrintable(country.code));
        QVERIFY(!country.name.isEmpty());
    }
    for (int i = 1; i < list.size(); ++i)
        QVERIFY(list.at(i - 1).name.compare(list.at(i).name, Qt::CaseInsensitive) <= 0);
    QCOMPARE(CountryList::nameForCode(u"FI"_s), u"Finland"_s);
    QVERIFY(CountryList::nameForCode(u"EU"_s).isEmpty());
    QVERIFY(CountryList::nameForCode(u"150"_s).isEmpty());
}

void TestProjectValidation::countryCode()
{
    QVERIFY(ProjectValidation::countryCodeError(QString()).isEmpty());
    QVERIFY(ProjectValidation::countryCodeError(u"DE"_s).isEmpty());
    QVERIFY(ProjectValidation::countryCodeError(u"US"_s).isEmpty());
    QVERIFY(!ProjectValidation::countryCodeError(u"de"_s).isEmpty());
    QVERIFY(!ProjectValidation::countryCodeError(u"XX"_s).isEmpty());
    QVERIFY(!ProjectValidation::countryCodeError(u"DEU"_s).isEmpty());
}

void TestProjectValidation::currency()
{
    QCOMPARE(billingCurrencies().size(), 12);
    for (const QString& code : billingCurrencies())
        QVERIFY(ProjectValidation::currencyError(code).isEmpty());
    QVERIFY(ProjectValidation::currencyError(QString()).isEmpty());
    QVERIFY(!ProjectValidation::currencyError(u"BTC"_s).isEmpty());
}

void TestProjectValidation::validateForm()
{
    ProjectFormValues values;
    values.name = u"Bad_Name"_s;
    values.techEmails = {u"nope"_s};
    values.tags = {{u"1x"_s, u"y"_s}};
    auto errors = ProjectForm::validateCreate(values, {});
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0).field, ProjectField::Name);
    QCOMPARE(errors.at(1).field, ProjectField::Tags);
    QCOMPARE(errors.at(2).field, ProjectField::TechEmails);

    // Editing keeps its own name; another existing name is taken.
    Project alpha;
    alpha.name = u"alpha"_s;
    values = {};
    values.name = u"alpha"_s;
    QVERIFY(ProjectForm::validateEdit(values, alpha, {u"alpha"_s}).isEmpty());
    values.name = u"beta"_s;
    errors = ProjectForm::validateEdit(values, alpha, {u"alpha"_s, u"beta"_s});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).field, ProjectField::Name);

    values.name = u"alpha"_s;
    values.countryCode = u"ZZ"_s;
    values.billingCurrency = u"XYZ"_s;
    errors = ProjectForm::validateEdit(values, alpha, {});
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, ProjectField::Country);
    QCOMPARE(errors.at(1).field, ProjectField::Currency);
}

void TestProjectValidation::initialCreateAccount()
{
    const auto account = [](const QString& id, const QString& parent, const QString& root) {
        Account a;
        a.id = id;
        a.parentAccountId = parent;
        a.rootAccountId = root;
        return a;
    };
    const Account orgA = account(u"aA"_s, {}, u"aA"_s);
    const Account orgB = account(u"aB"_s, {}, {});
    const Account unitOfB = account(u"aB1"_s, u"aB"_s, u"aB"_s);
    const Account unitElsewhere = account(u"aC1"_s, u"aC"_s, u"aC"_s);

    // None, or one organization: no question to ask.
    QCOMPARE(ProjectForm::initialCreateAccount({}, {}), std::optional<QString>(QString()));
    QCOMPARE(ProjectForm::initialCreateAccount({orgA}, {}), std::optional<QString>(u"aA"_s));
    QCOMPARE(ProjectForm::initialCreateAccount({orgA, unitOfB}, {}),
             std::optional<QString>(u"aA"_s));
    // Several: the user must choose, unless a selected project says which.
    QCOMPARE(ProjectForm::initialCreateAccount({orgA, orgB, unitOfB}, {}), std::nullopt);
    QCOMPARE(ProjectForm::initialCreateAccount({orgA, orgB}, u"aB"_s),
             std::optional<QString>(u"aB"_s));
    // A project in a unit: the unit's organization.
    QCOMPARE(ProjectForm::initialCreateAccount({orgA, orgB, unitOfB}, u"aB1"_s),
             std::optional<QString>(u"aB"_s));
    // ... or the unit itself when its organization is not listed.
    QCOMPARE(ProjectForm::initialCreateAccount({orgA, orgB, unitElsewhere}, u"aC1"_s),
             std::optional<QString>(u"aC1"_s));
    // A selected project of an account the user does not see says nothing.
    QCOMPARE(ProjectForm::initialCreateAccount({orgA, orgB}, u"elsewhere"_s), std::nullopt);
    QCOMPARE(ProjectForm::initialCreateAccount({orgA}, u"elsewhere"_s),
             std::optional<QString>(u"aA"_s));

    // Not chosen is a rule the form breaks, on the account field.
    ProjectFormValues values;
    values.name = u"fresh"_s;
    QVERIFY(ProjectForm::validateCreate(values, {}).isEmpty());
    values.accountChosen = false;
    const auto errors = ProjectForm::validateCreate(values, {});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).field, ProjectField::Account);
}

void TestProjectValidation::validateEditJudgesOnlyChanges()
{
    Project before;
    before.name = u"ledger"_s;
    before.accountId = u"a1"_s;
    before.billingGroupId = u"g1"_s;
    before.tags = {{u"billing:PO"_s, u"1"_s}, {u"old.key"_s, u"x"_s}};
    before.techEmails = {u"not-valid-today"_s};
    before.countryCode = u"XK"_s;
    ProjectFormValues values = ProjectForm::fromProject(before);
    QVERIFY(ProjectForm::validateEdit(values, before, {u"ledger"_s}).isEmpty());

    // A move to another account without a group of it.
    values.accountId = u"a2"_s;
    auto errors = ProjectForm::validateEdit(values, before, {});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).field, ProjectField::BillingGroup);
    values.billingGroupId = u"g2"_s;
    QVERIFY(ProjectForm::validateEdit(values, before, {}).isEmpty());

    // A changed list is judged as a whole.
    values.techEmails.append(u"ops@example.com"_s);
    errors = ProjectForm::validateEdit(values, before, {});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).field, ProjectField::TechEmails);
}

void TestProjectValidation::editedTextAndAddress()
{
    QCOMPARE(ProjectForm::editedText(u"Example Oy "_s, u"Example Oy "_s), u"Example Oy "_s);
    QCOMPARE(ProjectForm::editedText(u"Example Oy Ab "_s, u"Example Oy "_s), u"Example Oy Ab"_s);

    Project lines;
    lines.addressLines = {u"Street 1"_s, u"PL 2"_s};
    QCOMPARE(ProjectForm::addressField(lines), ProjectForm::AddressField::AddressLines);
    QCOMPARE(ProjectForm::addressText(lines), u"Street 1\nPL 2"_s);
    ProjectFormValues values = ProjectForm::fromProject(lines);
    QVERIFY(updateBody(lines, values).isEmpty());
    values.address = u"Street 1\n\n  PL 3 "_s;
    QCOMPARE(updateBody(lines, values),
             (QJsonObject{{u"address_lines"_s, QJsonArray{u"Street 1"_s, u"PL 3"_s}}}));

    Project text;
    text.billingAddress = u"Main St 1"_s;
    QCOMPARE(ProjectForm::addressField(text), ProjectForm::AddressField::BillingAddress);
    values = ProjectForm::fromProject(text);
    values.address = u"Main St 2"_s;
    QCOMPARE(updateBody(text, values), (QJsonObject{{u"billing_address"_s, u"Main St 2"_s}}));

    // "Not chosen" never becomes a value the schema refuses.
    Project none;
    none.defaultCloud = u"timescale-aws-us-east-2"_s;
    none.billingCurrency = u"EUR"_s;
    values = ProjectForm::fromProject(none);
    values.cloud.clear();
    values.billingCurrency.clear();
    values.billingGroupId.clear();
    QVERIFY(updateBody(none, values).isEmpty());
}

void TestProjectValidation::createRequest()
{
    ProjectFormValues values;
    values.name = u"new-one"_s;
    values.cloud = u"google-europe-north1"_s;
    values.techEmails = {u"Ops@Example.COM"_s};
    values.tags = {{u"env"_s, u"prod"_s}};
    values.copyTags = true; // ignored without a source project
    const ProjectCreateRequest request = ProjectForm::createRequest(values);
    QCOMPARE(request.name, u"new-one"_s);
    QCOMPARE(request.cloud, u"google-europe-north1"_s);
    QVERIFY(request.accountId.isEmpty());
    QVERIFY(request.billingGroupId.isEmpty());
    QVERIFY(request.copyFromProject.isEmpty());
    QVERIFY(!request.copyTags.has_value());
    QCOMPARE(request.techEmails.value(), QStringList{u"Ops@example.com"_s});
    QCOMPARE(request.tags.value().value(u"env"_s), u"prod"_s);

    values.techEmails.clear();
    values.tags.clear();
    const ProjectCreateRequest bare = ProjectForm::createRequest(values);
    QVERIFY(!bare.techEmails.has_value());
    QVERIFY(!bare.tags.has_value());
}

void TestProjectValidation::createRequestCopy()
{
    ProjectFormValues values;
    values.name = u"copy"_s;
    values.copyFromProject = u"source"_s;
    values.copyTags = true;
    const ProjectCreateRequest request = ProjectForm::createRequest(values);
    QCOMPARE(request.copyFromProject, u"source"_s);
    QCOMPARE(request.copyTags, std::optional<bool>(true));
    QCOMPARE(request.useSourceProjectBillingGroup, std::optional<bool>(false));
}

static Project sampleProject()
{
    Project project;
    project.name = u"alpha"_s;
    project.accountId = u"a225dad8d3c4"_s;
    project.accountName = u"Aiven Accounts"_s;
    project.billingGroupId = u"588a8e63-fda7-4ff7-9bff-577debfee604"_s;
    project.billingGroupName = u"Billing"_s;
    project.defaultCloud = u"google-europe-north1"_s;
    project.tags = {{u"env"_s, u"prod"_s}, {u"team"_s, u"data"_s}};
    project.techEmails = {u"ops@example.com"_s};
    project.billingEmails = {u"bills@example.com"_s};
    project.billingCurrency = u"USD"_s;
    project.countryCode = u"FI"_s;
    project.country = u"Finland"_s;
    return project;
}

void TestProjectValidation::updateBodyOnlyChanged()
{
    const Project before = sampleProject();
    ProjectFormValues values = ProjectForm::fromProject(before);
    values.cloud = u"aws-eu-west-1"_s;
    values.techEmails.append(u"oncall@example.com"_s);
    values.billingCurrency = u"EUR"_s;
    const QJsonObject body = updateBody(before, values);
    QCOMPARE(body.keys(), (QStringList{u"billing_currency"_s, u"cloud"_s, u"tech_emails"_s}));
    QCOMPARE(body.value(u"cloud"_s).toString(), u"aws-eu-west-1"_s);
    QCOMPARE(body.value(u"billing_currency"_s).toString(), u"EUR"_s);
    const QJsonArray emails = body.value(u"tech_emails"_s).toArray();
    QCOMPARE(emails.size(), 2);
    QCOMPARE(emails.at(1).toObject().value(u"email"_s).toString(), u"oncall@example.com"_s);
}

void TestProjectValidation::updateBodyNothingChanged()
{
    const Project before = sampleProject();
    QVERIFY(ProjectForm::update(before, ProjectForm::fromProject(before)).isEmpty());
    QCOMPARE(ProjectForm::applyTo(before, ProjectForm::fromProject(before)), before);
}

void TestProjectValidation::changeSummary()
{
    const Project before = sampleProject();
    ProjectFormValues values = ProjectForm::fromProject(before);
    values.name = u"alpha-2"_s;
    values.cloud = u"aws-eu-west-1"_s;
    values.tags = {{u"env"_s, u"test"_s}, {u"owner"_s, u"me"_s}};
    values.techEmails = {u"oncall@example.com"_s};
    values.countryCode = u"SE"_s;
    const Project after = ProjectForm::applyTo(before, values);
    QCOMPARE(after.country, u"Sweden"_s);
    const QStringList lines = ProjectForm::changeSummary(
        before, after, [](const QString& cloud) -> QString { return u"<"_s + cloud + u">"_s; });
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), u"Name: alpha \u2192 alpha-2"_s);
    QCOMPARE(lines.at(1), u"Default cloud: <google-europe-north1> \u2192 <aws-eu-west-1>"_s);
    QVERIFY2(lines.at(2).startsWith(u"Tags: "_s), qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).contains(u"add owner=me"_s));
    QVERIFY(lines.at(2).contains(u"change env: prod \u2192 test"_s));
    QVERIFY(lines.at(2).contains(u"remove team"_s));
    QCOMPARE(lines.at(3), u"Technical emails: add oncall@example.com; remove ops@example.com"_s);
    QCOMPARE(lines.at(4), u"Country: Finland (FI) \u2192 Sweden (SE)"_s);
}

void TestProjectValidation::fieldForError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ProjectField>("field");
    QTest::newRow("409")
        << 409
        << QByteArray(
               R"({"errors":[{"error_code":"project_already_exists","message":"Project already exists","status":409}],"message":"Project already exists"})")
        << ProjectField::Name;
    QTest::newRow("400 cloud") << 400 << QByteArray(R"({"message":"Invalid cloud 'mars-north1'"})")
                               << ProjectField::Cloud;
    QTest::newRow("400 tech emails")
        << 400 << QByteArray(R"({"message":"tech_emails: invalid email address"})")
        << ProjectField::TechEmails;
    QTest::newRow("400 copy from")
        << 400 << QByteArray(R"({"message":"copy_from_project: project does not exist"})")
        << ProjectField::CopyFrom;
    QTest::newRow("400 country") << 400 << QByteArray(R"({"message":"Invalid country_code"})")
                                 << ProjectField::Country;
    QTest::newRow("400 nothing named")
        << 400 << QByteArray(R"({"message":"Bad request"})") << ProjectField::None;
    QTest::newRow("500") << 500 << QByteArray(R"({"message":"Invalid cloud"})")
                         << ProjectField::None;
    QTest::newRow("403") << 403
                         << QByteArray(
                                R"({"message":"Project with open balance cannot be deleted"})")
                         << ProjectField::None;
}

void TestProjectValidation::fieldForError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ProjectField, field);
    const ApiError error = ApiError::fromResponse(QNetworkReply::ProtocolInvalidOperationError,
                                                  u"error"_s, status, body);
    QCOMPARE(ProjectForm::fieldForError(error), field);
    QCOMPARE(ProjectForm::fieldForError(ApiError()), ProjectField::None);
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestProjectValidation)
#include "tst_projectvalidation.moc"
