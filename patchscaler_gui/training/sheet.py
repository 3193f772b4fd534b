"""Side-by-side crop sheet of validation photos: bicubic | coarse (GRM) | each look | uniform
sampling | Real-ESRGAN | ground truth.

``patchscaler train sheet --out resources/crop_sheet.png`` renders it from the shipped
model (or ``--model``); every row is a validation crop degraded with bicubic ×4, with
the realistic pipeline (``--degradation realistic``, seeded per row), where the question is
whether the model cleans JPEG blocks and noise or amplifies them, or only JPEG-compressed
as the benchmark's web JPEGs are (``--degradation jpeg``, its quality known to the engine
as a JPEG file's is), or is the photo's own file as its package ships it (``--degradation
file``: its centre at its own pixels, with no ground truth to show). The looks (faithful,
balanced, detailed: what the user chooses between) are the model's; the uniform column
samples every patch from step T with T steps on the default look's coarse stage and texture
switch (where budgets end up: texture or speckles). Real-ESRGAN x4plus (the bench's anchor,
an optional extra) gets the column before the ground truth; without the extra the sheet
leaves it out and says so in one line.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image, ImageDraw

from patchscaler_gui.bench import anchor, setup
from patchscaler_gui.engine.choices import DEFAULT_LOOK, LOOKS
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.events import Settings
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.sampler import upscale


def _columns(degradation: str, with_anchor: bool) -> list[str]:
    looks = [f"{n} (default)" if n == DEFAULT_LOOK else n for n in LOOKS]
    first = "bicubic" if degradation == "bicubic" else f"bicubic of the {degradation} LR"
    return [first, "coarse (GRM)", *looks, "uniform, T steps",
            *([anchor.NAME] if with_anchor else []),
            *(["ground truth"] if degradation in setup.REFERENCED else [])]


def _row(model: PatchScaler, sample: setup.Sample, seed: int, degradation: str, row: int,
         engine: anchor.RealESRGAN | None) -> list[np.ndarray]:
    """One crop through ``degradation`` (one of ``setup.DEGRADATIONS``, seeded by ``row``)."""
    lr_np, jpeg = setup.degrade(sample, degradation, row)
    lr = torch.from_numpy(lr_np).permute(2, 0, 1)[None]
    bic = F.interpolate(lr, scale_factor=4, mode="bicubic", align_corners=False).clamp(0, 1)
    coarse = drive(upscale(model, lr_np, None, Settings(coarse_only=True, jpeg=jpeg))).image
    looks = model.config.all_looks()
    T = model.schedule.T
    runs = [(look.plan, look.settings()) for look in looks.values()]
    runs.append((GroupPlan.uniform(T, T), looks[DEFAULT_LOOK].settings()))
    outs = [drive(upscale(model, lr_np, plan, replace(settings, seed=seed, jpeg=jpeg))).image
            for plan, settings in runs]
    if engine is not None:
        made = engine.upscale_x4((np.clip(lr_np, 0, 1) * 255 + 0.5).astype(np.uint8))
        outs.append(made.astype(np.float32) / 255)
    truth = [sample.hr] if degradation in setup.REFERENCED else []
    return [bic[0].permute(1, 2, 0).numpy(), coarse, *outs, *truth]


def _anchor(stack: ExitStack) -> anchor.RealESRGAN | None:
    reason = anchor.unavailable()
    if reason is not None:
        print(reason, file=sys.stderr)
        return None
    return stack.enter_context(anchor.RealESRGAN(torch.get_num_threads(), anchor.cache_dir()))


def render_sheet(model: PatchScaler, val_dir: Path, out: Path, rows: int = 4, size: int = 192,
                 seed: int = 0, degradation: str = "bicubic") -> Path:
    crops = [s for s in setup.samples(val_dir, None, size) if min(s.hr.shape[:2]) >= size]
    pick = np.linspace(0, len(crops) - 1, min(rows, len(crops))).round().astype(int)
    label_h, gap = 18, 4
    with ExitStack() as stack:
        engine = _anchor(stack)
        names = _columns(degradation, engine is not None)
        width = len(names) * (size + gap) - gap
        sheet = Image.new("RGB", (width, label_h + len(pick) * (size + gap)), "white")
        draw = ImageDraw.Draw(sheet)
        for c, name in enumerate(names):
            draw.text((c * (size + gap) + 4, 3), name, fill="black")
        for r, i in enumerate(pick.tolist()):
            row = _row(model, crops[i], seed, degradation, seed + r, engine)
            for c, img in enumerate(row):
                tile = Image.fromarray((np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8))
                sheet.paste(tile, (c * (size + gap), label_h + r * (size + gap)))
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(out)
    return out
