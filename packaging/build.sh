#!/usr/bin/env bash
# Build a desktop bundle with PyInstaller: dist/patchscaler/patchscaler (run it, or install
# the .desktop file and icons below). PyInstaller is a build tool, not a runtime dependency,
# so it goes into its own virtual environment. Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=build/pyinstaller-venv
if [ ! -x "$VENV/bin/pyinstaller" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip
    "$VENV/bin/pip" install -q torch==2.13.0   # the CPU build; a looser pin pulls CUDA
    "$VENV/bin/pip" install -q . pyinstaller
fi
"$VENV/bin/python" packaging/make_icons.py
"$VENV/bin/pyinstaller" --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/patchscaler.spec
echo "Built dist/patchscaler/. To add it to the desktop menu (per user):"
echo "  install -Dm644 resources/io.github.patchscaler.PatchScaler.desktop ~/.local/share/applications/"
echo "  cp -r resources/icons/hicolor ~/.local/share/icons/"
