#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The folders of core depend one way. core/README.md numbers them in order ("1. `domain` — …");
# a file in a folder may include its own folder and folders earlier in that list, never a later
# one, except where README.md's "Exceptions" list names the file and the folder ("- `dir/file.h`
# → `folder`: why"). Every folder of core must be listed, every listed folder must exist, and an
# exception no include uses any more is reported, so the document stays true.
# Usage: core_layering.sh CORE_DIR     Exit 0 when clean; else every offending file:line.
set -u
core=${1:?usage: core_layering.sh CORE_DIR}
readme="$core/README.md"
[ -f "$readme" ] || { echo "no $readme"; exit 1; }

mapfile -t order < <(sed -n 's/^[0-9][0-9]*\. `\([a-z][a-z]*\)`.*/\1/p' "$readme")
declare -A rank
for i in "${!order[@]}"; do rank[${order[$i]}]=$i; done
declare -A allowed used
while read -r file folder; do
    [ -n "$file" ] && allowed["$file $folder"]=1
done < <(sed -n 's/^- `\([a-z][a-z]*\/[A-Za-z0-9_.]*\)` → `\([a-z][a-z]*\)`.*/\1 \2/p' "$readme")

fail=0
[ "${#order[@]}" -gt 0 ] || { echo "core/README.md lists no folders"; exit 1; }
for dir in "$core"/*/; do
    folder=$(basename "$dir")
    [ "$folder" = guard ] && continue  # the include guard, not code
    [ -n "${rank[$folder]+x}" ] || { echo "core/$folder is not in the order of core/README.md"; fail=1; }
done
for folder in "${order[@]}"; do
    [ -d "$core/$folder" ] || { echo "core/README.md lists $folder, which is not a folder of core"; fail=1; }
done

while IFS= read -r hit; do
    file=${hit%%:*}
    rest=${hit#*:}
    line=${rest%%:*}
    text=${rest#*:}
    rel=${file#"$core"/}
    folder=${rel%%/*}
    target=$(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([a-z][a-z]*\)\/.*/\1/p' <<<"$text")
    [ -z "$target" ] || [ "$target" = "$folder" ] && continue
    [ -n "${rank[$target]+x}" ] && [ -n "${rank[$folder]+x}" ] || continue  # not a core folder
    (( rank[$target] > rank[$folder] )) || continue
    if [ -n "${allowed["$rel $target"]+x}" ]; then
        used["$rel $target"]=1
        continue
    fi
    echo "core/$rel:$line: $folder includes $target/, which comes after it in core/README.md: ${text#"${text%%[![:space:]]*}"}"
    fail=1
done < <(grep -rnE --include='*.h' --include='*.cpp' '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[a-z]+/' "$core" \
         | grep -v "^$core/guard/")

for key in "${!allowed[@]}"; do
    [ -n "${used[$key]+x}" ] || { echo "core/README.md excepts ${key% *} → ${key#* }, but no such include is left"; fail=1; }
done
[ "$fail" = 0 ] && echo "core folders depend one way (${#order[@]} folders)"
exit "$fail"
