"""The batch queue: a folder of three photos finishes at 100 %; skip; existing outputs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from patchscaler_gui.engine.imageio import load_image
from patchscaler_gui.ui import messages
from patchscaler_gui.ui.batch import ItemStatus
from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import press, write_photo


@pytest.fixture
def three(tmp_path: Path, photo_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(3):
        write_photo(folder / f"p{k}.png", photo_path, offset=20 * k)
    (folder / "notes.txt").write_text("not an image")
    return folder


def test_a_batch_of_three_finishes_at_100_percent(qtbot, window: MainWindow, three: Path,
                                                  tmp_path: Path) -> None:
    window.open_paths([three])
    assert window.batch_dock.isVisible()
    assert [i.path.name for i in window.batch.items] == ["p0.png", "p1.png", "p2.png"]
    window.settings.output_dir = str(tmp_path / "out")
    window.controls.format.setCurrentIndex(window.controls.format.findData("jpg"))
    fractions: list[float] = []
    etas: list[str] = []
    window.session.progressed.connect(lambda *_: (fractions.append(window.batch.fraction),
                                                  etas.append(window.batch.eta.text())))
    task = window.batch.start()
    assert task is not None
    qtbot.waitUntil(lambda: window.batch.running, timeout=5_000)
    assert not window.commands.open.isEnabled()  # no other opening while the queue runs
    window.batch.table.selectRow(2)
    press(qtbot, window.batch.table, "Del")  # nor removing: the run's rows are its plan
    assert not window.batch.remove_button.isEnabled() and len(window.batch.items) == 3
    qtbot.waitUntil(task.done, timeout=30_000)
    assert task.exception() is None
    assert window.batch.progress.value() == window.batch.progress.maximum()
    assert window.batch.fraction == 1.0
    assert fractions == sorted(fractions) and 0 < fractions[len(fractions) // 2] < 1
    # from the second file on, the first one's seconds per pixel give an ETA at once
    assert any(t.startswith(("1 of 3 done · ETA ", "2 of 3 done · ETA ")) for t in etas)
    assert [i.status for i in window.batch.items] == [ItemStatus.DONE] * 3
    assert window.batch.eta.text().startswith("Finished in ")
    assert "·" not in window.batch.eta.text()  # nothing failed or skipped
    for k in range(3):
        out = tmp_path / "out" / f"p{k}_x4.jpg"
        assert load_image(out).pixels.shape == (128, 160, 3)
    assert window.commands.open.isEnabled()


def test_the_output_scale_picked_by_its_key_sizes_and_names_the_outputs(
        qtbot, window: MainWindow, three: Path, tmp_path: Path) -> None:
    press(qtbot, window, "Alt+Z")  # the scale box: ×4, ×3, ×2, ×1
    press(qtbot, window.controls.scale, "Down")
    assert window.settings.output_scale == 3
    window.open_paths([three])
    window.settings.output_dir = str(tmp_path / "out")
    task = window.batch.start()
    assert task is not None
    qtbot.waitUntil(task.done, timeout=30_000)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "p0_x3.png", "p1_x3.png", "p2_x3.png"]
    assert load_image(tmp_path / "out" / "p0_x3.png").pixels.shape == (96, 120, 3)


def test_a_run_saves_as_it_named_its_outputs_whatever_the_panel_says_meanwhile(
        qtbot, window: MainWindow, three: Path, tmp_path: Path) -> None:
    window.open_paths([three])
    window.settings.output_dir = str(tmp_path / "out")
    task = window.batch.start()
    assert task is not None
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    c = window.controls
    c.format.setCurrentIndex(c.format.findData("jpg"))  # as the user would, mid-run
    c.scale.setCurrentIndex(c.scale.findData(1))
    assert (window.settings.output_format, window.settings.output_scale) == ("jpg", 1)
    qtbot.waitUntil(task.done, timeout=30_000)
    for k in range(3):
        with Image.open(tmp_path / "out" / f"p{k}_x4.png") as im:
            assert (im.format, im.size) == ("PNG", (160, 128))


def test_open_folder_shows_the_outputs_once_there_are_any(
        qtbot, window: MainWindow, three: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt, QUrl
    from PySide6.QtGui import QDesktopServices

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.settings.output_dir = str(tmp_path / "out")
    window.open_paths([three])
    assert not window.batch.show_button.isEnabled()  # no folder yet
    task = window.batch.start()
    assert task is not None
    qtbot.waitUntil(task.done, timeout=30_000)
    assert window.batch.show_button.isEnabled()
    qtbot.mouseClick(window.batch.show_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "out"))]


def test_delete_takes_the_selected_files_out_of_the_queue(
        qtbot, window: MainWindow, three: Path) -> None:
    from PySide6.QtCore import Qt

    window.open_paths([three])
    batch, table = window.batch, window.batch.table
    assert not batch.remove_button.isEnabled()  # nothing selected
    spot = table.visualItemRect(table.item(1, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert batch.remove_button.isEnabled()
    press(qtbot, table, "Del")
    assert [i.path.name for i in batch.items] == ["p0.png", "p2.png"]
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["p0.png", "p2.png"]
    press(qtbot, table, "Ctrl+A")
    qtbot.mouseClick(batch.remove_button, Qt.MouseButton.LeftButton)
    assert batch.items == [] and table.rowCount() == 0
    assert not batch.start_button.isEnabled() and not batch.remove_button.isEnabled()


def test_skip_goes_on_with_the_next_file(qtbot, window: MainWindow, three: Path,
                                         tmp_path: Path) -> None:
    window.open_paths([three])
    window.settings.output_dir = str(tmp_path / "out")
    task = window.batch.start()
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    window.batch.skip()
    qtbot.waitUntil(task.done, timeout=30_000)
    statuses = [i.status for i in window.batch.items]
    assert statuses == [ItemStatus.SKIPPED, ItemStatus.DONE, ItemStatus.DONE]
    assert not (tmp_path / "out" / "p0_x4.png").exists()
    assert window.batch.eta.text().endswith(" · 1 skipped")


def test_the_end_of_a_batch_counts_its_failures_where_the_user_looks(
        qtbot, window: MainWindow, three: Path, tmp_path: Path, bridge,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    alerted: list[object] = []  # the taskbar entry asks for attention: the user may be away
    monkeypatch.setattr(QApplication, "alert", lambda widget, ms=0: alerted.append(widget))
    shown: list[tuple[object, str]] = []
    bridge.connect_view(lambda level, text, details: shown.append((level, text)))
    (three / "p1.png").write_bytes(b"\x89PNG\r\n\x1a\n not a whole PNG")
    (three / "p2.png").write_bytes(b"")
    window.open_paths([three])
    window.settings.output_dir = str(tmp_path / "out")
    task = window.batch.start()
    assert task is not None
    qtbot.waitUntil(task.done, timeout=30_000)
    statuses = [i.status for i in window.batch.items]
    assert statuses == [ItemStatus.DONE, ItemStatus.FAILED, ItemStatus.FAILED]
    assert window.batch.eta.text().endswith(" · 2 failed")
    assert alerted == [window]
    assert (messages.Level.WARNING,
            "2 images of the batch could not be upscaled: the queue says why.") in shown


def test_existing_outputs_are_kept_unless_the_user_agrees(
        qtbot, window: MainWindow, three: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "p1_x4.png").write_bytes(b"keep me")
    asked: list[list[Path]] = []
    monkeypatch.setattr(window.batch, "confirm_overwrite",
                        lambda paths: asked.append(paths) or False)
    window.open_paths([three])
    window.settings.output_dir = str(out)
    task = window.batch.start()
    qtbot.waitUntil(task.done, timeout=10_000)
    assert asked == [[out / "p1_x4.png"]]
    assert (out / "p1_x4.png").read_bytes() == b"keep me"
    assert [i.status for i in window.batch.items] == [ItemStatus.WAITING] * 3


def test_the_cleanup_switch_during_a_batch_cancels_nothing(qtbot, window: MainWindow,
                                                          three: Path, tmp_path: Path) -> None:
    window.open_paths([three])
    window.settings.output_dir = str(tmp_path / "out")
    task = window.batch.start()
    qtbot.waitUntil(lambda: window.session.busy, timeout=5_000)
    window.controls.cleanup.setChecked(True)  # the files after the current one use it
    qtbot.waitUntil(task.done, timeout=30_000)
    assert [i.status for i in window.batch.items] == [ItemStatus.DONE] * 3
