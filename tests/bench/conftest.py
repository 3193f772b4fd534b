"""A stand-in for Real-ESRGAN: bicubic ×4 in threads, so bench tests need not run the wheel."""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from patchscaler_gui.bench import anchor


class Bicubic:
    """Stands in for the wheel's model: ``process_pil`` upscales ×4 with PIL bicubic."""

    def process_pil(self, image: Image.Image) -> Image.Image:
        return image.resize((image.width * 4, image.height * 4), Image.Resampling.BICUBIC)


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worker calls run the stand-in (with a thread pool passed to RealESRGAN)."""
    monkeypatch.setattr(anchor, "_worker", Bicubic())


@pytest.fixture
def stand_in_anchor(monkeypatch: pytest.MonkeyPatch, stand_in: None, tmp_path: Path) -> Path:
    """The bench's anchor is the stand-in in threads, its cache a temporary folder."""
    monkeypatch.setattr(anchor, "unavailable", lambda: None)
    monkeypatch.setattr(anchor, "cache_dir", lambda: tmp_path / "anchor-cache")
    real = anchor.RealESRGAN
    monkeypatch.setattr(anchor, "RealESRGAN",
                        lambda threads, cache: real(threads, cache, ThreadPoolExecutor(threads)))
    return tmp_path / "anchor-cache"
