"""Desktop integration on Linux: ``patchscaler desktop install|uninstall``.

``install`` copies the desktop entry, the hicolor icons and the AppStream metainfo from the
package data into the user's XDG data folder (``$XDG_DATA_HOME``, else
``~/.local/share``); ``uninstall`` removes exactly those files (folders stay). The entry's
``Exec`` line names the ``patchscaler`` that ran the install, so it works from a virtual
environment that is not on PATH. Desktops watch these folders; no cache is rebuilt.
"""

from __future__ import annotations

import os
import re
import sys
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from patchscaler_gui.engine.errors import PatchscalerError

APP_ID = "io.github.patchscaler.PatchScaler"


def data_home() -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path (the spec ignores others), else
    ``~/.local/share``."""
    env = os.environ.get("XDG_DATA_HOME", "")
    return Path(env) if os.path.isabs(env) else Path.home() / ".local" / "share"


def _package_files() -> list[tuple[Traversable, Path]]:
    """(packaged file, its place relative to the data home), for every file installed."""
    res = resources.files("patchscaler_gui._resources")
    files = [(res / f"{APP_ID}.desktop", Path("applications", f"{APP_ID}.desktop")),
             (res / f"{APP_ID}.metainfo.xml", Path("metainfo", f"{APP_ID}.metainfo.xml"))]
    hicolor = res / "icons" / "hicolor"
    for size in sorted(d.name for d in hicolor.iterdir() if d.is_dir()):
        rel = Path("icons", "hicolor", size, "apps", f"{APP_ID}.png")
        files.append((hicolor / size / "apps" / f"{APP_ID}.png", rel))
    return files


def _quote(arg: str) -> str:
    """One Exec argument as the Desktop Entry spec wants it: ``%`` doubled, quoted when it
    holds a reserved character, and backslashes escaped once more for the file format."""
    arg = arg.replace("%", "%%")
    if re.fullmatch(r"[A-Za-z0-9_./+:@,=%-]+", arg):
        return arg
    return ('"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"').replace("\\", "\\\\")


def launcher() -> list[str]:
    """The command that started this process, as an argument list for ``Exec``."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is the app
        return [sys.executable]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "patchscaler" and script.is_file():
        return [str(script.absolute())]
    return [sys.executable, "-m", "patchscaler_gui.cli"]


def desktop_entry(command: list[str]) -> str:
    """The packaged desktop entry with its ``Exec`` line running ``command``."""
    text = (resources.files("patchscaler_gui._resources") / f"{APP_ID}.desktop").read_text()
    exec_line = "Exec=" + " ".join(_quote(a) for a in command) + " gui %F"
    return re.sub(r"^Exec=.*$", lambda _: exec_line, text, count=1, flags=re.MULTILINE)


def _check_platform() -> None:
    if sys.platform in ("win32", "darwin"):
        raise PatchscalerError("desktop install is for Linux desktops (XDG); on Windows and "
                               "macOS use the app bundle")


def install(home: Path | None = None) -> list[Path]:
    """Write the desktop files under ``home`` (default: the XDG data home); their paths."""
    _check_platform()
    home = home or data_home()
    written = []
    for source, rel in _package_files():
        target = home / rel
        data = (desktop_entry(launcher()).encode() if rel.suffix == ".desktop"
                else source.read_bytes())
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        except OSError as exc:
            raise PatchscalerError(f"cannot write {target}: {exc.strerror}") from exc
        written.append(target)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove the files ``install`` writes (those present); their paths."""
    _check_platform()
    home = home or data_home()
    removed = []
    for _, rel in _package_files():
        target = home / rel
        if target.is_file():
            try:
                target.unlink()
            except OSError as exc:
                raise PatchscalerError(f"cannot remove {target}: {exc.strerror}") from exc
            removed.append(target)
    return removed


def run_desktop(action: str) -> int:
    if action == "install":
        for path in install():
            print(f"installed {path}")
        print("PatchScaler is in the applications menu; `patchscaler desktop uninstall` "
              "removes it.")
    else:
        removed = uninstall()
        for path in removed:
            print(f"removed {path}")
        if not removed:
            print(f"nothing to remove under {data_home()}")
    return 0
