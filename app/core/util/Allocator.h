#pragma once

#include <cstddef>
#include <cstdlib> // defines __GLIBC__ where that is the C library

// Whether malloc() is glibc's: not under a sanitizer, which brings an allocator of its own.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||                         \
    __has_feature(memory_sanitizer)
#define FJORD_OWN_SANITIZER_ALLOCATOR 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define FJORD_OWN_SANITIZER_ALLOCATOR 1
#endif
#if defined(__GLIBC__) && !defined(FJORD_OWN_SANITIZER_ALLOCATOR)
#define FJORD_GLIBC_MALLOC 1
#endif

namespace fjord {

// Blocks of this size or more get a mapping of their own, given back to the system as soon
// as they are freed (see tuneAllocatorForLargeAnswers()).
constexpr std::size_t kOwnMappingFrom = std::size_t(32) << 20;

// How much of its address space each thread heap that tuneAllocatorForLargeAnswers() prepares
// has writable from the start.
constexpr std::size_t kPreparedArenaBytes = std::size_t(16) << 20;

// Sets the C library's allocator for what fjord does at startup and on every refresh: reading
// an answer of many megabytes through buffers of up to a megabyte that are freed as soon as
// they are read (Qt's socket reading, the JSON reader's). By default glibc gives such blocks
// fresh pages from the system each time and hands them back on free, so every 4 KiB of them
// costs a page fault again; kept in the heap, they are used over and over. It also readies
// the heaps of the threads to come (see Allocator.cpp). Call first in main(), before any
// thread starts. Elsewhere than glibc it does nothing.
void tuneAllocatorForLargeAnswers();

// Hands the free memory inside the C library's heaps back to the system (glibc's malloc_trim):
// after a burst such as reading a large answer, whose buffers and scratch space the heaps keep
// otherwise, as pages the process holds but does not use. It takes milliseconds with large
// heaps (about 17 after 100,000 projects), holding each heap's lock in turn: call it from a
// thread other than the GUI's. Elsewhere than glibc it does nothing.
void giveBackFreeMemory();

} // namespace fjord
