"""The luma mottle clean-up: colour and fine detail kept, LR blotches taken out where α
says, luma edges kept, each change capped."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from patchscaler_gui.engine import codec, mottle
from patchscaler_gui.engine.mottle import MottleConfig


def _ycc(latent: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    rgb = codec.decode(latent)
    y = 0.299 * rgb[:, 0] + 0.587 * rgb[:, 1] + 0.114 * rgb[:, 2]
    return y, torch.stack([rgb[:, 2] - y, rgb[:, 0] - y], 1)


def _fine(y: torch.Tensor) -> torch.Tensor:
    """Each output pixel's luma less its 4×4 block's mean: the detail within an LR pixel."""
    return y - F.interpolate(F.avg_pool2d(y[:, None], 4), scale_factor=4)[:, 0]


def _picture(seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """A 32×40 LR picture: a dark and a bright flat region split by a luma edge, and luma
    noise in LR blotches with a fine grain within each LR pixel."""
    g = torch.Generator().manual_seed(seed)
    rgb = torch.empty(1, 3, 128, 160)
    rgb[:, :, :, :80] = torch.tensor([0.3, 0.5, 0.7]).view(1, 3, 1, 1)  # sky
    rgb[:, :, :, 80:] = torch.tensor([0.75, 0.65, 0.45]).view(1, 3, 1, 1)  # sand, brighter
    blotches = F.interpolate(torch.randn(1, 1, 32, 40, generator=g) * 0.02, scale_factor=4,
                             mode="nearest")
    grain = torch.randn(1, 1, 128, 160, generator=g) * 0.01
    return codec.encode(rgb), codec.encode(rgb + blotches + grain)


def test_colour_and_fine_detail_never_change() -> None:
    _, noisy = _picture()
    alpha = torch.rand(1, 1, 32, 40)
    cleaned = mottle.clean(noisy.clone(), alpha, MottleConfig())
    (y_before, c_before), (y_after, c_after) = _ycc(noisy), _ycc(cleaned)
    torch.testing.assert_close(c_after, c_before, atol=1e-5, rtol=0)
    # the bilinear change varies a little within an LR pixel; the grain itself stays
    assert float((_fine(y_after) - _fine(y_before)).std()) < 0.3 * float(_fine(y_before).std())
    assert not torch.allclose(y_after, y_before, atol=1e-3)


def test_blotches_go_where_alpha_is_one_and_the_edge_stays() -> None:
    clean, noisy = _picture()
    out = mottle.clean(noisy.clone(), torch.ones(1, 1, 32, 40), MottleConfig(radius=2))
    truth, before, after = (F.avg_pool2d(_ycc(x)[0][:, None], 4) for x in (clean, noisy, out))

    def error(x: torch.Tensor, cols: slice) -> float:
        return float((x - truth)[..., cols].pow(2).mean())

    for cols in (slice(0, 15), slice(25, 40)):  # the two regions (LR columns), off the edge
        assert error(after, cols) < 0.5 * error(before, cols)
    # across the edge (a step of 0.18): not blurred into a ramp
    assert error(after, slice(15, 25)) < error(before, slice(15, 25))


def test_a_bright_spot_moves_no_more_than_the_limit() -> None:
    rgb = torch.full((1, 3, 64, 64), 0.5)
    rgb[:, :, 28:32, 28:32] = 0.62  # one LR pixel, 0.12 brighter: a small feature
    latent = codec.encode(rgb)
    before = _ycc(latent)[0]
    out = mottle.clean(latent.clone(), torch.ones(1, 1, 16, 16), MottleConfig(limit=0.02))
    moved = (_ycc(out)[0] - before).abs()
    assert 0.01 < float(moved.max()) <= 0.02 + 1e-5  # capped, in pixel values
    unlimited = mottle.clean(latent.clone(), torch.ones(1, 1, 16, 16), MottleConfig(limit=1))
    assert float((_ycc(unlimited)[0] - before).abs().max()) > 0.04  # what the cap holds back
