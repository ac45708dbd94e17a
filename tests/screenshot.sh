#!/usr/bin/env bash
# tests/screenshot.sh [BUILDDIR [OUTPUT.png [VIEW]]]
#
# Starts the editor on the bundled seed framework under a private Xvfb, with the
# accessibility bus, opens a view the way a screen reader would (through the accessibility
# tree), and writes a screenshot of the window. VIEW "problems" (the default): the "AI usage"
# section and the problems panel, into data/screenshots/editor.png, the one README.md and the
# AppStream metadata show first; VIEW "coverage": the coverage map, into
# data/screenshots/coverage.png, the metadata's second.

set -euo pipefail
cd "$(dirname "$0")/.."

builddir=${1:-_build}
view=${3:-problems}
case $view in
    problems) output=${2:-data/screenshots/editor.png} ;;
    coverage) output=${2:-data/screenshots/coverage.png} ;;
    *) echo "${0##*/}: unknown view: $view (problems or coverage)" >&2; exit 64 ;;
esac
mkdir -p "$(dirname "$output")"
output=$(cd "$(dirname "$output")" && pwd)/$(basename "$output")

if [ -z "${SKILLFRAME_IN_SESSION:-}" ]; then
    export SKILLFRAME_IN_SESSION=1
    exec tests/xvfb-wrapper.sh tests/a11y-session.sh "$0" "$builddir" "$output" "$view"
fi

home=$(mktemp -d "${TMPDIR:-/tmp}/skillframe-shot.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$PWD/$builddir/data"
export SKILLFRAME_APP="$PWD/$builddir/src/app/skillframe"

/usr/bin/python3 - "$PWD/seeds/medical-and-clinical-laboratory-technologists.json" "$output" "$view" <<'PY'
import subprocess, sys, time
sys.path.insert(0, "tests/a11y")
import sfatspi

seed, output, view = sys.argv[1], sys.argv[2], sys.argv[3]
app = sfatspi.start_app([seed])
try:
    root = sfatspi.find_app()
    if view == "coverage":
        row = sfatspi.find(root, role="list item", prefix="Coverage")
        row.parent.querySelection().selectChild(row.getIndexInParent())
        sfatspi.find(root, role="push button", name="AI usage, Emerging")
    else:
        row = sfatspi.find(root, role="list item", prefix="AI usage")
        row.parent.querySelection().selectChild(row.getIndexInParent())
        sfatspi.find(root, role="text", name="Title")
        # The problems panel, from the header's problem counts.
        sfatspi.find(root, role="push button", prefix="2 errors").queryAction().doAction(0)
        # Shown once its list is on the accessibility bus; then the slide-in ends.
        sfatspi.find(root, role="list", name="Problems")
    time.sleep(1.0)
    subprocess.run(["import", "-window", "root", "-crop", "1100x760+0+0", "+repage", output], check=True)
    print("screenshot written to", output)
finally:
    app.terminate()
    app.wait()
PY
