#!/usr/bin/env bash
# Checks that every C++ line changed since .ci/format-base follows .clang-format (clang-format 14,
# Debian 12). Only changed lines: the code written before the style file is left as it is, so a
# change is never buried in reformatting, and new code comes in formatted.
#   packaging/check-format.sh          report the lines to reformat (exit 1 when there are any)
#   packaging/check-format.sh --fix    reformat them in the working tree
# Called by .ci/run. A shallow clone without the base commit is skipped with a note.
set -euo pipefail
cd "$(dirname "$0")/.."
base="$(tr -d '[:space:]' < .ci/format-base)"
tool="$(command -v git-clang-format-14 || command -v git-clang-format || true)"
binary="$(command -v clang-format-14 || command -v clang-format || true)"
if [ -z "$tool" ] || [ -z "$binary" ]; then
  echo "check-format: clang-format is not installed (packaging/install-deps.sh installs it)" >&2
  exit 1
fi
if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
  echo "check-format: base commit $base is not in this clone (shallow?); skipped"
  exit 0
fi
paths=(app core ui tests bench)
if [ "${1:-}" = "--fix" ]; then
  "$tool" --binary "$binary" --extensions cpp,h "$base" -- "${paths[@]}" || true
  exit 0
fi
out="$("$tool" --binary "$binary" --diff --extensions cpp,h "$base" -- "${paths[@]}" || true)"
case "$out" in
  ""|"no modified files to format"|"clang-format did not modify any files")
    echo "check-format: the lines changed since ${base:0:10} follow .clang-format"
    exit 0 ;;
esac
printf '%s\n' "$out"
echo "check-format: the lines above do not follow .clang-format; run packaging/check-format.sh --fix" >&2
exit 1
