"""The output's edge contrast (engine/sharpen.py) and where the sampler applies it."""

import math
from dataclasses import replace

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from patchscaler_gui.engine import choices, codec, events, sampler, sharpen
from patchscaler_gui.engine.events import GroupDone, Settings
from patchscaler_gui.engine.grouping import GroupPlan, patch_difficulty
from patchscaler_gui.engine.imageio import to_int
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.patches import Mosaic
from patchscaler_gui.engine.sharpen import Sharpening
from tests.conftest import drain


def _unsharp_pixels(rgb: torch.Tensor, amount: float, sigma: float = 1.0) -> torch.Tensor:
    """The reference in output pixels: (B, 3, H, W) + amount × (Y − Gaussian σ of Y, cut
    at 3σ)."""
    r = math.ceil(3 * sigma)
    x = torch.arange(-r, r + 1, dtype=torch.float32)
    k = torch.exp(-(x**2) / (2 * sigma**2))
    k2 = torch.outer(k, k) / k.sum() ** 2
    y = codec.luma(rgb)
    low = F.conv2d(F.pad(y, (r, r, r, r), mode="replicate"), k2[None, None])
    return rgb + amount * (y - low)


@pytest.mark.parametrize("sigma", [1.0, 2.5])
def test_sharpening_adds_the_luma_high_band_to_every_colour(sigma: float) -> None:
    latent = torch.rand(1, 48, 9, 11) * 2 - 1
    out = sharpen.sharpen_latent(latent, Sharpening(0.6, sigma))
    torch.testing.assert_close(codec.decode(out),
                               _unsharp_pixels(codec.decode(latent), 0.6, sigma),
                               rtol=0, atol=1e-5)
    # the colour (each channel minus the luma) is left as it was
    before, after = codec.decode(latent), codec.decode(out)
    torch.testing.assert_close(after - codec.luma(after), before - codec.luma(before),
                               rtol=0, atol=1e-5)


def test_flat_pictures_and_amount_zero_are_left_alone() -> None:
    flat = torch.full((1, 48, 6, 6), 0.3)
    torch.testing.assert_close(sharpen.sharpen_latent(flat, Sharpening(1.0, 3.0)), flat,
                               rtol=0, atol=1e-6)
    latent = torch.rand(1, 48, 6, 6)
    assert torch.equal(sharpen.sharpen_latent(latent, Sharpening()), latent)


def test_a_sharpening_reads_as_far_as_its_radius() -> None:
    """Its reach (latent px of context) covers 3σ output px, and is 0 when it is off."""
    assert [Sharpening(0.5, s).reach for s in (0.5, 1.0, 1.5, 2.0, 3.0, 4.0)] == \
        [1, 1, 2, 2, 3, 3]
    assert Sharpening(0.0, 3.0).reach == 0
    for bad in ((-0.1, 1.0), (0.5, 0.0), (0.5, choices.MAX_SIGMA + 0.5)):
        with pytest.raises(ValueError, match="radius"):
            Sharpening(*bad)


@pytest.mark.parametrize("sigma", [1.0, 3.0])
def test_bands_give_the_same_values_as_the_whole(monkeypatch: pytest.MonkeyPatch,
                                                 sigma: float) -> None:
    latent = torch.rand(1, 48, 23, 7) * 2 - 1
    s = Sharpening(0.8, sigma)
    whole = sharpen.sharpen_latent(latent, s)
    monkeypatch.setattr(sharpen, "BAND", 5)
    torch.testing.assert_close(sharpen.sharpen_latent(latent, s), whole, rtol=0, atol=1e-6)


@pytest.mark.parametrize("sigma", [1.0, 3.0])
def test_runs_are_sharpened_where_decoded_and_stream_exactly(tiny_model: PatchScaler,
                                                             sigma: float) -> None:
    """The final image is the unsharpened run's, sharpened in pixels (the diffusion is the
    same: it conditions on the unsharpened coarse result); painting each GroupDone over the
    coarse preview still gives it exactly, the groups' boxes reaching past their windows as
    far as the radius reads."""
    img = np.random.default_rng(1).random((40, 56, 3), dtype=np.float32)
    sharp = Settings(cleanup=True, sharpen=Sharpening(0.7, sigma))
    d = np.sort(patch_difficulty(sampler.coarse_stage(tiny_model, img, cleanup=True).confidence,
                                 tiny_model.config.patch).ravel())
    # the simple third keeps the coarse result: the other groups change parts of the picture
    plan = GroupPlan(thresholds=(float(d[len(d) // 3]), float(d[2 * len(d) // 3])),
                     starts=(3, 8, 15), budgets=(0, 3, 5))
    events, summary = drain(sampler.upscale(tiny_model, img, plan, sharp))
    plain_events, _ = drain(sampler.upscale(tiny_model, img, plan, Settings(cleanup=True)))
    merged = plain_events[1].state.mosaic.latent()  # the run's merged latent, not clamped
    ref = _unsharp_pixels(codec.decode(merged), 0.7, sigma).clamp(0, 1)[0, :, :160, :224]
    np.testing.assert_allclose(summary.image, ref.permute(1, 2, 0).numpy(), rtol=0, atol=2e-5)
    ready = events[1]
    done = [e for e in events if isinstance(e, GroupDone)]
    assert sum(len(d.boxes) for d in done) > 0
    canvas = ready.coarse.copy()
    for d in done:
        for (t, l, _, _), px in zip(d.boxes, d.pixels, strict=True):
            canvas[t : t + px.shape[0], l : l + px.shape[1]] = px
    assert np.array_equal(canvas, to_int(summary.image))
    # a cached coarse stage is shown with the sharpening of the run that reuses it
    cached = plain_events[1].state
    again = drain(sampler.upscale(tiny_model, img, plan, sharp, state=replace(
        cached, mosaic=Mosaic(cached.y0, cached.grid), windows={})))[1].image
    assert np.array_equal(to_int(again), to_int(summary.image))


def test_a_run_whose_events_nobody_reads_sharpens_only_its_result(
        tiny_model: PatchScaler, monkeypatch: pytest.MonkeyPatch) -> None:
    """Events' pixels are made on first use (events.Shown): the CLI and the bench, which
    keep only the result, pay for one sharpening; the app's worker reads each event's."""
    img = np.random.default_rng(2).random((40, 56, 3), dtype=np.float32)
    sharp = Settings(cleanup=True, sharpen=Sharpening(0.7))
    calls: list[tuple[int, ...]] = []
    real = events.sharpen_latent

    def counted(latent: torch.Tensor, s: Sharpening) -> torch.Tensor:
        calls.append(tuple(latent.shape))
        return real(latent, s)

    monkeypatch.setattr(events, "sharpen_latent", counted)
    plan = GroupPlan(thresholds=(0.3, 0.6), starts=(3, 8, 15), budgets=(1, 3, 5))
    streamed, summary = drain(sampler.upscale(tiny_model, img, plan, sharp))
    done = [e for e in streamed if isinstance(e, GroupDone)]
    assert len(done) > 0
    assert len(calls) == 1  # the result's
    # read after the run, an event's pixels are those of its moment: the coarse result
    coarse = drain(sampler.upscale(tiny_model, img, plan, replace(sharp, coarse_only=True)))
    assert np.array_equal(streamed[1].coarse, to_int(coarse[1].image))
    assert not np.array_equal(streamed[1].coarse, to_int(summary.image))
    assert len(calls) > 2 and all(len(d.pixels) == len(d.boxes) for d in done)
