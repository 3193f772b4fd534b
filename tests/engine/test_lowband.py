from dataclasses import replace

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from patchscaler_gui.engine import codec, lowband, sampler
from patchscaler_gui.engine.events import GroupDone, Settings
from patchscaler_gui.engine.grouping import GroupPlan, patch_difficulty
from patchscaler_gui.engine.imageio import to_int
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.patches import Mosaic
from patchscaler_gui.engine.sharpen import Sharpening, sharpen_latent
from tests.conftest import drain


def test_its_downscale_and_upscale_are_torchs_bicubic_ones_away_from_the_edge() -> None:
    x = torch.rand(1, 1, 64, 80, dtype=torch.float64, generator=torch.Generator().manual_seed(0))
    down = lowband.down(lowband.down(x, -1), -2)
    ref = F.interpolate(x, size=(16, 20), mode="bicubic", antialias=True, align_corners=False)
    torch.testing.assert_close(down[..., 2:-3, 2:-3], ref[..., 2:-3, 2:-3])
    up = lowband.up(lowband.up(down, -2), -1)
    torch.testing.assert_close(up, F.interpolate(down, scale_factor=4, mode="bicubic",
                                                 align_corners=False))


def _latent(image: torch.Tensor) -> torch.Tensor:
    return codec.encode(image.clamp(0, 1))


def test_a_change_the_lr_can_see_goes_and_one_it_cannot_see_stays() -> None:
    y0 = _latent(torch.full((1, 3, 32, 32), 0.5))
    lift = _latent(torch.full((1, 3, 32, 32), 0.6))  # brighter everywhere: the low band
    torch.testing.assert_close(lowband.consistent(lift, y0), y0)
    checks = (torch.arange(32)[:, None] + torch.arange(32)[None, :]) % 2 * 0.2 - 0.1
    fine = _latent(0.5 + checks.expand(1, 3, 32, 32))  # the finest pattern: above the band
    kept = codec.decode(lowband.consistent(fine, y0)) - 0.5
    assert torch.allclose(kept, checks.expand(1, 3, 32, 32), atol=0.01)


def test_the_colour_is_left_as_it_was() -> None:
    gen = torch.Generator().manual_seed(1)
    y0 = _latent(torch.rand(1, 3, 32, 48, generator=gen))
    out = _latent(torch.rand(1, 3, 32, 48, generator=gen))
    made = lowband.consistent(out, y0)
    r, g, b = (codec.decode(made) - codec.decode(out)).unbind(1)
    torch.testing.assert_close(r, g)
    torch.testing.assert_close(g, b)  # the same amount off every colour: Cb and Cr stay


@pytest.mark.parametrize("band", [8, 64])
def test_a_crop_with_its_reach_of_context_gives_the_wholes_values(
        band: int, monkeypatch: pytest.MonkeyPatch) -> None:
    gen = torch.Generator().manual_seed(2)
    out, y0 = torch.rand(2, 1, 48, 40, 36, generator=gen)
    whole = lowband.consistent(out, y0)
    monkeypatch.setattr(lowband, "BAND", band)  # in bands of rows or at once: the same
    r = lowband.REACH
    crop = (slice(None), slice(None), slice(10 - r, 30 + r), slice(6 - r, 28 + r))
    part = lowband.consistent(out[crop], y0[crop])
    assert torch.equal(part[:, :, r:-r, r:-r], whole[:, :, 10:30, 6:28])
    assert torch.equal(lowband.consistent(out, y0), whole)


def test_runs_keep_the_coarse_low_band_where_decoded_and_stream_exactly(
        tiny_model: PatchScaler) -> None:
    """With ``lowband`` the final image is the run's merged latent, sharpened, its change
    from y0 high-passed (:func:`lowband.consistent`); painting each GroupDone over the coarse
    preview still gives it exactly (the groups' boxes reach REACH px further), and a cached
    coarse stage reused by such a run shows the same."""
    img = np.random.default_rng(3).random((40, 56, 3), dtype=np.float32)
    plain = Settings(cleanup=True, sharpen=Sharpening(0.5, 2.0))
    kept = replace(plain, lowband=True)
    d = np.sort(patch_difficulty(sampler.coarse_stage(tiny_model, img, cleanup=True).confidence,
                                 tiny_model.config.patch).ravel())
    plan = GroupPlan(thresholds=(float(d[len(d) // 3]), float(d[2 * len(d) // 3])),
                     starts=(3, 8, 15), budgets=(0, 3, 5))  # the simple third keeps y0
    events, summary = drain(sampler.upscale(tiny_model, img, plan, kept))
    plain_events, plain_summary = drain(sampler.upscale(tiny_model, img, plan, plain))
    state = plain_events[1].state
    ref = codec.decode(lowband.consistent(sharpen_latent(state.mosaic.latent(), plain.sharpen),
                                          state.y0)).clamp(0, 1)[0, :, :160, :224]
    np.testing.assert_allclose(summary.image, ref.permute(1, 2, 0).numpy(), rtol=0, atol=2e-5)
    assert not np.array_equal(to_int(summary.image), to_int(plain_summary.image))
    canvas = events[1].coarse.copy()
    done = [e for e in events if isinstance(e, GroupDone)]
    assert sum(len(e.boxes) for e in done) > 0
    for e in done:
        for (t, l, _, _), px in zip(e.boxes, e.pixels, strict=True):
            canvas[t : t + px.shape[0], l : l + px.shape[1]] = px
    assert np.array_equal(canvas, to_int(summary.image))
    again = drain(sampler.upscale(tiny_model, img, plan, kept, state=replace(
        state, mosaic=Mosaic(state.y0, state.grid), windows={})))[1].image
    assert np.array_equal(to_int(again), to_int(summary.image))
