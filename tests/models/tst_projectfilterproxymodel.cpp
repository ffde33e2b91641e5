#include "models/ProjectFilterProxyModel.h"
#include "models/ProjectListModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>

using namespace fjord;

namespace {

Project makeProject(const QString& name, const QString& cloud, const QString& account,
                    const QMap<QString, QString>& tags = {})
{
    Project p;
    p.name = name;
    p.defaultCloud = cloud;
    p.accountName = account;
    p.accountId = QStringLiteral("acc-") + account.toLower();
    p.estimatedBalance = QStringLiteral("1.00");
    p.tags = tags;
    return p;
}

} // namespace

class TestProjectFilterProxyModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyFilterShowsAll();
    void filters_data();
    void filters();
    void followsSourceChanges();
    void genericSourceModel();
    void manyRowsStayFast();
    void keystrokeIsOneLayoutChange();
    void persistentIndexesFollowTheirRows();
    void sortsBothWays();
    void sortsAnswersInOrderOrNot_data();
    void sortsAnswersInOrderOrNot();
    void servicesCountLeavesTheOrder();

private:
    QStringList visibleNames() const;

    ProjectListModel* m_model = nullptr;
    ProjectFilterProxyModel* m_proxy = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestProjectFilterProxyModel::init()
{
    m_model = new ProjectListModel(nullptr, nullptr, this);
    m_proxy = new ProjectFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(ProjectListModel::NameColumn);
    m_tester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    ProjectList list;
    list.projects = {
        makeProject(QStringLiteral("billing-prod"), QStringLiteral("aws-eu-west-1"),
                    QStringLiteral("Acme"), {{QStringLiteral("env"), QStringLiteral("prod")}}),
        makeProject(QStringLiteral("billing-dev"), QStringLiteral("google-europe-north1"),
                    QStringLiteral("Acme"), {{QStringLiteral("env"), QStringLiteral("dev")}}),
        makeProject(QStringLiteral("analytics"), QStringLiteral("azure-germany-north"),
                    QStringLiteral("Globex"), {{QStringLiteral("Team"), QStringLiteral("Data")}}),
    };
    m_model->setProjectList(list);
}

void TestProjectFilterProxyModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

QStringList TestProjectFilterProxyModel::visibleNames() const
{
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        names.append(m_proxy->index(row, ProjectListModel::NameColumn).data().toString());
    return names;
}

void TestProjectFilterProxyModel::emptyFilterShowsAll()
{
    QCOMPARE(m_proxy->rowCount(), 3);
    QSignalSpy changed(m_proxy, &ProjectFilterProxyModel::filterTextChanged);
    m_proxy->setFilterText(QStringLiteral("   "));
    QCOMPARE(m_proxy->rowCount(), 3);
    QCOMPARE(changed.count(), 1);
    m_proxy->setFilterText(QStringLiteral("   "));
    QCOMPARE(changed.count(), 1);
}

void TestProjectFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name") << QStringLiteral("billing")
                          << QStringList{QStringLiteral("billing-dev"),
                                         QStringLiteral("billing-prod")};
    QTest::newRow("name ignores case")
        << QStringLiteral("ANALYTICS") << QStringList{QStringLiteral("analytics")};
    QTest::newRow("cloud code") << QStringLiteral("aws-eu")
                                << QStringList{QStringLiteral("billing-prod")};
    QTest::newRow("account name") << QStringLiteral("globex")
                                  << QStringList{QStringLiteral("analytics")};
    QTest::newRow("account id") << QStringLiteral("acc-acme")
                                << QStringList{QStringLiteral("billing-dev"),
                                               QStringLiteral("billing-prod")};
    QTest::newRow("tag value") << QStringLiteral("prod")
                               << QStringList{QStringLiteral("billing-prod")};
    QTest::newRow("tag key=value")
        << QStringLiteral("team=data") << QStringList{QStringLiteral("analytics")};
    QTest::newRow("all words must match")
        << QStringLiteral("acme dev") << QStringList{QStringLiteral("billing-dev")};
    QTest::newRow("words in any order")
        << QStringLiteral("north billing") << QStringList{QStringLiteral("billing-dev")};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
}

void TestProjectFilterProxyModel::filters()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    m_proxy->setFilterText(filter);
    QCOMPARE(visibleNames(), expected);
    m_proxy->setFilterText({});
    QCOMPARE(m_proxy->rowCount(), 3);
}

void TestProjectFilterProxyModel::followsSourceChanges()
{
    m_proxy->setFilterText(QStringLiteral("env=prod"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_model->upsertProject(makeProject(QStringLiteral("prod-two"), QStringLiteral("do-ams"),
                                       QStringLiteral("Acme"),
                                       {{QStringLiteral("env"), QStringLiteral("prod")}}));
    QCOMPARE(visibleNames(),
             QStringList({QStringLiteral("billing-prod"), QStringLiteral("prod-two")}));
    // An edit that drops the matching tag hides the row.
    m_model->upsertProject(makeProject(QStringLiteral("billing-prod"),
                                       QStringLiteral("aws-eu-west-1"), QStringLiteral("Acme")));
    QCOMPARE(visibleNames(), QStringList({QStringLiteral("prod-two")}));
    m_model->removeProject(QStringLiteral("prod-two"));
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestProjectFilterProxyModel::genericSourceModel()
{
    // Any model that offers FilterTextRole can be filtered (the fast path is an optimisation).
    QStandardItemModel plain;
    for (const char* text : {"One Alpha", "Two Beta"}) {
        auto* item = new QStandardItem(QString::fromLatin1(text));
        item->setData(QString::fromLatin1(text), ProjectListModel::FilterTextRole);
        plain.appendRow(item);
    }
    ProjectFilterProxyModel proxy;
    proxy.setSourceModel(&plain);
    proxy.setFilterText(QStringLiteral("beta"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Two Beta"));
}

void TestProjectFilterProxyModel::manyRowsStayFast()
{
    ProjectList list;
    for (int i = 0; i < 10000; ++i)
        list.projects.append(makeProject(QStringLiteral("proj-%1").arg(i),
                                         QStringLiteral("aws-eu-west-1"), QStringLiteral("Acme")));
    m_model->setProjectList(list);
    delete m_tester; // the tester's full checks on 10,000 rows would dominate
    m_tester = nullptr;
    const QString typed = QStringLiteral("proj-12");
    for (int i = 1; i <= typed.size(); ++i)
        m_proxy->setFilterText(typed.left(i));
    // proj-12, proj-120..129, proj-1200..1299
    QCOMPARE(m_proxy->rowCount(), 1 + 10 + 100);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("proj-12"));
}

void TestProjectFilterProxyModel::keystrokeIsOneLayoutChange()
{
    // Every other project matches: a per-range report would be 500 rowsRemoved signals.
    ProjectList list;
    for (int i = 0; i < 1000; ++i)
        list.projects.append(
            makeProject(QStringLiteral("proj-%1").arg(i, 4, 10, QLatin1Char('0')),
                        i % 2 ? QStringLiteral("aws-eu-west-1") : QStringLiteral("do-ams"),
                        QStringLiteral("Acme")));
    m_model->setProjectList(list);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    m_proxy->setFilterText(QStringLiteral("aws"));
    QCOMPARE(m_proxy->rowCount(), 500);
    QCOMPARE(layout.count(), 1);
    m_proxy->setFilterText({});
    QCOMPARE(m_proxy->rowCount(), 1000);
    QCOMPARE(layout.count(), 2);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
}

void TestProjectFilterProxyModel::persistentIndexesFollowTheirRows()
{
    // As a selection does: the row stays itself while others come and go around it.
    QPersistentModelIndex analytics(m_proxy->index(0, ProjectListModel::AccountColumn));
    QCOMPARE(analytics.sibling(analytics.row(), 0).data().toString(), QStringLiteral("analytics"));
    m_proxy->sort(ProjectListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(analytics.row(), 2);
    m_proxy->setFilterText(QStringLiteral("globex"));
    QCOMPARE(analytics.row(), 0);
    QCOMPARE(analytics.column(), int(ProjectListModel::AccountColumn));
    m_model->upsertProject(makeProject(QStringLiteral("globex-new"), QStringLiteral("do-ams"),
                                       QStringLiteral("Globex")));
    QCOMPARE(visibleNames(),
             QStringList({QStringLiteral("globex-new"), QStringLiteral("analytics")}));
    QCOMPARE(analytics.row(), 1);
    QCOMPARE(analytics.data().toString(), QStringLiteral("Globex"));
    m_proxy->setFilterText(QStringLiteral("acme"));
    QVERIFY(!analytics.isValid()); // filtered out
}

void TestProjectFilterProxyModel::sortsBothWays()
{
    m_proxy->sort(ProjectListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(visibleNames(),
             QStringList({QStringLiteral("billing-prod"), QStringLiteral("billing-dev"),
                          QStringLiteral("analytics")}));
    m_proxy->sort(ProjectListModel::CloudColumn, Qt::AscendingOrder);
    QCOMPARE(visibleNames(),
             QStringList({QStringLiteral("billing-prod"), QStringLiteral("analytics"),
                          QStringLiteral("billing-dev")}));
    m_proxy->sort(-1);
    QCOMPARE(visibleNames(),
             QStringList({QStringLiteral("billing-prod"), QStringLiteral("billing-dev"),
                          QStringLiteral("analytics")}));
    QCOMPARE(m_proxy->headerData(ProjectListModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
}

void TestProjectFilterProxyModel::sortsAnswersInOrderOrNot_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("ascending");
    const QStringList ordered{QStringLiteral("a-1"), QStringLiteral("b-2"), QStringLiteral("c-3"),
                              QStringLiteral("d-4")};
    QTest::newRow("in order") << ordered << ordered;
    QTest::newRow("last two swapped") << QStringList{QStringLiteral("a-1"), QStringLiteral("b-2"),
                                                     QStringLiteral("d-4"), QStringLiteral("c-3")}
                                      << ordered;
    QTest::newRow("reversed") << QStringList{QStringLiteral("d-4"), QStringLiteral("c-3"),
                                             QStringLiteral("b-2"), QStringLiteral("a-1")}
                              << ordered;
    // Names equal but for case keep the answer's order, sorted or not.
    QTest::newRow("equal but for case, in order")
        << QStringList{QStringLiteral("a-1"), QStringLiteral("B-2"), QStringLiteral("b-2"),
                       QStringLiteral("c-3")}
        << QStringList{QStringLiteral("a-1"), QStringLiteral("B-2"), QStringLiteral("b-2"),
                       QStringLiteral("c-3")};
    QTest::newRow("equal but for case, not in order")
        << QStringList{QStringLiteral("c-3"), QStringLiteral("b-2"), QStringLiteral("B-2"),
                       QStringLiteral("a-1")}
        << QStringList{QStringLiteral("a-1"), QStringLiteral("b-2"), QStringLiteral("B-2"),
                       QStringLiteral("c-3")};
}

void TestProjectFilterProxyModel::sortsAnswersInOrderOrNot()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, ascending);
    ProjectList list;
    for (const QString& name : std::as_const(names))
        list.projects.append(
            makeProject(name, QStringLiteral("aws-eu-west-1"), QStringLiteral("Acme"), {}));
    m_model->setProjectList(list);
    QCOMPARE(visibleNames(), ascending);
    m_proxy->sort(ProjectListModel::NameColumn, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    // Descending keeps equal names in the answer's order too, so only they are not reversed.
    for (qsizetype i = 0; i + 1 < descending.size(); ++i) {
        if (descending.at(i).compare(descending.at(i + 1), Qt::CaseInsensitive) == 0)
            descending.swapItemsAt(i, i + 1);
    }
    QCOMPARE(visibleNames(), descending);
}

void TestProjectFilterProxyModel::servicesCountLeavesTheOrder()
{
    // Counts arrive one by one while the user types: one that neither the sort nor the filter
    // reads changes its cell, not the layout of every row.
    m_proxy->setFilterText(QStringLiteral("billing"));
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy cells(m_proxy, &QAbstractItemModel::dataChanged);
    const auto countArrives = [this](int sourceRow) {
        const QModelIndex cell = m_model->index(sourceRow, ProjectListModel::ServicesColumn);
        Q_EMIT m_model->dataChanged(cell, cell);
    };
    countArrives(0); // billing-prod, shown
    QCOMPARE(layout.count(), 0);
    QCOMPARE(cells.count(), 1);
    QCOMPARE(cells.at(0).at(0).toModelIndex().column(), int(ProjectListModel::ServicesColumn));
    QCOMPARE(m_proxy->mapToSource(cells.at(0).at(0).toModelIndex()).row(), 0);
    countArrives(2); // analytics, filtered out: nothing to tell
    QCOMPARE(layout.count(), 0);
    QCOMPARE(cells.count(), 1);

    // Sorted by the count, a new one may move its row.
    m_proxy->sort(ProjectListModel::ServicesColumn);
    layout.clear();
    countArrives(0);
    QCOMPARE(layout.count(), 1);
    // Any other column may change the order or the match.
    m_proxy->sort(ProjectListModel::NameColumn);
    layout.clear();
    const QModelIndex name = m_model->index(0, ProjectListModel::NameColumn);
    Q_EMIT m_model->dataChanged(name, name);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(visibleNames(),
             QStringList({QStringLiteral("billing-dev"), QStringLiteral("billing-prod")}));
}

QTEST_MAIN(TestProjectFilterProxyModel)
#include "tst_projectfilterproxymodel.moc"
