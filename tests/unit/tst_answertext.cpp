// AnswerText: an answer's text kept as it came or with a part of it packed in LZ4 blocks. Every
// part read through a Reader, in order or not, is the same bytes as the text itself.

#include "api/AnswerText.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;

namespace fjord {

class TestAnswerText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plain();
    void packedParts_data();
    void packedParts();
    void packedPartsInAnyOrder();
    void packsSmaller();
    void unpackWritesBack();
    void empty();

private:
    // JSON-like text with some repetition, as an answer has: `size` bytes.
    static QByteArray sampleText(qsizetype size);
};

QByteArray TestAnswerText::sampleText(qsizetype size)
{
    QByteArray out;
    out.reserve(size + 200);
    QRandomGenerator random(42);
    for (int i = 0; out.size() < size; ++i) {
        out += R"({"project_name": "p-)" + QByteArray::number(i) + R"(", "city": ")" +
               QByteArray::number(random.bounded(100000)) + R"(", "tags": {}},)";
    }
    out.truncate(size);
    return out;
}

void TestAnswerText::plain()
{
    const QByteArray bytes = "0123456789";
    const AnswerText text(bytes);
    QVERIFY(!text.isPacked());
    QCOMPARE(text.size(), 10);
    QCOMPARE(text.whole(), bytes);
    AnswerText::Reader reader(text);
    QCOMPARE(reader.read(2, 3), QByteArrayView("234"));
    QCOMPARE(reader.read(0, 10), QByteArrayView(bytes));
    QCOMPARE(reader.read(10, 0).size(), 0);
    // Outside the text: nothing.
    QVERIFY(reader.read(8, 3).isEmpty());
    QVERIFY(reader.read(-1, 2).isEmpty());
    QVERIFY(reader.read(11, 0).isEmpty());
    QVERIFY(reader.read(2, -1).isEmpty());
}

void TestAnswerText::packedParts_data()
{
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<qsizetype>("length");
    constexpr qsizetype kHead = 1000;
    constexpr qsizetype kBlock = AnswerText::kBlockSize;
    constexpr qsizetype kTo = kHead + 3 * kBlock + 500; // a short last block
    QTest::newRow("in the head") << qsizetype(10) << qsizetype(100);
    QTest::newRow("head to first block") << kHead - 5 << qsizetype(10);
    QTest::newRow("in the first block") << kHead + 7 << qsizetype(300);
    QTest::newRow("a whole block") << kHead << kBlock;
    QTest::newRow("across a block's end") << kHead + kBlock - 3 << qsizetype(9);
    QTest::newRow("across two blocks' ends") << kHead + kBlock - 3 << kBlock + 6;
    QTest::newRow("the short last block") << kHead + 3 * kBlock << qsizetype(500);
    QTest::newRow("last block to the tail") << kTo - 4 << qsizetype(8);
    QTest::newRow("in the tail") << kTo + 1 << qsizetype(50);
    QTest::newRow("head to tail") << qsizetype(0) << kTo + 100;
    QTest::newRow("the last byte") << kTo + 199 << qsizetype(1);
}

void TestAnswerText::packedParts()
{
    QFETCH(qsizetype, offset);
    QFETCH(qsizetype, length);
    constexpr qsizetype kHead = 1000;
    constexpr qsizetype kTo = kHead + 3 * AnswerText::kBlockSize + 500;
    const QByteArray bytes = sampleText(kTo + 200);
    std::vector<AnswerText::Block> blocks;
    QVERIFY(AnswerText::pack(bytes.constData(), kHead, kTo, &blocks));
    QCOMPARE(blocks.size(), std::size_t(4));
    const AnswerText text =
        AnswerText::withBlocks(bytes.constData(), bytes.size(), kHead, kTo, std::move(blocks));
    QVERIFY(text.isPacked());
    QCOMPARE(text.size(), bytes.size());
    QCOMPARE(text.whole(), bytes);
    AnswerText::Reader reader(text);
    QCOMPARE(reader.read(offset, length), QByteArrayView(bytes).sliced(offset, length));
    // Again, now that the reader holds a block.
    QCOMPARE(reader.read(offset, length), QByteArrayView(bytes).sliced(offset, length));
}

void TestAnswerText::packedPartsInAnyOrder()
{
    const QByteArray bytes = sampleText(700 * 1024);
    std::vector<AnswerText::Block> blocks;
    QVERIFY(AnswerText::pack(bytes.constData(), 0, bytes.size() - 10, &blocks));
    const AnswerText text = AnswerText::withBlocks(bytes.constData(), bytes.size(), 0,
                                                   bytes.size() - 10, std::move(blocks));
    AnswerText::Reader reader(text);
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        const qsizetype offset = random.bounded(int(bytes.size()));
        const qsizetype length = random.bounded(int(std::min<qsizetype>(
            bytes.size() - offset + 1, i % 10 == 0 ? 3 * AnswerText::kBlockSize : 2000)));
        QCOMPARE(reader.read(offset, length), QByteArrayView(bytes).sliced(offset, length));
    }
    // Two readers of one text do not disturb each other's parts.
    AnswerText::Reader other(text);
    const QByteArrayView first = reader.read(10, 20);
    const QByteArrayView second = other.read(500 * 1024, 20);
    QCOMPARE(first, QByteArrayView(bytes).sliced(10, 20));
    QCOMPARE(second, QByteArrayView(bytes).sliced(500 * 1024, 20));
}

void TestAnswerText::packsSmaller()
{
    const QByteArray bytes = sampleText(2 * 1024 * 1024);
    std::vector<AnswerText::Block> blocks;
    QVERIFY(AnswerText::pack(bytes.constData(), 0, bytes.size(), &blocks));
    const AnswerText text =
        AnswerText::withBlocks(bytes.constData(), bytes.size(), 0, bytes.size(), std::move(blocks));
    QVERIFY2(text.heldBytes() < bytes.size() / 2,
             qPrintable(u"%1 of %2 bytes"_s.arg(text.heldBytes()).arg(bytes.size())));
    QCOMPARE(AnswerText(bytes).heldBytes(), bytes.size());
}

void TestAnswerText::unpackWritesBack()
{
    const QByteArray bytes = sampleText(300 * 1024);
    std::vector<AnswerText::Block> blocks;
    QVERIFY(AnswerText::pack(bytes.constData(), 100, 250 * 1024, &blocks));
    QByteArray copy = bytes;
    std::memset(copy.data() + 100, 0, std::size_t(250 * 1024 - 100));
    QVERIFY(copy != bytes);
    QVERIFY(AnswerText::unpack(blocks, copy.data()));
    QCOMPARE(copy, bytes);
}

void TestAnswerText::empty()
{
    const AnswerText none;
    QVERIFY(none.isEmpty());
    QVERIFY(!none.isPacked());
    QCOMPARE(none.whole(), QByteArray());
    QCOMPARE(none.heldBytes(), 0);
    AnswerText::Reader reader(none);
    QVERIFY(reader.read(0, 0).isEmpty());
    QVERIFY(reader.read(0, 1).isEmpty());
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestAnswerText)
#include "tst_answertext.moc"
