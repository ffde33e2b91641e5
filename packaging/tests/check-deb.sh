#!/usr/bin/env bash
# Builds the .deb with CPack, checks its metadata and contents, unpacks it into a scratch
# root with dpkg -x and runs the packaged fjord --version (system Qt, offscreen platform).
# usage: check-deb.sh <build-dir> <scratch-dir> <version>
set -euo pipefail
build_dir=$1 scratch=$2 version=$3
rm -rf "$scratch"
mkdir -p "$scratch/out"
cpack --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; exit 1; }
debs=("$scratch"/out/fjord_*.deb)
[[ -f ${debs[0]} ]] || { echo "FAIL: no fjord_*.deb produced"; ls -l "$scratch/out"; exit 1; }
deb=${debs[0]}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends
[[ $(dpkg-deb -f "$deb" Package) == fjord ]] || fail "package name is not fjord"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6 libc6 iso-codes; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib"
done

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/fjord ./usr/share/applications/io.github.fjord_desktop.Fjord.desktop \
    ./usr/share/metainfo/io.github.fjord_desktop.Fjord.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.github.fjord_desktop.Fjord.svg \
    ./usr/share/doc/fjord/copyright ./usr/share/doc/fjord/changelog.gz \
    ./usr/share/man/man1/fjord.1.gz ./usr/share/man/man1/fjord-sandbox.1.gz; do
    grep -q " $path\$" <<<"$contents" || fail "package lacks $path"
done

dpkg -x "$deb" "$scratch/root"
export XDG_RUNTIME_DIR=$scratch/run
mkdir -m 0700 "$XDG_RUNTIME_DIR"
output=$(QT_QPA_PLATFORM=offscreen timeout 15 "$scratch/root/usr/bin/fjord" --version 2>"$scratch/stderr") \
    || fail "packaged fjord --version exited non-zero: $output $(cat "$scratch/stderr")"
echo "fjord --version: $output"
[[ $output == *"$version"* ]] || fail "--version does not print $version"

if [[ $failures -ne 0 ]]; then
    echo "$failures package check(s) failed"
    exit 1
fi
echo "package OK"
