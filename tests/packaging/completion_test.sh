#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests the bash completion of casereview-cli (packaging/completion/casereview-cli): it is
# sourced into this bash and asked as readline would ask it, and it must know every command,
# action and option that `casereview-cli --help` names, so the two cannot drift apart.
# usage: completion_test.sh CASEREVIEW_CLI COMPLETION_FILE
# (Not `set -e`: the completion function is called the way bash calls it, without it.)
set -uo pipefail
cli=$1
completion=$2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# shellcheck source=/dev/null
source "$completion" || { echo "FAIL: cannot source $completion"; exit 1; }
complete -p casereview-cli >/dev/null || fail "no 'complete' registered for casereview-cli"

# complete WORD... : COMPREPLY for the command line "casereview-cli WORD...", the last word
# being the one under the cursor.
complete_words() {
    COMP_WORDS=(casereview-cli "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _casereview_cli 2>/dev/null
    printf '%s\n' "${COMPREPLY[@]}"
}
offers() { # offers WORD "CANDIDATES" DESCRIPTION
    grep -qx -- "$1" <<<"$2" || fail "$3: '$1' not offered (got: $(echo $2))"
}

# The two cases a user types first.
got=$(complete_words im)
[ "$got" = import ] || fail "casereview-cli im<TAB> gives '$got', not 'import'"
offers --no-ocr "$(complete_words import --)" "casereview-cli import --<TAB>"
# The global option's value is skipped when finding the command.
got=$(complete_words --store x.crstore im)
[ "$got" = import ] || fail "casereview-cli --store x.crstore im<TAB> gives '$got'"
got=$(complete_words --store=x.crstore rectify wi)
[ "$got" = withdraw ] || fail "casereview-cli --store=x.crstore rectify wi<TAB> gives '$got'"
# Values of options with a fixed set.
offers pdf "$(complete_words rectify export --format '')" "rectify export --format <TAB>"
offers scores "$(complete_words export --what '')" "export --what <TAB>"
offers in_progress "$(complete_words rectify update 3 --status in)" "rectify update 3 --status in<TAB>"
offers systemic "$(complete_words rectify update 3 --kind '')" "rectify update 3 --kind <TAB>"
got=$(complete_words rectify recheck 3 --note ''); [ -z "$got" ] || fail "--note <TAB> offers '$got'"
# Files where a command takes a file.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
touch "$tmp/a.crstore" "$tmp/b.txt"
offers "$tmp/a.crstore" "$(complete_words --store "$tmp/")" "--store <TAB>"
grep -qx "$tmp/b.txt" <<<"$(complete_words --store "$tmp/")" && fail "--store <TAB> offers a .txt file"
offers "$tmp/b.txt" "$(complete_words import "$tmp/")" "import <TAB>"

# Every command, action and option of --help is known to the completion.
help=$("$cli" --help) || { echo "FAIL: $cli --help exits $?"; exit 1; }
commands=$(complete_words '')
nlines=0
while IFS= read -r line; do
    cmd=${line%% *}
    nlines=$((nlines + 1))
    offers "$cmd" "$commands" "casereview-cli <TAB>"
    # A line may hold several forms of one command: "rectify create … | rectify list …".
    while IFS= read -r form; do
        [ -n "$form" ] || continue
        read -r -a words <<<"$form"
        prefix=("$cmd")
        case $cmd in
            standards | rectify | audit)
                action=${words[1]}
                offers "$action" "$(complete_words "$cmd" '')" "casereview-cli $cmd <TAB>"
                prefix+=("$action")
                [[ ${words[2]:-} == ID ]] && prefix+=(1) ;;
        esac
        options=$(complete_words "${prefix[@]}" --)
        for opt in $(grep -o -- '--[a-z][a-z-]*' <<<"$form" | sort -u); do
            offers "$opt" "$options" "casereview-cli ${prefix[*]} --<TAB>"
        done
    done < <(sed "s/ | $cmd /\n$cmd /g" <<<"$line")
done < <(sed -n '/^commands:/,/^$/p' <<<"$help" | grep -E '^  [a-z]' | sed 's/^  //')
[ "$nlines" -ge 18 ] || fail "only $nlines commands read from --help"

# Nothing the completion offers is refused by the program as an unknown command or option,
# and it treats as taking a value exactly the options that do. One run per command, checked
# before anything runs: `CMD --help --VALUED=x --FLAG …` prints the synopsis, an unknown option
# is refused as such, a flag given a value as taking none, a valued option without one as
# needing one.
for cmd in $commands; do
    [ "$cmd" = help ] && continue
    actions=""
    case $cmd in standards | rectify | audit) actions=$(complete_words "$cmd" '') ;; esac
    args=()
    for opt in $( (complete_words "$cmd" --; for a in $actions; do complete_words "$cmd" "$a" 1 --; done) | sort -u); do
        [ "$opt" = --help ] && continue
        if [[ " $_casereview_cli_valued " == *" $opt "* ]]; then args+=("$opt=x"); else args+=("$opt"); fi
    done
    out=$("$cli" "$cmd" --help "${args[@]}" 2>&1)
    grep -q "^usage: casereview-cli \[--store FILE\] $cmd" <<<"$out" ||
        fail "casereview-cli $cmd --help ${args[*]} (what the completion offers) gives: $out"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "completion: $nlines commands of --help checked"
