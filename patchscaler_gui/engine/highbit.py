"""16-bit colour that Pillow does not carry: reading it exactly, and writing TIFF.

Pillow decodes 16-bit colour PNG and TIFF to 8 bits by keeping the high byte of each
sample. :func:`read_deep` decodes such a file a second time with the byte-swapped raw mode,
which yields the low bytes, and combines the two, so Pillow's own decoders (zlib,
interlacing, libtiff, predictors) do all the work. 16-bit grey+alpha PNG is read in one
pass as raw bytes. Pillow cannot write 16-bit colour either: PNG is written by ``png``,
and :func:`write_tiff` is a baseline TIFF writer for 8- and 16-bit samples (Adobe deflate with
the horizontal predictor) built on Pillow's IFD writer; it is used for every TIFF output
because it also writes the EXIF sub-IFD, which Pillow's libtiff path cannot.
"""

from __future__ import annotations

import shutil
import struct
import sys
import tempfile
import zlib
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import ImageFile, TiffTags
from PIL.TiffImagePlugin import ImageFileDirectory_v2

from patchscaler_gui.engine.metadata import Meta

_COLOUR_BASES = ("RGB", "RGBA", "RGBX")


def _rawmode(tile: object) -> str | None:
    args = getattr(tile, "args", None)
    raw = args[0] if isinstance(args, tuple) and args else args
    return raw if isinstance(raw, str) else None


def _low_rawmode(raw: str) -> str | None:
    """The raw mode that yields the low bytes of a 16-bit colour raw mode, else None."""
    if raw == "LA;16B":
        return "RGBA"  # grey+alpha: four raw bytes per pixel, read as they are
    base, sep, order = raw.rpartition(";16")
    if not sep or base not in _COLOUR_BASES or order not in ("B", "L", "N"):
        return None
    if order == "N":
        order = "L" if sys.byteorder == "little" else "B"
    return f"{base};16{'L' if order == 'B' else 'B'}"


def is_deep(im: ImageFile.ImageFile) -> bool:
    """True when Pillow would truncate this opened (not yet loaded) image to 8 bits."""
    raws = {_rawmode(t) for t in im.tile}
    return len(raws) == 1 and im.mode in ("RGB", "RGBA") and _low_rawmode(
        raws.pop() or "") is not None


def read_deep(open_image: ImageFile.ImageFile, reopen: ImageFile.ImageFile) -> np.ndarray:
    """Exact (H, W, C) uint16 samples of a 16-bit colour image (see :func:`is_deep`).

    ``open_image`` and ``reopen`` are two fresh openings of the same file; both get loaded.
    """
    raw = _rawmode(open_image.tile[0]) or ""
    low = _low_rawmode(raw)
    reopen.tile = [t._replace(args=(low, *t.args[1:]) if isinstance(t.args, tuple) else low)
                   for t in reopen.tile]
    reopen.load()
    lo = np.asarray(reopen).astype(np.uint16)
    if raw == "LA;16B":
        return (lo[..., 0::2] << 8) | lo[..., 1::2]
    open_image.load()
    hi = np.asarray(open_image).astype(np.uint16)
    return (hi << 8) | lo


def _tiff_ifd(samples: np.ndarray, meta: Meta, rows: int, sizes: list[int]
              ) -> ImageFileDirectory_v2:
    h, w, c = samples.shape
    bits = samples.dtype.itemsize * 8
    ifd = ImageFileDirectory_v2(prefix=b"II")
    if meta.exif is not None:
        for key in meta.exif:
            grouped = key in TiffTags.TAGS_V2_GROUPS
            ifd[key] = meta.exif.get_ifd(key) if grouped else meta.exif[key]
    ifd[256], ifd[257], ifd[258] = w, h, (bits,) * c
    ifd[259], ifd[262], ifd[277] = 8, 1 if c < 3 else 2, c  # deflate, grey or RGB
    ifd[278], ifd[284], ifd[317] = rows, 1, 2  # rows per strip, chunky, predictor
    if c in (2, 4):
        ifd[338] = (2,)  # unassociated alpha
    if meta.icc_profile:
        ifd[34675] = meta.icc_profile
    if meta.xmp:
        ifd[700] = meta.xmp
    if meta.dpi:
        ifd[282], ifd[283], ifd[296] = float(meta.dpi[0]), float(meta.dpi[1]), 2
    ifd[273] = tuple(int(v) for v in np.cumsum([0, *sizes[:-1]]))  # relative to the data
    ifd[279] = tuple(sizes)
    ifd.tagtype[273] = ifd.tagtype[279] = TiffTags.LONG
    return ifd


def write_tiff(f: BinaryIO, samples: np.ndarray, meta: Meta, spool_dir: Path) -> None:
    """Write (H, W, C) uint8 or uint16 samples as a deflate-compressed little-endian TIFF.

    The compressed strips go to a spool file in ``spool_dir`` first (the IFD that precedes
    them needs their sizes), so memory stays bounded for large images.
    """
    h, w, c = samples.shape
    rows = max(1, 65536 // (w * c * samples.dtype.itemsize))
    sizes = []
    with tempfile.TemporaryFile(dir=spool_dir) as spool:
        for top in range(0, h, rows):
            block = samples[top : top + rows].astype(samples.dtype.newbyteorder("<"))
            delta = block.copy()
            np.subtract(block[:, 1:], block[:, :-1], out=delta[:, 1:])  # modular
            data = zlib.compress(delta.tobytes(), 6)
            spool.write(data)
            sizes.append(len(data))
        f.write(b"II*\x00" + struct.pack("<I", 8))
        f.write(_tiff_ifd(samples, meta, rows, sizes).tobytes(8))
        spool.seek(0)
        shutil.copyfileobj(spool, f, 1 << 20)
