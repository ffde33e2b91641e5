#!/usr/bin/env bash
# Runs atspi_audit.py against the shipped fjord on its own virtual X screen and D-Bus session:
# fjord-sandbox serves the data on loopback, fjord shows it with accessibility on, the audit
# reads the AT-SPI tree and presses keys with xdotool. The audit starts fjord itself.
#   run-atspi-audit.sh FJORD FJORD_SANDBOX AUDIT_SCRIPT
set -euo pipefail
fjord=$1 sandbox=$2 audit=$3

if [[ ${1:-} != --inner ]]; then
    for tool in xvfb-run dbus-run-session xdotool /usr/bin/python3; do
        command -v "$tool" >/dev/null || { echo "missing $tool (packaging/setup.sh installs it)" >&2; exit 1; }
    done
    /usr/bin/python3 -c 'import pyatspi' || { echo "missing python3-pyatspi" >&2; exit 1; }
    exec timeout --kill-after=10 240 xvfb-run -a -s "-screen 0 1920x1080x24" \
        dbus-run-session -- "$0" --inner "$@"
fi
shift
fjord=$1 sandbox=$2 audit=$3

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

token=atspi-audit-token
"$sandbox" --port 0 --token "$token" >"$work/sandbox.out" 2>&1 &
pids+=($!)
port=
for _ in $(seq 300); do  # up to 30 s: a loaded machine starts it slowly
    port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$work/sandbox.out" | head -n1)
    [[ -n $port ]] && break
    sleep 0.1
done
[[ -n $port ]] || { echo "fjord-sandbox did not start:" >&2; cat "$work/sandbox.out" >&2; exit 1; }

export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
export XDG_CACHE_HOME=$work/home/cache XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
export AIVEN_AUTH_TOKEN=$token LANG=C.UTF-8 LANGUAGE=en
unset AIVEN_WEB_URL

# A keychain of its own, unlocked, for the token of the sign-in the audit does: without one,
# D-Bus starts gnome-keyring on demand, and its password prompt takes the keyboard. It ends
# with this D-Bus session.
if command -v gnome-keyring-daemon >/dev/null; then
    echo atspi-audit | gnome-keyring-daemon --unlock --components=secrets >"$work/keyring.out" 2>&1 ||
        { echo "gnome-keyring-daemon did not start:" >&2; cat "$work/keyring.out" >&2; exit 1; }
fi

status=0
/usr/bin/python3 "$audit" "http://127.0.0.1:$port/v1" "$token" "$work/fjord.out" \
    -- "$fjord" --api-url "http://127.0.0.1:$port" || status=$?
if [[ $status -ne 0 ]]; then
    echo "--- fjord's output:"; tail -n 20 "$work/fjord.out"
fi
exit $status
