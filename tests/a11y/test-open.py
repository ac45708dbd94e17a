#!/usr/bin/python3
"""`skillframe FILE…` while the editor runs opens the files in the running editor (GApplication
with HANDLES_OPEN), as a file manager's Open does: the second process hands the files over and
exits; the first shows them as tabs of its window. Through the accessibility tree. TAP on
stdout."""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi


def skillframe_apps():
    sfatspi.pump()
    desktop = sfatspi.pyatspi.Registry.getDesktop(0)
    return [a for a in (desktop.getChildAtIndex(i) for i in range(desktop.childCount))
            if a is not None and "skillframe" in (a.name or "").lower()]


print("1..3")
work, path, env = sfatspi.seed_copy()
second = os.path.join(work, "phlebotomists.skillframe.json")
with open(path, encoding="utf-8") as f:
    framework = json.load(f)
framework["occupation"]["title"] = "Phlebotomists"
framework["occupation"]["soc_code"] = "31-9097.00"
framework["id"] = "31-9097.00"
with open(second, "w", encoding="utf-8") as f:
    json.dump(framework, f, indent=2, ensure_ascii=False)
    f.write("\n")

app = sfatspi.start_app([path], env)
try:
    root = sfatspi.find_app()
    window = sfatspi.find(root, role="frame", name=sfatspi.SEED_TITLE)

    started = time.time()
    other = sfatspi.start_app([second], env)
    status = other.wait(timeout=30 * sfatspi.TIMEOUT_SCALE)
    assert status == 0, "the second skillframe exited with %d" % status
    print("ok 1 - a second `skillframe FILE` hands the file over and exits (status 0, %.1f s)"
          % (time.time() - started))

    sfatspi.find(root, role="frame", name="Phlebotomists", wait=20)
    print("ok 2 - the running editor shows the handed-over framework")

    # One editor, with both frameworks as tabs of its window (the tab bar shows their titles;
    # the window's title is the handed-over one's).
    apps = skillframe_apps()
    assert len(apps) == 1, "%d skillframe applications on the bus" % len(apps)
    sfatspi.wait_for(lambda: {sfatspi.SEED_TITLE, "Phlebotomists"} <=
                     {t.name for t in sfatspi.find_all(window, role="label")},
                     what="both frameworks as tabs")
    print("ok 3 - one editor, with both frameworks as tabs")
finally:
    app.terminate()
    app.wait()
