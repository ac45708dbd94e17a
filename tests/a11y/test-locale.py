#!/usr/bin/python3
"""The editor in German: started in the de_DE.UTF-8 locale (or, on a machine without it, C.UTF-8
with LANGUAGE=de, which glibc honours too), it shows its interface from the German translation
in the build (po/de.po): the parts of the framework, the header's problem counts with German
plurals, and the problems panel. Through the accessibility tree. TAP on stdout."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import sfatspi


def has_locale(name):
    out = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    return name.lower().replace("-", "") in (l.lower().replace("-", "") for l in out)


print("1..4")
locale = "de_DE.UTF-8" if has_locale("de_DE.UTF-8") else "C.UTF-8"
work, path, env = sfatspi.seed_copy()
env.update({"LANG": locale, "LC_ALL": locale, "LANGUAGE": "de"})
app = sfatspi.start_app([path], env)
try:
    root = sfatspi.find_app()
    window = sfatspi.find(root, role="frame", name=sfatspi.SEED_TITLE)

    # The sidebar lists the parts of the framework under their German names.
    parts = sfatspi.find(window, role="list", name="Teile des Kompetenzrahmens")
    for name in ("Übersicht", "Quellen", "O*NET-Anker", "Prüfung", "Abdeckung"):
        sfatspi.find(parts, role="list item", prefix=name)
    assert not sfatspi.find_all(parts, role="list item", prefix="Overview"), "an English “Overview”"
    print("ok 1 - in %s with LANGUAGE=de the sidebar reads Übersicht, Quellen, O*NET-Anker, "
          "Prüfung, Abdeckung" % locale)

    # Plurals come from the German plural forms: 2 errors, 65 warnings.
    header = sfatspi.find(window, role="push button", name="2 Fehler, 65 Warnungen")
    print("ok 2 - the header's problem counts read %r" % header.name)

    sfatspi.act(header)
    problems = sfatspi.find(window, role="list", name="Probleme")
    errors = [b for b in sfatspi.find_all(problems, role="push button")
              if (b.description or "").startswith("Fehler: ")]
    assert errors, "no problem described as “Fehler: …”"
    print("ok 3 - the problems panel opens, its errors described as %r"
          % errors[0].description[:60])

    # Validation messages from the core library are translated as well.
    assert any("gibt keine Quelle an" in (b.description or "") for b in errors), \
        [b.description for b in errors]
    print("ok 4 - the core's validation messages are German too")
finally:
    app.terminate()
    app.wait()
