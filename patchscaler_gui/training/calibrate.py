"""Stage 4: choose the default thresholds and per-group (start, steps) on validation photos.

The reference is uniform 15-step sampling of every patch with the same network. Candidate
plans (thresholds at difficulty quantiles × a small grid of per-group start/steps) are
ranked by their exact cost in patch-steps, known before any sampling; they are evaluated
cheapest first and the first one whose PSNR-Y is within ``tolerance`` dB of the reference
(the issue's criterion) and whose high-frequency energy is at least ``hf_share`` of the
reference's (our guard, so the cheapest plan cannot win by skipping the diffusion) becomes
the default. Easy patches may keep the coarse result (0 steps): where the GRM is confident,
the one-step refinement mostly adds grain.
"""

from __future__ import annotations

import itertools
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch

from patchscaler_gui.engine.degrade import bicubic_x4, realistic_x4
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.events import Settings
from patchscaler_gui.engine.grouping import GroupPlan, patch_difficulty, plan_patches
from patchscaler_gui.engine.metrics import hf_ratio, psnr_y
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.patches import Mosaic
from patchscaler_gui.engine.sampler import State, coarse_stage, upscale
from patchscaler_gui.training.common import Log

SIMPLE = ((2, 0), (2, 1), (3, 1), (3, 2), (5, 2))  # (start, steps); 0 steps keeps the coarse
MEDIUM = ((5, 2), (8, 3), (10, 4))
HARD = ((15, 4), (15, 6), (15, 8))


Case = tuple[np.ndarray, State, np.ndarray]  # LR input, its cached coarse stage, ground truth


def _score(model: PatchScaler, cases: list[Case], plan: GroupPlan, settings: Settings
           ) -> tuple[float, float]:
    """Mean PSNR-Y and HF ratio of one plan; every image restarts from its cached coarse."""
    psnrs, hfs = [], []
    for lr, state, hr in cases:
        fresh = replace(state, mosaic=Mosaic(state.y0, state.grid), windows={})
        out = drive(upscale(model, lr, plan, settings, state=fresh)).image
        psnrs.append(psnr_y(out, hr))
        hfs.append(hf_ratio(out, hr))
    return float(np.mean(psnrs)), float(np.mean(hfs))


def candidates(difficulty: np.ndarray) -> list[GroupPlan]:
    q = np.quantile(difficulty, [0.3, 0.5, 0.7, 0.8, 0.9, 0.95])
    plans = []
    for lo, hi in itertools.product(q[:3], q[3:]):
        for s, m, h in itertools.product(SIMPLE, MEDIUM, HARD):
            plans.append(GroupPlan((float(lo), float(hi)), (s[0], m[0], h[0]), (s[1], m[1], h[1])))
    return plans


def _inputs(val: torch.Tensor, realistic: bool, seed: int) -> list[np.ndarray]:
    """The LR inputs of HR crops: bicubic, or realistically degraded (one seed per crop)."""
    if not realistic:
        return [lr.permute(1, 2, 0).numpy() for lr in bicubic_x4(val)]
    return [realistic_x4(hr[None], torch.Generator().manual_seed(seed * 1000 + k))[0]
            .permute(1, 2, 0).numpy() for k, hr in enumerate(val)]


def calibrate(run_dir: Path, model: PatchScaler, val: torch.Tensor, tolerance: float = 0.1,
              hf_share: float = 2 / 3, max_evals: int = 30, seed: int = 0,
              max_cost: float = 1.0, cleanup: bool = False) -> dict[str, Any]:
    """``val``: HR crops (N, 3, H, W). Returns the chosen plan and the measurements.

    ``max_cost``: the most patch-steps a plan may spend, as a share of uniform sampling's
    (a speed budget); plans above it are not tried. ``cleanup``: the plan of the clean-up
    look (balanced), calibrated on realistically degraded crops with the clean-up coarse
    stage, whose confidence on such photos differs from the default GRM's on clean ones."""
    log = Log(run_dir, "calibrate")
    model.eval()
    settings = Settings(seed=seed, keep_windows=True, cleanup=cleanup)
    cases = [(lr, coarse_stage(model, lr, cleanup=cleanup), hr.permute(1, 2, 0).numpy())
             for lr, hr in zip(_inputs(val, cleanup, seed), val, strict=True)]
    diff = np.concatenate([patch_difficulty(s.confidence, s.grid.patch).ravel()
                           for _, s, _ in cases])
    T = model.schedule.T
    ref_psnr, ref_hf = _score(model, cases, GroupPlan.uniform(T, T), settings)
    ref_cost = len(diff) * model.schedule.T
    log(reference="uniform", cleanup=cleanup, psnr=ref_psnr, hf=ref_hf, patch_steps=ref_cost)
    costed = [(plan_patches(diff, p).cost().patch_steps, p) for p in candidates(diff)]
    ranked = sorted([c for c in costed if c[0] <= max_cost * ref_cost], key=lambda c: c[0])
    if not ranked:
        raise ValueError(f"no plan costs at most {max_cost:.3f}× uniform sampling")
    best: dict[str, Any] | None = None
    for n, (cost, plan) in enumerate(ranked[:: max(1, len(ranked) // max_evals)]):
        psnr, hf = _score(model, cases, plan, settings)
        ok = psnr >= ref_psnr - tolerance and hf >= hf_share * ref_hf
        log(candidate=n, plan=asdict(plan), psnr=psnr, hf=hf, cost_ratio=cost / ref_cost, ok=ok)
        if ok:
            best = {"plan": plan, "psnr": psnr, "hf": hf, "cost_ratio": cost / ref_cost,
                    "within_tolerance": True}
            break
        if best is None or psnr > best["psnr"]:
            best = {"plan": plan, "psnr": psnr, "hf": hf, "cost_ratio": cost / ref_cost,
                    "within_tolerance": False}
    assert best is not None
    return {**best, "reference_psnr": ref_psnr, "reference_hf": ref_hf}
