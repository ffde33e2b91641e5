// The searchable combo box (the cloud and country fields) with entries longer than the field:
// the list opens wide enough to show each entry whole, and the chosen entry reads "start…"
// rather than being cut at the edge, while typing still sees the whole text.

#include "SearchableComboBox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <QVBoxLayout>

using namespace fjord;
using namespace Qt::StringLiterals;

class TestSearchableComboBox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longEntriesAreReadable();
};

void TestSearchableComboBox::longEntriesAreReadable()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* combo = new SearchableComboBox(&window);
    auto* other = new QPushButton(u"Elsewhere"_s, &window);
    layout->addWidget(combo);
    layout->addWidget(other);
    const QStringList entries{
        u"Decide later"_s,
        u"Europe, Finland - Google Cloud: Finland (google-europe-north1)"_s,
        u"Asia-Pacific, Indonesia - Amazon Web Services: Jakarta (aws-ap-southeast-3)"_s,
    };
    for (const QString& entry : entries)
        combo->addItem(entry, entry.section(u'(', -1).chopped(1));
    window.resize(260, 80);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    other->setFocus();
    QVERIFY(combo->lineEdit()->fontMetrics().horizontalAdvance(entries[1]) >
            combo->lineEdit()->width());

    // The chosen entry: its start and an ellipsis, the text itself whole.
    QVERIFY(combo->setCurrentValue(u"google-europe-north1"_s));
    QCOMPARE(combo->currentText(), entries[1]);
    const QString shown = combo->displayedText();
    QVERIFY2(shown.endsWith(u'\u2026'), qPrintable(shown));
    QVERIFY2(entries[1].startsWith(shown.chopped(1)), qPrintable(shown));
    QVERIFY(combo->lineEdit()->fontMetrics().horizontalAdvance(shown) <=
            combo->lineEdit()->width());
    // A short entry is shown as it is.
    combo->setCurrentIndex(0);
    QCOMPARE(combo->displayedText(), entries[0]);
    // Typing sees the whole text.
    combo->setCurrentIndex(1);
    combo->setFocus();
    QTRY_VERIFY(combo->lineEdit()->hasFocus());
    QCOMPARE(combo->displayedText(), entries[1]);

    // The list: as wide as its widest entry, within the screen.
    combo->showPopup();
    QAbstractItemView* list = combo->view();
    QTRY_VERIFY(list->isVisible());
    const int widest = list->fontMetrics().horizontalAdvance(entries[2]);
    QVERIFY2(list->viewport()->width() >= widest,
             qPrintable(u"list %1 px, entry %2 px"_s.arg(list->viewport()->width()).arg(widest)));
    const QRect popup(list->window()->frameGeometry());
    QVERIFY(combo->screen()->availableGeometry().contains(popup));
    combo->hidePopup();
}

QTEST_MAIN(TestSearchableComboBox)
#include "tst_searchablecombobox.moc"
