"""The PNG writer for every output, 8- and 16-bit: row bands filtered and deflated in parallel.

A ×4 output is large (2048² from a 512² input), and Pillow's encoder deflates it on one
core: 0.43 s at level 3, a sixth of a default-look run at 512². Here the rows are cut into
bands of about 1 MB; each band is filtered (PNG's Average filter: each byte minus the mean
of the bytes one pixel to the left and one row up, as numpy arithmetic on the whole band)
and deflated on its own in a thread pool (zlib releases the GIL), ending on a byte
boundary (a sync flush), so that the raw deflate streams join into one. The zlib
checksum of the whole is combined from the bands' own. At level 3 on a 2048² output
(two threads) that takes 0.17 s and gives a file 5 % smaller than Pillow's at the same
level (its adaptive filter picks per row; Average suits photos throughout).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import BinaryIO

import numpy as np
import torch

from patchscaler_gui.engine.metadata import Meta

LEVEL = 3  # zlib level: 2.6x faster than 6 on a 2048² photo, a few % larger
_BAND_BYTES = 1 << 20  # raw bytes a band holds (at least one row)
_ADLER_BASE = 65521
_COLOUR_TYPES = {1: 0, 2: 4, 3: 2, 4: 6}  # channels → grey, grey+alpha, RGB, RGBA


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _meta_chunks(meta: Meta) -> bytes:
    out = b""
    if meta.icc_profile:
        out += _chunk(b"iCCP", b"ICC Profile\0\0" + zlib.compress(meta.icc_profile))
    if meta.dpi:
        ppm = [round(d / 0.0254) for d in meta.dpi]
        out += _chunk(b"pHYs", struct.pack(">IIB", ppm[0], ppm[1], 1))
    if meta.exif is not None:
        exif = meta.exif.tobytes()
        out += _chunk(b"eXIf", exif[6:] if exif.startswith(b"Exif\0\0") else exif)
    if meta.xmp:
        out += _chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0" + meta.xmp)
    return out


def average_filter(rows: np.ndarray, above: np.ndarray, bpp: int) -> np.ndarray:
    """(n, row bytes) uint8 rows → (n, 1 + row bytes): PNG filter type 3 (Average) per row.

    ``above`` is the raw row before the first one (zeros for the image's first row)."""
    up = np.concatenate([above[None], rows[:-1]]).astype(np.uint16)
    up[:, bpp:] += rows[:, :-bpp]
    out = np.empty((rows.shape[0], rows.shape[1] + 1), np.uint8)
    out[:, 0] = 3
    np.subtract(rows, (up >> 1).astype(np.uint8), out=out[:, 1:])
    return out


def adler32_combine(first: int, second: int, second_len: int) -> int:
    """The Adler-32 of two byte strings joined, from theirs (zlib's adler32_combine)."""
    rem = second_len % _ADLER_BASE
    a = ((first & 0xFFFF) + (second & 0xFFFF) - 1) % _ADLER_BASE
    b = ((first >> 16) + (second >> 16) + rem * (first & 0xFFFF) - rem) % _ADLER_BASE
    return (b << 16) | a


def _raw(samples: np.ndarray, top: int, bottom: int) -> np.ndarray:
    """Rows ``top:bottom`` as PNG's raw bytes, (n, row bytes) uint8 (16-bit big-endian)."""
    rows = samples[top:bottom]
    if rows.dtype == np.uint16:
        rows = rows.astype(">u2")
    return rows.reshape(bottom - top, -1).view(np.uint8)


def _band(samples: np.ndarray, top: int, bottom: int, last: bool) -> tuple[bytes, int, int]:
    """One band's raw deflate stream, and the Adler-32 and length of its filtered bytes."""
    rows = _raw(samples, max(top - 1, 0), bottom)
    above = rows[0] if top else np.zeros_like(rows[0])
    bpp = samples.shape[2] * samples.dtype.itemsize
    data = average_filter(rows[1:] if top else rows, above, bpp).tobytes()
    z = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)  # raw deflate: the bands are joined
    body = z.compress(data) + z.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)
    return body, zlib.adler32(data), len(data)


def _idat(samples: np.ndarray) -> Iterator[bytes]:
    """The zlib stream of the filtered image, band by band (header first, checksum last)."""
    h, w, c = samples.shape
    step = max(1, _BAND_BYTES // (w * c * samples.dtype.itemsize))
    prefix, adler = b"\x78\x5e", 1  # zlib header: deflate, 32 KB window, level 2-5
    with ThreadPoolExecutor(max(1, torch.get_num_threads())) as pool:
        for body, checksum, length in pool.map(
                lambda top: _band(samples, top, min(top + step, h), top + step >= h),
                range(0, h, step)):
            adler = adler32_combine(adler, checksum, length)
            yield prefix + body
            prefix = b""
    yield struct.pack(">I", adler)


def write(f: BinaryIO, samples: np.ndarray, meta: Meta) -> None:
    """Write (H, W, C) uint8 or uint16 samples, C in 1..4 (grey, grey+alpha, RGB, RGBA)."""
    h, w, c = samples.shape
    f.write(b"\x89PNG\r\n\x1a\n")
    f.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8 * samples.dtype.itemsize,
                                       _COLOUR_TYPES[c], 0, 0, 0)))
    f.write(_meta_chunks(meta))
    for data in _idat(samples):
        f.write(_chunk(b"IDAT", data))
    f.write(_chunk(b"IEND", b""))
