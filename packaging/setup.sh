#!/usr/bin/env bash
# Fjord's two-command set-up (see README.md, "Quick start"):
#
#   bash packaging/setup.sh run    install missing packages, configure, build, start Fjord
#   bash packaging/setup.sh test   install missing packages, configure, build, run every test
#
# Arguments after `run` go to fjord itself, e.g. `bash packaging/setup.sh run --api-url URL`.
# Environment: FJORD_BUILD_DIR (default: build), FJORD_SKIP_PACKAGES=1 (do not check packages),
# FJORD_TEST_TIMEOUT (seconds for the whole test suite, default 900).
set -euo pipefail

usage() {
    echo "usage: bash packaging/setup.sh run [fjord arguments...] | test" >&2
    exit 2
}

[[ $# -ge 1 ]] || usage
command_name=$1
shift
case "$command_name" in
    run | test) ;;
    -h | --help) usage ;;
    *) usage ;;
esac

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${FJORD_BUILD_DIR:-$source_dir/build}
jobs=$(nproc 2>/dev/null || echo 2)

# What builds, tests, packages and screenshots Fjord on Debian 12 / Ubuntu.
# Keep in step with the shared toolchain notes; qt6-websockets-dev is needed because
# Debian's Qt6HttpServer CMake config wants Qt6WebSockets without declaring it, and
# xauth because xvfb-run needs it while xvfb only recommends it. python3-jsonschema checks the
# request bodies the dialogs send against Aiven's OpenAPI document (tst_openapioracle).
# iso-codes gives the map and the location list their country names in the user's language.
packages=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qtkeychain-qt6-dev libfontconfig-dev
    xvfb xauth imagemagick x11-apps dbus-x11 dbus at-spi2-core gnome-keyring
    python3-pyatspi xdotool
    fonts-dejavu-core ca-certificates
    desktop-file-utils appstream dpkg-dev file
    python3 python3-jsonschema
    iso-codes
)
optional_packages=(ccache)

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

configure_and_build() {
    local args=(-S "$source_dir" -B "$build_dir" -G Ninja)
    if [[ -f $build_dir/CMakeCache.txt ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build_dir/CMakeCache.txt"; then
        echo "$build_dir was configured with another generator; remove it or set FJORD_BUILD_DIR." >&2
        exit 1
    fi
    if command -v ccache >/dev/null 2>&1; then
        args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    say "Configuring in $build_dir"
    cmake "${args[@]}" </dev/null
    say "Building with $jobs jobs"
    cmake --build "$build_dir" --parallel "$jobs" </dev/null
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

run_tests() {
    local suite_timeout=${FJORD_TEST_TIMEOUT:-900}
    local ctest_cmd=(ctest --test-dir "$build_dir" --output-on-failure --timeout 300 -j2)
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

install_packages
configure_and_build
case "$command_name" in
    run) run_app "$@" ;;
    test) run_tests ;;
esac
