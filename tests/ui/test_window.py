"""The main window end to end on a tiny model: open, stream, cancel, errors, save, grab."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from patchscaler_gui.engine import codec, sampler
from patchscaler_gui.engine.events import GroupDone
from patchscaler_gui.engine.imageio import load_image, to_int
from patchscaler_gui.ui import messages
from patchscaler_gui.ui.actions import shortcut_rows
from patchscaler_gui.ui.canvas import CHECKER_PX
from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import RUN_TIMEOUT_MS, image_array, press, run_to_end


def drop(win: MainWindow, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    drop_data(win, data)


def drop_data(win: MainWindow, data: QMimeData) -> None:
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(event)


def test_a_dropped_file_starts_a_run(qtbot, window: MainWindow, photo_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    alerted: list[object] = []  # the taskbar entry asks for attention: the user may be away
    monkeypatch.setattr(QApplication, "alert", lambda widget, ms=0: alerted.append(widget))
    s = window.session
    # "simple": each group with patches is painted, how many depends on the look's GRM
    e = s.editor
    with qtbot.waitSignals([e.coarse_shown, e.group_painted, e.run_finished],
                           order="simple", timeout=RUN_TIMEOUT_MS):
        drop(window, [photo_path])
        assert window.session.busy
    run_to_end(qtbot, window)
    assert window.session.doc is not None and window.session.doc.result is not None
    assert window.session.doc.result.pixels.shape == (256, 384, 3)
    assert window.windowTitle() == "photo_small.png (96×64 → 384×256) — PatchScaler ×4"
    assert window.commands.save.isEnabled()
    assert alerted == [window]


def test_coarse_ready_shows_the_heatmap(qtbot, window: MainWindow, photo_path: Path) -> None:
    with qtbot.waitSignal(window.session.editor.coarse_shown, timeout=RUN_TIMEOUT_MS) as shown:
        window.open_file(photo_path)
        assert not window.canvas.heatmap.isVisible()
    assert window.canvas.heatmap.isVisible()
    # the coarse result, decoded straight to 8 bits, is the float decode rounded
    y0 = shown.args[0].state.y0[0, :, :64, :96]
    assert np.array_equal(window.canvas.result_image(), to_int(codec.decode_hwc(y0).numpy()))
    assert window.canvas.heatmap.boundingRect().width() == 384
    assert sum(window.controls.legend._counts) == 8 * 12
    assert not window.canvas.after.image().isNull()  # the coarse result is shown
    press(qtbot, window, "H")  # H toggles it
    assert not window.canvas.heatmap.isVisible()
    run_to_end(qtbot, window)


def test_each_group_paints_exactly_its_patches(qtbot, window: MainWindow,
                                              photo_path: Path) -> None:
    window.open_file(photo_path)
    qtbot.waitUntil(lambda: window.session.doc.state is not None, timeout=RUN_TIMEOUT_MS)
    window.session.cancel()
    run_to_end(qtbot, window)
    d = window.session.doc.difficulty
    lo, hi = np.quantile(d, [0.34, 0.67])
    window.controls.thresholds.setValue((float(lo), float(hi)))
    frames: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    shown = [window.canvas.result_image()]

    def record(event: GroupDone) -> None:
        window.canvas.flush_tiles()
        frames.append((shown[-1], window.canvas.result_image(), event.boxes))
        shown.append(frames[-1][1])

    window.session.editor.group_painted.connect(record)
    press(qtbot, window, "F5")
    run_to_end(qtbot, window)
    assert len(frames) == 3  # simple, medium and hard each arrived on their own
    for before, after, boxes in frames:
        inside = np.zeros(before.shape[:2], bool)
        for t, l, b, r in boxes:
            inside[t:b, l:r] = True
        changed = np.any(before != after, axis=-1)
        assert changed.any()
        assert not changed[~inside].any()


def test_cancel_mid_run_emits_no_result_and_leaves_the_app_usable(
        qtbot, window: MainWindow, photo_path: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    pixels = np.tile(load_image(photo_path).pixels, (3, 3, 1))
    from PIL import Image
    Image.fromarray((pixels * 255).astype(np.uint8)).save(big)
    s = window.session
    with qtbot.waitSignal(s.progressed, timeout=RUN_TIMEOUT_MS,
                          check_params_cb=lambda done, total, text: done > 0):
        window.open_file(big)
    with qtbot.assertNotEmitted(s.editor.run_finished, wait=300):
        with qtbot.waitSignal(s.editor.run_cancelled, timeout=RUN_TIMEOUT_MS):
            qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.session.busy
    assert window.session.doc.result is None
    assert not window.commands.cancel.isEnabled()
    assert window.status_text.text() == "Cancelled"
    with qtbot.waitSignal(s.editor.run_finished, timeout=RUN_TIMEOUT_MS):
        window.open_file(photo_path)
    run_to_end(qtbot, window)
    assert window.session.doc.result is not None


def test_a_corrupt_file_shows_an_error_and_starts_nothing(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path,
        tmp_path: Path) -> None:
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    doc = window.session.doc
    bad = tmp_path / "broken.png"
    bad.write_bytes(photo_path.read_bytes()[:300])
    with qtbot.waitSignal(bridge.shown) as shown:
        drop(window, [bad])
    level, text, _ = shown.args
    assert level == messages.Level.ERROR and "broken.png" in text
    assert window.session.doc is doc and not window.session.busy
    assert "broken.png" in window.statusBar().currentMessage()
    assert window._dialog is not None and "broken.png" in window._dialog.text()
    window._dialog.accept()
    drop(window, [photo_path])  # the next photo: the error about the other file goes
    assert window.session.doc is not doc
    assert "broken.png" not in window.statusBar().currentMessage()
    run_to_end(qtbot, window)


def test_an_unexpected_error_shows_details_and_the_app_keeps_running(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    with monkeypatch.context() as patch:
        patch.setattr(sampler, "coarse_events", broken)
        with qtbot.waitSignal(bridge.shown, timeout=RUN_TIMEOUT_MS) as shown:
            window.open_file(photo_path)
        level, text, details = shown.args
        assert level == messages.Level.ERROR and "boom" in text
        assert "Traceback" in details and "RuntimeError" in details
        assert window._dialog is not None and window._dialog.detailedText() == details
        run_to_end(qtbot, window)
    window._dialog.close()
    press(qtbot, window, "F5")
    run_to_end(qtbot, window)
    assert window.session.doc.result is not None


def test_paste_opens_the_clipboard_image(qtbot, window: MainWindow, photo_path: Path) -> None:
    QGuiApplication.clipboard().setImage(QImage(str(photo_path)))
    press(qtbot, window, "Ctrl+V")
    assert window.session.doc is not None and window.session.doc.path is None
    assert window.session.doc.picture.pixels.shape == (64, 96, 3)
    run_to_end(qtbot, window)


def test_a_web_address_dropped_or_pasted_says_to_save_the_image_first(
        qtbot, window: MainWindow, bridge: messages.MessageBridge) -> None:
    shown: list[tuple[object, str]] = []
    bridge.connect_view(lambda level, text, details: shown.append((level, text)))
    data = QMimeData()
    data.setUrls([QUrl("https://example.org/cat.jpg")])  # a browser's drag, no image data
    drop_data(window, data)
    assert window._dialog is not None
    window._dialog.close()  # the error's message box
    QGuiApplication.clipboard().setMimeData(data)
    press(qtbot, window, "Ctrl+V")
    assert window.session.doc is None and not window.session.busy
    expected = ("https://example.org/cat.jpg is not a file on this computer: PatchScaler "
                "does not download; save the image first, then open it.")
    assert shown == [(messages.Level.ERROR, expected)] * 2


def test_save_writes_the_result_and_never_overwrites_unasked(
        qtbot, qloop, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path,
        tmp_path: Path) -> None:
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    out = tmp_path / "out.jpg"
    task = window.save_result(out)
    qtbot.waitUntil(task.done)
    assert load_image(out).pixels.shape == (256, 384, 3)
    stamp = out.stat().st_mtime_ns
    with qtbot.waitSignal(bridge.shown) as shown:
        task = window.save_result(out)
        qtbot.waitUntil(task.done)
    assert shown.args[0] == messages.Level.ERROR and "already exists" in shown.args[1]
    assert out.stat().st_mtime_ns == stamp


def test_the_window_after_a_run_is_not_blank(qtbot, window: MainWindow,
                                             photo_path: Path) -> None:
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    qtbot.wait(50)
    shot = image_array(window.grab().toImage())
    canvas = image_array(window.canvas.grab().toImage())
    assert shot.shape[0] > 300 and shot.shape[1] > 600
    assert canvas.std() > 10  # a photo, not a flat fill
    assert len(np.unique(canvas.reshape(-1, 3), axis=0)) > 500


def test_without_an_installed_model_the_app_opens_and_says_so(
        qtbot, qloop, bridge: messages.MessageBridge, photo_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATCHSCALER_MODELS", str(tmp_path / "models"))
    seen: list[str] = []
    bridge.shown.connect(lambda level, text, details: seen.append(text))
    win = MainWindow()
    qtbot.addWidget(win)
    assert "No trained model installed" in win.controls.model_label.text()
    assert str(tmp_path / "models" / "patchscaler-x4") in win.controls.model_label.text()
    assert any("Model → Open…" in text for text in seen)
    win.open_file(photo_path)  # the photo still shows; nothing runs
    assert win.session.doc is not None and not win.session.busy
    assert not win.commands.run.isEnabled()


def test_every_command_has_a_tooltip_and_the_shortcut_list_names_them(
        qtbot, window: MainWindow) -> None:
    from patchscaler_gui.ui.shortcuts import ShortcutsDialog

    for action in window.actions():
        if action.text():
            assert action.toolTip() and action.toolTip() != action.text().replace("&", "")
    press(qtbot, window, "F1")
    box = window.findChild(ShortcutsDialog, "shortcuts")
    assert box is not None and box.isVisible()
    listed = box.rows()
    for row in shortcut_rows(window):  # every action with a key, as it says itself
        assert row in listed
    keys = {k for row in listed for k in row[0].split(", ")}
    assert {"Ctrl+O", "F5", "Esc", "Ctrl+Alt+3", "[", "Alt+T", "Alt+C", "Ctrl+K"} <= keys
    assert ("Ctrl+Alt+3", "Brush: Hard") in listed and ("Alt+T", "Focus: Thresholds") in listed
    assert listed[-1][0] == "Wheel, drag"
    width = sum(box.table.columnWidth(c) for c in (0, 1))
    assert box.table.horizontalHeader().length() <= box.table.viewport().width() <= width + 40


def test_model_open_starts_in_the_users_models_folder(
        qtbot, window: MainWindow, user_data_home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    starts: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda parent, title, start: starts.append(start) or "")
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    folder = user_data_home / "patchscaler" / "models"
    assert starts == [str(folder)] and folder.is_dir()  # made, so models have a place
    assert window.settings.model_dir == ""  # cancelled: nothing changes


def test_model_open_loads_a_folder_and_refuses_a_broken_one(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, tiny_model_dir: Path,
        photo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.open_file(photo_path)
    run_to_end(qtbot, window)
    model = window.session.model
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.json").write_text("{")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(broken))
    with qtbot.waitSignal(bridge.shown) as shown:
        press(qtbot, window, "Ctrl+M")
    assert shown.args[0] == messages.Level.ERROR and "config.json" in shown.args[1]
    assert window.session.model is model and window.settings.model_dir == ""
    assert window._dialog is not None
    window._dialog.close()  # the error's message box
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tiny_model_dir))
    press(qtbot, window, "Ctrl+M")
    assert window.session.model is not model and "tiny-model" in window.session.model_id
    assert window.settings.model_dir == str(tiny_model_dir)
    assert window.session.busy  # the open photo starts over with the new model
    run_to_end(qtbot, window)
    assert window.session.doc.result is not None


def test_a_measured_rate_updates_the_eta_without_regrouping_the_heatmap(
        qtbot, window: MainWindow, photo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session, heatmap = window.session, window.canvas.heatmap
    assert session.editor.rate() is None  # so the first run measures one
    regrouped: list[int] = []
    real_set_data = heatmap.set_data
    monkeypatch.setattr(heatmap, "set_data",
                        lambda *a: (regrouped.append(1), real_set_data(*a))[1])
    window.open_file(photo_path)
    qtbot.waitUntil(lambda: session.editor.rate() is not None, timeout=RUN_TIMEOUT_MS)
    assert regrouped == [1]  # the coarse result's heatmap, and nothing for the rate
    assert "patch-steps" in window.controls.predicted.text()
    run_to_end(qtbot, window)


def test_the_cleanup_switch_reruns_the_coarse_stage_with_the_second_grm(
        qtbot, window: MainWindow, photo_path: Path) -> None:
    import torch

    from patchscaler_gui.engine.sampler import coarse_stage
    from tests.conftest import make_tiny_model

    session, switch = window.session, window.controls.cleanup
    window.controls.show_look("faithful")  # the default GRM
    pixels = load_image(photo_path).pixels
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    assert switch.isEnabled() and not switch.isChecked()
    with qtbot.waitSignal(session.editor.coarse_shown, timeout=RUN_TIMEOUT_MS) as shown:
        switch.setChecked(True)  # the open photo starts over from its coarse stage
    assert session.model is not None
    cleaned = coarse_stage(session.model, pixels, cleanup=True).y0
    torch.testing.assert_close(shown.args[0].state.y0, cleaned)
    assert not torch.allclose(cleaned, coarse_stage(session.model, pixels).y0)
    run_to_end(qtbot, window)
    # a model without a clean-up GRM greys the switch out (keeping its state) and runs plain
    other = make_tiny_model(seed=1, cleanup=False)
    with qtbot.waitSignal(session.editor.coarse_shown, timeout=RUN_TIMEOUT_MS) as shown:
        window._load_model(other)
    assert not switch.isEnabled() and switch.isChecked()
    torch.testing.assert_close(shown.args[0].state.y0, coarse_stage(other, pixels).y0)
    run_to_end(qtbot, window)


def test_opening_tells_the_file_notes_and_suggests_cleanup_for_a_compressed_jpeg(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path,
        tmp_path: Path) -> None:
    from PIL import Image

    shown: list[str] = []
    bridge.shown.connect(lambda level, text, details: shown.append(text))
    jpeg = tmp_path / "compressed.jpg"
    with Image.open(photo_path) as im:
        im.convert("RGB").save(jpeg, quality=40)
        frames = [im.convert("RGB"), im.convert("RGB").rotate(180)]
    window.controls.show_look("faithful")  # clean-up off
    window.open_file(jpeg)
    assert any("quality ≈ 40" in t and "Alt+C" in t for t in shown)
    run_to_end(qtbot, window)
    shown.clear()
    window.controls.cleanup.setChecked(True)  # already on: no suggestion
    run_to_end(qtbot, window)
    window.open_file(jpeg)
    assert not any("Alt+C" in t for t in shown)
    run_to_end(qtbot, window)
    gif = tmp_path / "animated.gif"
    frames[0].save(gif, save_all=True, append_images=frames[1:])
    window.open_file(gif)
    assert any("animated.gif" in t and "only the first" in t for t in shown)
    run_to_end(qtbot, window)


def test_save_at_x1_names_and_sizes_the_file_as_the_input(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.open_file(photo_path)
    run_to_end(qtbot, window)
    press(qtbot, window, "Alt+Z")
    press(qtbot, window.controls.scale, "End")  # ×1: the input's size, cleaned up
    suggested: list[str] = []
    target = tmp_path / "same.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, name, *a: (
        suggested.append(Path(name).name) or (str(target), "PNG (*.png)")))
    with qtbot.waitSignal(bridge.shown, timeout=10_000) as shown:
        press(qtbot, window, "Ctrl+S")
    assert shown.args[0] == messages.Level.INFO and suggested == ["photo_small_x1.png"]
    source = load_image(photo_path).pixels
    h, w = source.shape[:2]
    assert window.windowTitle() == f"photo_small.png ({w}×{h} → {w}×{h}) — PatchScaler ×4"
    saved = load_image(target).pixels
    assert saved.shape == source.shape  # the ×4 result averaged in 4×4 blocks
    result = window.session.doc.result.pixels
    assert abs(float(saved.mean()) - float(result.reshape(h, 4, w, 4, 3).mean())) < 1 / 255


def test_ctrl_c_copies_the_result_at_the_output_scale(
        qtbot, window: MainWindow, bridge: messages.MessageBridge, photo_path: Path) -> None:
    clipboard = QGuiApplication.clipboard()
    assert not window.commands.copy.isEnabled()  # nothing to copy before a result
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    h, w = load_image(photo_path).pixels.shape[:2]
    window.canvas.setFocus()
    with qtbot.waitSignal(bridge.shown):  # converted in a thread, then put on the clipboard
        press(qtbot, window.canvas, "Ctrl+C")
    assert (clipboard.image().width(), clipboard.image().height()) == (4 * w, 4 * h)
    copied = image_array(clipboard.image())
    assert np.array_equal(copied, to_int(window.session.doc.result.pixels))
    press(qtbot, window, "Alt+Z")
    press(qtbot, window.controls.scale, "Down")  # ×3
    with qtbot.waitSignal(bridge.shown) as shown:
        press(qtbot, window.canvas, "Ctrl+C")
    assert (clipboard.image().width(), clipboard.image().height()) == (3 * w, 3 * h)
    assert shown.args[1] == f"Result copied to the clipboard ({3 * w}×{3 * h})."


def test_a_transparent_photo_shows_the_checkerboard_where_it_is_clear(
        qtbot, window: MainWindow, photo_path: Path, tmp_path: Path) -> None:
    from PIL import Image

    rgba = np.array(Image.open(photo_path).convert("RGBA"))
    rgba[:, rgba.shape[1] // 2:, 3] = 0  # the right half clear
    Image.fromarray(rgba).save(tmp_path / "clear.png")
    window.open_file(tmp_path / "clear.png")
    run_to_end(qtbot, window)
    window.canvas.flush_tiles()
    shown = window.canvas.result_image()
    assert set(np.unique(shown[:, -40:])) == {153, 204}  # the board, not hidden colours
    result = window.session.doc.result
    assert result.alpha is not None  # and the result keeps its alpha
    # once the run is done, the board shows through the result's own alpha, as saved
    a = result.alpha[..., None]
    ys, xs = np.ogrid[: a.shape[0], : a.shape[1]]
    board = np.where((ys // CHECKER_PX + xs // CHECKER_PX) % 2 == 0, 204, 153)[..., None]
    expected = (to_int(result.pixels) * a + board * (1 - a) + 0.5).astype(np.uint8)
    assert int(np.abs(shown.astype(int) - expected).max()) <= 1
