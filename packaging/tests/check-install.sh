#!/usr/bin/env bash
# Installs the build tree into a scratch DESTDIR and checks the layout a desktop expects,
# then validates the .desktop file and the AppStream metainfo as installed.
# It also checks that the installed fjord takes its translations from share/fjord/translations.
# usage: check-install.sh <build-dir> <scratch-dir> <app-id> <lrelease>
set -euo pipefail
build_dir=$1 scratch=$2 app_id=$3 lrelease=$4
rm -rf "$scratch"
mkdir -p "$scratch"
DESTDIR="$scratch/root" cmake --install "$build_dir" --prefix /usr >"$scratch/install.log"
root=$scratch/root/usr
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_file() { [[ -f $root/$1 ]] || fail "missing $1"; }

expect_file bin/fjord
[[ -x $root/bin/fjord ]] || fail "bin/fjord is not executable"
expect_file "share/applications/$app_id.desktop"
expect_file "share/metainfo/$app_id.metainfo.xml"
expect_file "share/icons/hicolor/scalable/apps/$app_id.svg"
expect_file share/doc/fjord/LICENSE
expect_file share/doc/fjord/copyright
grep -q 'GNU GENERAL PUBLIC LICENSE' "$root/share/doc/fjord/LICENSE" || fail "LICENSE is not the GPL text"
for size in 16 22 24 32 48 64 128 256 512; do
    png=share/icons/hicolor/${size}x${size}/apps/$app_id.png
    expect_file "$png"
    if [[ -f $root/$png ]]; then
        file "$root/$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}px PNG"
    fi
done
ls "$root"/share/fjord/translations/fjord_*.qm >/dev/null 2>&1 || fail "no compiled translations installed"
expect_file share/doc/fjord/changelog.gz
expect_file share/man/man1/fjord.1.gz
expect_file share/man/man1/fjord-sandbox.1.gz
if [[ -f $root/share/man/man1/fjord.1.gz ]]; then
    zcat "$root/share/man/man1/fjord.1.gz" | grep -q -- 'api\\-url' || fail "fjord.1 does not describe --api-url"
fi

# The installed catalogue is the one used: replace it with one that says something else.
cat >"$scratch/fjord_fi.ts" <<'TS'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Show the version and exit.</source>
        <translation>Asennetusta käännöksestä</translation>
    </message>
</context>
</TS>
TS
"$lrelease" -silent "$scratch/fjord_fi.ts" -qm "$root/share/fjord/translations/fjord_fi.qm"
help=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u LANGUAGE LC_ALL=fi_FI.UTF-8 \
    XDG_RUNTIME_DIR="$scratch" HOME="$scratch" timeout 20 "$root/bin/fjord" --help 2>&1) \
    || fail "installed fjord --help failed: $help"
grep -q 'Asennetusta käännöksestä' <<<"$help" || fail "installed fjord does not use share/fjord/translations"

# The desktop entry must point at what was installed.
desktop=$root/share/applications/$app_id.desktop
grep -qx "Exec=fjord" "$desktop" || fail "desktop Exec is not fjord"
grep -qx "Icon=$app_id" "$desktop" || fail "desktop Icon is not $app_id"

desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$root/share/metainfo/$app_id.metainfo.xml" \
    || fail "appstreamcli validate"

find "$scratch/root" -type f | sed "s|$scratch/root||" | sort
if [[ $failures -ne 0 ]]; then
    echo "$failures install check(s) failed"
    exit 1
fi
echo "install layout OK"
