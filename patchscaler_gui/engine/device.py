"""Compute devices: which exist, which to use, how much memory they have free, in what
precision the networks run on them.

``auto`` picks the first CUDA card, then Apple's MPS, then the CPU; ``cuda:N`` picks a card.
On GPUs the GRM and the denoiser run under autocast in bfloat16 (float16 where the device
has no bfloat16: CUDA cards older than Ampere, MPS without it). On a CPU with native
bfloat16 arithmetic (AVX512-BF16 or AMX: recent AMD and Intel server and desktop chips) they
run in bfloat16 too, about twice as fast at the same quality (the coarse stage and the
denoiser; `patchscaler bench` measures it); on other CPUs, and wherever the environment sets
``PATCHSCALER_PRECISION=float32``, in float32.
Out-of-memory handling lives beside this, in :mod:`patchscaler_gui.engine.memory`.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import torch

from patchscaler_gui.engine.errors import DeviceError
from patchscaler_gui.engine.texts import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class DeviceInfo:
    """One device as the user sees it: ``name`` is what ``--device`` takes."""

    name: str  # "cuda:0", "mps", "cpu"
    title: str  # "NVIDIA GeForce RTX 4090", "Apple GPU", "CPU"
    free: int  # bytes free now (the CPU: available RAM)
    total: int  # bytes in all

    def label(self) -> str:
        """``cuda:0 · NVIDIA … · 21.3 GB free of 24.0 GB`` (the CPU: its available RAM)."""
        memory = f"{self.free / 1e9:.1f} GB free of {self.total / 1e9:.1f} GB"
        return f"{self.name} · {self.title} · {memory}" if self.name != "cpu" else \
            f"CPU · {memory} RAM"


def _mps() -> bool:
    backend = getattr(torch.backends, "mps", None)
    return bool(backend is not None and backend.is_available())


def available() -> list[str]:
    """The device names usable on this machine: each CUDA card, MPS, then the CPU."""
    names = [f"cuda:{k}" for k in range(torch.cuda.device_count())] \
        if torch.cuda.is_available() else []
    if _mps():
        names.append("mps")
    return [*names, "cpu"]


def describe(name: str) -> DeviceInfo:
    """Name, model and memory of one device from :func:`available`."""
    dev = torch.device(name)
    if dev.type == "cuda":
        title = torch.cuda.get_device_name(dev)
    else:
        title = "Apple GPU" if dev.type == "mps" else "CPU"
    return DeviceInfo(name, title, free_memory(dev), total_memory(dev))


def devices() -> list[DeviceInfo]:
    return [describe(name) for name in available()]


def select_device(name: str = "auto") -> torch.device:
    """Resolve a device name; a forced device that is absent is a clear DeviceError."""
    have = available()
    if name == "auto":
        return torch.device(have[0])
    if name == "cuda" and have[0].startswith("cuda"):
        return torch.device("cuda:0")
    if name in have:
        return torch.device(name)
    kind = name.split(":")[0]
    if kind not in ("cpu", "cuda", "mps") or (kind != "cuda" and ":" in name) or (
            ":" in name and not name.split(":")[1].isdigit()):
        raise DeviceError(Text(QT_TRANSLATE_NOOP(
            "Engine", "Unknown device %1: choose one of auto, cpu, cuda, cuda:N (N counts from "
            "0) or mps."), repr(name)))
    raise DeviceError(Text(QT_TRANSLATE_NOOP(
        "Engine", "Device %1 is not available here (available: %2); use --device cpu or "
        "auto."), repr(name), ", ".join(have)))


def proc_bytes(path: str, field: str) -> int | None:
    """A ``Field:  N kB`` line of a Linux /proc file (``/proc/meminfo``,
    ``/proc/self/status``) in bytes; None elsewhere or when it is missing."""
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _ram_total() -> int:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):  # not a POSIX system
        return 8 << 30


def free_memory(device: torch.device) -> int:
    """Bytes free now: ``mem_get_info`` on CUDA, the recommended working set less what the
    driver holds on MPS, MemAvailable (else half the RAM) on the CPU."""
    if device.type == "cuda":
        return int(torch.cuda.mem_get_info(device)[0])
    if device.type == "mps":
        mps = torch.mps
        return max(0, int(mps.recommended_max_memory()) - int(mps.driver_allocated_memory()))
    return proc_bytes("/proc/meminfo", "MemAvailable") or _ram_total() // 2


def total_memory(device: torch.device) -> int:
    if device.type == "cuda":
        return int(torch.cuda.mem_get_info(device)[1])
    if device.type == "mps":
        return int(torch.mps.recommended_max_memory())
    return _ram_total()


@cache
def _mps_bf16() -> bool:
    try:
        a = torch.ones(2, 2, dtype=torch.bfloat16, device="mps")
        return bool((a @ a).sum().item() == 8)
    except (RuntimeError, TypeError):
        return False


@cache
def cpu_bf16() -> bool:
    """Whether this CPU does bfloat16 arithmetic natively (elsewhere torch would only
    emulate it)."""
    cpu = torch.cpu
    return any(getattr(cpu, name, lambda: False)()
               for name in ("_is_avx512_bf16_supported", "_is_amx_tile_supported"))


def precision(device: torch.device) -> torch.dtype | None:
    """The autocast dtype of the networks on ``device``; None: plain float32.
    ``PATCHSCALER_PRECISION=float32`` keeps every device in float32."""
    if os.environ.get("PATCHSCALER_PRECISION") == "float32":
        return None
    if device.type == "cuda":
        major, _ = torch.cuda.get_device_capability(device)
        return torch.bfloat16 if major >= 8 else torch.float16
    if device.type == "mps":
        return torch.bfloat16 if _mps_bf16() else torch.float16
    return torch.bfloat16 if cpu_bf16() else None


def precision_name(device: torch.device) -> str:
    dtype = precision(device)
    return "float32" if dtype is None else str(dtype).removeprefix("torch.")


@contextlib.contextmanager
def autocast(device: torch.device) -> Iterator[None]:
    """Mixed precision for the networks on ``device`` (nothing on the CPU)."""
    dtype = precision(device)
    if dtype is None:
        yield
        return
    with torch.autocast(device.type, dtype=dtype):
        yield


def synchronize(device: torch.device) -> None:
    """Wait for the device's queued work (for timing)."""
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    elif device.type == "mps":
        torch.mps.synchronize()


def configure_cpu(threads: int | None = None) -> int:
    """Set this process up for the networks' CPU work; returns the thread count.

    Threads: ``threads``, else every core this process may run on, unless the user set
    OMP_NUM_THREADS. Memory: :func:`keep_freed_memory`."""
    keep_freed_memory()
    if threads:
        torch.set_num_threads(threads)
    elif "OMP_NUM_THREADS" not in os.environ:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
        torch.set_num_threads(max(1, cores or os.cpu_count() or 1))
    return torch.get_num_threads()


M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters


@cache
def keep_freed_memory() -> bool:
    """Where the C library is glibc (Linux), keep freed memory for the next denoiser batch.

    glibc gives a freed block above its mmap threshold (128 KB at first, raised as blocks
    are freed) back to the system, and trims the heap's free top beyond 128 KB, so each
    batch maps its activations anew and faults their pages in (about 340k page faults in a
    512² default-look run). Fixed thresholds keep up to 256 MB of freed heap for reuse,
    while blocks of 32 MB and more (whole-picture tensors) still go back at once: end to
    end at 512², 2.89 → 2.63 s (six alternating runs, twenty-ninth session). Elsewhere
    (macOS, Windows, musl) it does nothing and returns False."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, 32 << 20)) and bool(mallopt(M_TRIM_THRESHOLD,
                                                                      256 << 20))
