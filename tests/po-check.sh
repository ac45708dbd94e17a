#!/bin/sh
# po-check.sh SOURCE-DIR
#
# Checks each translation in po/LINGUAS: msgfmt accepts it with its checks
# (format strings that match the English ones, plural forms, mnemonics in
# the desktop file's keywords), and it translates every string the sources
# have today (extracted here with xgettext as skillframe-pot does, then
# merged as skillframe-update-po does). A string added since the last
# update is reported as TODO, not as a failure: engineers add strings every
# day, translators catch up. Prints TAP.

set -u

[ $# -eq 1 ] || { echo "usage: ${0##*/} SOURCE-DIR" >&2; exit 2; }
cd "$1" || exit 2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/skillframe-po.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

languages=$(sed -e 's/#.*//' po/LINGUAS | tr -s ' \n' '\n\n' | grep -v '^$')
[ -n "$languages" ] || { echo "Bail out! po/LINGUAS lists no language"; exit 1; }

# As meson's i18n.gettext(preset: 'glib') runs xgettext.
xgettext --package-name=skillframe --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  -D . -f po/POTFILES.in -o "$tmp/skillframe.pot" 2>"$tmp/xgettext.log" ||
  { echo "Bail out! xgettext failed: $(cat "$tmp/xgettext.log")"; exit 1; }

n=0
for lang in $languages; do
  po=po/$lang.po
  n=$((n + 1))
  if out=$(msgfmt --check --check-accelerators=_ -o /dev/null "$po" 2>&1); then
    echo "ok $n - $po passes msgfmt --check"
  else
    echo "not ok $n - $po fails msgfmt --check"
    printf '%s\n' "$out" | sed 's/^/# /'
  fi
  n=$((n + 1))
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/skillframe.pot" 2>/dev/null
  untranslated=$(msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry too when there is anything to print.
  [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  if [ "$untranslated" -eq 0 ] && [ "$fuzzy" -eq 0 ]; then
    echo "ok $n - $po translates every string of the sources"
  else
    echo "not ok $n - $po: $untranslated strings of the sources untranslated, $fuzzy fuzzy (run ninja skillframe-update-po) # TODO"
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -A1 '^msgid ' | sed -n 's/^msgid /# /p' | grep -v '^# ""$' | head -20
  fi
done
echo "1..$n"
