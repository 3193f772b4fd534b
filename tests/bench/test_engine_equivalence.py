"""The engine's fast paths compute exactly what the plain formulations do (speed work guard)."""

import math

import numpy as np
import torch
import torch.nn.functional as F

from patchscaler_gui.engine import sampler
from patchscaler_gui.engine.denoiser import PatchDiT, _Attention, _Block, timestep_embedding
from patchscaler_gui.engine.events import GroupDone
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.patches import Grid, split


def _attention(a: _Attention, x: torch.Tensor, ctx: torch.Tensor | None) -> torch.Tensor:
    b, n, d = x.shape
    src = x if ctx is None else ctx
    q = a.q(x).view(b, n, a.heads, -1).transpose(1, 2)
    k, v = a.kv(src).view(b, src.shape[1], 2, a.heads, -1).unbind(2)
    w = (q @ k.transpose(1, 2).transpose(-1, -2) / math.sqrt(d // a.heads)).softmax(-1)
    return a.out((w @ v.transpose(1, 2)).transpose(1, 2).reshape(b, n, d))


def _block(blk: _Block, x: torch.Tensor, cond: torch.Tensor, prompt: torch.Tensor | None
           ) -> torch.Tensor:
    sh1, sc1, g1, sh2, sc2, g2 = blk.ada(cond)[:, None].chunk(6, dim=-1)
    x = x + g1 * _attention(blk.attn, blk.norm1(x) * (1 + sc1) + sh1, None)
    if prompt is not None:
        x = x + _attention(blk.cross, blk.norm_x(x), prompt)
    return x + g2 * blk.mlp(blk.norm2(x) * (1 + sc2) + sh2)


def _plain_forward(net: PatchDiT, x: torch.Tensor, y0: torch.Tensor, t: torch.Tensor,
                   prompt: torch.Tensor | None) -> torch.Tensor:
    """Patch-DiT as the paper-level description reads: conv embedding, unfused attention."""
    b, c, h, w = x.shape
    p = net.config.patch
    tokens = net.embed(torch.cat([x, y0], 1)).flatten(2).transpose(1, 2) + net.pos
    cond = net.t_mlp(timestep_embedding(t, net.config.width))
    for blk in net.blocks:
        tokens = _block(blk, tokens, cond, prompt)  # type: ignore[arg-type]
    shift, scale = net.final_ada(cond)[:, None].chunk(2, dim=-1)
    out = net.head(net.norm(tokens) * (1 + scale) + shift)
    return y0 + F.pixel_shuffle(out.transpose(1, 2).reshape(b, c * p * p, h // p, w // p), p)


def test_denoiser_matches_the_plain_formulation(tiny_model: PatchScaler) -> None:
    net = tiny_model.denoiser
    n = net.config.window
    x, y0 = torch.randn(5, 48, n, n), torch.randn(5, 48, n, n)
    t = torch.tensor([1, 3, 7, 15, 9])
    prompt = torch.randn(5, 8, net.config.width)
    with torch.no_grad():
        for p in (prompt, None):
            assert torch.allclose(net(x, y0, t, p), _plain_forward(net, x, y0, t, p), atol=1e-5)


def test_split_reads_the_reflect_padded_latent() -> None:
    lat = torch.randn(1, 3, 24, 40)
    grid = Grid(24, 40, patch=8, halo=3)
    idx = np.arange(grid.rows * grid.cols)
    padded = F.pad(lat, (3, 3, 3, 3), mode="reflect")
    r, c = np.divmod(idx, grid.cols)
    ref = torch.stack([padded[0, :, y * 8 : y * 8 + 14, x * 8 : x * 8 + 14]
                       for y, x in zip(r, c, strict=True)])
    assert torch.equal(split(lat, grid, idx), ref)


def test_group_pixels_are_the_boxes_decoded_one_by_one(tiny_model: PatchScaler) -> None:
    img = np.random.default_rng(0).random((30, 44, 3), dtype=np.float32)
    state = sampler.coarse_stage(tiny_model, img)
    idx = np.array([0, 3, 4, 9, 10, 11])
    windows = split(state.y0, state.grid, idx) + 0.1
    state.mosaic.replace(idx, split(state.y0, state.grid, idx), windows)
    boxes = state.grid.window_boxes(idx, 4)
    done = GroupDone(1, np.zeros((1, 1), bool), 8, 3, boxes, *sampler._window_bands(state, boxes))
    for box, px in zip(boxes.tolist(), done.pixels, strict=True):
        assert np.array_equal(px, sampler._shown(state, tuple(box)).pixels)
