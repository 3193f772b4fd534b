"""The ``patchscaler`` command line: gui (default), upscale, info, bench, train, desktop.

User errors print one line and exit 2; a batch with failed files exits 1.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from patchscaler_gui import version
from patchscaler_gui.engine.choices import (
    DEFAULT_LOOK,
    LOOKS,
    MAX_SEED,
    MAX_SIGMA,
    OUTPUT_FORMATS,
    OUTPUT_SCALES,
    check_sharpening,
)
from patchscaler_gui.engine.errors import PatchscalerError


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line (and exit status 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _int(text: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None


def _float(text: str, what: str) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}")
    return value


def _ranged(low: int, high: int | None, what: str) -> Callable[[str], int]:
    """An argparse type: one integer in [low, high] (no upper bound when ``high`` is None)."""
    def parse(text: str) -> int:
        value = _int(text, what)
        if value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}")
        return value
    return parse


def _triple(low: int, what: str) -> Callable[[str], tuple[int, int, int]]:
    """An argparse type: three integers S,M,H, each at least ``low``."""
    def parse(text: str) -> tuple[int, int, int]:
        parts = text.split(",")
        if len(parts) != 3:
            raise argparse.ArgumentTypeError(f"expected three {what} S,M,H, got {text!r}")
        a, b, c = (_int(v, f"three {what} S,M,H") for v in parts)
        if min(a, b, c) < low:
            raise argparse.ArgumentTypeError(f"expected three {what} S,M,H, got {text!r}")
        return a, b, c
    return parse


def _pair(text: str) -> tuple[float, float]:
    what = "two thresholds LO,HI with 0 <= LO <= HI <= 1"
    parts = text.split(",")
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}")
    lo, hi = (_float(v, what) for v in parts)
    if not 0.0 <= lo <= hi <= 1.0:
        raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}")
    return lo, hi


def _sharpening(text: str) -> tuple[float, float | None]:
    """AMOUNT[,RADIUS]; the radius None when not given (the look's), checked as
    :class:`sharpen.Sharpening` checks itself."""
    what = f"an amount >= 0, or AMOUNT,RADIUS with a radius in (0, {MAX_SIGMA:g}] px"
    parts = text.split(",")
    if len(parts) > 2:
        raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}")
    amount = _float(parts[0], what)
    radius = _float(parts[1], what) if len(parts) == 2 else None
    try:
        check_sharpening(amount, 1.0 if radius is None else radius)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None
    return amount, radius


def _positive(what: str) -> Callable[[str], float]:
    def parse(text: str) -> float:
        value = _float(text, what)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}")
        return value
    return parse


def _sizes(text: str) -> list[int]:
    what = "sizes of at least 16 px like 256,512"
    sizes = [_int(v, what) for v in text.split(",")]
    if min(sizes) < 16:
        raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}")
    return sizes


def _add_upscale(sub: argparse._SubParsersAction[Parser]) -> None:
    p = sub.add_parser("upscale", help="upscale images ×4",
                       description="Upscale photos ×4 with PatchScaler.")
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                   help="image files or folders")
    p.add_argument("-o", "--output", type=Path, required=True,
                   help="output file (one input) or folder (created); names keep the stem")
    p.add_argument("--model", type=Path, help="model folder (default: the bundled model)")
    p.add_argument("--look", choices=LOOKS, default=DEFAULT_LOOK,
                   help="fidelity ↔ detail: faithful keeps closest to the input, balanced "
                   "cleans noise and JPEG blocks (real-world photos), detailed samples more "
                   f"patches with more steps and sharpens wider edges (default {DEFAULT_LOOK}); "
                   "--budget, --starts, --thresholds, --[no-]texture, --[no-]cleanup and "
                   "--sharpen adjust it")
    p.add_argument("--budget", type=_triple(0, "step budgets >= 0"), metavar="S,M,H",
                   help="steps for the simple, medium and hard groups")
    p.add_argument("--starts", type=_triple(1, "start steps >= 1"), metavar="S,M,H",
                   help="start step of each group (1..T)")
    p.add_argument("--thresholds", type=_pair, metavar="LO,HI",
                   help="difficulty thresholds: < LO is simple, >= HI is hard")
    p.add_argument("--uniform", type=_ranged(1, None, "a step count >= 1"), metavar="N",
                   help="sample every patch from step T with N steps (ResShift-style baseline)")
    p.add_argument("--coarse-only", action="store_true", help="GRM output only, no diffusion")
    # both ways, as the app's two switches: default None, the look's setting
    p.add_argument("--texture", action=argparse.BooleanOptionalAction,
                   help="switch the texture prompt on, or off (default: as the look sets it)")
    p.add_argument("--cleanup", action=argparse.BooleanOptionalAction,
                   help="the input is noisy or JPEG-compressed: remove noise and blocks "
                   "(blurs fine detail of clean photos); --no-cleanup: the default GRM alone "
                   "(default: as the look sets it)")
    p.add_argument("--sharpen", type=_sharpening, metavar="AMOUNT[,RADIUS]",
                   help="edge contrast of the result: this amount of the luma finer than a "
                   "Gaussian of RADIUS output px added again (0: none; default: the look's "
                   "calibrated sharpening, and its radius)")
    p.add_argument("--seed", type=_ranged(0, MAX_SEED, f"a seed from 0 to {MAX_SEED}"),
                   default=0, help="random seed (default 0)")
    p.add_argument("--device", default="auto", metavar="auto|cpu|cuda|cuda:N|mps",
                   help="compute device (default auto: CUDA, then MPS, then the CPU; "
                   "cuda:N picks a card, see `patchscaler info`)")
    p.add_argument("--scale", type=int, choices=OUTPUT_SCALES, default=OUTPUT_SCALES[0],
                   help="size of the output: 4 (the model's result), or 3 / 2 / 1 times the "
                   "input's by averaging the result's pixels under each output pixel "
                   "(default 4)")
    p.add_argument("--format", choices=OUTPUT_FORMATS,
                   help="output format (default: from -o's extension, else png)")
    p.add_argument("--quality", type=_ranged(1, 100, "a quality in 1..100"), default=95,
                   help="JPEG/WebP quality (default 95)")
    exists = p.add_mutually_exclusive_group()
    exists.add_argument("--overwrite", action="store_true",
                        help="replace existing outputs (an input only when it is named as -o)")
    exists.add_argument("--rename", action="store_true",
                        help="write NAME-2.EXT (-3, …) instead of skipping an existing output")
    p.add_argument("--recursive", action="store_true",
                   help="descend into sub-folders (mirrored under -o)")
    p.add_argument("--max-megapixels", type=_positive("a positive number of megapixels"),
                   default=400.0, metavar="MP",
                   help="refuse outputs larger than this (default 400)")
    p.add_argument("--tile-memory", type=_ranged(1, 1 << 30, "megabytes >= 1"),
                   default=2048, metavar="MB",
                   help="memory for one tile; larger images run in tiles (default 2048)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="patchscaler", description=__doc__)
    parser.add_argument("--version", action="version", version=f"patchscaler {version()}")
    sub = parser.add_subparsers(dest="command")
    _add_upscale(sub)
    info = sub.add_parser("info", help="versions, device, model and its config")
    info.add_argument("--model", type=Path, help="model folder")
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("files", nargs="*", type=Path, help="images to open")
    bench = sub.add_parser("bench", help="measure speed, memory and quality")
    bench.add_argument("--quick", action="store_true", help="a small subset, about 4 minutes")
    bench.add_argument("--json", type=Path, help="write the results here")
    bench.add_argument("--looks-only", action="store_true",
                       help="only the quality tables' rows of bicubic, the three looks and "
                       "Real-ESRGAN (where its extra is installed): what a change to a model "
                       "does to its looks, in a fraction of the time")
    bench.add_argument("--model", type=Path, help="model folder")
    bench.add_argument("--device", default="auto", help="compute device")
    bench.add_argument("--data", type=Path, help="validation images folder (default data/val)")
    bench.add_argument("--train", type=Path,
                       help="photos for the NIQE pristine fit (default: data/train beside --data)")
    bench.add_argument("--random-model", action="store_true",
                       help="an untrained default-size model: speed and memory only")
    bench.add_argument("--threads", type=_ranged(1, 4096, "a thread count >= 1"),
                       help="CPU threads (default: every core)")
    bench.add_argument("--images", type=_ranged(1, None, "a photo count >= 1"),
                       help="number of photos (quick: 4; full: all)")
    bench.add_argument("--crop", type=_ranged(16, None, "a side of at least 16 px"),
                       help="centre-crop photos to this side (quick: 384)")
    bench.add_argument("--sizes", type=_sizes, metavar="N,N,...",
                       help="input sides of the end-to-end runs (quick: 256,512; full: "
                       "256,512,1024)")
    desktop = sub.add_parser("desktop", help="add the app to the Linux desktop menu (or "
                             "remove it) for this user")
    desktop.add_argument("action", choices=["install", "uninstall"])
    train = sub.add_parser("train", help="prepare data and train a model")
    train.add_argument("stage", help="prepare | grm | rtm | denoiser | slim | cleanup | "
                       "calibrate | export | all | sheet")
    train.add_argument("rest", nargs=argparse.REMAINDER, help="options of the stage")
    return parser


def _cmd_info(args: argparse.Namespace) -> int:
    import torch

    from patchscaler_gui.engine import checkpoints, device

    folder = args.model or checkpoints.default_model()
    print(f"patchscaler {version()}  python {platform.python_version()}  "
          f"torch {torch.__version__}")
    auto = device.select_device()
    print(f"devices (auto → {auto}, networks in {device.precision_name(auto)}):")
    for info in device.devices():
        print(f"  {info.label()}")
    print(f"threads: {torch.get_num_threads()}  machine: {platform.machine()} "
          f"{platform.processor() or ''}".rstrip())
    config = checkpoints.read_config(folder)
    checkpoints.load_model(folder)
    print(f"model: {folder} (verified)")
    print(json.dumps({k: v for k, v in config.items() if k != "architecture"}, indent=2))
    print(json.dumps(config["architecture"], indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    try:
        if command == "upscale":
            from patchscaler_gui.cli.upscale import run_upscale

            return run_upscale(args)
        if command == "info":
            return _cmd_info(args)
        if command == "gui":
            from patchscaler_gui.ui.app import run_app

            return run_app([str(f) for f in getattr(args, "files", [])])
        if command == "bench":
            from patchscaler_gui.bench import run_bench

            return run_bench(args)
        if command == "desktop":
            from patchscaler_gui.desktop import run_desktop

            return run_desktop(args.action)
        if command == "train":
            from patchscaler_gui.training.main import run_train

            return run_train(args.stage, args.rest)
    except PatchscalerError as exc:
        print(f"patchscaler: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("patchscaler: interrupted", file=sys.stderr)
        return 130
    return 2
