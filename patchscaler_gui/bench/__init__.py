"""``patchscaler bench``: quality, cost, throughput, memory and efficiency in one run.

Every ratio (PGS against uniform sampling, denoiser against matmul peak) is measured in the
same run on the same machine, so it holds even when the absolute numbers are disturbed by
other work on the machine. ``--quick`` uses a fixed small subset (a few photos, centre
crops) and skips the 1024² run; the full run uses every validation photo. Real-ESRGAN
x4plus (``bench.anchor``, an optional extra) is measured beside our rows in the same run,
with as many worker processes as our rows have threads; without the extra its rows are
skipped with a one-line note. ``--looks-only`` measures the quality tables' rows of
bicubic, the looks and the anchor alone, on the same photos and inputs: the figures a change
to a model moves, without the runs that time the engine.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from patchscaler_gui.bench import anchor, hardware, niqe, quality, report, scaling, setup, starts
from patchscaler_gui.engine.choices import DEFAULT_LOOK
from patchscaler_gui.engine.device import configure_cpu, select_device
from patchscaler_gui.engine.imageio import load_image
from patchscaler_gui.engine.model import PatchScaler

__all__ = ["run_bench"]


@dataclass(frozen=True)
class Preset:
    images: int | None  # photos (None: all)
    crop: int | None  # centre-crop side (None: whole photos)
    sizes: tuple[int, ...]  # LR sides of the end-to-end runs


QUICK = Preset(images=4, crop=384, sizes=(256, 512))
FULL = Preset(images=None, crop=None, sizes=(256, 512, 1024))


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _versus(table: dict[str, dict[str, dict[str, float]]]) -> dict[str, dict[str, float]]:
    out = {}
    for kind, rows in table.items():
        pgs, uni = rows["pgs"], rows["uniform"]
        out[kind] = {"time_ratio": pgs["seconds"] / uni["seconds"],
                     "cpu_time_ratio": pgs["cpu_s"] / max(uni["cpu_s"], 1e-9),
                     "sampling_time_ratio": pgs["sampling_s"] / max(uni["sampling_s"], 1e-9),
                     "eval_ratio": pgs["evals"] / max(uni["evals"], 1),
                     "psnr_delta": pgs["psnr_y"] - uni["psnr_y"],
                     "seam_pgs": pgs["seam"], "seam_uniform": uni["seam"]}
    return out


def _efficiency(model: PatchScaler, device: torch.device,
                table: dict[str, dict[str, dict[str, float]]]) -> dict[str, Any]:
    _log("measuring the matmul peak and the denoiser's FLOP/s")
    flops = model.denoiser.flops_per_window(model.config.texture.top_k * 16)
    evals = sum(rows["uniform"]["evals"] for rows in table.values())
    seconds = sum(rows["uniform"]["sampling_s"] for rows in table.values())
    peak, den = hardware.rates(model, device)
    return {"matmul": peak, "denoiser": den,
            "in_sampler_gflops": evals * flops / max(seconds, 1e-9) / 1e9}


def _typical_photo(folder: Path) -> tuple[str, Any]:
    return scaling.typical_photo([(f.name, load_image(f).pixels) for f in setup.photos(folder)])


def _child_args(folder: Path | None, device: torch.device, threads: int) -> list[str]:
    model = ["--random-model"] if folder is None else ["--model", str(folder)]
    return [*model, "--device", str(device), "--threads", str(threads)]


def _clean(value: Any) -> Any:
    """NaN → None, so the JSON is standard."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _anchor(stack: ExitStack, threads: int) -> tuple[anchor.RealESRGAN | None, dict[str, Any]]:
    """Real-ESRGAN's worker pool (closed with ``stack``), or None with the reason."""
    reason = anchor.unavailable()
    if reason is not None:
        _log(reason)
        return None, {"name": anchor.NAME, "skipped": reason}
    _log(f"starting {anchor.NAME} ({threads} worker processes)")
    start = time.perf_counter()
    engine = stack.enter_context(anchor.RealESRGAN(threads, anchor.cache_dir()))
    return engine, {"name": anchor.NAME, "workers": threads, "tile": anchor.TILE,
                    "cache": str(engine.cache), "start_s": time.perf_counter() - start}


def run_bench(args: argparse.Namespace) -> int:
    """The ``patchscaler bench`` command: print the Markdown report, write JSON if asked."""
    threads = configure_cpu(args.threads)
    device = select_device(args.device)
    preset = QUICK if args.quick else FULL
    data_dir = args.data or Path("data/val")
    folder = setup.model_folder(args.model, args.random_model)
    model, name = setup.load(folder, device)
    mode = ("quick" if args.quick else "full") + (", the looks only" if args.looks_only else "")
    results: dict[str, Any] = {"mode": mode, "model": name, "machine": hardware.machine(device)}
    train = args.train or data_dir.parent / "train"
    shipped = None if folder is None else folder / "niqe_pristine.npz"
    pristine, results["niqe"] = niqe.pristine_model(train, data_dir.parent, shipped, _log)
    data = setup.samples(data_dir, args.images or preset.images, args.crop or preset.crop)
    results["data"] = {"folder": str(data_dir), "images": len(data),
                       "names": [s.name for s in data],
                       "crop": args.crop or preset.crop,
                       "files": setup.formats(data)}
    results["looks"] = {"default": DEFAULT_LOOK, "rows": quality.looks(model)}
    with ExitStack() as stack:
        engine, results["anchor"] = _anchor(stack, threads)
        names = quality.configs(model, engine is not None, args.looks_only)
        _log(f"quality and cost on {len(data)} photos, {len(names)} configurations")
        results["quality"] = quality.run(model, data, pristine, _log, engine, names)
        results["ground_truth_niqe"] = quality.reference_niqe(data, pristine)
        for scale in quality.SMALLER:
            results[f"ground_truth_niqe_x{scale}"] = quality.reference_niqe(data, pristine, scale)
        if not args.looks_only:  # PGS against uniform, start steps, efficiency, end to end
            results["pgs_vs_uniform"] = _versus(results["quality"])
            _log("what each start step can add")
            results["starts"] = starts.measure(model, data)
            results["efficiency"] = _efficiency(model, device, results["quality"])
            sizes = list(args.sizes or preset.sizes)
            tmp = Path(stack.enter_context(
                tempfile.TemporaryDirectory(prefix="patchscaler-bench-")))
            photo, pixels = _typical_photo(data_dir)
            results["end_to_end_photo"] = photo
            ours, anchored = scaling.run_sizes(
                pixels, sizes, _child_args(folder, device, threads),
                512 if 512 in sizes else max(sizes), tmp, _log, engine)
            results["end_to_end"] = ours
            if engine is not None:
                results["end_to_end_anchor"] = anchored
        if engine is not None:
            results["anchor"].update(outputs=engine.made + engine.hits, cached=engine.hits,
                                     added_s=results["anchor"]["start_s"] + engine.spent)
    results = _clean(results)
    print(report.markdown(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    return 0
