"""Large images in tiles (DESIGN.md §2 "Large images"): geometry and blending.

The LR image is cut into tiles whose cores meet on the patch grid. Each tile reads a
``margin`` of context on every side; the margin covers the GRM's receptive field, the
denoiser windows and half a patch, so inside its core (and half a patch beyond) a tile
computes what an untiled run would. Neighbouring tiles cross-fade over a band one patch
wide centred on the boundary between their cores, with linear weights that sum to 1, so
the result has no seam even where two tiles' samples differ (their noise is drawn per
tile).

Tiles are blended in raster order into one preallocated uint8/uint16 array: the weight
that earlier tiles already put on a pixel is known in closed form (rows above: the
fade-in complement of this row; tiles to the left: the same along x), so each tile is
mixed in as a running weighted mean without any float accumulator the size of the image.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

_ROWS = 256  # output rows blended at a time, to bound temporaries


@dataclass(frozen=True)
class Span:
    """One axis of a tile, in LR pixels: the region read and its core."""

    start: int  # region read, with margins
    stop: int
    core_start: int  # the core: where this tile's weight is 1 (up to the fade bands)
    core_stop: int


@dataclass(frozen=True)
class Tile:
    rows: Span
    cols: Span

    @property
    def size(self) -> tuple[int, int]:
        return self.rows.stop - self.rows.start, self.cols.stop - self.cols.start


def margin(patch: int, halo: int, grm_radius: int) -> int:
    """Context (LR px, whole patches) a tile needs around its core for exact results."""
    need = patch // 2 + patch + 2 * halo + grm_radius
    return math.ceil(need / patch) * patch


def split_axis(n: int, core: int, context: int, patch: int) -> list[Span]:
    """Spans covering [0, n) with cores of about ``core`` px on the patch grid."""
    cells = math.ceil(n / patch)
    per = max(1, core // patch)
    count = math.ceil(cells / per)
    bounds = [min(n, round(k * cells / count) * patch) for k in range(count + 1)]
    return [Span(max(0, a - context), min(n, b + context), a, b)
            for a, b in zip(bounds, bounds[1:], strict=False)]


def plan(size: tuple[int, int], patch: int, context: int, max_side: int) -> list[Tile]:
    """Tiles for an (H, W) image whose regions are at most about ``max_side`` px a side."""
    core = max(patch, max_side - 2 * context)
    rows = split_axis(size[0], core, context, patch)
    cols = split_axis(size[1], core, context, patch)
    return [Tile(r, c) for r in rows for c in cols]


def _ramps(span: Span, n: int, scale: int, band: int) -> tuple[np.ndarray, np.ndarray]:
    """(weight, earlier) over the span's output pixels: this tile's weight and the total
    weight of the tiles before it along this axis."""
    x = np.arange(span.start * scale, span.stop * scale, dtype=np.float32) + 0.5
    fade_in = np.ones_like(x)
    if span.core_start > 0:
        fade_in = np.clip((x - (span.core_start * scale - band / 2)) / band, 0.0, 1.0)
    fade_out = np.ones_like(x)
    if span.core_stop < n:
        fade_out = np.clip(((span.core_stop * scale + band / 2) - x) / band, 0.0, 1.0)
    return fade_in * fade_out, 1.0 - fade_in


def blend(out: np.ndarray, tile: Tile, pixels: np.ndarray, size: tuple[int, int], scale: int,
          band: int) -> None:
    """Mix a tile's float output (its region × ``scale``) into ``out`` (uint8/uint16).

    Tiles must come in raster order (rows of tiles top to bottom, each left to right).
    """
    wy, prev_y = _ramps(tile.rows, size[0], scale, band)
    wx, prev_x = _ramps(tile.cols, size[1], scale, band)
    top, left = tile.rows.start * scale, tile.cols.start * scale
    full = np.float32(np.iinfo(out.dtype).max)
    for r0 in range(0, len(wy), _ROWS):
        ys = slice(r0, r0 + _ROWS)
        w = wy[ys, None] * wx[None, :]
        before = prev_y[ys, None] + wy[ys, None] * prev_x[None, :]
        total = w + before
        keep = np.divide(before, total, out=np.ones_like(total), where=total > 0)
        if out.ndim == 3:
            keep = keep[..., None]
        target = out[top + r0 : top + r0 + len(w), left : left + len(wx)]
        mixed = target * (keep / full) + pixels[ys] * (1.0 - keep)
        target[...] = np.clip(mixed * full + 0.5, 0, full).astype(out.dtype)
