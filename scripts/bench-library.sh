#!/usr/bin/env bash
# Library benchmarks, one command: builds bench_library, generates synthetic archives from
# resources/samples (scripts/gen_archive.py) and measures
#   1. import throughput on a 2,000-page archive (wall clock, and CPU per page: the machine may be shared),
#   2. a library of >= 500,000 articles: import, file size against the raw text, open time,
#      two-character query latency (median, p99).
# The big archive and library are kept in $KANBAO_BENCH_DIR (default /tmp/kanbao-bench) and reused by
# later runs; delete the folder (or set KANBAO_BENCH_REBUILD=1) to start over.
#
#   scripts/bench-library.sh [ARTICLES]       # default 500000
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-500000}
work=${KANBAO_BENCH_DIR:-/tmp/kanbao-bench}
build=${KANBAO_BENCH_BUILD:-build/release}
mkdir -p "$work"

if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target bench_library >/dev/null
bench="$build/bench/bench_library"

echo "== import throughput (2,000 pages)"
rm -rf "$work/small" "$work/small.kanbao" "$work/small.kanbao-wal" "$work/small.kanbao-shm"
python3 scripts/gen_archive.py --pages 2000 --out "$work/small" --seed 1
"$bench" import "$work/small.kanbao" "$work/small"
"$bench" scan "$work/small"
echo "== re-import of the same archive (nothing changed)"
"$bench" import "$work/small.kanbao" "$work/small" | grep -E "files imported|import seconds"

# About 30 articles a generated page (the samples hold 12 to 30 and shuffling splits some).
pages=$(( (articles + 29) / 30 ))
big="$work/big-$articles.kanbao"
if [ "${KANBAO_BENCH_REBUILD:-0}" = "1" ] || [ ! -f "$big" ]; then
    echo "== building a library of about $articles articles ($pages pages)"
    rm -rf "$work/big-$articles" "$big" "$big-wal" "$big-shm"
    python3 scripts/gen_archive.py --pages "$pages" --out "$work/big-$articles" --seed 2
    "$bench" import "$big" "$work/big-$articles"
else
    echo "== reusing $big"
fi
echo "== open"
for i in 1 2 3; do "$bench" open "$big"; done
echo "== two-character queries"
"$bench" search "$big" --queries 500
