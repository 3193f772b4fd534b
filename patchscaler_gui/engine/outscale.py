"""The saved file's scale: the model's ×4 result as it is, or ×3 / ×2 / ×1 of the input by
an area downscale of the result: each output pixel is the mean of the result's pixels under
it, weighed by how much of each it covers (no ringing, any bit depth, and row by row, so a
tiled result of any size needs no float copy of itself). At ×2 and ×1 that is the mean of
each 2×2 / 4×4 block."""

from __future__ import annotations

import numpy as np

from patchscaler_gui.engine.choices import OUTPUT_SCALES
from patchscaler_gui.engine.codec import SCALE

_CHUNK_ROWS = 256  # output rows averaged at once


def _taps(n_out: int, scale: int) -> tuple[np.ndarray, np.ndarray]:
    """Along one axis of a ×``SCALE`` image shrunk to ``n_out`` pixels at ×``scale``: for
    each output pixel the result pixels it covers (n_out, taps) and how much of each, in
    1/``scale`` of a result pixel (integers adding up to ``SCALE`` per output pixel)."""
    n_taps = -(-SCALE // scale) + (SCALE % scale > 0)
    start = np.arange(n_out) * SCALE  # output pixel i covers [start, start + SCALE)
    index = (start // scale)[:, None] + np.arange(n_taps)  # result pixel j: [scale j, scale (j+1))
    overlap = (np.minimum(start[:, None] + SCALE, (index + 1) * scale)
               - np.maximum(start[:, None], index * scale)).clip(0)
    used = int(np.flatnonzero(overlap.any(axis=0))[-1]) + 1  # ×3: 2 of 3 taps
    return np.minimum(index, n_out * SCALE // scale - 1)[:, :used], overlap[:, :used]


def shrink(image: np.ndarray, scale: int) -> np.ndarray:
    """``image`` (H, W[, C]) at ×``SCALE``, at ×``scale`` instead, in the image's own dtype
    (integers rounded half up: with the weights' common denominator ``SCALE``² the sums are
    exact). H and W are multiples of ``SCALE`` (a ×4 result's are)."""
    if scale not in OUTPUT_SCALES:
        raise ValueError(f"output scale {scale} is not one of {OUTPUT_SCALES}")
    if scale == SCALE:
        return image
    if image.shape[0] % SCALE or image.shape[1] % SCALE:
        raise ValueError(f"image size {image.shape[:2]} is not a multiple of {SCALE}")
    h, w = image.shape[0] * scale // SCALE, image.shape[1] * scale // SCALE
    rows, row_weights = _taps(h, scale)
    cols, col_weights = _taps(w, scale)
    exact = image.dtype.kind != "f"
    acc = np.uint32 if exact else np.float32
    out = np.empty((h, w, *image.shape[2:]), image.dtype)
    extra = (None,) * (image.ndim - 2)  # weights broadcast over the channels
    for top in range(0, h, _CHUNK_ROWS):
        index, weight = rows[top:top + _CHUNK_ROWS], row_weights[top:top + _CHUNK_ROWS]
        low = int(index.min())
        strip = image[low:int(index.max()) + 1]
        across = sum(weight[(slice(None), t, None, *extra)].astype(acc)
                     * strip[index[:, t] - low] for t in range(index.shape[1]))
        total = sum(col_weights[(None, slice(None), t, *extra)].astype(acc)
                    * across[:, cols[:, t]] for t in range(cols.shape[1]))
        d = SCALE * SCALE
        out[top:top + index.shape[0]] = (total + d // 2) // d if exact else total / d
    return out
