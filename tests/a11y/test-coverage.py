#!/usr/bin/python3
"""A screen-reader user opens the seed's coverage map, hears a cell's figures and opens its
statements, through the accessibility tree only: roles, names, descriptions and actions. TAP on
stdout."""
import os
import shutil
import sys

import pyatspi

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi

CONTROLS = ("push button", "toggle button", "text", "entry", "check box", "spin button", "combo box",
            "menu button", "list item")

print("1..3")
work, path, env = sfatspi.seed_copy()
app = sfatspi.start_app([path], env)
try:
    root = sfatspi.find_app()
    window = sfatspi.find(root, role="frame", name="Medical and Clinical Laboratory Technologists")

    # Open "Coverage" from the sidebar, as a screen reader moves the list's selection.
    row = sfatspi.find(window, role="list item", prefix="Coverage")
    row.parent.querySelection().selectChild(row.getIndexInParent())
    cell = sfatspi.find(window, role="push button", name="AI usage, Emerging")

    # Every cell is a button named by its section and level, described by its figures.
    cells = [b for b in sfatspi.find_all(window, role="push button") if ", " in (b.name or "")
             and "statement" in (b.description or "")]
    unnamed = [n.getRoleName() for n in sfatspi.find_all(window)
               if n.getRoleName() in CONTROLS and (n.name or "").startswith(("Gtk", "Adw", "Sf"))
               and (n.name or "") != "GtkImage"]
    ok = len(cells) == 48 and not unnamed and \
        cell.description == "2 statements, 1 cited (50 %), 0 linked to O*NET (0 %)"
    print(("ok" if ok else "not ok") + " 1 - 48 cells named and described (%r; unnamed: %r)"
          % (cell.description, unnamed))

    # Each uncovered task is a row that says so.
    tasks = [n for n in sfatspi.find_all(window, role="list item")
             if (n.description or "").startswith("Not covered")]
    print(("ok" if len(tasks) == 8 else "not ok") + " 2 - 8 uncovered tasks, described (%d)" % len(tasks))

    # Pressing a cell opens the section at its level (not the first, which opens by default).
    sfatspi.act(sfatspi.find(window, role="push button", name="AI usage, Advanced"))
    sfatspi.wait_for(lambda: any(sfatspi.text_of(t) == "Cross-domain evidence synthesis"
                                 for t in sfatspi.find_all(window, role="text", name="Title")),
                     what="the AI-usage Advanced statements")
    # The level switcher's button (GTK 4.8 calls a toggle button a push button) is pressed.
    level = sfatspi.find(window, role="push button", name="Advanced  3")
    pressed = [s for s in (pyatspi.STATE_CHECKED, pyatspi.STATE_PRESSED) if sfatspi.states(level).contains(s)]
    print(("ok" if pressed else "not ok") + " 3 - the cell opened AI usage at Advanced")
finally:
    app.terminate()
    app.wait()
    shutil.rmtree(work, ignore_errors=True)
