#!/bin/sh
# export-check.sh FORMAT SCHEMA SPEC FILE...
#
# Exports every FILE with `$SKILLFRAME_TOOL export --format=FORMAT --force` and validates each
# export against SCHEMA (JSON Schema draft SPEC: draft2019 or draft2020) with schema-check.sh
# (ajv-cli with ajv-formats). A FILE named *.case-package.json or package-*.json is a CASE
# package: it is imported first (import-case), so that what an import kept is checked too.
# Prints schema-check.sh's TAP. A SCHEMA outside the repository (the official CASE schema in
# the project's shared folder) that is missing makes the test skip, naming it.

set -u

me=${0##*/}
[ $# -ge 4 ] || { echo "usage: $me FORMAT SCHEMA SPEC FILE..." >&2; exit 2; }
format=$1 schema=$2 spec=$3
shift 3
[ -n "${SKILLFRAME_TOOL:-}" ] || { echo "Bail out! $me: SKILLFRAME_TOOL is not set"; exit 1; }
if [ ! -f "$schema" ]; then
    echo "1..0 # SKIP $schema is missing"
    exit 0
fi

dir=$(mktemp -d) || { echo "Bail out! $me: mktemp failed"; exit 1; }
trap 'rm -rf "$dir"' EXIT
outputs=
i=0
for file in "$@"; do
    i=$((i + 1))
    name=${file##*/}
    input=$file
    case $name in
        package-*.json|*.case-package.json)
            input=$dir/imported-$i.json
            "$SKILLFRAME_TOOL" import-case "$file" -o "$input" ||
                { echo "Bail out! $me: import-case $file failed"; exit 1; } ;;
    esac
    output=$dir/$i-${name%.json}.$format.json
    "$SKILLFRAME_TOOL" export --format="$format" --force "$input" -o "$output" 2>/dev/null ||
        { echo "Bail out! $me: export --format=$format $file failed"; exit 1; }
    outputs="$outputs $output"
done

# shellcheck disable=SC2086
"${0%/*}/schema-check.sh" --spec="$spec" "$schema" $outputs
