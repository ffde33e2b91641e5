#include "util/HugePages.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace fjord {

void adviseHugePages(void* begin, std::size_t size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr auto kHugePage = std::uintptr_t(kHugePageSize);
    const auto start = reinterpret_cast<std::uintptr_t>(begin);
    // Only whole huge pages: the advice covers every 4 KiB page it names, and the ones at
    // either end may belong to other allocations.
    const std::uintptr_t first = (start + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t end = (start + size) & ~(kHugePage - 1);
    if (end > first)
        madvise(reinterpret_cast<void*>(first), end - first, MADV_HUGEPAGE);
#else
    (void)begin;
    (void)size;
#endif
}

std::size_t releasePages(void* begin, std::size_t size, std::size_t unit)
{
#if defined(__linux__) && defined(MADV_DONTNEED)
    const auto start = reinterpret_cast<std::uintptr_t>(begin);
    // Only whole pages: those at either end hold bytes that are still wanted.
    const std::uintptr_t first = (start + unit - 1) & ~(unit - 1);
    const std::uintptr_t end = (start + size) & ~(unit - 1);
    if (end <= first || madvise(reinterpret_cast<void*>(first), end - first, MADV_DONTNEED) != 0)
        return 0;
    return std::size_t(end - start);
#else
    (void)begin;
    (void)size;
    (void)unit;
    return 0;
#endif
}

} // namespace fjord
