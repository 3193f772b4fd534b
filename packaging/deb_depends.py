"""The Debian packages that the shared libraries of the app environment load.

    python3 packaging/deb_depends.py /path/to/stage/opt/patchscaler

Runs ``ldd`` on every shared library under the folder, keeps the libraries it links
directly (``readelf -d``) that are found outside the folder, and asks ``dpkg -S`` which
package owns each (what ``dpkg-shlibdeps`` does for a source package); libc6 gets the
newest glibc any manylinux wheel in the environment was built for. Prints two lines,
``Depends: …`` and ``Recommends: …``: what only Qt's GTK platform theme needs (GTK itself,
present on every GTK desktop) is recommended, everything else is required. Fails, naming
them, when a library is not found on this machine: install it (the Qt plugins' X11 and
Wayland libraries) and build again, so that the package depends on it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

OPTIONAL = ("libqgtk3.so",)  # Qt's GTK theme: native dialogs on GTK desktops


def _owner(path: str, cache: dict[str, str]) -> str:
    real = os.path.realpath(path)
    for candidate in (path, real, re.sub(r"^/usr", "", real), "/usr" + real):
        if candidate not in cache:
            done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            cache[candidate] = done.stdout.split(":")[0] if done.returncode == 0 else ""
        if cache[candidate]:
            return cache[candidate]
    raise SystemExit(f"no Debian package owns {path}")


def main(argv: list[str]) -> int:
    root = Path(argv[1]).resolve()
    required: set[str] = set()
    optional: set[str] = set()
    missing: dict[str, set[str]] = {}
    owners: dict[str, str] = {}
    for lib in sorted(root.rglob("*.so*")):
        if not lib.is_file() or lib.is_symlink() or not lib.read_bytes()[:4] == b"\x7fELF":
            continue
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout
        dynamic = subprocess.run(["readelf", "-d", str(lib)], capture_output=True,
                                 text=True).stdout
        direct = set(re.findall(r"\(NEEDED\).*\[(.+)\]", dynamic))
        target = optional if lib.name in OPTIONAL else required
        for name in re.findall(r"^\s*(\S+) => not found", out, flags=re.MULTILINE):
            missing.setdefault(name, set()).add(lib.name)
        for name, path in re.findall(r"^\s*(\S+) => (/\S+)", out, flags=re.MULTILINE):
            if name in direct and not Path(path).resolve().is_relative_to(root):
                target.add(_owner(path, owners))
    if missing:
        for name, users in sorted(missing.items()):
            print(f"not found: {name} (needed by {', '.join(sorted(users))})", file=sys.stderr)
        return 1
    optional -= required
    glibc = max((int(minor) for wheel in root.glob("lib/python*/site-packages/*/WHEEL")
                 for minor in re.findall(r"manylinux_2_(\d+)", wheel.read_text())), default=0)
    if glibc and "libc6" in required:  # the newest glibc a manylinux wheel was built for
        required = (required - {"libc6"}) | {f"libc6 (>= 2.{glibc})"}
    print("Depends: " + ", ".join(sorted(required)))
    print("Recommends: " + ", ".join(sorted(optional)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
