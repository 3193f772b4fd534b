"""NIQE, the no-reference naturalness score of Mittal, Soundararajan and Bovik (2013).

Lower is more natural. The image's luma is normalised into MSCN coefficients (local mean
removed, divided by the local deviation + 1, 7×7 Gaussian window σ = 7/6); each 96×96
block (48×48 at the second, half-size scale) gives 18 features per scale: an asymmetric
generalised Gaussian (AGGD) fit of the coefficients (shape, mean scale) and AGGD fits of
the products of horizontal, vertical and both diagonal neighbours (shape, mean, left and
right scale), as the authors' reference code computes them. A multivariate Gaussian of
the features of the sharpest blocks of pristine photos is the "pristine model"; an
image's score is the distance between that model and the Gaussian of its own blocks.

Our implementation and our own pristine fit (:func:`fit_pristine`, on our training
photos), so the numbers are comparable with each other, not with published NIQE tables.
The half-size image is made with torch's antialiased bicubic (MATLAB's ``imresize`` in
the original).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from patchscaler_gui.bench.setup import photos
from patchscaler_gui.engine.imageio import load_image

BLOCK = 96
SHARP_FRACTION = 0.75  # pristine blocks: sharpness above this fraction of the image's best
FEATURES = 36

_SHAPES = np.arange(0.2, 10.0005, 0.001)
_G1, _G2, _G3 = (np.array([math.gamma(k / a) for a in _SHAPES]) for k in (1, 2, 3))
_RATIO = _G2**2 / (_G1 * _G3)  # increasing in the shape parameter


@dataclass(frozen=True)
class Pristine:
    """The pristine model: mean (36,) and covariance (36, 36) of sharp-block features."""

    mean: np.ndarray
    cov: np.ndarray
    blocks: int

    def save(self, path: Path) -> None:
        np.savez(path, mean=self.mean, cov=self.cov, blocks=self.blocks)

    @classmethod
    def load(cls, path: Path) -> Pristine:
        with np.load(path) as f:
            return cls(f["mean"], f["cov"], int(f["blocks"]))


def gray(rgb: np.ndarray) -> np.ndarray:
    """(H, W, 3) float RGB in [0, 1] → (H, W) float64 grey in [0, 255] (as ``rgb2gray``)."""
    weights = np.array([0.298936021293775, 0.587043074451121, 0.114020904255103])
    return np.asarray(rgb, np.float64) @ weights * 255.0


_WINDOW = np.exp(-((np.arange(7) - 3.0) ** 2) / (2 * (7 / 6) ** 2))
_WINDOW /= _WINDOW.sum()


def _blur(x: np.ndarray) -> np.ndarray:
    """Separable 7×7 Gaussian (σ = 7/6) with replicated borders."""
    p = np.pad(x, 3, mode="edge")
    rows = sum(w * p[:, k : k + x.shape[1]] for k, w in enumerate(_WINDOW))
    return sum(w * rows[k : k + x.shape[0]] for k, w in enumerate(_WINDOW))


def _mscn(image: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """MSCN coefficients and the local deviation of an (H, W) float64 image."""
    mu = _blur(image)
    sigma = np.sqrt(np.abs(_blur(image * image) - mu * mu))
    return (image - mu) / (sigma + 1.0), sigma


def _blocks(x: np.ndarray, size: int) -> np.ndarray:
    """Non-overlapping (N, size, size) blocks of the top-left whole-block area, row-major."""
    rows, cols = x.shape[0] // size, x.shape[1] // size
    x = x[: rows * size, : cols * size]
    return x.reshape(rows, size, cols, size).swapaxes(1, 2).reshape(-1, size, size)


def _aggd(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Moment-matching AGGD fit of each row of ``x`` (N, M): shape index, left/right deviation."""
    neg, pos = x < 0, x > 0
    left = np.sqrt((x**2 * neg).sum(1) / np.maximum(neg.sum(1), 1))
    right = np.sqrt((x**2 * pos).sum(1) / np.maximum(pos.sum(1), 1))
    gamma_hat = left / np.maximum(right, 1e-12)
    r_hat = np.abs(x).mean(1) ** 2 / np.maximum((x**2).mean(1), 1e-12)
    r_norm = r_hat * (gamma_hat**3 + 1) * (gamma_hat + 1) / (gamma_hat**2 + 1) ** 2
    k = np.clip(np.searchsorted(_RATIO, r_norm), 1, len(_RATIO) - 1)
    k = k - (np.abs(_RATIO[k - 1] - r_norm) <= np.abs(_RATIO[k] - r_norm))  # the nearest
    return k, left, right


def aggd(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """AGGD fit of each row of ``x`` (N, M): shape α, left scale β_l, right scale β_r."""
    k, left, right = _aggd(x)
    spread = np.sqrt(_G1[k] / _G3[k])
    return _SHAPES[k], left * spread, right * spread


def _block_features(blocks: np.ndarray) -> np.ndarray:
    """(N, 18) features of MSCN blocks (N, b, b); neighbour shifts wrap inside each block."""
    shape, left, right = aggd(blocks.reshape(len(blocks), -1))
    feats = [shape, (left + right) / 2]
    for dy, dx in ((0, 1), (1, 0), (1, 1), (1, -1)):
        pair = blocks * np.roll(blocks, (dy, dx), axis=(1, 2))
        k, lo, hi = _aggd(pair.reshape(len(blocks), -1))
        spread = np.sqrt(_G1[k] / _G3[k])
        mean = (hi - lo) * spread * _G2[k] / _G1[k]
        feats += [_SHAPES[k], mean, lo * spread, hi * spread]
    return np.stack(feats, axis=1)


def features(luma: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Block features (N, 36) of a (H, W) grey image in [0, 255] and each block's sharpness."""
    if min(luma.shape) < BLOCK:
        raise ValueError(f"NIQE needs an image of at least {BLOCK}×{BLOCK} pixels")
    image = np.ascontiguousarray(luma, np.float64)
    out, sharpness = [], np.empty(0)
    for scale in (1, 2):
        size = BLOCK // scale
        mscn, sigma = _mscn(image)
        out.append(_block_features(_blocks(mscn, size)))
        if scale == 1:
            sharpness = _blocks(sigma, size).mean(axis=(1, 2))
        image = F.interpolate(torch.from_numpy(image)[None, None], scale_factor=0.5,
                              mode="bicubic", antialias=True, align_corners=False)[0, 0].numpy()
    n = min(len(f) for f in out)  # the half-size image may lose a row or column of blocks
    return np.concatenate([f[:n] for f in out], axis=1), sharpness[:n]


def fit_pristine(images: Iterable[np.ndarray]) -> Pristine:
    """Pristine model from RGB photos (H, W, 3) in [0, 1]: the sharpest blocks of each."""
    chosen = []
    for rgb in images:
        feats, sharpness = features(gray(rgb))
        chosen.append(feats[sharpness > SHARP_FRACTION * sharpness.max()])
    data = np.concatenate(chosen) if chosen else np.empty((0, FEATURES))
    if len(data) < 2:
        raise ValueError("too few sharp 96×96 blocks to fit a pristine model: use more photos")
    return Pristine(data.mean(0), np.cov(data, rowvar=False), len(data))


def niqe(rgb: np.ndarray, pristine: Pristine) -> float:
    """NIQE of an (H, W, 3) RGB image in [0, 1] (at least 96×96) against ``pristine``."""
    return _distance(features(gray(rgb))[0], pristine)


def niqe_pooled(images: Iterable[np.ndarray], pristine: Pristine) -> float:
    """NIQE of several RGB images' blocks together (one Gaussian of all their blocks): a
    score for crops with too few blocks to be scored one by one."""
    return _distance(np.concatenate([features(gray(rgb))[0] for rgb in images]), pristine)


def _distance(feats: np.ndarray, pristine: Pristine) -> float:
    """The distance between the pristine Gaussian and the Gaussian of ``feats`` (N, 36)."""
    mean = feats.mean(0)
    cov = np.cov(feats, rowvar=False) if len(feats) > 1 else np.zeros((FEATURES, FEATURES))
    diff = pristine.mean - mean
    return float(np.sqrt(max(diff @ np.linalg.pinv((pristine.cov + cov) / 2) @ diff, 0.0)))


def _fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for f in files:
        digest.update(f"{f.name}:{f.stat().st_size}\n".encode())
    return digest.hexdigest()[:12]


def _pixels(files: list[Path]) -> Iterator[np.ndarray]:
    for f in files:
        image = load_image(f).pixels
        if min(image.shape[:2]) >= BLOCK:
            yield image


def pristine_model(train: Path, cache: Path, shipped: Path | None, log: Callable[[str], None]
                   ) -> tuple[Pristine | None, str]:
    """The NIQE pristine model: shipped with the model, cached, or fitted now (and cached)."""
    if shipped is not None and shipped.exists():
        return Pristine.load(shipped), f"shipped with the model ({shipped})"
    if not train.is_dir():
        return None, f"not available: no training photos in {train}"
    files = photos(train)
    path = cache / f"niqe_pristine-{_fingerprint(files)}.npz"
    if not path.exists():
        log(f"fitting the NIQE pristine model on {len(files)} photos in {train} (once)")
        try:
            model = fit_pristine(_pixels(files))
        except ValueError as exc:
            return None, f"not available: {exc}"
        path.parent.mkdir(parents=True, exist_ok=True)
        model.save(path)
    model = Pristine.load(path)
    return model, f"our fit on {len(files)} training photos, {model.blocks} sharp blocks ({path})"
