"""The saved file's scale: ×4 as computed, ×3, ×2 and ×1 as area means, in any bit depth."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from patchscaler_gui.engine import outscale
from patchscaler_gui.engine.imageio import Picture, load_image, save_image
from patchscaler_gui.engine.outscale import shrink


def area_mean(image: np.ndarray, scale: int) -> np.ndarray:
    """Each pixel split into scale × scale, then the mean of each 4 × 4 block of those."""
    fine = image.astype(np.float64).repeat(scale, axis=0).repeat(scale, axis=1)
    h, w = fine.shape[0] // 4, fine.shape[1] // 4
    return np.stack([[fine[r * 4:(r + 1) * 4, c * 4:(c + 1) * 4].mean(axis=(0, 1))
                      for c in range(w)] for r in range(h)])


@pytest.mark.parametrize("dtype", [np.float32, np.uint8, np.uint16])
def test_each_pixel_is_the_mean_of_the_area_it_covers_in_strips(
        dtype: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outscale, "_CHUNK_ROWS", 3)  # strips that do not divide the height
    rng = np.random.default_rng(0)
    top = 1.0 if dtype is np.float32 else np.iinfo(dtype).max
    image = (rng.random((28, 20, 3)) * top).astype(dtype)
    for scale in (3, 2, 1):
        out = shrink(image, scale)
        assert out.dtype == image.dtype and out.shape == (28 * scale // 4, 20 * scale // 4, 3)
        want = area_mean(image, scale)
        if dtype is np.float32:
            np.testing.assert_allclose(out, want, atol=1e-6)
        else:
            assert np.abs(out.astype(np.float64) - want).max() <= 0.5
    assert shrink(image, 4) is image
    assert shrink(image[..., 0], 3).shape == (21, 15)  # an alpha plane
    with pytest.raises(ValueError, match="output scale 5"):
        shrink(image, 5)


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
    third = save_image(tmp_path / "t.webp", Picture(pixels, alpha=alpha), scale=3)
    with Image.open(third) as im:
        assert im.size == (18, 12) and im.mode == "RGBA"
