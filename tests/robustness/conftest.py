"""Helpers for the hostile-run regressions (issue 15): the CLI in-process, small
real-photo inputs, and the UI fixtures for the app's repros."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from patchscaler_gui import cli
from patchscaler_gui.engine import device
from tests.ui.conftest import bridge, config_dir, english, qloop, window  # noqa: F401 (fixtures)

PHOTO = Path(__file__).parents[1] / "data" / "photo_small.png"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/robustness" in str(item.fspath).replace("\\", "/"):
            # The offscreen platform warns on every top-level window it shows; not ours.
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))


@pytest.fixture(autouse=True)
def _keep_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process runs must not take every core from the rest of the suite."""
    monkeypatch.setattr(device, "configure_cpu", lambda: 1)


class TTY(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run(*args: str | Path, tty: bool = False) -> tuple[int, str]:
    """``patchscaler ARGS`` in this process: (exit status, stderr)."""
    err = TTY() if tty else io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = cli.main([str(a) for a in args])
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, err.getvalue()


def photo(path: Path, size: tuple[int, int] = (40, 32), offset: int = 0,
          **save: object) -> Path:
    """A crop of the test photo saved as ``path`` (format from the suffix)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(PHOTO) as im:
        rgb = im.convert("RGB")
    if offset + size[0] <= rgb.width and size[1] <= rgb.height:
        rgb = rgb.crop((offset, 0, offset + size[0], size[1]))
    else:
        rgb = rgb.resize(size)
    rgb.save(path, **save)  # type: ignore[arg-type]
    return path


def listing(folder: Path) -> list[str]:
    """Every file under ``folder`` (hidden ones too), relative, sorted."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@contextlib.contextmanager
def no_litter(folder: Path) -> Iterator[None]:
    yield
    assert not [f for f in listing(folder) if f.endswith(".part")]
