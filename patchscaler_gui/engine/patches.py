"""Split a latent into overlapping windows and merge them back with feathered blending.

A patch is a ``patch × patch`` core on a regular grid; its window adds ``halo`` latent
pixels of context on every side (the latent is reflect-padded at the image border), so
neighbouring windows overlap by ``2·halo``. Merging weights each window by a separable
ramp that is 1 in the core and falls off across the overlap, so the weights of two
neighbours sum to 1 there; merging is normalised, so split→merge is exact wherever the
windows agree. Our choice where the paper is silent: linear ramps over the whole overlap.

The mosaic keeps the merged latent as ``y0 + acc / weight`` where ``acc`` accumulates
weighted changes, so replacing a set of windows touches only their pixels and never
needs all windows in memory.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch


@dataclass(frozen=True)
class Grid:
    """Geometry: latent size (h, w) (multiples of ``patch``), patch core and halo."""

    h: int
    w: int
    patch: int = 16
    halo: int = 2

    @property
    def rows(self) -> int:
        return self.h // self.patch

    @property
    def cols(self) -> int:
        return self.w // self.patch

    @property
    def window(self) -> int:
        return self.patch + 2 * self.halo

    def core_boxes(self, indices: np.ndarray, scale: int = 1) -> np.ndarray:
        """(N, 4) boxes (top, left, bottom, right) of the cores of flat patch ``indices``."""
        r, c = np.divmod(indices, self.cols)
        boxes = np.stack([r, c, r + 1, c + 1], axis=1) * self.patch * scale
        return boxes.astype(np.int64)

    def window_boxes(self, indices: np.ndarray, scale: int = 1, reach: int = 0) -> np.ndarray:
        """Boxes of the windows clipped to the image: the pixels a window can change (and
        ``reach`` latent px around them: a filter of the decoded pixels reads that far)."""
        b = self.core_boxes(indices) + np.array([-1, -1, 1, 1]) * (self.halo + reach)
        b = np.clip(b, 0, np.array([self.h, self.w, self.h, self.w]))
        return (b * scale).astype(np.int64)


def _ramp(grid: Grid, device: torch.device | None = None) -> torch.Tensor:
    """(L,) 1-D window weight: 1 in the core, linear ramps across the overlaps."""
    n, o = grid.window, 2 * grid.halo
    i = torch.arange(n, dtype=torch.float32, device=device) + 0.5
    return torch.clamp(torch.minimum(i, n - i) / o, max=1.0) if o else torch.ones(n)


def feather(grid: Grid, device: torch.device | None = None) -> torch.Tensor:
    """(L, L) window weight: the outer product of :func:`_ramp` with itself."""
    ramp = _ramp(grid, device)
    return ramp[:, None] * ramp[None, :]


def _reflect(i: torch.Tensor, n: int) -> torch.Tensor:
    """Indices mirrored into [0, n) as ``F.pad(mode="reflect")`` does (edge not repeated)."""
    i = i.abs()
    return torch.where(i >= n, 2 * (n - 1) - i, i)


def split(latent: torch.Tensor, grid: Grid, indices: np.ndarray) -> torch.Tensor:
    """Windows (N, C, L, L) of flat patch ``indices`` from a latent (1, C, h, w).

    Outside the latent the windows read it reflected; the reflection is applied to the
    indices, so the latent is never padded (copied) as a whole.
    """
    r, c = np.divmod(indices, grid.cols)
    offsets = torch.arange(grid.window) - grid.halo
    ys = _reflect(torch.as_tensor(r * grid.patch)[:, None] + offsets, latent.shape[2])
    xs = _reflect(torch.as_tensor(c * grid.patch)[:, None] + offsets, latent.shape[3])
    ys, xs = ys.to(latent.device), xs.to(latent.device)
    win = latent[0][:, ys[:, :, None], xs[:, None, :]]  # (C, N, L, L)
    return win.permute(1, 0, 2, 3).contiguous()


def _ramp_sum(ramp: torch.Tensor, count: int, step: int) -> torch.Tensor:
    """The sum of ``count`` copies of ``ramp`` placed every ``step`` pixels."""
    out = ramp.new_zeros((count - 1) * step + len(ramp))
    for k in range(count):
        out[k * step : k * step + len(ramp)] += ramp
    return out


class Mosaic:
    """The merged latent of ``y0`` with some windows replaced by sampled ones."""

    def __init__(self, y0: torch.Tensor, grid: Grid) -> None:
        self.y0, self.grid = y0, grid
        self._w = feather(grid, y0.device)
        self._acc: torch.Tensor | None = None  # allocated by the first replace
        # the weights of all windows: the feather is separable, so their sum is the outer
        # product of the row and column sums of its ramp
        ramp = _ramp(grid, y0.device)
        self._den = (_ramp_sum(ramp, grid.rows, grid.patch)[:, None]
                     * _ramp_sum(ramp, grid.cols, grid.patch)[None, :])[None, None]

    def _scatter(self, target: torch.Tensor, indices: np.ndarray, windows: torch.Tensor
                 ) -> torch.Tensor:
        g = self.grid
        for k, i in enumerate(indices.tolist()):
            r, c = divmod(i, g.cols)
            y, x = r * g.patch, c * g.patch
            target[0, :, y : y + g.window, x : x + g.window] += windows[k]
        return target

    def replace(self, indices: np.ndarray, old: torch.Tensor, new: torch.Tensor) -> None:
        """Swap windows ``old`` for ``new`` at ``indices`` (the change is weight-blended)."""
        if self._acc is None:
            b, c, rows, cols = self.y0.shape
            h = self.grid.halo
            self._acc = self.y0.new_zeros((b, c, rows + 2 * h, cols + 2 * h))
        self._scatter(self._acc, indices, (new - old) * self._w)

    def latent(self, box: tuple[int, int, int, int] | None = None) -> torch.Tensor:
        """The merged latent (1, C, h, w), or the crop ``box`` of it in latent pixels."""
        t, l, b, r = box if box is not None else (0, 0, self.grid.h, self.grid.w)
        if self._acc is None:  # nothing replaced yet
            return self.y0[:, :, t:b, l:r].clone()
        h = self.grid.halo
        acc = self._acc[:, :, t + h : b + h, l + h : r + h]
        den = self._den[:, :, t + h : b + h, l + h : r + h]
        return self.y0[:, :, t:b, l:r] + acc / den
