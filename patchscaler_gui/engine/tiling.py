"""Large images in tiles (DESIGN.md §2 "Large images"): geometry, blending, and the run.

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

:func:`upscale_tiles` runs a picture tile by tile (the sampler hands it the upscaling of
one tile) and yields the same events as a whole run, placed in the picture: each tile's
coarse result and groups cut to its core, ``Progress`` over the whole picture (the total
re-estimated as tiles finish), and a :class:`TileStarted` before each tile.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, replace
from functools import partial

import numpy as np

from patchscaler_gui.engine.drive import relay
from patchscaler_gui.engine.events import (
    CoarseReady,
    Event,
    FirstLook,
    GroupDone,
    Progress,
    Result,
    Summary,
    TileStarted,
)
from patchscaler_gui.engine.imageio import Picture

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

    @property
    def region(self) -> tuple[slice, slice]:
        """The LR pixels the tile reads (rows, columns)."""
        return slice(self.rows.start, self.rows.stop), slice(self.cols.start, self.cols.stop)


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


class _Tally:
    """Patch-steps over the whole image, the total estimated from the tiles so far."""

    def __init__(self, tiles: list[Tile]) -> None:
        self.area_left = sum(t.size[0] * t.size[1] for t in tiles)
        self.area_seen = 0
        self.base = 0  # patch-steps of finished tiles
        self.tile_total = self.tile_done = 0

    def start(self, tile: Tile) -> None:
        area = tile.size[0] * tile.size[1]
        self.area_seen += area
        self.area_left -= area
        self.tile_total = self.tile_done = 0

    def progress(self, event: Progress) -> Progress:
        self.tile_total, self.tile_done = event.patch_steps_total, event.patch_steps_done
        known = self.base + self.tile_total
        total = known + round(known * self.area_left / self.area_seen)
        return replace(event, patch_steps_done=self.base + self.tile_done,
                       patch_steps_total=total)

    def finish(self) -> None:
        self.base += self.tile_done


def _placed(event: Event, tile: Tile, scale: int, tally: _Tally) -> Event:
    """A tile's event for the whole picture: pixels in the picture's output pixels, cut to
    the tile's core; Progress over the whole picture."""
    oy, ox = tile.rows.start * scale, tile.cols.start * scale
    core = (tile.rows.core_start * scale, tile.cols.core_start * scale,
            tile.rows.core_stop * scale, tile.cols.core_stop * scale)
    if isinstance(event, Progress):
        return tally.progress(event)
    cut = (slice(tile.rows.core_start - tile.rows.start, tile.rows.core_stop - tile.rows.start),
           slice(tile.cols.core_start - tile.cols.start, tile.cols.core_stop - tile.cols.start))
    if isinstance(event, FirstLook):
        return replace(event, shown=event.shown.cut(*cut), origin=core[:2])
    if isinstance(event, CoarseReady):
        return replace(event, shown=event.shown.cut(*cut), confidence=event.confidence[cut],
                       origin=core[:2])
    if isinstance(event, GroupDone):
        boxes, where = [], []
        for (t, l, b, r), (i, wt, wl, wb, wr) in zip(event.boxes.tolist(), event.where.tolist(),
                                                     strict=True):
            t, l, b, r = t + oy, l + ox, b + oy, r + ox
            ct, cl = max(t, core[0]), max(l, core[1])
            cb, cr = min(b, core[2]), min(r, core[3])
            if ct < cb and cl < cr:
                boxes.append((ct, cl, cb, cr))
                where.append((i, wt + ct - t, wl + cl - l, min(wt + cb - t, wb),
                              min(wl + cr - l, wr)))
        return replace(event, boxes=np.array(boxes, dtype=np.int64).reshape(-1, 4),
                       where=np.array(where, dtype=np.int64).reshape(-1, 5))
    return event


def upscale_tiles(picture: Picture, tiles: list[Tile], scale: int, band: int,
                  pixels: Callable[[Tile], Generator[Event, None, Summary]],
                  alpha: Callable[[Tile], np.ndarray]) -> Generator[Event, None, Result]:
    """Upscale ``picture`` tile by tile: ``pixels(tile)`` streams a tile's events and
    returns its summary, ``alpha(tile)`` upscales its alpha; both outputs are blended
    (feathered over ``band`` output pixels) into preallocated uint8/uint16 arrays."""
    started = time.perf_counter()
    h, w = picture.pixels.shape[:2]
    dtype = np.uint16 if picture.bits == 16 else np.uint8
    out = np.empty((h * scale, w * scale, 3), dtype)
    alpha_out = None if picture.alpha is None else np.empty((h * scale, w * scale), dtype)
    tally = _Tally(tiles)
    timings: dict[str, float] = {}
    counts: dict[str, int] = {"tiles": len(tiles)}
    for k, tile in enumerate(tiles):
        tally.start(tile)
        yield TileStarted(k, len(tiles))
        placed: Generator[Event, None, Summary] = relay(
            pixels(tile), partial(_placed, tile=tile, scale=scale, tally=tally))
        summary = yield from placed
        tally.finish()
        blend(out, tile, summary.image, (h, w), scale, band)
        for key, value in summary.timings.items():
            timings[key] = timings.get(key, 0.0) + value
        for key, n in summary.counts.items():
            counts[key] = counts.get(key, 0) + n
        del summary
        if alpha_out is not None:
            blend(alpha_out, tile, alpha(tile), (h, w), scale, band)
    timings["total"] = time.perf_counter() - started
    return Result(replace(picture, pixels=out, alpha=alpha_out),
                  Summary(out, timings, counts), True)
