"""Drive the running Skillframe editor as a screen reader does: through the accessibility tree.

Shared by the tests in tests/a11y and by tests/screenshot.sh. Everything goes through roles,
names and actions (AT-SPI via pyatspi, Debian's python3-pyatspi): no coordinates, which GTK 4.8
does not report correctly through AT-SPI.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib


# Waits are longer where the editor runs slower: under AddressSanitizer the build sets this.
TIMEOUT_SCALE = float(os.environ.get("SKILLFRAME_TIMEOUT_SCALE", "1"))


def pump():
    """Lets libatspi hear of applications and objects that came or went: it caches what it
    saw and updates the cache from D-Bus signals, which need the main loop."""
    context = GLib.MainContext.default()
    while context.iteration(False):
        pass


def find_app(name="skillframe", wait=15.0):
    end = time.time() + wait * TIMEOUT_SCALE
    while time.time() < end:
        pump()
        desktop = pyatspi.Registry.getDesktop(0)
        try:
            desktop.clearCache()
        except Exception:
            pass
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and name in (app.name or "").lower():
                return app
        time.sleep(0.2)
    raise AssertionError("no application %r on the accessibility bus" % name)


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def is_visible(node):
    s = states(node)
    return s is not None and s.contains(pyatspi.STATE_VISIBLE)


def walk(node, depth=0):
    if node is None or depth > 80:
        return
    yield node
    try:
        n = node.childCount
    except Exception:
        return
    for i in range(n):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def find_all(root, role=None, name=None, prefix=None, visible=True):
    found = []
    for node in walk(root):
        try:
            if role is not None and node.getRoleName() != role:
                continue
            nm = node.name or ""
        except Exception:
            # A widget that went away while we looked.
            continue
        if name is not None and nm != name:
            continue
        if prefix is not None and not nm.startswith(prefix):
            continue
        if visible and not is_visible(node):
            continue
        found.append(node)
    return found


def find(root, role=None, name=None, prefix=None, wait=10.0):
    end = time.time() + wait * TIMEOUT_SCALE
    while True:
        pump()
        found = find_all(root, role, name, prefix)
        if found:
            return found[0]
        if time.time() > end:
            raise AssertionError("no visible %s named %r%s" % (role or "node", name or prefix,
                                                              " (prefix)" if prefix else ""))
        time.sleep(0.2)


def actions(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def act(node, names=("click", "activate", "press", "toggle")):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in names:
            try:
                action.doAction(i)
            except GLib.Error as error:
                # GTK answers an action once it has run: one that opens a window can outlast
                # D-Bus's reply timeout in a slow (sanitizer) build. It did run; what it did is
                # what the caller waits for next.
                if "Did not receive a reply" not in str(error):
                    raise
            return
    raise AssertionError("%s %r has no action among %s (it has %s)" % (
        node.getRoleName(), node.name, names, actions(node)))


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def set_text(node, value):
    editable = node.queryEditableText()
    editable.setTextContents(value)


def wait_for(predicate, wait=10.0, what="a condition"):
    end = time.time() + wait * TIMEOUT_SCALE
    while time.time() < end:
        pump()
        try:
            if predicate():
                return
        except Exception:
            pass
        time.sleep(0.2)
    raise AssertionError("timed out waiting for %s" % what)


def start_app(args, env_extra=None):
    env = dict(os.environ)
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    if env_extra:
        env.update(env_extra)
    app = os.environ.get("SKILLFRAME_APP")
    if not app:
        raise AssertionError("SKILLFRAME_APP is not set")
    return subprocess.Popen([app] + list(args), env=env, stdout=sys.stderr, stderr=sys.stderr)


SEED_TITLE = "Medical and Clinical Laboratory Technologists"
CONTROLS = ("push button", "toggle button", "text", "entry", "check box", "spin button", "combo box",
            "menu button")


def seed_copy(prefix="skillframe-a11y-"):
    """A temporary home with a copy of the bundled seed in it: (folder, path of the copy, the
    environment that keeps the editor's drafts and settings in that folder)."""
    source = os.environ["SKILLFRAME_SOURCE_DIR"]
    work = tempfile.mkdtemp(prefix=prefix)
    path = os.path.join(work, "framework.json")
    shutil.copy(os.path.join(source, "seeds", "medical-and-clinical-laboratory-technologists.json"), path)
    env = {"HOME": work, "XDG_DATA_HOME": os.path.join(work, "data"),
           "XDG_CONFIG_HOME": os.path.join(work, "config")}
    return work, path, env


def unnamed_controls(window):
    """Controls a screen reader would announce by their class name, or not at all."""
    found = []
    for node in find_all(window):
        try:
            role = node.getRoleName()
            name = (node.name or "").strip()
        except Exception:
            continue
        if role in CONTROLS and (not name or name.startswith(("Gtk", "Adw"))):
            found.append("%s %r" % (role, name))
    return found


def focused(root):
    """The node under root that has the keyboard focus, or None."""
    for node in walk(root):
        s = states(node)
        if s is not None and s.contains(pyatspi.STATE_FOCUSED):
            return node
    return None
