"""The child process of an end-to-end run: load → coarse → PGS → save, as ``patchscaler upscale``
with its default look.

Run as ``python -m patchscaler_gui.bench.child --input IN --output OUT [...]``; it prints one
JSON line: wall and CPU times, patch-evaluations, the resident set size once the model is
loaded and the peak during the run, and (``--profile``) where the time went, bucketed by
engine function.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from patchscaler_gui.bench import setup
from patchscaler_gui.engine import (
    denoiser,
    events,
    grm,
    imageio,
    patches,
    sampler,
    texture,
    tiling,
)
from patchscaler_gui.engine.choices import DEFAULT_LOOK
from patchscaler_gui.engine.device import configure_cpu, proc_bytes, select_device
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.model import SCALE

BUCKETS: dict[str, tuple[Callable[..., Any], ...]] = {
    "decode input file": (imageio.load_image,),
    "GRM (coarse stage)": (grm.tiled,),  # the generator the sampler runs the coarse stage in
    "texture retrieval": (texture.TextureMemory.retrieve,),
    "texture encoder": (texture.TextureEncoder.forward,),
    "denoiser (Patch-DiT)": (denoiser.PatchDiT.forward,),
    "noise": (sampler._noise,),
    "split windows": (patches.split,),
    "blend windows (mosaic)": (patches.Mosaic.replace, patches.Mosaic.__init__),
    # the events' pixels are made only where read (events.Shown): the groups' merge here
    "latent → RGB (events, output)": (sampler._window_bands, events.Shown.pixels.func,
                                      sampler.State.image, tiling.blend),
    "encode output file": (imageio.save_image,),
}


def _key(fn: Callable[..., Any]) -> tuple[str, int, str]:
    code = fn.__code__
    return code.co_filename, code.co_firstlineno, code.co_name


def breakdown(stats: pstats.Stats, total: float) -> dict[str, float]:
    """Seconds per bucket (cumulative time of its functions) and the rest as 'other'."""
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    out = {name: float(sum(table[_key(f)][3] for f in fns if _key(f) in table))
           for name, fns in BUCKETS.items()}
    out["other (sampler loop, events, Python)"] = max(total - sum(out.values()), 0.0)
    return out


def _status(field: str) -> int | None:
    """A memory field of /proc/self/status in bytes (Linux), else None."""
    return proc_bytes("/proc/self/status", field)


def _reset_peak() -> int:
    """Start peak tracking afresh (Linux) and return the resident set size now, in bytes.

    Importing torch and building the model peak higher than a small run does; resetting
    the high-water mark makes the peak that of the run (plus what is already resident).
    """
    gc.collect()
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    return _status("VmRSS") or _peak_rss()


def _peak_rss() -> int:
    """Peak resident set size of this process (since the last reset), in bytes."""
    peak = _status("VmHWM")
    if peak is not None:
        return peak
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(maxrss if sys.platform == "darwin" else maxrss * 1024)


def _drive(gen: Any, start: float) -> tuple[events.Result, dict[str, float]]:
    """Run a picture's generator to its end; also return when the first preview (the first
    look, or else the coarse result) and the first coarse result arrived."""
    marks: dict[str, float] = {}

    def on_event(event: object) -> None:
        if isinstance(event, events.FirstLook | events.CoarseReady):
            marks.setdefault("first_preview_s", time.perf_counter() - start)
        if isinstance(event, events.CoarseReady):
            marks.setdefault("coarse_ready_s", time.perf_counter() - start)
    result = drive(gen, on_event)
    return result, marks


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _run(args: argparse.Namespace) -> dict[str, Any]:
    start, cpu = time.perf_counter(), _cpu()
    picture = imageio.load_image(args.input)
    loaded = time.perf_counter()
    look = args.model_obj.config.look(DEFAULT_LOOK)
    settings = look.settings(events.Settings(keep_windows=False))
    result, marks = _drive(sampler.upscale_picture(args.model_obj, picture, look.plan,
                                                   settings), start)
    summary = result.summary
    done = time.perf_counter()
    imageio.save_image(args.output, result.picture, fmt="PNG", overwrite=True)
    end = time.perf_counter()
    h, w = picture.pixels.shape[:2]
    return {"input": [w, h], "output": [w * SCALE, h * SCALE], "seconds": end - start,
            "cpu_s": _cpu() - cpu,
            "load_s": loaded - start, "upscale_s": done - loaded, "save_s": end - done,
            **marks, "mp_per_s": w * h * SCALE**2 / 1e6 / (end - start),
            "look": DEFAULT_LOOK,
            "timings": summary.timings, "counts": summary.counts}


def child(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="patchscaler_gui.bench.child")
    p.add_argument("--input", type=Path, required=True)
    p.add_argument("--output", type=Path, required=True)
    p.add_argument("--model", type=Path)
    p.add_argument("--random-model", action="store_true")
    p.add_argument("--device", default="cpu")
    p.add_argument("--threads", type=int, required=True)
    p.add_argument("--profile", action="store_true")
    args = p.parse_args(argv)
    configure_cpu(args.threads)
    folder = setup.model_folder(args.model, args.random_model)
    args.model_obj, _ = setup.load(folder, select_device(args.device))
    before = _reset_peak()
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    result = _run(args)
    if profiler:
        profiler.disable()
        result["breakdown"] = breakdown(pstats.Stats(profiler), result["seconds"])
    result.update(rss_before=before, peak_rss=_peak_rss())
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(child())
