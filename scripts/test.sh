#!/usr/bin/env bash
# Installs what is missing; builds once with warnings as errors under AddressSanitizer + UBSan (the `asan` preset:
# one build instead of a release and a sanitizer build keeps CI well under 30 minutes) and runs every test; then
# the libFuzzer targets (clang, build/fuzz), each fuzzed for KANBAO_FUZZ_SECONDS (default 20) over its seed corpus
# and kept regression inputs (skip with KANBAO_SKIP_FUZZ=1). KANBAO_PRESET=ci runs the tests on an optimised
# build without sanitizers instead (quicker for a local run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)

preset="${KANBAO_PRESET:-asan}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$jobs"
ctest --preset "$preset" -j"$jobs"

if [ "${KANBAO_SKIP_FUZZ:-0}" != "1" ]; then
    # Only the core and the fuzz targets are built here (no GUI, no test suite).
    cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-14 -DKANBAO_FUZZ=ON \
        -DKANBAO_FUZZ_SECONDS="${KANBAO_FUZZ_SECONDS:-20}" >/dev/null
    cmake --build build/fuzz -j"$jobs" --target fuzz_all
    ctest --test-dir build/fuzz -j"$jobs" --output-on-failure
fi
