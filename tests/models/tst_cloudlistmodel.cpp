// CloudListModel and CloudFilterProxyModel: model contract, roles, text/provider/region
// filters, nearest-first order, the projects column, and the catalog's disk cache.

#include "ApiSamples.h"
#include "TestSupport.h"
#include "map/ProviderStyle.h"
#include "models/CloudCatalog.h"
#include "models/CloudFilterProxyModel.h"
#include "models/CloudListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace fjord;
using namespace Qt::StringLiterals;

class TestCloudListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelContract();
    void rolesAndLabels();
    void textFilter();
    void providerAndRegionFilters();
    void nearestFirst();
    void defaultCloudProjects();
    void followsCatalog();
    void cacheRoundTrip();

private:
    QVector<Cloud> m_clouds;
};

void TestCloudListModel::initTestCase()
{
    m_clouds = test::bundledClouds();
    QCOMPARE(m_clouds.size(), 129);
}

void TestCloudListModel::modelContract()
{
    CloudListModel model;
    CloudFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClouds(m_clouds);
    QCOMPARE(model.rowCount(), 129);
    QCOMPARE(model.columnCount(), int(CloudListModel::ColumnCount));
    model.setUserLocation(QPointF(24.94, 60.17));
    model.setDefaultCloudProjects({{u"aws-eu-west-1"_s, {u"b"_s, u"a"_s}}});
    proxy.setFilterText(u"europe"_s);
    proxy.setOrder(CloudFilterProxyModel::Order::NearestFirst);
    proxy.setProviders({u"aws"_s});
    proxy.setGeoRegion(u"europe"_s);
    model.setClouds(m_clouds.mid(0, 10));
    model.setClouds({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestCloudListModel::rolesAndLabels()
{
    CloudListModel model;
    model.setClouds(m_clouds);
    const int row = model.rowOfCloud(u"google-europe-west3"_s);
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row, CloudListModel::LocationColumn);
    QCOMPARE(index.data().toString(), u"Frankfurt, Germany"_s);
    QCOMPARE(index.data(CloudListModel::ProviderRole).toString(), u"google"_s);
    QCOMPARE(index.data(CloudListModel::GeoRegionRole).toString(), u"europe"_s);
    QCOMPARE(index.data(CloudListModel::LocationRole).toPointF(), QPointF(8.68, 50.12));
    // The map's marker (an icon, drawn when shown), not a square swatch.
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    // One name per provider: the list says what the map's legend and filters say.
    QCOMPARE(model.index(row, CloudListModel::ProviderColumn).data().toString(), u"Google Cloud"_s);
    QCOMPARE(model.index(row, CloudListModel::ProviderColumn).data().toString(),
             ProviderStyle::displayName(u"google"_s));
    QCOMPARE(model.index(row, CloudListModel::GeoRegionColumn).data().toString(), u"Europe"_s);
    QVERIFY(!model.index(row, CloudListModel::DistanceColumn).data().isValid());
    QCOMPARE(model.rowOfCloud(u"nope"_s), -1);
    QCOMPARE(model.headerData(CloudListModel::DistanceColumn, Qt::Horizontal).toString(),
             u"Distance"_s);
    QVERIFY(model.geoRegions().contains(u"north america"_s));
    QCOMPARE(model.geoRegions().size(), 7);
}

void TestCloudListModel::textFilter()
{
    CloudListModel model;
    model.setClouds(m_clouds);
    CloudFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"Frankfurt"_s);
    QStringList names = proxy.visibleCloudNames();
    for (const QString& name :
         {u"aws-eu-central-1"_s, u"do-fra"_s, u"google-europe-west3"_s, u"upcloud-de-fra"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    // Every word has to match, in any field.
    proxy.setFilterText(u"  google   frankfurt "_s);
    QCOMPARE(proxy.visibleCloudNames(), QStringList{u"google-europe-west3"_s});
    proxy.setFilterText(u"upcloud-fi-hel"_s);
    QVERIFY(proxy.rowCount() >= 1);
    proxy.setFilterText(u"no such place"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 129);
}

void TestCloudListModel::providerAndRegionFilters()
{
    CloudListModel model;
    model.setClouds(m_clouds);
    CloudFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &CloudFilterProxyModel::filtersChanged);
    proxy.setProviders({u"do"_s});
    QCOMPARE(proxy.rowCount(), 9);
    proxy.setProviders({u"do"_s, u"upcloud"_s});
    QCOMPARE(proxy.rowCount(), 22);
    proxy.setGeoRegion(u"europe"_s);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, 0).data(CloudListModel::GeoRegionRole).toString(), u"europe"_s);
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 22);
    proxy.setProviders({});
    proxy.setGeoRegion(u"africa"_s);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(changed.count(), 5);
}

void TestCloudListModel::nearestFirst()
{
    CloudListModel model;
    model.setClouds(m_clouds);
    CloudFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUserLocation(QPointF(24.94, 60.17)); // Helsinki
    proxy.setOrder(CloudFilterProxyModel::Order::NearestFirst);
    const QStringList helsinki = proxy.visibleCloudNames();
    // The Helsinki regions come first, then distances only grow.
    QVERIFY2(helsinki.first() == u"google-europe-north1"_s ||
                 helsinki.first() == u"upcloud-fi-hel1"_s ||
                 helsinki.first() == u"upcloud-fi-hel2"_s,
             qPrintable(helsinki.first()));
    double previous = -1;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const double d = proxy.index(r, 0).data(CloudListModel::DistanceKmRole).toDouble();
        QVERIFY(d >= previous);
        previous = d;
    }
    QCOMPARE(proxy.index(0, CloudListModel::DistanceColumn).data().toString().endsWith(u"km"_s),
             true);

    model.setUserLocation(QPointF(151.2, -33.86)); // Sydney
    const QString first = proxy.index(0, 0).data(CloudListModel::CloudNameRole).toString();
    QVERIFY2(proxy.index(0, 0).data(CloudListModel::DistanceKmRole).toDouble() < 50,
             qPrintable(first));
    QCOMPARE(proxy.index(0, 0).data(CloudListModel::GeoRegionRole).toString(), u"australia"_s);

    proxy.setOrder(CloudFilterProxyModel::Order::ByRegion);
    QCOMPARE(proxy.index(0, 0).data(CloudListModel::GeoRegionRole).toString(), u"africa"_s);
}

void TestCloudListModel::defaultCloudProjects()
{
    CloudListModel model;
    model.setClouds(m_clouds);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDefaultCloudProjects({{u"aws-eu-west-1"_s, {u"zeta"_s, u"alpha"_s}}});
    QCOMPARE(changed.count(), 1);
    const int row = model.rowOfCloud(u"aws-eu-west-1"_s);
    QCOMPARE(model.index(row, CloudListModel::ProjectsColumn).data().toString(), u"alpha, zeta"_s);
    QCOMPARE(model.index(row, 0).data(CloudListModel::ProjectsRole).toStringList(),
             (QStringList{u"alpha"_s, u"zeta"_s}));
    QVERIFY(
        model.index(row, 0).data(CloudListModel::FilterTextRole).toString().contains(u"zeta"_s));
    const int other = model.rowOfCloud(u"do-fra"_s);
    QCOMPARE(model.index(other, CloudListModel::ProjectsColumn).data().toString(), QString());
}

void TestCloudListModel::followsCatalog()
{
    QTemporaryDir dir;
    QFile::copy(test::sourceDir() + u"/resources/sandbox/clouds.json"_s, dir.filePath(u"c.json"_s));
    CloudCatalog catalog(nullptr);
    catalog.setCacheFile(dir.filePath(u"c.json"_s));
    CloudListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(&catalog);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(catalog.loadCache());
    QCOMPARE(model.rowCount(), 129);
    QCOMPARE(catalog.describe(u"do-fra"_s), catalog.find(u"do-fra"_s)->description);
    QCOMPARE(catalog.describe(u"unknown-cloud"_s), u"unknown-cloud"_s);
    QVERIFY(!catalog.find(u"unknown-cloud"_s));
    model.setCatalog(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestCloudListModel::cacheRoundTrip()
{
    // The default cache lives in the (test-private) cache location.
    CloudCatalog fresh(nullptr);
    QVERIFY(fresh.cacheFile().endsWith(u"/clouds.json"_s));
    QVERIFY(!fresh.loadCache());
    QTemporaryDir dir;
    QFile bad(dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{not json");
    bad.close();
    fresh.setCacheFile(bad.fileName());
    QVERIFY(!fresh.loadCache());
    fresh.setCacheFile(QString());
    QVERIFY(!fresh.loadCache());
    fresh.refresh(); // no client: nothing happens
    QVERIFY(!fresh.isLoading());
}

QTEST_GUILESS_MAIN(TestCloudListModel)
#include "tst_cloudlistmodel.moc"
