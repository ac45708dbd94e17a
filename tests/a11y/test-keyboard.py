#!/usr/bin/python3
"""An author with the keyboard alone: F8 and Shift+F8 go from problem to problem, Shift+Tab
reaches the statement's text, typing and Ctrl+Z work on it, Alt+Delete deletes the statement and
Ctrl+Z brings it back. Real key presses (xdotool, XTest) into the running editor; what they did
is read through the accessibility tree. TAP on stdout."""
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi


def statement_of(node):
    """The statement a node is in, as its group is named: "Basic query delegation, 1 problem"."""
    while node is not None:
        try:
            if node.getRoleName() == "panel" and (node.name or "").startswith("Statement "):
                return node.name[len("Statement "):]
            node = node.parent
        except Exception:
            return None
    return None


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers"] + list(keys), check=True)


def wait_focus(window, predicate, what):
    sfatspi.wait_for(lambda: sfatspi.focused(window) is not None and predicate(sfatspi.focused(window)), what=what)
    return sfatspi.focused(window)


print("1..4")
work, path, env = sfatspi.seed_copy()
app = sfatspi.start_app([path], env)
try:
    root = sfatspi.find_app()
    window = sfatspi.find(root, role="frame", name="Medical and Clinical Laboratory Technologists")
    xid = subprocess.check_output(["xdotool", "search", "--sync", "--name",
                                   "^Medical and Clinical Laboratory Technologists$"]).split()[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", xid], check=True)
    time.sleep(0.3)

    key("F8")
    first = wait_focus(window, lambda f: (statement_of(f) or "").startswith("Basic query delegation"),
                       "F8 to reach the first error's statement")
    assert first.name == "Add a citation", first.name
    key("F8")
    wait_focus(window, lambda f: (statement_of(f) or "").startswith("Cross-domain evidence synthesis"),
               "F8 to reach the next problem")
    key("shift+F8")
    wait_focus(window, lambda f: (statement_of(f) or "").startswith("Basic query delegation"),
               "Shift+F8 to go back")
    print("ok 1 - F8 and Shift+F8 step through the problems, focusing the field to fix")

    # Back from the Add a citation button to the statement's text: Shift+Tab, as often as
    # the controls between them need, staying in the statement.
    for _ in range(6):
        key("shift+Tab")
        time.sleep(0.2)
        if sfatspi.focused(window) is not None and sfatspi.focused(window).name == "Statement text":
            break
    text = wait_focus(window, lambda f: f.name == "Statement text", "Shift+Tab to reach the text")
    assert (statement_of(text) or "").startswith("Basic query delegation"), statement_of(text)
    before = sfatspi.text_of(text)
    key("ctrl+End")
    subprocess.run(["xdotool", "type", "--delay", "20", " Always"], check=True)
    sfatspi.wait_for(lambda: sfatspi.text_of(text) == before + " Always", what="the typed text")
    key("ctrl+z")
    sfatspi.wait_for(lambda: sfatspi.text_of(text) == before, what="Ctrl+Z to take the typing back")
    print("ok 2 - typed into the statement's text and took it back with Ctrl+Z")

    statements = sfatspi.find(window, role="list", name="Statements")
    names = lambda: [n.name[len("Statement "):] for n in sfatspi.find_all(statements, role="panel", prefix="Statement ")]
    assert any(n.startswith("Basic query delegation") for n in names()), names()
    key("alt+Delete")
    sfatspi.wait_for(lambda: not any(n.startswith("Basic query delegation") for n in names()),
                     what="Alt+Delete to delete the statement")
    print("ok 3 - Alt+Delete in the text deletes the statement")
    key("ctrl+z")
    sfatspi.wait_for(lambda: any(n.startswith("Basic query delegation") for n in names()),
                     what="Ctrl+Z to bring the statement back")
    print("ok 4 - Ctrl+Z brings it back")
finally:
    app.terminate()
    app.wait()
    shutil.rmtree(work, ignore_errors=True)
