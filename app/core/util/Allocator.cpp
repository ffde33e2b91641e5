#include "util/Allocator.h"

#if defined(FJORD_GLIBC_MALLOC)
#include <malloc.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>
#endif

namespace fjord {

#if defined(FJORD_GLIBC_MALLOC)
namespace {

// Each thread that allocates gets a heap of its own (an arena), whose reserved address space
// glibc makes writable only as the heap grows, one mprotect() a page: thousands at startup, in
// Qt's network thread reading a large answer and in the threads reading projects, and each
// one interrupts the process's other threads to flush their address translations. A heap
// that grew once keeps that space writable when it shrinks (its pages go back, the space
// stays), and the arena of a thread that ended goes to the next thread that starts. So: a few
// threads that each grow an arena, free it and end, leaving arenas ready for the threads to
// come. They use no memory: the pages were never touched.
void prepareThreadArenas(int count, std::size_t bytes)
{
    std::mutex mutex;
    std::condition_variable changed;
    int grown = 0;
    int started = 0; // written by this thread alone until `ready`
    bool ready = false;
    std::vector<std::thread> threads;
    threads.reserve(std::size_t(count));
    try {
        for (; started < count; ++started) {
            threads.emplace_back([&] {
                // Through a volatile pointer: a compiler may drop a malloc() freed unused.
                void* volatile block = std::malloc(bytes);
                std::free(block);
                // Each holds its arena until all have grown one: one that ended early would
                // hand its arena to the next instead of that one making another.
                std::unique_lock<std::mutex> lock(mutex);
                ++grown;
                changed.notify_all();
                changed.wait(lock, [&] { return ready && grown == started; });
            });
        }
    } catch (const std::system_error&) {
        // No more threads to be had: those started are enough.
    }
    {
        const std::lock_guard<std::mutex> lock(mutex);
        ready = true; // `started` is final, and read only under the lock from here
    }
    changed.notify_all();
    for (std::thread& thread : threads)
        thread.join();
}

} // namespace
#endif

void tuneAllocatorForLargeAnswers()
{
#if defined(FJORD_GLIBC_MALLOC)
    // Blocks below 32 MiB come from the heap, not from mappings of their own (a fixed
    // threshold, where glibc's own moves with the blocks freed). Free space at the heap's
    // end goes back to the system only beyond 4 MiB: enough for the blocks in flight to be
    // used again, little enough that a large answer's memory is handed back once it is gone.
    // With 10,000 projects: about a tenth less time to the painted list, and a lower peak.
    mallopt(M_MMAP_THRESHOLD, int(kOwnMappingFrom));
    mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024);
    // For Qt's network thread, the font configuration's, and the threads reading projects (as
    // many as cores, up to 4). With 10,000 projects: 3,189 calls to mprotect() at startup down
    // to 80, and 8.5-18 ms less to the painted list, for about 2 ms here.
    const int readers = int(std::clamp(std::thread::hardware_concurrency(), 1U, 4U));
    prepareThreadArenas(readers + 2, kPreparedArenaBytes);
#endif
}

void giveBackFreeMemory()
{
#if defined(FJORD_GLIBC_MALLOC)
    malloc_trim(0);
#endif
}

} // namespace fjord
