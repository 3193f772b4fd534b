import numpy as np
import pytest
import torch
import torch.nn.functional as F

from patchscaler_gui.bench.niqe import aggd, fit_pristine, niqe
from patchscaler_gui.engine.metrics import seam_score


def _pink(seed: int, side: int = 288) -> np.ndarray:
    """A 1/f-spectrum colour image in [0, 1]: natural-image statistics without a photo."""
    rng = np.random.default_rng(seed)
    f = np.hypot(*np.meshgrid(np.fft.fftfreq(side), np.fft.fftfreq(side)))
    f[0, 0] = 1.0
    planes = [np.real(np.fft.ifft2(np.fft.fft2(rng.normal(size=(side, side))) / f))
              for _ in range(3)]
    img = np.stack(planes, axis=2)
    return ((img - img.min()) / (img.max() - img.min())).astype(np.float32)


def _blur(img: np.ndarray, factor: int) -> np.ndarray:
    t = torch.from_numpy(img).permute(2, 0, 1)[None]
    up = F.interpolate(F.avg_pool2d(t, factor), scale_factor=factor, mode="bicubic")
    return up[0].permute(1, 2, 0).clamp(0, 1).numpy()


def test_seam_score_is_one_without_seams_and_grows_with_blocky_patches() -> None:
    ref = _pink(0, 256)
    assert seam_score(ref, ref) == pytest.approx(1.0)
    blocky = ref.copy()
    rng = np.random.default_rng(1)
    for y in range(0, 256, 64):
        for x in range(0, 256, 64):
            blocky[y : y + 64, x : x + 64] += rng.normal(0, 0.05)
    assert seam_score(blocky, ref) > 1.4
    # the same offsets on a grid the score does not look at leave it near 1
    shifted = np.roll(blocky, 16, axis=(0, 1))
    assert seam_score(shifted, np.roll(ref, 16, axis=(0, 1))) == pytest.approx(1.0, abs=0.1)


def test_a_finer_grid_is_no_seam_and_softened_borders_read_below_one() -> None:
    # a GRM writes each 4×4 output block from one LR pixel, so it steps across the 4-px grid
    # everywhere, the patch borders included: that is not a seam
    ref = _pink(2, 256)
    t = torch.from_numpy(ref).permute(2, 0, 1)[None]
    blocks = F.interpolate(F.avg_pool2d(t, 4), scale_factor=4, mode="nearest")
    grid = (0.5 * t + 0.5 * blocks)[0].permute(1, 2, 0).numpy()
    assert seam_score(grid, ref) == pytest.approx(1.0, abs=0.05)
    # windows averaged into each other across the borders soften them: below 1
    soft = ref.copy()
    for line in range(64, 256, 64):
        soft[line - 1 : line + 1] = ref[line - 1 : line + 1].mean(axis=0)
    assert seam_score(soft, ref) < 0.8


def test_aggd_fit_recovers_gaussian_and_laplacian_shapes() -> None:
    rng = np.random.default_rng(0)
    shape, left, right = aggd(rng.normal(0, 1.5, (1, 200_000)))
    assert shape[0] == pytest.approx(2.0, abs=0.03)
    assert left[0] == pytest.approx(1.5 * np.sqrt(2), rel=0.02) == right[0]
    shape, left, _ = aggd(rng.laplace(0, 1.0, (1, 200_000)))
    assert shape[0] == pytest.approx(1.0, abs=0.03) and left[0] == pytest.approx(1.0, rel=0.03)


def test_niqe_prefers_pristine_statistics_to_blur_and_noise() -> None:
    pristine = fit_pristine(_pink(s) for s in range(6))
    clean = _pink(10)
    noisy = np.clip(clean + np.random.default_rng(2).normal(0, 0.08, clean.shape), 0, 1)
    assert niqe(clean, pristine) < niqe(_blur(clean, 4), pristine)
    assert niqe(clean, pristine) < niqe(noisy.astype(np.float32), pristine)
    with pytest.raises(ValueError, match="96"):
        niqe(clean[:64], pristine)
