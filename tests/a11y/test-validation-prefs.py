#!/usr/bin/python3
"""A screen-reader user opens the seed's Validation view and the Preferences window: every
control has a name, and a rule's row says how to fix its problems. TAP on stdout."""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi

print("1..3")
work, path, env = sfatspi.seed_copy()
app = sfatspi.start_app([path], env)
try:
    root = sfatspi.find_app()
    window = sfatspi.find(root, role="frame", name="Medical and Clinical Laboratory Technologists")
    row = sfatspi.find(window, role="list item", prefix="Validation")
    row.parent.querySelection().selectChild(row.getIndexInParent())
    sfatspi.find(window, role="spin button", name="Shortest text")
    unnamed = sfatspi.unnamed_controls(window)
    print(("ok" if not unnamed else "not ok") + " 1 - every control of the Validation view has a name %s"
          % (unnamed or ""))

    # AdwComboRow has no accessible action on GTK 4.8 (keyboard only): the row says which rule
    # it is, how to fix its problems (its tooltip, as the description) and the severity chosen.
    combo = sfatspi.find(window, role="combo box", name="A statement cites O*NET but links no anchor")
    shown = [n.name for n in sfatspi.find_all(combo, role="label")]
    ok = combo.description.startswith("A statement that rests on O*NET") and "Default (Warning)" in shown
    print(("ok" if ok else "not ok") + " 2 - SF505's row: %r, %r" % (shown, combo.description[:40]))

    menu = [b for b in sfatspi.find_all(window, role="push button", name="Main Menu") if sfatspi.actions(b)]
    sfatspi.act(menu[0])
    sfatspi.act(sfatspi.find(root, role="menu item", name="Preferences"))
    prefs = sfatspi.find(root, role="frame", name="Preferences")
    sfatspi.find(prefs, role="spin button", name="Draft delay, in seconds")
    unnamed = sfatspi.unnamed_controls(prefs)
    page = sfatspi.find(prefs, name="Validation")
    sfatspi.act(page)
    sfatspi.find(prefs, role="spin button", name="Shortest text in new frameworks")
    unnamed += sfatspi.unnamed_controls(prefs)
    print(("ok" if not unnamed else "not ok") + " 3 - every control of the Preferences window has a name %s"
          % (unnamed or ""))
finally:
    app.terminate()
    app.wait()
    shutil.rmtree(work, ignore_errors=True)
