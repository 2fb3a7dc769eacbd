#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests the files the Debian package carries for Debian's conventions: the changelog's newest
# entry is the project's version, in Debian changelog format; the copyright file is
# machine-readable (DEP-5) and names the licence of the SPDX headers; LICENSE is the GPL-3.0
# text; the compressed changelog and man pages in the build are gzip -n (reproducible).
# usage: debian_docs_test.sh PROJECT_VERSION SOURCE_DIR BUILD_PACKAGING_DIR
set -uo pipefail
version=$1
src=$2
built=$3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

changelog=$src/packaging/debian/changelog
head -1 "$changelog" | grep -qE "^casereview \\($version\\) [a-z-]+; urgency=[a-z]+$" ||
    fail "the changelog's first line '$(head -1 "$changelog")' is not 'casereview ($version) …; urgency=…'"
grep -qE '^ -- .+ <.+@.+>  [A-Z][a-z]{2}, [0-9]{1,2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} [+-][0-9]{4}$' "$changelog" ||
    fail "the changelog has no trailer line ' -- NAME <EMAIL>  DATE'"
if command -v dpkg-parsechangelog >/dev/null; then
    got=$(dpkg-parsechangelog -l "$changelog" -S Version 2>&1) || fail "dpkg-parsechangelog: $got"
    [ "$got" = "$version" ] || fail "dpkg-parsechangelog reads version '$got', the project is $version"
fi

copyright=$src/packaging/debian/copyright
head -1 "$copyright" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    fail "copyright is not DEP-5 (its first line is not the Format: URL)"
grep -qx 'Files: \*' "$copyright" || fail "copyright has no 'Files: *' paragraph"
grep -qx 'License: GPL-3+' "$copyright" || fail "copyright does not give GPL-3+ (GPL-3.0-or-later)"
spdx=$(grep -rhoE 'SPDX-License-Identifier: [A-Za-z0-9.+-]+' "$src/core" "$src/ui" "$src/app" | sort -u | sed 's/.*: //')
[ "$spdx" = GPL-3.0-or-later ] || fail "the sources' SPDX identifiers are '$spdx', not only GPL-3.0-or-later: update copyright"

head -2 "$src/LICENSE" | tr -s ' ' | grep -q 'GNU GENERAL PUBLIC LICENSE' || fail "LICENSE is not the GNU GPL"
grep -q '^ *Version 3, 29 June 2007' "$src/LICENSE" || fail "LICENSE is not version 3"

for gz in "$built/changelog.gz" "$built/man/casereview.1.gz" "$built/man/casereview-cli.1.gz"; do
    [ -f "$gz" ] || { fail "$gz was not built"; continue; }
    gzip -t "$gz" || fail "$gz is not a valid gzip file"
    # gzip -n: no file name (FLG bit 3) and no time stamp (MTIME 0) in the header.
    header=$(od -An -tu1 -N8 "$gz" | tr -s ' ')
    read -r _ _ _ flags m0 m1 m2 m3 <<<"$header"
    (( (flags & 8) == 0 && m0 + m1 + m2 + m3 == 0 )) || fail "$gz holds a name or time stamp (not gzip -n)"
done
zcmp "$built/changelog.gz" "$changelog" || fail "changelog.gz is not the changelog"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "debian docs: changelog $version, DEP-5 copyright, LICENSE, gzip -n"
