#!/bin/sh
# mime-check.sh MIME-XML RNG SEED
#
# Checks the MIME type of framework files: the XML against the
# shared-mime-info format (xmllint), then, installed into a private MIME
# database, that a file manager (GIO) tells a framework file by its name
# (*.skillframe.json) and by its content under any name, and still takes
# other JSON for plain JSON. Prints TAP.

set -u

[ $# -eq 3 ] || { echo "usage: ${0##*/} MIME-XML RNG SEED" >&2; exit 2; }
xml=$1 rng=$2 seed=$3
type=application/x-skillframe+json

tmp=$(mktemp -d "${TMPDIR:-/tmp}/skillframe-mime.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "1..6"
if out=$(xmllint --noout "$xml" 2>&1); then
  echo "ok 1 - ${xml##*/} is well-formed XML"
else
  echo "not ok 1 - ${xml##*/} is not well-formed XML"; printf '%s\n' "$out" | sed 's/^/# /'
fi
if out=$(xmllint --noout --relaxng "$rng" "$xml" 2>&1); then
  echo "ok 2 - ${xml##*/} follows the shared-mime-info format"
else
  echo "not ok 2 - ${xml##*/} does not follow the shared-mime-info format"; printf '%s\n' "$out" | sed 's/^/# /'
fi

mkdir -p "$tmp/share/mime/packages" "$tmp/files"
cp "$xml" "$tmp/share/mime/packages/skillframe.xml"
if ! out=$(update-mime-database "$tmp/share/mime" 2>&1); then
  echo "Bail out! update-mime-database refused ${xml##*/}: $out"
  exit 1
fi

content_type() {
  XDG_DATA_HOME="$tmp/share" XDG_DATA_DIRS=/usr/share \
    gio info -a standard::content-type "$1" 2>&1 | sed -n 's/^ *standard::content-type: //p'
}

check() {
  n=$1 file=$2 want=$3 what=$4
  got=$(content_type "$file")
  if [ "$got" = "$want" ]; then
    echo "ok $n - $what: $want"
  else
    echo "not ok $n - $what: $got, expected $want"
  fi
}

cp "$seed" "$tmp/files/laboratory.skillframe.json"
check 3 "$tmp/files/laboratory.skillframe.json" $type "a *.skillframe.json file, by its name"
cp "$seed" "$tmp/files/laboratory-framework"
check 4 "$tmp/files/laboratory-framework" $type "a framework file without an extension, by its content"
printf '{"format":"skillframe/1","id":"x"}\n' > "$tmp/files/compact"
check 5 "$tmp/files/compact" $type "a compact framework file, by its content"
printf '{\n  "name": "not a framework",\n  "format": "other"\n}\n' > "$tmp/files/other.json"
check 6 "$tmp/files/other.json" application/json "other JSON stays plain JSON"
