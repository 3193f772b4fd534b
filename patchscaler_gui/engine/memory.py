"""Sizes from the memory actually free, and split-and-retry on out-of-memory.

A run's :class:`Fit` holds its window batch (patches per denoiser call) and GRM tile side,
first sized from the memory free on the device (``torch.cuda.mem_get_info`` on CUDA,
available RAM on the CPU). When a denoiser call or a GRM tile runs out of memory
(``torch.OutOfMemoryError``, MPS's and the CPU's ``RuntimeError: … out of memory``,
``MemoryError``), the sampler frees what it can, halves the batch (the GRM halves its tile)
and retries the failed batch: finished batches stay merged. Past one window per call
:func:`sampler.upscale_picture` halves its image tile, as it does when merging or decoding a
tile runs out. When nothing fits, ``NotEnoughMemory``.
The user is told once, when a smaller size first succeeds (``Fit.notify``).

:func:`inject_oom` lets tests make chosen denoiser calls, GRM tiles or merges fail, on any
device.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import torch

from patchscaler_gui.engine import codec
from patchscaler_gui.engine.device import free_memory
from patchscaler_gui.engine.errors import PatchscalerError
from patchscaler_gui.engine.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:  # the GRM imports this module, and the model the GRM
    from patchscaler_gui.engine.model import PatchScaler

CPU_BATCH = 128  # patches per denoiser call on the CPU: larger is no faster there
GPU_MAX_BATCH = 1024  # beyond this a GPU call is no faster per patch, and memory grows
CPU_GRM_TILE = 256  # LR px: activations stay in the CPU's cache
GPU_GRM_TILES = (1024, 512, 256)  # a 1024² tile fills a GPU; 2048² would take 4× the memory
MIN_GRM_TILE = 32
SHARE = 0.5  # of the free memory, for one denoiser batch (or one GRM tile)

# torch.OutOfMemoryError from torch 2.5; before, only the CUDA one (the same class)
TorchOOM: type[RuntimeError] = getattr(torch, "OutOfMemoryError", torch.cuda.OutOfMemoryError)
_OOM_TEXT = ("out of memory", "can't allocate memory", "not enough memory",
             "failed to allocate")


class NotEnoughMemory(PatchscalerError):
    """Even the smallest batch and tile ran out of memory."""


def is_out_of_memory(exc: BaseException) -> bool:
    """Whether ``exc`` is an allocation failure (CUDA, MPS or CPU)."""
    if isinstance(exc, (MemoryError, TorchOOM)):
        return True
    return isinstance(exc, RuntimeError) and any(t in str(exc).lower() for t in _OOM_TEXT)


def release(device: torch.device) -> None:
    """Give cached blocks back after an out-of-memory error."""
    gc.collect()
    if device.type == "cuda":
        torch.cuda.empty_cache()
    elif device.type == "mps":
        torch.mps.empty_cache()


def window_bytes(model: PatchScaler) -> int:
    """Peak bytes one window adds to a denoiser call (float32, twice the live tensors we
    count: inputs and output, tokens through a block, attention weights)."""
    d = model.config.denoiser
    n, width = (d.window // d.patch) ** 2, d.width
    prompt = model.config.texture.top_k * 16
    floats = 4 * codec.CHANNELS * d.window**2 + n * (10 * width + 2 * int(width * d.mlp_ratio)) \
        + d.heads * n * (n + prompt)
    return 2 * 4 * floats


def grm_bytes(model: PatchScaler, side: int) -> int:
    """Peak bytes of the coarse stage on one ``side``² tile with its margin (float32, live
    tensors ×2): a GRM's activations, or with the gate the gate's (it runs on tiles of its
    own, its inputs cut from both GRMs' results)."""
    grms = [net for net in (model.grm, model.grm_cleanup) if net is not None]
    floats = max((side + 2 * net.receptive_radius) ** 2
                 * (6 * net.config.width + 3 * (codec.CHANNELS + 1)) for net in grms)
    gate = model.gate
    if gate is not None:
        inputs = 3 + 2 * (codec.CHANNELS + 1) + 3 + codec.CHANNELS  # and what it concatenates
        gate_px = (side + 2 * gate.receptive_radius) ** 2
        floats = max(floats, gate_px * (inputs + 4 * gate.config.width))
    return 2 * 4 * floats


def batch_for(model: PatchScaler, device: torch.device) -> int:
    """Windows per denoiser call from the memory free now."""
    fit = int(free_memory(device) * SHARE) // window_bytes(model)
    cap = CPU_BATCH if device.type == "cpu" else GPU_MAX_BATCH
    return max(1, min(cap, fit))


def grm_tile_for(model: PatchScaler, device: torch.device) -> int:
    """GRM tile side (LR px) from the memory free now (the CPU: its cache-friendly 256)."""
    if device.type == "cpu":
        return CPU_GRM_TILE
    budget = free_memory(device) * SHARE
    return next((s for s in GPU_GRM_TILES if grm_bytes(model, s) <= budget), MIN_GRM_TILE)


@dataclass
class Fit:
    """The sizes of one run, halved on out-of-memory; ``notify(text)`` tells the user once."""

    device: torch.device
    batch: int
    grm_tile: int
    notify: Callable[[str], None] | None = None
    splits: int = 0  # how many times a size was halved
    told: bool = False
    _untold: bool = field(default=False, repr=False)

    def shrink_batch(self, exc: BaseException) -> None:
        """Halve the window batch, or raise NotEnoughMemory at one window."""
        if self.batch <= 1:
            raise self.exhausted(Text(QT_TRANSLATE_NOOP("Engine", "one patch at a time"))) \
                from exc
        self.batch = max(1, self.batch // 2)
        self._split()

    def shrink_grm_tile(self, exc: BaseException) -> None:
        if self.grm_tile <= MIN_GRM_TILE:
            raise self.exhausted(Text(QT_TRANSLATE_NOOP(
                "Engine", "the coarse stage in %1 px tiles"), self.grm_tile)) from exc
        self.grm_tile = max(MIN_GRM_TILE, self.grm_tile // 2)
        self._split()

    def split_image(self) -> None:
        """The picture's run halved its image tile (the batch starts again from free memory)."""
        self._split()

    def _split(self) -> None:
        self.splits += 1
        self._untold = True

    def succeeded(self) -> None:
        """A call at the current sizes went through: tell the user, once, that we split."""
        if self._untold and not self.told:
            self.told = True
            if self.notify is not None:
                self.notify(Text(QT_TRANSLATE_NOOP(
                    "Engine", "%1 ran out of memory: continuing in smaller pieces (%2 patches "
                    "per batch, coarse stage in %3 px tiles), which is slower."), self.device,
                    self.batch, self.grm_tile))
        self._untold = False

    def exhausted(self, smallest: Text) -> NotEnoughMemory:
        """The error once ``smallest``, the smallest pieces there are, ran out too."""
        if self.device.type == "cpu":
            template = QT_TRANSLATE_NOOP(
                "Engine", "not enough memory on %1 for this image, even with %2; close other "
                "programs using the computer or lower --tile-memory.")
        else:
            template = QT_TRANSLATE_NOOP(
                "Engine", "not enough memory on %1 for this image, even with %2; close other "
                "programs using the GPU or use the CPU (--device cpu).")
        return NotEnoughMemory(Text(template, self.device, smallest))


def plan(model: PatchScaler, batch: int | None = None, grm_tile: int | None = None,
         notify: Callable[[str], None] | None = None) -> Fit:
    """A run's sizes on the model's device; ``batch`` / ``grm_tile`` fix them instead."""
    device = next(model.parameters()).device
    return Fit(device, batch or batch_for(model, device), grm_tile or grm_tile_for(model, device),
               notify)


# -- the test hook ----------------------------------------------------------------------

_lock = threading.Lock()
_when: Callable[[str, int, int], bool] | None = None
_error: Callable[[str], BaseException] = TorchOOM
_counts: dict[str, int] = {}


@contextlib.contextmanager
def inject_oom(when: Callable[[str, int, int], bool],
               error: Callable[[str], BaseException] = TorchOOM
               ) -> Iterator[dict[str, int]]:
    """Within the block, a denoiser call, GRM tile or merge raises ``error`` (default
    ``torch.OutOfMemoryError``) when ``when(kind, n, size)`` is true: ``kind`` is
    ``"denoiser"``, ``"grm"`` or ``"merge"``, ``n`` counts that kind's calls from 1,
    ``size`` is the call's batch (windows), tile side or merged area (LR px). Yields the
    call counts so far."""
    global _when, _error
    with _lock:
        _when, _error = when, error
        _counts.clear()
    try:
        yield _counts
    finally:
        with _lock:
            _when = None


def checkpoint(kind: str, size: int) -> None:
    """Called before every denoiser call, GRM tile and merge: raises an injected failure."""
    if _when is None:
        return
    with _lock:
        n = _counts[kind] = _counts.get(kind, 0) + 1
        fail = _when is not None and _when(kind, n, size)
    if fail:
        raise _error(f"injected out of memory: {kind} call {n} (size {size})")
