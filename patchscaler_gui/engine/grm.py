"""Global Restoration Module: LR image → coarse HR latent ``y0`` and a confidence map.

A residual CNN at LR resolution. ``y0`` is predicted as a residual over the latent of the
bicubic upsample, so an untrained network already gives bicubic. The confidence is the
uncertainty of ``y0``: the network predicts the log scale ``s`` of a Laplace distribution
of the per-pixel error (trained with its negative log-likelihood), and
``C = sigmoid(s_ref − s)``, so low confidence means a large expected error. ``s_ref`` (the
log scale that maps to C = 0.5) is our choice; it lives in the config.

Large images run on overlapping LR tiles (:func:`run_tiled`); the halo covers the receptive
field, so tiled and untiled results agree to float rounding.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Protocol

import torch
import torch.nn.functional as F
from torch import nn

from patchscaler_gui.engine import codec, memory
from patchscaler_gui.engine.drive import drive


@dataclass(frozen=True)
class GRMConfig:
    """Defaults: the shipped GRM (``--random-model`` benches and diagnostics measure it)."""

    width: int = 32
    blocks: int = 5
    s_ref: float = -3.0


class _Block(nn.Module):
    def __init__(self, width: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(width, width, 3, padding=1)
        self.conv2 = nn.Conv2d(width, width, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.conv2(F.silu(self.conv1(x)))


class GRM(nn.Module):
    """``forward(lr) -> (y0, log_scale)``; use :meth:`confidence` for C in (0, 1)."""

    def __init__(self, config: GRMConfig) -> None:
        super().__init__()
        self.config = config
        self.head = nn.Conv2d(3, config.width, 3, padding=1)
        self.body = nn.Sequential(*[_Block(config.width) for _ in range(config.blocks)])
        self.tail = nn.Conv2d(config.width, codec.CHANNELS + 1, 3, padding=1)
        nn.init.zeros_(self.tail.weight)
        nn.init.zeros_(self.tail.get_parameter("bias"))

    @property
    def receptive_radius(self) -> int:
        """LR pixels of context an output pixel depends on: one per 3×3 convolution (the
        bicubic base's 2 px lie within that)."""
        return 2 * self.config.blocks + 2

    def forward(self, lr: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        # under autocast (GPUs) the network runs in 16 bits, the exact bicubic base and the
        # outputs stay float32
        with torch.autocast(lr.device.type, enabled=False):
            base = codec.bicubic_latent(lr.float())
        feat = self.body(F.silu(self.head(lr * 2.0 - 1.0)))
        out = self.tail(feat).float()
        y0 = base + out[:, : codec.CHANNELS]
        log_scale = out[:, codec.CHANNELS :] + self.config.s_ref
        return y0, log_scale

    def tile_total(self, h: int, w: int, tile: int) -> int:
        return tile_count(h, w, tile, self.receptive_radius)

    def tiles(self, lr: torch.Tensor, tile: int) -> Tiles:
        return tile_map(self, (lr,), tile, self.receptive_radius)

    def confidence(self, log_scale: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.config.s_ref - log_scale)

    def expected_error(self, confidence: torch.Tensor) -> torch.Tensor:
        """The Laplace scale ``b = exp(s)`` a confidence stands for (:meth:`confidence`
        inverted): the expected absolute error of y0's latent values there."""
        return math.exp(self.config.s_ref) * (1.0 - confidence) / confidence


class CoarseNet(Protocol):
    """What the coarse stage runs: a GRM, or both GRMs blended by the gate (:mod:`.gate`)."""

    @property
    def receptive_radius(self) -> int: ...

    def __call__(self, lr: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]: ...

    def tile_total(self, h: int, w: int, tile: int) -> int:
        """How many steps :meth:`tiles` yields for an (h, w) picture (``first_look`` aside)."""
        ...

    def tiles(self, lr: torch.Tensor, tile: int) -> Tiles:
        """The call on overlapping tiles of ``tile`` px (:func:`tile_map`): yields a
        :class:`TileStep` after each tile, returns (y0, log_scale)."""
        ...

    def confidence(self, log_scale: torch.Tensor) -> torch.Tensor: ...

    def expected_error(self, confidence: torch.Tensor) -> torch.Tensor: ...


@dataclass(frozen=True)
class TileStep:
    """A coarse net's tiles done so far, of ``total``; or, with ``first_look``, no new
    tile but the whole picture's y0 before the last tiles are done, where the net has one
    (a :class:`~.gate.Blend` once its clean-up GRM has run), for a preview."""

    done: int
    total: int
    first_look: torch.Tensor | None = None


Tiles = Generator[TileStep, None, tuple[torch.Tensor, ...]]


def run_tiled(grm: CoarseNet, lr: torch.Tensor, tile: int = 256,
              on_tile: Callable[[int, int], None] | None = None
              ) -> tuple[torch.Tensor, torch.Tensor]:
    """:func:`tiled` driven to its end; ``on_tile(done, total)`` after each tile (an
    exception raised there stops the run)."""
    def on_step(step: TileStep) -> None:
        if on_tile is not None and step.first_look is None:
            on_tile(step.done, step.total)
    return drive(tiled(grm, lr, tile), on_step)


def tiled(grm: CoarseNet, lr: torch.Tensor, tile: int = 256
          ) -> Generator[TileStep, None, tuple[torch.Tensor, torch.Tensor]]:
    """The coarse net on overlapping LR tiles of ``tile`` px (:meth:`CoarseNet.tiles`).

    Yields a :class:`TileStep` after each tile, a cancellation point; returns
    (y0, confidence) on ``lr``'s device. Peak memory follows the tile, not the image,
    and ~256 px tiles are also faster on CPU than one big piece (their activations stay in
    cache). The convolutions run on channels-last tiles (faster on CPU; same maths).
    """
    y0, log_scale = yield from grm.tiles(lr.contiguous(memory_format=torch.channels_last), tile)
    return y0.contiguous(), grm.confidence(log_scale).contiguous()


def tile_count(h: int, w: int, tile: int, halo: int) -> int:
    """How many tiles :func:`tile_map` cuts an (h, w) picture into."""
    if h <= tile + 2 * halo and w <= tile + 2 * halo:
        return 1
    return math.ceil(h / tile) * math.ceil(w / tile)


def tile_map(net: Callable[..., tuple[torch.Tensor, ...]], inputs: tuple[torch.Tensor, ...],
             tile: int, halo: int, done: int = 0, total: int | None = None) -> Tiles:
    """``net(*inputs)`` (tensors of one height and width in, tensors of that height and
    width out) on overlapping tiles of ``tile`` px with ``halo`` px of context each side:
    the same result when ``halo`` covers ``net``'s receptive radius. Yields a
    :class:`TileStep` (``done`` + the tiles done here, of ``total``: default, this call's
    tiles) after each tile, and each tile passes ``memory.checkpoint``."""
    _, _, h, w = inputs[0].shape
    count = tile_count(h, w, tile, halo)
    total = count if total is None else total
    if count == 1:
        memory.checkpoint("grm", tile)
        outs = net(*inputs)
        yield TileStep(done + 1, total)
        return outs
    outs = ()
    corners = [(top, left) for top in range(0, h, tile) for left in range(0, w, tile)]
    for k, (top, left) in enumerate(corners, 1):
        t0, l0 = max(top - halo, 0), max(left - halo, 0)
        t1, l1 = min(top + tile + halo, h), min(left + tile + halo, w)
        memory.checkpoint("grm", tile)
        pieces = net(*(x[:, :, t0:t1, l0:l1] for x in inputs))
        if not outs:
            outs = tuple(x.new_empty((x.shape[0], x.shape[1], h, w)) for x in pieces)
        bh, bw = min(tile, h - top), min(tile, w - left)
        oy, ox = top - t0, left - l0
        for whole, piece in zip(outs, pieces, strict=True):
            whole[:, :, top : top + bh, left : left + bw] = piece[:, :, oy : oy + bh, ox : ox + bw]
        yield TileStep(done + k, total)
    return outs
