"""``patchscaler upscale``: files and folders in, ×4 images out, with a progress line.

One input file with an image-suffixed ``-o`` writes that file; otherwise ``-o`` is a
folder (created) and each output keeps its input's stem (folders are mirrored). A batch
goes on past a bad file and exits 1 if anything failed; a single bad input exits 2.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from patchscaler_gui.cli import IMAGE_SUFFIXES, eta_text
from patchscaler_gui.engine import checkpoints, device
from patchscaler_gui.engine.errors import InputError, OutputError, PatchscalerError
from patchscaler_gui.engine.grouping import GROUP_NAMES, GroupPlan
from patchscaler_gui.engine.imageio import FORMATS, load_image, save_image
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.pipeline import upscale_picture
from patchscaler_gui.engine.sampler import Progress, Settings


@dataclass
class Report:
    done: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)


def plan_jobs(inputs: list[Path], output: Path, fmt: str | None, recursive: bool
              ) -> list[tuple[Path, Path]]:
    """(input, output) pairs; raises InputError for an input that does not exist."""
    single = len(inputs) == 1 and inputs[0].is_file() and output.suffix.lower().lstrip(".") \
        in FORMATS
    if single:
        return [(inputs[0], output)]
    suffix = "." + (fmt or "png")
    jobs = []
    for item in inputs:
        if item.is_dir():
            pattern = "**/*" if recursive else "*"
            for f in sorted(item.glob(pattern)):
                if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES:
                    rel = f.relative_to(item).with_suffix(suffix)
                    jobs.append((f, output / rel))
        elif item.exists():
            jobs.append((item, output / (item.stem + suffix)))
        else:
            raise InputError(f"{item}: no such file or folder.")
    return jobs


def _settings(args: argparse.Namespace, model: PatchScaler) -> Settings:
    base = model.config.plan
    plan = GroupPlan(thresholds=args.thresholds or base.thresholds,
                     starts=args.starts or base.starts, budgets=args.budget or base.budgets)
    return Settings(plan=plan, uniform=args.uniform, coarse_only=args.coarse_only,
                    texture=not args.no_texture, seed=args.seed, keep_windows=False)


def _one(model: PatchScaler, src: Path, dst: Path, settings: Settings, args: argparse.Namespace,
         label: str) -> None:
    picture = load_image(src)
    gen = upscale_picture(model, picture, settings)
    started = time.perf_counter()
    try:
        while True:
            event = next(gen)
            if isinstance(event, Progress) and not args.quiet:
                print(f"\r{label} {GROUP_NAMES[event.group]} step {event.step}/{event.steps} "
                      f"| {event.patch_steps_done}/{event.patch_steps_total} patch-steps | "
                      f"{eta_text(event.patch_steps_done, event.patch_steps_total, started)}   ",
                      end="", file=sys.stderr, flush=True)
    except StopIteration as stop:
        out, summary = stop.value
    finally:
        gen.close()
    save_image(dst, out, fmt=args.format, quality=args.quality, overwrite=args.overwrite)
    if not args.quiet:
        print(f"\r{label} done in {summary.timings['total']:.1f}s → {dst}" + " " * 20,
              file=sys.stderr)


def run_upscale(args: argparse.Namespace) -> int:
    jobs = plan_jobs(args.inputs, args.output, args.format, args.recursive)
    if not jobs:
        raise InputError("No images found in the given inputs.")
    dev = device.select_device(args.device)
    device.configure_threads()
    model = checkpoints.load_model(args.model or checkpoints.default_model(), dev)
    settings = _settings(args, model)
    report = Report()
    for k, (src, dst) in enumerate(jobs, 1):
        if dst.exists() and not args.overwrite and not (src.exists() and dst.samefile(src)):
            report.skipped.append((src, f"{dst} exists (use --overwrite)"))
            continue
        try:
            _one(model, src, dst, settings, args, f"[{k}/{len(jobs)}] {src.name}")
            report.done.append(dst)
        except (InputError, OutputError) as exc:
            if len(jobs) == 1:
                raise
            report.failed.append((src, str(exc)))
            print(f"\npatchscaler: {exc}", file=sys.stderr)
    return _summarise(report, len(jobs))


def _summarise(report: Report, total: int) -> int:
    if total > 1 or report.skipped:
        print(f"done {len(report.done)}, skipped {len(report.skipped)}, "
              f"failed {len(report.failed)}", file=sys.stderr)
        for src, why in report.skipped:
            print(f"  skipped {src}: {why}", file=sys.stderr)
        for src, why in report.failed:
            print(f"  failed {src}: {why}", file=sys.stderr)
    if len(report.skipped) == total == 1:
        raise OutputError(report.skipped[0][1])
    return 1 if report.failed else 0


__all__ = ["run_upscale", "plan_jobs", "PatchscalerError"]
