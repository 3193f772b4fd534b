"""What a benchmark runs on: the model (a shipped one or a random stand-in) and the photos.

Each photo is measured on inputs made from it (``DEGRADATIONS``): three are ×4 degradations
of its ground truth, and "file" is its own file as its package ships it (``train prepare``
keeps the validation photos' files in ``originals/`` beside ``val/``), a JPEG, WebP or PNG
with its real compression, cut to the same input size at its own pixels: what users upscale,
with no ground truth to score against (only NIQE).

The random stand-in has the default architecture and random weights (its zero-initialised
output layers are randomised too, so every layer does real work): right for cost, speed and
memory, meaningless for quality. Reports label it as such.
"""

from __future__ import annotations

import glob
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch

from patchscaler_gui.engine import checkpoints
from patchscaler_gui.engine.deblock import GRID, JpegSource
from patchscaler_gui.engine.degrade import bicubic_x4, jpeg_round_trip, realistic_x4
from patchscaler_gui.engine.errors import InputError
from patchscaler_gui.engine.imageio import load_image, probe_size
from patchscaler_gui.engine.model import SCALE, PatchScaler, random_model

RANDOM_MODEL = "random default-size model (untrained: cost only, quality meaningless)"
DEGRADATIONS = ("bicubic", "realistic", "jpeg", "file")
REFERENCED = ("bicubic", "realistic", "jpeg")  # the inputs with a ground truth
ORIGINALS = "originals"  # beside the photos' folder: their files as shipped (train prepare)
# how reports name them: "jpeg" is a clean photo that was only compressed, as pictures from
# the web and many phones are, read from its file (so the engine knows its quality and grid)
LABELS = {"bicubic": "Bicubic ×4 degradation", "realistic": "Realistic ×4 degradation",
          "jpeg": "Web JPEG (bicubic ×4, then one JPEG of quality 50–90, the file's quality "
                  "known)",
          "file": "The photos' own files (each photo's file as its package ships it, JPEG, "
                  "WebP or PNG, the centre cut to the input size at its own pixels; no ground "
                  "truth: NIQE only)"}
WEB_QUALITY = (50, 90)
PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff")


def model_folder(folder: Path | None, random: bool) -> Path | None:
    """The model folder to measure (None for the random stand-in); refuses a missing one."""
    if random:
        return None
    folder = folder or checkpoints.default_model()
    if not (folder / "config.json").exists():
        raise InputError(f"no model at {folder}: pass --model DIR, or --random-model to "
                         "measure speed and memory with an untrained default-size model.")
    return folder


def load(folder: Path | None, device: torch.device) -> tuple[PatchScaler, str]:
    """The model in ``folder`` (None: the random stand-in) and how reports name it."""
    if folder is None:
        return random_model().to(device), RANDOM_MODEL
    return checkpoints.load_model(folder, device).eval(), str(folder)


@dataclass(frozen=True)
class Sample:
    """One ground-truth photo (H, W, 3) float32, both sides multiples of the scale."""

    name: str
    hr: np.ndarray
    original: Path | None = None  # the photo's file as its package ships it, if kept


def photos(folder: Path) -> list[Path]:
    files = sorted(p for p in folder.glob("*") if p.suffix.lower() in PHOTO_SUFFIXES)
    if not files:
        raise InputError(f"no photos in {folder}: pass --data DIR with the validation images "
                         "(prepare them with `patchscaler train prepare`).")
    return files


def center_crop(image: np.ndarray, side: int | None) -> np.ndarray:
    """The centre of an (H, W, C) image, at most ``side`` px a side (None: whole), cut to a
    multiple of the scale a side so that its ×4 smaller input upscales back to its size."""
    h, w = image.shape[:2]
    th, tw = (min(h, side), min(w, side)) if side else (h, w)
    th, tw = th - th % SCALE, tw - tw % SCALE
    top, left = (h - th) // 2, (w - tw) // 2
    return np.ascontiguousarray(image[top : top + th, left : left + tw])


def samples(folder: Path, limit: int | None, crop: int | None) -> list[Sample]:
    """The validation photos, or ``limit`` of them evenly spread over the sorted list (only
    photos at least ``crop`` px on each side), centre-cropped to ``crop``."""
    files = photos(folder)
    if limit is not None and limit < len(files):
        big = [f for f in files if min(probe_size(f) or (0, 0)) >= (crop or 0)] or files
        files = [big[round(k * (len(big) - 1) / max(limit - 1, 1))] for k in range(limit)]
        files = sorted(set(files))
    return [Sample(f.stem, center_crop(load_image(f).pixels, crop), _original(f)) for f in files]


def _original(photo: Path) -> Path | None:
    """The file ``photo`` was prepared from (``originals/`` beside its folder), or None."""
    files = (photo.parent.parent / ORIGINALS).glob(f"{glob.escape(photo.stem)}.*")
    return next(iter(sorted(files)), None)


def formats(data: list[Sample]) -> dict[str, int]:
    """How many of the samples' own files each suffix has ("jpg": 7, ...)."""
    suffixes = [s.original.suffix.lower().lstrip(".") for s in data if s.original is not None]
    return {k: suffixes.count(k) for k in sorted(set(suffixes))}


def kinds(data: list[Sample]) -> tuple[str, ...]:
    """The inputs every sample can give: "file" only where each has its original."""
    have = all(s.original is not None for s in data)
    return tuple(k for k in DEGRADATIONS if k in REFERENCED or have)


def jpeg_source(kind: str, seed: int) -> JpegSource | None:
    """The JPEG file a ``kind`` input stands for (its quality drawn from ``seed``), or None."""
    if kind != "jpeg":
        return None
    gen = torch.Generator().manual_seed(seed)
    return JpegSource(int(torch.randint(WEB_QUALITY[0], WEB_QUALITY[1] + 1, (), generator=gen)))


def degrade(sample: Sample, kind: str, seed: int) -> tuple[np.ndarray, JpegSource | None]:
    """The ×4 smaller input (h, w, 3) float32 made from a sample by ``kind``, and the JPEG
    file it stands for (None: not a JPEG)."""
    if kind == "file":
        return _from_file(sample)
    hr = torch.from_numpy(sample.hr).permute(2, 0, 1)[None]
    source = jpeg_source(kind, seed)
    if kind == "bicubic":
        lr = bicubic_x4(hr)
    elif source is not None:
        lr = jpeg_round_trip(bicubic_x4(hr)[0], source.quality)[None]
    else:
        lr = realistic_x4(hr, torch.Generator().manual_seed(seed))
    return np.ascontiguousarray(lr[0].permute(1, 2, 0).numpy(), dtype=np.float32), source


def _from_file(sample: Sample) -> tuple[np.ndarray, JpegSource | None]:
    """The centre of the sample's own file, as large as its degraded inputs (or the whole
    file where that is smaller), with the JPEG block grid moved by the cut."""
    if sample.original is None:
        raise InputError(f"{sample.name}: its original file is not in the data (run "
                         "`patchscaler train prepare` again)")
    picture = load_image(sample.original)
    h, w = picture.pixels.shape[:2]
    th, tw = min(h, sample.hr.shape[0] // SCALE), min(w, sample.hr.shape[1] // SCALE)
    top, left = (h - th) // 2, (w - tw) // 2
    lr = np.ascontiguousarray(picture.pixels[top : top + th, left : left + tw])
    jpeg = picture.jpeg
    if jpeg is not None:
        jpeg = replace(jpeg, grid=((jpeg.grid[0] - top) % GRID, (jpeg.grid[1] - left) % GRID))
    return lr, jpeg
