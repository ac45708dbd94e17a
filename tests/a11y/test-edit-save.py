#!/usr/bin/python3
"""A screen-reader user opens the seed, edits a statement and saves, through the accessibility
tree only: roles, names and actions. TAP on stdout."""
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi

def modified(window):
    return any("(modified)" in (n.name or "") for n in sfatspi.find_all(window, role="label"))


print("1..3")
work, path, env = sfatspi.seed_copy()
app = sfatspi.start_app([path], env)
try:
    root = sfatspi.find_app()
    window = sfatspi.find(root, role="frame", name="Medical and Clinical Laboratory Technologists")
    sfatspi.find(window, role="text", name="Occupation Title")
    unnamed = sfatspi.unnamed_controls(window)

    # Open "AI usage" from the sidebar: the list's selection, as a screen reader moves it.
    row = sfatspi.find(window, role="list item", prefix="AI usage")
    row.parent.querySelection().selectChild(row.getIndexInParent())
    title = sfatspi.find(window, role="text", name="Title")
    time.sleep(0.5)
    unnamed += sfatspi.unnamed_controls(window)
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
