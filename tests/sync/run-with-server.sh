#!/usr/bin/env bash
# run-with-server.sh apache|lighttpd COMMAND [ARG…]
#
# Starts a private WebDAV server (webdav-fixture.sh) in a temporary folder, runs COMMAND in a
# private Secret Service session (keyring-session.sh) with the server's address in the
# environment, and stops the server afterwards, whatever happened:
#   SF_TEST_SERVER        apache or lighttpd
#   SF_TEST_URL           the collection's URL
#   SF_TEST_CA            the throwaway CA that signed Apache's certificate
#   SF_TEST_SERVER_DIR    the server's folder, for webdav-fixture.sh kill|restart
#   SF_TEST_FIXTURE       webdav-fixture.sh
#   SF_TEST_PASSWORD_FILE the test user's password (user "tester")
#
# Copyright 2026 The Skillframe authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
kind=$1; shift
dir=$(mktemp -d "${TMPDIR:-/tmp}/skillframe-$kind.XXXXXX")
cleanup() {
    "$here/webdav-fixture.sh" stop "$dir" >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
url=$("$here/webdav-fixture.sh" start "$kind" "$dir")

status=0
SF_TEST_SERVER=$kind SF_TEST_URL=$url SF_TEST_CA=$dir/ca.pem SF_TEST_SERVER_DIR=$dir \
    SF_TEST_FIXTURE=$here/webdav-fixture.sh SF_TEST_PASSWORD_FILE=$dir/password \
    "$here/keyring-session.sh" "$@" || status=$?
exit $status
