"""A run folder's files, and what starts and ends a run.

A run (``runs/x4`` by default) holds ``model_config.json`` (:func:`run_config`), the
stages' ``<stage>.ckpt`` checkpoints, ``timings.json`` (:func:`record_time`: what each stage
cost, and where), ``calibration.json`` (:func:`calibrate_run`: the plans and looks chosen on
the validation photos) and ``log.jsonl``. A run starts empty, from a finished run thinned
(:func:`start_slim`) or narrowed (:func:`start_shrink`), or from a shipped model folder
(:func:`adopt`); :func:`export` writes it as a model folder.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.distributed as dist

from patchscaler_gui.bench.niqe import Pristine, pristine_model
from patchscaler_gui.engine.checkpoints import load_model, read_config, save_model
from patchscaler_gui.engine.denoiser import DenoiserConfig
from patchscaler_gui.engine.grm import GRMConfig
from patchscaler_gui.engine.looks import Look, derive
from patchscaler_gui.engine.model import ModelConfig, PatchScaler, tiny_config
from patchscaler_gui.training.calibrate import (
    LOOK_RULES,
    Cases,
    calibrate,
    calibrate_sharpen,
    cases,
    clean_floor,
    cost_difficulty,
    whole_photos,
)
from patchscaler_gui.training.common import (
    load_run_model,
    rank,
    save_checkpoint,
    world,
    write_json,
)
from patchscaler_gui.training.data import load_photos, val_crops
from patchscaler_gui.training.stages import PREFIXES

CONFIG = "model_config.json"  # the run's architecture
# The calibration crops' side: NIQE scores 96² blocks, and the looks are chosen on NIQE
# pooled over the crops' blocks; 192² crops (until the forty-second session) held 2 × 2
# blocks each, and plans chosen on them did not carry to whole photos (the detailed look's
# NIQE on the photos' own files 5.21 → 5.72 in a recalibration); 288² crops hold 3 × 3 (19
# of the 20 validation photos are that large).
CALIBRATION_CROP = 288
# The input side the looks' speed budgets are counted at (:func:`cost_difficulty`): the
# bench's end-to-end run's, where issue 13's speed target is measured.
COST_SIDE = 512


def default_config() -> ModelConfig:
    """The architecture a new run trains: a 6-block GRM, which ``slim`` then thins to the
    shipped 5 blocks (a ~1 s coarse preview of 512² on 2 cores)."""
    return ModelConfig(grm=GRMConfig(blocks=6), denoiser=DenoiserConfig())


def started(run: Path) -> bool:
    """Whether the folder ``run`` holds a run: its config, which a start writes last."""
    return (run / CONFIG).is_file()


def stored_config(run: Path) -> ModelConfig:
    """The architecture the run folder ``run`` holds."""
    return ModelConfig.from_dict(json.loads((run / CONFIG).read_text()))


def write_config(run: Path, config: ModelConfig) -> ModelConfig:
    """Write ``config`` as the run's (the first process only); returns it. A new run writes
    it last, once the files it starts from are in place."""
    if rank() == 0:
        run.mkdir(parents=True, exist_ok=True)
        write_json(run / CONFIG, config.to_dict())
    return config


def run_config(run: Path, tiny: bool) -> ModelConfig:
    """The run's architecture; a new run's is the default (``tiny``: the smoke tests')."""
    if started(run):
        return stored_config(run)
    return write_config(run, tiny_config() if tiny else default_config())


def record_time(run: Path, stage: str, seconds: float, device: torch.device) -> None:
    if rank() != 0:
        return
    path = run / "timings.json"
    data: dict[str, Any] = json.loads(path.read_text()) if path.is_file() else {}
    data[stage] = {"seconds": round(data.get(stage, {}).get("seconds", 0) + seconds, 1),
                   "device": str(device), "processes": world(),
                   "machine": f"{platform.machine()} {platform.processor()}".strip(),
                   "threads": torch.get_num_threads()}
    write_json(path, data)


def start_slim(run: Path, source: Path | None) -> ModelConfig:
    """Start a slim run from ``source``: its config with one GRM block less, and copies of
    its RTM, denoiser and timings (the shipped model records where every part came from).
    Returns the source's config."""
    if source is None:
        raise SystemExit("slim needs --from RUN, a finished run to thin")
    src = stored_config(source)
    if rank() == 0 and not started(run):
        config = replace(src, grm=replace(src.grm, blocks=src.grm.blocks - 1))
        run.mkdir(parents=True, exist_ok=True)
        for name in ("rtm.ckpt", "denoiser.ckpt"):
            if (source / name).is_file():
                shutil.copy2(source / name, run / name)
        timings = source / "timings.json"
        if timings.is_file():  # what the kept parts cost; this run calibrates anew
            spent = json.loads(timings.read_text())
            kept = {k: v for k, v in spent.items() if k in ("grm", "rtm", "denoiser")}
            write_json(run / "timings.json", kept)
        write_config(run, config)
    if dist.is_initialized():
        dist.barrier()
    return src


def start_shrink(a: argparse.Namespace) -> PatchScaler:
    """Start a shrink run from the run ``--from``: its config with a Patch-DiT and texture
    encoder ``--width`` wide (``--heads`` heads), its other weights (as ``adopted.ckpt``), its
    timings and its calibration (``train calibrate`` fits the looks to the new denoiser).
    Returns the source run's model, whose denoiser the new one learns from."""
    if a.source is None:
        raise SystemExit("shrink needs --from RUN, the finished run whose denoiser to distil")
    src = stored_config(a.source)
    heads = a.heads or src.denoiser.heads
    if started(a.run):
        width = stored_config(a.run).denoiser.width
        if a.width not in (None, width):
            raise SystemExit(f"{a.run}: its denoiser is {width} wide; another --width needs "
                             "a new run")
    elif a.width is None:
        raise SystemExit("shrink needs --width, the narrower denoiser's width")
    elif a.width % heads:  # checked on every rank, before any of them waits for the others
        raise SystemExit(f"--width {a.width} is not a multiple of {heads} heads")
    wide = load_run_model(a.source, src)
    if rank() == 0 and not started(a.run):
        config = replace(src, denoiser=replace(src.denoiser, width=a.width, heads=heads),
                         texture=replace(src.texture, width=a.width))
        a.run.mkdir(parents=True, exist_ok=True)
        kept = {k: v for k, v in wide.state_dict().items()
                if not k.startswith(PREFIXES["shrink"])}
        save_checkpoint(a.run / "adopted.ckpt", model=kept)
        for name in ("timings.json", "calibration.json"):
            if (a.source / name).is_file():
                shutil.copy2(a.source / name, a.run / name)
        write_config(a.run, config)
    if dist.is_initialized():
        dist.barrier()
    return wide


def with_parts(run: Path, config: ModelConfig, **parts: Any) -> ModelConfig:
    """The run's config with ``parts`` (e.g. the clean-up GRM's shape), written back where
    they change it: later stages and the export load it."""
    if any(getattr(config, k) != v for k, v in parts.items()):
        return write_config(run, replace(config, **parts))
    return config


def calibrate_run(a: argparse.Namespace, model: PatchScaler) -> None:
    """``train calibrate``: the plans and looks on the validation photos, into the run's
    ``calibration.json`` (``--sharpen-only``: each look's sharpening alone)."""
    photos = load_photos(a.data / "val")
    val = calibration_crops(a, photos)
    if a.sharpen_only:
        _calibrate_sharpen_only(a, model, val, photos)
    else:
        write_json(a.run / "calibration.json", _calibration(a, model, val, photos))


def calibration_crops(a: argparse.Namespace, photos: list[torch.Tensor]) -> torch.Tensor:
    """``--val-crops`` of the validation ``photos``' crops (two of :data:`CALIBRATION_CROP` px
    from each photo that large; the smallest NIQE can score, 96², in tiny runs), spread
    evenly over the photos: the first twelve photos' alone (before the forty-second session)
    were more textured than the rest, which hid what sharpening costs smooth photos."""
    size = 96 if a.tiny else CALIBRATION_CROP
    if not any(min(p.shape[1:]) >= size for p in photos):
        raise SystemExit(f"calibrate needs validation photos at least {size} px a side: "
                         f"none in {a.data}/val")
    val = val_crops(photos, size, per_photo=2)
    n = len(val) if a.val_crops is None else min(a.val_crops, len(val))
    return val[np.unique(np.linspace(0, len(val) - 1, n).round().astype(int))]


def _pristine(a: argparse.Namespace) -> Pristine:
    """The NIQE pristine model the looks and the sharpening are calibrated with (fitted
    on the training photos once per run, kept in the run folder)."""
    pristine, _ = pristine_model(a.data / "train", a.run, None, print)
    if pristine is None:
        raise SystemExit(f"calibrate needs the NIQE pristine model: no photos in {a.data}/train")
    return pristine


def _floats(photos: list[torch.Tensor]) -> list[np.ndarray]:
    """(3, H, W) uint8 photos as (H, W, 3) float32 in [0, 1]."""
    return [p.permute(1, 2, 0).numpy().astype(np.float32) / 255 for p in photos]


def _calibration(a: argparse.Namespace, model: PatchScaler, val: torch.Tensor,
                 photos: list[torch.Tensor]) -> dict[str, Any]:
    """The calibrated plan (the faithful look's, on clean crops with the default GRM, within
    ``--max-cost``) and the looks', both on what people see: balanced within
    ``--balanced-cost`` and detailed within ``--detail-cost``, on realistically degraded
    crops with the clean-up coarse stage where the model has one, the balanced look held on
    the clean photos whole too (:func:`clean_floor`, :func:`whole_photos`). Each budget is
    counted on the validation ``photos`` as the bench's end-to-end run upscales them
    (:func:`cost_difficulty`, :data:`COST_SIDE`), clean for the faithful plan."""
    side = 32 if a.tiny else COST_SIDE
    whole = _floats(photos)
    clean = cases(model, val, False, a.seed)
    clean_costed = cost_difficulty(model, whole, False, side, a.seed)
    result = calibrate(a.run, model, clean, seed=a.seed, max_cost=a.max_cost,
                       costed=clean_costed)
    cleanup = model.config.cleanup is not None
    degraded = cases(model, val, True, a.seed) if cleanup else clean  # made once for all
    held = cases(model, whole_photos(whole), cleanup, a.seed, realistic=False)
    costed = cost_difficulty(model, whole, True, side, a.seed) if cleanup else clean_costed
    pristine = _pristine(a)
    looks = {name: calibrate(a.run, model, degraded, seed=a.seed, max_cost=cost,
                             pristine=pristine, costed=costed,
                             held=(held, clean_floor(held, name)) if LOOK_RULES[name].clean
                             else None)
             for name, cost in (("balanced", a.balanced_cost), ("detailed", a.detail_cost))}
    result["looks"] = {name: {**r, "plan": asdict(r["plan"]), "cleanup": cleanup}
                       for name, r in looks.items()}
    if cleanup:
        _sharpen_looks(a, model, degraded, held, result["looks"], pristine)
    return {**result, "plan": asdict(result["plan"])}


def _sharpen_looks(a: argparse.Namespace, model: PatchScaler, degraded: Cases, clean: Cases,
                   looks: dict[str, Any], pristine: Pristine) -> None:
    """Each clean-up look's sharpening and low band (:func:`calibrate_sharpen`) on the
    degraded crops (and the clean photos, both with the clean-up stage), into its
    calibration entry."""
    for name, look in looks.items():
        if look.get("cleanup", True):
            look["sharpen"] = calibrate_sharpen(a.run, model, degraded, name, look, pristine,
                                                seed=a.seed, clean=clean)
            look["lowband"] = look["sharpen"].pop("lowband")


def _calibrate_sharpen_only(a: argparse.Namespace, model: PatchScaler, val: torch.Tensor,
                            photos: list[torch.Tensor]) -> None:
    """``calibrate --sharpen-only``: the sharpening of each clean-up look the run's
    calibration stores (an adopted run keeps its model's), the plans kept."""
    path = a.run / "calibration.json"
    if model.config.cleanup is None or not path.is_file():
        raise SystemExit("--sharpen-only needs a calibrated run of a model with a clean-up GRM")
    pristine = _pristine(a)
    calibration = json.loads(path.read_text())
    calibration.pop("sharpen", None)  # one amount for every look, before looks had their own
    _sharpen_looks(a, model, cases(model, val, True, a.seed),
                   cases(model, whole_photos(_floats(photos)), True, a.seed, realistic=False),
                   calibration["looks"], pristine)
    write_json(path, calibration)


def calibrated_looks(calibration: dict[str, Any], T: int) -> dict[str, Any]:
    """The looks a calibration stores (the faithful look is the model's plan); an older
    calibration without the detailed look gets it derived from the balanced one (its
    sharpening too), and one with a single sharpening (before each look had its own) gives
    it to every look."""
    shared = {"sharpen": calibration["sharpen"]} if "sharpen" in calibration else {}
    stored = {name: Look.from_dict({"cleanup": True, **shared, **r})
              for name, r in calibration.get("looks", {}).items()}
    if "balanced" in stored and "detailed" not in stored:
        stored["detailed"] = replace(derive(stored["balanced"].plan, True, T)["detailed"],
                                     sharpen=stored["balanced"].sharpen)
    return {name: asdict(look) for name, look in stored.items()}


def export(run: Path, model: PatchScaler, out: Path, data: Path) -> Path:
    """Write the run's model with its calibrated plan and looks, data manifest summary and
    timings."""
    calib_path = run / "calibration.json"
    if calib_path.is_file():
        calibration = json.loads(calib_path.read_text())
        config = model.config.to_dict()
        config["plan"] = calibration["plan"]
        config["looks"] = calibrated_looks(calibration, model.schedule.T) or config.get("looks")
        trained = PatchScaler(ModelConfig.from_dict(config))
        trained.load_state_dict(model.state_dict())
        model = trained
    manifest = data / "manifest.json"
    summary = json.loads(manifest.read_text()).get("summary", {}) if manifest.is_file() else {}
    timings = run / "timings.json"
    extra = {
        "name": out.name, "scale": 4, "trained": True,
        "training": json.loads(timings.read_text()) if timings.is_file() else {},
        "calibration": json.loads(calib_path.read_text()) if calib_path.is_file() else None,
        "data": {k: v for k, v in summary.items() if k != "dropped"},
    }
    return save_model(model, out, extra)


def adopt(source: Path, run: Path) -> None:
    """Start ``run`` from the model folder ``source``: its architecture, every weight (as
    ``adopted.ckpt``, read before the stages' own checkpoints), its training record and its
    calibration, so that a stage such as ``retune`` fine-tunes the shipped model and
    ``export`` records what came before."""
    if started(run):
        raise SystemExit(f"{run} already holds a run; adopt starts a new one")
    model = load_model(source)
    run.mkdir(parents=True, exist_ok=True)
    save_checkpoint(run / "adopted.ckpt", model=model.state_dict())
    config = read_config(source)
    write_json(run / "timings.json", config.get("training") or {})
    if config.get("calibration"):  # kept unless `train calibrate` runs again
        write_json(run / "calibration.json", config["calibration"])
    write_config(run, model.config)
