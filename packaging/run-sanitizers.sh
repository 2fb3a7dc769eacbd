#!/usr/bin/env bash
# Builds every target with AddressSanitizer + UndefinedBehaviorSanitizer (-O1, build-asan) and runs
# the whole ctest suite under them. Called by .ci/run after the normal run. A report fails the run:
# UBSan does not recover, ASan stops at the first error. Leak checking is off: Qt's and
# fontconfig's process-lifetime allocations would drown real reports (see README).
# SANITIZE=thread BUILD_DIR=build-tsan runs the same with ThreadSanitizer (by hand, not in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
SANITIZE="${SANITIZE:-address,undefined}"
BUILD_DIR="${BUILD_DIR:-build-asan}"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCASEREVIEW_SANITIZE="$SANITIZE" "${launcher[@]}" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
cd "$BUILD_DIR"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
ctest -j"$(nproc)" --output-on-failure --timeout 1500
