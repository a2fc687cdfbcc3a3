#!/usr/bin/env bash
# Installs what is missing, builds Kanbao and runs the main job on the bundled samples.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
bin=build/release/bin
"$bin/kanbao-cli" reconstruct resources/samples/*.txt
