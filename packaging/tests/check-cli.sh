#!/usr/bin/env bash
# fjord and fjord-sandbox answer --help and --version without any display (the manual pages
# are made from that output at build time), and fjord reports a mistyped option there too.
# usage: check-cli.sh <fjord> <fjord-sandbox> <version>
set -uo pipefail
fjord=$1 sandbox=$2 version=$3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
headless=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 LANG=C.UTF-8
    LANGUAGE= XDG_RUNTIME_DIR="$scratch" HOME="$scratch")

run() { # run <name> <expected exit code> <command...>: output in $scratch/<name>.{out,err}
    local name=$1 expected=$2
    shift 2
    timeout 20 "${headless[@]}" "$@" >"$scratch/$name.out" 2>"$scratch/$name.err"
    local code=$?
    [[ $code -eq $expected ]] || fail "$name exited $code, not $expected: $(cat "$scratch/$name.err")"
}

run help 0 "$fjord" --help
grep -q -- '--api-url <url>' "$scratch/help.out" || fail "fjord --help lacks --api-url"
grep -q -- '--sandbox' "$scratch/help.out" || fail "fjord --help lacks --sandbox"
run version 0 "$fjord" --version
[[ $(cat "$scratch/version.out") == "Fjord $version" ]] || fail "fjord --version: $(cat "$scratch/version.out")"
run short-version 0 "$fjord" -v
[[ $(cat "$scratch/short-version.out") == "Fjord $version" ]] || fail "fjord -v: $(cat "$scratch/short-version.out")"
run bogus 2 "$fjord" --no-such-option
grep -q 'no-such-option' "$scratch/bogus.err" || fail "fjord --no-such-option does not name the option"
grep -q "fjord --help" "$scratch/bogus.err" || fail "fjord --no-such-option does not point at --help"
# In the user's language where Fjord has one.
run finnish 0 env LC_ALL=fi_FI.UTF-8 "$fjord" --help
grep -q 'Näytä tämä ohje ja lopeta' "$scratch/finnish.out" || fail "fjord --help is not in Finnish under fi_FI"

run sandbox-help 0 "$sandbox" --help
grep -q -- '--port <port>' "$scratch/sandbox-help.out" || fail "fjord-sandbox --help lacks --port"
run sandbox-version 0 "$sandbox" --version
grep -q "$version" "$scratch/sandbox-version.out" || fail "fjord-sandbox --version: $(cat "$scratch/sandbox-version.out")"

for name in help version bogus sandbox-help; do
    if grep -q 'platform plugin\|could not connect to display' "$scratch/$name.err"; then
        fail "$name tried to open a display"
    fi
done
if [[ $failures -ne 0 ]]; then
    echo "$failures command line check(s) failed"
    exit 1
fi
echo "command line OK"
