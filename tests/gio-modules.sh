#!/usr/bin/env bash
# gio-modules.sh MODULEDIR OUTDIR
#
# Makes OUTDIR a GIO module folder (for GIO_MODULE_DIR) with every module of MODULEDIR but the
# GSettings backends. The tests use GSettings' memory backend, and GIO keeps a module it found
# but never loaded (dconf's) in a way LeakSanitizer reports as a leak; suppressing that report
# needs full stacks, which means unwinding every allocation the slow way — nine times slower
# under AddressSanitizer. Without the module there is nothing to suppress.
#
# Copyright 2026 The Skillframe authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

src=$1 out=$2
mkdir -p "$out"
rm -f "$out"/*.so "$out/giomodule.cache"
for module in "$src"/*.so; do
    [ -e "$module" ] || continue
    name=$(basename "$module")
    if [ -f "$src/giomodule.cache" ]; then
        grep -q "^$name: .*gsettings-backend" "$src/giomodule.cache" && continue
    else
        case $name in *dconf*|*settings*) continue ;; esac
    fi
    ln -s "$module" "$out/$name"
done
if [ -f "$src/giomodule.cache" ]; then
    grep -v ': .*gsettings-backend' "$src/giomodule.cache" > "$out/giomodule.cache" || true
fi
