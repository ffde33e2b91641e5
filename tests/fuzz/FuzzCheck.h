#pragma once

// Shared by the fuzz targets: a check that stops the run with a message (libFuzzer then
// saves the input as a crash), and the input as Qt bytes without a copy.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed at %s:%d: %s\n", __FILE__, __LINE__, what);    \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace fjord::fuzz {

inline QByteArray bytes(const uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace fjord::fuzz
