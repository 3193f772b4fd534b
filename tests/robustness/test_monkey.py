"""Issue 15, "Also": a GUI monkey. A seeded random sequence of what a user does (open good
and broken files, drag sliders, run, cancel, preview, brush, save, close the window and
open a new one) on the tiny model, pressing keys and moving the mouse as a user would.
At the end: no exception, no bug report, every closed window's sampler thread stopped, the
last one's idle, and no .part file left."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QSlider, QWidget

from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.ui import messages
from patchscaler_gui.ui.main_window import MainWindow
from tests.robustness.conftest import listing, photo
from tests.ui.conftest import RUN_TIMEOUT_MS

ACTIONS = 150
SEED = 15
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def mouse(widget: QWidget, kind: QEvent.Type, x: int, y: int, held: bool) -> None:
    buttons = LEFT if held else Qt.MouseButton.NoButton
    button = LEFT if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    pos = QPointF(x, y)
    event = QMouseEvent(kind, pos, widget.mapToGlobal(QPoint(x, y)).toPointF(), button,
                        buttons, NONE)
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, rng: random.Random) -> None:
    """Press somewhere on ``widget``, move with the button held, release elsewhere."""
    w, y = max(2, widget.width()), widget.height() // 2
    x0, x1 = rng.randrange(w), rng.randrange(w)
    mouse(widget, QEvent.Type.MouseButtonPress, x0, y, True)
    for k in range(1, 4):
        mouse(widget, QEvent.Type.MouseMove, x0 + (x1 - x0) * k // 3, y, True)
    mouse(widget, QEvent.Type.MouseButtonRelease, x1, y, False)


class Monkey:
    def __init__(self, qtbot, model: PatchScaler, files: list[Path], out: Path,
                 monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
        self.qtbot, self.model, self.files, self.out = qtbot, model, files, out
        self.rng = random.Random(seed)
        self.windows: list[MainWindow] = []
        self.log: list[str] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                            lambda *a, **k: ([str(self.rng.choice(files))], ""))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (
            str(out / f"saved-{self.rng.randrange(3)}.png"), "PNG (*.png)"))
        self.new_window()

    @property
    def window(self) -> MainWindow:
        return self.windows[-1]

    def new_window(self) -> None:
        win = MainWindow(self.model)
        self.qtbot.addWidget(win)
        win.resize(900, 650)
        win.show()
        self.qtbot.waitExposed(win)
        win.activateWindow()  # keys go to the active window, as on a desktop
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        self.windows.append(win)

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        self.dismiss()
        self.qtbot.keyClick(self.window, key, modifiers)

    def dismiss(self) -> None:
        """Answer the message boxes an error left open, as the user would (Enter)."""
        for box in self.window.findChildren(QMessageBox):
            if box.isVisible():
                self.qtbot.keyClick(box, Qt.Key.Key_Return)
        if QApplication.activeWindow() is not self.window:
            self.window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)

    def sliders(self) -> list[QSlider]:
        return self.window.controls.findChildren(QSlider)

    def step(self) -> None:
        actions: dict[str, Callable[[], None]] = {
            "open": lambda: self.key(Qt.Key.Key_O, CTRL),
            "run": lambda: self.key(Qt.Key.Key_F5),
            "preview": lambda: self.key(Qt.Key.Key_F6),
            "cancel": lambda: self.key(Qt.Key.Key_Escape),
            "slider": lambda: drag(self.rng.choice(self.sliders()), self.rng),
            "heatmap": lambda: self.key(Qt.Key.Key_H),
            "brush": lambda: self.key(Qt.Key.Key_B),
            "brush size": lambda: self.key(self.rng.choice([Qt.Key.Key_BracketLeft,
                                                            Qt.Key.Key_BracketRight])),
            "divider": lambda: self.key(self.rng.choice([Qt.Key.Key_Left, Qt.Key.Key_Right]),
                                        ALT),
            "paint": lambda: drag(self.window.canvas.viewport(), self.rng),
            "save": lambda: self.key(Qt.Key.Key_S, CTRL),
            "close": self.close_and_reopen,
        }
        weights = {"open": 4, "run": 3, "preview": 1, "cancel": 3, "slider": 6, "heatmap": 1,
                   "brush": 1, "brush size": 1, "divider": 1, "paint": 2, "save": 2,
                   "close": 1}
        name = self.rng.choices(list(weights), list(weights.values()))[0]
        self.log.append(name)
        actions[name]()
        self.qtbot.wait(self.rng.choice([0, 0, 10, 40, 150]))

    def close_and_reopen(self) -> None:
        self.window.close()  # as the title bar's close button does, maybe mid-run
        assert not self.window.isVisible()
        self.new_window()


@pytest.mark.slow  # about 10 s
def test_random_use_of_the_window_leaves_nothing_broken(
        qtbot, qloop, tiny_model: PatchScaler, bridge: messages.MessageBridge,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    files = [photo(inputs / "a.png", (40, 32)), photo(inputs / "b.jpg", (64, 48), offset=10),
             photo(inputs / "c.png", (24, 40), offset=30)]
    broken = inputs / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not an image")
    files.append(broken)
    out.mkdir()
    reports: list[tuple[object, str, str]] = []
    bridge.shown.connect(lambda level, text, details: reports.append((level, text, details)))
    monkey = Monkey(qtbot, tiny_model, files, out, monkeypatch, seed=SEED)
    for _ in range(ACTIONS):
        monkey.step()
    last = monkey.window
    qtbot.waitUntil(lambda: not last.session.busy, timeout=RUN_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not [f for f in listing(out) if f.endswith(".part")],
                    timeout=RUN_TIMEOUT_MS)  # saves still writing finish, and leave no litter
    assert {"open", "run", "cancel", "slider", "close", "save"} <= set(monkey.log), monkey.log
    # whether a random save meets a finished picture depends on the machine's speed: the
    # monkey ends with one that does (open a good photo, let it finish, save)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(files[0])], ""))
    monkey.key(Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: last.session.doc is not None and last.session.doc.path == files[0]
                    and not last.session.busy, timeout=RUN_TIMEOUT_MS)
    monkey.key(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: any(not f.endswith(".part") for f in listing(out)),
                    timeout=RUN_TIMEOUT_MS)
    saved = listing(out)
    for name in saved:  # every file written is whole
        with Image.open(out / name) as im:
            im.load()
    bugs = [r for r in reports if r[2]]  # unexpected errors carry a traceback as details
    assert bugs == [], bugs
    for win in monkey.windows[:-1]:
        assert win.session.jobs._thread._thread.isFinished()
    assert last.session.jobs._thread._thread.isRunning() and not last.session.busy
    last.close()
    assert last.session.jobs._thread._thread.isFinished()
    assert not [f for f in listing(tmp_path) if f.endswith(".part")]
