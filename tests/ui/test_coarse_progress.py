"""The coarse stage of a photo larger than one GRM tile: tile progress, no busy animation,
and a cancel that stops it within one tile; and the step lines' ETA after it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import Qt

from patchscaler_gui.engine.imageio import load_image
from patchscaler_gui.engine.sampler import CoarseProgress
from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import RUN_TIMEOUT_MS, run_to_end


def two_tile_photo(photo_path: Path, tmp_path: Path) -> Path:
    """288×192 px: two GRM tiles of 256 px for the tiny model."""
    pixels = np.tile(load_image(photo_path).pixels, (3, 3, 1))
    path = tmp_path / "two_tiles.png"
    Image.fromarray((pixels * 255).round().astype(np.uint8)).save(path)
    return path


def test_the_coarse_stage_reports_its_tiles_on_a_plain_bar(
        qtbot, window: MainWindow, photo_path: Path, tmp_path: Path) -> None:
    s = window.session
    texts: list[str] = []
    maxima: list[int] = []

    def on_progressed(done: int, total: int, text: str) -> None:
        texts.append(text)
        maxima.append(window.progress.maximum())

    s.progressed.connect(on_progressed)
    with qtbot.waitSignal(s.editor.coarse_shown, timeout=RUN_TIMEOUT_MS):
        window.open_file(two_tile_photo(photo_path, tmp_path))
    run_to_end(qtbot, window)
    assert any(t.startswith("Coarse stage: tile 1/2 · ETA") for t in texts)
    assert min(maxima) > 0  # never Qt's busy indicator (maximum 0)


def test_cancel_stops_the_coarse_stage_within_one_tile(
        qtbot, window: MainWindow, photo_path: Path, tmp_path: Path) -> None:
    s = window.session
    worker = s.jobs.worker
    tiles: list[tuple[int, int]] = []

    def cancel_after_first_tile(serial: int, frame: object) -> None:
        if isinstance(frame, CoarseProgress):  # on the worker thread, right after the tile
            tiles.append((frame.done, frame.total))
            worker.cancel(serial)

    worker.yielded.connect(cancel_after_first_tile, Qt.ConnectionType.DirectConnection)
    with qtbot.assertNotEmitted(s.editor.coarse_shown, wait=300):
        with qtbot.waitSignal(s.editor.run_cancelled, timeout=RUN_TIMEOUT_MS):
            window.open_file(two_tile_photo(photo_path, tmp_path))
    worker.yielded.disconnect(cancel_after_first_tile)
    assert tiles == [(1, 2)]
    assert not s.busy and s.doc is not None and s.doc.state is None
    with qtbot.waitSignal(s.editor.run_finished, timeout=RUN_TIMEOUT_MS):
        s.editor.run()  # still usable: the same photo runs again, coarse stage included


def test_with_clean_up_through_a_gate_the_canvas_shows_a_first_look_before_the_coarse_result(
        qtbot, window: MainWindow, photo_path: Path, monkeypatch) -> None:
    from patchscaler_gui.engine import sampler
    from patchscaler_gui.engine.events import FirstLook, Settings
    from tests.conftest import drain, make_gated_model

    model = make_gated_model()
    window._load_model(model)
    window.controls.show_look("faithful")
    qtbot.keyClick(window.controls.cleanup, Qt.Key.Key_Space)
    assert window.controls.values().cleanup_on
    shown: list[np.ndarray] = []
    real = window.canvas.set_result
    monkeypatch.setattr(window.canvas, "set_result", lambda rgb: (shown.append(rgb), real(rgb)))
    with qtbot.waitSignal(window.session.editor.coarse_shown, timeout=RUN_TIMEOUT_MS) as ready:
        window.open_file(photo_path)
    events, _ = drain(sampler.upscale(model, load_image(photo_path).pixels, None,
                                      Settings(cleanup=True, coarse_only=True)))
    (first,) = [e for e in events if isinstance(e, FirstLook)]
    assert len(shown) == 2  # the first look, then the coarse result replacing it
    np.testing.assert_array_equal(shown[0], first.coarse)
    np.testing.assert_array_equal(shown[1], ready.args[0].coarse)
    assert not np.array_equal(shown[0], shown[1])
    run_to_end(qtbot, window)


def test_each_step_line_of_a_first_run_has_an_eta_from_the_coarse_result_on(
        qtbot, window: MainWindow, photo_path: Path) -> None:
    texts: list[str] = []
    window.session.progressed.connect(lambda done, total, text: texts.append(text))
    window.open_file(photo_path)
    run_to_end(qtbot, window)
    steps = [t for t in texts if " patch-steps · ETA " in t]
    # the rate runs from the coarse result, so even the first step line has one ("…": none)
    assert steps and not any(t.endswith("ETA …") for t in steps)
