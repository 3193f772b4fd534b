"""Smoke test of ``patchscaler bench`` on a tiny model and a few tiny photos (no timings)."""

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from patchscaler_gui.bench.quality import CONFIGS
from patchscaler_gui.cli import main


@pytest.fixture
def photos(tmp_path: Path, photo_path: Path) -> Path:
    src = Image.open(photo_path).convert("RGB")
    (tmp_path / "val").mkdir()
    (tmp_path / "train").mkdir()
    src.resize((160, 128), Image.Resampling.LANCZOS).save(tmp_path / "val" / "a.png")
    src.transpose(Image.Transpose.FLIP_LEFT_RIGHT).resize((128, 128)).save(
        tmp_path / "val" / "b.png")
    for k, side in enumerate((288, 320, 352)):
        src.rotate(90 * k).resize((side, side), Image.Resampling.LANCZOS).save(
            tmp_path / "train" / f"t{k}.png")
    return tmp_path


def test_bench_writes_every_configuration_and_a_markdown_report(
        photos: Path, tiny_model_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = photos / "bench.json"
    code = main(["bench", "--quick", "--model", str(tiny_model_dir), "--data",
                 str(photos / "val"), "--json", str(out), "--sizes", "32", "--threads", "1"])
    assert code == 0
    result = json.loads(out.read_text())
    for kind in ("bicubic", "realistic"):
        table = result["quality"][kind]
        assert set(table) == set(CONFIGS)
        assert table["uniform"]["evals"] > table["pgs"]["evals"] > 0 == table["grm"]["evals"]
        assert table["bicubic"]["psnr_y"] > 20 and 0 < table["pgs"]["ssim_y"] <= 1
        assert np.isfinite(table["pgs"]["niqe"]) and np.isfinite(table["pgs"]["seam"])
    assert result["data"]["images"] == 2 and "our fit" in result["niqe"]
    assert list(photos.glob("niqe_pristine-*.npz"))  # cached beside the data folder
    run = result["end_to_end"][0]
    assert run["output"] == [128, 128] and run["peak_rss"] >= run["rss_before"] > 0
    assert run["breakdown"]["denoiser (Patch-DiT)"] > 0
    assert result["efficiency"]["matmul"]["gflops"] > 0
    text = capsys.readouterr().out
    assert "| PGS, default budgets |" in text and "**Targets**" in text


def test_bench_refuses_a_missing_model_with_advice(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--model", str(tmp_path / "none"), "--data", str(tmp_path)]) == 2
    assert "--random-model" in capsys.readouterr().err

