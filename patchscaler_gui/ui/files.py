"""What the window opens and saves: dropped or chosen paths as image files, a pasted
image as a picture and the result as a copied one, and the file dialogs' name patterns."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

from patchscaler_gui.engine.imageio import IMAGE_SUFFIXES, Picture, at_scale, image_files, to_int
from patchscaler_gui.ui.pixels import qimage

IMAGE_PATTERNS = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
SAVE_FILTERS = {"png": "PNG (*.png)", "jpg": "JPEG (*.jpg *.jpeg)", "webp": "WebP (*.webp)",
                "tiff": "TIFF (*.tif *.tiff)"}


def extension(fmt: str) -> str:
    """The file extension an output format (``choices.OUTPUT_FORMATS``) is saved with."""
    return {"jpg": ".jpg", "tiff": ".tif"}.get(fmt, "." + fmt)


def output_name(stem: str, fmt: str, scale: int, n: int = 1) -> str:
    """The name Save suggests and the batch queue writes: ``NAME_x4.png``, at the output
    scale; the ``n``-th output of one name in a folder ``NAME_x4-2.png`` and so on."""
    return f"{stem}_x{scale}{'' if n == 1 else f'-{n}'}{extension(fmt)}"


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; folders give their image files (sorted, not recursive)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(image_files(path))
        else:
            out.append(path)
    return out


def picture_from_qimage(image: QImage) -> Picture:
    """A pasted or dropped QImage as a Picture (8-bit RGB, no metadata)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
    return Picture(rows[:, : 3 * w].reshape(h, w, 3).astype(np.float32) / 255.0)


def clipboard_image(picture: Picture, scale: int) -> QImage:
    """``picture`` at the output ``scale`` as the clipboard takes it: 8-bit RGB, or RGBA
    with an alpha channel (a QImage that owns its pixels: it may be made in any thread)."""
    scaled = at_scale(picture, scale)
    planes = [to_int(scaled.pixels)]
    if scaled.alpha is not None:
        planes.append(to_int(scaled.alpha)[..., None])
    return qimage(np.ascontiguousarray(np.concatenate(planes, axis=-1))).copy()
