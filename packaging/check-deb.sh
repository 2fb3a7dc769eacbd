#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack and checks it the Debian way: lintian (installed with
# apt-get when missing; not needed by the tests) must report nothing at all, pedantic and info
# tags included, and the unpacked package (dpkg -x) must hold every file where it belongs.
# usage: bash packaging/check-deb.sh        (after packaging/build.sh; BUILD_DIR as there)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
[ -d "$BUILD_DIR" ] || { echo "check-deb: no $BUILD_DIR; run packaging/build.sh first"; exit 1; }

if ! command -v lintian >/dev/null; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "check-deb: installing lintian"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends lintian
fi

cmake --build "$BUILD_DIR" --target casereview casereview-cli packaging_docs
rm -f "$BUILD_DIR"/casereview_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >cpack-deb.log 2>&1) || { cat "$BUILD_DIR/cpack-deb.log"; exit 1; }
deb=$(ls "$BUILD_DIR"/casereview_*.deb)
echo "check-deb: $deb"

# Every tag, down to info and pedantic ones; any is a failure.
tags=$(lintian --info --pedantic --display-experimental "$deb" 2>&1 | grep -v '^running with root privileges' || true)
if [ -n "$tags" ]; then
    echo "$tags"
    echo "check-deb: lintian reports the tags above"
    exit 1
fi
echo "check-deb: lintian --info --pedantic --display-experimental: no tags"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
missing=0
for f in usr/bin/casereview usr/bin/casereview-cli \
         usr/share/doc/casereview/copyright usr/share/doc/casereview/changelog.gz \
         usr/share/man/man1/casereview.1.gz usr/share/man/man1/casereview-cli.1.gz \
         usr/share/bash-completion/completions/casereview-cli \
         usr/share/applications/casereview.desktop usr/share/metainfo/org.casereview.Workstation.metainfo.xml \
         usr/share/mime/packages/casereview.xml usr/share/icons/hicolor/scalable/apps/casereview.svg \
         usr/share/icons/hicolor/48x48/apps/casereview.png usr/share/icons/hicolor/128x128/apps/casereview.png \
         usr/share/icons/hicolor/256x256/apps/casereview.png; do
    [ -f "$root/$f" ] || { echo "check-deb: missing /$f"; missing=1; }
done
[ "$missing" -eq 0 ] || exit 1
# The unpacked programs run, and their man pages format.
"$root/usr/bin/casereview-cli" --help >/dev/null
if command -v man >/dev/null; then
    for p in casereview casereview-cli; do
        out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$root/usr/share/man/man1/$p.1.gz" 2>&1 >/dev/null)
        [ -z "$out" ] || { echo "check-deb: $p.1 formats with warnings: $out"; exit 1; }
    done
fi
echo "check-deb: $(find "$root" -type f | wc -l) files unpacked where they belong; casereview-cli --help runs"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Section\|Priority\|Installed-Size\|Depends\):/  \1:/p'
