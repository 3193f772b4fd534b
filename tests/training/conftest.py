"""The training tests' data: a few synthetic photos in the prepared layout."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image


@pytest.fixture
def tiny_data(tmp_path: Path) -> Path:
    rng = np.random.default_rng(0)
    for split, n in (("train", 3), ("val", 2)):
        (tmp_path / "data" / split).mkdir(parents=True)
        for i in range(n):
            base = rng.random((10, 12, 3))
            img = np.kron(base, np.ones((20, 20, 1))) + 0.1 * rng.random((200, 240, 3))
            Image.fromarray((np.clip(img, 0, 1) * 255).astype(np.uint8)).save(
                tmp_path / "data" / split / f"{i}.png")
    return tmp_path / "data"
