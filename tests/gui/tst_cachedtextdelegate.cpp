// CachedTextDelegate: paints what QStyledItemDelegate paints, and reuses its laid-out text.

#include "CachedTextDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace fjord;

namespace {

QStandardItemModel* makeModel(QObject* parent)
{
    auto* model = new QStandardItemModel(12, 3, parent);
    for (int row = 0; row < model->rowCount(); ++row) {
        model->setItem(row, 0, new QStandardItem(QStringLiteral("project-%1").arg(row)));
        model->setItem(row, 1,
                       new QStandardItem(QStringLiteral("Europe, Finland - Google Cloud: Hamina "
                                                        "and a description too long to fit")));
        auto* balance = new QStandardItem(QStringLiteral("%1.00 EUR").arg(row * 7));
        balance->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model->setItem(row, 2, balance);
    }
    return model;
}

// Shows `model` in `view` through a CachedTextDelegate, without word wrap (wrapped text is
// left to QStyledItemDelegate).
CachedTextDelegate* showWithCachedDelegate(QTableView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    view->setWordWrap(false);
    auto* cached = new CachedTextDelegate(view);
    view->setItemDelegate(cached);
    view->resize(520, 300);
    view->show();
    return cached;
}

QImage render(QTableView* view)
{
    view->viewport()->repaint();
    return view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// Share of pixels that differ by more than a hair (antialiasing may land a step apart).
double differingShare(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return 1.0;
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                    std::abs(qBlue(p) - qBlue(q)) >
                96)
                ++differing;
        }
    }
    return double(differing) / (a.width() * a.height());
}

} // namespace

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksLikeTheStyledDelegate();
    void reusesLaidOutText();
    void startsOverOnAnotherFont();
    void leavesIconsToTheStyledDelegate();
};

void TestCachedTextDelegate::looksLikeTheStyledDelegate()
{
    QTableView view;
    view.setModel(makeModel(&view));
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setWordWrap(false);
    view.horizontalHeader()->resizeSection(1, 180);
    view.resize(520, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectRow(2);

    const QImage styled = render(&view);
    auto* cached = new CachedTextDelegate(&view);
    view.setItemDelegate(cached);
    const QImage ours = render(&view);
    QVERIFY(cached->cachedTextCount() > 0);
    const double share = differingShare(styled, ours);
    QVERIFY2(share < 0.01, qPrintable(QStringLiteral("%1% of the pixels differ").arg(share * 100)));
}

void TestCachedTextDelegate::reusesLaidOutText()
{
    QTableView view;
    CachedTextDelegate* cached = showWithCachedDelegate(&view, makeModel(&view));
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    render(&view);
    const qsizetype afterFirstPaint = cached->cachedTextCount();
    QVERIFY(afterFirstPaint > 0);
    render(&view);
    render(&view);
    QCOMPARE(cached->cachedTextCount(), afterFirstPaint); // nothing laid out again
    // A narrower column is elided anew.
    view.horizontalHeader()->resizeSection(1, 90);
    render(&view);
    QVERIFY(cached->cachedTextCount() > afterFirstPaint);
}

void TestCachedTextDelegate::startsOverOnAnotherFont()
{
    QTableView view;
    CachedTextDelegate* cached = showWithCachedDelegate(&view, makeModel(&view));
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    render(&view);
    const qsizetype before = cached->cachedTextCount();
    QFont bigger = view.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5);
    view.setFont(bigger);
    render(&view);
    // Only the texts in the new font are kept (fewer rows fit now).
    QVERIFY(cached->cachedTextCount() <= before);
    QVERIFY(cached->cachedTextCount() > 0);
}

void TestCachedTextDelegate::leavesIconsToTheStyledDelegate()
{
    QTableView view;
    auto* model = makeModel(&view);
    for (int row = 0; row < model->rowCount(); ++row)
        model->item(row, 0)->setIcon(view.style()->standardIcon(QStyle::SP_FileIcon));
    CachedTextDelegate* cached = showWithCachedDelegate(&view, model);
    view.setColumnHidden(1, true);
    view.setColumnHidden(2, true);
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    render(&view);
    QCOMPARE(cached->cachedTextCount(), 0);
    // So is text that wraps.
    view.setWordWrap(true);
    for (int row = 0; row < model->rowCount(); ++row)
        model->item(row, 0)->setIcon(QIcon());
    render(&view);
    QCOMPARE(cached->cachedTextCount(), 0);
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
