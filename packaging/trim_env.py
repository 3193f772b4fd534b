"""Trim the app environment of the Debian package to what the app runs.

    python3 packaging/trim_env.py SITE_PACKAGES

Removes, and prints what each removal saved:
- byte code caches (the package's postinst compiles them again), tests, C/C++ headers;
- torch's C++ test binaries and test libraries, its static libraries and CMake files
  (:func:`torch_waste`, which the PyInstaller spec also asks);
- the Qt modules the app does not use: it imports QtCore, QtGui and QtWidgets only
  (qasync and superqt too), so every other binding, QML, Qt's developer tools, their
  translations and the plugins for embedded screens (eglfs, linuxfb, vnc), SQL, printing,
  networking and QML go; the Qt libraries that stay are exactly those the three kept
  modules and the kept plugins (X11, Wayland, offscreen, themes, input methods, image
  formats, icon engines) load, found with ``ldd``. Plugins that need a Qt module
  PySide6-Essentials does not ship (PDF images, the virtual keyboard) cannot load and go.
Nothing that ``import torch`` loads is touched; torch's own Python dependencies stay.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path, PurePath

QT_MODULES = ("QtCore", "QtGui", "QtWidgets")
QT_PLUGINS_KEPT = ("platforms/libqxcb.so", "platforms/libqwayland.so",
                   "platforms/libqoffscreen.so", "platforms/libqminimal.so",
                   "platformthemes", "platforminputcontexts", "xcbglintegrations",
                   "wayland-decoration-client", "wayland-graphics-integration-client",
                   "wayland-shell-integration", "imageformats", "iconengines")
TORCH_TEST_LIBS = ("torchbind_test", "aoti_custom_ops", "backend_with_compiler",
                   "jitbackend_test")  # library names without "lib" and the suffix


def size(path: Path) -> int:
    if path.is_symlink() or path.is_file():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


class Trimmer:
    def __init__(self) -> None:
        self.saved: dict[str, int] = {}

    def remove(self, path: Path, why: str) -> None:
        if not (path.exists() or path.is_symlink()):
            return
        self.saved[why] = self.saved.get(why, 0) + size(path)
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def _needed_qt_libs(qt_lib: Path, roots: list[Path]) -> set[str]:
    """Names of the libraries under ``qt_lib`` that ``roots`` load, directly or not."""
    needed: set[str] = set()
    todo = list(roots)
    while todo:
        out = subprocess.run(["ldd", str(todo.pop())], capture_output=True, text=True).stdout
        for name, target in re.findall(r"^\s*(\S+) => (\S+)", out, flags=re.MULTILINE):
            path = Path(target)
            if path.parent.resolve() == qt_lib.resolve() and name not in needed:
                needed.add(name)
                todo.append(path)
    return needed


def trim_qt(site: Path, t: Trimmer) -> None:
    pyside = site / "PySide6"
    qt = pyside / "Qt"
    for item in pyside.iterdir():
        keep_module = item.name.split(".")[0] in QT_MODULES and item.suffix == ".so"
        if item.name.startswith("Qt") and item.suffix in (".so", ".pyi") and not keep_module:
            t.remove(item, "Qt: unused Python bindings and type stubs")
        elif item.name.startswith("libpyside6qml"):
            t.remove(item, "Qt: unused Python bindings and type stubs")
        elif item.is_file() and item.stat().st_mode & 0o111 and item.suffix == "":
            t.remove(item, "Qt: developer tools (designer, linguist, qmlls, …)")
    for name in ("typesystems", "glue", "scripts"):
        t.remove(pyside / name, "Qt: type systems, binding glue and pyside6-* tool scripts")
    for name in ("qml", "metatypes", "libexec"):
        t.remove(qt / name, "Qt: QML modules, metatypes and build tools")
    for qm in (qt / "translations").glob("*.qm"):
        if not qm.name.startswith("qtbase_"):
            t.remove(qm, "Qt: translations of unused modules")
    plugins = qt / "plugins"
    kept = [p for rel in QT_PLUGINS_KEPT for p in
            ([plugins / rel] if rel.endswith(".so") else sorted((plugins / rel).glob("*.so")))]
    for plugin in list(kept):  # PDF and virtual keyboard: Essentials lacks their modules
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
        if re.search(r"libQt6\S* => not found", out):
            kept.remove(plugin)
    for plugin in plugins.rglob("*.so"):
        if plugin not in kept:
            t.remove(plugin, "Qt: unused plugins (embedded screens, SQL, printing, QML, …)")
    for folder in sorted(plugins.iterdir()):
        if folder.is_dir() and not any(folder.rglob("*.so")):
            t.remove(folder, "Qt: unused plugins (embedded screens, SQL, printing, QML, …)")
    roots = [pyside / f"{m}.abi3.so" for m in QT_MODULES] + kept
    needed = _needed_qt_libs(qt / "lib", roots)
    for lib in (qt / "lib").iterdir():
        if lib.is_file() and lib.name not in needed:
            t.remove(lib, "Qt: libraries no kept module or plugin loads")


def torch_waste(rel: PurePath) -> str | None:
    """Why the file at ``rel`` inside torch's folder is not needed to run the app, or None.
    The .deb's trimmer and the PyInstaller spec both ask this."""
    top, name = rel.parts[0], rel.name
    if top == "test" or (top == "bin" and not name.startswith("torch_shm_manager")):
        return "torch: C++ test binaries"  # torch_shm_manager: shared-memory tensors need it
    if top == "lib" and rel.stem.removeprefix("lib") in TORCH_TEST_LIBS:
        return "torch: test libraries"
    if top == "lib" and rel.suffix in (".a", ".lib"):
        return "torch: static and import libraries"
    if top == "share":
        return "torch: CMake files"
    if top == "include":  # torch.compile's C++ backend would want them
        return "C/C++ headers"
    return None


def trim_torch(site: Path, t: Trimmer) -> None:
    torch = site / "torch"
    for path in sorted(torch.rglob("*")):
        why = torch_waste(path.relative_to(torch))
        if why is not None and (path.is_file() or path.is_symlink()):
            t.remove(path, why)
    for folder in sorted((p for p in torch.rglob("*") if p.is_dir()), reverse=True):
        if torch_waste(folder.relative_to(torch)) is not None and not any(folder.iterdir()):
            folder.rmdir()


def trim_common(site: Path, t: Trimmer) -> None:
    def folders(name: str) -> list[Path]:  # never inside *.dist-info: licences stay
        return [p for p in site.rglob(name) if p.is_dir()
                and not any(part.endswith(".dist-info") for part in p.parts)]

    for cache in folders("__pycache__"):
        t.remove(cache, "byte code caches (postinst compiles them)")
    for include in folders("include"):  # torch.compile's C++ backend would want them
        t.remove(include, "C/C++ headers")
    for tests in folders("tests"):
        if (tests / "__init__.py").exists():
            t.remove(tests, "test suites")


def main(argv: list[str]) -> int:
    site = Path(argv[1])
    before = size(site)
    t = Trimmer()
    trim_torch(site, t)
    trim_qt(site, t)
    trim_common(site, t)
    for why, saved in sorted(t.saved.items(), key=lambda kv: -kv[1]):
        print(f"  {saved / 2**20:7.1f} MiB  {why}")
    print(f"trimmed {site}: {before / 2**20:.0f} MiB -> {size(site) / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
