"""Shared training plumbing: run folders, resumable checkpoints, data parallelism, logging.

Training checkpoints are our own files, written atomically and read with
``torch.load(weights_only=True)`` (no arbitrary unpickling). Under ``torchrun`` every
stage runs data-parallel (gloo on CPU, NCCL on CUDA); rank 0 writes files.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist
from torch import nn

from patchscaler_gui.engine.model import ModelConfig, PatchScaler


def rank() -> int:
    return dist.get_rank() if dist.is_initialized() else 0


def world() -> int:
    return dist.get_world_size() if dist.is_initialized() else 1


def init_distributed(device: torch.device) -> None:
    """Join the process group when launched by torchrun (WORLD_SIZE > 1)."""
    if int(os.environ.get("WORLD_SIZE", "1")) > 1 and not dist.is_initialized():
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
        if device.type == "cuda":
            torch.cuda.set_device(int(os.environ.get("LOCAL_RANK", "0")))


def wrap(module: nn.Module, device: torch.device) -> nn.Module:
    """DistributedDataParallel when running data-parallel, else the module itself."""
    if not dist.is_initialized():
        return module
    ids = [device.index] if device.type == "cuda" else None
    return nn.parallel.DistributedDataParallel(module, device_ids=ids)


def pick_device(name: str) -> torch.device:
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    if name == "cuda":
        return torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
    return torch.device(name)


def _replace_file(path: Path, write: Callable[[Path], object]) -> None:
    """``write`` a temporary file, then rename it over ``path``: a process that reads
    ``path`` meanwhile (another data-parallel rank, a resumed run) finds the old file or the
    new one, never a part of it."""
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    os.replace(tmp, path)


def write_json(path: Path, data: Any) -> None:
    _replace_file(path, lambda tmp: tmp.write_text(json.dumps(data, indent=2)))


def save_checkpoint(path: Path, **state: Any) -> None:
    if rank() != 0:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    _replace_file(path, lambda tmp: torch.save(state, tmp))


def load_checkpoint(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    state: dict[str, Any] = torch.load(path, map_location="cpu", weights_only=True)
    return state


def load_run_model(run: Path, config: ModelConfig) -> PatchScaler:
    """The run's model with every stage's weights trained so far."""
    model = PatchScaler(config)
    # an adopted run starts from a shipped model's weights; a slim run's GRM from slim.ckpt,
    # which a later grm stage fine-tunes
    for stage in ("adopted", "slim", "grm", "rtm", "denoiser", "shrink", "cleanup", "distill",
                  "gate", "deblock", "confidence", "retune"):
        ckpt = load_checkpoint(run / f"{stage}.ckpt")
        if ckpt is not None:
            model.load_state_dict(ckpt["model"], strict=False)
    return model


class Log:
    """Appends JSON lines to ``run/log.jsonl`` and echoes a short line (rank 0 only)."""

    def __init__(self, run: Path, stage: str) -> None:
        self.path, self.stage, self.t0 = run / "log.jsonl", stage, time.time()

    def __call__(self, **fields: Any) -> None:
        if rank() != 0:
            return
        record = {"stage": self.stage, "elapsed": round(time.time() - self.t0, 1), **fields}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a") as f:
            f.write(json.dumps(record) + "\n")
        print(" ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                       for k, v in record.items()), flush=True)
