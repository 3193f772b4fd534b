"""The device check's CPU dry run on a tiny model (sizes shrunk), and its report."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch

from patchscaler_gui.bench import device_check, device_report
from patchscaler_gui.engine import checkpoints
from patchscaler_gui.engine.choices import DEFAULT_LOOK
from patchscaler_gui.engine.events import Settings
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.imageio import Picture
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.engine.sharpen import Sharpening

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "bench" / "device_check_cpu_quick"


def test_the_sample_photo_is_mirrored_to_any_size() -> None:
    p = device_check.photo(700, 1000)
    assert p.shape == (700, 1000, 3) and p.dtype == np.float32
    assert np.array_equal(p[300:310], p[290:300][::-1])  # mirrored at the photo's edge


@pytest.mark.slow
def test_a_cpu_dry_run_writes_every_section(tmp_path: Path, tiny_model_dir: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(device_check.QUICK, "sizes", (16, 32))
    monkeypatch.setitem(device_check.QUICK, "pgs", 16)
    monkeypatch.setitem(device_check.QUICK, "large", (48, 64))  # one tile (the tiny model's
    # context makes its tiles many and slow; tiling is tested in tests/engine)
    assert device_check.main(["--out", str(tmp_path), "--device", "cpu", "--quick",
                              "--model", str(tiny_model_dir)]) == 0
    results = json.loads((tmp_path / "results.json").read_text())
    sec = results["sections"]
    assert [r["input"] for r in sec["end_to_end"]] == [16, 32]
    assert all(r["mp_per_s"] > 0 and r["peak_allocated_gb"] is None for r in sec["end_to_end"])
    assert sec["pgs_vs_uniform"]["uniform15"]["patch_steps"] == 4 * 15
    large = sec["large_tiled_split"]
    assert large["completed"] and large["splits"] == 3 and len(large["note"]) == 1
    assert sec["profile"]["breakdown"]["denoiser (Patch-DiT)"] >= 0
    assert not sec["training"]["ran"] and "cuda_tests" in results["skipped"]
    assert (tmp_path / "results.md").read_text() == device_report.markdown(results)


def test_the_report_judges_targets_only_on_a_gpu() -> None:
    results = json.loads((EXAMPLE / "results.json").read_text())
    text = device_report.markdown(results)
    assert text == (EXAMPLE / "results.md").read_text()  # the committed example is current
    assert text.count("not judged (not a GPU run)") == 4
    gpu = copy.deepcopy(results)
    gpu["machine"]["device"] = "cuda:0"
    runs = gpu["sections"]["end_to_end"]
    runs[0].update(input=512, seconds=0.4)
    runs[1].update(input=1024, peak_reserved_gb=4.5)
    gpu["sections"]["pgs_vs_uniform"]["time_ratio"] = 0.2
    rows = [line for line in device_report.markdown(gpu).splitlines() if line.startswith("| ")]
    verdicts = [row.split("|")[-2].strip() for row in rows[2:6]]
    assert verdicts == ["met", "met", "**missed**", "met"]


def test_training_runs_the_recipe_time_boxed(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "recipe.py"  # stands in for the recipe: its --seconds, a model
    fake.write_text(
        "import json, os, sys\n"
        "os.makedirs('runs/gpu/model')\n"
        "json.dump({'seconds': int(sys.argv[-1])}, open('runs/gpu/timings.json', 'w'))\n"
        "open('runs/gpu/model/config.json', 'w').write('{}')\n"
        "open('runs/gpu/model/model.safetensors', 'wb').write(os.urandom(32_000_000))\n"
        "print('trained')\n")
    monkeypatch.setattr(device_check, "ROOT", tmp_path)
    monkeypatch.setattr(device_check, "RECIPE", [str(fake)])
    out = tmp_path / "out"
    out.mkdir()
    assert device_check.training(300, gpu=False, out=out)["ran"] is False
    result = device_check.training(300, gpu=True, out=out)
    assert result["exit"] == 0 and "trained" in result["tail"]
    assert result["run_files"]["timings.json"] == {"seconds": 210}  # 300 s − 90
    # the trained weights come back in parts under the device machine's 16 MiB a file
    parts = result["model_parts"]
    assert len(parts) == 3 and all((out / p).stat().st_size <= 16 << 20 for p in parts)
    whole = b"".join((out / p).read_bytes() for p in sorted(parts))
    assert whole == (tmp_path / "runs/gpu/model/model.safetensors").read_bytes()
    assert (out / "gpu_model_config.json").is_file()
    assert "only 140 s left" in device_check.training(140, gpu=True, out=out)["note"]


def test_a_recipe_stopped_before_its_export_still_brings_back_its_checkpoint(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stopped = tmp_path / "recipe.py"  # trains a while, then stops before the export
    stopped.write_text("import os\nos.makedirs('runs/gpu')\n"
                       "open('runs/gpu/retune.ckpt', 'wb').write(b'weights')\n"
                       "raise SystemExit(9)\n")
    export = tmp_path / "export.py"  # exports the run's checkpoints
    export.write_text("import os\nos.makedirs('runs/gpu/model')\n"
                      "open('runs/gpu/model/config.json', 'w').write('{}')\n"
                      "open('runs/gpu/model/model.safetensors', 'wb').write(b'model')\n")
    monkeypatch.setattr(device_check, "ROOT", tmp_path)
    monkeypatch.setattr(device_check, "RECIPE", [str(stopped)])
    monkeypatch.setattr(device_check, "EXPORT", [str(export)])
    out = tmp_path / "out"
    out.mkdir()
    result = device_check.training(300, gpu=True, out=out)
    assert result["exit"] == 9 and result["exported_after_stop"] is True
    assert (out / result["model_parts"][0]).read_bytes() == b"model"


def test_train_only_skips_the_tests_and_the_benchmark(tmp_path: Path) -> None:
    assert device_check.main(["--out", str(tmp_path), "--device", "cpu", "--train-only"]) == 0
    results = json.loads((tmp_path / "results.json").read_text())
    assert list(results["sections"]) == ["training"]  # not run on the CPU, but reached
    assert results["skipped"] == {"tests and benchmark": "--train-only"}
    assert "not run without a CUDA GPU" in results["sections"]["training"]["note"]


def test_every_upscale_of_the_check_runs_the_default_look(tiny_model_dir: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """As the CLI runs it: the look's plan, GRM, sharpening and low band (not the model's
    plan alone); a plan given (uniform-15) replaces the look's plan only."""
    model = checkpoints.load_model(tiny_model_dir, torch.device("cpu"))
    look = replace(model.config.look(DEFAULT_LOOK), sharpen=Sharpening(0.5, 2.0), lowband=True)
    monkeypatch.setattr(type(model.config), "look", lambda self, name: look)
    seen: list[tuple[GroupPlan, Settings]] = []
    real = device_check.upscale_picture

    def spy(model: PatchScaler, picture: Picture, plan: GroupPlan, settings: Settings,
            **kw: Any) -> Any:
        seen.append((plan, settings))
        return real(model, picture, plan, settings, **kw)

    monkeypatch.setattr(device_check, "upscale_picture", spy)
    picture = Picture(device_check.photo(16, 16), bits=8)
    uniform = GroupPlan.uniform(15, model.schedule.T)
    device_check._drive(model, picture, None, None)
    device_check._drive(model, picture, uniform, None)
    want = look.settings(Settings(keep_windows=False))
    assert seen == [(look.plan, want), (uniform, want)]
    assert want.lowband and want.sharpen.amount == 0.5
