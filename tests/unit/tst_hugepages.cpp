// adviseHugePages, checked against what the kernel says of each mapping (/proc/self/smaps:
// "hg" among a mapping's VmFlags is MADV_HUGEPAGE).
#include "util/HugePages.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

using namespace fjord;

namespace {

constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;

// The VmFlags of the mapping that holds `address`, empty if none does.
QByteArrayList flagsAt(std::uintptr_t address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    bool inside = false;
    // Read whole: a file of /proc has no size, so atEnd() holds from the start.
    const QByteArray text = smaps.readAll();
    for (const QByteArray& untrimmed : text.split('\n')) {
        const QByteArray line = untrimmed.trimmed();
        // A mapping's first line: "from-to perms offset dev inode [path]".
        const QByteArray range = line.left(line.indexOf(' '));
        const qsizetype dash = range.indexOf('-');
        if (dash > 0 && !range.endsWith(':')) {
            bool okFrom = false, okTo = false;
            const auto from = range.left(dash).toULongLong(&okFrom, 16);
            const auto to = range.mid(dash + 1).toULongLong(&okTo, 16);
            inside = okFrom && okTo && address >= from && address < to;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).simplified().split(' ');
        }
    }
    return {};
}

#if defined(__linux__)
// Fresh memory of its own, `hugePages` huge pages long from `base`, a huge page boundary.
struct AlignedMapping
{
    explicit AlignedMapping(std::size_t hugePages)
        : size((hugePages + 1) * kHugePage)
        , mapping(mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        , base((reinterpret_cast<std::uintptr_t>(mapping) + kHugePage - 1) & ~(kHugePage - 1))
    {
    }
    ~AlignedMapping()
    {
        if (mapping != MAP_FAILED)
            munmap(mapping, size);
    }
    AlignedMapping(const AlignedMapping&) = delete;
    AlignedMapping& operator=(const AlignedMapping&) = delete;

    const std::size_t size;
    void* const mapping;
    const std::uintptr_t base;
};

bool haveTransparentHugePages()
{
    return QDir(QStringLiteral("/sys/kernel/mm/transparent_hugepage")).exists();
}
#endif

} // namespace

class TestHugePages : public QObject
{
    Q_OBJECT

private slots:
    void onlyWholeHugePagesAreAdvised();
    void smallAndEmptyRangesAreLeftAlone();
};

void TestHugePages::onlyWholeHugePagesAreAdvised()
{
#if !defined(__linux__)
    QSKIP("Huge pages are asked for on Linux only");
#else
    if (!haveTransparentHugePages())
        QSKIP("This kernel has no transparent huge pages");
    // 8 MiB starting 1 MiB into a huge page: the advice may cover the three whole huge pages
    // inside, and not the half pages at either end, which are other allocations' in a heap.
    const AlignedMapping memory(8);
    QVERIFY(memory.mapping != MAP_FAILED);
    const std::uintptr_t base = memory.base;
    const std::uintptr_t begin = base + kHugePage + kHugePage / 2;
    const std::size_t size = 4 * kHugePage;
    QVERIFY(!flagsAt(begin).isEmpty());
    QVERIFY(!flagsAt(begin).contains("hg"));

    adviseHugePages(reinterpret_cast<void*>(begin), size);

    const std::uintptr_t firstWhole = base + 2 * kHugePage;
    const std::uintptr_t endWhole = base + 5 * kHugePage; // begin + size, rounded down
    QVERIFY(flagsAt(firstWhole).contains("hg"));
    QVERIFY(flagsAt(endWhole - 1).contains("hg"));
    QVERIFY(!flagsAt(begin).contains("hg"));    // the half page before
    QVERIFY(!flagsAt(endWhole).contains("hg")); // and the one after
    QVERIFY(!flagsAt(firstWhole - 1).contains("hg"));
    // Still ordinary memory to write and read.
    auto* bytes = reinterpret_cast<unsigned char*>(begin);
    for (std::size_t i = 0; i < size; i += 4096)
        bytes[i] = static_cast<unsigned char>(i >> 12);
    QCOMPARE(int(bytes[size - 4096]), int(((size - 4096) >> 12) & 0xff));
#endif
}

void TestHugePages::smallAndEmptyRangesAreLeftAlone()
{
    // Nothing at all, or a small block of the heap: no advice, and nothing breaks.
    std::vector<char> small(64 * 1024, 'a');
    adviseHugePages(small.data(), small.size());
    adviseHugePages(nullptr, 0);
    adviseHugePages(small.data(), 0);
    QCOMPARE(small.back(), 'a');
#if defined(__linux__)
    if (!haveTransparentHugePages())
        QSKIP("This kernel has no transparent huge pages");
    // One and a half huge pages that hold no whole one (they straddle a boundary): none of it
    // is advised.
    const AlignedMapping memory(3);
    QVERIFY(memory.mapping != MAP_FAILED);
    const std::uintptr_t base = memory.base;
    const std::uintptr_t begin = base + kHugePage / 4;
    adviseHugePages(reinterpret_cast<void*>(begin), kHugePage + kHugePage / 2);
    QVERIFY(!flagsAt(begin).isEmpty());
    QVERIFY(!flagsAt(begin).contains("hg"));
    QVERIFY(!flagsAt(base + kHugePage).contains("hg"));
#endif
}

QTEST_GUILESS_MAIN(TestHugePages)
#include "tst_hugepages.moc"
