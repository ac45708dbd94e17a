#!/usr/bin/env bash
# tests/a11y-session.sh COMMAND [ARG...]
#
# Runs COMMAND in a new D-Bus session with the accessibility bus up, so that applications it
# starts are on the AT-SPI bus and a test can drive them as a screen reader does. Run it under
# a display (tests/xvfb-wrapper.sh tests/a11y-session.sh …).

set -euo pipefail

# The session's daemons (the accessibility registry says it is running) write to the standard
# output they inherit: that goes to standard error, and the command's own output (TAP) keeps
# the original standard output, passed down as fd 3.
if [ -z "${SKILLFRAME_A11Y_SESSION:-}" ]; then
    export SKILLFRAME_A11Y_SESSION=1
    exec 3>&1
    exec dbus-run-session -- "$0" "$@" >&2
fi

launcher=/usr/libexec/at-spi-bus-launcher
[ -x "$launcher" ] || { echo "a11y-session: $launcher not found (package at-spi2-core)" >&2; exit 1; }
"$launcher" --launch-immediately >/dev/null 2>&1 &
launcher_pid=$!
trap 'kill "$launcher_pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
    if gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
            --method org.a11y.Bus.GetAddress >/dev/null 2>&1; then
        break
    fi
    sleep 0.05
done

unset GTK_A11Y NO_AT_BRIDGE
status=0
"$@" >&3 3>&- || status=$?
exit $status
