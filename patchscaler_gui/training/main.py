"""``patchscaler train STAGE [options]``: prepare | grm | rtm | denoiser | calibrate | export | all,
``slim`` (a new run whose GRM is one block thinner, fine-tuned from a finished run's),
``shrink`` (a new run whose Patch-DiT and texture encoder are narrower, distilled from a
finished run's: ``--width``, ``--heads``),
``cleanup`` (adds a second GRM for noisy, JPEG-compressed photos: the run's GRM fine-tuned
on mostly realistic degradations; ``--blocks`` makes it thinner, or thins the one the run
has), ``gate`` (adds the gate that blends the two GRMs by how degraded the input looks),
``deblock`` (adds the deblocker that the coarse stage runs on JPEG files first),
``confidence`` (trains only the GRM's confidence, on half degraded inputs, for a GRM
fine-tuned on clean ones), ``teach`` (teacher targets: Real-ESRGAN x4plus on degraded
training crops, kept in ``data/teacher``), ``distill`` (fine-tunes the clean-up GRM towards
those targets above the LR Nyquist), ``retune`` (fine-tunes the run's denoiser on both GRMs'
coarse results, optionally with a spectrum or a texture-statistics term), ``adopt`` (starts
a run from a shipped model folder, ``--from``, so later stages fine-tune it), ``sheet`` (the
crop sheet of a finished model), ``pack`` (the prepared photos as a small folder in the
source tree, for a machine that cannot download them) and ``recipe`` (every stage in one run
within a time budget: the GPU recipe; with ``--from MODEL``, that model's denoiser alone).

Every stage reads and writes one run folder (default ``runs/x4``; its files, and what starts
and ends a run, in :mod:`runs`): ``model_config.json``, ``<stage>.ckpt`` checkpoints
(resumed when present), ``log.jsonl``, ``calibration.json`` and ``timings.json``.
``export`` writes the shipped model folder. Under ``torchrun`` the GRM
and denoiser stages run data-parallel; ``--device cuda`` trains on a GPU. ``--seconds``
gives a training stage a time budget instead of an iteration count.
"""

from __future__ import annotations

import argparse
import functools
import os
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist

from patchscaler_gui.bench.setup import DEGRADATIONS
from patchscaler_gui.engine.checkpoints import default_model, load_model
from patchscaler_gui.engine.chroma import ChromaConfig
from patchscaler_gui.engine.deblock import DeblockConfig
from patchscaler_gui.engine.denoiser import DenoiserConfig
from patchscaler_gui.engine.gate import GateConfig
from patchscaler_gui.engine.grm import GRM, GRMConfig
from patchscaler_gui.engine.model import ModelConfig, tiny_config
from patchscaler_gui.engine.mottle import MottleConfig
from patchscaler_gui.training import prepare, runs, teacher
from patchscaler_gui.training.common import (
    init_distributed,
    load_run_model,
    pick_device,
    rank,
)
from patchscaler_gui.training.data import (
    CropSampler,
    check_shares,
    jpeg_batches,
    load_photos,
)
from patchscaler_gui.training.pack import pack
from patchscaler_gui.training.rtm import build_rtm
from patchscaler_gui.training.sheet import render_sheet
from patchscaler_gui.training.stages import (
    DISTILL_DETAIL,
    RETUNE_DETAIL,
    LoopConfig,
    drop_blocks,
    middle_blocks,
    photo_stream,
    train_deblock,
    train_denoiser,
    train_distill,
    train_gate,
    train_grm,
    train_shrink,
    triple_stream,
)

PACK = Path("resources/trainpack")
STAGES = ("grm", "rtm", "denoiser", "slim", "shrink", "cleanup", "distill", "gate", "deblock",
          "confidence", "retune", "calibrate", "export")
ALL = ("grm", "rtm", "denoiser", "calibrate", "export")
TOOLS = ("prepare", "pack", "sheet", "recipe", "adopt", "teach")
# The GPU recipe: each training stage's share of --seconds and its batch on a GPU (the rest of
# the budget is left for the RTM, the calibration, the export and starting up).
# Residual blocks of a new clean-up GRM (at most the GRM's): thinner than the GRM, since the
# gate runs both for the default look and the app's coarse preview should stay near 1 s.
CLEANUP_BLOCKS = 3
RECIPE_VAL_CROPS = 12  # the recipe's calibration crops (its time budget: about the pixels
# of the 24 crops of 192² it had), unless given
RECIPE = (("grm", 0.30, 64), ("rtm", 0.0, 0), ("denoiser", 0.33, 128), ("cleanup", 0.13, 64),
          ("gate", 0.03, 64), ("deblock", 0.03, 64), ("calibrate", 0.0, 0), ("export", 0.0, 0))
# The denoiser recipe (``recipe --from MODEL``): the model's GRMs, gate and deblocker kept and
# the whole budget spent on retuning its denoiser on both GRMs' coarse results. On the GPU of
# the forty-first session, the recipe's GRMs trained from scratch fell short of the CPU-trained
# ones, while its denoiser (95 s) moved the shipped looks' trade curve. The looks keep the
# model's calibration; `train calibrate` afterwards (about 16 minutes on two CPU cores) fits
# them to the new denoiser.
DENOISER_RECIPE = (("retune", 1.0, 128), ("export", 0.0, 0))


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="patchscaler train")
    p.add_argument("--run-dir", "--run", dest="run", type=Path, default=Path("runs/x4"),
                   help="run folder (spell it --run-dir under torchrun)")
    p.add_argument("--data", type=Path, default=Path("data"), help="prepared data folder")
    p.add_argument("--device", default="auto", help="auto | cpu | cuda")
    p.add_argument("--iters", type=int, help="iterations of this stage (grm/denoiser)")
    p.add_argument("--seconds", type=float,
                   help="train for this long instead of a number of iterations (a time budget "
                   "for the whole stage, resumes included)")
    p.add_argument("--workers", type=int, default=0,
                   help="processes that cut and degrade the training crops (0: none)")
    p.add_argument("--batch", type=int, help="batch size per process")
    p.add_argument("--lr", type=float, help="peak learning rate")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--realistic", type=float,
                   help="fraction of each batch degraded with the realistic pipeline, the rest "
                   "bicubic (default 0.3; cleanup: 0.75)")
    p.add_argument("--jpeg", type=float,
                   help="share of the inputs that are bicubic and JPEG-compressed only, taken "
                   "from the bicubic share (default 0; gate: 0.15)")
    p.add_argument("--reach", type=int,
                   help="gate: half the side of the box (LR px) its features are averaged over "
                   "(default: the run's gate's, else 31); it has no weights, so a trained gate "
                   "can be fine-tuned with another")
    p.add_argument("--soft", type=float,
                   help="share of the crops that are soft photos (blurred ground truth, bicubic "
                   "inputs), taken from the bicubic share (default 0; gate: 0.2)")
    p.add_argument("--tiny", action="store_true", help="tiny architecture (smoke tests)")
    p.add_argument("--val-crops", type=int,
                   help="calibrate: how many crops (two from each validation photo at least "
                   f"{runs.CALIBRATION_CROP} px a side), spread evenly over the photos (default: "
                   f"every one; the recipe: {RECIPE_VAL_CROPS})")
    p.add_argument("--max-cost", type=float, default=1.0,
                   help="calibrate: the most patch-steps the faithful plan may spend, as a "
                   "share of uniform sampling's on the median validation photo as the "
                   f"bench's end-to-end run upscales it ({runs.COST_SIDE}² input; a speed budget; "
                   "default 1: any plan)")
    p.add_argument("--balanced-cost", type=float, default=0.085,
                   help="calibrate: the balanced (default) look's speed budget, as --max-cost "
                   "on realistically degraded inputs (default 0.085: the bench's end-to-end "
                   "run measured 23.7× Real-ESRGAN's speed at 0.079, 19.5× at 0.092, and 23.6× at "
                   "0.083, the plan it chose for the shipped model)")
    p.add_argument("--detail-cost", type=float, default=0.11,
                   help="calibrate: the detailed look's speed budget, as --balanced-cost "
                   "(default 0.11)")
    p.add_argument("--sharpen-only", action="store_true",
                   help="calibrate: only each clean-up look's sharpening, on the plans the "
                   "run's calibration already has (they are kept)")
    p.add_argument("--out", type=Path, help="export: model folder (default models/patchscaler-x4); "
                   "pack: the pack folder (default resources/trainpack)")
    p.add_argument("--force", action="store_true", help="prepare: redo the data")
    p.add_argument("--model", type=Path, help="sheet: model folder (default: the shipped one)")
    p.add_argument("--degradation", choices=DEGRADATIONS, default="bicubic",
                   help="sheet: how the inputs are made")
    p.add_argument("--from", dest="source", type=Path,
                   help="slim: the finished run whose GRM to thin (its RTM and denoiser are "
                   "kept); shrink: the finished run whose denoiser to distil (every other "
                   "part is kept); adopt: the model folder to start from (default: the "
                   "shipped one); recipe: the model folder whose denoiser alone to train")
    p.add_argument("--spectrum", type=float, default=0.0,
                   help="retune: weight of the luma amplitude-spectrum term (default 0: none)")
    p.add_argument("--gram", type=float, default=0.0,
                   help="retune: weight of the texture-statistics term, Gram matrices of random "
                   "filters on the luma's high band per phase of the 4-px blocks (default 0)")
    p.add_argument("--teacher", action="store_true",
                   help="retune: x0 targets with the teacher's high band (data/teacher)")
    p.add_argument("--teacher-weight", type=float,
                   help="distill, retune --teacher: weight of the teacher's detail (squared "
                   "error of the luma high band) against the ground truth's tone (distill: "
                   "Charbonnier of the low band, default 50; retune: the latent MSE, default "
                   "10)")
    p.add_argument("--detail", type=float, default=0.0,
                   help="grm, cleanup: weight of the squared error of the luma high band against "
                   "the ground truth beside the Charbonnier (default 0: none)")
    p.add_argument("--clean-truth", action="store_true",
                   help="distill, retune --teacher: the triples with bicubic inputs learn the "
                   "ground truth, not the teacher's output (which paints its own detail over "
                   "a clean input)")
    p.add_argument("--shortcut", type=float, default=0.0,
                   help="retune: share of each batch that starts where PGS starts a group, "
                   "y0 + noise, instead of the forward marginal (default 0)")
    p.add_argument("--refine", action="store_true",
                   help="retune: give the denoiser its refine convolution (zero-initialised, "
                   "so it starts as the identity) if it has none")
    p.add_argument("--chunks", type=int, default=80,
                   help=f"teach: chunks of {teacher.CHUNK} triples the target set should hold")
    p.add_argument("--width", type=int,
                   help="shrink: the narrower Patch-DiT's (and texture encoder's) width")
    p.add_argument("--heads", type=int,
                   help="shrink: its attention heads (default: the source's, where they divide "
                   "the width)")
    p.add_argument("--drop", type=int, help="slim: the GRM block to remove (default: the middle)")
    p.add_argument("--blocks", type=int,
                   help="cleanup: residual blocks of the clean-up GRM (default: as many as the "
                   f"run's has, else {CLEANUP_BLOCKS} or the GRM's if fewer); it starts from the "
                   "run's clean-up GRM, else its GRM, with the middle blocks dropped")
    return p


def _cleanup_start(a: argparse.Namespace, config: ModelConfig) -> tuple[ModelConfig, GRM | None]:
    """The run's config with the clean-up GRM ``--blocks`` asks for, and the GRM it starts
    from: the run's clean-up GRM, else its GRM (None when the stage resumes)."""
    start = config.cleanup or config.grm
    default = start.blocks if config.cleanup else min(CLEANUP_BLOCKS, start.blocks)
    shape = replace(start, blocks=default if a.blocks is None else a.blocks)
    if (a.run / "cleanup.ckpt").is_file():
        if shape != config.cleanup:
            raise SystemExit(f"{a.run}: its clean-up GRM has {start.blocks} blocks; "
                             "another --blocks needs a new run")
        return config, None
    model = load_run_model(a.run, config)
    net = model.grm if model.grm_cleanup is None else model.grm_cleanup
    return runs.with_parts(a.run, config, cleanup=shape), net


@functools.cache
def _photos(folder: Path) -> list[torch.Tensor]:
    """The training photos, read once per process (the recipe's stages share them)."""
    return load_photos(folder)


def _stage(stage: str, a: argparse.Namespace, device: torch.device) -> None:
    src = runs.start_slim(a.run, a.source) if stage == "slim" else None
    wide = runs.start_shrink(a) if stage == "shrink" else None
    config = runs.run_config(a.run, a.tiny)
    start: GRM | None = None
    if stage == "cleanup":
        config, start = _cleanup_start(a, config)
    if stage in ("distill", "gate") and config.cleanup is None:
        raise SystemExit(f"{a.run} has no clean-up GRM for `train {stage}`: run "
                         "`train cleanup` first")
    if stage == "gate":
        gate = config.gate or GateConfig()
        reach = gate.reach if a.reach is None else a.reach
        config = runs.with_parts(a.run, config, gate=replace(gate, reach=reach),
                       chroma=config.chroma or ChromaConfig(),
                       mottle=config.mottle or MottleConfig())
    if stage == "deblock":
        config = runs.with_parts(a.run, config, deblock=config.deblock or DeblockConfig())
    if stage == "retune" and a.refine:
        config = runs.with_parts(a.run, config, denoiser=replace(config.denoiser, refine=True))
    model = load_run_model(a.run, config)
    if stage in ("grm", "denoiser", "rtm", "slim", "shrink", "cleanup", "gate", "deblock",
                 "confidence"):
        photos = _photos(a.data / "train")

    def loop(crop: int, iters: int, batch: int, lr: float, realistic: float,
             jpeg: float = 0.0, soft: float = 0.0) -> LoopConfig:
        """The loop settings (command-line values over the stage's defaults)."""
        cfg = LoopConfig(iters=a.iters or (10**9 if a.seconds else iters), batch=a.batch or batch,
                         lr=a.lr or lr, crop=crop, seed=a.seed, device=str(device),
                         realistic=realistic if a.realistic is None else a.realistic,
                         jpeg=jpeg if a.jpeg is None else a.jpeg,
                         soft=soft if a.soft is None else a.soft,
                         seconds=a.seconds, workers=a.workers)
        try:
            check_shares(cfg.realistic, cfg.jpeg, cfg.soft)
        except ValueError as exc:
            raise SystemExit(str(exc)) from None
        return cfg

    window_crop = 4 * (config.denoiser.window + 12)
    if stage == "grm":
        train_grm(a.run, model, loop(96, 6000, 16, 1e-3, 0.3), photos, detail=a.detail)
    elif stage == "confidence":
        train_grm(a.run, model, loop(96, 3000, 16, 1e-3, 0.5), photos, confidence=True)
    elif stage == "slim":
        assert src is not None
        thick = load_run_model(a.source, src).grm
        if not (a.run / "slim.ckpt").is_file():
            drop = middle_blocks(src.grm.blocks, 1) if a.drop is None else [a.drop]
            drop_blocks(thick, model.grm, drop)
        train_grm(a.run, model, loop(96, 4000, 16, 2e-4, 0.3), photos, thick)
    elif stage == "cleanup":
        assert model.grm_cleanup is not None
        if start is not None:  # a copy of the finished GRM, thinned to the shape asked
            drop = middle_blocks(len(start.body), len(start.body) - len(model.grm_cleanup.body))
            drop_blocks(start, model.grm_cleanup, drop)
        train_grm(a.run, model, loop(96, 9000, 16, 3e-4, 0.75), photos, cleanup=True,
                  detail=a.detail)
    elif stage == "distill":
        triples = teacher.Triples(a.data / "teacher", a.clean_truth)
        cfg = loop(min(96, triples.side), 6000, 16, 2e-4, 0.0)
        weight = DISTILL_DETAIL if a.teacher_weight is None else a.teacher_weight
        train_distill(a.run, model, cfg, triple_stream(triples, cfg), weight)
    elif stage == "gate":
        # crops of 64 LR px: the box of a 31-px reach fits whole (the tiny photos are smaller)
        crop = 96 if a.tiny else 256
        train_gate(a.run, model, loop(crop, 3000, 16, 2e-3, 0.5, jpeg=0.15, soft=0.2), photos)
    elif stage == "deblock":
        cfg = loop(96 if a.tiny else 384, 3000, 16, 3e-4, 0.0)  # tiny photos are smaller
        train_deblock(a.run, model, cfg,
                      lambda seed: jpeg_batches(photos, cfg.crop, cfg.batch, seed))
    elif stage == "rtm":
        sampler = CropSampler(photos, window_crop, a.seed)
        build_rtm(a.run, model, sampler, candidates=2048 if a.tiny else 16384, seed=a.seed)
    elif stage == "denoiser":
        cfg = loop(window_crop, 4000, 32, 4e-4, 0.3)
        train_denoiser(a.run, model, cfg, photo_stream(photos, cfg))
    elif stage == "shrink":
        assert wide is not None
        cfg = loop(window_crop, 4000, 32, 5e-4, 0.5)
        train_shrink(a.run, model, wide, cfg, photo_stream(photos, cfg))
    elif stage == "retune":
        cfg = loop(window_crop, 6000, 32, 1e-4, 0.5)
        stream = (triple_stream(teacher.Triples(a.data / "teacher", a.clean_truth), cfg)
                  if a.teacher
                  else photo_stream(_photos(a.data / "train"), cfg))
        train_denoiser(a.run, model, cfg, stream, retune=True, spectrum=a.spectrum, gram=a.gram,
                       detail=RETUNE_DETAIL if a.teacher_weight is None else a.teacher_weight,
                       shortcut=a.shortcut)
    elif stage == "calibrate" and rank() == 0:
        runs.calibrate_run(a, model)
    elif stage == "export" and rank() == 0:
        runs.export(a.run, model, a.out or default_model(), a.data)


def run_train(stage: str, rest: list[str]) -> int:
    a = _parser().parse_args(rest)
    if stage == "prepare":
        return prepare.main(["--root", str(a.data), *(["--force"] if a.force else [])])
    if stage == "pack":
        counts = pack(a.data, a.out or PACK)
        print(f"packed {counts['train']} training and {counts['val']} validation photos, "
              f"{counts['bytes'] / 1e6:.1f} MB -> {a.out or PACK}")
        return 0
    if stage == "sheet":
        model = load_model(a.model or default_model())
        kind = a.degradation
        default = "crop_sheet.png" if kind == "bicubic" else f"crop_sheet_{kind}.png"
        render_sheet(model, a.data / "val", a.out or Path("resources") / default,
                     degradation=kind)
        return 0
    if stage == "recipe":
        return _recipe(a)
    if stage == "teach":
        return _teach(a)
    if stage == "adopt":
        runs.adopt(a.source or default_model(), a.run)
        print(f"{a.run}: started from {a.source or default_model()}")
        return 0
    stages = ALL if stage == "all" else (stage,)
    if any(s not in STAGES for s in stages):
        raise SystemExit(f"unknown stage {stage!r}: use {', '.join(TOOLS + STAGES)} or all")
    device = pick_device(a.device)
    init_distributed(device)
    for s in stages:
        t0 = time.time()
        _stage(s, a, device)
        runs.record_time(a.run, s, time.time() - t0, device)
    if dist.is_initialized():  # leave together: a rank whose peer has already closed its
        dist.barrier()  # sockets can abort in gloo's teardown (seen once in CI: SIGABRT)
        dist.destroy_process_group()
    return 0


def _recipe(a: argparse.Namespace) -> int:
    """``train recipe --seconds S``: a whole model in one run, every training stage given its
    share of ``S`` (made for one GPU: ``make gpu-train`` trains the shipped architecture, a
    5-block GRM, its 3-block clean-up GRM, the gate and the deblocker, from the photos packed
    in the source tree; with ``--from MODEL``, :data:`DENOISER_RECIPE`)."""
    if a.seconds is None:
        raise SystemExit("recipe needs --seconds, the time budget of the whole run")
    stages = RECIPE if a.source is None else DENOISER_RECIPE
    if not runs.started(a.run):  # else a run under way goes on
        if a.source is not None:
            runs.adopt(a.source, a.run)
        else:
            runs.write_config(a.run, tiny_config() if a.tiny
                              else ModelConfig(grm=GRMConfig(), denoiser=DenoiserConfig()))
    device = pick_device(a.device)
    gpu = device.type == "cuda"
    workers = a.workers or (max(1, (os.cpu_count() or 2) - 2) if gpu else 0)
    out = a.out or a.run / "model"
    budget, began = a.seconds, time.time()
    for stage, share, batch in stages:
        t0 = time.time()
        _stage(stage, _with_args(a, seconds=share * budget or None, workers=workers, out=out,
                                 batch=a.batch or (batch if gpu else None),
                                 val_crops=a.val_crops or RECIPE_VAL_CROPS), device)
        runs.record_time(a.run, stage, time.time() - t0, device)
        print(f"recipe: {stage} done after {time.time() - began:.0f} s", flush=True)
    return 0


def _teach(a: argparse.Namespace) -> int:
    """``train teach``: fill ``data/teacher`` with ``--chunks`` chunks of teacher targets,
    the teacher cut into ``--workers`` strips that run side by side (default 1)."""
    from patchscaler_gui.bench import anchor

    why = anchor.unavailable()
    if why is not None:
        raise SystemExit(why)
    folder = a.data / "teacher"
    with anchor.RealESRGAN(max(1, a.workers), cache=None) as engine:
        made = teacher.make_chunks(
            _photos(a.data / "train"), folder, a.chunks, engine.upscale_x4, seed=a.seed,
            on_chunk=lambda k: print(f"teach: chunk {k + 1}/{a.chunks}", flush=True))
    print(f"{folder}: {made} chunks made, {len(teacher.chunk_names(folder))} in all")
    return 0


def _with_args(a: argparse.Namespace, **changes: Any) -> argparse.Namespace:
    return argparse.Namespace(**{**vars(a), **changes})


def main() -> None:
    import sys

    sys.exit(run_train(sys.argv[1], sys.argv[2:]))


if __name__ == "__main__":
    main()
