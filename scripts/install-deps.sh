#!/usr/bin/env bash
# Installs the Debian 12 packages Kanbao needs to build, test and run. Idempotent: does nothing when
# everything is present. Run as root (or with sudo available).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libgl-dev qt6-translations-l10n
    libicu-dev libsqlite3-dev libssl-dev
    libpoppler-qt6-dev
    python3 python3-jieba python3-bibtexparser
    fonts-noto-cjk poppler-utils
    fonts-arphic-uming fonts-wqy-microhei
    python3-gi gir1.2-pango-1.0 python3-cairo python3-gi-cairo
    xvfb xauth appstream desktop-file-utils
    clang-14 libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
