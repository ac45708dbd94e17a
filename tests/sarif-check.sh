#!/bin/sh
# sarif-check.sh FILE...
#
# Runs `skillframe-tool validate --format=sarif FILE...` ($SKILLFRAME_TOOL) and validates its
# output against the official SARIF 2.1.0 JSON Schema (sarif-2.1.0-rtm.5.json, a draft-04
# schema, as shipped in the npm package @microsoft/jest-sarif) with Debian's python3-jsonschema.
# Prints TAP. The schema package is installed on first use with npm into
# ${SKILLFRAME_NPM_CACHE:-$HOME/.cache/skillframe-npm}, under flock(1). It never skips: a
# missing tool is a failure.

set -u

SCHEMA_PACKAGE='@microsoft/jest-sarif@1.0.0-beta.0'
me=${0##*/}

die() {
    echo "Bail out! $me: $*"
    echo "$me: $*" >&2
    exit 1
}

[ $# -ge 1 ] || { echo "usage: $me FILE..." >&2; exit 2; }
[ -n "${SKILLFRAME_TOOL:-}" ] || die "SKILLFRAME_TOOL is not set"
python=/usr/bin/python3
"$python" -c 'import jsonschema' 2>/dev/null || die "python3-jsonschema is not installed"
command -v flock >/dev/null 2>&1 || die "flock not found (util-linux)"

cache=${SKILLFRAME_NPM_CACHE:-${HOME:?HOME is not set}/.cache/skillframe-npm}
schema=$cache/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json
mkdir -p "$cache" || die "cannot create $cache"
(
    flock -x 9 || exit 1
    [ -f "$schema" ] && exit 0
    command -v npm >/dev/null 2>&1 || { echo "$me: npm is needed to install $SCHEMA_PACKAGE" >&2; exit 1; }
    echo "# installing $SCHEMA_PACKAGE into $cache" >&2
    npm install --no-audit --no-fund --loglevel=error --no-save --prefix "$cache" "$SCHEMA_PACKAGE" >&2
) 9>"$cache/.sarif.lock" || die "could not install $SCHEMA_PACKAGE"
[ -f "$schema" ] || die "$schema missing after install"

out=$(mktemp) || die "mktemp failed"
trap 'rm -f "$out"' EXIT
"$SKILLFRAME_TOOL" validate --format=sarif --suggest "$@" >"$out" 2>/dev/null
status=$?
echo "1..3"
case $status in
    0|1) echo "ok 1 - validate --format=sarif exited $status" ;;
    *) echo "not ok 1 - validate --format=sarif exited $status" ;;
esac

"$python" - "$schema" "$out" <<'PY'
import json, sys
import jsonschema

schema = json.load(open(sys.argv[1]))
log = json.load(open(sys.argv[2]))
errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=lambda e: list(e.path))
for e in errors[:20]:
    print("#", "/".join(str(p) for p in e.path), e.message, file=sys.stderr)
print(("ok" if not errors else "not ok") + " 2 - SARIF output is valid against SARIF 2.1.0")

# The rules of every result are in the driver's catalogue, where ruleIndex says.
run = log["runs"][0]
rules = run["tool"]["driver"]["rules"]
bad = [r for r in run["results"] if rules[r["ruleIndex"]]["id"] != r["ruleId"]]
print(("ok" if run["results"] and not bad else "not ok") + " 3 - %d results, each with its rule" % len(run["results"]))
sys.exit(1 if errors or bad or not run["results"] else 0)
PY
