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

# A display number can be taken between Xvfb's choice and its start when several run at once:
# then it exits, and another try picks another number.
for attempt in 1 2 3 4 5; do
    : >"$tmp/display"
    Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 200); do
        [ -s "$tmp/display" ] && break
        kill -0 "$xvfb_pid" 2>/dev/null || break
        sleep 0.05
    done
    [ -s "$tmp/display" ] && break
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=
done
[ -s "$tmp/display" ] || { echo "xvfb-wrapper: Xvfb did not start:" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }

export DISPLAY=":$(head -n 1 "$tmp/display")"
# Clients can connect once xdpyinfo can (x11-utils); seen failing right after -displayfd.
if command -v xdpyinfo >/dev/null 2>&1; then
    for _ in $(seq 1 100); do
        xdpyinfo >/dev/null 2>&1 && break
        sleep 0.05
    done
    xdpyinfo >/dev/null 2>&1 || { echo "xvfb-wrapper: cannot connect to $DISPLAY:" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }
fi
export GDK_BACKEND=x11 GSK_RENDERER=cairo GDK_DEBUG=gl-disable
unset WAYLAND_DISPLAY

status=0
"$@" || status=$?
exit $status
