#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test; then the same under
# AddressSanitizer + UBSan (skip that with KANBAO_SKIP_ASAN=1 for a quick local run); then the libFuzzer
# targets (clang, build/fuzz), each fuzzed for KANBAO_FUZZ_SECONDS (default 20) over its seed corpus and
# kept regression inputs (skip with KANBAO_SKIP_FUZZ=1).
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

if [ "${KANBAO_SKIP_FUZZ:-0}" != "1" ]; then
    # Only the core and the fuzz targets are built here (no GUI, no test suite).
    cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-14 -DKANBAO_FUZZ=ON \
        -DKANBAO_FUZZ_SECONDS="${KANBAO_FUZZ_SECONDS:-20}" >/dev/null
    cmake --build build/fuzz -j"$jobs" --target fuzz_all
    ctest --test-dir build/fuzz -j"$jobs" --output-on-failure
fi
