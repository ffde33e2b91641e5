#include "models/ProjectPermissions.h"

#include <QTest>

using namespace fjord;
using Change = ProjectPermissions::Change;

// The expectations below follow Aiven's published project roles, quoted in each row's
// comment, and their rule that "Roles and permissions are cumulative ... The less permissive
// role does not negate the more permissive permission." They are not derived from the class
// under test.

namespace {

const QList<QPair<Change, QString>>& changeNames()
{
    static const QList<QPair<Change, QString>> names = {
        {Change::Rename, QStringLiteral("rename")},
        {Change::DefaultCloud, QStringLiteral("cloud")},
        {Change::TechEmails, QStringLiteral("techEmails")},
        {Change::Tags, QStringLiteral("tags")},
        {Change::BillingGroup, QStringLiteral("billingGroup")},
        {Change::Account, QStringLiteral("account")},
        {Change::BillingDetails, QStringLiteral("billingDetails")},
        {Change::Delete, QStringLiteral("delete")},
    };
    return names;
}

QStringList all()
{
    QStringList names;
    for (const auto& change : changeNames())
        names << change.second;
    return names;
}

} // namespace

class TestProjectPermissions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedChanges_data();
    void allowedChanges();
    void projectMembershipCountsToo();
    void roleInWords_data();
    void roleInWords();
    void reasonsNameTheAccess();
};

void TestProjectPermissions::allowedChanges_data()
{
    QTest::addColumn<QStringList>("memberships");
    QTest::addColumn<QStringList>("allowed");
    const QStringList nothing;

    // Project roles table.
    // admin: "Full access to the project ... Full access to all of the services".
    QTest::newRow("admin") << QStringList{QStringLiteral("admin")} << all();
    // operator: "Add, edit, and delete project tags"; nothing else about the project.
    QTest::newRow("operator") << QStringList{QStringLiteral("operator")}
                              << QStringList{QStringLiteral("tags")};
    // developer: views project tags, event log, permissions; manages databases only.
    QTest::newRow("developer") << QStringList{QStringLiteral("developer")} << nothing;
    // read_only: "View project tags", "View all services" ...: views only.
    QTest::newRow("read_only") << QStringList{QStringLiteral("read_only")} << nothing;
    // "Maintain services" / "Recover services": service maintenance, plans, forks.
    QTest::newRow("role:services:maintenance")
        << QStringList{QStringLiteral("role:services:maintenance")} << nothing;
    QTest::newRow("role:services:recover")
        << QStringList{QStringLiteral("role:services:recover")} << nothing;

    // Organization roles table: Admin "Full access to the organization", "View and change
    // billing information", "Create and delete ... projects", "Move projects".
    QTest::newRow("role:organization:admin")
        << QStringList{QStringLiteral("role:organization:admin")} << all();

    // Organization permissions table.
    // Manage projects: "Create and delete projects. Assign projects to billing groups. Add and
    // remove project tags. Cannot otherwise access or move the project or its services."
    QTest::newRow("organization:projects:write")
        << QStringList{QStringLiteral("organization:projects:write")}
        << QStringList{QStringLiteral("tags"), QStringLiteral("billingGroup"),
                       QStringLiteral("delete")};
    // Manage billing: "Add, edit, and delete payment methods. Add, edit, and delete addresses."
    QTest::newRow("organization:billing:write")
        << QStringList{QStringLiteral("organization:billing:write")}
        << QStringList{QStringLiteral("billingDetails")};
    // View billing: viewing only.
    QTest::newRow("organization:billing:read")
        << QStringList{QStringLiteral("organization:billing:read")} << nothing;
    QTest::newRow("organization:users:write")
        << QStringList{QStringLiteral("organization:users:write")} << nothing;

    // Project permissions table: services, integrations, networking, logs; "View services"
    // also "View project settings". None changes the project's own settings.
    QTest::newRow("project:services:write")
        << QStringList{QStringLiteral("project:services:write")} << nothing;
    QTest::newRow("project:services:read")
        << QStringList{QStringLiteral("project:services:read")} << nothing;
    QTest::newRow("project:networking:write")
        << QStringList{QStringLiteral("project:networking:write")} << nothing;
    QTest::newRow("project:integrations:write")
        << QStringList{QStringLiteral("project:integrations:write")} << nothing;
    QTest::newRow("project:permissions:read")
        << QStringList{QStringLiteral("project:permissions:read")} << nothing;
    QTest::newRow("service:configuration:write")
        << QStringList{QStringLiteral("service:configuration:write")} << nothing;
    QTest::newRow("service:data:write")
        << QStringList{QStringLiteral("service:data:write")} << nothing;

    // Cumulative: the most permissive entry wins, whatever the order.
    QTest::newRow("read_only + organization:projects:write")
        << QStringList{QStringLiteral("read_only"), QStringLiteral("organization:projects:write")}
        << QStringList{QStringLiteral("tags"), QStringLiteral("billingGroup"),
                       QStringLiteral("delete")};
    QTest::newRow("developer + operator")
        << QStringList{QStringLiteral("developer"), QStringLiteral("operator")}
        << QStringList{QStringLiteral("tags")};
    QTest::newRow("read_only + admin")
        << QStringList{QStringLiteral("read_only"), QStringLiteral("admin")} << all();
    QTest::newRow("operator + organization:billing:write")
        << QStringList{QStringLiteral("operator"), QStringLiteral("organization:billing:write")}
        << QStringList{QStringLiteral("tags"), QStringLiteral("billingDetails")};
    QTest::newRow("read_only + project:services:write")
        << QStringList{QStringLiteral("read_only"), QStringLiteral("project:services:write")}
        << nothing;

    // Names are exact: another spelling is not a role Aiven defines.
    QTest::newRow("Admin (capitalised)") << QStringList{QStringLiteral("Admin")} << nothing;
    QTest::newRow("unknown permission")
        << QStringList{QStringLiteral("project:everything:write")} << nothing;

    // Fjord's own choice, not the page's: with no membership at all the client cannot know,
    // holds nothing back and lets the server answer (a 403 is then reported in words).
    QTest::newRow("nothing said") << QStringList{} << all();
}

void TestProjectPermissions::allowedChanges()
{
    QFETCH(QStringList, memberships);
    QFETCH(QStringList, allowed);
    const ProjectPermissions permissions(memberships);
    QStringList actual;
    for (const auto& change : changeNames()) {
        if (permissions.allows(change.first))
            actual << change.second;
        // A tooltip says why exactly when the change is not allowed.
        QCOMPARE(permissions.whyNot(change.first).isEmpty(), permissions.allows(change.first));
    }
    std::sort(actual.begin(), actual.end());
    std::sort(allowed.begin(), allowed.end());
    QCOMPARE(actual, allowed);
    // Delete is a window action; the edit dialog has something to change when any field is.
    const bool anyField = allowed.size() > (allowed.contains(QStringLiteral("delete")) ? 1 : 0);
    QCOMPARE(permissions.allowsAnyChange(), anyField);
    QCOMPARE(permissions.whyNoChanges().isEmpty(), anyField);
    QCOMPARE(permissions.allowsEveryChange(), allowed.size() == changeNames().size());
}

void TestProjectPermissions::projectMembershipCountsToo()
{
    // project_membership holds one role; project_memberships every entry. An answer where
    // the single role is missing from the list still counts it.
    const auto permissions = ProjectPermissions::fromMemberships({QStringLiteral("read_only")},
                                                                 QStringLiteral("operator"));
    QVERIFY(permissions.allows(Change::Tags));
    QVERIFY(!permissions.allows(Change::Rename));
    QCOMPARE(ProjectPermissions::fromMemberships({}, QStringLiteral("read_only")).memberships(),
             QStringList{QStringLiteral("read_only")});
    QVERIFY(ProjectPermissions::fromMemberships({}, QStringLiteral("read_only")).isKnown());
    QVERIFY(!ProjectPermissions::fromMemberships({}, {}).isKnown());
}

void TestProjectPermissions::roleInWords_data()
{
    QTest::addColumn<QStringList>("memberships");
    QTest::addColumn<QString>("words");
    // Console names from the page's "Console name" columns.
    QTest::newRow("read_only") << QStringList{QStringLiteral("read_only")}
                               << QStringLiteral("Read only");
    QTest::newRow("operator") << QStringList{QStringLiteral("operator")}
                              << QStringLiteral("Operator");
    QTest::newRow("developer") << QStringList{QStringLiteral("developer")}
                               << QStringLiteral("Developer");
    QTest::newRow("admin") << QStringList{QStringLiteral("admin")} << QStringLiteral("Admin");
    QTest::newRow("two") << QStringList{QStringLiteral("read_only"),
                                        QStringLiteral("organization:projects:write")}
                         << QStringLiteral("Read only, Manage projects");
    QTest::newRow("duplicate") << QStringList{QStringLiteral("operator"),
                                              QStringLiteral("operator")}
                               << QStringLiteral("Operator");
    QTest::newRow("unknown kept as given") << QStringList{QStringLiteral("role:something:new")}
                                           << QStringLiteral("role:something:new");
}

void TestProjectPermissions::roleInWords()
{
    QFETCH(QStringList, memberships);
    QFETCH(QString, words);
    QCOMPARE(ProjectPermissions(memberships).roleText(), words);
}

void TestProjectPermissions::reasonsNameTheAccess()
{
    const ProjectPermissions readOnly({QStringLiteral("read_only")});
    QVERIFY(readOnly.whyNot(Change::Tags).contains(QStringLiteral("Read only")));
    QVERIFY(readOnly.whyNot(Change::Tags).contains(QStringLiteral("operator")));
    QVERIFY(readOnly.whyNot(Change::Delete).contains(QStringLiteral("delete")));
    QVERIFY(readOnly.whyNoChanges().contains(QStringLiteral("Read only")));
    QVERIFY(!readOnly.whyNoChanges().contains(QStringLiteral("read_only")));
}

QTEST_GUILESS_MAIN(TestProjectPermissions)
#include "tst_projectpermissions.moc"
