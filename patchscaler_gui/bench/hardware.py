"""The machine, its measured matmul peak, and the denoiser's achieved FLOP/s.

Both figures are best-of-N wall times in the same process and thread setting, so their
ratio holds even on a busy machine (the absolute numbers do not).
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import torch

from patchscaler_gui.engine import codec
from patchscaler_gui.engine.device import autocast, precision, precision_name
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.texture import VALUE_SIZE


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine(device: torch.device) -> dict[str, Any]:
    """What produced the numbers: CPU, cores, threads, torch, device and the networks'
    precision on it, load at the start."""
    info: dict[str, Any] = {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "device": str(device),
        "precision": precision_name(device),
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg")
        else None,
    }
    if device.type == "cuda":
        info["gpu"] = torch.cuda.get_device_name(device)
    return info


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def _timed(fn: Callable[[], object], device: torch.device) -> float:
    start = time.perf_counter()
    fn()
    _sync(device)
    return time.perf_counter() - start


def _denoiser_call(model: PatchScaler, device: torch.device, batch: int
                   ) -> tuple[Callable[[], object], int]:
    """One denoiser call on ``batch`` random windows with a texture prompt, and its FLOPs."""
    window = model.config.denoiser.window
    x = torch.randn(batch, codec.CHANNELS, window, window, device=device)
    y0 = torch.randn_like(x)
    k = model.config.texture.top_k
    values = torch.randn(batch, k, codec.CHANNELS, VALUE_SIZE, VALUE_SIZE, device=device)
    with torch.inference_mode():
        prompt = model.encoder(values, torch.rand(batch, k, device=device))

    def call() -> object:
        with torch.inference_mode(), autocast(device):
            return model.predict_x0(x, y0, model.schedule.T // 2, prompt)

    return call, model.denoiser.flops_per_window(prompt.shape[1]) * batch


def rates(model: PatchScaler, device: torch.device, batch: int = 128, rounds: int = 5
          ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Matmul peak (best GEMM over square sizes 512–2048, in the precision the networks run
    in on ``device``) and the denoiser's rate (under that autocast).

    The calls are interleaved round by round and each keeps its best time, so both see the
    same quiet moments of a busy machine.
    """
    calls: dict[str, tuple[Callable[[], object], int]] = {}
    dtype = precision(device) or torch.float32
    for n in (512, 1024, 2048):
        a, b = (torch.randn(n, n, device=device, dtype=dtype) for _ in range(2))
        calls[str(n)] = partial(torch.matmul, a, b), 2 * n**3
    calls["denoiser"] = _denoiser_call(model, device, batch)
    best = {name: float("inf") for name in calls}
    for fn, _ in calls.values():
        fn()  # warm-up
    for _ in range(rounds):
        for name, (fn, _) in calls.items():
            best[name] = min(best[name], _timed(fn, device))
    gflops = {name: flops / best[name] / 1e9 for name, (_, flops) in calls.items()}
    den = gflops.pop("denoiser")
    seconds = best["denoiser"]
    flops = calls["denoiser"][1] / batch
    return ({"gflops": max(gflops.values()), "by_size": gflops, "dtype": precision_name(device)},
            {"batch": batch, "mflop_per_window": flops / 1e6, "ms_per_call": seconds * 1e3,
             "ms_per_window": seconds * 1e3 / batch, "gflops": den})
