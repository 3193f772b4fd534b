"""On a CUDA GPU (skipped elsewhere; ``make device-check`` runs these): the card is listed
and chosen, its output agrees with the CPU's, its memory sizes the work, and a real
out-of-memory error is split and retried. Nothing here imports Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import torch

from patchscaler_gui import cli
from patchscaler_gui.engine import checkpoints, device, memory, sampler
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.errors import DeviceError
from patchscaler_gui.engine.events import Settings
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.imageio import load_image
from patchscaler_gui.engine.model import PatchScaler, random_model

pytestmark = pytest.mark.cuda

ROOT = Path(__file__).resolve().parents[2]
# GPU (bf16 autocast) against CPU (float32, or bf16 where the CPU has it natively), shipped
# model, 128² crop of the sample photo. bf16 autocast on the CPU against float32 gives
# 74.9 dB here; 40 dB is far below any visible change.
MIN_PSNR_DB = 40.0


def _psnr(a: np.ndarray, b: np.ndarray) -> float:
    return float(10 * np.log10(1 / max(float(np.mean((a - b) ** 2)), 1e-12)))


def _model(dev: torch.device) -> PatchScaler:
    folder = checkpoints.default_model()
    if (folder / "config.json").exists():
        return checkpoints.load_model(folder, dev)
    return random_model().to(dev)


@pytest.fixture
def photo() -> np.ndarray:
    return np.ascontiguousarray(load_image(ROOT / "resources" / "sample.png").pixels[:128, :128])


@pytest.fixture
def capped() -> Iterator[torch.device]:
    """cuda:0 with the caching allocator capped at 1.5 GB (restored afterwards)."""
    dev = torch.device("cuda:0")
    total = torch.cuda.get_device_properties(dev).total_memory
    torch.cuda.empty_cache()
    torch.cuda.set_per_process_memory_fraction(min(1.0, 1.5e9 / total), dev)
    try:
        yield dev
    finally:
        torch.cuda.set_per_process_memory_fraction(1.0, dev)
        torch.cuda.empty_cache()


def test_cards_are_listed_by_name_with_free_memory() -> None:
    names = device.available()
    count = torch.cuda.device_count()
    assert names[:count] == [f"cuda:{k}" for k in range(count)] and names[-1] == "cpu"
    info = device.describe("cuda:0")
    assert info.title == torch.cuda.get_device_name(0) and 0 < info.free <= info.total
    assert info.title in info.label() and "GB free" in info.label()
    assert device.select_device("auto") == device.select_device("cuda") == torch.device("cuda:0")
    with pytest.raises(DeviceError, match="not available"):
        device.select_device(f"cuda:{count}")


def test_precision_is_16_bit_on_the_gpu() -> None:
    major, _ = torch.cuda.get_device_capability(0)
    expected = torch.bfloat16 if major >= 8 else torch.float16
    assert device.precision(torch.device("cuda:0")) == expected
    cpu = device.precision(torch.device("cpu"))
    assert cpu == (torch.bfloat16 if device.cpu_bf16() else None)


def test_gpu_and_cpu_outputs_agree(photo: np.ndarray) -> None:
    cpu = drive(sampler.upscale(_model(torch.device("cpu")), photo, None, Settings(seed=1)))
    gpu = drive(sampler.upscale(_model(torch.device("cuda:0")), photo, None, Settings(seed=1)))
    psnr = _psnr(cpu.image, gpu.image)
    print(f"GPU vs CPU PSNR: {psnr:.2f} dB")
    assert psnr >= MIN_PSNR_DB, psnr


def test_batch_and_tile_follow_the_gpu_memory() -> None:
    model = random_model().to("cuda:0")
    dev = torch.device("cuda:0")
    free = device.free_memory(dev)
    assert free == torch.cuda.mem_get_info(dev)[0]
    expected = max(1, min(memory.GPU_MAX_BATCH, int(free * memory.SHARE)
                          // memory.window_bytes(model)))
    assert memory.batch_for(model, dev) == expected
    assert memory.grm_bytes(model, memory.grm_tile_for(model, dev)) <= free * memory.SHARE


def test_a_real_out_of_memory_is_split_and_completes(capped: torch.device) -> None:
    model = random_model().to(capped)
    image = np.random.default_rng(0).random((1024, 1024, 3), dtype=np.float32)  # 4096 patches
    reference = drive(sampler.upscale(model, image, GroupPlan.uniform(2, 15),
                                      Settings(batch=64,
                                                                   keep_windows=False)))
    told: list[str] = []
    fit = memory.plan(model, batch=1 << 16, grm_tile=4096, notify=told.append)
    result = drive(sampler.upscale(model, image, GroupPlan.uniform(2, 15),
                                   Settings(keep_windows=False),
                                         fit=fit))
    assert fit.splits >= 1 and fit.batch < 1 << 16 and len(told) == 1
    assert _psnr(reference.image, result.image) > 45  # only rounding: other batch sizes


def test_cli_runs_on_the_card(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.png"
    code = cli.main(["upscale", str(ROOT / "tests" / "data" / "photo_small.png"), "-o", str(out),
                     "--device", "cuda:0", "--quiet"])
    assert code == 0, capsys.readouterr().err
    assert out.exists()
