"""Compute device selection: auto (CUDA, then MPS, then CPU) or forced. fp32 on the CPU."""

from __future__ import annotations

import os

import torch

from patchscaler_gui.engine.errors import DeviceError

CHOICES = ("auto", "cpu", "cuda", "mps")


def available() -> list[str]:
    """The device names usable on this machine, CPU last."""
    names = []
    if torch.cuda.is_available():
        names.append("cuda")
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        names.append("mps")
    return [*names, "cpu"]


def select_device(name: str = "auto") -> torch.device:
    """Resolve a device name; a forced device that is absent is a clear DeviceError."""
    if name not in CHOICES:
        raise DeviceError(f"Unknown device {name!r}: choose one of {', '.join(CHOICES)}.")
    have = available()
    if name == "auto":
        return torch.device(have[0])
    if name not in have:
        raise DeviceError(f"Device {name!r} is not available here; use --device cpu or auto.")
    return torch.device(name)


def configure_threads() -> int:
    """Use every core this process may run on, unless the user set OMP_NUM_THREADS."""
    if "OMP_NUM_THREADS" not in os.environ:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
        torch.set_num_threads(max(1, cores or os.cpu_count() or 1))
    return torch.get_num_threads()
