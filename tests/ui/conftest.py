"""UI test fixtures: a temporary config folder, a fresh message bridge, a qasync loop
that rides on pytest-qt's event processing, and a main window on a tiny model."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import qasync
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.ui import i18n, messages
from patchscaler_gui.ui.main_window import MainWindow
from patchscaler_gui.ui.settings import ENV_DIR

RUN_TIMEOUT_MS = 20_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            # The offscreen platform warns on every top-level window it shows; not ours.
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings go to a temporary folder, never the real user config."""
    folder = tmp_path / "config"
    monkeypatch.setenv(ENV_DIR, str(folder))
    return folder


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The app in English, whatever the machine's locale (tests read English texts; the
    English catalogue holds the plural forms); tests of other languages install theirs."""
    i18n.install("en", qapp)
    yield
    i18n.uninstall(qapp)


@pytest.fixture(autouse=True)
def bridge(monkeypatch: pytest.MonkeyPatch) -> messages.MessageBridge:
    fresh = messages.MessageBridge()
    monkeypatch.setattr(messages, "_bridge", fresh)
    return fresh


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop marked running: its callbacks run whenever qtbot processes events."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    # loop.stop() would call QApplication.exit() and end pytest-qt's next wait at once;
    # qasync offers no other way to detach an already-running loop.
    asyncio.events._set_running_loop(None)
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def window(qtbot, qloop: asyncio.AbstractEventLoop, tiny_model: PatchScaler) -> MainWindow:
    win = MainWindow(tiny_model)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def press(qtbot, widget: QWidget, keys: str) -> None:
    """Press a key sequence such as "Ctrl+Alt+3" on ``widget``, as a user would: in its
    window, made the active one again (a dialog closed meanwhile may have taken that)."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2_000)
    combo = QKeySequence(keys)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def press_in_popup(qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    """Press ``key`` (a menu entry's mnemonic) in the menu that is open."""
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup, key)


def pick_look(qtbot, window: MainWindow, look: str) -> None:
    """Alt+L focuses the look box; Home and Down keys pick the look."""
    box = window.controls.look
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert box.hasFocus()
    target = box.findData(look)
    if box.currentIndex() != target:
        qtbot.keyClick(box, Qt.Key.Key_Home)
        for _ in range(target):
            qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentIndex() == target


def run_to_end(qtbot, win: MainWindow) -> None:
    """Wait until the session is idle (the run, and any re-sample it triggered, ended)."""
    qtbot.waitUntil(lambda: not win.session.busy, timeout=RUN_TIMEOUT_MS)
    win.canvas.flush_tiles()


def write_photo(path: Path, source: Path, size: tuple[int, int] = (40, 32),
                offset: int = 0) -> Path:
    """A small real-photo crop (not a synthetic pattern) saved as ``path``."""
    with Image.open(source) as im:
        crop = im.convert("RGB").crop((offset, 0, offset + size[0], size[1]))
        crop.save(path)
    return path


def image_array(qimage) -> np.ndarray:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    img = qimage.convertToFormat(QImage.Format.Format_RGB888)
    h, w = img.height(), img.width()
    rows = np.frombuffer(img.constBits(), np.uint8).reshape(h, img.bytesPerLine())
    return rows[:, : 3 * w].reshape(h, w, 3).copy()
