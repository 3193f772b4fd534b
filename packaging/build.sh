#!/usr/bin/env bash
# Build a desktop bundle with PyInstaller: dist/patchscaler/patchscaler (run it; then
# `dist/patchscaler/patchscaler desktop install` adds it to the menu). PyInstaller is a build
# tool, not a runtime dependency, so it goes into its own virtual environment. The release
# workflow does the same on Linux, Windows and macOS. Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=build/pyinstaller-venv
if [ ! -x "$VENV/bin/pyinstaller" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip
    "$VENV/bin/pip" install -q torch==2.13.0   # the CPU build here; a looser pin pulls CUDA
    "$VENV/bin/pip" install -q pyinstaller
fi
"$VENV/bin/pip" install -q .   # the app as its wheel installs it (package data included)
"$VENV/bin/pyinstaller" --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/patchscaler.spec
echo "Built dist/patchscaler/. Smoke test: packaging/smoke.sh dist/patchscaler/patchscaler"
