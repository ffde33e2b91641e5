#pragma once

#include <QtGlobal>

#include <algorithm>
#include <system_error>
#include <thread>
#include <vector>

namespace fjord {

// Into how many parts `count` items are cut so that threads work on them side by side: one
// per core, at most four, each of at least `minPerPart` items (fewer do not pay for a thread).
inline qsizetype partCount(qsizetype count, qsizetype minPerPart)
{
    const auto cores = qsizetype(std::clamp(std::thread::hardware_concurrency(), 1U, 4U));
    return std::clamp<qsizetype>(count / minPerPart, 1, cores);
}

// Runs work(part, begin, end) on each of `parts` near-equal parts of [0, count): part 0 on
// this thread, the others on threads of their own (or here, when no thread can be had).
// Returns when every part is done. `work` must not throw.
template <typename Work> void runInParts(qsizetype count, qsizetype parts, const Work& work)
{
    const auto begin = [count, parts](qsizetype part) { return count * part / parts; };
    std::vector<std::thread> helpers;
    for (qsizetype part = 1; part < parts; ++part) {
        const qsizetype from = begin(part);
        const qsizetype to = begin(part + 1);
        try {
            helpers.emplace_back([&work, part, from, to] { work(part, from, to); });
        } catch (const std::system_error&) {
            work(part, from, to);
        }
    }
    work(qsizetype(0), begin(0), begin(1));
    for (std::thread& helper : helpers)
        helper.join();
}

} // namespace fjord
