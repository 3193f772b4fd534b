"""JPEG deblocking of the input, for pictures that come from a JPEG file.

A JPEG stores each 8×8 block of pixels as quantised DCT coefficients, so a decoded JPEG has
steps along the block grid and ringing inside the blocks, and the GRMs, trained to sharpen
edges, sharpen those too (model card, "Web JPEGs"). The deblocker works on the blocks
themselves: the LR image is cut into its 8×8 blocks (pixel-unshuffle by 8, 192 channels per
block), a small CNN at block resolution reads each block with its neighbours and the file's
quality (from its quantisation tables: :func:`.metadata.jpeg_quality`), and writes a
correction of all 64 pixels of the block. It runs only where the picture is known to be a
JPEG (``Settings.jpeg``, a :class:`JpegSource`), with clean-up on, before the coarse
stage's GRMs.

The grid is the file's: it starts at the stored image's top-left pixel, which an EXIF
flip can move (:func:`.metadata.jpeg_grid`); tiles start on multiples of :data:`GRID` px,
so they keep the picture's phase, and :attr:`Deblock.halo` is a whole number of blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import torch
import torch.nn.functional as F
from torch import nn

from patchscaler_gui.engine.drive import relay
from patchscaler_gui.engine.grm import CoarseNet, Tiles, tile_count, tile_map

GRID = 8  # px: the side of a JPEG block


@dataclass(frozen=True)
class JpegSource:
    """What the deblocker needs to know of a JPEG file: its IJG quality (1–100) and where
    its block grid lies in the picture, (row, column) of a block corner, 0–7."""

    quality: int
    grid: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class DeblockConfig:
    width: int = 64
    blocks: int = 2  # residual blocks (a 3×3 and a 1×1 convolution each) after the head


def quantiser_scale(quality: torch.Tensor) -> torch.Tensor:
    """How the IJG quality scales the standard quantisation tables (libjpeg's
    ``jpeg_quality_scaling``: 50 / q below 50, 2 − q / 50 from 50 on), at least 1/50, the
    scale of quality 99 (at 100 every step is 1, the smallest there is)."""
    q = quality.clamp(1.0, 100.0)
    return torch.where(q < 50.0, 50.0 / q, 2.0 - q / 50.0).clamp(min=0.02)


class _Block(nn.ModuleList):
    """A residual block: a 3×3 convolution (one block each way) and a 1×1 one."""

    def __init__(self, width: int) -> None:
        super().__init__([nn.Conv2d(width, width, 3, padding=1), nn.Conv2d(width, width, 1)])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        conv, mix = self
        out: torch.Tensor = x + mix(F.silu(conv(x)))
        return out


class Deblock(nn.Module):
    """``forward(lr, quality) -> lr`` with its JPEG blocks and ringing reduced."""

    def __init__(self, config: DeblockConfig) -> None:
        super().__init__()
        self.config = config
        w, cells = config.width, 3 * GRID * GRID
        self.head = nn.Conv2d(cells + 1, w, 3, padding=1)
        self.body = nn.Sequential(*(_Block(w) for _ in range(config.blocks)))
        self.tail = nn.Conv2d(w, cells, 1)
        nn.init.zeros_(self.tail.weight)  # starts as the identity
        nn.init.zeros_(self.tail.get_parameter("bias"))

    @property
    def halo(self) -> int:
        """LR px of context (whole blocks) an output pixel depends on: each 3×3 convolution
        reaches one block further, and a pixel lies anywhere in its own block."""
        return GRID * (self.config.blocks + 2)

    def forward(self, lr: torch.Tensor, quality: float | torch.Tensor,
                grid: tuple[int, int] = (0, 0)) -> torch.Tensor:
        """``lr``: (B, 3, H, W) in [0, 1]; ``quality``: the file's IJG quality, 1–100 (or
        one per image, (B,)); ``grid``: (row, column) of a block corner in ``lr``. The
        partial blocks at the edges are filled as a JPEG encoder fills them, by repeating
        the edge pixels."""
        h, w = lr.shape[-2:]
        top, left = -grid[0] % GRID, -grid[1] % GRID
        x = F.pad(lr, (left, -(w + left) % GRID, top, -(h + top) % GRID), mode="replicate")
        cells = F.pixel_unshuffle(x * 2.0 - 1.0, GRID)
        q = torch.as_tensor(quality, dtype=cells.dtype, device=cells.device).reshape(-1, 1, 1, 1)
        plane = (q / 100.0).expand(cells.shape[0], 1, *cells.shape[2:])
        f = self.body(F.silu(self.head(torch.cat([cells, plane], 1))))
        step = quantiser_scale(q)
        out = (x + step * F.pixel_shuffle(self.tail(f), GRID)).clamp(0.0, 1.0)
        return out[..., top : top + h, left : left + w]


class Deblocked(nn.Module):
    """A coarse net (:class:`~.grm.CoarseNet`) on the input of a JPEG file, deblocked
    first: ``lr → net(deblock(lr))``, tiles included."""

    def __init__(self, net: CoarseNet, deblock: Deblock, jpeg: JpegSource) -> None:
        super().__init__()
        self.net, self.deblock, self.jpeg = net, deblock, jpeg

    @property
    def receptive_radius(self) -> int:
        return self.net.receptive_radius + self.deblock.halo

    def _deblocked(self, lr: torch.Tensor) -> torch.Tensor:
        return self.deblock(lr, self.jpeg.quality, self.jpeg.grid)

    def forward(self, lr: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        out: tuple[torch.Tensor, torch.Tensor] = self.net(self._deblocked(lr))
        return out

    def _own_tiles(self, h: int, w: int, tile: int) -> int:
        return tile_count(h, w, _cells(tile), self.deblock.halo)

    def tile_total(self, h: int, w: int, tile: int) -> int:
        return self._own_tiles(h, w, tile) + self.net.tile_total(h, w, tile)

    def tiles(self, lr: torch.Tensor, tile: int) -> Tiles:
        """The deblocker on tiles that start on the JPEG grid (so they keep its phase), then
        the net's own tiles; the steps count both."""
        _, _, h, w = lr.shape
        own, total = self._own_tiles(h, w, tile), self.tile_total(h, w, tile)
        (lr,) = yield from tile_map(lambda x: (self._deblocked(x),), (lr,), _cells(tile),
                                    self.deblock.halo, 0, total)
        out: tuple[torch.Tensor, ...] = yield from relay(
            self.net.tiles(lr, tile), lambda step: replace(step, done=own + step.done,
                                                           total=total))
        return out

    def confidence(self, log_scale: torch.Tensor) -> torch.Tensor:
        return self.net.confidence(log_scale)

    def expected_error(self, confidence: torch.Tensor) -> torch.Tensor:
        return self.net.expected_error(confidence)


def _cells(tile: int) -> int:
    """The deblocker's tile side for a coarse net's ``tile``: whole blocks."""
    return max(GRID, tile - tile % GRID)
