"""End-to-end runs, each in a fresh child process (``bench.child``).

A child process per run makes each peak RSS its own; the parent makes the inputs and
collects the children's JSON lines. The photo is the validation photo of median detail
(:func:`typical_photo`): at 512² the largest one, a flower before a blurred background, had
the diffusion sample 1 patch of 1024 and the grass photo 1011. An input is a photo as users
have it, from a phone or the web: the photo's centre square, resized to four times the
input side and taken through the realistic degradation (blur, resize, noise, JPEG; one
fixed seed). The anchor (Real-ESRGAN) runs on the same input files: load PNG → upscale →
save PNG, through the same writer as ours (:func:`imageio.save_image`).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image

from patchscaler_gui.bench.anchor import RealESRGAN
from patchscaler_gui.engine.degrade import bicubic_x4, realistic_x4
from patchscaler_gui.engine.imageio import Picture, save_image
from patchscaler_gui.engine.model import SCALE

REPEATS = 3  # timed end-to-end runs per size; the median is reported


def detail(pixels: np.ndarray, side: int = 512) -> float:
    """Mean absolute luma gradient of the centre square of an (h, w, 3) photo in [0, 1],
    resized to ``side``² (one scale for photos of every size)."""
    image = Image.fromarray((np.clip(pixels, 0, 1) * 255 + 0.5).astype(np.uint8)).convert("L")
    luma = np.asarray(_square(image).resize((side, side), Image.Resampling.LANCZOS),
                      np.float32) / 255.0
    return float(np.abs(np.diff(luma, axis=0)).mean() + np.abs(np.diff(luma, axis=1)).mean())


def typical_photo(photos: list[tuple[str, np.ndarray]]) -> tuple[str, np.ndarray]:
    """The (name, pixels) of median :func:`detail` (the lower median of an even count)."""
    ranked = sorted(photos, key=lambda photo: detail(photo[1]))
    return ranked[(len(ranked) - 1) // 2]


def _square(image: Image.Image) -> Image.Image:
    s = min(image.size)
    box = ((image.width - s) // 2, (image.height - s) // 2)
    return image.crop((box[0], box[1], box[0] + s, box[1] + s))


def input_pixels(hr: np.ndarray, side: int, seed: int = 0, realistic: bool = True
                 ) -> np.ndarray:
    """A ``side``² input as the end-to-end runs make it, (side, side, 3) in [0, 1] on 8-bit
    levels: the centre square of a photo, resized with Lanczos to ``4 · side``², then
    degraded realistically (seeded) to ``side``², or (``realistic=False``) bicubic."""
    image = Image.fromarray((np.clip(hr, 0, 1) * 255 + 0.5).astype(np.uint8))
    big = _square(image).resize((side * SCALE, side * SCALE), Image.Resampling.LANCZOS)
    hq = torch.from_numpy(np.asarray(big, np.float32) / 255.0).permute(2, 0, 1)[None]
    lr = realistic_x4(hq, torch.Generator().manual_seed(seed)) if realistic else bicubic_x4(hq)
    return np.round(lr[0].permute(1, 2, 0).clamp(0, 1).numpy() * 255) / 255


def make_input(hr: np.ndarray, side: int, path: Path, seed: int = 0) -> Path:
    """:func:`input_pixels` (realistic) as an 8-bit PNG at ``path``."""
    lr = input_pixels(hr, side, seed)
    Image.fromarray((lr * 255 + 0.5).astype(np.uint8)).save(path)
    return path


def _child(cmd: list[str]) -> dict[str, Any]:
    """One child's JSON line, or ``{"error": its last line of stderr}``."""
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"error": tail[0]}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run_sizes(hr: np.ndarray, sizes: list[int], model_args: list[str], profile: int,
              workdir: Path, log: Callable[[str], None], anchor: RealESRGAN | None = None
              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """:data:`REPEATS` child processes per LR side in ``sizes``, whose median run (by wall
    time) is the row, with every run's time in ``runs_s``: on a 2-core machine one run
    varies by a quarter. ``profile`` names the side that gets one more child under
    cProfile, whose breakdown (and its slower time, ``profiled_s``) is added to the row: a
    timed run is never profiled. With an ``anchor``, its run on each side's input comes
    between our runs (after the first two of three), so that the machine's drift within
    the minutes they take falls on both; returns our rows and the anchor's."""
    results, anchored = [], []
    for side in sizes:
        src, dst = make_input(hr, side, workdir / f"in-{side}.png"), workdir / f"out-{side}.png"
        cmd = [sys.executable, "-m", "patchscaler_gui.bench.child", "--input", str(src),
               "--output", str(dst), *model_args]
        log(f"  end to end {side}² → {side * SCALE}² ({REPEATS} child processes)")
        before = REPEATS - REPEATS // 2
        runs = [{"input": [side, side], **_child(cmd)} for _ in range(before)]
        if anchor is not None:
            anchored.append(_anchor_run(side, src, anchor, workdir, log))
        runs += [{"input": [side, side], **_child(cmd)} for _ in range(REPEATS - before)]
        failed = [r for r in runs if "error" in r]
        if failed:
            row = failed[0]
        else:
            runs.sort(key=lambda r: r["seconds"])
            row = {**runs[REPEATS // 2], "runs_s": [r["seconds"] for r in runs]}
        if side == profile and not failed:
            log(f"  end to end {side}² → {side * SCALE}², profiled (child process)")
            profiled = _child([*cmd, "--profile"])
            if "breakdown" in profiled:
                row.update(breakdown=profiled["breakdown"], profiled_s=profiled["seconds"])
        results.append(row)
        dst.unlink(missing_ok=True)
    return results, anchored


def _anchor_run(side: int, src: Path, anchor: RealESRGAN, workdir: Path,
                log: Callable[[str], None]) -> dict[str, Any]:
    """Real-ESRGAN end to end on our input ``src``, upscaled now even when its output is
    cached: the machine's speed drifts between sessions and within one (by up to a half on
    a shared 2-core machine), so a time compared with ours is of the same minutes."""
    dst = workdir / f"anchor-{side}.png"
    log(f"  end to end {side}² → {side * SCALE}², Real-ESRGAN")
    start, cpu = time.perf_counter(), time.process_time()
    with Image.open(src) as image:
        rgb = np.asarray(image.convert("RGB"))
    loading, cpu_loading = time.perf_counter() - start, time.process_time() - cpu
    made = anchor.timed(rgb, fresh=True)
    start, cpu = time.perf_counter(), time.process_time()
    save_image(dst, Picture(made.image), fmt="PNG", overwrite=True)
    saving, cpu_saving = time.perf_counter() - start, time.process_time() - cpu
    dst.unlink(missing_ok=True)
    seconds = loading + made.seconds + saving
    return {"input": [side, side], "output": [side * SCALE, side * SCALE],
            "seconds": seconds, "cpu_s": made.cpu + cpu_loading + cpu_saving,
            "upscale_s": made.seconds, "mp_per_s": (side * SCALE) ** 2 / 1e6 / seconds}
