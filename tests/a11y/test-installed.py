#!/usr/bin/python3
"""The installed editor (tests/install-check.sh starts it from a DESTDIR, its data found through
XDG_DATA_DIRS) finds its settings schema, its icon and its resources: it opens a framework in
its window built from its resources, shows its window icon, and opens Preferences, which needs
the settings. Then a framework file is opened as a file manager opens it (gio open: its MIME
type, the desktop file that handles it, that file's Exec line) and shows in the running editor.
TAP on stdout, as lines that install-check.sh renumbers."""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi

work, path, env = sfatspi.seed_copy()
log = os.path.join(work, "stderr.txt")
with open(log, "w") as err:
    app = subprocess.Popen([os.environ["SKILLFRAME_APP"], path], env=dict(os.environ, **env),
                           stdout=err, stderr=err)
try:
    root = sfatspi.find_app()
    window = sfatspi.find(root, role="frame", name=sfatspi.SEED_TITLE)
    sfatspi.find(window, role="list item", prefix="AI usage")
    print("ok - the installed editor opens a framework in its window (its resources: templates, "
          "template framework, O*NET reference)")

    # GTK sets the X11 window icon from the icon theme only when it finds the icon there.
    xid = subprocess.check_output(["xdotool", "search", "--sync", "--name",
                                   "^%s$" % sfatspi.SEED_TITLE]).split()[0].decode()
    prop = subprocess.run(["xprop", "-id", xid, "_NET_WM_ICON"], capture_output=True, text=True).stdout
    assert "_NET_WM_ICON(CARDINAL)" in prop and "not found" not in prop, prop.strip()[:200]
    print("ok - the window shows the installed icon %s" % os.environ["SKILLFRAME_APP_ID"])

    # Preferences open only when the settings schema was found.
    subprocess.run(["xdotool", "windowfocus", "--sync", xid], check=True)
    time.sleep(0.3)
    subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+comma"], check=True)
    sfatspi.find(root, role="frame", name="Preferences")
    with open(log) as f:
        errors = f.read()
    assert "is not installed" not in errors, errors
    print("ok - the installed settings schema is found: Preferences open, no warning")

    # As a file manager opens a framework file.
    second = os.path.join(work, "phlebotomists.skillframe.json")
    with open(path, encoding="utf-8") as f:
        framework = json.load(f)
    framework["occupation"]["title"] = "Phlebotomists"
    with open(second, "w", encoding="utf-8") as f:
        json.dump(framework, f, indent=2, ensure_ascii=False)
    gio_env = dict(os.environ, **env)
    mime = subprocess.run(["gio", "mime", "application/x-skillframe+json"], env=gio_env,
                          capture_output=True, text=True).stdout
    desktop = os.environ["SKILLFRAME_APP_ID"] + ".desktop"
    assert "Default application for" in mime and desktop in mime.splitlines()[0], mime
    subprocess.run(["gio", "open", second], env=gio_env, check=True)
    sfatspi.find(root, role="frame", name="Phlebotomists", wait=20)
    print("ok - a framework file opened as the file manager does (gio open) shows in the running "
          "editor: %s handles application/x-skillframe+json" % desktop)
finally:
    app.terminate()
    app.wait()
    with open(log) as f:
        sys.stderr.write(f.read())
