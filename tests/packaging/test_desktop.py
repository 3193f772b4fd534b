"""``patchscaler desktop install|uninstall``: the files it writes pass the freedesktop
validators and are exactly the files it removes."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from patchscaler_gui import cli, desktop

APP_ID = "io.github.patchscaler.PatchScaler"
VALIDATORS = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def _files(root: Path) -> set[Path]:
    return {p.relative_to(root) for p in root.rglob("*") if p.is_file()}


def test_install_then_uninstall_removes_exactly_what_was_installed(
        user_data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = user_data_home / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    assert cli.main(["desktop", "install"]) == 0
    installed = _files(user_data_home) - {other.relative_to(user_data_home)}
    assert Path("applications", f"{APP_ID}.desktop") in installed
    assert Path("metainfo", f"{APP_ID}.metainfo.xml") in installed
    icons = {p for p in installed if p.parts[:2] == ("icons", "hicolor")}
    assert {p.parts[2] for p in icons} >= {"16x16", "48x48", "256x256", "512x512"}
    assert len(installed) == 2 + len(icons)
    assert f"installed {user_data_home / 'applications' / f'{APP_ID}.desktop'}" in (
        capsys.readouterr().out)
    assert cli.main(["desktop", "uninstall"]) == 0
    assert _files(user_data_home) == {other.relative_to(user_data_home)}
    assert cli.main(["desktop", "uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_the_entry_runs_this_patchscaler_and_keeps_the_rest_of_the_packaged_entry(
        tmp_path: Path) -> None:
    command = ["/opt/Patch Scaler/bin/patchscaler"]
    entry = desktop.desktop_entry(command)
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line.removeprefix("Exec=")) == [*command, "gui", "%F"]
    packaged = (Path(__file__).parents[2] / "resources" / f"{APP_ID}.desktop").read_text()
    assert [line for line in entry.splitlines() if not line.startswith("Exec=")] == [
        line for line in packaged.splitlines() if not line.startswith("Exec=")]
    assert Path(desktop.launcher()[0]).is_file()


def test_the_installed_files_pass_desktop_file_validate_and_appstreamcli(
        user_data_home: Path) -> None:
    missing = [f"{tool} (Debian package {pkg})" for tool, pkg in VALIDATORS.items()
               if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"validator not installed: {', '.join(missing)}; .ci/run installs them")
    desktop.install()
    entry = user_data_home / "applications" / f"{APP_ID}.desktop"
    metainfo = user_data_home / "metainfo" / f"{APP_ID}.metainfo.xml"
    checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                             text=True, timeout=60)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain",
                              str(metainfo)], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Validation was successful" in checked.stdout
