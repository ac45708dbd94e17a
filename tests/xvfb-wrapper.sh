#!/usr/bin/env bash
# tests/xvfb-wrapper.sh COMMAND [ARG...]
#
# Runs COMMAND against a private Xvfb display, started for it and stopped
# after it. Several run in parallel without colliding: each takes a display
# number no one holds, one at a time. With
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

# Xvfb's own choice (-displayfd) is not safe when several start at once: one can report a
# number another already serves, and the command then talks to a display that goes away with
# the other test. Display numbers are handed out here instead, one wrapper at a time (flock),
# and a display is ours once its socket exists while our Xvfb still runs. -noreset: an X server
# resets when its last client leaves (xdpyinfo below, the accessibility bus launcher), and a
# client that connects during the reset is refused.
exec 9>"${TMPDIR:-/tmp}/skillframe-xvfb.lock"
flock 9
display=
for n in $(seq 20 400); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp -noreset >"$tmp/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 200); do
        [ -S "/tmp/.X11-unix/X$n" ] && break
        kill -0 "$xvfb_pid" 2>/dev/null || break
        sleep 0.05
    done
    if [ -S "/tmp/.X11-unix/X$n" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
        display=$n
        break
    fi
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=
done
flock -u 9
exec 9>&-
[ -n "$display" ] || { echo "xvfb-wrapper: Xvfb did not start:" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }

export DISPLAY=":$display"
# Clients can connect once xdpyinfo can (x11-utils).
if command -v xdpyinfo >/dev/null 2>&1; then
    for _ in $(seq 1 100); do
        xdpyinfo >/dev/null 2>&1 && break
        sleep 0.05
    done
    xdpyinfo >/dev/null 2>&1 || { echo "xvfb-wrapper: cannot connect to $DISPLAY:" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }
fi
# The pointer starts in the middle of the screen, where the windows are centred: a widget with
# a tooltip that moves under it (a view scrolled or switched) starts GTK 4.8's tooltip timer,
# which fires after a test closed the window and fails on the surface that went with it
# (gdk_surface_get_device_position: GDK_IS_SURFACE). Tests do not use the pointer: put it in
# a corner that no window reaches.
command -v xdotool >/dev/null 2>&1 || { echo "xvfb-wrapper: xdotool not found (package xdotool)" >&2; exit 1; }
xdotool mousemove 0 0
export GDK_BACKEND=x11 GSK_RENDERER=cairo GDK_DEBUG=gl-disable
unset WAYLAND_DISPLAY

status=0
"$@" || status=$?
exit $status
