#!/usr/bin/python3
"""File → New from O*NET and Update Anchors from O*NET as a screen-reader user does them: the
menu, the dialog's buttons, the file chooser (by keyboard), the searchable list of occupations,
the list of changes. Every control has a name of its own, said once. TAP on stdout."""
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi

SOURCE = os.environ["SKILLFRAME_SOURCE_DIR"]


def zip_as_downloaded(release, into):
    """tests/onet/db_…_text zipped as O*NET ships it: one top folder of .txt files."""
    name = "db_%s_text" % release.replace(".", "_")
    folder = os.path.join(SOURCE, "tests", "onet", name)
    path = os.path.join(into, name + ".zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name + "/", "")
        for f in sorted(os.listdir(folder)):
            z.write(os.path.join(folder, f), name + "/" + f)
    return path


def keys(*names):
    subprocess.run(["xdotool", "key", "--clearmodifiers"] + list(names), check=True)


def choose_file(root, title, path):
    """Types the path into GTK's file chooser, as a keyboard user does."""
    sfatspi.wait_for(lambda: [n for n in root if n is not None and n.name == title], what="the file chooser")
    # The chooser has the keyboard focus once mapped.
    time.sleep(1.0)
    keys("ctrl+l")
    time.sleep(0.3)
    subprocess.run(["xdotool", "type", "--delay", "5", path], check=True)
    time.sleep(0.5)
    keys("Return")
    sfatspi.wait_for(lambda: not [n for n in root if n is not None and n.name == title],
                     what="the file chooser to close")


def open_from_menu(root, window, item_name):
    menu = [b for b in sfatspi.find_all(window, role="push button", name="Main Menu") if sfatspi.actions(b)]
    sfatspi.act(menu[0])
    sfatspi.act(sfatspi.find(root, role="menu item", name=item_name))


def badly_named(dialog):
    """Controls without a name, named by their class, or named with the mnemonic's underscore
    and then again ("_Cancel Cancel", as GTK 4.8 names a button by its label property and its
    label's text)."""
    classname = re.compile(r"(Gtk|Adw|Sf)[A-Z]\w+")
    bad = []
    for n in sfatspi.find_all(dialog):
        role = n.getRoleName()
        name = (n.name or "").strip()
        # (Lists are checked where they are shown: GTK 4.8 reports the pages a stack hides
        # as visible, and the list of changes is named by its summary only once there is one.)
        if role not in sfatspi.CONTROLS + ("list item",):
            continue
        if not name or classname.fullmatch(name) or "_" in name:
            bad.append((role, name))
    return bad


print("1..4")
work, path, env = sfatspi.seed_copy("skillframe-a11y-onet-")
zip_30_0 = zip_as_downloaded("30.0", work)
zip_30_2 = zip_as_downloaded("30.2", work)
app = sfatspi.start_app([path], env)
try:
    root = sfatspi.find_app()
    window = sfatspi.find(root, role="frame", name=sfatspi.SEED_TITLE)

    open_from_menu(root, window, "New from O*NET…")
    dialog = sfatspi.find(root, role="frame", name="New from O*NET")
    for name in ("Cancel", "Create", "Choose Zip…", "Choose Folder…"):
        sfatspi.find(dialog, role="push button", name=name)
    bad = badly_named(dialog)
    assert not bad, bad
    print("ok 1 - the dialog's buttons are named once, without their mnemonic: Cancel, Create, "
          "Choose Zip…, Choose Folder…")

    sfatspi.act(sfatspi.find(dialog, role="push button", name="Choose Zip…"))
    choose_file(root, "Choose the O*NET Database Zip", zip_30_0)
    search = sfatspi.find(dialog, role="entry", name="Search occupations by title or code")
    sfatspi.set_text(search, "laboratory technologists")
    item = sfatspi.find(dialog, role="list item", name="Medical and Clinical Laboratory Technologists, 29-2011.00")
    bad = badly_named(dialog)
    assert not bad, bad
    print("ok 2 - the zip's occupations are found by title, each list item named by its title and code")

    occupations = sfatspi.find(dialog, role="list", name="Occupations")
    occupations.querySelection().selectChild(item.getIndexInParent())
    sfatspi.act(sfatspi.find(dialog, role="push button", name="Create"))
    sfatspi.wait_for(lambda: not sfatspi.find_all(root, role="frame", name="New from O*NET"),
                     what="the dialog to close")
    sfatspi.find(window, role="list item", prefix="O*NET Anchors, 97 anchors")
    print("ok 3 - Create opens the imported framework, its 97 anchors listed")

    open_from_menu(root, window, "Update Anchors from O*NET…")
    dialog = sfatspi.find(root, role="frame", name="Update Anchors from O*NET")
    sfatspi.act(sfatspi.find(dialog, role="push button", name="Choose Zip…"))
    choose_file(root, "Choose the O*NET Database Zip", zip_30_2)
    changes = sfatspi.find(dialog, role="list", prefix="O*NET 30.0 → 30.2: ")
    sfatspi.find(changes, role="list item", prefix="task 1901 removed: ")
    bad = badly_named(dialog)
    assert not bad, bad
    sfatspi.act(sfatspi.find(dialog, role="push button", name="Apply"))
    sfatspi.wait_for(lambda: not sfatspi.find_all(root, role="frame", name="Update Anchors from O*NET"),
                     what="the dialog to close")
    print("ok 4 - the update's changes are a list named by its summary; Apply applies them")
finally:
    app.terminate()
    app.wait()
    shutil.rmtree(work, ignore_errors=True)
