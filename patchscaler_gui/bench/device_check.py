"""``make device-check OUT=folder``: every GPU number in one run of at most 8 minutes.

Run as ``python -m patchscaler_gui.bench.device_check --out DIR [--device cuda:0]
[--quick] [--budget SECONDS]``. It needs torch, numpy, pillow, safetensors, platformdirs and
pytest, not Qt, so it runs on a bare GPU machine's Python with ``PYTHONPATH`` at the
repository root (and a folder with platformdirs, which such a machine may lack).
In order, each section skipped with a note when too little of the budget is left:

1. the CUDA-marked tests (``pytest -m cuda``), with the GPU-vs-CPU PSNR they print;
2. end to end (decode → upscale → encode PNG, model loaded and warmed up before) at 512²,
   1024² and 4096² inputs: output MP/s, and peak GPU memory of each (1024² → 4096²);
3. PGS at the default look's plan against uniform-15, upscale time only, on a 1024² input;
   every upscale of the check runs the default look as the CLI does (its GRM, sharpening
   and low band; before the forty-first session the model's plan with none of them);
4. where the time of one 1024² upscale goes (cProfile, by engine function);
5. a 6000×4000 photo tiled, with the allocator capped at 0.6 GB, so it goes through the
   split-and-retry path (on an H200: 2 GB gave no split, 1 GB halved the batch, 0.6 GB ran
   out merging a tile, which now splits the image tile); on the CPU (``--quick``) the
   first denoiser calls fail through the test hook instead;
6. the denoiser recipe (``train recipe --from`` the bundled model: its denoiser retuned on
   its GRMs' coarse results, everything else kept) for what time is left, time-boxed to the
   budget; its weights come back in parts, and its looks are recalibrated afterwards on the
   CPU (``train calibrate``). ``make gpu-train``, the whole-model recipe, ran whole on an
   H200 once (forty-first session); its GRMs fell short of the CPU-trained ones, its
   denoiser did not, so the check spends its GPU time there.

``results.json`` and ``results.md`` are rewritten after every section, so a run stopped at
its limit still leaves what it measured. Inputs are the sample photo mirrored to size.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import torch

from patchscaler_gui.bench import device_report
from patchscaler_gui.bench.child import breakdown
from patchscaler_gui.engine import checkpoints, device, memory
from patchscaler_gui.engine.choices import DEFAULT_LOOK
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.events import Settings, Summary
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.imageio import Picture, load_image, save_image
from patchscaler_gui.engine.limits import Limits
from patchscaler_gui.engine.model import SCALE, PatchScaler, random_model
from patchscaler_gui.engine.sampler import upscale_picture

ROOT = Path(__file__).resolve().parents[2]
FULL: dict[str, Any] = {"sizes": (512, 1024, 4096), "pgs": 1024, "repeats": 2,
                        "large": (4000, 6000), "cap_gb": 0.6, "tile_mb": 2048}
QUICK: dict[str, Any] = {"sizes": (64, 128, 256), "pgs": 128, "repeats": 1,
                         "large": (400, 600), "cap_gb": 0.0, "tile_mb": 128}
RESERVE = 20.0  # seconds kept back at the end for writing results


def _log(text: str) -> None:
    print(f"[device-check] {text}", file=sys.stderr, flush=True)


class Clock:
    def __init__(self, budget: float) -> None:
        self.start, self.budget = time.perf_counter(), budget

    def left(self) -> float:
        return self.budget - (time.perf_counter() - self.start) - RESERVE


def photo(h: int, w: int) -> np.ndarray:
    """The sample photo mirrored (not resized) to (h, w): real photo statistics at any size."""
    base = load_image(ROOT / "resources" / "sample.png").pixels[:h, :w]
    pad = ((0, h - base.shape[0]), (0, w - base.shape[1]), (0, 0))
    return np.ascontiguousarray(np.pad(base, pad, mode="symmetric"))


def _sync(dev: torch.device) -> None:
    device.synchronize(dev)


@contextmanager
def peak_memory(dev: torch.device) -> Iterator[dict[str, float | None]]:
    """Peak GPU memory allocated / reserved inside the block, in GB (None on the CPU)."""
    out: dict[str, float | None] = {"peak_allocated_gb": None, "peak_reserved_gb": None}
    if dev.type == "cuda":
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats(dev)
    yield out
    if dev.type == "cuda":
        out["peak_allocated_gb"] = torch.cuda.max_memory_allocated(dev) / 1e9
        out["peak_reserved_gb"] = torch.cuda.max_memory_reserved(dev) / 1e9


def _drive(model: PatchScaler, picture: Picture, plan: GroupPlan | None, fit: memory.Fit | None,
           limits: Limits | None = None) -> tuple[Picture, Summary]:
    """One upscale at the default look as the CLI runs it (its GRM, sharpening and low
    band), with ``plan`` in place of the look's when given."""
    look = model.config.look(DEFAULT_LOOK)
    result = drive(upscale_picture(model, picture, plan or look.plan,
                                   look.settings(Settings(keep_windows=False)),
                                   limits=limits, fit=fit))
    return result.picture, result.summary


def end_to_end(model: PatchScaler, side: int, folder: Path) -> dict[str, Any]:
    """File in → file out at ``side``², timed in parts, with the peak GPU memory."""
    dev = next(model.parameters()).device
    src, dst = folder / f"in-{side}.png", folder / f"out-{side}.png"
    save_image(src, Picture(photo(side, side), bits=8), overwrite=True)
    with peak_memory(dev) as peak:
        t0 = time.perf_counter()
        picture = load_image(src)
        t1 = time.perf_counter()
        out, summary = _drive(model, picture, None, None)
        _sync(dev)
        t2 = time.perf_counter()
        save_image(dst, out, fmt="PNG", overwrite=True)
        t3 = time.perf_counter()
    output_mp = side * side * SCALE**2 / 1e6
    src.unlink()
    dst.unlink()
    return {"input": side, "output": side * SCALE, "seconds": t3 - t0, "load_s": t1 - t0,
            "upscale_s": t2 - t1, "save_s": t3 - t2, "mp_per_s": output_mp / (t3 - t0),
            "upscale_mp_per_s": output_mp / (t2 - t1), "tiles": summary.counts.get("tiles", 1),
            "patch_steps": summary.counts["patch_steps"], **peak}


def pgs_vs_uniform(model: PatchScaler, side: int, repeats: int) -> dict[str, Any]:
    """Upscale time (no file I/O) at the calibrated defaults and at uniform-15, best of
    ``repeats``."""
    dev = next(model.parameters()).device
    picture = Picture(photo(side, side), bits=8)
    rows: dict[str, Any] = {}
    for name, plan in (("pgs", None), ("uniform15", GroupPlan.uniform(15, model.schedule.T))):
        best, steps = float("inf"), 0
        for _ in range(repeats):
            start = time.perf_counter()
            _, summary = _drive(model, picture, plan, None)
            _sync(dev)
            best = min(best, time.perf_counter() - start)
            steps = summary.counts["patch_steps"]
        rows[name] = {"seconds": best, "patch_steps": steps}
    rows["time_ratio"] = rows["pgs"]["seconds"] / rows["uniform15"]["seconds"]
    rows["patch_step_ratio"] = rows["pgs"]["patch_steps"] / max(rows["uniform15"]["patch_steps"],
                                                                1)
    rows["input"], rows["repeats"] = side, repeats
    return rows


def profile(model: PatchScaler, side: int) -> dict[str, Any]:
    """Where the upscale time of a ``side``² input goes, by engine function (cProfile; on a
    GPU, kernel time shows up where the host waits for it, e.g. copies to the CPU)."""
    dev = next(model.parameters()).device
    picture = Picture(photo(side, side), bits=8)
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    _drive(model, picture, None, None)
    _sync(dev)
    profiler.disable()
    seconds = time.perf_counter() - start
    return {"input": side, "seconds": seconds,
            "breakdown": breakdown(pstats.Stats(profiler), seconds)}


def large_split(model: PatchScaler, size: tuple[int, int], cap_gb: float, tile_mb: int
                ) -> dict[str, Any]:
    """A large photo through the tiled pipeline (``tile_mb`` per tile, as ``--tile-memory``)
    and the out-of-memory split path."""
    dev = next(model.parameters()).device
    picture = Picture(photo(*size), bits=8)
    notes: list[str] = []
    fit = memory.plan(model, notify=notes.append)
    first = fit.batch
    how = f"allocator capped at {cap_gb:g} GB" if dev.type == "cuda" else \
        "first 3 denoiser calls fail through memory.inject_oom"
    start = time.perf_counter()
    with peak_memory(dev) as peak, _pressure(dev, cap_gb):
        out, summary = _drive(model, picture, None, fit,
                              Limits(memory=tile_mb << 20))
        _sync(dev)
    seconds = time.perf_counter() - start
    h, w = out.pixels.shape[:2]
    return {"input": [size[1], size[0]], "output": [w, h], "seconds": seconds,
            "mp_per_s": h * w / 1e6 / seconds, "tiles": summary.counts.get("tiles", 1),
            "pressure": how, "splits": fit.splits, "batch_first": first,
            "batch_last": fit.batch, "grm_tile_last": fit.grm_tile, "note": notes,
            "completed": out.pixels.shape[:2] == (size[0] * SCALE, size[1] * SCALE), **peak}


@contextmanager
def _pressure(dev: torch.device, cap_gb: float) -> Iterator[None]:
    if dev.type == "cuda" and cap_gb > 0:
        total = torch.cuda.get_device_properties(dev).total_memory
        torch.cuda.empty_cache()
        torch.cuda.set_per_process_memory_fraction(min(1.0, cap_gb * 1e9 / total), dev)
        try:
            yield
        finally:
            torch.cuda.set_per_process_memory_fraction(1.0, dev)
            torch.cuda.empty_cache()
    else:
        with memory.inject_oom(lambda kind, n, size: kind == "denoiser" and n <= 3):
            yield


def _python_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def cuda_tests(timeout: float) -> dict[str, Any]:
    """The CUDA-marked tests in a child pytest (works without pytest-qt installed)."""
    cmd = [sys.executable, "-m", "pytest", "-m", "cuda", "-s", "-q", "-p", "no:cacheprovider",
           "-W", "ignore::pytest.PytestConfigWarning", "-o", "addopts=",
           "tests/engine/test_device_cuda.py", "tests/training/test_stages.py"]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=_python_env(), capture_output=True,
                              text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"exit": None, "summary": f"stopped after {timeout:.0f} s"}
    text = proc.stdout + proc.stderr
    lines = [line for line in text.splitlines() if line.strip()]
    psnr = re.search(r"GPU vs CPU PSNR: ([\d.]+) dB", text)
    counts = {k: int(n) for n, k in re.findall(r"(\d+) (passed|failed|skipped|error)", text)}
    return {"exit": proc.returncode, "summary": lines[-1] if lines else "", "counts": counts,
            "gpu_cpu_psnr_db": float(psnr.group(1)) if psnr else None,
            "tail": lines[-25:] if proc.returncode not in (0, 5) else []}


# The denoiser recipe on the bundled model, called as a child process. ``--seconds`` is
# added per run.
RECIPE_OVERHEAD = 90.0  # seconds of its run outside the retune (start, photos, adopt, export);
# an estimate with margin: the whole-model recipe's start and export took well under a minute
# on the H200, and this recipe has not run on a GPU yet
RECIPE = ["-m", "patchscaler_gui.training.main", "recipe", "--run", "runs/gpu",
          "--data", "resources/trainpack", "--device", "cuda", "--from", "models/patchscaler-x4"]
# A run stopped before its export (the time box, a crash) still brings back what its last
# checkpoint holds: its export alone takes seconds, from the RESERVE.
EXPORT = ["-m", "patchscaler_gui.training.main", "export", "--run", "runs/gpu",
          "--data", "resources/trainpack", "--out", "runs/gpu/model", "--device", "cpu"]
EXPORT_TIMEOUT = 15.0


def training(timeout: float, gpu: bool, out: Path) -> dict[str, Any]:
    """The denoiser recipe for ``timeout`` seconds (on a CUDA device only); the model it
    trains is copied to ``out`` in parts that come back."""
    if not gpu:
        return {"ran": False, "note": "the training recipe is not run without a CUDA GPU"}
    seconds = int(timeout - RECIPE_OVERHEAD)  # the recipe's own budget (--seconds)
    if seconds < 60:
        return {"ran": False, "note": f"only {timeout:.0f} s left: skipped"}
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, *RECIPE, "--seconds", str(seconds)], cwd=ROOT,
                              env=_python_env(), capture_output=True, text=True,
                              timeout=timeout, check=False)
        code, text = proc.returncode, proc.stdout + proc.stderr
    except subprocess.TimeoutExpired as exc:
        code, text = None, (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) \
            else str(exc.stdout or "")
    run = ROOT / "runs" / "gpu"
    late = not (run / "model" / "model.safetensors").is_file() and any(run.glob("*.ckpt"))
    if late:
        try:
            subprocess.run([sys.executable, *EXPORT], cwd=ROOT, env=_python_env(),
                           capture_output=True, timeout=EXPORT_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            pass
    return {"ran": True, "exit": code, "seconds": time.perf_counter() - start,
            "time_box_s": timeout, "gpu_seconds": seconds,
            "tail": text.strip().splitlines()[-20:], "run_files": _run_files(run),
            "exported_after_stop": late, "model_parts": _bring_back(run / "model", out)}


PART_BYTES = 15_000_000  # a device run returns files of at most 16 MiB each


def _bring_back(model: Path, out: Path) -> list[str]:
    """The trained model's weights in parts small enough to come back from a device run,
    and its config: ``cat gpu_model.safetensors.part* > model.safetensors`` rebuilds it
    (config.json holds its sha256)."""
    weights = model / "model.safetensors"
    if not weights.is_file() or not (model / "config.json").is_file():
        return []
    (out / "gpu_model_config.json").write_bytes((model / "config.json").read_bytes())
    blob, names = weights.read_bytes(), []
    for k in range(0, len(blob), PART_BYTES):
        names.append(f"gpu_model.safetensors.part{k // PART_BYTES}")
        (out / names[-1]).write_bytes(blob[k : k + PART_BYTES])
    return names


def _run_files(run: Path) -> dict[str, Any]:
    """The recipe's small JSON records (timings, losses), so they come back inside
    results.json (the model itself is larger than what a device run returns)."""
    out: dict[str, Any] = {}
    for path in sorted(run.glob("*.json")) + sorted(run.glob("*/*.json")):
        if path.stat().st_size < 200_000:
            try:
                out[str(path.relative_to(run))] = json.loads(path.read_text())
            except ValueError:
                continue
    return out


def _load(folder: Path | None, dev: torch.device) -> tuple[PatchScaler, str]:
    folder = folder or checkpoints.default_model()
    if (folder / "config.json").exists():
        return checkpoints.load_model(folder, dev).eval(), str(folder.relative_to(ROOT)
                                                               if folder.is_relative_to(ROOT)
                                                               else folder)
    return random_model().to(dev), "random default-size model (no model folder found)"


def machine(dev: torch.device) -> dict[str, Any]:
    info = device.describe(str(dev))
    out: dict[str, Any] = {"device": info.name, "name": info.title,
                           "memory_total_gb": info.total / 1e9,
                           "memory_free_gb": info.free / 1e9,
                           "precision": device.precision_name(dev), "torch": torch.__version__,
                           "python": sys.version.split()[0], "cpu_threads": torch.get_num_threads()}
    if dev.type == "cuda":
        out["capability"] = ".".join(map(str, torch.cuda.get_device_capability(dev)))
    return out


def run(args: argparse.Namespace) -> dict[str, Any]:
    clock = Clock(args.budget)
    preset = QUICK if args.quick else FULL
    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    dev = device.select_device(args.device)
    device.configure_cpu()
    results: dict[str, Any] = {"mode": "quick" if args.quick else "full",
                               "budget_s": args.budget, "machine": machine(dev),
                               "sections": {}, "skipped": {}}

    def save() -> None:
        results["elapsed_s"] = time.perf_counter() - clock.start
        (out_dir / "results.json").write_text(json.dumps(results, indent=1) + "\n")
        (out_dir / "results.md").write_text(device_report.markdown(results))

    def section(name: str, need: float, fn: Callable[[], Any]) -> None:
        if clock.left() < need:
            results["skipped"][name] = f"{clock.left():.0f} s left, needs about {need:.0f} s"
            _log(f"{name}: skipped ({results['skipped'][name]})")
        else:
            _log(f"{name} …")
            try:
                results["sections"][name] = fn()
            except Exception as exc:  # record it, go on with the next section
                results["sections"][name] = {"error": f"{type(exc).__name__}: {exc}"}
            _log(f"{name}: done at {time.perf_counter() - clock.start:.0f} s")
        save()

    save()
    if args.train_only:
        results["skipped"]["tests and benchmark"] = "--train-only"
    else:
        if dev.type == "cuda" or args.tests_on_cpu:
            # at least 60 s (about 12 s on the H200): a 140 s budget once gave them -80 s
            section("cuda_tests", 60,
                    lambda: cuda_tests(min(180.0, max(60.0, clock.left() - 200))))
        else:
            results["skipped"]["cuda_tests"] = "not a CUDA device: the cuda-marked tests skip"
        _benchmark(args.model, dev, preset, results, section)
    memory.release(dev)  # the training runs in a child process
    section("training", RECIPE_OVERHEAD + 60,
            lambda: training(clock.left(), dev.type == "cuda", out_dir))
    return results


def _benchmark(folder: Path | None, dev: torch.device, preset: dict[str, Any],
               results: dict[str, Any], section: Callable[[str, float, Callable[[], Any]], None]
               ) -> None:
    """Sections 2–5 on the model in ``folder`` (default: the bundled one)."""
    model, results["model"] = _load(folder, dev)
    with tempfile.TemporaryDirectory(prefix="patchscaler-device-") as tmp:
        work = Path(tmp)
        end_to_end(model, min(128, *preset["sizes"]), work)  # warm-up: not reported
        runs: list[dict[str, Any]] = []
        results["sections"]["end_to_end"] = runs
        for side in preset["sizes"]:
            need = 15 if side <= 1024 else 120
            section(f"end_to_end_{side}", need, partial(end_to_end, model, side, work))
            row = results["sections"].pop(f"end_to_end_{side}", None)
            if row is not None:
                runs.append(row)
    section("pgs_vs_uniform", 40,
            lambda: pgs_vs_uniform(model, preset["pgs"], preset["repeats"]))
    section("profile", 30, lambda: profile(model, preset["pgs"]))
    section("large_tiled_split", 150,
            lambda: large_split(model, preset["large"], preset["cap_gb"], preset["tile_mb"]))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="patchscaler_gui.bench.device_check",
                                description=__doc__.split("\n")[0])
    p.add_argument("--out", type=Path, required=True, help="folder for results.json/.md")
    p.add_argument("--device", default="auto", help="auto | cuda:N | mps | cpu")
    p.add_argument("--quick", action="store_true", help="small sizes (a CPU dry run)")
    p.add_argument("--budget", type=float, default=480.0,
                   help="seconds for the whole check (default 480: 8 minutes)")
    p.add_argument("--model", type=Path, help="model folder (default: the bundled model)")
    p.add_argument("--train-only", action="store_true",
                   help="only the training recipe, given the whole budget (tests and "
                   "benchmark skipped)")
    p.add_argument("--tests-on-cpu", action="store_true",
                   help="run the cuda-marked test session even without CUDA (they skip)")
    args = p.parse_args(argv)
    results = run(args)
    print(device_report.markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
