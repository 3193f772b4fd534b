"""``patchscaler upscale``: files and folders in, ×4 images out, with progress and a summary.

One input file with an image-suffixed ``-o`` writes that file; otherwise ``-o`` is a
folder (created) that mirrors the inputs' folders (``--recursive`` descends) and each
output keeps its input's stem; two inputs that would share a name get NAME-2, ….
An existing output is skipped with a message unless ``--overwrite`` (or ``--rename``,
which picks a free NAME-2, …); an input is replaced only when it is named as ``-o`` of a
single input with ``--overwrite``. Outputs are refused up front when they would exceed
the pixel or disk-space limit.

A batch goes on past a bad file, prints done / skipped / failed with reasons, and exits 1
if anything failed; a single bad input exits 2 with one line. Ctrl-C (or SIGTERM) stops
after the current patch batch (a second one stops at once), leaves no partial file, prints
the summary and exits 130 (143 after SIGTERM). Progress, with the whole batch's share and
ETA, goes to stderr; anything else printed starts a line of its own. Out of memory, the
sampler goes on in smaller pieces and says so once (one line); when even the smallest
pieces do not fit, the file fails with a one-line error (exit 2 for one file).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from patchscaler_gui.engine import checkpoints, device, memory, metadata
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.errors import InputError, LimitError, OutputError, PatchscalerError
from patchscaler_gui.engine.eta import BatchClock
from patchscaler_gui.engine.events import CoarseReady, Event, Progress, Settings, TileStarted
from patchscaler_gui.engine.grouping import GROUP_NAMES, GroupPlan
from patchscaler_gui.engine.imageio import (
    FORMATS,
    free_name,
    header_pixels,
    image_files,
    load_image,
    output_format,
    probe_size,
    save_image,
)
from patchscaler_gui.engine.limits import Limits, check_limits, check_size
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.publish import check_name
from patchscaler_gui.engine.sampler import upscale_picture
from patchscaler_gui.engine.sharpen import Sharpening

REFRESH = 0.1  # seconds between progress lines


@dataclass
class Report:
    done: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    interrupted: bool = False


class Interrupted(Exception):
    """Ctrl-C was pressed: stop after the current patch batch."""


class _CtrlC:
    """The first Ctrl-C (or SIGTERM) asks to stop at the next event; the second stops at
    once. ``signum`` is the signal that asked."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.requested = False
        self.signum = signal.SIGINT
        self._previous: dict[int, object] = {}

    def __enter__(self) -> _CtrlC:
        if threading.current_thread() is threading.main_thread():
            for signum in self.SIGNALS:
                self._previous[signum] = signal.signal(signum, self._on_signal)
        return self

    def __exit__(self, *_: object) -> None:
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)  # type: ignore[arg-type]

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested, self.signum = True, signal.Signals(signum)
        again = "Ctrl-C" if signum == signal.SIGINT else "the signal"
        print(f"\npatchscaler: stopping after the current batch ({again} again to stop now)",
              file=sys.stderr, flush=True)


def plan_jobs(inputs: list[Path], output: Path, fmt: str | None, recursive: bool
              ) -> list[tuple[Path, Path]]:
    """(input, output) pairs; raises InputError for an input that does not exist or is not
    a regular file (a pipe would block). Two inputs that would share an output name get
    NAME-2, … in input order, whatever is on disk, so a re-run plans the same names. Files
    under ``output`` (earlier outputs, when it lies inside an input folder) are not inputs."""
    single = len(inputs) == 1 and inputs[0].is_file() and output.suffix.lower().lstrip(".") \
        in FORMATS
    if single:
        return [(inputs[0], output)]
    suffix = "." + (fmt or "png")
    jobs: list[tuple[Path, Path]] = []
    taken: set[Path] = set()
    for item in inputs:
        if item.is_dir():
            found = [(f, output / f.relative_to(item).with_suffix(suffix))
                     for f in image_files(item, recursive) if not _is_output(f, item, output)]
        elif item.is_file():
            found = [(item, output / (item.stem + suffix))]
        elif item.exists():
            raise InputError(f"{item}: not a regular file (a pipe, socket or device); "
                             "PatchScaler reads image files and folders.")
        else:
            raise InputError(f"{item}: no such file or folder.")
        for src, dst in found:
            dst = free_name(dst, taken, disk=False)
            taken.add(dst)
            jobs.append((src, dst))
    return jobs


def _is_output(path: Path, folder: Path, output: Path) -> bool:
    """Whether ``path``, found in the input ``folder``, lies in the output folder below it."""
    out = output.resolve()
    if out == folder.resolve():
        return False
    return path.parent.resolve().is_relative_to(out) or path.resolve().is_relative_to(out)


def _options(args: argparse.Namespace, model: PatchScaler) -> tuple[GroupPlan, Settings]:
    """The look's plan, GRM, texture switch, sharpening and low band, with what the other
    options set instead, and the run's settings; options that do not fit this model are an
    InputError."""
    look = model.config.look(args.look)
    cleanup = look.cleanup if args.cleanup is None else args.cleanup
    if cleanup:
        model.coarse_net(cleanup=True)  # raises ModelError for a model without one
    T = model.schedule.T
    if args.starts and max(args.starts) > T:
        raise InputError(f"--starts {','.join(map(str, args.starts))}: start steps run from 1 "
                         f"to {T} for this model.")
    base = look.plan
    plan = GroupPlan(thresholds=args.thresholds or base.thresholds,
                     starts=args.starts or base.starts, budgets=args.budget or base.budgets)
    if args.uniform:
        plan = GroupPlan.uniform(args.uniform, T)
    sharpen = look.sharpen
    if args.sharpen is not None:
        amount, radius = args.sharpen
        sharpen = Sharpening(amount, radius or sharpen.sigma)
    return plan, Settings(coarse_only=args.coarse_only,
                          texture=look.texture if args.texture is None else args.texture,
                          cleanup=cleanup, sharpen=sharpen, lowband=look.lowband,
                          seed=args.seed, keep_windows=False)


def _duration(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}h{s % 3600 // 60:02d}m" if s >= 3600 else (
        f"{s // 60}m{s % 60:02d}s" if s >= 60 else f"{s}s")


class _Status:
    """One progress line on stderr: this file's patch-steps, the batch's share and its ETA
    (:class:`eta.BatchClock`)."""

    def __init__(self, sizes: list[int], quiet: bool) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.drawn = 0  # characters of the progress line now on screen (0: none)
        self.clock = BatchClock(sizes)
        self.shown = 0.0
        self.label, self.share = "", 0.0
        self.told_memory = False

    def begin(self, k: int, label: str) -> None:
        self.label, self.share = label, 0.0
        self.clock.begin(k)

    def end(self, upscaled: bool) -> None:
        self.clock.end(upscaled)

    def event(self, event: object) -> None:
        if isinstance(event, CoarseReady | Progress):  # the rate runs from the coarse result
            self.clock.progress(event.patch_steps_done if isinstance(event, Progress) else 0)
        if self.quiet:
            return
        now = time.perf_counter()
        if now - self.shown < REFRESH:
            return
        seconds = None
        if isinstance(event, Progress):
            done, total = event.patch_steps_done, event.patch_steps_total
            self.share = self.clock.share(done, total)
            text = (f"{GROUP_NAMES[event.group]} step {event.step}/{event.steps} | "
                    f"{done}/{total} patch-steps")
            seconds = self.clock.left(done, total)
        elif isinstance(event, TileStarted):
            self.share = max(self.share, self.clock.share(event.index, event.count))
            text = f"tile {event.index + 1}/{event.count}"
        else:
            return
        self.shown = now  # only a line printed starts the wait for the next one
        eta = "--" if seconds is None else _duration(seconds)
        bar = f"{self.label} {text} | batch {self.share:.0%}, ETA {eta}"
        print(f"\r{bar}" + " " * max(0, self.drawn - len(bar)), end="", file=sys.stderr,
              flush=True)
        self.drawn = max(self.drawn, len(bar))

    def clear(self) -> None:
        """Take the progress line away (a terminal) or end it (a pipe or file), so that
        what is printed next starts a line of its own."""
        if self.drawn:
            print("\r" + " " * self.drawn + "\r" if self.tty else "", file=sys.stderr,
                  end="" if self.tty else "\n", flush=True)
            self.drawn = 0

    def line(self, text: str) -> None:
        self.clear()
        print(text, file=sys.stderr, flush=True)

    def memory_note(self, text: str) -> None:
        """The sampler split its work after running out of memory: say so once a run."""
        if not self.told_memory:
            self.told_memory = True
            self.line(f"patchscaler: note: {text}")


@dataclass(frozen=True)
class _Batch:
    count: int
    inputs: set[Path]  # resolved
    outputs: set[Path]  # as planned
    explicit: bool  # one input file named with its own -o


def _resolve(dst: Path, args: argparse.Namespace, batch: _Batch) -> Path | str:
    """The path to write, or why the job is skipped."""
    check_name(dst)
    if not dst.exists():
        return dst
    if dst.resolve() in batch.inputs:
        if args.overwrite and batch.explicit:
            return dst
        if args.rename:
            return free_name(dst, batch.outputs)
        return f"{dst} is an input; name it as -o of a single input with --overwrite"
    if args.overwrite:
        return dst
    if args.rename:
        return free_name(dst, batch.outputs)
    return f"{dst} exists (use --overwrite or --rename)"


def _one(model: PatchScaler, src: Path, dst: Path, args: argparse.Namespace,
         status: _Status, stop: _CtrlC) -> None:
    fmt = output_format(dst, args.format)
    limits = Limits(max_output_pixels=int(args.max_megapixels * 1e6),
                    memory=args.tile_memory << 20)
    header = probe_size(src)
    if header is not None:  # refuse from the header what can be, before decoding
        check_size((header[1], header[0]), limits, dst, fmt, args.scale)
    picture = load_image(src)
    h, w = picture.pixels.shape[:2]
    picture.info, dropped = metadata.fit(picture.info, fmt, args.scale * w, args.scale * h)
    for note in picture.notes + dropped:
        status.line(f"{src}: note: {note}")
    plan, settings = _options(args, model)
    q = picture.heavy_jpeg_quality()
    if q is not None and model.blocks_need_cleanup and not settings.cleanup:
        status.line(f"{src}: note: a heavily compressed JPEG (quality ≈ {q}); --cleanup "
                    "(or --look balanced) removes most blocks")
    check_limits(picture, limits, dst, fmt, args.scale)
    fit = memory.plan(model, settings.batch, settings.grm_tile, status.memory_note)

    def on_event(event: Event) -> None:
        if stop.requested:
            raise Interrupted
        status.event(event)
    result = drive(upscale_picture(model, picture, plan, settings, limits=limits, fit=fit),
                   on_event)
    save_image(dst, result.picture, fmt=args.format, quality=args.quality,
               overwrite=args.overwrite, scale=args.scale)
    if not args.quiet:
        status.line(f"{status.label} done in {result.summary.timings['total']:.1f}s → {dst}")


def run_upscale(args: argparse.Namespace) -> int:
    jobs = plan_jobs(args.inputs, args.output, args.format, args.recursive)
    if not jobs:
        raise InputError("No images found in the given inputs.")
    dev = device.select_device(args.device)
    device.configure_cpu()
    model = checkpoints.load_model(args.model or checkpoints.default_model(), dev)
    _options(args, model)  # a bad plan is a user error before any work
    status, report = _Status(header_pixels(src for src, _ in jobs), args.quiet), Report()
    batch = _Batch(len(jobs), {src.resolve() for src, _ in jobs}, {dst for _, dst in jobs},
                   jobs == [(args.inputs[0], args.output)])
    with _CtrlC() as stop:
        try:
            for k, (src, dst) in enumerate(jobs):
                if _run_job(k, batch, src, dst, args, model, status, stop, report):
                    break
        finally:
            status.clear()  # an error printed after this gets a line of its own
    return _summarise(report, len(jobs), 128 + stop.signum)


def _run_job(k: int, batch: _Batch, src: Path, dst: Path, args: argparse.Namespace,
             model: PatchScaler, status: _Status, stop: _CtrlC, report: Report) -> bool:
    """Run one job into ``report``; True when the batch must stop (Ctrl-C)."""
    count = batch.count
    status.begin(k, f"[{k + 1}/{count}] {src.name}")
    upscaled = False
    try:
        target = _resolve(dst, args, batch)
        if isinstance(target, str):
            if count == 1:
                raise OutputError(target)
            report.skipped.append((src, target))
            status.line(f"{status.label}: skipped, {target}")
        else:
            _one(model, src, target, args, status, stop)
            report.done.append(target)
            upscaled = True
    except (Interrupted, KeyboardInterrupt):
        stop.requested = True
    except PatchscalerError as exc:
        if count == 1:
            raise
        _failed(report, status, src, str(exc))
    except Exception as exc:
        if not memory.is_out_of_memory(exc):
            raise
        error = LimitError(f"{src}: not enough memory ({exc}); lower --tile-memory.")
        if count == 1:
            raise error from exc
        _failed(report, status, src, str(error))
    finally:
        status.end(upscaled)
    report.interrupted = stop.requested
    return stop.requested


def _failed(report: Report, status: _Status, src: Path, text: str) -> None:
    """Record a failed file; its line names the path once (messages often start with it)."""
    reason = text.removeprefix(f"{src}: ")
    report.failed.append((src, reason))
    status.line(f"{status.label.split(' ')[0]} {src}: failed, {reason}")


def _summarise(report: Report, total: int, status: int) -> int:
    if total > 1 or report.skipped or report.interrupted:
        left = total - len(report.done) - len(report.skipped) - len(report.failed)
        print(f"done {len(report.done)}, skipped {len(report.skipped)}, "
              f"failed {len(report.failed)}" + (f", not done {left}" if left else ""),
              file=sys.stderr)
        for src, why in report.skipped:
            print(f"  skipped {src}: {why}", file=sys.stderr)
        for src, why in report.failed:
            print(f"  failed {src}: {why}", file=sys.stderr)
    if report.interrupted:
        print("patchscaler: interrupted; no partial file was left", file=sys.stderr)
        return status
    return 1 if report.failed else 0


__all__ = ["run_upscale", "plan_jobs", "PatchscalerError"]
