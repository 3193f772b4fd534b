"""Pixel arrays for Qt: :func:`qimage`, the one place that wraps them (torch-free, as the
splash's icon and the heatmap need)."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def qimage(samples: np.ndarray) -> QImage:
    """Wrap a C-contiguous (h, w, 3) RGB or (h, w, 4) RGBA uint8 array (no copy: keep the
    array alive while the QImage is used, or take its ``copy()``, which owns its pixels)."""
    if not samples.flags.c_contiguous:
        raise ValueError("qimage needs a C-contiguous array (np.ascontiguousarray)")
    h, w, c = samples.shape
    return QImage(samples.data, w, h, c * w, QImage.Format.Format_RGB888 if c == 3
                  else QImage.Format.Format_RGBA8888)
