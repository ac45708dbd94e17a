#!/usr/bin/python3
"""A screen-reader user opens File → Export… and File → Import CASE Package… from the main menu
and hears every control of the dialogs by its name: roles, names and actions. TAP on stdout."""
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi


def main_menu(window):
    # GtkMenuButton is a button inside a button: the inner one clicks.
    return [b for b in sfatspi.find_all(window, role="push button", name="Main Menu") if sfatspi.actions(b)]


def open_from_menu(root, window, item):
    # After a dialog, the window's tree is back a moment later.
    sfatspi.wait_for(lambda: main_menu(window), what="the main menu")
    sfatspi.act(main_menu(window)[0])
    sfatspi.act(sfatspi.find(root, role="menu item", name=item))


def response(dialog, label):
    # A response button is named by its text alone: GTK 4.8 would say "_Cancel Cancel" for a
    # mnemonic label (sf_ui_present_dialog() names them).
    buttons = [b for b in sfatspi.find_all(dialog, role="push button")
               if b.name == label and sfatspi.actions(b)]
    assert buttons, "no response %r in %r: %r" % (label, dialog.name,
                                                   [b.name for b in sfatspi.find_all(dialog, role="push button")])
    return buttons[0]


print("1..3")
work, path, env = sfatspi.seed_copy()
app = sfatspi.start_app([path], env)
try:
    root = sfatspi.find_app()
    window = sfatspi.find(root, role="frame", name="Medical and Clinical Laboratory Technologists")

    # Export…: the format is a combo box named by its row, the responses are named buttons.
    open_from_menu(root, window, "Export…")
    dialog = sfatspi.find(root, role="dialog", name="Export Framework")
    sfatspi.find(dialog, role="combo box", name="Format")
    unnamed = sfatspi.unnamed_controls(dialog)
    print(("ok" if not unnamed else "not ok") + " 1 - the Export dialog names its controls %s"
          % (unnamed or ""))

    # The seed has validation errors: the question before a publication is asked, named too.
    sfatspi.act(response(dialog, "Export…"))
    question = sfatspi.find(root, role="dialog", name="Export With 2 Errors?")
    unnamed = sfatspi.unnamed_controls(question)
    print(("ok" if not unnamed else "not ok") + " 2 - the question names its controls %s"
          % (unnamed or ""))
    sfatspi.act(response(question, "Cancel"))
    # No walk of the tree while the question goes: GTK 4.8's AT-SPI bridge crashes on a dialog
    # being destroyed (a NULL object path in a reply).
    time.sleep(1)

    # Import CASE Package…: the file chooser opens, titled.
    open_from_menu(root, window, "Import CASE Package…")
    # GTK 4.8 gives the chooser (a GtkFileChooserDialog without a portal) the role "filler".
    sfatspi.find(root, name="Import CASE Package")
    print("ok 3 - the Import CASE Package chooser opens")
finally:
    app.terminate()
    app.wait()
    shutil.rmtree(work, ignore_errors=True)
