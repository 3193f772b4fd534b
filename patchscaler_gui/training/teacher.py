"""Teacher targets for the ``distill`` stage: Real-ESRGAN x4plus (the bench's anchor) on
degraded training crops, made once by ``patchscaler train teach`` and read by every run.

A target set is a folder of ``.npz`` chunks of :data:`CHUNK` triples: an HR crop of
:data:`CROP` px, its ×4 input (uint8; the first quarter of each chunk bicubic, the rest
through the realistic pipeline) and the teacher's output for that input. Chunk ``k`` is
drawn from seed ``seed + k``, so a stopped ``teach`` goes on where it stopped and makes the
same chunks. On one CPU core the teacher takes about 3.5 s a triple.

:class:`Triples` cuts training batches from them: the same random window of the three
images, with the same dihedral flip (the teacher's output of a flipped input is not exactly
its flipped output, but near enough to count as a target).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import torch

from patchscaler_gui.training.data import CropSampler, degrade_mixed

CROP = 384  # HR px of a stored triple
CHUNK = 16  # triples per file
BICUBIC = 0.25  # share of each chunk with bicubic inputs

Upscaler = Callable[[np.ndarray], np.ndarray]  # (h, w, 3) uint8 -> (4h, 4w, 3) uint8


def _uint8(images: torch.Tensor) -> np.ndarray:
    """(B, 3, H, W) in [0, 1] -> (B, H, W, 3) uint8."""
    return (images.clamp(0, 1) * 255).round().byte().permute(0, 2, 3, 1).numpy()


def chunk_names(folder: Path) -> list[Path]:
    return sorted(folder.glob("chunk_*.npz"))


def make_chunks(photos: list[torch.Tensor], folder: Path, chunks: int, teacher: Upscaler,
                seed: int = 0, on_chunk: Callable[[int], None] | None = None) -> int:
    """Add chunks to ``folder`` until it holds ``chunks``; returns how many were made now.
    Each file is written whole or not at all."""
    folder.mkdir(parents=True, exist_ok=True)
    crop = CROP
    made = 0
    for k in range(len(chunk_names(folder)), chunks):
        gen = torch.Generator().manual_seed(seed + k)
        hr = CropSampler(photos, crop, seed + k).batch(CHUNK)
        lr = _uint8(degrade_mixed(hr, 1.0 - BICUBIC, gen))
        sr = np.stack([teacher(x) for x in lr])
        tmp = folder / f"chunk_{k:04d}.tmp.npz"
        np.savez(tmp, hr=_uint8(hr), lr=lr, sr=sr)
        os.replace(tmp, folder / f"chunk_{k:04d}.npz")
        made += 1
        if on_chunk is not None:
            on_chunk(k)
    return made


class Triples:
    """Every chunk of a folder in memory (uint8), and batches cut from them.

    With ``clean_truth`` the triples whose input is bicubic (the first :data:`BICUBIC` of each
    chunk) have the ground truth as their target instead of the teacher's output: on a clean
    input the teacher paints its own detail over what the ground truth holds, and what it is
    worth learning from is how it restores degraded ones."""

    def __init__(self, folder: Path, clean_truth: bool = False) -> None:
        names = chunk_names(folder)
        if not names:
            raise FileNotFoundError(f"no teacher targets in {folder}; run `patchscaler train "
                                    "teach` (it needs the [anchor] extra)")
        parts: dict[str, list[np.ndarray]] = {"hr": [], "lr": [], "sr": []}
        for name in names:
            with np.load(name) as z:
                for key, part in parts.items():
                    part.append(z[key])
        self.hr, self.lr, self.sr = (np.concatenate(parts[k]) for k in ("hr", "lr", "sr"))
        if clean_truth:
            clean = np.arange(len(self.hr)) % CHUNK < round(CHUNK * BICUBIC)
            self.sr[clean] = self.hr[clean]

    @property
    def side(self) -> int:
        """HR px of the stored triples (the largest crop a batch can have)."""
        return int(self.hr.shape[1])

    def __len__(self) -> int:
        return len(self.hr)

    def batches(self, batch: int, crop: int, seed: int
                ) -> Iterator[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]:
        """Endless (HR, LR, teacher) batches in [0, 1] of ``crop`` HR px (a multiple of 4)."""
        if crop > self.side:
            raise ValueError(f"batches of {crop} px need triples at least that large; these "
                             f"are {self.side} px")
        rng = np.random.default_rng(seed)
        lr_side, lr_crop = self.lr.shape[1], crop // 4
        while True:
            picked: list[list[np.ndarray]] = [[], [], []]
            for i in rng.integers(0, len(self), batch):
                y, x = (int(v) for v in rng.integers(0, lr_side - lr_crop + 1, 2))
                k = int(rng.integers(0, 8))
                views = (self.hr[i, 4 * y:4 * (y + lr_crop), 4 * x:4 * (x + lr_crop)],
                         self.lr[i, y:y + lr_crop, x:x + lr_crop],
                         self.sr[i, 4 * y:4 * (y + lr_crop), 4 * x:4 * (x + lr_crop)])
                for out, view in zip(picked, views, strict=True):
                    turned = np.rot90(view, k % 4)
                    out.append(turned[:, ::-1] if k >= 4 else turned)
            yield tuple(  # type: ignore[misc]
                torch.from_numpy(np.stack(p)).permute(0, 3, 1, 2).float() / 255.0 for p in picked)
