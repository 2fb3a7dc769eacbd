#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests the manual page of casereview-cli (packaging/man/casereview-cli.1) against
# `casereview-cli --help`: every command (and action of standards, rectify, audit) has its
# own subsection (.SS) and every option the help names is described (as \-\-OPTION), so the
# page cannot fall behind the program. Both pages must also format without groff warnings
# (what lintian's groff-message checks), when groff is installed.
# The options of `casereview --help` (the GUI) must be in casereview.1 likewise.
# usage: manpage_test.sh CASEREVIEW_CLI MAN_DIR [CASEREVIEW]
set -uo pipefail
cli=$1
mandir=$2
gui=${3:-}
page=$mandir/casereview-cli.1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

help=$("$cli" --help) || { echo "FAIL: $cli --help exits $?"; exit 1; }
sections=$(grep -E '^\.SS ' "$page" | sed -E 's/^\.SS "?//; s/\\f[BIR]//g; s/"$//')
nlines=0
while IFS= read -r line; do
    cmd=${line%% *}
    nlines=$((nlines + 1))
    grep -qE "^$cmd( |$)" <<<"$sections" || fail "$page has no subsection (.SS) for '$cmd'"
    while IFS= read -r form; do
        [ -n "$form" ] || continue
        read -r -a words <<<"$form"
        case $cmd in
            standards | rectify | audit)
                grep -qE "^$cmd ${words[1]}( |$)" <<<"$sections" ||
                    fail "$page has no subsection (.SS) for '$cmd ${words[1]}'" ;;
        esac
    done < <(sed "s/ | $cmd /\n$cmd /g" <<<"$line")
    for opt in $(grep -o -- '--[a-z][a-z-]*' <<<"$line" | sort -u); do
        escaped=$(sed 's/-/\\\\-/g' <<<"$opt")
        grep -q -- "$escaped" "$page" || fail "$page does not describe $opt (of '$cmd')"
    done
done < <(sed -n '/^commands:/,/^$/p' <<<"$help" | grep -E '^  [a-z]' | sed 's/^  //')
[ "$nlines" -ge 18 ] || fail "only $nlines commands read from --help"
# The global options printed below the commands.
for opt in $(sed -n '/^--/p' <<<"$help" | grep -o -- '^--[a-z-]*'); do
    grep -q -- "$(sed 's/-/\\\\-/g' <<<"$opt")" "$page" || fail "$page does not describe the global $opt"
done

# The GUI's options (QCommandLineParser's help: "  -h, --help  …", "  --store <FILE>  …").
if [ -n "$gui" ]; then
    guihelp=$(QT_QPA_PLATFORM=offscreen "$gui" --help 2>/dev/null) || fail "$gui --help exits $?"
    n=0
    for opt in $(grep -E '^  -' <<<"$guihelp" | grep -oE -- '--[a-z][a-z-]*'); do
        n=$((n + 1))
        grep -q -- "$(sed 's/-/\\\\-/g' <<<"$opt")" "$mandir/casereview.1" || fail "casereview.1 does not describe $opt of casereview --help"
    done
    [ "$n" -ge 3 ] || fail "only $n options read from $gui --help"
fi

# Formatting, as lintian does it (man --warnings), else with groff directly.
for p in "$mandir"/casereview.1 "$page"; do
    if command -v man >/dev/null; then
        out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$p" 2>&1 >/dev/null)
    elif command -v groff >/dev/null; then
        out=$(groff -K utf8 -man -Tutf8 -ww -z "$p" 2>&1)
    else
        echo "note: neither man nor groff is installed; formatting of $p not checked"
        continue
    fi
    [ -z "$out" ] || fail "$p formats with warnings: $out"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "manpage: $nlines commands of --help checked"
