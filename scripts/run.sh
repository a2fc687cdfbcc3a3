#!/usr/bin/env bash
# Installs what is missing, builds Kanbao and opens the main window on the bundled sample archive.
# Without a display it says so and does the headless equivalent: imports the samples into the default
# library with kanbao-cli and prints that library's calendar of issues.
#   KANBAO_BUILD_DIR=dir   build somewhere else than build/release
#   KANBAO_HEADLESS=1      skip the window even where there is a display
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

build_dir="${KANBAO_BUILD_DIR:-build/release}"
if [ "$build_dir" = build/release ]; then
    cmake --preset release >/dev/null
else
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
# Only the two programs: the tests are scripts/test.sh's business.
cmake --build "$build_dir" -j"$(nproc)" --target kanbao kanbao-cli
bin="$build_dir/bin"

# The library both programs use by default (QStandardPaths' AppDataLocation of "Kanbao" on Linux); named
# explicitly so the window opens it even when the user last worked in another library.
library="${XDG_DATA_HOME:-$HOME/.local/share}/Kanbao/library.kanbao"
mkdir -p "$(dirname "$library")"

headless() {
    # Re-importing is cheap: unchanged files are skipped.
    "$bin/kanbao-cli" import --library "$library" resources/samples
    echo
    "$bin/kanbao-cli" issues --library "$library"
}

has_display() {
    [ -z "${KANBAO_HEADLESS:-}" ] || return 1
    [ "${QT_QPA_PLATFORM:-}" != offscreen ] || return 1
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}

if ! has_display; then
    echo "No display (neither DISPLAY nor WAYLAND_DISPLAY is set): running the headless equivalent instead of" \
         "the window. Library: $library" >&2
    headless
    exit 0
fi

# The samples go in first, so the window opens on them instead of the empty library's welcome panel.
"$bin/kanbao-cli" import --library "$library" resources/samples >/dev/null
status=0
"$bin/kanbao" --library "$library" || status=$?
if [ "$status" -ne 0 ]; then
    echo "The window could not be shown (kanbao exited with status $status; is the display reachable?)." \
         "Running the headless equivalent instead." >&2
    headless
fi
