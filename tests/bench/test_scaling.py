"""The end-to-end bench input: a photo as users have it (degraded), not a clean downscale."""

from pathlib import Path

import numpy as np
from PIL import Image

from patchscaler_gui.bench.scaling import make_input, typical_photo


def _photo() -> np.ndarray:
    rng = np.random.default_rng(3)
    smooth = np.kron(rng.random((12, 16, 3)), np.ones((16, 16, 1)))  # 192 × 256, blocky
    return np.asarray(smooth, np.float32)


def test_input_is_degraded_deterministic_and_square(tmp_path: Path) -> None:
    a = np.asarray(Image.open(make_input(_photo(), 32, tmp_path / "a.png")))
    b = np.asarray(Image.open(make_input(_photo(), 32, tmp_path / "b.png")))
    assert a.shape == (32, 32, 3) and a.dtype == np.uint8
    assert np.array_equal(a, b)  # one fixed seed: every run times the same input
    square = Image.fromarray((_photo()[:, 32:224] * 255 + 0.5).astype(np.uint8))
    clean = np.asarray(square.resize((32, 32), Image.Resampling.LANCZOS), np.float32)
    assert np.abs(a.astype(np.float32) - clean).mean() > 1.0  # not the clean downscale
    other = np.asarray(Image.open(make_input(_photo(), 32, tmp_path / "c.png", seed=1)))
    assert not np.array_equal(a, other)


def test_typical_photo_is_the_median_detail() -> None:
    rng = np.random.default_rng(0)
    flat = np.full((100, 150, 3), 0.5, np.float32)
    busy = rng.random((100, 150, 3)).astype(np.float32)
    some = np.asarray(np.kron(rng.random((10, 15, 3)), np.ones((10, 10, 1))), np.float32)
    photos = [("busy", busy), ("flat", flat), ("some", some)]
    assert typical_photo(photos)[0] == "some"
    more = np.asarray(np.kron(rng.random((25, 30, 3)), np.ones((4, 5, 1))), np.float32)
    assert typical_photo(photos + [("more", more)])[0] == "some"  # the lower median
