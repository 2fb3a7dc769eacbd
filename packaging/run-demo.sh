#!/usr/bin/env bash
# Installs the Debian packages, builds, writes a few fictitious sample dossiers, imports them
# into a demo store and opens the workstation on it. Without a display it runs the same demo
# through the CLI and says where the results are.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
bash packaging/build.sh
BUILD_DIR="${BUILD_DIR:-build}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$PWD/$BUILD_DIR" ;; esac
BIN="$BUILD_DIR/app"
DEMO="${CASEREVIEW_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/casereview/demo}"
STORE="$DEMO/demo.crstore"
mkdir -p "$DEMO"
"$BIN/casereview-cli" demo "$DEMO/dossiers" --count 6 >/dev/null
"$BIN/casereview-cli" --store "$STORE" import "$DEMO/dossiers" --no-progress || true
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BIN/casereview" --store "$STORE"
fi
echo
echo "No display found: showing the demo through the command line."
"$BIN/casereview-cli" --store "$STORE" cases
"$BIN/casereview-cli" --store "$STORE" show 1
"$BIN/casereview-cli" --store "$STORE" search 罚款 --limit 5
"$BIN/casereview-cli" --store "$STORE" diagnose --all --csv "$DEMO/findings.csv"
"$BIN/casereview-cli" --store "$STORE" rectify create --case 1 --all-findings --by demo || true
"$BIN/casereview-cli" --store "$STORE" rectify export --format xlsx --out "$DEMO/rectification-ledger.xlsx" || true
echo
echo "Demo dossiers: $DEMO/dossiers"
echo "Demo store:    $STORE"
echo "Findings:      $DEMO/findings.csv"
echo "Rectification: $DEMO/rectification-ledger.xlsx"
echo "Open it later with: $BIN/casereview --store \"$STORE\""
