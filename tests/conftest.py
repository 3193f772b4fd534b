"""Shared fixtures: offscreen Qt, seeded RNGs, tiny random-initialised models, and a
stand-in for Real-ESRGAN (bicubic ×4 in threads) so tests never need the optional wheel.

The tiny models are for tests only: random weights, not a model anyone should use.
"""

from __future__ import annotations

import os
import random
from collections.abc import Generator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app follows the system's language; tests (and the apps they start) read English.
os.environ["LANGUAGE"] = "en"

import numpy as np  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402
from PIL import Image  # noqa: E402

from patchscaler_gui.bench import anchor  # noqa: E402
from patchscaler_gui.engine.checkpoints import save_model  # noqa: E402
from patchscaler_gui.engine.drive import drive  # noqa: E402
from patchscaler_gui.engine.gate import GateConfig  # noqa: E402
from patchscaler_gui.engine.model import PatchScaler, random_model, tiny_config  # noqa: E402

DATA = Path(__file__).parent / "data"
torch.set_num_threads(min(2, torch.get_num_threads()))


def drain(gen: Generator[Any, None, Any]) -> tuple[list[Any], Any]:
    """Every event a generator yields, and the value it returns."""
    events: list[Any] = []
    return events, drive(gen, events.append)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not torch.cuda.is_available():
        skip = pytest.mark.skip(reason="needs a CUDA GPU (make device-check runs these)")
        for item in items:
            if "cuda" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def user_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The XDG data home (the user's models folder, desktop files) is a temporary folder:
    tests never read or write the real one, and see the bundled default model."""
    folder = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.delenv("PATCHSCALER_MODELS", raising=False)
    return folder


@pytest.fixture(autouse=True)
def auto_seed_rngs() -> None:
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)


def make_tiny_model(seed: int = 0, cleanup: bool = True) -> PatchScaler:
    """A tiny model whose zero-initialised output layers are randomised, so it does work;
    with a clean-up GRM unless asked not to."""
    config = tiny_config()
    return random_model(replace(config, cleanup=config.grm if cleanup else None), seed)


def make_gated_model() -> PatchScaler:
    """A tiny model whose clean-up runs through a gate, as the shipped model's does (both
    GRMs and a small gate)."""
    config = tiny_config()
    gate = GateConfig(width=8, blocks=1, reach=4)
    return random_model(replace(config, cleanup=config.grm, gate=gate))


@pytest.fixture
def tiny_model() -> PatchScaler:
    return make_tiny_model()


@pytest.fixture
def tiny_model_dir(tmp_path: Path, tiny_model: PatchScaler) -> Path:
    return save_model(tiny_model, tmp_path / "tiny-model", {"trained": False})


@pytest.fixture
def photo_path() -> Path:
    return DATA / "photo_small.png"


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
