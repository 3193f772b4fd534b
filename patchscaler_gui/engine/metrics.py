"""Image quality metrics on float RGB arrays (H, W, 3) in [0, 1].

PSNR-Y and SSIM-Y follow the usual super-resolution convention: BT.601 luma in [16, 235]
(as MATLAB's ``rgb2ycbcr``), a ``border`` of pixels cropped from every side. PSNR-CbCr is the
same for the two colour-difference planes together (in [16, 240]): the colour error that
PSNR-Y does not see.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F


def luma(rgb: np.ndarray) -> np.ndarray:
    """BT.601 luma in [16, 235] (float64)."""
    r, g, b = (rgb[..., i].astype(np.float64) for i in range(3))
    return 16.0 + 65.481 * r + 128.553 * g + 24.966 * b


def chroma(rgb: np.ndarray) -> np.ndarray:
    """BT.601 Cb and Cr in [16, 240] (float64), stacked on a last axis of 2."""
    r, g, b = (rgb[..., i].astype(np.float64) for i in range(3))
    return np.stack([128.0 - 37.797 * r - 74.203 * g + 112.0 * b,
                     128.0 + 112.0 * r - 93.786 * g - 18.214 * b], axis=-1)


def _crop(a: np.ndarray, border: int) -> np.ndarray:
    return a[border:-border, border:-border] if border else a


def _psnr(diff: np.ndarray) -> float:
    mse = float(np.mean(diff**2))
    return float("inf") if mse == 0 else 10.0 * np.log10(255.0**2 / mse)


def psnr_y(out: np.ndarray, ref: np.ndarray, border: int = 4) -> float:
    return _psnr(_crop(luma(out), border) - _crop(luma(ref), border))


def psnr_cbcr(out: np.ndarray, ref: np.ndarray, border: int = 4) -> float:
    return _psnr(_crop(chroma(out), border) - _crop(chroma(ref), border))


def ssim_y(out: np.ndarray, ref: np.ndarray, border: int = 4) -> float:
    """SSIM on luma with an 11×11 Gaussian window (σ = 1.5), as Wang et al. 2004."""
    x = torch.from_numpy(_crop(luma(out), border))[None, None]
    y = torch.from_numpy(_crop(luma(ref), border))[None, None]
    g = torch.exp(-((torch.arange(11, dtype=torch.float64) - 5) ** 2) / (2 * 1.5**2))
    w = (g[:, None] * g[None, :] / g.sum() ** 2)[None, None]
    mu_x, mu_y = F.conv2d(x, w), F.conv2d(y, w)
    sxx = F.conv2d(x * x, w) - mu_x**2
    syy = F.conv2d(y * y, w) - mu_y**2
    sxy = F.conv2d(x * y, w) - mu_x * mu_y
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    s = ((2 * mu_x * mu_y + c1) * (2 * sxy + c2)) / ((mu_x**2 + mu_y**2 + c1) * (sxx + syy + c2))
    return float(s.mean())


def hf_energy(rgb: np.ndarray, cutoff: float = 1.0 / 8.0) -> float:
    """Spectral energy of the luma above ``cutoff`` cycles/pixel (the LR Nyquist for ×4)."""
    y = luma(rgb)
    y = (y - y.mean()) * np.outer(np.hanning(y.shape[0]), np.hanning(y.shape[1]))
    spec = np.abs(np.fft.rfft2(y)) ** 2
    fy = np.abs(np.fft.fftfreq(y.shape[0]))[:, None]
    fx = np.fft.rfftfreq(y.shape[1])[None, :]
    return float(spec[np.maximum(fy, fx) > cutoff].sum())


def hf_ratio(out: np.ndarray, ref: np.ndarray) -> float:
    """High-frequency energy of ``out`` relative to the ground truth ``ref`` (1.0 = equal)."""
    return hf_energy(out) / max(hf_energy(ref), 1e-12)


_FLAT = 1e-6  # squared luma step (of 16–235) below which a segment counts as flat


def _seam_ratio(y: np.ndarray, period: int) -> float:
    """How much steeper the luma steps across the grid lines every ``period`` px are than
    those across the lines half a period off them: the geometric mean over segments of
    ``period`` px of those lines (each a patch border's side, or the line through a patch's
    middle) of their mean squared step, on over off."""
    gx, gy = np.diff(y, axis=1) ** 2, np.diff(y, axis=0) ** 2

    def log_energy(phase: int) -> np.ndarray:
        out = []
        for steps in (gx.T, gy):  # rows of ``steps``: the steps across one line
            lines = steps[(np.arange(steps.shape[0]) + 1) % period == phase]
            n = lines.shape[1] // period
            segments = lines[:, : n * period].reshape(len(lines), n, period).mean(axis=2)
            out.append(np.log(segments.ravel() + _FLAT))
        return np.concatenate(out)

    on, off = log_energy(0), log_energy(period // 2)
    if on.size == 0 or off.size == 0:
        return float("nan")
    return float(np.exp(on.mean() - off.mean()))


def seam_score(out: np.ndarray, ref: np.ndarray, period: int = 64) -> float:
    """Gradient energy across the patch grid (lines every ``period`` output px, from the
    top-left corner) relative to that across the lines through the patches' middles, divided
    by the same ratio on ``ref``.

    1.0 means no visible seams; an image whose patches show their borders scores above 1,
    one whose borders are softer than their middles below 1. The lines it compares lie at
    the same phase of every finer grid whose period divides half the patch (the GRMs' 4-px
    latent blocks, the denoiser's 8-px tokens, a JPEG's 32-px output blocks), so such a
    grid does not read as seams; and it takes the geometric mean over the lines' segments,
    so that a few strong edges that happen to lie on one set do not swamp it.
    """
    return _seam_ratio(luma(out), period) / _seam_ratio(luma(ref), period)
