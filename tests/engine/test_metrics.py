import numpy as np
import pytest

from patchscaler_gui.engine.metrics import psnr_cbcr, psnr_y, ssim_y


def test_identical_images() -> None:
    a = np.random.rand(32, 32, 3).astype(np.float32)
    assert psnr_y(a, a) == float("inf")
    assert ssim_y(a, a) == pytest.approx(1.0)


def test_known_psnr() -> None:
    a = np.full((40, 40, 3), 0.5, np.float32)
    b = a + 1.0 / 255.0  # luma moves by (65.481 + 128.553 + 24.966) / 255 = 219 / 255
    assert psnr_y(a, b) == pytest.approx(20 * np.log10(255 / (219 / 255)), rel=1e-6)
    assert ssim_y(a, np.random.rand(40, 40, 3)) < 0.5


def test_psnr_cbcr_sees_colour_and_not_brightness() -> None:
    a = np.random.default_rng(1).uniform(0.2, 0.8, (40, 40, 3))
    assert psnr_cbcr(a + 0.05, a) > 100  # the same shift of R, G and B: grey (rounding only)
    redder = a.copy()
    redder[..., 0] += 1.0 / 255.0  # Cr moves by 112 / 255, Cb by −37.797 / 255
    expected = 10 * np.log10(255**2 / (((112.0 / 255) ** 2 + (37.797 / 255) ** 2) / 2))
    assert psnr_cbcr(redder, a) == pytest.approx(expected, rel=1e-6)


def test_hf_ratio_sees_lost_and_added_detail() -> None:
    import torch
    import torch.nn.functional as F

    from patchscaler_gui.engine.metrics import hf_ratio

    ref = np.random.rand(64, 64, 3).astype(np.float32)
    t = torch.from_numpy(ref).permute(2, 0, 1)[None]
    blurry = F.interpolate(F.avg_pool2d(t, 4), scale_factor=4, mode="bicubic")
    blurry_np = blurry[0].permute(1, 2, 0).numpy()
    assert hf_ratio(ref, ref) == pytest.approx(1.0)
    assert hf_ratio(blurry_np, ref) < 0.1
