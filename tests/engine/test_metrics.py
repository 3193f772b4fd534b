import numpy as np
import pytest

from patchscaler_gui.engine.metrics import psnr_y, ssim_y


def test_identical_images() -> None:
    a = np.random.rand(32, 32, 3).astype(np.float32)
    assert psnr_y(a, a) == float("inf")
    assert ssim_y(a, a) == pytest.approx(1.0)


def test_known_psnr() -> None:
    a = np.full((40, 40, 3), 0.5, np.float32)
    b = a + 1.0 / 255.0  # luma moves by (65.481 + 128.553 + 24.966) / 255 = 219 / 255
    assert psnr_y(a, b) == pytest.approx(20 * np.log10(255 / (219 / 255)), rel=1e-6)
    assert ssim_y(a, np.random.rand(40, 40, 3)) < 0.5
