#!/usr/bin/env bash
# Builds the .deb with CPack and runs Debian's lintian on it: no errors and no warnings.
# usage: check-lintian.sh <build-dir> <scratch-dir> <lintian>
set -euo pipefail
build_dir=$1 scratch=$2 lintian=$3
rm -rf "$scratch"
mkdir -p "$scratch/out"
cpack --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; exit 1; }
debs=("$scratch"/out/fjord_*.deb)
[[ -f ${debs[0]} ]] || { echo "FAIL: no fjord_*.deb produced"; exit 1; }
# Every tag is shown (information ones too); only errors and warnings fail the test.
status=0
"$lintian" --tag-display-limit 0 --display-info --fail-on error,warning "${debs[0]}" \
    >"$scratch/lintian.txt" 2>"$scratch/lintian.err" || status=$?
cat "$scratch/lintian.txt"
grep -v 'running with root privileges' "$scratch/lintian.err" >&2 || true
errors=$(grep -c '^E: ' "$scratch/lintian.txt" || true)
warnings=$(grep -c '^W: ' "$scratch/lintian.txt" || true)
echo "lintian: $errors error(s), $warnings warning(s)"
if [[ $status -ne 0 || $errors -ne 0 || $warnings -ne 0 ]]; then
    echo "FAIL: lintian exited $status"
    exit 1
fi
echo "lintian OK"
