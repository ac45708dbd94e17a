#!/usr/bin/python3
"""Crash recovery: edit, kill -9 after the draft delay, start again, restore the draft from the
banner. Driven through the accessibility tree. TAP on stdout."""
import glob
import os
import shutil
import signal
import sys

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi

print("1..3")
work, path, env = sfatspi.seed_copy(prefix="skillframe-crash-")
with open(path, encoding="utf-8") as f:
    original = f.read()
drafts = os.path.join(work, "data", os.environ.get("SKILLFRAME_APP_ID", "io.github.skillframe.Skillframe"), "drafts")
edited = "Medical Laboratory Scientists"

app = sfatspi.start_app([path], env)
try:
    root = sfatspi.find_app()
    field = sfatspi.find(root, role="text", name="Occupation Title")
    sfatspi.set_text(field, edited)
    # The default draft delay is 2 s.
    sfatspi.wait_for(lambda: glob.glob(os.path.join(drafts, "*.draft")), wait=8, what="a draft")
    print("ok 1 - a draft was written: %s" % os.listdir(drafts))
finally:
    app.send_signal(signal.SIGKILL)
    app.wait()

try:
    with open(path, encoding="utf-8") as f:
        assert f.read() == original, "the killed editor changed the file"
    app = sfatspi.start_app([path], env)
    root = sfatspi.find_app()
    restore = sfatspi.find(root, role="push button", name="Restore")
    print("ok 2 - the draft is offered")
    sfatspi.act(restore)
    field = sfatspi.find(root, role="text", name="Occupation Title")
    sfatspi.wait_for(lambda: sfatspi.text_of(field) == edited, what="the restored title")
    sfatspi.wait_for(lambda: any("(modified)" in (n.name or "") for n in sfatspi.find_all(root, role="label")),
                     what="the document to be modified")
    with open(path, encoding="utf-8") as f:
        assert f.read() == original, "restoring wrote the file"
    print("ok 3 - restoring brings the edit back, unsaved")
finally:
    app.terminate()
    app.wait()
    shutil.rmtree(work, ignore_errors=True)
