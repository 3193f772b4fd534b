#!/usr/bin/env bash
# The smoke test of an installed PatchScaler, on any system (bash; Git Bash on Windows):
#   packaging/smoke.sh COMMAND...      e.g. packaging/smoke.sh dist/patchscaler/patchscaler
# Runs --version (a version, not "dev"), `info` (the bundled model verified), `upscale` on
# the small test photo and the GUI offscreen (PATCHSCALER_GUI_SMOKE: it reports its window,
# model and look, then quits), with a temporary settings folder and XDG data home.
set -euo pipefail
APP=("$@")
PHOTO=$(cd "$(dirname "$0")/.." && pwd)/tests/data/photo_small.png
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
if command -v cygpath >/dev/null; then TMP=$(cygpath -m "$TMP"); PHOTO=$(cygpath -m "$PHOTO"); fi
export PATCHSCALER_CONFIG_DIR=$TMP/config XDG_DATA_HOME=$TMP/data QT_QPA_PLATFORM=offscreen
VERSION=$("${APP[@]}" --version)
echo "$VERSION"
case "$VERSION" in  # "dev" is a source tree's: an install that lost its package metadata
    *" dev") echo "smoke: no version (the package's metadata is missing)"; exit 1 ;;
esac
"${APP[@]}" info > "$TMP/info.txt"
head -n 4 "$TMP/info.txt"
grep -q '^model: .*(verified)' "$TMP/info.txt"
"${APP[@]}" upscale "$PHOTO" -o "$TMP/out.png" --budget 1,2,3 --quiet
test -s "$TMP/out.png"
echo "upscale wrote $TMP/out.png ($(wc -c < "$TMP/out.png") bytes)"
PATCHSCALER_GUI_SMOKE=1 "${APP[@]}" gui > "$TMP/gui.txt"
cat "$TMP/gui.txt"
grep -q "visible=True model: patchscaler-x4" "$TMP/gui.txt"
grep -q "^gui smoke: look .* (the default)$" "$TMP/gui.txt"  # as `upscale` would run it
echo "smoke: all passed"
