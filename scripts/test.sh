#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test; then the same under
# AddressSanitizer + UBSan (skip that with KANBAO_SKIP_ASAN=1 for a quick local run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)

cmake --preset ci >/dev/null
cmake --build --preset ci -j"$jobs"
ctest --preset ci -j"$jobs"

if [ "${KANBAO_SKIP_ASAN:-0}" != "1" ]; then
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j"$jobs"
    ASAN_OPTIONS=detect_leaks=0 ctest --preset asan -j"$jobs"
fi
