#!/usr/bin/env bash
# install-check.sh BUILDDIR PREFIX DATADIR APP-ID
#
# Installs the build into a temporary DESTDIR (meson install), checks that
# every file a desktop needs is where it belongs, does what a packager's
# triggers do (compile the settings schemas), then starts the installed
# editor under a private Xvfb, with the installed data as its only data and
# away from the build tree, and checks that it finds its settings schema,
# its icon and its resources. Prints TAP.

set -uo pipefail

[ $# -eq 4 ] || { echo "usage: ${0##*/} BUILDDIR PREFIX DATADIR APP-ID" >&2; exit 2; }
builddir=$1 prefix=$2 datadir=$3 app_id=$4
here=$(cd "$(dirname "$0")" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/skillframe-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest
root=$dest$prefix
share=$dest$datadir

n=0
pass() { n=$((n + 1)); echo "ok $n - $*"; }
fail() { n=$((n + 1)); echo "not ok $n - $*"; }

if ! out=$(meson install -C "$builddir" --no-rebuild --destdir "$dest" 2>&1); then
    echo "Bail out! meson install failed:"
    printf '%s\n' "$out" | tail -20 | sed 's/^/# /'
    exit 1
fi
pass "meson install into a DESTDIR"

missing=
for file in \
    "$root/bin/skillframe" \
    "$root/bin/skillframe-tool" \
    "$share/applications/$app_id.desktop" \
    "$share/metainfo/$app_id.metainfo.xml" \
    "$share/icons/hicolor/scalable/apps/$app_id.svg" \
    "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
    "$share/mime/packages/$app_id.xml" \
    "$share/glib-2.0/schemas/io.github.skillframe.Skillframe.gschema.xml" \
    "$share/skillframe/schema/skillframe-1.schema.json" \
    "$share/locale/de/LC_MESSAGES/skillframe.mo" \
    "$share/man/man1/skillframe.1" \
    "$share/man/man1/skillframe-tool.1" \
    "$share/bash-completion/completions/skillframe-tool"
do
    [ -f "$file" ] || missing="$missing ${file#"$dest"}"
done
# Every JSON Schema of the source tree, for validators outside the program.
for schema in "$here"/../data/schema/*.json; do
    file=$share/skillframe/schema/${schema##*/}
    [ -f "$file" ] || missing="$missing ${file#"$dest"}"
done
if [ -z "$missing" ]; then
    pass "the programs, desktop file, metainfo, icons, MIME type, settings and JSON schemas, translation, man page and completion are installed"
else
    fail "not installed:$missing"
fi

# The installed desktop file starts the installed program, shows the installed icon, and
# declares the installed MIME type.
desktop=$share/applications/$app_id.desktop
mime_type=$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$share/mime/packages/$app_id.xml")
if grep -qx "Exec=skillframe %U" "$desktop" && grep -qx "Icon=$app_id" "$desktop" &&
   grep -qx "MimeType=$mime_type;" "$desktop" &&
   grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$share/metainfo/$app_id.metainfo.xml" &&
   out=$(desktop-file-validate "$desktop" 2>&1); then
    pass "the desktop file names the program, the icon $app_id and $mime_type; the metainfo launches it"
else
    fail "the desktop file or metainfo does not match what is installed: $out"
fi

# The tool runs from where it was installed.
tool_out=$("$root/bin/skillframe-tool" stats "$here/../seeds/medical-and-clinical-laboratory-technologists.json" 2>&1)
if [ $? -eq 0 ] && printf '%s\n' "$tool_out" | grep -q "Medical and Clinical Laboratory Technologists"; then
    pass "the installed skillframe-tool reads a framework"
else
    fail "the installed skillframe-tool fails: $tool_out"
fi

# What the packager's trigger does: the settings schemas compiled where they were installed.
if out=$(glib-compile-schemas --strict "$share/glib-2.0/schemas" 2>&1); then
    pass "the installed settings schema compiles"
else
    fail "the installed settings schema does not compile: $out"
fi

# And what they do for the file manager: the MIME database knows framework files, the desktop
# database says which application opens them.
if out=$(update-mime-database "$share/mime" 2>&1) && out=$(update-desktop-database "$share/applications" 2>&1); then
    pass "the MIME and desktop databases build from the installed files"
else
    fail "the MIME or desktop database does not build: $out"
fi

# The installed editor, its data found through XDG_DATA_DIRS only, as on a desktop where it
# was installed to $prefix: no GSETTINGS_SCHEMA_DIR, run from the DESTDIR, outside the build
# (which the installed editor must not use even though it exists).
unset GSETTINGS_SCHEMA_DIR
export LC_ALL=C.UTF-8 LANGUAGE=
export SKILLFRAME_SOURCE_DIR=${SKILLFRAME_SOURCE_DIR:-$(cd "$here/.." && pwd)}
export XDG_DATA_DIRS="$share:/usr/local/share:/usr/share"
export SKILLFRAME_APP=$root/bin/skillframe SKILLFRAME_APP_ID=$app_id PATH="$root/bin:$PATH"
if "$here/xvfb-wrapper.sh" "$here/a11y-session.sh" /usr/bin/python3 "$here/a11y/test-installed.py" >"$tmp/gui.tap" 2>"$tmp/gui.err"; then
    status=0
else
    status=$?
fi
while IFS= read -r line; do
    case $line in
        ok\ *) line=${line#ok }; pass "${line#- }" ;;
        "not ok "*) line=${line#not ok }; fail "${line#- }" ;;
    esac
done <"$tmp/gui.tap"
if [ $status -ne 0 ]; then
    fail "the installed editor's test exited with status $status"
    sed 's/^/# /' "$tmp/gui.err"
fi
echo "1..$n"
