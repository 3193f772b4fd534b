"""Issue 15, item 1 in the app: Save and the batch queue replace only what the user agreed
to replace; a file that appears after the question is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from patchscaler_gui.ui import messages
from patchscaler_gui.ui.batch import ItemStatus
from patchscaler_gui.ui.main_window import MainWindow
from tests.robustness.conftest import listing, photo
from tests.ui.conftest import run_to_end


def press_save(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
               target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PNG (*.png)"))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_file_that_appears_after_the_save_dialog_is_kept(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    target = tmp_path / "saved" / "result.png"
    target.parent.mkdir()
    with qtbot.waitSignal(bridge.shown, timeout=10_000) as shown:
        press_save(qtbot, window, monkeypatch, target)  # nothing there: no question asked
        target.write_bytes(b"someone else's")  # appears before the write starts
    assert shown.args[0] == messages.Level.ERROR and "already exists" in shown.args[1]
    assert target.read_bytes() == b"someone else's"
    assert listing(target.parent) == ["result.png"]  # and no temporary file is left


def test_a_file_the_user_agreed_to_replace_is_replaced(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    target = tmp_path / "result.png"
    target.write_bytes(b"old")  # the dialog asked, and the user said yes
    with qtbot.waitSignal(bridge.shown, timeout=10_000) as shown:
        press_save(qtbot, window, monkeypatch, target)
    assert shown.args[0] == messages.Level.INFO, shown.args
    assert target.read_bytes().startswith(b"\x89PNG")


def test_the_batch_keeps_an_output_that_appears_while_it_runs(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window.batch, "confirm_overwrite", lambda paths: False)  # no modal
    src, out = tmp_path / "in", tmp_path / "out"
    for k in range(2):
        photo(src / f"p{k}.png", offset=20 * k)
    window.open_paths([src])
    window.settings.output_dir = str(out)
    out.mkdir()
    task = window.batch.start()
    assert task is not None
    qtbot.waitUntil(lambda: window.batch.items[0].status != ItemStatus.WAITING,
                    timeout=10_000)
    (out / "p1_x4.png").write_bytes(b"appeared")  # after the check, before its save
    qtbot.waitUntil(task.done, timeout=30_000)
    items = window.batch.items
    assert [i.status for i in items] == [ItemStatus.DONE, ItemStatus.FAILED]
    assert "already exists" in items[1].note
    assert (out / "p1_x4.png").read_bytes() == b"appeared"
