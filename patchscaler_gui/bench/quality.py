"""Quality and cost of each configuration on the validation photos.

Every configuration upscales the same inputs of each kind (``setup.DEGRADATIONS``); each
output is scored against its ground truth where the input has one (PSNR-Y, SSIM-Y,
PSNR-CbCr over the photos that have colour, HF ratio, seam score) and on its own (NIQE);
PSNR-Y and NIQE also at the app's smaller output scales, ×3, ×2 and ×1 (the output and its
ground truth each shrunk as the app saves them, :mod:`engine.outscale`); wall time and
denoiser patch-evaluations are summed over the photos. Model runs go through the same
sampler as the app, coarse stage included. Each look (faithful, balanced, detailed) is
measured by the row whose settings it has, or by a row of its own. With the anchor
(Real-ESRGAN x4plus, ``bench.anchor``) its row upscales the same inputs, quantised to 8 bits
as a file would be.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from patchscaler_gui.bench.anchor import RealESRGAN
from patchscaler_gui.bench.niqe import BLOCK, Pristine, niqe
from patchscaler_gui.bench.setup import REFERENCED, Sample, degrade, kinds
from patchscaler_gui.engine import events, metrics, sampler
from patchscaler_gui.engine.choices import LOOKS, OUTPUT_SCALES
from patchscaler_gui.engine.deblock import JpegSource
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.model import SCALE, PatchScaler
from patchscaler_gui.engine.outscale import shrink

CONFIGS = {
    "bicubic": "Bicubic",
    "lanczos": "Lanczos",
    "grm": "GRM only (coarse)",
    "pgs": "PGS, default budgets",
    "uniform": "Uniform, every patch T steps",
    "pgs_no_texture": "PGS, no texture prompt",
    "grm_cleanup": "GRM only, clean-up",
    "pgs_cleanup": "PGS, clean-up",
    **{f"look_{name}": f"PGS, {name} look" for name in LOOKS},
    "realesrgan": "Real-ESRGAN x4plus",
}
CLEANUP = ("grm_cleanup", "pgs_cleanup")  # only for a model with the clean-up GRM
CLASSIC = ("bicubic", "lanczos")  # no model
SMALLER = tuple(s for s in OUTPUT_SCALES if s < SCALE)  # the saved scales below the model's
METRICS = ("psnr_y", "ssim_y", "psnr_cbcr", "hf_ratio", "seam", "niqe",
           *(f"{m}_x{s}" for s in SMALLER for m in ("psnr_y", "niqe")))
Log = Callable[[str], None]


@dataclass(frozen=True)
class Output:
    image: np.ndarray
    seconds: float  # wall time of the whole upscale
    cpu: float  # CPU time of this process meanwhile (all threads)
    sampling: float  # of which diffusion (total minus the coarse stage)
    evals: int  # denoiser patch-evaluations


def classic_upscale(lr: np.ndarray, kind: str) -> np.ndarray:
    """``lr`` ((h, w, 3) in [0, 1]) ×4 by ``kind``: "bicubic" or "lanczos"."""
    h, w = lr.shape[:2]
    if kind == "bicubic":
        x = torch.from_numpy(lr).permute(2, 0, 1)[None]
        up = F.interpolate(x, scale_factor=SCALE, mode="bicubic", align_corners=False)
        return np.asarray(up[0].permute(1, 2, 0).clamp(0.0, 1.0).numpy(), np.float32)
    planes = [Image.fromarray(np.ascontiguousarray(lr[..., c])).resize(
        (w * SCALE, h * SCALE), Image.Resampling.LANCZOS) for c in range(3)]
    out: np.ndarray = np.stack([np.asarray(p, np.float32) for p in planes], axis=2)
    return out.clip(0.0, 1.0)


def _base_configs(model: PatchScaler) -> list[str]:
    return [c for c in CONFIGS if not c.startswith("look_") and c != "realesrgan"
            and (c not in CLEANUP or model.config.cleanup is not None)]


def looks(model: PatchScaler) -> dict[str, str]:
    """The configuration that measures each look: a row with the same settings, else its own."""
    base = _base_configs(model)
    out = {}
    for name in LOOKS:
        own = settings(model, f"look_{name}")
        out[name] = next((c for c in base if c not in CLASSIC and settings(model, c) == own),
                         f"look_{name}")
    return out


def configs(model: PatchScaler, anchor: bool = False, looks_only: bool = False) -> list[str]:
    """The configurations this model can run (and the anchor's, when it is there); with
    ``looks_only``, bicubic (the reference) and the rows that measure the looks."""
    rows = looks(model).values()
    ours = (["bicubic", *dict.fromkeys(rows)] if looks_only
            else _base_configs(model) + [c for c in rows if c.startswith("look_")])
    return ours + (["realesrgan"] if anchor else [])


def settings(model: PatchScaler, config: str) -> tuple[GroupPlan, events.Settings]:
    """The sampler plan and settings of a model configuration."""
    base = events.Settings(keep_windows=False)
    if config.startswith("look_"):
        look = model.config.look(config.removeprefix("look_"))
        return look.plan, look.settings(base)
    if config == "uniform":
        return GroupPlan.uniform(model.config.schedule.T, model.config.schedule.T), base
    return model.config.plan, {
        "grm": replace(base, coarse_only=True),
        "pgs": base,
        "pgs_no_texture": replace(base, texture=False),
        "grm_cleanup": replace(base, coarse_only=True, cleanup=True),
        "pgs_cleanup": replace(base, cleanup=True),
    }[config]


def _anchor(anchor: RealESRGAN, lr: np.ndarray) -> tuple[Output, bool]:
    """Real-ESRGAN's output of an (h, w, 3) float input, and whether it came from the cache."""
    made = anchor.timed((np.clip(lr, 0.0, 1.0) * 255 + 0.5).astype(np.uint8))
    image = made.image.astype(np.float32) / 255
    return Output(image, made.seconds, made.cpu, 0.0, 0), made.cached


def upscale(model: PatchScaler, lr: np.ndarray, config: str, jpeg: JpegSource | None = None
            ) -> Output:
    """Run one configuration on an (h, w, 3) input (decoded from the JPEG file ``jpeg``)."""
    start, cpu = time.perf_counter(), time.process_time()
    if config in CLASSIC:
        image = classic_upscale(lr, config)
        return Output(image, time.perf_counter() - start, time.process_time() - cpu, 0.0, 0)
    plan, chosen = settings(model, config)
    summary = drive(sampler.upscale(model, lr, plan, replace(chosen, jpeg=jpeg)))
    seconds = time.perf_counter() - start
    return Output(summary.image, seconds, time.process_time() - cpu,
                  seconds - summary.timings["coarse"],
                  0 if chosen.coarse_only else summary.counts["patch_steps"])


def _coloured(hr: np.ndarray) -> bool:
    """Whether a ground truth has colour: a grey photo's Cb and Cr are constant, its
    PSNR-CbCr is hundreds of dB for any grey output and would swamp the mean over photos."""
    return float(np.ptp(metrics.chroma(hr))) >= 1.0


def score(out: np.ndarray, hr: np.ndarray | None, period: int, pristine: Pristine | None
          ) -> dict[str, float]:
    """Every quality metric of one output (without a ground truth ``hr``, NIQE alone)."""
    shrunk = {s: shrink(out, s) for s in SMALLER}
    alone = {"niqe": _niqe(out, pristine),
             **{f"niqe_x{s}": _niqe(small, pristine) for s, small in shrunk.items()}}
    if hr is None:
        return {**dict.fromkeys(METRICS, math.nan), **alone}
    return {
        "psnr_y": metrics.psnr_y(out, hr),
        "ssim_y": metrics.ssim_y(out, hr),
        "psnr_cbcr": metrics.psnr_cbcr(out, hr) if _coloured(hr) else math.nan,
        "hf_ratio": metrics.hf_ratio(out, hr),
        "seam": metrics.seam_score(out, hr, period),
        **{f"psnr_y_x{s}": metrics.psnr_y(small, shrink(hr, s), border=s)  # 1 LR px, as at ×4
           for s, small in shrunk.items()},
        **alone,
    }


def _niqe(image: np.ndarray, pristine: Pristine | None) -> float:
    return niqe(image, pristine) if pristine and min(image.shape[:2]) >= BLOCK else math.nan


def _mean(values: list[float]) -> float:
    finite = [v for v in values if math.isfinite(v)]
    return float(np.mean(finite)) if finite else math.nan


def run(model: PatchScaler, data: list[Sample], pristine: Pristine | None, log: Log,
        anchor: RealESRGAN | None = None, names: list[str] | None = None
        ) -> dict[str, dict[str, dict[str, float]]]:
    """Mean metrics and summed cost of each configuration ``names`` (default: every one,
    :func:`configs`), per degradation (the anchor's row also counts its outputs that came
    from the cache, ``cached``)."""
    period = model.config.patch * SCALE
    warm = np.random.default_rng(0).random((2 * model.config.patch,) * 2 + (3,), np.float32)
    names = names or configs(model, anchor is not None)
    timed: list[str] = [c for c in ("pgs", "uniform") if c in names] or [  # the log's times
        c for c in names if c not in CLASSIC and c != "realesrgan"]
    for config in names:  # first calls pay one-off costs (allocator, kernel selection)
        if config != "realesrgan":
            upscale(model, warm, config)
    table: dict[str, dict[str, dict[str, float]]] = {}
    for kind in kinds(data):
        rows: dict[str, list[dict[str, float]]] = {c: [] for c in names}
        truth = kind in REFERENCED
        for k, sample in enumerate(data):
            lr, jpeg = degrade(sample, kind, seed=1000 + k)
            for config in names:
                cached = False
                if config == "realesrgan" and anchor is not None:
                    out, cached = _anchor(anchor, lr)
                else:
                    out = upscale(model, lr, config, jpeg)
                rows[config].append({**score(out.image, sample.hr if truth else None, period,
                                             pristine),
                                     "seconds": out.seconds, "cpu_s": out.cpu,
                                     "sampling_s": out.sampling, "evals": out.evals,
                                     "cached": float(cached)})
            log(f"  {kind} {k + 1}/{len(data)} {sample.name}: " + ", ".join(
                f"{CONFIGS[c]} {rows[c][-1]['seconds']:.1f} s" for c in timed))
        table[kind] = {c: {**{m: _mean([r[m] for r in rs]) for m in METRICS},
                           **{m: float(sum(r[m] for r in rs))
                              for m in ("seconds", "cpu_s", "sampling_s", "evals", "cached")}}
                       for c, rs in rows.items()}
    return table


def reference_niqe(data: list[Sample], pristine: Pristine | None, scale: int = SCALE
                   ) -> float:
    """Mean NIQE of the ground-truth photos themselves (at the ×``scale`` output scale)."""
    return _mean([_niqe(shrink(s.hr, scale), pristine) for s in data])


