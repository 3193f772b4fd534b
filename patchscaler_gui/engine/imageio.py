"""Image files in and out: decoding to float RGB with metadata, atomic saving.

``load_image`` applies the EXIF orientation and returns the pixels with what must travel
to the output (EXIF, ICC profile, DPI, bit depth, grayscale, alpha). ``save_image`` writes
to a temporary file in the target folder and renames it, so a failure never leaves a
partial file, and it refuses to write over the input.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from patchscaler_gui.engine.errors import InputError, OutputError

FORMATS = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "webp": "WEBP", "tif": "TIFF",
           "tiff": "TIFF"}
MAX_INPUT_PIXELS = 64_000_000


@dataclass
class Picture:
    """Decoded pixels (H, W, 3) float32 in [0, 1] and what the output must keep."""

    pixels: np.ndarray
    alpha: np.ndarray | None = None
    bits: int = 8
    gray: bool = False
    info: dict[str, object] = field(default_factory=dict)  # exif, icc_profile, dpi
    source: Path | None = None


def _to_float(im: Image.Image) -> tuple[np.ndarray, np.ndarray | None, int, bool]:
    gray = im.mode in ("L", "LA", "I", "I;16", "I;16B", "I;16L", "1")
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(im, dtype=np.float32) / 65535.0
        return np.repeat(np.clip(arr, 0, 1)[..., None], 3, axis=2), None, 16, True
    has_alpha = "A" in im.getbands() or (im.mode == "P" and "transparency" in im.info)
    rgba = im.convert("RGBA" if has_alpha else "RGB")
    arr = np.asarray(rgba, dtype=np.float32) / 255.0
    alpha = arr[..., 3].copy() if has_alpha else None
    if alpha is not None and alpha.min() >= 1.0:
        alpha = None
    return np.ascontiguousarray(arr[..., :3]), alpha, 8, gray


def load_image(path: Path) -> Picture:
    """Decode ``path``; any problem is an InputError that names the file and the fix."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file.")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: the file is empty (0 bytes).")
    Image.MAX_IMAGE_PIXELS = MAX_INPUT_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                im.load()
                upright = ImageOps.exif_transpose(im)
                info: dict[str, object] = {
                    k: upright.info[k] for k in ("exif", "icc_profile", "dpi") if k in upright.info
                }
                pixels, alpha, bits, gray = _to_float(upright)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InputError(f"{path}: the image is too large to open safely ({exc}).") from exc
    except UnidentifiedImageError as exc:
        raise InputError(f"{path}: not an image PatchScaler can read.") from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise InputError(f"{path}: the image is broken or truncated ({exc}).") from exc
    return Picture(pixels, alpha, bits, gray, info, path)


def output_format(path: Path, fmt: str | None = None) -> str:
    """The Pillow format name for an explicit ``fmt`` or the path's extension."""
    key = (fmt or path.suffix.lstrip(".")).lower()
    if key not in FORMATS:
        raise OutputError(f"{path}: unknown output format {key!r}; use png, jpg, webp or tiff.")
    return FORMATS[key]


def _to_pil(pixels: np.ndarray, alpha: np.ndarray | None, gray: bool, fmt: str) -> Image.Image:
    rgb = np.clip(pixels * 255.0 + 0.5, 0, 255).astype(np.uint8)
    im = Image.fromarray(rgb, "RGB")
    if gray:
        im = im.convert("L")
    if alpha is not None and fmt != "JPEG":
        a = Image.fromarray(np.clip(alpha * 255.0 + 0.5, 0, 255).astype(np.uint8), "L")
        im = im.convert("LA" if gray else "RGBA")
        im.putalpha(a)
    return im


def save_image(path: Path, picture: Picture, *, fmt: str | None = None, quality: int = 95,
               overwrite: bool = False) -> Path:
    """Atomically write ``picture`` to ``path`` (temp file in the same folder + rename)."""
    path = Path(path)
    pil_fmt = output_format(path, fmt)
    if picture.source is not None and path.exists() and path.samefile(picture.source):
        if not overwrite:
            raise OutputError(f"{path}: refusing to overwrite the input; pass --overwrite.")
    elif path.exists() and not overwrite:
        raise OutputError(f"{path} already exists; pass --overwrite to replace it.")
    im = _to_pil(picture.pixels, picture.alpha, picture.gray, pil_fmt)
    params: dict[str, object] = {k: v for k, v in picture.info.items() if v}
    if pil_fmt in ("JPEG", "WEBP"):
        params["quality"] = quality
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            im.save(f, format=pil_fmt, **params)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: could not write the image ({exc}).") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
