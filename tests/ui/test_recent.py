"""File → Open Recent: the pictures last opened from files, picked with the keyboard, kept
across a restart; one that has gone is told and dropped."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from patchscaler_gui.ui import messages, settings
from patchscaler_gui.ui.main_window import MainWindow
from patchscaler_gui.ui.recent import MAX_RECENT
from tests.ui.conftest import press_in_popup, run_to_end

# The offscreen platform warns when a menu pops up; not ours.
popups = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise",
                                   "does not support grabbing the keyboard")


def pick_recent(qtbot, window: MainWindow, digit: str) -> None:  # type: ignore[no-untyped-def]
    """File, then Open &Recent (R), then the entry's digit, as a user presses them."""
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and file_menu.title() == "&File"
    file_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is file_menu)
    press_in_popup(qtbot, "R")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.commands.recent)
    press_in_popup(qtbot, digit)


@popups
def test_recent_pictures_reopen_from_the_keyboard_and_survive_a_restart(
        qtbot, qloop, window: MainWindow, photo_path: Path, tmp_path: Path,
        config_dir: Path) -> None:
    assert not window.commands.recent.menuAction().isEnabled()  # nothing opened yet
    other = tmp_path / "other & more.png"
    shutil.copy(photo_path, other)
    for path in (photo_path, other):
        window.open_paths([path])
        run_to_end(qtbot, window)
    assert window.settings.recent == [str(other), str(photo_path)]
    pick_recent(qtbot, window, "2")
    texts = [a.text() for a in window.commands.recent.actions()]
    assert texts[:2] == ["&1 other && more.png", f"&2 {photo_path.name}"]
    assert window.commands.recent.actions()[1].toolTip() == str(photo_path)
    assert window.windowTitle().startswith(photo_path.name)
    assert window.settings.recent == [str(photo_path), str(other)]  # picked: first again
    run_to_end(qtbot, window)
    window.close()
    assert json.loads((config_dir / settings.FILE_NAME).read_text())["recent"] == [
        str(photo_path), str(other)]
    again = MainWindow(window.session.model)
    qtbot.addWidget(again)
    assert again.settings.recent == [str(photo_path), str(other)]
    assert again.commands.recent.menuAction().isEnabled()


@popups
def test_a_recent_picture_that_has_gone_is_told_and_dropped(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path,
        tmp_path: Path) -> None:
    gone = tmp_path / "moved.png"
    shutil.copy(photo_path, gone)
    window.open_paths([gone])
    run_to_end(qtbot, window)
    gone.unlink()
    with qtbot.waitSignal(bridge.shown) as shown:
        pick_recent(qtbot, window, "1")
    level, text, _ = shown.args
    assert level == messages.Level.ERROR and "moved.png" in text
    assert window.settings.recent == []
    assert not window.commands.recent.menuAction().isEnabled()
    assert window._dialog is not None
    window._dialog.accept()


@popups
def test_clear_menu_and_the_length_limit(qtbot, window: MainWindow, photo_path: Path,
                                         tmp_path: Path) -> None:
    copies = []
    for k in range(MAX_RECENT + 2):
        copies.append(tmp_path / f"p{k}.png")
        shutil.copy(photo_path, copies[-1])
        window.open_file(copies[-1])
    assert window.settings.recent == [str(p) for p in copies[::-1][:MAX_RECENT]]
    pick_recent(qtbot, window, "C")  # &Clear Menu
    assert window.settings.recent == []
    assert not window.commands.recent.menuAction().isEnabled()
    run_to_end(qtbot, window)


def test_a_broken_recent_list_gives_an_empty_one(config_dir: Path,
                                                  bridge: messages.MessageBridge) -> None:
    config_dir.mkdir()
    (config_dir / settings.FILE_NAME).write_text(json.dumps({"recent": ["a.png", 3]}))
    assert settings.load().recent == []
    assert any("recent" in text for _, text, _ in bridge.held())


@popups
def test_a_folder_opened_is_listed_and_queued_again(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path,
        tmp_path: Path) -> None:
    folder = tmp_path / "holiday"
    folder.mkdir()
    for name in ("a.png", "b.png"):
        shutil.copy(photo_path, folder / name)
    window.open_paths([folder])  # as Open Folder… and a dropped folder do
    assert len(window.batch.items) == 2 and window.settings.recent == [str(folder) + os.sep]
    window.batch.clear()
    pick_recent(qtbot, window, "1")
    assert [a.text() for a in window.commands.recent.actions()][0] == f"&1 holiday{os.sep}"
    assert len(window.batch.items) == 2
    window.batch.clear()
    shutil.rmtree(folder)
    with qtbot.waitSignal(bridge.shown):
        pick_recent(qtbot, window, "1")
    # the menu told a folder by its entry, not by asking the disk (a slow share would hang)
    assert [a.text() for a in window.commands.recent.actions()][0] == f"&1 holiday{os.sep}"
    assert window.settings.recent == []
    assert window._dialog is not None
    window._dialog.accept()
