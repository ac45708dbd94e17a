#!/bin/sh
# potfiles-check.sh SOURCE-DIR
#
# Checks that po/POTFILES.in lists every source, interface and data file
# with a translatable string, and is sorted: a file missing from it keeps
# its strings out of the translation template. Prints TAP.

set -u

[ $# -eq 1 ] || { echo "usage: ${0##*/} SOURCE-DIR" >&2; exit 2; }
cd "$1" || exit 2

echo "1..2"
# The desktop file and the AppStream metadata are translated as a whole
# (their names, comments, descriptions), the settings schema by its summaries.
missing=$({ grep -rlE '_\("|N_\("|C_\("|g_dngettext|translatable="yes"' src ui data 2>/dev/null
            find data -name '*.desktop.in.in' -o -name '*.metainfo.xml.in.in' -o -name '*.gschema.xml'; } | sort -u |
          while read -r file; do grep -qxF "$file" po/POTFILES.in || echo "$file"; done)
if [ -z "$missing" ]; then
  echo "ok 1 - po/POTFILES.in lists every file with translatable strings"
else
  echo "not ok 1 - missing from po/POTFILES.in:" $missing
fi
if grep -v '^#' po/POTFILES.in | LC_ALL=C sort -c 2>/dev/null; then
  echo "ok 2 - po/POTFILES.in is sorted"
else
  echo "not ok 2 - po/POTFILES.in is not sorted"
fi
