#!/usr/bin/python3
"""A screen-reader user opens the seed, goes to its first error from the problems panel, adds
the missing citation through the popover and hears the error count go down: through the
accessibility tree only (roles, names, descriptions and actions). TAP on stdout."""
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi


print("1..5")
work, path, env = sfatspi.seed_copy()
app = sfatspi.start_app([path], env)
try:
    root = sfatspi.find_app()
    window = sfatspi.find(root, role="frame", name="Medical and Clinical Laboratory Technologists")

    # The header's problem counts are a button that shows the problems panel.
    header = sfatspi.find(window, role="push button", name="2 errors, 65 warnings")
    sfatspi.act(header)
    problems = sfatspi.find(window, role="list", name="Problems")
    print("ok 1 - the header reads %r and opens the problems panel" % header.name)

    # Every control of the panel has a name of its own: GTK 4.8 names one without by its
    # class ("GtkToggleButton" for a drop-down's button, "GtkMenuButton" for Fix), and the
    # arrow keys focus the list items themselves.
    panel = problems
    while panel is not None and not sfatspi.find_all(panel, role="combo box"):
        panel = panel.parent
    classname = re.compile(r"(Gtk|Adw|Sf)[A-Z]\w+")
    unnamed = [(n.getRoleName(), n.name) for n in sfatspi.find_all(panel)
               if n.getRoleName() in ("push button", "toggle button", "combo box", "list item", "menu button")
               and (not (n.name or "").strip() or classname.fullmatch(n.name.strip()))]
    assert not unnamed, unnamed
    print("ok 2 - every control of the panel has a name")

    # Each problem is a button named by its message and described by its severity and place.
    errors = [b for b in sfatspi.find_all(problems, role="push button")
              if (b.description or "").startswith("Error: ")]
    assert errors, "no problem described as an error in the panel"
    first = errors[0]
    assert "Basic query delegation" in first.description, first.description
    sfatspi.act(first)
    sfatspi.wait_for(lambda: sfatspi.focused(window) is not None and sfatspi.focused(window).name == "Add a citation",
                     what="the focus on the statement's Add a citation button")
    print("ok 3 - going to %r puts the focus on %r" % (first.name, sfatspi.focused(window).name))

    # Add the citation: the focused button opens the popover; pick a source, type a locator
    # and press Cite.
    sfatspi.act(sfatspi.focused(window))
    sources = sfatspi.find(root, role="list", name="Sources")
    source_row = sfatspi.find(sources, role="list item", name="Anthropic Economic Index")
    sources.querySelection().selectChild(source_row.getIndexInParent())
    locator = sfatspi.find(root, role="text", name="Locator")
    sfatspi.set_text(locator, "Figure 2")
    sfatspi.act(sfatspi.find(root, role="push button", name="Cite"))
    sfatspi.wait_for(lambda: sfatspi.find_all(window, role="push button",
                                              name="citation of Anthropic Economic Index, Figure 2"),
                     what="the citation chip")
    print("ok 4 - the statement cites the Anthropic Economic Index, Figure 2")

    sfatspi.wait_for(lambda: sfatspi.find_all(window, role="push button", name="1 error, 65 warnings"),
                     what="the header to read 1 error")
    remaining = [b for b in sfatspi.find_all(sfatspi.find(window, role="list", name="Problems"),
                                             role="push button")
                 if (b.description or "").startswith("Error: ")]
    assert len(remaining) == 1 and "Basic query delegation" not in remaining[0].description, \
        [b.description for b in remaining]
    print("ok 5 - the header reads '1 error, 65 warnings'; the panel lists one error")
finally:
    app.terminate()
    app.wait()
    shutil.rmtree(work, ignore_errors=True)
