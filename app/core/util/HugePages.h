#pragma once

#include <cstddef>

namespace fjord {

// Asks the kernel to back the whole 2 MiB pages inside [begin, begin + size) with huge pages
// when they are first touched (Linux's MADV_HUGEPAGE; elsewhere, or where the kernel does
// not offer them, it does nothing). For buffers of many megabytes that are about to be
// filled: one fault a huge page instead of one per 4 KiB, which on a virtual machine can
// cost more than filling the page. Only a hint: nothing changes if it is refused.
void adviseHugePages(void* begin, std::size_t size);

constexpr std::size_t kHugePageSize = std::size_t(2) << 20;

// Gives the whole `unit`-aligned pages inside [begin, begin + size) back to the kernel (Linux's
// MADV_DONTNEED; elsewhere it does nothing): for bytes of a buffer that were read and kept in
// another form, while the buffer itself still fills. Those pages read as zeros afterwards, so
// nothing may read that part of the buffer again before it is written anew. Returns how far
// from `begin` the pages given back end (0: none). `unit` is a power of two, at least the
// page size.
std::size_t releasePages(void* begin, std::size_t size, std::size_t unit);

// A list below this size holds no whole huge page, or too few to matter.
constexpr std::size_t kHugePagesWorthAsking = std::size_t(4) << 20;

// Makes room for `count` items in the empty `list` (a QVector), backed by huge pages when it is
// large: for a list that is filled at once right after, such as a row for each of 100,000
// projects.
template <typename List> void reserveOnHugePages(List* list, decltype(list->size()) count)
{
    list->reserve(count);
    const std::size_t bytes = std::size_t(list->capacity()) * sizeof(typename List::value_type);
    if (bytes >= kHugePagesWorthAsking)
        adviseHugePages(list->data(), bytes);
}

} // namespace fjord
