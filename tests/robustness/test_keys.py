"""Each key has one meaning, and every key works when pressed (issues 14 and 15)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox

from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import press, run_to_end


def bindings(window: MainWindow) -> dict[str, list[str]]:
    """Key sequence → the enabled actions and shortcuts that listen to it."""
    found: dict[str, list[str]] = defaultdict(list)
    fmt = QKeySequence.SequenceFormat.PortableText
    for action in window.findChildren(QAction):
        if action.isEnabled():
            for key in action.shortcuts():
                found[key.toString(fmt)].append(action.text().replace("&", ""))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled():
            found[shortcut.key().toString(fmt)].append(f"shortcut for {shortcut.parent()}")
    for menu in window.menuBar().actions():  # the menus' mnemonics: &File is Alt+F
        mnemonic = QKeySequence.mnemonic(menu.text())
        if not mnemonic.isEmpty():
            found[mnemonic.toString(fmt)].append(f"menu {menu.text()}")
    return found


def test_no_two_enabled_commands_share_a_key(qtbot, window: MainWindow,
                                             photo_path: Path) -> None:
    for state in ("empty", "after a run"):
        if state == "after a run":
            window.open_file(photo_path)
            run_to_end(qtbot, window)
        shared = {k: v for k, v in bindings(window).items() if len(v) > 1}
        assert shared == {}, (state, shared)


def test_brackets_size_the_brush(qtbot, window: MainWindow, photo_path: Path) -> None:
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    session, split = window.session, window.canvas.split
    assert session.editor.brush_radius == 0
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    assert session.editor.brush_radius == 2
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft)
    assert session.editor.brush_radius == 1
    assert window.canvas.split == split  # the brackets left the divider alone


def test_alt_arrows_move_the_divider(qtbot, window: MainWindow, photo_path: Path) -> None:
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    canvas = window.canvas
    start, radius = canvas.split, window.session.editor.brush_radius
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert canvas.split == pytest.approx(start + 0.02)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert canvas.split == pytest.approx(start + 0.02 - 0.1)
    assert window.session.editor.brush_radius == radius  # the divider keys left the brush alone


def test_every_enabled_key_triggers_its_action(qtbot, window: MainWindow, photo_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Each key of each enabled action, pressed on the window, triggers that action (a key
    bound twice would trigger neither: Qt calls it ambiguous)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    QGuiApplication.clipboard().setImage(QImage(str(photo_path)))
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    window.batch_dock.show()  # its keys work while it shows
    fmt = QKeySequence.SequenceFormat.PortableText
    pressed = []
    for action in window.findChildren(QAction):
        if not action.isEnabled() or action is window.commands.quit:
            continue
        for key in action.shortcuts():
            times = 2 if action.isCheckable() else 1  # twice: a toggle goes back
            for _ in range(times):
                with qtbot.waitSignal(action.triggered, timeout=1_000,
                                      raising=False) as blocker:
                    press(qtbot, window, key.toString(fmt))
                assert blocker.signal_triggered, (action.text(), key.toString(fmt))
                for box in window.findChildren(QMessageBox):
                    box.close()  # Help's list; nothing else should open one
            pressed.append(key.toString(fmt))
        run_to_end(qtbot, window)
    assert {"F5", "Ctrl+Alt+3", "[", "]", "Alt+Left", "Alt+T", "Alt+Shift+2", "F1",
            "H", "B"} <= set(pressed)
