"""Issue 15, item 10: each key has one meaning, and the documented keys work when pressed."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import run_to_end


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
    assert session.brush_radius == 0
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    assert session.brush_radius == 2
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft)
    assert session.brush_radius == 1
    assert window.canvas.split == split  # the brackets left the divider alone


def test_alt_arrows_move_the_divider(qtbot, window: MainWindow, photo_path: Path) -> None:
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    canvas = window.canvas
    start, radius = canvas.split, window.session.brush_radius
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert canvas.split == pytest.approx(start + 0.02)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert canvas.split == pytest.approx(start + 0.02 - 0.1)
    assert window.session.brush_radius == radius  # the divider keys left the brush alone
