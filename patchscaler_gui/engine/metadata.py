"""What travels from an input file to its output: EXIF, ICC profile, DPI and XMP.

On loading, the EXIF orientation is applied to the pixels (:func:`orient`) and then set
to 1 in the kept EXIF and XMP, so no viewer rotates the output a second time; the DPI
pair is swapped with the axes. On saving, :func:`output_exif` writes the output size into
PixelXDimension/PixelYDimension. The ICC profile is kept byte for byte: the pixels stay in
the input's colour space. The one exception is CMYK, which the model cannot take: it is
converted to sRGB through its embedded profile (or Pillow's plain formula without one)
and the output carries an sRGB profile instead.

:func:`jpeg_quality` estimates a JPEG's compression (the IJG quality its tables stand for),
so the app and CLI can suggest the clean-up GRM for heavily compressed photos.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image, ImageCms, TiffTags

from patchscaler_gui.engine.texts import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class Meta:
    """Metadata the writers put in the file; ``exif`` is Pillow's ``Exif``."""

    exif: Image.Exif | None = None
    icc_profile: bytes | None = None
    dpi: tuple[float, float] | None = None
    xmp: bytes | None = None


ORIENTATION = 0x0112
EXIF_IFD = 0x8769
PIXEL_X, PIXEL_Y = 0xA002, 0xA003
# A TIFF's first IFD holds its EXIF tags together with the tags that lay out its pixels;
# those (and the profile, XMP and Photoshop blocks, which travel on their own or not at all)
# must not be copied into another file.
_TIFF_LAYOUT = frozenset({254, 255, 256, 257, 258, 259, 262, 263, 266, 273, 277, 278, 279,
                          280, 281, 284, 317, 320, 322, 323, 324, 325, 338, 339, 340, 341,
                          530, 532, 700, 33723, 34377, 34675, 37724})
_XMP_ORIENTATION = (rb'(tiff:Orientation=")[0-9](")',
                    rb"(<tiff:Orientation>)[0-9](</tiff:Orientation>)")


# The IJG (libjpeg) luminance table at quality 50: quality q scales it by (200 - 2q) / 100
# above 50 and by 50 / q below.
_IJG_LUMA_SUM = sum((16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
                     14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
                     18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
                     49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99))
HEAVY_JPEG = 75  # below this quality, blocks and ringing show at ×4: clean-up is worth it


def jpeg_quality(im: Image.Image) -> int | None:
    """The IJG quality (1–100) of a JPEG's luminance table, or None for another format.

    Estimated from the table's sum, so it is close for libjpeg-style tables and a rough
    figure for others (cameras, Photoshop); it describes the last save only.
    """
    tables = getattr(im, "quantization", None) if im.format == "JPEG" else None
    if not tables or 0 not in tables:
        return None
    scale = 100.0 * sum(tables[0]) / _IJG_LUMA_SUM
    quality = (200.0 - scale) / 2.0 if scale <= 100.0 else 5000.0 / scale
    return int(min(100.0, max(1.0, round(quality))))


def orientation(exif: Image.Exif) -> int:
    """The EXIF orientation 1..8 (1 when absent or invalid)."""
    value = exif.get(ORIENTATION, 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def jpeg_grid(code: int, height: int, width: int) -> tuple[int, int]:
    """(row, column) of a JPEG block corner in the picture :func:`orient` makes of a stored
    ``height`` × ``width`` image: the stored grid starts at its top-left pixel, and a flip
    moves it by the size modulo 8 along that axis."""
    rows, cols = (width, height) if code in (5, 6, 7, 8) else (height, width)
    flip_rows, flip_cols = _FLIPS.get(code, (False, False))
    return (rows % 8 if flip_rows else 0), (cols % 8 if flip_cols else 0)


_FLIPS = {2: (False, True), 3: (True, True), 4: (True, False),
          6: (False, True), 7: (True, True), 8: (True, False)}


def orient(samples: np.ndarray, code: int) -> np.ndarray:
    """(H, W, ...) samples as a viewer shows them for EXIF orientation ``code``."""
    if code in (5, 6, 7, 8):
        samples = samples.swapaxes(0, 1)  # 5: transpose; 6, 7, 8 as a transpose + flips
    flips = _FLIPS.get(code, (False, False))
    if flips[0]:
        samples = samples[::-1]
    if flips[1]:
        samples = samples[:, ::-1]
    return np.ascontiguousarray(samples)


def upright_exif(exif: Image.Exif, from_tiff: bool = False) -> bytes | None:
    """The EXIF with Orientation = 1, serialised; None when Pillow cannot rewrite it.

    ``from_tiff``: leave out the TIFF's own layout tags.
    """
    clean = Image.Exif()
    try:
        for tag in exif:
            if not (from_tiff and tag in _TIFF_LAYOUT):
                grouped = tag in TiffTags.TAGS_V2_GROUPS
                clean[tag] = exif.get_ifd(tag) if grouped else exif[tag]
        if ORIENTATION in clean:
            clean[ORIENTATION] = 1
        return clean.tobytes()
    except (ValueError, TypeError, KeyError, OverflowError, AttributeError, OSError):
        return None


def output_exif(data: bytes, width: int, height: int) -> Image.Exif:
    """Parse kept EXIF bytes and set the pixel dimensions of the output."""
    exif = Image.Exif()
    exif.load(data)
    sub = exif.get_ifd(EXIF_IFD)
    sub[PIXEL_X], sub[PIXEL_Y] = width, height
    if EXIF_IFD not in exif:
        exif[EXIF_IFD] = sub
    return exif


JPEG_SEGMENT = 65533  # the most data one JPEG APP segment holds (Pillow's MAX_BYTES_IN_MARKER)
_JPEG_XMP_HEADER = len(b"http://ns.adobe.com/xap/1.0/\0")


def fit(info: dict[str, object], fmt: str, width: int, height: int
        ) -> tuple[dict[str, object], list[str]]:
    """``info`` without what a ``fmt`` file of ``width`` × ``height`` cannot hold (EXIF or
    XMP larger than one JPEG segment), and a note for each thing dropped."""
    if fmt != "JPEG":
        return info, []
    kept = dict(info)
    notes: list[str] = []
    exif, xmp = info.get("exif"), info.get("xmp")
    if isinstance(exif, bytes) and len(output_exif(exif, width, height).tobytes()) > \
            JPEG_SEGMENT:
        del kept["exif"]
        notes.append(Text(QT_TRANSLATE_NOOP(
            "Engine", "the EXIF data (%1 KB) is larger than a JPEG file holds (64 KB) and is "
            "not kept"), len(exif) // 1024))
    if isinstance(xmp, bytes) and len(xmp) > JPEG_SEGMENT - _JPEG_XMP_HEADER:
        del kept["xmp"]
        notes.append(Text(QT_TRANSLATE_NOOP(
            "Engine", "the XMP data (%1 KB) is larger than a JPEG file holds (64 KB) and is "
            "not kept"), len(xmp) // 1024))
    return kept, notes


def read_xmp(info: Mapping[Any, object]) -> bytes | None:
    """The XMP packet Pillow found in the file (``xmp`` or PNG's iTXt key), as bytes."""
    for key in ("xmp", "XML:com.adobe.xmp"):
        value = info.get(key)
        if isinstance(value, str):
            value = value.encode("utf-8")
        if isinstance(value, bytes) and value.strip(b"\0 \n"):
            return value
    return None


def upright_xmp(xmp: bytes) -> bytes:
    """The XMP with any tiff:Orientation set to 1 (the pixels are already upright)."""
    for pattern in _XMP_ORIENTATION:
        xmp = re.sub(pattern, rb"\g<1>1\g<2>", xmp)
    return xmp


def cmyk_to_rgb(im: Image.Image, icc: bytes | None) -> tuple[Image.Image, bytes | None, str]:
    """RGB pixels, the output's profile and a note for the user, from a CMYK image."""
    if icc:
        try:
            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
            rgb = ImageCms.profileToProfile(im, src, srgb, outputMode="RGB")
            if rgb is not None:
                return rgb, srgb.tobytes(), Text(QT_TRANSLATE_NOOP(
                    "Engine", "CMYK converted to sRGB with its embedded profile"))
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass
    return im.convert("RGB"), None, Text(QT_TRANSLATE_NOOP(
        "Engine", "CMYK converted to RGB without a colour profile"))
