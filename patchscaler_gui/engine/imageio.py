"""Image files in and out: decoding to float RGB with metadata, atomic saving.

``load_image`` reads PNG, JPEG (and camera MPO), WebP, TIFF, BMP, GIF, AVIF, and HEIC/HEIF
when pillow-heif is installed. It applies the EXIF orientation and returns float RGB with
what must travel to the output: EXIF, ICC profile, DPI, XMP (see ``metadata``), the bit
depth (16-bit colour is read exactly, see ``highbit``), grey or colour, and the alpha
channel (dropped when fully opaque). Anything wrong with a file is an ``InputError`` that
names it; a header that claims more than ``MAX_INPUT_PIXELS`` is refused before decoding.

``save_image`` writes PNG with ``png`` (in parallel bands), JPEG and WebP through Pillow
and TIFF with ``highbit``, 16-bit PNG/TIFF when the input was 16-bit, to a temporary file
in the target folder and publishes it (``publish``), so a failure never leaves a partial
file, and it never replaces an existing file or the input without
``overwrite``, even one that appears while the image is being encoded.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, UnidentifiedImageError

from patchscaler_gui.engine import highbit, metadata, png
from patchscaler_gui.engine.choices import LOSSY_FORMATS
from patchscaler_gui.engine.codec import SCALE
from patchscaler_gui.engine.deblock import JpegSource
from patchscaler_gui.engine.errors import InputError, OutputError, PatchscalerError
from patchscaler_gui.engine.outscale import shrink
from patchscaler_gui.engine.publish import atomic_write, check_name, is_part
from patchscaler_gui.engine.texts import QT_TRANSLATE_NOOP, Text

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff", ".bmp", ".gif",
                  ".heic", ".heif", ".avif"}


def image_files(folder: Path, recursive: bool = False) -> list[Path]:
    """The image files of ``folder`` (by suffix), sorted; with sub-folders if ``recursive``.

    Symbolic links are followed, to files and to folders alike, wherever they point (a
    folder reached twice, as through a link loop, is read once). Our temporary ``.part``
    files are never listed.
    """
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    for top, dirs, names in os.walk(folder, followlinks=True):
        st = os.stat(top)
        if (st.st_dev, st.st_ino) in seen:
            dirs.clear()
            continue
        seen.add((st.st_dev, st.st_ino))
        found += [f for f in (Path(top) / n for n in names)
                  if f.suffix.lower() in IMAGE_SUFFIXES and not is_part(f) and f.is_file()]
        if not recursive:
            break
    return sorted(found)


# every accepted name of an output format (choices.OUTPUT_FORMATS and the extensions)
# → Pillow's
FORMATS = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "webp": "WEBP", "tif": "TIFF",
           "tiff": "TIFF"}
_LOSSY = {FORMATS[f] for f in LOSSY_FORMATS}
MAX_INPUT_PIXELS = 64_000_000
MAX_SIDE = {"JPEG": 65_535, "WEBP": 16_383}
_TARGET_MODE = {"1": "L", "L": "L", "LA": "LA", "La": "LA", "P": "RGB", "PA": "RGBA",
                "RGB": "RGB", "RGBA": "RGBA", "RGBX": "RGB", "RGBa": "RGBA", "YCbCr": "RGB"}
_CHUNK_ROWS = 256

try:  # the optional `heif` extra
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:
    pass
Image.init()
# Decoders tried, by content (never by extension); JPEG covers the cameras' MPO files.
READABLE = tuple(f for f in ("PNG", "JPEG", "WEBP", "TIFF", "BMP", "GIF", "AVIF", "HEIF")
                 if f in Image.OPEN)


@dataclass
class Picture:
    """Pixels (H, W, 3) in [0, 1] and what the output must keep.

    ``pixels`` is float32 when loaded and for normal-sized outputs; a large image upscaled
    in tiles comes back as uint8 or uint16 (full scale = 1.0) to bound memory. ``alpha``
    follows the same rule. ``notes`` are things the user should be told (e.g. "animated:
    only the first frame").
    """

    pixels: np.ndarray
    alpha: np.ndarray | None = None
    bits: int = 8
    gray: bool = False
    info: dict[str, object] = field(default_factory=dict)  # exif, icc_profile, dpi, xmp
    source: Path | None = None
    notes: list[str] = field(default_factory=list)
    # the JPEG file it was decoded from (estimated quality, block grid); None: another format
    jpeg: JpegSource | None = None

    def heavy_jpeg_quality(self) -> int | None:
        """The estimated quality of a JPEG input compressed so hard (below
        :data:`metadata.HEAVY_JPEG`) that the clean-up GRM is worth suggesting (to a model
        without a deblocker: :attr:`.PatchScaler.blocks_need_cleanup`), else None."""
        q = None if self.jpeg is None else self.jpeg.quality
        return q if q is not None and q < metadata.HEAVY_JPEG else None


def load_image(path: Path) -> Picture:
    """Decode ``path``; any problem is an InputError that names the file and the fix."""
    path = Path(path)
    if not path.is_file():
        raise InputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: not a regular file (a folder, pipe or device); PatchScaler reads "
            "image files."), path) if path.exists() else Text(QT_TRANSLATE_NOOP(
                "Engine", "%1: no such file."), path))
    if path.stat().st_size == 0:
        raise InputError(Text(QT_TRANSLATE_NOOP("Engine", "%1: the file is empty (0 bytes)."),
                              path))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            picture = _decode(path)
        picture.notes += sorted({Text(QT_TRANSLATE_NOOP("Engine", "decoder warning: %1"),
                                      w.message) for w in caught})
        return picture
    except PatchscalerError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: the image is too large to open safely (%2)."), path, exc)) from exc
    except UnidentifiedImageError as exc:
        raise InputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: not an image PatchScaler can read (it reads PNG, JPEG, WebP, TIFF, "
            "BMP, GIF, AVIF and, with pillow-heif, HEIC)."), path)) from exc
    except MemoryError as exc:
        raise InputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: not enough memory to decode this image."), path)) from exc
    except Exception as exc:  # a decoder's failure on a bad file, whatever its type
        raise InputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: the image is broken or truncated (%2: %3)."), path,
            type(exc).__name__, exc)) from exc


def _decode(path: Path) -> Picture:
    with Image.open(path, formats=READABLE) as im:
        _check_header(path, im)
        notes = _frame_notes(im)
        icc = im.info.get("icc_profile") or None
        if highbit.is_deep(im):
            with Image.open(path, formats=READABLE) as again:
                samples = highbit.read_deep(im, again)
            gray = samples.shape[2] == 2
        else:
            im.load()
            samples, gray, icc = _samples(path, im, icc, notes)
        exif = im.getexif()
        code = metadata.orientation(exif)
        info = _kept_info(im, exif, icc, code, notes)
        quality = metadata.jpeg_quality(im)
    jpeg = None if quality is None else JpegSource(
        quality, metadata.jpeg_grid(code, samples.shape[0], samples.shape[1]))
    samples = metadata.orient(samples, code)
    return _picture(samples, gray, info, path, notes, jpeg)


def _check_header(path: Path, im: Image.Image) -> None:
    w, h = im.size
    if w <= 0 or h <= 0:
        raise InputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: the image claims a size of %2×%3 pixels."), path, str(w), str(h)))
    if w * h > MAX_INPUT_PIXELS:
        raise InputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: the image claims %2×%3 pixels (%4 MP), more than the %5 MP "
            "PatchScaler opens; downscale or crop it first."), path, str(w), str(h),
            f"{w * h / 1e6:.0f}", MAX_INPUT_PIXELS // 1_000_000))


def _frame_notes(im: Image.Image) -> list[str]:
    frames = getattr(im, "n_frames", 1)
    if frames <= 1 or im.format == "MPO":
        return []
    if im.format == "TIFF":
        return [Text(QT_TRANSLATE_NOOP(
            "Engine", "the file has %1 pages: only the first is upscaled"), frames)]
    return [Text(QT_TRANSLATE_NOOP(
        "Engine", "the file has %1 frames (animated): only the first is upscaled"), frames)]


def _samples(path: Path, im: Image.Image, icc: bytes | None, notes: list[str]
             ) -> tuple[np.ndarray, bool, bytes | None]:
    """(H, W, C) uint8 or uint16 samples, whether grey, and the output's ICC profile."""
    mode = im.mode
    if mode == "CMYK":
        rgb, icc, note = metadata.cmyk_to_rgb(im, icc)
        notes.append(note)
        return np.asarray(rgb), False, icc
    if mode.startswith("I;16"):
        return np.asarray(im).astype(np.uint16)[..., None], True, icc
    if mode == "I":
        arr = np.asarray(im)
        if arr.min() >= 0 and arr.max() <= 65535:
            return arr.astype(np.uint16)[..., None], True, icc
    target = _TARGET_MODE.get(mode)
    if target is None:
        raise InputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: pixel format %2 is not supported; save it as 8- or 16-bit RGB or "
            "greyscale first."), path, repr(mode)))
    if "transparency" in im.info and target in ("L", "RGB"):
        target += "A"
    arr = np.asarray(im.convert(target) if target != mode else im)
    return (arr[..., None] if arr.ndim == 2 else arr), target.startswith("L"), icc


def _kept_info(im: Image.Image, exif: Image.Exif, icc: bytes | None, code: int,
               notes: list[str]) -> dict[str, object]:
    info: dict[str, object] = {}
    if len(exif):
        kept = metadata.upright_exif(exif, im.format == "TIFF")
        if kept is None:
            notes.append(Text(QT_TRANSLATE_NOOP(
                "Engine", "the EXIF data could not be rewritten and is not kept")))
        else:
            info["exif"] = kept
    if icc:
        info["icc_profile"] = icc
    dpi = im.info.get("dpi")
    if isinstance(dpi, tuple) and len(dpi) == 2 and min(dpi) > 0:
        info["dpi"] = (float(dpi[1]), float(dpi[0])) if code >= 5 else (float(dpi[0]),
                                                                         float(dpi[1]))
    xmp = metadata.read_xmp(im.info)
    if xmp is not None:
        info["xmp"] = metadata.upright_xmp(xmp)
    return info


def _picture(samples: np.ndarray, gray: bool, info: dict[str, object], path: Path,
             notes: list[str], jpeg: JpegSource | None) -> Picture:
    bits = 16 if samples.dtype == np.uint16 else 8
    scale = np.float32(1.0 / (65535 if bits == 16 else 255))
    c = samples.shape[2]
    colour = samples[..., :3] if c >= 3 else np.repeat(samples[..., :1], 3, axis=2)
    pixels = np.multiply(colour, scale, dtype=np.float32)
    alpha = None
    if c in (2, 4) and samples[..., -1].min() < samples.dtype.type(np.iinfo(samples.dtype).max):
        alpha = np.multiply(samples[..., -1], scale, dtype=np.float32)
    return Picture(pixels, alpha, bits, gray, info, path, notes, jpeg)


def probe_size(path: Path) -> tuple[int, int] | None:
    """(width, height) from the file's header without decoding it; None when unreadable."""
    if not Path(path).is_file():  # a pipe would block until something writes to it
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path, formats=READABLE) as im:
                return im.size
    except Exception:  # any failure here is reported properly by load_image later
        return None


def header_pixels(paths: Iterable[Path]) -> list[int]:
    """Each file's pixel count from its header (:func:`probe_size`), 1 where it cannot be
    read (it will fail without taking time): what a batch's progress weighs files by."""
    return [w * h for w, h in (probe_size(path) or (1, 1) for path in paths)]


def output_format(path: Path, fmt: str | None = None) -> str:
    """The Pillow format name for an explicit ``fmt`` or the path's extension."""
    key = (fmt or path.suffix.lstrip(".")).lower()
    if key not in FORMATS:
        raise OutputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: unknown output format %2; use png, jpg, webp or tiff."), path,
            repr(key)))
    return FORMATS[key]


def estimate_bytes(size: tuple[int, int], channels: int, bits: int, fmt: str) -> int:
    """A generous upper estimate of the file size of an (H, W) output in ``fmt``."""
    raw = size[0] * size[1] * channels * (2 if bits == 16 and fmt in ("PNG", "TIFF") else 1)
    return raw // 4 if fmt in _LOSSY else raw + raw // 100


def free_name(path: Path, taken: set[Path] | None = None, *, disk: bool = True) -> Path:
    """``path`` or, when it exists (or is in ``taken``), the first free NAME-2, NAME-3, …;
    ``disk=False`` asks only ``taken`` (a batch's names, the same on every re-run)."""
    taken = taken or set()
    candidate, k = path, 1
    while (disk and candidate.exists()) or candidate in taken:
        k += 1
        candidate = path.with_name(f"{path.stem}-{k}{path.suffix}")
    return candidate


def _unit(src: np.ndarray) -> np.ndarray:
    """Samples as float32 in [0, 1] (uint8/uint16 are divided by their full scale)."""
    if src.dtype.kind == "f":
        return src
    return src.astype(np.float32) / np.float32(np.iinfo(src.dtype).max)


def to_int(src: np.ndarray, dtype: type[np.unsignedinteger] = np.uint8) -> np.ndarray:
    """Samples in [0, 1] (float, uint8 or uint16) → ``dtype`` full scale, rounded (the
    array itself when it is ``dtype`` already)."""
    if src.dtype == dtype:
        return src
    top = np.float32(np.iinfo(dtype).max)
    return np.clip(_unit(src) * top + 0.5, 0, top).astype(dtype)


def output_samples(picture: Picture, bits: int, with_alpha: bool) -> np.ndarray:
    """(H, W, C) uint8/uint16 samples to write: grey (luma) or RGB, then alpha if kept."""
    dtype = np.uint16 if bits == 16 else np.uint8
    h, w = picture.pixels.shape[:2]
    alpha = picture.alpha if with_alpha else None
    if not picture.gray and alpha is None and picture.pixels.dtype == dtype:
        return picture.pixels  # a tiled result is already what gets written
    c = (1 if picture.gray else 3) + (alpha is not None)
    out = np.empty((h, w, c), dtype)
    luma = np.array([0.299, 0.587, 0.114], np.float32)
    for top in range(0, h, _CHUNK_ROWS):
        rows = slice(top, top + _CHUNK_ROWS)
        px = picture.pixels[rows]
        if picture.gray:
            out[rows, :, 0] = to_int(_unit(px) @ luma, dtype)
        else:
            out[rows, :, :3] = to_int(px, dtype)
        if alpha is not None:
            out[rows, :, -1] = to_int(alpha[rows], dtype)
    return out


def all_finite(*images: np.ndarray | None) -> bool:
    """Whether no float image among ``images`` holds NaN or infinity (None: no image)."""
    return all(image is None or image.dtype.kind != "f" or bool(np.isfinite(image).all())
               for image in images)


def check_side(path: Path, fmt: str, size: tuple[int, ...]) -> None:
    """Raise OutputError when an (H, W) image is wider or taller than ``fmt`` holds."""
    h, w = size[0], size[1]
    if max(h, w) > MAX_SIDE.get(fmt, 1 << 31):
        raise OutputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: %2 cannot hold %3×%4 pixels (at most %5 per side); save as PNG or "
            "TIFF."), path, fmt, str(w), str(h), str(MAX_SIDE[fmt])))


def at_scale(picture: Picture, scale: int) -> Picture:
    """``picture`` (a ×4 result) at ×``scale`` of the input, its alpha too
    (:func:`.outscale.shrink`); itself at ×4."""
    if scale == SCALE:
        return picture
    return replace(picture, pixels=shrink(picture.pixels, scale),
                   alpha=None if picture.alpha is None else shrink(picture.alpha, scale))


def save_image(path: Path, picture: Picture, *, fmt: str | None = None, quality: int = 95,
               overwrite: bool = False, scale: int = SCALE) -> Path:
    """Atomically write ``picture`` (a ×4 result) to ``path`` (temp file in the same folder +
    rename), at ×``scale`` of the input (:mod:`.outscale`)."""
    path = Path(path)
    pil_fmt = output_format(path, fmt)
    check_name(path)
    if picture.source is not None and path.exists() and path.samefile(picture.source):
        if not overwrite:
            raise OutputError(Text(QT_TRANSLATE_NOOP(
                "Engine", "%1: refusing to overwrite the input; pass --overwrite."), path))
    elif path.exists() and not overwrite:
        raise OutputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1 already exists; pass --overwrite to replace it."), path))
    if not all_finite(picture.pixels, picture.alpha):
        raise OutputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: the image holds invalid values (NaN or infinity), so nothing was "
            "written; the model that made it is broken."), path))
    picture = at_scale(picture, scale)
    check_side(path, pil_fmt, picture.pixels.shape[:2])
    atomic_write(path, _writer(picture, pil_fmt, quality, path.parent), replace=overwrite)
    return path


def _writer(picture: Picture, fmt: str, quality: int, folder: Path
            ) -> Callable[[BinaryIO], None]:
    deep = picture.bits == 16 and fmt in ("PNG", "TIFF")
    samples = output_samples(picture, 16 if deep else 8, fmt != "JPEG")
    h, w = samples.shape[:2]
    info, _ = metadata.fit(picture.info, fmt, w, h)  # callers tell the user before the work
    exif = info.get("exif")
    meta = metadata.Meta(
        exif=metadata.output_exif(exif, w, h) if isinstance(exif, bytes) else None,
        icc_profile=info.get("icc_profile") or None,  # type: ignore[arg-type]
        dpi=info.get("dpi"),  # type: ignore[arg-type]
        xmp=info.get("xmp") or None)  # type: ignore[arg-type]
    if fmt == "PNG":
        return lambda f: png.write(f, samples, meta)
    if fmt == "TIFF":
        return lambda f: highbit.write_tiff(f, samples, meta, folder)
    im = Image.fromarray(samples if samples.shape[2] > 1 else samples[..., 0])
    params = _pillow_params(meta, fmt, quality)
    return lambda f: im.save(f, format=fmt, **params)


def _pillow_params(meta: metadata.Meta, fmt: str, quality: int) -> dict[str, object]:
    params: dict[str, object] = {}
    if meta.icc_profile:
        params["icc_profile"] = meta.icc_profile
    if meta.dpi:
        params["dpi"] = meta.dpi
    if meta.exif is not None:
        params["exif"] = meta.exif
    if fmt in _LOSSY:
        params["quality"] = quality
    if meta.xmp:
        params["xmp"] = meta.xmp
    return params
