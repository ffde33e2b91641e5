#pragma once

#include <cstddef>

namespace fjord {

// Asks the kernel to back the whole 2 MiB pages inside [begin, begin + size) with huge pages
// when they are first touched (Linux's MADV_HUGEPAGE; elsewhere, or where the kernel does
// not offer them, it does nothing). For buffers of many megabytes that are about to be
// filled: one fault a huge page instead of one per 4 KiB, which on a virtual machine can
// cost more than filling the page. Only a hint: nothing changes if it is refused.
void adviseHugePages(void* begin, std::size_t size);

} // namespace fjord
