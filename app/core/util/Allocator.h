#pragma once

#include <cstddef>

namespace fjord {

// Blocks of this size or more get a mapping of their own, given back to the system as soon
// as they are freed (see tuneAllocatorForLargeAnswers()).
constexpr std::size_t kOwnMappingFrom = std::size_t(32) << 20;

// Sets the C library's allocator for what fjord does at startup and on every refresh: reading
// an answer of many megabytes through buffers of up to a megabyte that are freed as soon as
// they are read (Qt's socket reading, the JSON reader's). By default glibc gives such blocks
// fresh pages from the system each time and hands them back on free, so every 4 KiB of them
// costs a page fault again; kept in the heap, they are used over and over. Call first in
// main(), before any thread starts. Elsewhere than glibc it does nothing.
void tuneAllocatorForLargeAnswers();

} // namespace fjord
