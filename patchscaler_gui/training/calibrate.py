"""Stage 4: choose the default thresholds and per-group (start, steps) on validation photos.

The reference is uniform 15-step sampling of every patch with the same network. Candidate
plans (thresholds at difficulty quantiles × a small grid of per-group start/steps) are
ranked by their exact cost in patch-steps, known before any sampling and counted on the
median validation photo as the bench upscales it (:func:`cost_share`); they are evaluated
cheapest first and the first one whose PSNR-Y is within ``tolerance`` dB of the reference
(the issue's criterion) and whose high-frequency energy is at least ``hf_share`` of the
reference's (our guard, so the cheapest plan cannot win by skipping the diffusion) becomes
the default. Easy patches may keep the coarse result (0 steps): where the GRM is confident,
the one-step refinement mostly adds grain.

The balanced and detailed looks are calibrated on what people see instead: given a NIQE
pristine model, every candidate within the look's budget is scored, and among those whose
PSNR-Y stays within ``tolerance`` of the reference (the floor) the one with the lowest NIQE
wins, NIQE taken of all crops' blocks together (a 288² crop has nine 96² blocks). The
balanced look, the one every photo gets, must also keep its target on clean inputs: on
the validation photos whole, bicubic inputs as the bench makes them (with the same coarse
stage), its PSNR-Y at least bicubic upscaling's + :data:`CLEAN_GAIN`, plus the margin its
sharpening may spend there (:func:`clean_floor`). Whole photos, since the crops overstate
the gain: a plan 0.38 dB over bicubic on the crops was 0.28 dB over it on the photos.
The winner is then scored without the texture prompt, which the look drops when that keeps
PSNR-Y above the floors and lowers NIQE (it also makes each patch-step a third cheaper).
Plans are chosen unsharpened; then :func:`calibrate_sharpen` chooses each clean-up look's
edge contrast on its plan, by the same two measures (:data:`LOOK_RULES`): the balanced
look (the default) may give up only 0.05 dB of its PSNR-Y for it, on realistically degraded
crops and on the clean (bicubic) photos alike, since it is the look every photo gets; the
detailed look down to the floor its plan was chosen above, with a wider radius among the
choices. The balanced look may also keep the coarse result's low band (its output's change
from the coarse result only where a ×4 downscale cannot see it, :mod:`engine.lowband`),
which takes back most of the PSNR-Y a wider sharpening costs.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch

from patchscaler_gui.bench.niqe import Pristine, niqe_pooled
from patchscaler_gui.bench.quality import classic_upscale
from patchscaler_gui.bench.scaling import input_pixels
from patchscaler_gui.bench.setup import center_crop
from patchscaler_gui.engine.degrade import bicubic_x4, realistic_x4
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.events import Settings
from patchscaler_gui.engine.grouping import GroupPlan, plan_patches
from patchscaler_gui.engine.metrics import hf_ratio, psnr_y
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.patches import Mosaic
from patchscaler_gui.engine.sampler import State, coarse_stage, upscale
from patchscaler_gui.engine.sharpen import Sharpening
from patchscaler_gui.training.common import Log

SIMPLE = ((2, 0), (2, 1), (3, 1), (3, 2), (5, 2))  # (start, steps); 0 steps keeps the coarse
MEDIUM = ((5, 2), (8, 3), (10, 4))
HARD = ((15, 4), (15, 6), (15, 8))
TOLERANCE = 0.1  # dB of PSNR-Y under uniform sampling's that a plan may give up: the floor
SHARPEN = (0.125, 0.25, 0.5, 0.75, 1.0)  # amounts of a look's edge contrast to try
CLEAN_GAIN = 0.3  # dB of PSNR-Y over bicubic upscaling's a look held on clean inputs keeps
# there (issue 13's target for the default look on bicubic inputs)


@dataclass(frozen=True)
class LookRule:
    """How a clean-up look is held: its plan (:func:`calibrate`, ``held``) and its
    sharpening (:func:`calibrate_sharpen`)."""

    margin: float | None  # the PSNR-Y its sharpening may cost (dB under the unsharpened
    # output's; None: down to the floor the look's plan was chosen above)
    radii: tuple[float, ...]  # the sharpening's σ (px) tried
    lowbands: tuple[bool, ...]  # whether keeping the coarse result's low band is tried
    clean: bool  # whether clean (bicubic) inputs hold it too: its plan to :func:`clean_floor`,
    # its sharpening to ``margin``


# The balanced look's margin was half the default look's over Real-ESRGAN's +1.0 dB target
# when it was set; since the forty-second session it holds on clean inputs too (the first
# twelve validation photos' crops had hidden what sharpening costs smooth photos: 0.23 dB at
# σ 2 px × 0.25 on the other eight's). The detailed look is the detail end of the axis; the
# low band is not offered to it, since on whole photos it cost that look NIQE on realistic
# inputs and the photos' own files at every sharpening tried (fortieth session; model card),
# where the calibration crops' pooled NIQE favoured it.
LOOK_RULES = {"balanced": LookRule(0.05, (1.0, 2.0), (False, True), clean=True),
              "detailed": LookRule(None, (1.0, 2.0, 3.0), (False,), clean=False)}


Case = tuple[np.ndarray, State, np.ndarray]  # LR input, its cached coarse stage, ground truth


@dataclass(frozen=True)
class Cases:
    """The calibration crops as :func:`cases` made them, and how: realistically degraded
    inputs or bicubic ones, with the clean-up coarse stage or the default GRM. ``scores``:
    each plan's with each run settings on them, once scored (:func:`score`)."""

    items: list[Case]
    cleanup: bool
    realistic: bool
    scores: dict[tuple[GroupPlan, Settings], Score] = field(default_factory=dict,
                                                            compare=False, repr=False)


@dataclass(frozen=True)
class Score:
    """One plan on the calibration crops: mean PSNR-Y and HF ratio, and NIQE of all crops'
    blocks together (None without a pristine model)."""

    psnr: float
    hf: float
    niqe: float | None = None


def _score(model: PatchScaler, crops: list[Case], plan: GroupPlan, settings: Settings,
           pristine: Pristine | None = None) -> Score:
    """Every image restarts from its cached coarse stage."""
    outs, hrs = [], []
    for lr, state, hr in crops:
        fresh = replace(state, mosaic=Mosaic(state.y0, state.grid), windows={})
        outs.append(drive(upscale(model, lr, plan, settings, state=fresh)).image)
        hrs.append(hr)
    return Score(float(np.mean([psnr_y(o, h) for o, h in zip(outs, hrs, strict=True)])),
                 float(np.mean([hf_ratio(o, h) for o, h in zip(outs, hrs, strict=True)])),
                 niqe_pooled(outs, pristine) if pristine is not None else None)


def score(model: PatchScaler, crops: Cases, plan: GroupPlan, settings: Settings,
          pristine: Pristine | None = None) -> Score:
    """``plan`` with ``settings`` on ``crops``, scored once per crops, plan and settings
    (again only to add NIQE) and kept in ``crops``: the looks and their sharpening share
    the degraded crops and the clean photos, and with them the plans they all score (the
    uniform reference, candidates both looks' budgets allow, each look's winner)."""
    kept = crops.scores.get((plan, settings))
    if kept is None or (pristine is not None and kept.niqe is None):
        kept = crops.scores[plan, settings] = _score(model, crops.items, plan, settings,
                                                     pristine)
    return kept


def uniform_reference(model: PatchScaler, crops: Cases, settings: Settings,
                      pristine: Pristine | None = None) -> Score:
    """Uniform sampling (every patch, all T steps) of ``crops`` with ``settings``: the
    reference the floors are measured from, the dearest score of a calibration."""
    T = model.schedule.T
    return score(model, crops, GroupPlan.uniform(T, T), settings, pristine)


def candidates(difficulty: np.ndarray) -> list[GroupPlan]:
    q = np.quantile(difficulty, [0.3, 0.5, 0.7, 0.8, 0.9, 0.95])
    plans = []
    for lo, hi in itertools.product(q[:3], q[3:]):
        for s, m, h in itertools.product(SIMPLE, MEDIUM, HARD):
            plans.append(GroupPlan((float(lo), float(hi)), (s[0], m[0], h[0]), (s[1], m[1], h[1])))
    return plans


def _inputs(val: Iterable[torch.Tensor], realistic: bool, seed: int) -> list[np.ndarray]:
    """The LR inputs of HR images: bicubic, or realistically degraded (one seed per image)."""
    if not realistic:
        return [bicubic_x4(hr[None])[0].permute(1, 2, 0).numpy() for hr in val]
    return [realistic_x4(hr[None], torch.Generator().manual_seed(seed * 1000 + k))[0]
            .permute(1, 2, 0).numpy() for k, hr in enumerate(val)]


def whole_photos(photos: list[np.ndarray]) -> list[torch.Tensor]:
    """The validation photos ((h, w, 3) in [0, 1]) as the bench scores them: whole, each cut
    to a multiple of 4 px a side, (3, H, W), for :func:`cases`."""
    return [torch.from_numpy(center_crop(p, None)).permute(2, 0, 1) for p in photos]


def cases(model: PatchScaler, val: Iterable[torch.Tensor], cleanup: bool, seed: int,
          realistic: bool | None = None) -> Cases:
    """The calibration images ``val`` (HR, each (3, H, W): the crops, or the photos whole) as
    :func:`calibrate` and :func:`calibrate_sharpen` read them: each one's input
    (realistically degraded, by default for the clean-up stage, else bicubic), its coarse
    stage (unsharpened, whatever the model stores: plans and the sharpening are chosen from
    there) and its ground truth. Made once, read by every call."""
    model.eval()
    realistic = cleanup if realistic is None else realistic
    images = list(val)
    return Cases([(lr, coarse_stage(model, lr, cleanup=cleanup), hr.permute(1, 2, 0).numpy())
                  for lr, hr in zip(_inputs(images, realistic, seed), images, strict=True)],
                 cleanup, realistic)


def calibrate_sharpen(run_dir: Path, model: PatchScaler, cleaned: Cases, name: str,
                      look: dict[str, Any], pristine: Pristine, seed: int = 0,
                      clean: Cases | None = None) -> dict[str, Any]:
    """The look ``name``'s edge contrast (:mod:`engine.sharpen`) and low band
    (:mod:`engine.lowband`), on realistically degraded crops (``cleaned``: :func:`cases`
    with clean-up) with the look's calibration entry ``look`` (its ``plan`` and ``texture``
    switch): of none and the amounts :data:`SHARPEN` at each of its
    radii (:data:`LOOK_RULES`), each with the coarse result's low band kept and not
    (where the look is offered it), those whose PSNR-Y stays at or above the look's floor
    (and, for a look held to it on clean inputs, at or above its margin under the plain
    output's on ``clean``: the validation photos whole, bicubic inputs, with clean-up,
    :func:`whole_photos`) and whose NIQE is lower than the plain output's (unsharpened, its
    own low band); the one with the lowest NIQE, else that plain output. ``lowband`` in the
    result: whether it keeps the low band."""
    rule = LOOK_RULES[name]
    if not (cleaned.cleanup and cleaned.realistic):
        raise ValueError("the sharpening is calibrated on degraded crops with the clean-up "
                         "stage")
    held: Cases | None = None  # the clean photos the margin holds on too, if any
    if rule.clean:
        if clean is None or not clean.cleanup or clean.realistic or rule.margin is None:
            raise ValueError(f"the {name} look's sharpening is held to its margin on clean "
                             "photos with the clean-up stage too: pass them")
        held = clean
    log = Log(run_dir, "calibrate")
    plan = GroupPlan.from_dict(look["plan"])
    settings = Settings(seed=seed, keep_windows=True, cleanup=True,
                        texture=bool(look.get("texture", True)))
    base = score(model, cleaned, plan, settings, pristine)
    if rule.margin is not None:
        floor = base.psnr - rule.margin
    else:  # the floor the plan was chosen above, on these crops
        floor = uniform_reference(model, cleaned, replace(settings, texture=True)).psnr - TOLERANCE
    floors = ({"clean_floor": score(model, held, plan, settings).psnr - (rule.margin or 0.0)}
              if held else {})
    log(look=name, sharpen=0.0, psnr=base.psnr, hf=base.hf, niqe=base.niqe, floor=floor,
        **floors)
    (chosen, low), best = (Sharpening(), False), base
    tried = [Sharpening(a, sigma) for sigma in rule.radii for a in SHARPEN]
    for s, lowband in itertools.product([Sharpening(), *tried], rule.lowbands):
        if not (s.amount or lowband):
            continue  # the plain output: scored above
        varied = replace(settings, sharpen=s, lowband=lowband)
        got = score(model, cleaned, plan, varied, pristine)
        ok = got.psnr >= floor and (got.niqe or 0.0) < (base.niqe or 0.0)
        on_clean: dict[str, float] = {}
        if held and ok:  # the clean photos are dear: only where the rest holds
            on_clean["clean_psnr"] = score(model, held, plan, varied).psnr
            ok = ok and on_clean["clean_psnr"] >= floors["clean_floor"]
        log(look=name, sharpen=s.amount, sigma=s.sigma, lowband=lowband, psnr=got.psnr,
            hf=got.hf, niqe=got.niqe, ok=ok, **on_clean)
        if ok and (got.niqe or 0.0) < (best.niqe or 0.0):
            (chosen, low), best = (s, lowband), got
    return {**asdict(chosen), "lowband": low, "psnr": best.psnr, "hf": best.hf,
            "niqe": best.niqe, "floor": floor, "unsharpened_psnr": base.psnr,
            "unsharpened_niqe": base.niqe, **floors}


def cost_difficulty(model: PatchScaler, photos: list[np.ndarray], cleanup: bool, side: int,
                    seed: int = 0) -> list[np.ndarray]:
    """Per photo, the difficulties of the patches a plan's speed is counted on: the photos
    ((h, w, 3) in [0, 1]) as the bench's end-to-end run upscales them
    (:func:`scaling.input_pixels` at ``side``², realistically degraded for the clean-up
    stage, else bicubic), each with its own seed, through the coarse stage ``cleanup``
    names. The calibration crops' own patches do not hold a plan's cost on whole photos:
    cut at the photos' full resolution, they have more hard patches than a photo brought to
    512² (a balanced plan within 0.12× uniform sampling's patch-steps on the forty-second
    session's 288² crops spent 0.092× on the median photo here, the shipped one 0.079×, and
    its end-to-end run was 15 % slower, under issue 13's speed target)."""
    model.eval()
    return [coarse_stage(model, input_pixels(hr, side, seed * 1000 + k, cleanup),
                         cleanup=cleanup).difficulty.ravel() for k, hr in enumerate(photos)]


def cost_share(plan: GroupPlan, per_photo: list[np.ndarray], T: int) -> float:
    """A plan's patch-steps as a share of uniform sampling's (all ``T`` steps) on the median
    photo (``per_photo``: each photo's patch difficulties): a typical photo's cost, which the
    bench times, where a mean would follow the few photos with the most hard patches."""
    return float(np.median([plan_patches(d, plan).cost().patch_steps / (len(d) * T)
                            for d in per_photo]))


def clean_floor(clean: Cases, name: str) -> float:
    """The PSNR-Y the look ``name``'s plan keeps on ``clean`` (bicubic inputs): bicubic
    upscaling's + :data:`CLEAN_GAIN`, plus the margin its sharpening may then spend there."""
    bicubic = np.mean([psnr_y(classic_upscale(lr, "bicubic"), hr) for lr, _, hr in clean.items])
    return float(bicubic) + CLEAN_GAIN + (LOOK_RULES[name].margin or 0.0)


def calibrate(run_dir: Path, model: PatchScaler, crops: Cases, tolerance: float = TOLERANCE,
              hf_share: float = 2 / 3, max_evals: int = 30, seed: int = 0,
              max_cost: float = 1.0, pristine: Pristine | None = None,
              costed: list[np.ndarray] | None = None,
              held: tuple[Cases, float] | None = None) -> dict[str, Any]:
    """``crops``: the calibration crops (:func:`cases`); a plan for the coarse stage they
    were made with: with clean-up (the balanced and detailed looks) they are realistically
    degraded, since the clean-up stage's confidence on such photos differs from the default
    GRM's on clean ones. Returns the chosen plan and the measurements.

    ``max_cost``: the most patch-steps a plan may spend, as a share of uniform sampling's
    on the median of the photos ``costed`` (:func:`cost_difficulty`, :func:`cost_share`;
    default: the crops', as one), a speed budget; plans above it are not tried, and the
    cheaper are tried first.
    ``pristine``: calibrate on what people see (the lowest NIQE above the PSNR floor; the
    balanced and detailed looks).
    ``held``: other images (the validation photos whole, bicubic inputs, with the same
    coarse stage) and the PSNR-Y the plan must keep on them too (:func:`clean_floor`): the
    passing plans are checked there in order of NIQE, and the first that holds wins (none
    holding: the one nearest it)."""
    log = Log(run_dir, "calibrate")
    model.eval()
    cleanup = crops.cleanup
    settings = Settings(seed=seed, keep_windows=True, cleanup=cleanup)
    diff = np.concatenate([s.difficulty.ravel() for _, s, _ in crops.items])
    per_photo = [diff] if costed is None else costed
    ref = uniform_reference(model, crops, settings, pristine)
    log(reference="uniform", cleanup=cleanup, psnr=ref.psnr, hf=ref.hf, niqe=ref.niqe,
        patch_steps=len(diff) * model.schedule.T)
    priced = [(cost_share(p, per_photo, model.schedule.T), p) for p in candidates(diff)]
    ranked = sorted([c for c in priced if c[0] <= max_cost], key=lambda c: c[0])
    if not ranked:
        raise ValueError(f"no plan costs at most {max_cost:.3f}× uniform sampling")

    def holds(plan: GroupPlan, varied: Settings) -> tuple[bool, float | None]:
        """Whether ``plan`` keeps ``held``'s floor, and its PSNR-Y there."""
        if held is None:
            return True, None
        psnr = score(model, held[0], plan, varied).psnr
        return psnr >= held[1], psnr

    tried = []
    for n, (cost, plan) in enumerate(ranked[:: max(1, len(ranked) // max_evals)]):
        got = score(model, crops, plan, settings, pristine)
        floor = got.psnr >= ref.psnr - tolerance
        ok = floor and (pristine is not None or got.hf >= hf_share * ref.hf)
        log(candidate=n, plan=asdict(plan), psnr=got.psnr, hf=got.hf, niqe=got.niqe,
            cost_ratio=cost, ok=ok)
        tried.append((ok, got, cost, plan))
        if ok and pristine is None:  # the cheapest plan that meets the criterion
            break
    passing = [t for t in tried if t[0]]
    clean_psnr: float | None = None
    if pristine is not None and passing:  # the lowest NIQE that holds on ``held`` too
        checked = []
        for t in sorted(passing, key=lambda t: t[1].niqe or 0.0):
            kept, clean_psnr = holds(t[3], settings)
            if held is not None:
                log(held=asdict(t[3]), clean_psnr=clean_psnr, clean_floor=held[1], ok=kept)
            checked.append((kept, clean_psnr, t))
            if kept:
                break
        kept, clean_psnr, (ok, got, cost, plan) = max(
            checked, key=lambda c: (c[0], c[1] or 0.0))  # the one that held, else the nearest
        ok = ok and kept
    else:  # the first that passed, else the best PSNR-Y
        ok, got, cost, plan = passing[0] if passing else max(tried, key=lambda t: t[1].psnr)
    texture: bool | None = None
    if pristine is not None:  # the winner once more, without the texture prompt
        plain_settings = replace(settings, texture=False)
        plain = score(model, crops, plan, plain_settings, pristine)
        better = plain.psnr >= ref.psnr - tolerance and (plain.niqe or 0.0) < (got.niqe or 0.0)
        plain_kept, plain_clean = holds(plan, plain_settings) if better else (False, None)
        texture = not (better and plain_kept)
        log(texture=texture, psnr=plain.psnr, hf=plain.hf, niqe=plain.niqe,
            **({"clean_psnr": plain_clean} if plain_clean is not None else {}))
        if not texture:
            ok, got, clean_psnr = True, plain, plain_clean
    chosen: dict[str, Any] = {"plan": plan, "psnr": got.psnr, "hf": got.hf,
                              "cost_ratio": cost, "within_tolerance": ok}
    reference: dict[str, Any] = {"reference_psnr": ref.psnr, "reference_hf": ref.hf}
    if texture is not None:
        chosen["texture"] = texture
        chosen["niqe"], reference["reference_niqe"] = got.niqe, ref.niqe
    if held is not None:
        chosen["clean_psnr"], reference["clean_floor"] = clean_psnr, held[1]
    return {**chosen, **reference}
