#!/bin/sh
# manpage-check.sh TOOL MANPAGE [OTHER-PAGE…]
#
# Checks that skillframe-tool's manual page names every command that
# "skillframe-tool --help" lists and every option of each command's --help,
# so that a command or option added to the tool without its documentation
# fails here; and that man formats each page without a warning. Prints TAP.

set -u

[ $# -ge 2 ] || { echo "usage: ${0##*/} TOOL MANPAGE [OTHER-PAGE…]" >&2; exit 2; }
tool=$1 page=$2
shift 2
export LC_ALL=C LANGUAGE=

# The page as a reader sees it, without the hyphen escapes of the source.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$page")
commands=$("$tool" --help | sed -n '/^Commands:/,/^$/{/^  [a-z]/{s/^  \([a-z][a-z0-9-]*\).*/\1/p}}')

n=0
fail() { n=$((n + 1)); echo "not ok $n - $*"; }
pass() { n=$((n + 1)); echo "ok $n - $*"; }

if [ -z "$commands" ]; then
  fail "no command found in the output of $tool --help"
fi
for command in $commands; do
  if printf '%s\n' "$text" | grep -qx "\.B $command"; then
    pass "the page describes the command $command"
  else
    fail "the page does not describe the command $command (no \".B $command\" under COMMANDS)"
  fi
  options=$("$tool" "$command" --help | sed -n 's/^  \(-[a-zA-Z], \)\{0,1\}\(--[a-z][a-z0-9-]*\).*/\2/p')
  [ -n "$options" ] || fail "no option found in the output of $tool $command --help"
  # Each command's options are listed in its own subsection, ".SS COMMAND".
  section=$(printf '%s\n' "$text" | sed -n "/^\.SS $command\$/,/^\.S[SH] /p")
  for option in $options; do
    case $option in --help) continue ;; esac
    if printf '%s\n' "$section" | grep -q -- "$option\\b"; then
      pass "the page describes $command $option"
    else
      fail "the page does not describe $command $option (under .SS $command)"
    fi
  done
done

for p in "$page" "$@"; do
  if out=$(man --warnings -l -Tutf8 "$p" 2>&1 >/dev/null) && [ -z "$out" ]; then
    pass "man formats ${p##*/} without warnings"
  else
    fail "man warns about ${p##*/}: $out"
  fi
done
echo "1..$n"
