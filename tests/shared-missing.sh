#!/bin/sh
# shared-missing.sh TEST-ONET-REFERENCE TEST-SEED PYTHON SEED-FIDELITY.PY PAGE SEED.json
#
# Runs the tests that read the project's shared folder (../shared beside the
# repository, which is not part of it) with SKILLFRAME_SHARED_DIR pointing at
# a folder that does not exist, and checks that each skips the tests that
# need it, naming the missing file, and passes the others. Prints TAP.

set -u

[ $# -eq 6 ] || { echo "usage: ${0##*/} TEST-ONET-REFERENCE TEST-SEED PYTHON SEED-FIDELITY.PY PAGE SEED" >&2; exit 2; }
onet_reference=$1 seed_test=$2 python=$3 fidelity=$4 page=$5 seed=$6

missing=$(mktemp -d)/no-such-shared-folder
out=$(mktemp)
trap 'rm -f "$out"; rmdir "${missing%/*}"' EXIT
export SKILLFRAME_SHARED_DIR="$missing"

echo "1..3"
n=0

# check NAME COMMAND...: the command exits 0, its TAP output has no failure,
# and each test it skips names a file of the missing folder.
check () {
    name=$1; shift
    n=$((n + 1))
    "$@" >"$out" 2>&1
    status=$?
    skips=$(grep -c "# SKIP.*$missing/.* is missing" "$out")
    if [ $status -eq 0 ] && ! grep -q '^not ok' "$out" && [ "$skips" -ge "$expected" ]; then
        echo "ok $n - $name: $skips skipped, naming the missing file"
    else
        echo "not ok $n - $name: exit $status, $skips of $expected expected skips"
        sed 's/^/# /' "$out"
    fi
}

expected=2 check test-onet-reference "$onet_reference" --tap
expected=1 check test-seed "$seed_test" --tap
expected=1 check seed-fidelity "$python" "$fidelity" "$page" "$seed"
