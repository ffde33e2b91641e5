#!/usr/bin/env bash
# Fjord's two-command set-up (see README.md, "Quick start"):
#
#   bash packaging/setup.sh run    install missing packages, configure, build, start Fjord
#   bash packaging/setup.sh test   install missing packages, configure, build, run every test
#
# and the checks CI adds (README.md, "Sanitizers and fuzzing"):
#
#   bash packaging/setup.sh sanitize  build with -fsanitize=address,undefined (GCC) in
#                                     build-asan and run every test there; any report fails
#   bash packaging/setup.sh fuzz      build the libFuzzer targets (clang) in build-fuzz and run
#                                     each from its committed corpus for a bounded time
#   bash packaging/setup.sh ci        test, sanitize and fuzz in a row, each phase timed
#                                     (what .ci/run runs)
#
# Arguments after `run` go to fjord itself, e.g. `bash packaging/setup.sh run --api-url URL`.
# Environment: FJORD_BUILD_DIR (default: build), FJORD_SKIP_PACKAGES=1 (do not check packages),
# FJORD_TEST_TIMEOUT (seconds for the whole test suite, default 900; 2700 under sanitizers),
# FJORD_ASAN_BUILD_DIR (default: build-asan), FJORD_FUZZ_BUILD_DIR (default: build-fuzz),
# FJORD_FUZZ_SECONDS (per fuzz target, default 60), FJORD_FUZZ_TARGETS (default: all).
set -euo pipefail

usage() {
    echo "usage: bash packaging/setup.sh run [fjord arguments...] | test | sanitize | fuzz | ci" >&2
    exit 2
}

[[ $# -ge 1 ]] || usage
command_name=$1
shift
case "$command_name" in
    run | test | sanitize | fuzz | ci) ;;
    -h | --help) usage ;;
    *) usage ;;
esac

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${FJORD_BUILD_DIR:-$source_dir/build}
asan_build_dir=${FJORD_ASAN_BUILD_DIR:-$source_dir/build-asan}
fuzz_build_dir=${FJORD_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
jobs=$(nproc 2>/dev/null || echo 2)

# What builds, tests, packages and screenshots Fjord on Debian 12 / Ubuntu.
# Keep in step with the shared toolchain notes; qt6-websockets-dev is needed because
# Debian's Qt6HttpServer CMake config wants Qt6WebSockets without declaring it, and
# xauth because xvfb-run needs it while xvfb only recommends it. python3-jsonschema checks the
# request bodies the dialogs send against Aiven's OpenAPI document (tst_openapioracle).
# iso-codes gives the map and the location list their country names in the user's language.
# help2man writes the manual pages at build time; lintian checks the .deb (packaging_lintian).
# libsimdjson-dev reads the project list and liblz4-dev packs a large one's text (the .deb then
# depends on libsimdjson14 and liblz4-1 through dpkg-shlibdeps).
packages=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qtkeychain-qt6-dev libfontconfig-dev
    libsimdjson-dev liblz4-dev
    xvfb xauth imagemagick x11-apps dbus-x11 dbus at-spi2-core gnome-keyring
    python3-pyatspi xdotool
    fonts-dejavu-core ca-certificates
    desktop-file-utils appstream dpkg-dev file help2man lintian
    python3 python3-jsonschema
    iso-codes
)
optional_packages=(ccache)
# The fuzz targets need clang and its libFuzzer/sanitizer runtimes (Debian 12: clang 14,
# libclang-rt-14-dev through libclang-rt-dev). GCC's sanitizers come with build-essential.
if [[ $command_name == fuzz || $command_name == ci ]]; then
    packages+=(clang libclang-rt-dev)
fi

say() { printf '==> %s\n' "$*"; }

is_installed() {
    local status
    status=$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) || return 1
    [[ $status == installed ]]
}

install_packages() {
    if [[ ${FJORD_SKIP_PACKAGES:-0} == 1 ]]; then
        say "FJORD_SKIP_PACKAGES=1: not checking system packages"
        return
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "This is not a Debian or Ubuntu system (no dpkg-query/apt-get)." >&2
        echo "Install the equivalents of these packages with your package manager:" >&2
        printf '  %s\n' "${packages[@]}" "${optional_packages[@]}" >&2
        echo "then run: FJORD_SKIP_PACKAGES=1 bash packaging/setup.sh $command_name" >&2
        exit 1
    fi

    local missing=() optional_missing=() p
    for p in "${packages[@]}"; do
        is_installed "$p" || missing+=("$p")
    done
    for p in "${optional_packages[@]}"; do
        is_installed "$p" || optional_missing+=("$p")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        say "All required system packages are installed"
        return
    fi

    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "Missing packages, and no sudo to install them as $(id -un):" >&2
            printf '  %s\n' "${missing[@]}" >&2
            echo "As root run: apt-get install ${missing[*]}" >&2
            exit 1
        fi
        sudo=(sudo)
    fi

    say "Installing missing packages: ${missing[*]} ${optional_missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update </dev/null
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" </dev/null
    # ccache only speeds up rebuilds; its absence must not stop anyone.
    if [[ ${#optional_missing[@]} -gt 0 ]]; then
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${optional_missing[@]}" \
            </dev/null || say "Optional packages not installed (${optional_missing[*]}); continuing"
    fi
}

# configure_and_build [build dir [extra cmake arguments...]]
configure_and_build() {
    local dir=${1:-$build_dir}
    [[ $# -gt 0 ]] && shift
    local args=(-S "$source_dir" -B "$dir" -G Ninja "$@")
    if [[ -f $dir/CMakeCache.txt ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$dir/CMakeCache.txt"; then
        echo "$dir was configured with another generator; remove it or set its FJORD_*BUILD_DIR." >&2
        exit 1
    fi
    if command -v ccache >/dev/null 2>&1; then
        args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    say "Configuring in $dir"
    cmake "${args[@]}" </dev/null
    say "Building with $jobs jobs"
    cmake --build "$dir" --parallel "$jobs" ${build_target:+--target "$build_target"} </dev/null
}

run_app() {
    local app=$build_dir/app/fjord
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        echo "Fjord is built ($app), but there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
        echo "On a machine without a screen, try: xvfb-run -a $app" >&2
        exit 1
    fi
    say "Starting $app $*"
    exec "$app" "$@"
}

# run_tests [build dir [suite timeout]]
run_tests() {
    local dir=${1:-$build_dir}
    local suite_timeout=${2:-${FJORD_TEST_TIMEOUT:-900}}
    local ctest_cmd=(ctest --test-dir "$dir" --output-on-failure --timeout 300 -j2)
    # GUI tests use the offscreen platform; the virtual display is for what wants X (the
    # startup benchmark times fjord on it too). A desktop-like screen: xvfb-run's default is
    # 640x480 at 8 bits, where every paint goes through a colour conversion.
    local screen=(-s "-screen 0 1920x1080x24")
    if [[ -z ${DISPLAY:-} ]] && command -v xvfb-run >/dev/null 2>&1; then
        if timeout 30 xvfb-run -a "${screen[@]}" true </dev/null >/dev/null 2>&1; then
            ctest_cmd=(xvfb-run -a "${screen[@]}" "${ctest_cmd[@]}")
        else
            say "xvfb-run cannot start a virtual display here; running on the offscreen platform only"
        fi
    fi
    say "Running the test suite (at most ${suite_timeout}s)"
    timeout --kill-after=30 "$suite_timeout" "${ctest_cmd[@]}" </dev/null
}

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer (GCC). Every
# report stops the process that made it (halt_on_error), and every report, also one from a
# child process such as fjord or fjord-sandbox started by a test, is written to a log file:
# any such file fails the run, whatever the tests' own verdicts.
run_sanitized_tests() {
    local reports=$asan_build_dir/sanitizer-reports
    rm -rf "$reports"
    mkdir -p "$reports"
    local suppressions=$source_dir/tests/sanitizers/lsan.supp
    export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:log_path=$reports/asan"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
    export LSAN_OPTIONS="suppressions=$suppressions:print_suppressions=0"
    local status=0
    run_tests "$asan_build_dir" "${FJORD_TEST_TIMEOUT:-2700}" || status=$?
    local found
    found=$(find "$reports" -type f -size +0 | sort)
    if [[ -n $found ]]; then
        say "Sanitizer reports:"
        local file
        for file in $found; do
            printf '\n--- %s\n' "$file"
            head -c 20000 "$file"
        done
        status=1
    fi
    unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
    if [[ $status -ne 0 ]]; then
        echo "The sanitizer run failed (see the failing tests and reports above)." >&2
        return "$status"
    fi
    say "No sanitizer reports"
}

# Each libFuzzer target for FJORD_FUZZ_SECONDS, two at a time on two cores, from its
# committed corpus (tests/fuzz/corpus/<target>, never written to) plus a scratch corpus in
# the build directory. A crash, a failed check, a leak or a sanitizer report fails the run;
# the input that did it is kept as build-fuzz/findings/<target>/crash-* and belongs in
# tests/fuzz/regressions/<target>/, where the normal suite replays it (fuzz_replay_<target>).
run_fuzzers() {
    local seconds=${FJORD_FUZZ_SECONDS:-60}
    local targets=${FJORD_FUZZ_TARGETS:-}
    if [[ -z $targets ]]; then
        targets=$(sed -n 's/^set(fjord_fuzz_targets \(.*\))$/\1/p' "$source_dir/tests/fuzz/CMakeLists.txt")
    fi
    local -a pids=() names=()
    local target
    for target in $targets; do
        local exe=$fuzz_build_dir/tests/fuzz/fjord-fuzz-$target
        local work=$fuzz_build_dir/corpus/$target findings=$fuzz_build_dir/findings/$target
        mkdir -p "$work" "$findings"
        rm -f "$findings"/*
        local args=(-max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1
            -artifact_prefix="$findings/")
        [[ -f $source_dir/tests/fuzz/$target.dict ]] && args+=(-dict="$source_dir/tests/fuzz/$target.dict")
        say "Fuzzing $target for ${seconds}s"
        "$exe" "${args[@]}" "$work" "$source_dir/tests/fuzz/corpus/$target" \
            >"$fuzz_build_dir/fuzz-$target.log" 2>&1 </dev/null &
        pids+=($!)
        names+=("$target")
        if [[ ${#pids[@]} -ge $jobs ]]; then
            wait "${pids[0]}" || true
            pids=("${pids[@]:1}")
        fi
    done
    wait || true
    local failed=0
    printf '%-14s %12s %10s %8s  %s\n' target executions exec/s corpus result
    for target in "${names[@]}"; do
        local log=$fuzz_build_dir/fuzz-$target.log
        local runs speed units result=ok
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
        units=$(find "$fuzz_build_dir/corpus/$target" -type f | wc -l)
        if compgen -G "$fuzz_build_dir/findings/$target/*" >/dev/null || ! grep -q '^Done [0-9]* runs' "$log"; then
            result="FAILED (log: $log)"
            failed=1
        fi
        printf '%-14s %12s %10s %8s  %s\n' "$target" "${runs:-?}" "${speed:-?}" "$units" "$result"
    done
    if [[ $failed -ne 0 ]]; then
        for target in "${names[@]}"; do
            local log=$fuzz_build_dir/fuzz-$target.log
            if compgen -G "$fuzz_build_dir/findings/$target/*" >/dev/null || ! grep -q '^Done [0-9]* runs' "$log"; then
                printf '\n--- %s (last 60 lines)\n' "$log"
                tail -n 60 "$log"
                ls -l "$fuzz_build_dir/findings/$target/" 2>/dev/null || true
            fi
        done
        echo "A fuzz target failed. Add its input to tests/fuzz/regressions/<target>/ with the fix." >&2
        return 1
    fi
}

build_sanitized() {
    configure_and_build "$asan_build_dir" -DFJORD_SANITIZE=address,undefined
}

build_fuzzers() {
    local build_target=fjord-fuzzers
    configure_and_build "$fuzz_build_dir" -DCMAKE_CXX_COMPILER=clang++ -DFJORD_BUILD_FUZZERS=ON \
        -DFJORD_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
}

# ci: every phase, timed; the table at the end is what to quote about CI's duration.
run_ci() {
    local -a phase_names=() phase_seconds=()
    local start
    phase() {
        local name=$1
        shift
        start=$SECONDS
        say "CI phase: $name"
        "$@"
        phase_names+=("$name")
        phase_seconds+=($((SECONDS - start)))
        say "CI phase $name took $((SECONDS - start))s"
    }
    phase "build" configure_and_build
    phase "tests" run_tests
    phase "sanitizer build" build_sanitized
    phase "sanitizer tests" run_sanitized_tests
    phase "fuzzer build" build_fuzzers
    phase "fuzzing" run_fuzzers
    say "CI phases (seconds):"
    local i total=0
    for i in "${!phase_names[@]}"; do
        printf '  %-16s %6s\n' "${phase_names[$i]}" "${phase_seconds[$i]}"
        total=$((total + phase_seconds[i]))
    done
    printf '  %-16s %6s\n' total "$total"
}

install_packages
case "$command_name" in
    run)
        configure_and_build
        run_app "$@"
        ;;
    test)
        configure_and_build
        run_tests
        ;;
    sanitize)
        build_sanitized
        run_sanitized_tests
        ;;
    fuzz)
        build_fuzzers
        run_fuzzers
        ;;
    ci) run_ci ;;
esac
