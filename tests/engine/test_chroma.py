"""The colour clean-up: luma kept, colour noise taken out where α says, colour edges kept."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from patchscaler_gui.engine import chroma, codec
from patchscaler_gui.engine.chroma import ChromaConfig


def _ycc(latent: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    rgb = codec.decode(latent)
    y = 0.299 * rgb[:, 0] + 0.587 * rgb[:, 1] + 0.114 * rgb[:, 2]
    return y, torch.stack([rgb[:, 2] - y, rgb[:, 0] - y], 1)


def _picture(seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """A 32×40 LR picture: two colour regions split by a luma edge, and its colour noise."""
    g = torch.Generator().manual_seed(seed)
    rgb = torch.empty(1, 3, 128, 160)
    rgb[:, :, :, :80] = torch.tensor([0.3, 0.5, 0.7]).view(1, 3, 1, 1)  # sky
    rgb[:, :, :, 80:] = torch.tensor([0.45, 0.35, 0.15]).view(1, 3, 1, 1)  # sand, darker
    noise = torch.randn(1, 3, 32, 40, generator=g) * 0.03
    noise -= noise.mean(1, keepdim=True)  # colour noise: no luma change of its own ...
    noisy = rgb + F.interpolate(noise, scale_factor=4, mode="nearest")  # ... in LR blotches
    return codec.encode(rgb), codec.encode(noisy)


def test_the_luma_never_changes() -> None:
    _, noisy = _picture()
    alpha = torch.rand(1, 1, 32, 40)
    cleaned = chroma.clean(noisy.clone(), alpha, ChromaConfig())
    torch.testing.assert_close(_ycc(cleaned)[0], _ycc(noisy)[0], atol=1e-5, rtol=0)


def test_colour_noise_goes_where_alpha_is_one_and_the_colour_edge_stays() -> None:
    clean, noisy = _picture()
    out = chroma.clean(noisy.clone(), torch.ones(1, 1, 32, 40), ChromaConfig(radius=2, limit=1))
    truth, before, after = _ycc(clean)[1], _ycc(noisy)[1], _ycc(out)[1]
    def error(x: torch.Tensor, cols: slice) -> float:
        return float((x - truth)[..., cols].pow(2).mean())

    assert error(after, slice(None)) < 0.35 * error(before, slice(None))
    for cols in (slice(0, 60), slice(100, 160)):  # the two regions, off the edge
        assert error(after, cols) < 0.25 * error(before, cols)
    assert error(after, slice(60, 100)) < 0.6 * error(before, slice(60, 100))  # no halo


def test_a_colour_the_luma_does_not_explain_moves_no_more_than_the_limit() -> None:
    rgb = torch.full((1, 3, 64, 64), 0.5)
    rgb[:, :, 28:36, 28:36] = torch.tensor([0.9, 0.33, 0.33]).view(1, 3, 1, 1)  # red spot
    latent = codec.encode(rgb)
    before = _ycc(latent)[1]
    out = chroma.clean(latent.clone(), torch.ones(1, 1, 16, 16), ChromaConfig(limit=0.02))
    moved = (_ycc(out)[1] - before).abs()
    assert float(moved.max()) == pytest.approx(0.02, abs=1e-4)  # capped, in pixel values
    unlimited = chroma.clean(latent.clone(), torch.ones(1, 1, 16, 16), ChromaConfig(limit=1))
    assert float((_ycc(unlimited)[1] - before).abs().max()) > 0.1  # what the cap holds back
