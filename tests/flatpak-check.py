#!/usr/bin/python3
"""flatpak-check.py BUILDDIR MANIFEST APP-ID [MESON-OPTION…]

Checks a Flatpak manifest's structure where CI cannot reach Flathub to build it: valid JSON;
the application id; the GNOME runtime and SDK of one version; a command that the build
installs; finish-args limited to what the editor uses; modules that build with a build system
flatpak-builder knows, the last one Skillframe itself from this source tree with meson and the
given options. TAP on stdout."""
import json
import subprocess
import sys

# What the editor uses: a display (Wayland, X11 only where there is no Wayland), GPU rendering,
# and the network for sync. Files come through the document portal (GtkFileChooserNative) and
# passwords through the Secret portal (libsecret does that inside a sandbox), which need no
# permission: so no --filesystem, no --talk-name=org.freedesktop.secrets (the whole keyring).
REQUIRED = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri",
            "--share=network"}
BUILD_SYSTEMS = {"meson", "cmake", "cmake-ninja", "autotools", "simple", "qmake"}
# What the GNOME runtime provides (org.gnome.Platform on freedesktop-sdk's platform stack,
# which has json-glib, libsoup, libsecret, libarchive, libxml2): a dependency of the build
# outside this list needs a module of its own in the manifest, named after it.
# bash-completion is optional (data/meson.build falls back to the standard folder).
RUNTIME = {"glib-2.0", "gobject-2.0", "gio-2.0", "gio-unix-2.0", "gmodule-2.0", "gtk4",
           "libadwaita-1", "json-glib-1.0", "libsoup-3.0", "libsecret-1", "libarchive",
           "libxml-2.0", "zlib", "threads", "bash-completion"}

builddir, path, app_id, *options = sys.argv[1:]
results = []


def check(ok, what):
    results.append((bool(ok), what))


try:
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
except (OSError, ValueError) as error:
    print("1..1\nnot ok 1 - %s is not valid JSON: %s" % (path, error))
    sys.exit(0)
check(isinstance(manifest, dict), "%s is a JSON object" % path)

got = manifest.get("id", manifest.get("app-id"))
check(got == app_id, "the application id is %s (%s)" % (app_id, got))

runtime, sdk, version = manifest.get("runtime"), manifest.get("sdk"), manifest.get("runtime-version", "")
check(runtime == "org.gnome.Platform" and sdk == "org.gnome.Sdk",
      "the GNOME runtime and SDK (%s, %s)" % (runtime, sdk))
# GTK 4.8 and libadwaita 1.2 are the floor: GNOME 43 has them; older runtimes are end of life.
check(version.isdigit() and int(version) >= 43, "a GNOME runtime version with GTK 4 and libadwaita (%r)" % version)

targets = json.loads(subprocess.run(["meson", "introspect", builddir, "--targets"],
                                    capture_output=True, text=True, check=True).stdout)
installed = {t["name"] for t in targets if t["type"] == "executable" and t["installed"]}
check(manifest.get("command") == "skillframe" and "skillframe" in installed,
      "the command is the editor, skillframe, which the build installs (%r; installed: %s)"
      % (manifest.get("command"), ", ".join(sorted(installed))))

finish = manifest.get("finish-args", [])
check(REQUIRED <= set(finish), "finish-args give a display, the GPU and the network (missing: %s)"
      % (", ".join(sorted(REQUIRED - set(finish))) or "none"))
extra = sorted(set(finish) - REQUIRED)
check(not extra, "finish-args give nothing more: no filesystem, no session bus names, no keyring (extra: %s)"
      % (", ".join(extra) or "none"))
check(len(finish) == len(set(finish)), "finish-args list each permission once")

modules = manifest.get("modules", [])
check(modules and all(isinstance(m, dict) and m.get("buildsystem") in BUILD_SYSTEMS and m.get("sources")
                      for m in modules),
      "every module has a known build system and sources")
last = modules[-1] if modules else {}
check(last.get("name") == "skillframe" and last.get("buildsystem") == "meson",
      "the last module is skillframe, built with meson")
sources = last.get("sources", [])
check(any(s.get("type") == "dir" and s.get("path") == ".." for s in sources),
      "it builds this source tree (a dir source at ..)")
skip = {p for s in sources for p in s.get("skip", [])}
check({".git", "_build"} <= skip, "it leaves .git and the build folder out of the sandbox build")
opts = last.get("config-opts", [])
check(all(o in opts for o in options), "meson options %s (%s)" % (" ".join(options) or "-", " ".join(opts)))
check(all(o.startswith("-D") and "=" in o for o in opts), "config-opts are meson -Doption=value settings")
check(("-Ddevelopment=true" in opts) == app_id.endswith(".Devel"),
      "-Ddevelopment=true exactly when the id is the .Devel one")

dependencies = json.loads(subprocess.run(["meson", "introspect", builddir, "--dependencies"],
                                         capture_output=True, text=True, check=True).stdout)
names = {m.get("name") for m in modules if isinstance(m, dict)}
outside = sorted({d["name"] for d in dependencies} - RUNTIME - names)
check(not outside, "every library the build uses is in the GNOME runtime or built by a module "
      "(outside: %s)" % (", ".join(outside) or "none"))

print("1..%d" % len(results))
for i, (ok, what) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, what))
