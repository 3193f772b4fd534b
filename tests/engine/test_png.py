"""The PNG writer: parallel bands decode to the exact samples, the checksum joins right."""

from __future__ import annotations

import io
import zlib

import numpy as np
import pytest
import torch
from PIL import Image

from patchscaler_gui.engine import png
from patchscaler_gui.engine.metadata import Meta

RNG = np.random.default_rng(3)


def test_adler32_combine_matches_zlib() -> None:
    for n1, n2 in ((0, 5), (7, 0), (1, 70000), (100000, 65521), (3, 200000)):
        a, b = RNG.bytes(n1), RNG.bytes(n2)
        assert png.adler32_combine(zlib.adler32(a), zlib.adler32(b), n2) == zlib.adler32(a + b)


def test_average_filter_matches_the_spec() -> None:
    rows = RNG.integers(0, 256, (4, 12), dtype=np.uint8)
    above = RNG.integers(0, 256, 12, dtype=np.uint8)
    out = png.average_filter(rows, above, 3)
    prior = np.vstack([above, rows[:-1]]).astype(int)
    for y in range(4):
        for x in range(12):
            left = int(rows[y, x - 3]) if x >= 3 else 0
            assert out[y, 1 + x] == (int(rows[y, x]) - (left + prior[y, x]) // 2) % 256
    assert (out[:, 0] == 3).all()


@pytest.mark.parametrize(("channels", "dtype"), [(3, np.uint8), (4, np.uint8), (1, np.uint8),
                                                 (2, np.uint8), (3, np.uint16),
                                                 (4, np.uint16)])
@pytest.mark.parametrize("threads", [1, 2])
def test_bands_decode_to_the_samples(channels: int, dtype: type, threads: int,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(png, "_BAND_BYTES", 200)  # many bands, one of them a single row
    monkeypatch.setattr(torch, "get_num_threads", lambda: threads)
    samples = RNG.integers(0, np.iinfo(dtype).max + 1, (37, 29, channels), dtype=dtype)
    buffer = io.BytesIO()
    png.write(buffer, samples, Meta(dpi=(300.0, 300.0)))
    buffer.seek(0)
    with Image.open(buffer) as im:
        assert im.info["dpi"] == pytest.approx((300, 300), abs=0.01)
        if dtype == np.uint8:  # Pillow decodes 8-bit PNG in every colour type
            decoded = np.asarray(im).reshape(samples.shape)
            assert (decoded == samples).all()
    # zlib checks the joined stream and its combined checksum on every depth
    data = buffer.getvalue()
    idat, pos = b"", 8
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        if data[pos + 4:pos + 8] == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    rows = np.frombuffer(zlib.decompress(idat), np.uint8).reshape(37, -1)
    assert (rows[:, 0] == 3).all()
