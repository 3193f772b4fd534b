"""A photo too large to keep whole runs as a tiled job: painted tile by tile, the final
blend on the canvas, the same pixels as the CLI's tiled pipeline, and no heatmap."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from patchscaler_gui.engine import imageio
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.events import CoarseReady, GroupDone, Settings
from patchscaler_gui.engine.limits import Limits, plan_tiles
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.sampler import upscale_picture
from patchscaler_gui.ui.main_window import MainWindow
from tests.ui.conftest import run_to_end


def test_a_large_photo_runs_in_tiles_like_the_cli(
        qtbot, window: MainWindow, tiny_model: PatchScaler, photo_path: Path) -> None:
    session = window.session
    session.editor.interactive_memory = 0  # every photo counts as large
    session.editor.tile_limits = Limits(memory=56 * 56 * 2048)
    picture = imageio.load_image(photo_path)
    assert len(plan_tiles(tiny_model, picture.pixels.shape[:2], session.editor.tile_limits)) > 1
    painted: list[int] = []
    session.jobs.worker.yielded.connect(lambda _serial, event: isinstance(
        event, CoarseReady | GroupDone) and painted.append(1))
    window.settings.rates[f"{session.model_id}|cpu"] = 1e-4
    for slider in window.controls.budgets:  # one step per patch: a quick run
        slider.setValue(1)
    window.open_file(photo_path)
    qtbot.waitUntil(lambda: bool(painted), timeout=20_000)
    run_to_end(qtbot, window)
    doc = session.doc
    assert doc.state is None and doc.result is not None
    assert not window.canvas.heatmap.isVisible()
    assert len(painted) > 2  # tile coarse results and groups arrive one by one
    plan = window.controls.values().plan
    values = window.controls.values()
    expected = drive(upscale_picture(
        tiny_model, picture, plan, Settings(seed=values.seed, cleanup=values.cleanup_on,
                                            batch=32, keep_windows=False),
        limits=session.editor.tile_limits)).picture
    assert np.array_equal(doc.result.pixels, expected.pixels)
    assert np.array_equal(window.canvas.result_image(), imageio.to_int(expected.pixels))
    assert not session.editor.run()  # up to date: Run does not start it again
    window.controls.seed.setValue(window.controls.seed.value() + 1)
    assert session.editor.run() and session.busy  # changed settings: Run redoes the whole photo
    session.cancel()
    run_to_end(qtbot, window)
    assert doc.result is not None  # a cancelled re-run keeps the last result
