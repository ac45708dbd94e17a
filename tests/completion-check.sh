#!/usr/bin/env bash
# completion-check.sh TOOL COMPLETION
#
# Completes skillframe-tool command lines with the bash completion as bash
# does on Tab, and checks what is offered: the commands that
# "skillframe-tool --help" lists, each command's options, the values of
# --format and --severity, rule ids, and files. Needs bash-completion.
# Prints TAP.

set -u

[ $# -eq 2 ] || { echo "usage: ${0##*/} TOOL COMPLETION" >&2; exit 2; }
tool=$(cd "$(dirname "$1")" && pwd)/${1##*/} completion=$2
export LC_ALL=C LANGUAGE=

bash_completion=/usr/share/bash-completion/bash_completion
[ -r $bash_completion ] || { echo "Bail out! $bash_completion not found (package bash-completion)"; exit 1; }
# shellcheck source=/dev/null
. $bash_completion
# shellcheck source=/dev/null
. "$completion"

work=$(mktemp -d "${TMPDIR:-/tmp}/skillframe-completion.XXXXXX")
bin=$(mktemp -d "${TMPDIR:-/tmp}/skillframe-completion-bin.XXXXXX")
trap 'rm -rf "$work" "$bin"' EXIT
touch "$work/alpha.json" "$work/beta.json"
cd "$work" || exit 1

# complete WORD… : what Tab offers after WORD… (the last one is the word being typed).
complete_line() {
    COMP_WORDS=("$tool" "$@")
    COMP_CWORD=$(($# ))
    COMP_LINE="$tool $*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _skillframe_tool
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}

n=0
expect() {
    local want=$1 got=$2 what=$3
    n=$((n + 1))
    if [ "$got" = "$want" ]; then
        echo "ok $n - $what: $got"
    else
        echo "not ok $n - $what: got \"$got\", expected \"$want\""
    fi
}

commands=$("$tool" --help | sed -n '/^Commands:/,/^$/{/^  [a-z]/{s/^  \([a-z][a-z0-9-]*\).*/\1/p}}' | sort | tr '\n' ' ' | sed 's/ $//')
expect "$commands" "$(complete_line '')" "the commands of --help"
expect "validate" "$(complete_line 'va')" "a command from its first letters"
expect "--help --version" "$(complete_line '--')" "the options before a command"
expect "--explain= --format= --help --list-rules --rule= --severity= --suggest" \
       "$(complete_line validate '--')" "validate's options"
expect "--check --help" "$(complete_line fmt '--')" "fmt's options"
expect "json sarif text" "$(complete_line validate --format '')" "the values of --format"
expect "error" "$(complete_line validate --severity 'e')" "the values of --severity"
expect "SF401 SF402 SF403 SF404 SF405" "$(complete_line validate --rule 'SF40')" "rule ids"
expect "missing-anchor missing-citation missing-value" "$(complete_line validate -r 'missing-')" "rule names, after -r"
expect "json sarif text" "$(complete_line validate -f '')" "the values of -f"
expect "SF101" "$(complete_line validate --explain 'SF10' | cut -d' ' -f1)" "the rule of --explain"
expect "" "$(complete_line validate --suggest --severity=warning 'x')" "nothing after a flag and a value, where nothing matches"
expect "alpha.json beta.json" "$(complete_line stats '')" "files after a command"

# Commands that others add later complete from their --help alone: a stand-in tool with a
# command whose first argument is a choice and an option with choices, and one with a
# "Formats:" list, in GOption's layout.
fake=$bin/skillframe-tool
cat >"$fake" <<'FAKE'
#!/bin/sh
case "$1 $2" in
"--help "*) printf 'Usage:\n  skillframe-tool COMMAND\n\nCommands:\n  share       Share\n  publish     Publish\n\n' ;;
"share --help") printf 'Usage:\n  share [OPTION\342\200\246] get|put|status [FILE|FOLDER\342\200\246] \342\200\224 share\n\nApplication Options:\n  --remote=URL             The URL\n  --prefer=mine|theirs     Resolve\n  --json                   JSON\n\n' ;;
"publish --help") printf 'Usage:\n  publish [OPTION\342\200\246] FILE \342\200\224 publish\n\nFormats:\n  page      A page\n  case      CASE\n\nApplication Options:\n  -f, --format=FORMAT     The format\n  -o, --output=PATH       Where\n\n' ;;
esac
FAKE
chmod +x "$fake"
tool=$fake
expect "publish share" "$(complete_line '')" "a later tool's commands"
expect "get put status" "$(complete_line share '')" "a command's first argument, from its usage"
expect "get put status" "$(complete_line share --remote https://example.org/dav/ '')" "the same after an option and its value"
expect "alpha.json beta.json" "$(complete_line share get '')" "files after the first argument"
expect "mine theirs" "$(complete_line share --prefer '')" "an option's choices, from its placeholder"
expect "case page" "$(complete_line publish --format '')" "formats, from the command's Formats list"
expect "alpha.json beta.json" "$(complete_line publish -o '')" "files for a PATH"
echo "1..$n"
