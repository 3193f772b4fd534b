#!/usr/bin/env bash
# Install dist/patchscaler_*.deb on this machine as a user would, use it, and remove it:
#   packaging/build_deb.sh && sudo packaging/check_deb.sh
# Runs `patchscaler --version`, `info` and `upscale` from /usr/bin, starts the GUI offscreen
# from the desktop entry's Exec line (PATCHSCALER_GUI_SMOKE: it reports its window, model and
# look, and quits), validates the installed desktop files, then purges the package and checks that
# nothing is left. Needs root and apt; takes a few minutes (mostly unpacking and
# byte-compiling torch). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ID=io.github.patchscaler.PatchScaler
DEB=$(find dist -maxdepth 1 -name 'patchscaler_*.deb' -printf '%T@ %p\n' | sort -n | tail -1 | cut -d' ' -f2)
[ -n "$DEB" ] || { echo "no dist/patchscaler_*.deb: run packaging/build_deb.sh" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export PATCHSCALER_CONFIG_DIR=$TMP/config XDG_DATA_HOME=$TMP/data QT_QPA_PLATFORM=offscreen
step() { echo; echo "== $* ($(date +%T))"; }

step "install $DEB ($(du -h "$DEB" | cut -f1))"
if dpkg -s patchscaler >/dev/null 2>&1; then echo "patchscaler is already installed" >&2; exit 1; fi
apt-get install -y -q "./$DEB" | tail -n 3
[ "$(command -v patchscaler)" = /usr/bin/patchscaler ]
echo "installed size: $(du -sh /opt/patchscaler | cut -f1) in /opt/patchscaler"

step "patchscaler --version / info"
/usr/bin/patchscaler --version
/usr/bin/patchscaler info > "$TMP/info.txt"
head -n 4 "$TMP/info.txt"
grep -q '^model: /opt/patchscaler/.*(verified)$' "$TMP/info.txt"

step "patchscaler upscale"
/opt/patchscaler/bin/python -I - "$TMP/small.png" <<'EOF'  # -I: not the checkout
import sys
from importlib import resources
from PIL import Image
with Image.open(resources.files("patchscaler_gui._resources") / "sample.png") as im:
    im.convert("RGB").crop((100, 100, 196, 164)).save(sys.argv[1])
EOF
/usr/bin/patchscaler upscale "$TMP/small.png" -o "$TMP/out.png"
/opt/patchscaler/bin/python -I -c "
import sys; from PIL import Image
size = Image.open(sys.argv[1]).size; print('output', size); assert size == (384, 256)" "$TMP/out.png"

step "GUI from the desktop entry's Exec line"
ENTRY=/usr/share/applications/$APP_ID.desktop
EXEC=$(sed -n 's/^Exec=//p' "$ENTRY")
echo "Exec=$EXEC"
# shellcheck disable=SC2086  # the Exec line is split into words, as a desktop does
PATCHSCALER_GUI_SMOKE=1 ${EXEC// %F/} | tee "$TMP/gui.txt"
grep -q "visible=True model: patchscaler-x4" "$TMP/gui.txt"
grep -q "^gui smoke: look .* (the default)$" "$TMP/gui.txt"  # as `upscale` would run it
if command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null; then
    desktop-file-validate "$ENTRY"
    appstreamcli validate --no-net "/usr/share/metainfo/$APP_ID.metainfo.xml"
fi

step "remove"
apt-get purge -y -q patchscaler | tail -n 2
for path in /opt/patchscaler /usr/bin/patchscaler "$ENTRY" \
        "/usr/share/metainfo/$APP_ID.metainfo.xml" \
        "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png"; do
    if [ -e "$path" ] || [ -L "$path" ]; then echo "left behind: $path" >&2; exit 1; fi
done
if dpkg -s patchscaler >/dev/null 2>&1; then echo "still registered with dpkg" >&2; exit 1; fi
echo "removed cleanly: nothing left in /opt/patchscaler"
echo
echo "check_deb: all steps passed"
