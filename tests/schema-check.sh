#!/bin/sh
# schema-check.sh [--expect-invalid] [--spec=draft2019|draft2020] SCHEMA FILE...
#
# Validates every FILE against the JSON Schema (draft 2020-12, or the draft --spec names: the
# official CASE 1.1 schema is a draft 2019-09 one) SCHEMA with ajv-cli v5 and
# ajv-formats, and prints TAP on stdout: "ok i - FILE" for a file that is valid, "not ok i - FILE"
# (with ajv's errors on stderr) for one that is not. With --expect-invalid the sense is reversed:
# a file is "ok" when it fails validation (ajv exit status 1), and "not ok" when it is valid or
# could not be read or parsed. Exits 0 when every test is ok, 1 otherwise, 2 on a usage error.
#
# ajv-cli and ajv-formats are installed on first use with npm into
# ${SKILLFRAME_NPM_CACHE:-$HOME/.cache/skillframe-npm}, under a flock(1) lock so that parallel
# runs do not race. Without node/npm (or flock) the script fails; it never skips.

set -u

AJV_CLI_SPEC='ajv-cli@5'
AJV_FORMATS_SPEC='ajv-formats@3'

me=${0##*/}

die() {
    # Bail out! is the TAP way of saying the whole run failed.
    echo "Bail out! $me: $*"
    echo "$me: $*" >&2
    exit 1
}

usage() {
    echo "usage: $me [--expect-invalid] [--spec=draft2019|draft2020] SCHEMA FILE..." >&2
    exit 2
}

expect_invalid=0
spec=draft2020
while [ $# -gt 0 ]; do
    case $1 in
        --expect-invalid) expect_invalid=1; shift ;;
        --spec=draft2019|--spec=draft2020) spec=${1#--spec=}; shift ;;
        -h|--help) usage ;;
        --) shift; break ;;
        -*) echo "$me: unknown option $1" >&2; usage ;;
        *) break ;;
    esac
done
[ $# -ge 2 ] || usage
schema=$1
shift

[ -f "$schema" ] || die "schema $schema not found"

command -v node >/dev/null 2>&1 ||
    die "node not found: Node.js and npm are needed to validate with ajv-cli (install nodejs and npm)"
command -v flock >/dev/null 2>&1 ||
    die "flock not found (util-linux): needed to install ajv-cli safely"

cache=${SKILLFRAME_NPM_CACHE:-${HOME:?HOME is not set; set SKILLFRAME_NPM_CACHE}/.cache/skillframe-npm}
ajv=$cache/node_modules/.bin/ajv
stamp=$cache/.installed
want="$AJV_CLI_SPEC $AJV_FORMATS_SPEC"

installed() {
    [ -x "$ajv" ] && [ -f "$cache/node_modules/ajv-formats/package.json" ] &&
        [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]
}

if ! installed && ! command -v npm >/dev/null 2>&1; then
    die "npm not found: npm is needed to install $want into $cache (install nodejs and npm)"
fi

mkdir -p "$cache" || die "cannot create $cache"

# Install under an exclusive lock; the stamp is written only after a successful install, so a
# run interrupted half-way is redone.
(
    flock -x 9 || exit 1
    installed && exit 0
    command -v npm >/dev/null 2>&1 || {
        echo "$me: npm not found: npm is needed to install ajv-cli and ajv-formats into $cache" >&2
        exit 1
    }
    echo "# installing $want into $cache" >&2
    npm install --no-audit --no-fund --loglevel=error --prefix "$cache" \
        "$AJV_CLI_SPEC" "$AJV_FORMATS_SPEC" >&2 || {
        echo "$me: npm install of $want into $cache failed" >&2
        exit 1
    }
    printf '%s\n' "$want" > "$stamp"
) 9>"$cache/.lock" || die "ajv-cli is not available (see the error above)"

[ -x "$ajv" ] || die "$ajv missing after install"

ajv_opts="--spec=$spec -c ajv-formats --strict=false"

# A schema that does not compile would make every file "invalid": check it first.
# shellcheck disable=SC2086
if ! err=$("$ajv" compile -s "$schema" $ajv_opts 2>&1 >/dev/null); then
    printf '%s\n' "$err" >&2
    die "schema $schema does not compile"
fi

echo "1..$#"
i=0
failed=0
for file in "$@"; do
    i=$((i + 1))
    # ajv prints "FILE valid" on stdout and "FILE invalid" + errors on stderr; keep stdout for TAP.
    # Exit status: 0 valid, 1 invalid, other: the file could not be read or parsed.
    # shellcheck disable=SC2086
    "$ajv" validate -s "$schema" -d "$file" $ajv_opts --errors=text >&2
    rc=$?
    if [ $expect_invalid = 1 ]; then
        case $rc in
            1) echo "ok $i - $file # fails validation as expected" ;;
            0) echo "not ok $i - $file # valid, but expected to fail validation"; failed=1 ;;
            *) echo "not ok $i - $file # could not be validated (ajv exit status $rc)"; failed=1 ;;
        esac
    else
        case $rc in
            0) echo "ok $i - $file" ;;
            1) echo "not ok $i - $file"; failed=1 ;;
            *) echo "not ok $i - $file # could not be validated (ajv exit status $rc)"; failed=1 ;;
        esac
    fi
done

exit $failed
