#!/bin/sh
# run-fuzz.sh: runs a libFuzzer target for a bounded time over a copy of a corpus
#
# Copyright 2026 The Skillframe authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: run-fuzz.sh FUZZER CORPUS-DIR DICT [EXTRA-SEED-DIR...]
#
# The corpus is copied to a temporary folder, so that the inputs libFuzzer
# adds do not land in the source tree. SKILLFRAME_FUZZ_SECONDS sets the time
# (60 by default). Exits non-zero on any crash, leak, timeout or
# out-of-memory; the input that caused it is kept in
# $SKILLFRAME_BUILD_DIR/fuzz-artifacts/ (or the temporary folder's
# artifacts/, which is then not removed).

set -eu

if [ $# -lt 3 ]; then
  echo "usage: $0 FUZZER CORPUS-DIR DICT [EXTRA-SEED-DIR...]" >&2
  exit 2
fi

fuzzer=$1
corpus=$2
dict=$3
shift 3

seconds=${SKILLFRAME_FUZZ_SECONDS:-60}
case $seconds in
  ''|*[!0-9]*)
    echo "SKILLFRAME_FUZZ_SECONDS must be a whole number of seconds, not '$seconds'" >&2
    exit 2
    ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/skillframe-fuzz.XXXXXX")
keep_work=false
cleanup () {
  if [ "$keep_work" = false ]; then
    rm -rf "$work"
  fi
}
trap cleanup EXIT

mkdir "$work/corpus"
cp "$corpus"/* "$work/corpus/"
for extra in "$@"; do
  if [ -d "$extra" ]; then
    for f in "$extra"/*; do
      if [ -f "$f" ]; then
        cp "$f" "$work/corpus/"
      fi
    done
  fi
done

if [ -n "${SKILLFRAME_BUILD_DIR:-}" ]; then
  artifacts=$SKILLFRAME_BUILD_DIR/fuzz-artifacts
else
  artifacts=$work/artifacts
fi
mkdir -p "$artifacts"

# UndefinedBehaviorSanitizer only reports by default: make it a crash.
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}:halt_on_error=1
export UBSAN_OPTIONS

echo "fuzzing for ${seconds}s over $(ls "$work/corpus" | wc -l) seed inputs"
status=0
"$fuzzer" \
  -max_total_time="$seconds" \
  -dict="$dict" \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -print_final_stats=1 \
  -artifact_prefix="$artifacts/" \
  "$work/corpus" || status=$?

if [ $status -ne 0 ]; then
  echo "the fuzzer failed (exit status $status); crashing inputs are in $artifacts/:" >&2
  ls -l "$artifacts" >&2 || true
  if [ "$artifacts" = "$work/artifacts" ]; then
    keep_work=true
  fi
  exit 1
fi
