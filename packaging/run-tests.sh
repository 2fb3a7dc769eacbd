#!/usr/bin/env bash
# Installs the Debian packages, builds once and runs every test in parallel (ctest -j).
# Slow benchmarks are separate targets (see README) and do not run here.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
bash packaging/build.sh
cd "${BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
ctest -j"$(nproc)" --output-on-failure --timeout 600
