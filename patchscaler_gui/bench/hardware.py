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
    """What produced the numbers: CPU, cores, threads, torch, device, load at the start."""
    info: dict[str, Any] = {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "device": str(device),
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg")
        else None,
    }
    if device.type == "cuda":
        info["gpu"] = torch.cuda.get_device_name(device)
    return info


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def best_time(fn: Callable[[], object], device: torch.device, repeats: int) -> float:
    """Best wall time of ``repeats`` calls after one warm-up call."""
    fn()
    _sync(device)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        _sync(device)
        best = min(best, time.perf_counter() - start)
    return best


def matmul_peak(device: torch.device, repeats: int = 5) -> dict[str, Any]:
    """Best fp32 GEMM rate over square sizes 512–2048 (the machine's practical peak)."""
    rates: dict[str, float] = {}
    for n in (512, 1024, 2048):
        a, b = torch.randn(n, n, device=device), torch.randn(n, n, device=device)
        rates[str(n)] = 2 * n**3 / best_time(partial(torch.matmul, a, b), device, repeats) / 1e9
    return {"gflops": max(rates.values()), "by_size": rates}


def denoiser_rate(model: PatchScaler, device: torch.device, batch: int = 128,
                  repeats: int = 5) -> dict[str, float]:
    """Achieved GFLOP/s of one denoiser call on ``batch`` windows with a texture prompt."""
    window = model.config.denoiser.window
    x = torch.randn(batch, codec.CHANNELS, window, window, device=device)
    y0 = torch.randn_like(x)
    with torch.inference_mode():
        k = model.config.texture.top_k
        values = torch.randn(batch, k, codec.CHANNELS, VALUE_SIZE, VALUE_SIZE, device=device)
        prompt = model.encoder(values, torch.rand(batch, k, device=device))
        seconds = best_time(lambda: model.predict_x0(x, y0, model.schedule.T // 2, prompt),
                            device, repeats)
    flops = model.denoiser.flops_per_window(prompt.shape[1])
    return {"batch": batch, "mflop_per_window": flops / 1e6, "ms_per_call": seconds * 1e3,
            "ms_per_window": seconds * 1e3 / batch, "gflops": flops * batch / seconds / 1e9}
