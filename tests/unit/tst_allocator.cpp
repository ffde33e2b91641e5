// tuneAllocatorForLargeAnswers, checked against what the kernel says of the process's mappings
// (/proc/self/maps) and of its resident set (/proc/self/status).
#include "util/Allocator.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

using namespace fjord;

namespace {

struct Mapping
{
    std::uintptr_t from = 0;
    std::uintptr_t to = 0;
    QByteArray permissions;
};

// The mapping that holds `address`; empty if none does.
Mapping mappingAt(std::uintptr_t address)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    // Read whole: a file of /proc has no size, so atEnd() holds from the start.
    const QByteArray text = maps.readAll();
    for (const QByteArray& line : text.split('\n')) {
        // "from-to perms offset dev inode [path]"
        const QList<QByteArray> fields = line.simplified().split(' ');
        const QList<QByteArray> range = fields.value(0).split('-');
        bool okFrom = false, okTo = false;
        const auto from = std::uintptr_t(range.value(0).toULongLong(&okFrom, 16));
        const auto to = std::uintptr_t(range.value(1).toULongLong(&okTo, 16));
        if (okFrom && okTo && address >= from && address < to)
            return {from, to, fields.value(1)};
    }
    return {};
}

long statusKb(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).simplified().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

class TestAllocator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threadsStartedAfterwardsHaveWritableHeaps();
    void freeMemoryGoesBack();
};

void TestAllocator::threadsStartedAfterwardsHaveWritableHeaps()
{
#if !defined(FJORD_GLIBC_MALLOC) || !defined(__linux__)
    QSKIP("glibc's thread heaps on Linux only (not under a sanitizer's allocator)");
#else
    const long residentBefore = statusKb("RssAnon:");
    tuneAllocatorForLargeAnswers();
    // The heaps were grown without touching a page: no memory is used for them.
    const long residentAfter = statusKb("RssAnon:");
    QVERIFY(residentBefore >= 0 && residentAfter >= 0);
    QVERIFY2(
        residentAfter - residentBefore < 2048,
        qPrintable(QStringLiteral("RssAnon rose by %1 kB").arg(residentAfter - residentBefore)));

    // As many threads as fjord starts at once (the network thread, the font configuration's,
    // one reading projects per core), all alive together so that none hands its heap on.
    const int threadCount = int(std::clamp(std::thread::hardware_concurrency(), 1U, 4U)) + 2;
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<void*> blocks(std::size_t(threadCount), nullptr);
    int allocated = 0;
    bool checked = false;
    std::vector<std::thread> threads;
    for (int i = 0; i < threadCount; ++i) {
        threads.emplace_back([&, i] {
            void* const block = std::malloc(64);
            std::unique_lock<std::mutex> lock(mutex);
            blocks[std::size_t(i)] = block;
            ++allocated;
            changed.notify_all();
            changed.wait(lock, [&] { return checked; });
            lock.unlock();
            std::free(block);
        });
    }
    {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return allocated == threadCount; });
    }
    QStringList notPrepared;
    for (void* block : blocks) {
        // A thread's heap as glibc makes it: writable only as far as it has grown, 132 KiB at
        // first. Prepared: writable for kPreparedArenaBytes from the start.
        const Mapping mapping = mappingAt(reinterpret_cast<std::uintptr_t>(block));
        if (mapping.permissions != "rw-p" || mapping.to - mapping.from < kPreparedArenaBytes)
            notPrepared.append(QStringLiteral("%1 (%2, %3 bytes)")
                                   .arg(quintptr(block), 0, 16)
                                   .arg(QString::fromLatin1(mapping.permissions))
                                   .arg(mapping.to - mapping.from));
    }
    {
        const std::lock_guard<std::mutex> lock(mutex);
        checked = true;
    }
    changed.notify_all();
    for (std::thread& thread : threads)
        thread.join();
    QVERIFY2(notPrepared.isEmpty(), qPrintable(notPrepared.join(QStringLiteral("; "))));
#endif
}

void TestAllocator::freeMemoryGoesBack()
{
#if !defined(FJORD_GLIBC_MALLOC) || !defined(__linux__)
    QSKIP("glibc's heaps on Linux only (not under a sanitizer's allocator)");
#else
    tuneAllocatorForLargeAnswers();
    // 16 MiB written in blocks of 256 KiB, as a large answer's reading leaves them, then freed
    // below a block that stays: the heap cannot shrink from its end, its middle is free.
    constexpr int kBlocks = 64;
    constexpr std::size_t kBlockBytes = std::size_t(256) << 10;
    long residentFreed = -1;
    long residentGivenBack = -1;
    std::thread([&] {
        std::vector<char*> blocks;
        for (int i = 0; i < kBlocks; ++i) {
            blocks.push_back(static_cast<char*>(std::malloc(kBlockBytes)));
            std::fill_n(blocks.back(), kBlockBytes, char(i));
        }
        // As large as the others, so that no free space elsewhere in the heap holds it.
        void* volatile staying = std::malloc(kBlockBytes);
        for (char* block : blocks)
            std::free(block);
        residentFreed = statusKb("RssAnon:");
        giveBackFreeMemory();
        residentGivenBack = statusKb("RssAnon:");
        std::free(staying);
    }).join();
    QVERIFY(residentFreed >= 0 && residentGivenBack >= 0);
    // Nearly all of the 16 MiB: the pages that held the blocks' headers stay.
    QVERIFY2(residentFreed - residentGivenBack >= 12 * 1024,
             qPrintable(QStringLiteral("RssAnon %1 kB after the blocks were freed, %2 kB after")
                            .arg(residentFreed)
                            .arg(residentGivenBack)));
#endif
}

QTEST_GUILESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
