"""The saved file's scale: the model's ×4 result as it is, or ×2 / ×1 of the input by
averaging the result's pixels in 2×2 / 4×4 blocks (an area downscale: no ringing, any bit
depth, and row by row, so a tiled result of any size needs no float copy of itself)."""

from __future__ import annotations

import numpy as np

from patchscaler_gui.engine.codec import SCALE

OUTPUT_SCALES = (4, 2, 1)  # the model's own first; each divides it
_CHUNK_ROWS = 256  # output rows averaged at once


def shrink(image: np.ndarray, scale: int) -> np.ndarray:
    """``image`` (H, W[, C]) at ×``SCALE``, at ×``scale`` instead: each output pixel is the
    mean of a block of SCALE / scale pixels a side, in the image's own dtype (integers
    rounded). H and W are multiples of that block (a ×4 result is)."""
    if scale not in OUTPUT_SCALES:
        raise ValueError(f"output scale {scale} is not one of {OUTPUT_SCALES}")
    k = SCALE // scale
    if k == 1:
        return image
    h, w = image.shape[0] // k, image.shape[1] // k
    if (h * k, w * k) != image.shape[:2]:
        raise ValueError(f"image size {image.shape[:2]} is not a multiple of {k}")
    out = np.empty((h, w, *image.shape[2:]), image.dtype)
    exact = image.dtype.kind != "f"  # integers: summed exactly, rounded half up
    for top in range(0, h, _CHUNK_ROWS):
        rows = min(_CHUNK_ROWS, h - top)
        strip = image[top * k:(top + rows) * k]
        total = np.zeros((rows, w, *image.shape[2:]), np.uint32 if exact else np.float32)
        for dy in range(k):
            for dx in range(k):
                total += strip[dy::k, dx::k]
        out[top:top + rows] = (total + k * k // 2) // (k * k) if exact else total / (k * k)
    return out
