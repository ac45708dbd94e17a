#!/usr/bin/env bash
# tests/xvfb-wrapper.sh COMMAND [ARG...]
#
# Runs COMMAND against a private Xvfb display, started for it and stopped
# after it. Several run in parallel without colliding: Xvfb picks a free
# display number and says which on a file descriptor (-displayfd). With
# SKILLFRAME_A11Y_BUS=1 the command also runs in its own D-Bus session with
# the accessibility bus, for tests that drive the app as a screen reader does.

set -euo pipefail

command -v Xvfb >/dev/null 2>&1 || { echo "xvfb-wrapper: Xvfb not found (package xvfb)" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/skillframe-xvfb.XXXXXX")
cleanup() {
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp -nolisten unix 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do
    [ -s "$tmp/display" ] && break
    sleep 0.05
done
if [ ! -s "$tmp/display" ]; then
    # Some Xvfb builds refuse -nolisten unix with -displayfd: try once more with the socket.
    kill "$xvfb_pid" 2>/dev/null || true
    Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 100); do
        [ -s "$tmp/display" ] && break
        sleep 0.05
    done
fi
[ -s "$tmp/display" ] || { echo "xvfb-wrapper: Xvfb did not start:" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }

export DISPLAY=":$(head -n 1 "$tmp/display")"
export GDK_BACKEND=x11 GSK_RENDERER=cairo GDK_DEBUG=gl-disable
unset WAYLAND_DISPLAY

status=0
"$@" || status=$?
exit $status
