"""The saved file's scale: ×4 as computed, ×2 and ×1 as block means, in any bit depth."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from patchscaler_gui.engine import outscale
from patchscaler_gui.engine.imageio import Picture, load_image, save_image
from patchscaler_gui.engine.outscale import shrink


def block_mean(image: np.ndarray, k: int) -> np.ndarray:
    h, w = image.shape[0] // k, image.shape[1] // k
    return np.stack([[image[r * k:(r + 1) * k, c * k:(c + 1) * k].astype(np.float64).mean(
        axis=(0, 1)) for c in range(w)] for r in range(h)])


@pytest.mark.parametrize("dtype", [np.float32, np.uint8, np.uint16])
def test_each_pixel_is_the_mean_of_its_block_in_strips(
        dtype: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outscale, "_CHUNK_ROWS", 3)  # strips that do not divide the height
    rng = np.random.default_rng(0)
    top = 1.0 if dtype is np.float32 else np.iinfo(dtype).max
    image = (rng.random((28, 20, 3)) * top).astype(dtype)
    for scale, k in ((2, 2), (1, 4)):
        out = shrink(image, scale)
        assert out.dtype == image.dtype and out.shape == (28 // k, 20 // k, 3)
        want = block_mean(image, k)
        if dtype is np.float32:
            np.testing.assert_allclose(out, want, atol=1e-6)
        else:
            assert np.abs(out.astype(np.float64) - want).max() <= 0.5
    assert shrink(image, 4) is image
    assert shrink(image[..., 0], 2).shape == (14, 10)  # an alpha plane
    with pytest.raises(ValueError, match="output scale 3"):
        shrink(image, 3)


def test_a_result_saved_at_x2_is_half_its_size_with_its_alpha(tmp_path: Path) -> None:
    pixels = np.zeros((16, 24, 3), np.float32)
    pixels[:, :12] = 1.0  # white | black, the border on a 2-px block edge
    alpha = np.full((16, 24), 0.5, np.float32)
    out = save_image(tmp_path / "r.png", Picture(pixels, alpha=alpha), scale=2)
    with Image.open(out) as im:
        assert im.size == (12, 8) and im.mode == "RGBA"
    saved = load_image(out)
    assert saved.pixels[:, :6].min() == 1.0 and saved.pixels[:, 6:].max() == 0.0
    assert saved.alpha is not None and abs(float(saved.alpha.mean()) - 128 / 255) < 1e-6
    same = save_image(tmp_path / "s.jpg", Picture(pixels), scale=1)
    with Image.open(same) as im:
        assert im.size == (6, 4)
