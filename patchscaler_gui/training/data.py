"""HR photo crops for training: all prepared photos held in memory as uint8, random crops.

Photos come from ``patchscaler train prepare`` (``data/train`` and ``data/val``, PNG) or from
the packed copy that travels with the source tree (``train pack``, JPEG). A crop sampler is
seeded, so a run (and each data-parallel rank) draws a reproducible stream; :func:`pairs`
adds the degraded LR inputs, in worker processes when asked (a GPU outruns one CPU core's
degradations many times over).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from torch.utils.data import DataLoader, IterableDataset, get_worker_info

from patchscaler_gui.engine.degrade import (
    StageConfig,
    add_noise,
    bicubic_x4,
    jpeg_round_trip,
    jpeg_x4,
    realistic_x4,
    soften,
)


def load_photos(folder: Path, min_side: int = 0) -> list[torch.Tensor]:
    """Every PNG or JPEG in ``folder`` as a (3, H, W) uint8 tensor (sorted by name)."""
    photos = []
    for path in sorted([*folder.glob("*.png"), *folder.glob("*.jpg")]):
        with Image.open(path) as im:
            arr = np.asarray(im.convert("RGB"))
        if min(arr.shape[:2]) >= min_side:
            photos.append(torch.from_numpy(arr.copy()).permute(2, 0, 1))
    if not photos:
        raise FileNotFoundError(f"no training photos in {folder}; run `patchscaler train prepare`")
    return photos


class CropSampler:
    """Random HR crops (B, 3, size, size) float in [0, 1], with random flips/rotations."""

    def __init__(self, photos: list[torch.Tensor], size: int, seed: int) -> None:
        self.photos = [p for p in photos if min(p.shape[1:]) >= size]
        if not self.photos:
            raise ValueError(f"no photo is at least {size} px on its short side")
        weights = torch.tensor([p.shape[1] * p.shape[2] for p in self.photos], dtype=torch.float)
        self.weights = weights / weights.sum()
        self.size = size
        self.gen = torch.Generator().manual_seed(seed)

    def batch(self, n: int) -> torch.Tensor:
        idx = torch.multinomial(self.weights, n, replacement=True, generator=self.gen)
        crops = []
        for i in idx.tolist():
            p = self.photos[i]
            top = int(torch.randint(0, p.shape[1] - self.size + 1, (1,), generator=self.gen))
            left = int(torch.randint(0, p.shape[2] - self.size + 1, (1,), generator=self.gen))
            c = p[:, top : top + self.size, left : left + self.size]
            k = int(torch.randint(0, 8, (1,), generator=self.gen))
            c = torch.rot90(c, k % 4, dims=(1, 2))
            crops.append(c.flip(2) if k >= 4 else c)
        return torch.stack(crops).float() / 255.0


def share_counts(n: int, realistic: float, jpeg: float = 0.0, soft: float = 0.0
                 ) -> tuple[int, int, int]:
    """How many of a batch of ``n`` get realistic inputs, JPEG-only inputs and soft photos:
    each share rounded, the JPEG and soft ones cut to what the bicubic part still holds (so
    that rounding never makes a soft photo's input realistic or compressed)."""
    n_real = int(round(n * realistic))
    n_jpeg = min(int(round(n * jpeg)), n - n_real)
    n_soft = min(int(round(n * soft)), n - n_real - n_jpeg)
    return n_real, n_jpeg, n_soft


def degrade_mixed(hr: torch.Tensor, realistic_fraction: float, gen: torch.Generator,
                  jpeg_fraction: float = 0.0) -> torch.Tensor:
    """LR inputs: the first part of the batch bicubic ×4, then a ``jpeg_fraction`` bicubic
    and JPEG-compressed (:func:`jpeg_x4`), the last ``realistic_fraction`` the realistic
    pipeline (counts from :func:`share_counts`)."""
    n = hr.shape[0]
    n_real, n_jpeg, _ = share_counts(n, realistic_fraction, jpeg_fraction)
    n_bic = n - n_real - n_jpeg
    parts = [bicubic_x4(hr[:n_bic])] if n_bic else []
    if n_jpeg:
        parts.append(jpeg_x4(hr[n_bic : n_bic + n_jpeg], gen))
    if n_real:
        parts.append(realistic_x4(hr[n - n_real :], gen))
    return torch.cat(parts)


Pair = tuple[torch.Tensor, torch.Tensor]


def check_shares(realistic: float, jpeg: float, soft: float) -> None:
    """A ValueError unless the realistic, JPEG and soft shares fit in one batch (the JPEG and
    soft shares are taken from the bicubic share, the rest of the batch)."""
    if min(realistic, jpeg, soft) < 0 or realistic + jpeg + soft > 1.0 + 1e-9:
        raise ValueError(f"the realistic ({realistic}), JPEG ({jpeg}) and soft ({soft}) shares "
                         "must be at least 0 and add up to at most 1")


class _Pairs(IterableDataset[Pair]):
    """Endless (HR crops, degraded LR) batches; each worker process draws its own stream."""

    def __init__(self, photos: list[torch.Tensor], crop: int, batch: int, realistic: float,
                 seed: int, jpeg: float = 0.0, soft: float = 0.0) -> None:
        self.photos, self.crop, self.batch = photos, crop, batch
        self.realistic, self.seed, self.jpeg, self.soft = realistic, seed, jpeg, soft

    def __iter__(self) -> Iterator[Pair]:
        info = get_worker_info()
        seed = self.seed + 15485863 * (info.id if info is not None else 0)
        sampler = CropSampler(self.photos, self.crop, seed)
        gen = torch.Generator().manual_seed(seed + 104729)
        n_soft = share_counts(self.batch, self.realistic, self.jpeg, self.soft)[2]
        while True:
            hr = sampler.batch(self.batch)
            if n_soft:  # the first crops, which degrade_mixed gives bicubic inputs
                hr[:n_soft] = soften(hr[:n_soft], gen)
            yield hr, degrade_mixed(hr, self.realistic, gen, self.jpeg)


def pairs(photos: list[torch.Tensor], crop: int, batch: int, realistic: float, seed: int,
          workers: int = 0, jpeg: float = 0.0, soft: float = 0.0) -> Iterator[Pair]:
    """(HR, LR) training batches: ``batch`` crops of ``crop`` px and their ×4 inputs, the
    last ``realistic`` fraction through the realistic pipeline and a ``jpeg`` fraction
    before it only compressed (:func:`degrade_mixed`), and the first ``soft`` fraction soft
    photos (:func:`~patchscaler_gui.engine.degrade.soften`: the blurred crop is the ground
    truth, its input bicubic); in ``workers`` processes."""
    check_shares(realistic, jpeg, soft)
    data = _Pairs(photos, crop, batch, realistic, seed, jpeg, soft)
    if workers <= 0:
        return iter(data)
    return iter(DataLoader(data, batch_size=None, num_workers=workers, prefetch_factor=4))


JPEG_QUALITY = (30, 100)
# the noise some deblocker inputs get before their JPEG: Gaussian, grey or colour
JPEG_NOISE = StageConfig(gaussian_noise_prob=1.0, noise_sigma=(1.0, 10.0))


def jpeg_batches(photos: list[torch.Tensor], crop: int, batch: int, seed: int,
                 noisy: float = 0.3) -> Iterator[tuple[torch.Tensor, ...]]:
    """Endless (LR before, LR after one JPEG round trip, quality) batches for the deblocker:
    ``crop`` px HR crops taken bicubic ×4 to 8 bits, the first ``noisy`` share with Gaussian
    noise (:data:`JPEG_NOISE`) before the JPEG, which the deblocker
    must leave to the clean-up GRM; qualities uniform in :data:`JPEG_QUALITY`. The JPEG's
    block grid starts at each crop's top-left pixel, as in a decoded file."""
    sampler = CropSampler(photos, crop, seed)
    gen = torch.Generator().manual_seed(seed + 104729)
    n_noisy = round(batch * noisy)
    while True:
        lr = bicubic_x4(sampler.batch(batch))
        lr[:n_noisy] = add_noise(gen, lr[:n_noisy], JPEG_NOISE)
        before = (lr.clamp(0.0, 1.0) * 255.0).round() / 255.0
        quality = torch.randint(JPEG_QUALITY[0], JPEG_QUALITY[1] + 1, (batch,), generator=gen)
        after = torch.stack([jpeg_round_trip(x, int(q)) for x, q in zip(before, quality,
                                                                         strict=True)])
        yield before, after, quality.float()


def val_crops(photos: list[torch.Tensor], size: int, per_photo: int = 1) -> torch.Tensor:
    """Deterministic centre (and, if asked, side) crops for validation, (N, 3, s, s)."""
    crops = []
    for p in photos:
        h, w = p.shape[1:]
        if min(h, w) < size:
            continue
        lefts = np.linspace(0, w - size, per_photo + 2)[1:-1] if per_photo > 1 else [(w - size) / 2]
        for left in lefts:
            top, lf = (h - size) // 2, int(left)
            crops.append(p[:, top : top + size, lf : lf + size])
    return torch.stack(crops).float() / 255.0
