#include "util/Allocator.h"

#include <cstdlib> // defines __GLIBC__ where that is the C library

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace fjord {

void tuneAllocatorForLargeAnswers()
{
#if defined(__GLIBC__)
    // Blocks below 32 MiB come from the heap, not from mappings of their own (a fixed
    // threshold, where glibc's own moves with the blocks freed). Free space at the heap's
    // end goes back to the system only beyond 4 MiB: enough for the blocks in flight to be
    // used again, little enough that a large answer's memory is handed back once it is gone.
    // With 10,000 projects: about a tenth less time to the painted list, and a lower peak.
    mallopt(M_MMAP_THRESHOLD, int(kOwnMappingFrom));
    mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024);
#endif
}

} // namespace fjord
