#!/usr/bin/env bash
# keyring-session.sh COMMAND [ARG…]: run COMMAND with a real Secret Service of its own
#
# A private D-Bus session (dbus-run-session) with gnome-keyring-daemon's secrets component,
# its login keyring unlocked with a throwaway password, and a throwaway HOME and XDG folders,
# so that libsecret stores and finds passwords as on a desktop and nothing reaches the user's
# keyring. The daemon goes when the session bus does.
#
# Copyright 2026 The Skillframe authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

if [ -z "${SF_KEYRING_INNER:-}" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/skillframe-keyring.XXXXXX")
    trap 'rm -rf "$home"' EXIT
    chmod 0711 "$home"
    mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/run"
    chmod 0700 "$home/run"
    status=0
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
        XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home/run SF_KEYRING_INNER=1 \
        dbus-run-session -- "$0" "$@" || status=$?
    exit $status
fi

# Inside the session: the daemon forks into the background and prints its environment.
eval "$(printf 'skillframe-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null | sed 's/^/export /')"
exec "$@"
