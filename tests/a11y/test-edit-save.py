#!/usr/bin/python3
"""A screen-reader user opens the seed, edits a statement and saves, through the accessibility
tree only: roles, names and actions. TAP on stdout."""
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi

CONTROLS = ("push button", "toggle button", "text", "entry", "check box", "spin button", "combo box",
            "menu button")


def unnamed_controls(window):
    """Controls a screen reader would announce by their class name, or not at all."""
    found = []
    for node in sfatspi.find_all(window):
        try:
            role = node.getRoleName()
            name = (node.name or "").strip()
        except Exception:
            continue
        if role in CONTROLS and (not name or name.startswith(("Gtk", "Adw"))):
            found.append("%s %r" % (role, name))
    # libadwaita 1.2's tab close button is named by its image; nothing of ours may be.
    return [u for u in found if u != "push button 'GtkImage'"]


def modified(window):
    return any("(modified)" in (n.name or "") for n in sfatspi.find_all(window, role="label"))


print("1..3")
source = os.environ["SKILLFRAME_SOURCE_DIR"]
work = tempfile.mkdtemp(prefix="skillframe-a11y-")
path = os.path.join(work, "framework.json")
shutil.copy(os.path.join(source, "seeds", "medical-and-clinical-laboratory-technologists.json"), path)
env = {"HOME": work, "XDG_DATA_HOME": os.path.join(work, "data"), "XDG_CONFIG_HOME": os.path.join(work, "config")}
app = sfatspi.start_app([path], env)
try:
    root = sfatspi.find_app()
    window = sfatspi.find(root, role="frame", name="Medical and Clinical Laboratory Technologists")
    sfatspi.find(window, role="text", name="Occupation Title")
    unnamed = unnamed_controls(window)

    # Open "AI usage" from the sidebar: the list's selection, as a screen reader moves it.
    row = sfatspi.find(window, role="list item", prefix="AI usage")
    row.parent.querySelection().selectChild(row.getIndexInParent())
    title = sfatspi.find(window, role="text", name="Title")
    time.sleep(0.5)
    unnamed += unnamed_controls(window)
    print(("ok" if not unnamed else "not ok") + " 1 - every control has a name %s" % (unnamed or ""))

    before = sfatspi.text_of(title)
    sfatspi.set_text(title, before + " (reviewed)")
    sfatspi.wait_for(lambda: modified(window), what="the modified mark")
    print("ok 2 - edited the title of %r" % before)

    # Save from the main menu. GtkMenuButton is a button inside a button: the inner one clicks.
    menu = [b for b in sfatspi.find_all(window, role="push button", name="Main Menu") if sfatspi.actions(b)]
    sfatspi.act(menu[0])
    sfatspi.act(sfatspi.find(root, role="menu item", name="Save"))
    sfatspi.wait_for(lambda: (before + " (reviewed)") in open(path, encoding="utf-8").read(),
                     what="the file saved")
    sfatspi.wait_for(lambda: not modified(window), what="the modified mark to go")
    print("ok 3 - saved through the main menu")
finally:
    app.terminate()
    app.wait()
    shutil.rmtree(work, ignore_errors=True)
