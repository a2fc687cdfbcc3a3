#!/usr/bin/env bash
# Builds the .deb from a configured and built tree, unpacks it into a temporary root and runs the tools
# from there. usage: test_deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if ! (cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1); then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
deb=$(ls "$work"/out/*.deb | head -n 1)
[ -f "$deb" ] || fail "no .deb produced"
echo "package: $(basename "$deb")"
dpkg-deb -f "$deb" Package Version Depends

# apt must be able to resolve every dependency (simulated, so the test machine is not changed).
timeout 120 apt-get install -s -qq "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt cannot resolve the package's dependencies"; }

dpkg -x "$deb" "$work/root"
root=$work/root
for f in usr/bin/kanbao usr/bin/kanbao-cli \
         usr/share/applications/io.github.kanbao.Kanbao.desktop \
         usr/share/metainfo/io.github.kanbao.Kanbao.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.kanbao.Kanbao.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.kanbao.Kanbao.png \
         usr/share/icons/hicolor/256x256/apps/io.github.kanbao.Kanbao.png \
         usr/share/man/man1/kanbao-cli.1.gz \
         usr/share/kanbao/translations/kanbao_zh_CN.qm \
         usr/share/kanbao/samples/000_71a6f582861dd56c.txt; do
    [ -e "$root/$f" ] || fail "$f is missing from the package"
done

out=$(timeout 20 "$root/usr/bin/kanbao-cli" --version)
[ "$out" = "kanbao-cli $version" ] || fail "kanbao-cli --version printed '$out', expected 'kanbao-cli $version'"
# Without any display: --version must not need one.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM timeout 20 "$root/usr/bin/kanbao" --version) \
    || fail "kanbao --version failed without a display"
[ "$out" = "Kanbao $version" ] || fail "kanbao --version printed '$out', expected 'Kanbao $version'"

timeout 60 "$root/usr/bin/kanbao-cli" reconstruct --json "$root/usr/share/kanbao/samples/003_d414a8ee10d38a41.txt" >"$work/pages.json"
python3 - "$work/pages.json" <<'PY' || fail "reconstruction from the installed tree produced no articles"
import json, sys
pages = json.load(open(sys.argv[1], encoding="utf-8"))["pages"]
n = sum(len(p["articles"]) for p in pages)
print(f"reconstructed {n} articles from the installed sample")
sys.exit(0 if n >= 10 else 1)
PY

man -l "$root/usr/share/man/man1/kanbao-cli.1.gz" >/dev/null 2>&1 || zcat "$root/usr/share/man/man1/kanbao-cli.1.gz" | grep -q '^.TH KANBAO-CLI' || fail "bad man page"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/io.github.kanbao.Kanbao.desktop" || fail "desktop file invalid"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.kanbao.Kanbao.metainfo.xml" \
        || fail "AppStream metainfo invalid"
fi
echo "package OK"
