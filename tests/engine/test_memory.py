"""Sizes from free memory and split-and-retry on out-of-memory, injected on the CPU."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from patchscaler_gui.engine import device, limits, memory, sampler
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.events import Settings, Summary
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.model import PatchScaler

PLAN = GroupPlan(thresholds=(0.5, 0.5), starts=(3, 8, 15), budgets=(1, 3, 5))


def _image(h: int = 40, w: int = 56) -> np.ndarray:
    return np.random.default_rng(0).random((h, w, 3), dtype=np.float32)


def _first(kind: str, count: int = 1):  # type: ignore[no-untyped-def]
    return lambda k, n, size: k == kind and n <= count


@pytest.mark.parametrize("exc", [torch.OutOfMemoryError("CUDA out of memory. Tried to allocate"),
                                 MemoryError(),
                                 RuntimeError("MPS backend out of memory (MPS allocated: 1 GB)"),
                                 RuntimeError("[enforce fail at alloc_cpu.cpp:117] "
                                              "DefaultCPUAllocator: can't allocate memory")])
def test_allocation_failures_of_every_device_count_as_out_of_memory(exc: Exception) -> None:
    assert memory.is_out_of_memory(exc)


def test_other_errors_do_not() -> None:
    assert not memory.is_out_of_memory(RuntimeError("shape mismatch"))
    assert not memory.is_out_of_memory(ValueError("out of memory"))


def test_oom_on_the_first_batch_gives_the_same_pixels(tiny_model: PatchScaler) -> None:
    img = _image()
    plain = drive(sampler.upscale(tiny_model, img, PLAN, Settings(batch=8)))
    told: list[str] = []
    fit = memory.plan(tiny_model, batch=16, notify=told.append)
    with memory.inject_oom(_first("denoiser")) as counts:
        split = drive(sampler.upscale(tiny_model, img, PLAN, Settings(), fit=fit))
    # halved once to the baseline's batch, so every batch holds the same patches: bit-equal
    assert np.array_equal(split.image, plain.image)
    assert (fit.batch, fit.splits) == (8, 1) and counts["denoiser"] > 1
    assert len(told) == 1 and "cpu ran out of memory" in told[0]


def test_oom_in_the_coarse_stage_halves_the_grm_tile(tiny_model: PatchScaler) -> None:
    img = _image(80, 96)
    plain = sampler.coarse_stage(tiny_model, img, tile=32)
    fit = memory.plan(tiny_model, grm_tile=128)
    with memory.inject_oom(_first("grm", 2)):
        state = sampler.coarse_stage(tiny_model, img, fit=fit)
    assert fit.grm_tile == 32  # 128 and 64 failed at their first tile, 32 went through
    assert fit.splits == 2
    assert torch.allclose(state.y0, plain.y0, atol=1e-5)


@pytest.mark.slow
def test_repeated_oom_halves_the_image_tile_and_completes(tiny_model: PatchScaler) -> None:
    picture = Picture(_image(192, 192), bits=8)  # halved: 9 tiles (small ones are many)
    fit = memory.plan(tiny_model, batch=4, notify=lambda text: None)
    plain, _ = sampler_run(tiny_model, picture, memory.plan(tiny_model, batch=4))
    # 4, 2 and 1 patches all fail: the whole image can't be sampled, so it runs in tiles
    with memory.inject_oom(_first("denoiser", 3)):
        out, summary = sampler_run(tiny_model, picture, fit)
    assert summary.counts["tiles"] == 9 and fit.told
    assert out.pixels.shape == plain.pixels.shape
    err = out.pixels.astype(np.float64) / 255 - plain.pixels
    assert 10 * np.log10(1 / np.mean(err**2)) > 35  # tiles blend their own noise: close


def sampler_run(model: PatchScaler, picture: Picture, fit: memory.Fit
                ) -> tuple[Picture, Summary]:
    result = drive(sampler.upscale_picture(model, picture, GroupPlan.uniform(1, 15),
                                            Settings(), fit=fit))
    return result.picture, result.summary


def test_oom_at_every_size_is_a_clear_error(tiny_model: PatchScaler) -> None:
    picture = Picture(_image(96, 96), bits=8)
    told: list[str] = []
    fit = memory.plan(tiny_model, notify=told.append)
    with memory.inject_oom(lambda kind, n, size: True) as counts:
        with pytest.raises(memory.NotEnoughMemory, match="not enough memory on cpu"):
            sampler_run(tiny_model, picture, fit)
    assert counts["grm"] > 4 and told == []  # it tried smaller tiles; nothing to tell
    assert fit.splits > 4


def test_sizes_follow_the_free_memory(tiny_model: PatchScaler,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    gpu = torch.device("cuda")
    per_window = memory.window_bytes(tiny_model)
    monkeypatch.setattr(memory, "free_memory", lambda dev: 80 << 30)
    assert memory.batch_for(tiny_model, torch.device("cpu")) == memory.CPU_BATCH
    assert memory.batch_for(tiny_model, gpu) == memory.GPU_MAX_BATCH
    assert memory.grm_tile_for(tiny_model, gpu) == max(memory.GPU_GRM_TILES)
    monkeypatch.setattr(memory, "free_memory", lambda dev: 40 * per_window)
    assert memory.batch_for(tiny_model, gpu) == 20
    assert memory.grm_tile_for(tiny_model, torch.device("cpu")) == memory.CPU_GRM_TILE
    monkeypatch.setattr(memory, "free_memory",
                        lambda dev: 2 * memory.grm_bytes(tiny_model, 512) + 1)
    assert memory.grm_tile_for(tiny_model, gpu) == 512
    monkeypatch.setattr(memory, "free_memory", lambda dev: 0)
    assert memory.batch_for(tiny_model, gpu) == 1
    assert memory.grm_tile_for(tiny_model, gpu) == memory.MIN_GRM_TILE


def test_gpu_tiles_are_bounded_by_its_free_memory(tiny_model: PatchScaler,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    size = (512, 512)
    assert len(limits.plan_tiles(tiny_model, size, limits.Limits())) == 1
    monkeypatch.setattr(limits, "_device_pixels", lambda model: 128 * 128)
    assert not limits.fits_device(tiny_model, size)
    tiles = limits.plan_tiles(tiny_model, size, limits.Limits())
    assert len(tiles) > 4 and max(t.size[0] for t in tiles) <= 128


def test_mixed_precision_keeps_the_output(tiny_model: PatchScaler,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """bf16 autocast (what GPUs and CPUs with native bf16 run) against float32 on the CPU:
    within 35 dB on a random model, both GRMs included (the shipped model's figure is in
    tests/engine/test_device_cuda.py and the README)."""
    img = _image()
    monkeypatch.delenv("PATCHSCALER_PRECISION", raising=False)
    out = {}
    for native in (False, True):
        monkeypatch.setattr(device, "cpu_bf16", lambda native=native: native)
        out[native] = drive(sampler.upscale(tiny_model, img, PLAN, Settings(cleanup=True))).image
    assert not np.array_equal(out[False], out[True])  # it did run in bf16
    psnr = 10 * np.log10(1 / np.mean((out[False] - out[True]) ** 2))
    assert psnr > 35, psnr


@pytest.mark.slow
def test_oom_while_merging_the_whole_image_runs_it_in_tiles(tiny_model: PatchScaler) -> None:
    """Seen on an H200 capped at 0.6 GB: the batches fitted, merging a 2048 MB tile did
    not. The picture starts again in smaller image tiles, whose merges fit."""
    picture = Picture(_image(192, 192), bits=8)
    fit = memory.plan(tiny_model, batch=4, notify=lambda text: None)
    with memory.inject_oom(lambda kind, n, size: kind == "merge" and size > 96 * 96):
        out, summary = sampler_run(tiny_model, picture, fit)
    assert summary.counts["tiles"] > 1 and fit.splits >= 1 and fit.told
    assert out.pixels.shape == (768, 768, 3)


def test_oom_while_merging_a_cached_state_is_a_clear_error(tiny_model: PatchScaler) -> None:
    """A re-sampling run (the app's cached state) cannot be tiled: NotEnoughMemory."""
    img = _image()
    state = sampler.coarse_stage(tiny_model, img)
    with memory.inject_oom(lambda kind, n, size: kind == "merge"):
        with pytest.raises(memory.NotEnoughMemory, match="smallest image tile"):
            drive(sampler.upscale_picture(tiny_model, Picture(img, bits=8), PLAN, Settings(),
                                          state=state))
