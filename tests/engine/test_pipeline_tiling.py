"""Large images in tiles: the geometry, seamless blending, and tiled == untiled."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from patchscaler_gui.engine import tiling
from patchscaler_gui.engine.errors import LimitError
from patchscaler_gui.engine.events import (
    CoarseReady,
    FirstLook,
    GroupDone,
    Progress,
    Settings,
    TileStarted,
)
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.imageio import Picture, load_image
from patchscaler_gui.engine.limits import BYTES_PER_LR_PIXEL, Limits, check_limits, plan_tiles
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.sampler import upscale_picture
from tests.conftest import drain

SMALL_TILES = Limits(memory=64 * 64 * BYTES_PER_LR_PIXEL)  # 64 px tiles, 16 px cores
PLAN = GroupPlan(thresholds=(0.25, 0.5), starts=(3, 5, 8), budgets=(1, 2, 3))


@pytest.mark.parametrize("n", [8, 61, 64, 100, 257])
def test_spans_cover_the_axis_with_cores_on_the_patch_grid(n: int) -> None:
    spans = tiling.split_axis(n, core=24, context=16, patch=8)
    assert spans[0].core_start == 0 and spans[-1].core_stop == n
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.core_stop == b.core_start and a.core_stop % 8 == 0
    for s in spans:
        assert s.start % 8 == 0 and 0 <= s.start <= s.core_start < s.core_stop <= s.stop <= n
        assert s.core_start - s.start == min(16, s.core_start)
        assert s.stop - s.core_stop == min(16, n - s.core_stop)


def test_blending_tiles_that_agree_reproduces_the_image() -> None:
    size, scale = (37, 53), 4
    tiles = tiling.plan(size, 8, 16, 40)
    assert len(tiles) > 4
    y, x = np.mgrid[0 : size[0] * scale, 0 : size[1] * scale]
    truth = np.stack([np.sin(x / 17.0), np.cos(y / 11.0), (x + y) / (x + y).max()], axis=2)
    truth = ((truth + 1) / 2 if truth.min() < 0 else truth).astype(np.float32)
    out = np.zeros((*truth.shape[:2], 3), np.uint16)
    for tile in tiles:
        ys = slice(tile.rows.start * scale, tile.rows.stop * scale)
        xs = slice(tile.cols.start * scale, tile.cols.stop * scale)
        tiling.blend(out, tile, truth[ys, xs], size, scale, band=32)
    assert np.abs(out / 65535.0 - truth).max() <= 1.5 / 65535


def test_a_small_image_is_one_tile(tiny_model: PatchScaler) -> None:
    assert len(plan_tiles(tiny_model, (64, 96), Limits())) == 1
    assert len(plan_tiles(tiny_model, (64, 96), SMALL_TILES)) > 4


def compare(tiny_model: PatchScaler, picture: Picture, plan: GroupPlan | None,
            settings: Settings) -> float:
    _, whole = drain(upscale_picture(tiny_model, picture, plan, settings))
    events, result = drain(upscale_picture(tiny_model, picture, plan, settings,
                                           limits=SMALL_TILES))
    untiled, tiled, summary = whole.picture, result.picture, result.summary
    assert result.tiled and not whole.tiled
    assert summary.counts["tiles"] > 4
    assert tiled.pixels.dtype == (np.uint16 if picture.bits == 16 else np.uint8)
    full = np.iinfo(tiled.pixels.dtype).max
    diff = float(np.abs(tiled.pixels / full - untiled.pixels).max())
    if picture.alpha is not None:
        assert tiled.alpha is not None and untiled.alpha is not None
        diff = max(diff, float(np.abs(tiled.alpha / full - untiled.alpha).max()))
    return diff


def test_tiled_coarse_stage_matches_untiled(tiny_model: PatchScaler, photo_path: Path) -> None:
    picture = load_image(photo_path)
    assert compare(tiny_model, picture, None, Settings(coarse_only=True)) <= 1.01 / 255


def test_tiled_diffusion_matches_untiled(tiny_model: PatchScaler, photo_path: Path) -> None:
    # Each patch draws its noise by its global row and column, so a tiled run samples the
    # same noise as an untiled one; the margins cover the GRM, the windows and the prompt.
    picture = load_image(photo_path)
    alpha = np.linspace(0, 1, picture.pixels.shape[1], dtype=np.float32)
    picture.alpha = np.broadcast_to(alpha, picture.pixels.shape[:2]).copy()
    picture.bits = 16
    assert compare(tiny_model, picture, PLAN, Settings(batch=7)) <= 2e-4


def test_tiled_events_and_progress(tiny_model: PatchScaler, photo_path: Path) -> None:
    picture = load_image(photo_path)
    events, result = drain(upscale_picture(tiny_model, picture, PLAN, Settings(),
                                                   limits=SMALL_TILES))
    out, summary = result.picture, result.summary
    tiles = summary.counts["tiles"]
    started = [e for e in events if isinstance(e, TileStarted)]
    assert [(e.index, e.count) for e in started] == [(k, tiles) for k in range(tiles)]
    # each tile's coarse result is placed in the picture, cut to the tile's core: the cores
    # cover the picture once
    covered = np.zeros(out.pixels.shape[:2], np.int64)
    for e in (e for e in events if isinstance(e, CoarseReady)):
        h, w = e.coarse.shape[:2]
        covered[e.origin[0] : e.origin[0] + h, e.origin[1] : e.origin[1] + w] += 1
    assert (covered == 1).all()
    groups = [e for e in events if isinstance(e, GroupDone)]
    assert any(len(e.boxes) for e in groups)
    for e in groups:
        for (t, l, b, r), px in zip(e.boxes.tolist(), e.pixels, strict=True):
            assert px.shape == (b - t, r - l, 3) and px.dtype == np.uint8
            assert 0 <= t < b <= out.pixels.shape[0] and 0 <= l < r <= out.pixels.shape[1]
    progress = [e for e in events if isinstance(e, Progress)]
    done = [p.patch_steps_done for p in progress]
    assert done == sorted(done) and done[-1] == progress[-1].patch_steps_total > 0
    assert out.pixels.shape == (256, 384, 3)


def test_a_tiled_runs_first_looks_are_placed_as_its_coarse_results(photo_path: Path) -> None:
    from tests.conftest import make_gated_model

    events, _ = drain(upscale_picture(make_gated_model(), load_image(photo_path), PLAN,
                                      Settings(cleanup=True), limits=SMALL_TILES))
    looks = [e for e in events if isinstance(e, FirstLook | CoarseReady)]
    assert len(looks) > 8 and len(looks) % 2 == 0
    # each tile: its first look, then its coarse result, at the same place
    for preview, ready in zip(looks[::2], looks[1::2], strict=True):
        assert isinstance(preview, FirstLook) and isinstance(ready, CoarseReady)
        assert preview.origin == ready.origin
        assert preview.coarse.shape == ready.coarse.shape


def test_output_limits_are_checked_before_any_work(tiny_model: PatchScaler, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    picture = Picture(np.zeros((100, 100, 3), np.float32))
    with pytest.raises(LimitError, match="above the limit of 0 MP"):
        next(upscale_picture(tiny_model, picture, None, Settings(coarse_only=True),
                             limits=Limits(max_output_pixels=100_000)))
    check_limits(picture, Limits(), tmp_path / "new" / "o.png")

    class Usage:
        free = 10 << 20

    monkeypatch.setattr("shutil.disk_usage", lambda _: Usage())
    with pytest.raises(LimitError, match="only 10 MiB are free"):
        check_limits(picture, Limits(), tmp_path / "new" / "o.png")


def test_tiled_sharpened_clean_up_matches_untiled(tiny_model: PatchScaler,
                                                  photo_path: Path) -> None:
    """A wide sharpening reads 12 px around each pixel: the tiles' overlaps cover it as they
    cover the networks."""
    from patchscaler_gui.engine.sharpen import Sharpening

    picture = load_image(photo_path)
    picture.bits = 16
    settings = Settings(batch=7, cleanup=True, sharpen=Sharpening(0.5, 4.0))
    assert compare(tiny_model, picture, PLAN, settings) <= 2e-4
