// Runs a fuzz target's LLVMFuzzerTestOneInput over files, as a plain program: this is how
// the committed corpus and every crash the fuzzers found (tests/fuzz/regressions) run in the
// normal test suite, with any compiler. Arguments are files or directories (not recursive).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));

namespace {

bool runFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path.c_str());
        return false;
    }
    const std::vector<char> content((std::istreambuf_iterator<char>(in)),
                                    std::istreambuf_iterator<char>());
    // An exact-size heap copy, so that AddressSanitizer sees a read past the end.
    std::vector<uint8_t> data(content.begin(), content.end());
    std::fprintf(stderr, "running %s (%zu bytes)\n", path.c_str(), data.size());
    LLVMFuzzerTestOneInput(data.empty() ? nullptr : data.data(), data.size());
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        std::error_code error;
        if (std::filesystem::is_directory(path, error)) {
            std::vector<std::filesystem::path> files;
            for (const auto& entry : std::filesystem::directory_iterator(path)) {
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            }
            std::sort(files.begin(), files.end());
            for (const auto& file : files)
                inputs += runFile(file) ? 1 : 0;
        } else if (std::filesystem::exists(path, error)) {
            if (!runFile(path))
                return 1;
            ++inputs;
        }
    }
    std::printf("%d inputs ran without a finding\n", inputs);
    // An empty corpus would make this test pass without checking anything.
    return inputs > 0 ? 0 : 1;
}
