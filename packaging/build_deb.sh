#!/usr/bin/env bash
# Build dist/patchscaler_VERSION_ARCH.deb on Debian or Ubuntu: the app in /opt/patchscaler with
# its own Python environment (a venv on the system's python3.X, CPU-only torch, the app wheel),
# trimmed by packaging/trim_env.py, plus /usr/bin/patchscaler, the desktop entry, the hicolor
# icons and the AppStream metainfo. Its Depends come from the libraries the environment loads
# (packaging/deb_depends.py). Check it with packaging/check_deb.sh (root; installs it).
#
# Needs python3-venv and dpkg. TORCH_INDEX=URL takes torch from that index (the release
# workflow: the CPU index); here pip finds the CPU wheel it is configured with.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYVER=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
PY=/usr/bin/python$PYVER  # the versioned interpreter: the package depends on python$PYVER
VERSION=$($PY -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(dpkg --print-architecture)
APP_ID=io.github.patchscaler.PatchScaler
STAGE=$ROOT/build/deb/root
APP=$STAGE/opt/patchscaler
SITE=$APP/lib/python$PYVER/site-packages
DEB=dist/patchscaler_${VERSION}_${ARCH}.deb
rm -rf build/deb && mkdir -p "$STAGE" dist

echo "== environment on $PY"
$PY -m venv "$APP"
"$APP/bin/pip" install -q ${TORCH_INDEX:+--index-url "$TORCH_INDEX"} torch==2.13.0
if ! "$APP/bin/python" -W ignore -c 'import sys, torch; sys.exit(torch.version.cuda is not None)'; then
    echo "torch is a CUDA build (GBs of nvidia-* packages): set TORCH_INDEX to the CPU index" >&2
    exit 1
fi
"$APP/bin/pip" wheel -q --no-deps -w build/deb/wheel .
"$APP/bin/pip" install -q build/deb/wheel/patchscaler_gui-*.whl
"$APP/bin/pip" uninstall -q -y pip setuptools
# The environment runs one program: keep its launcher and the interpreter, no activate
# scripts or other tools' launchers (their modules stay).
find "$APP/bin" -mindepth 1 ! -name patchscaler ! -name 'python*' -delete
# Make it relocatable to /opt/patchscaler: the launcher's #! line and pyvenv.cfg name the
# folder it was built in.
sed -i "s|$APP|/opt/patchscaler|g" "$APP/bin/patchscaler" "$APP/pyvenv.cfg"
$PY packaging/trim_env.py "$SITE"
if grep -rlF "$APP" "$APP"; then echo "the files above still name the build folder" >&2; exit 1; fi

echo "== desktop files"
install -Dm644 resources/$APP_ID.desktop "$STAGE/usr/share/applications/$APP_ID.desktop"
install -Dm644 resources/$APP_ID.metainfo.xml "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
for icon in resources/icons/hicolor/*/apps/$APP_ID.png; do
    install -Dm644 "$icon" "$STAGE/usr/share/icons/${icon#resources/icons/}"
done
install -Dm644 LICENSE "$STAGE/usr/share/doc/patchscaler/copyright"
mkdir -p "$STAGE/usr/bin"
ln -s /opt/patchscaler/bin/patchscaler "$STAGE/usr/bin/patchscaler"

echo "== control"
DEPS=$($PY packaging/deb_depends.py "$APP")
mkdir -p "$STAGE/DEBIAN"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: patchscaler
Version: $VERSION
Architecture: $ARCH
Section: graphics
Priority: optional
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Maintainer: The PatchScaler authors <maintainer@patchscaler.invalid>
$(echo "$DEPS" | sed -n 's/^Depends: /Depends: python'"$PYVER"', /p')
$(echo "$DEPS" | grep '^Recommends: .' || true)
Description: upscale photos x4 with a patch-adaptive diffusion model
 PatchScaler enlarges photos four times on the CPU: a fast coarse stage restores the
 whole image and rates each patch's difficulty; easy patches then take a couple of
 diffusion steps and hard ones more. Desktop app and command line (patchscaler).
 .
 Ships its own Python environment in /opt/patchscaler (CPU-only PyTorch, Qt 6).
EOF
# Byte code is compiled on the target (postinst) and removed before removal (prerm), so the
# package leaves nothing behind in /opt/patchscaler.
cat > "$STAGE/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
    /opt/patchscaler/bin/python -m compileall -q -j0 /opt/patchscaler/lib >/dev/null || true
fi
EOF
cat > "$STAGE/DEBIAN/prerm" <<'EOF'
#!/bin/sh
set -e
find /opt/patchscaler -depth -type d -name __pycache__ -exec rm -rf {} + 2>/dev/null || true
EOF
chmod 755 "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/prerm"
cat "$STAGE/DEBIAN/control"

echo "== sizes (installed)"
du -sh "$SITE/torch" "$SITE/torch.libs" 2>/dev/null || true
du -shc "$SITE"/PySide6 "$SITE"/shiboken6 | tail -1 | sed 's/total/Qt (PySide6 + shiboken6)/'
du -sh "$SITE/patchscaler_gui/_models"
du -sh "$APP"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB"
ls -l "$DEB"
