"""Teacher targets (``train teach``), the batches cut from them, and the distill stage."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from patchscaler_gui.bench import anchor
from patchscaler_gui.engine.checkpoints import load_model
from patchscaler_gui.engine.degrade import bicubic_x4
from patchscaler_gui.training import teacher
from patchscaler_gui.training.data import load_photos
from patchscaler_gui.training.main import run_train
from patchscaler_gui.training.stages import SPLIT_SIGMA, gaussian_blur, split_target


def nearest_x4(rgb: np.ndarray) -> np.ndarray:
    return np.kron(rgb, np.ones((4, 4, 1), np.uint8))


@pytest.fixture
def small_crops(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(teacher, "CROP", 128)  # the synthetic photos are 200 × 240


def test_teach_makes_chunks_and_goes_on_where_it_stopped(
        tmp_path: Path, tiny_data: Path, stand_in_anchor: Path, small_crops: None) -> None:
    assert run_train("teach", ["--data", str(tiny_data), "--chunks", "2", "--workers", "2"]) == 0
    folder = tiny_data / "teacher"
    first = [p.read_bytes() for p in teacher.chunk_names(folder)]
    assert len(first) == 2
    assert run_train("teach", ["--data", str(tiny_data), "--chunks", "3"]) == 0
    names = teacher.chunk_names(folder)
    assert [p.read_bytes() for p in names[:2]] == first  # kept, not made again
    with np.load(names[2]) as z:
        hr, lr, sr = z["hr"], z["lr"], z["sr"]
    assert hr.shape == sr.shape == (teacher.CHUNK, 128, 128, 3)
    assert lr.shape == (teacher.CHUNK, 32, 32, 3) and lr.dtype == np.uint8
    assert not list(folder.glob("*.tmp*"))
    # the same seed makes the same chunk wherever it is made (the stand-in teacher is bicubic)
    again = tmp_path / "again"
    teacher.make_chunks(load_photos(tiny_data / "train"), again, 3, nearest_x4)
    with np.load(teacher.chunk_names(again)[2]) as z:
        assert np.array_equal(z["hr"], hr) and np.array_equal(z["lr"], lr)
        assert np.array_equal(z["sr"], np.stack([nearest_x4(x) for x in lr]))


def test_teach_without_the_anchor_extra_says_how_to_get_it(
        tiny_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(anchor, "unavailable", lambda: "Real-ESRGAN skipped: no wheel")
    with pytest.raises(SystemExit, match="no wheel"):
        run_train("teach", ["--data", str(tiny_data)])
    assert not (tiny_data / "teacher").exists()


def test_batches_cut_the_same_window_of_all_three_with_the_same_flip(
        tmp_path: Path, tiny_data: Path, small_crops: None) -> None:
    """With a nearest-neighbour teacher, every batch's teacher image must still be its LR
    image blown up ×4, and the HR image a photo crop (not the LR)."""
    teacher.make_chunks(load_photos(tiny_data / "train"), tmp_path, 2, nearest_x4)
    triples = teacher.Triples(tmp_path)
    assert len(triples) == 2 * teacher.CHUNK
    hr, lr, sr = next(triples.batches(batch=24, crop=32, seed=3))
    assert hr.shape == sr.shape == (24, 3, 32, 32) and lr.shape == (24, 3, 8, 8)
    assert torch.equal(sr, lr.repeat_interleave(4, 2).repeat_interleave(4, 3))
    assert not torch.equal(hr, sr)


def test_clean_truth_gives_the_bicubic_inputs_the_ground_truth_as_target(
        tmp_path: Path, tiny_data: Path, small_crops: None) -> None:
    teacher.make_chunks(load_photos(tiny_data / "train"), tmp_path, 2, nearest_x4)
    taught, mixed = teacher.Triples(tmp_path), teacher.Triples(tmp_path, clean_truth=True)
    clean = round(teacher.CHUNK * teacher.BICUBIC)
    for i in range(len(mixed)):
        # the first quarter of each chunk has bicubic inputs (make_chunks)
        expected = taught.hr[i] if i % teacher.CHUNK < clean else taught.sr[i]
        assert np.array_equal(mixed.sr[i], expected), i
    assert not np.array_equal(taught.sr[0], taught.hr[0])
    assert np.array_equal(mixed.hr, taught.hr) and np.array_equal(mixed.lr, taught.lr)
    # and those are the bicubic ones: their input is the ground truth taken down bicubically
    hr = torch.from_numpy(taught.hr).permute(0, 3, 1, 2).float() / 255
    down = (bicubic_x4(hr).clamp(0, 1) * 255).round().byte().permute(0, 2, 3, 1).numpy()
    same = [np.array_equal(down[i], taught.lr[i]) for i in range(len(taught))]
    assert same == [i % teacher.CHUNK < clean for i in range(len(taught))]


def test_triples_without_chunks_say_how_to_make_them(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="train teach"):
        teacher.Triples(tmp_path)


def test_batches_larger_than_the_triples_are_refused(
        tmp_path: Path, tiny_data: Path, small_crops: None) -> None:
    teacher.make_chunks(load_photos(tiny_data / "train"), tmp_path, 1, nearest_x4)
    with pytest.raises(ValueError, match="128 px"):
        next(teacher.Triples(tmp_path).batches(batch=2, crop=132, seed=0))


def test_the_split_passes_flat_tone_to_the_low_band_only() -> None:
    flat = torch.full((1, 3, 24, 24), 0.4)
    assert torch.allclose(gaussian_blur(flat, SPLIT_SIGMA), flat, atol=1e-6)
    checker = (torch.arange(24).view(-1, 1) + torch.arange(24)).remainder(2).float()
    low = gaussian_blur(checker.expand(1, 3, 24, 24), SPLIT_SIGMA)
    assert float((low - 0.5).abs().max()) < 0.02  # the finest pattern is all high band


def test_distill_tunes_only_the_cleanup_grm_and_resumes(
        tmp_path: Path, tiny_data: Path, tiny_model_dir: Path, small_crops: None) -> None:
    teacher.make_chunks(load_photos(tiny_data / "train"), tiny_data / "teacher", 1, nearest_x4)
    run = tmp_path / "run"
    assert run_train("adopt", ["--run", str(run), "--from", str(tiny_model_dir)]) == 0
    common = ["--run", str(run), "--data", str(tiny_data), "--batch", "2", "--device", "cpu"]
    assert run_train("distill", [*common, "--iters", "2", "--teacher-weight", "0.5"]) == 0
    assert run_train("distill", [*common, "--iters", "3"]) == 0  # resumes at 2
    state = torch.load(run / "distill.ckpt", weights_only=True)
    assert state["iter"] == 3
    assert {k.split(".")[0] for k in state["model"]} == {"grm_cleanup"}
    out = tmp_path / "model"
    assert run_train("export", [*common, "--out", str(out)]) == 0
    source, tuned = load_model(tiny_model_dir), load_model(out)
    for name in ("grm", "denoiser", "memory"):
        for k, v in getattr(tuned, name).state_dict().items():
            assert torch.equal(v, getattr(source, name).state_dict()[k]), (name, k)
    assert source.grm_cleanup is not None and tuned.grm_cleanup is not None
    assert any(not torch.equal(v, source.grm_cleanup.state_dict()[k])
               for k, v in tuned.grm_cleanup.state_dict().items())
    assert "distill" in json.loads((out / "config.json").read_text())["training"]


def test_distill_needs_a_cleanup_grm(tmp_path: Path, tiny_data: Path) -> None:
    run = tmp_path / "run"
    common = ["--run", str(run), "--data", str(tiny_data), "--tiny", "--batch", "2"]
    assert run_train("grm", [*common, "--iters", "1"]) == 0
    with pytest.raises(SystemExit, match="train cleanup"):
        run_train("distill", [*common, "--iters", "1"])


def test_split_target_keeps_the_truth_low_band_and_the_teacher_high_band() -> None:
    gen = torch.Generator().manual_seed(0)
    hr, taught = torch.rand((2, 1, 3, 32, 32), generator=gen)
    assert torch.allclose(split_target(hr, hr), hr, atol=1e-6)
    mixed = split_target(hr * 0.5 + 0.25, taught * 0.5 + 0.25)  # no clamping in this range
    low = gaussian_blur(hr * 0.5 + 0.25, SPLIT_SIGMA)
    high = taught * 0.5 + 0.25 - gaussian_blur(taught * 0.5 + 0.25, SPLIT_SIGMA)
    assert torch.allclose(mixed, low + high, atol=1e-6)


def test_retune_on_teacher_targets_runs_and_resumes(
        tmp_path: Path, tiny_data: Path, tiny_model_dir: Path, small_crops: None) -> None:
    teacher.make_chunks(load_photos(tiny_data / "train"), tiny_data / "teacher", 1, nearest_x4)
    run = tmp_path / "run"
    assert run_train("adopt", ["--run", str(run), "--from", str(tiny_model_dir)]) == 0
    common = ["--run", str(run), "--data", str(tiny_data), "--batch", "2", "--teacher",
              "--shortcut", "0.5", "--refine"]
    assert run_train("retune", [*common, "--iters", "2"]) == 0
    assert run_train("retune", [*common, "--iters", "3"]) == 0
    state = torch.load(run / "retune.ckpt", weights_only=True)
    assert state["iter"] == 3
    assert {k.split(".")[0] for k in state["model"]} == {"denoiser", "encoder"}
    # the refine convolution was added (it starts as the identity) and trained
    assert "denoiser.refine.weight" in state["model"]
    assert state["model"]["denoiser.refine.weight"].abs().sum() > 0
    # the detail weight and the shortcut share each change what the same batches teach
    def head(name: str, *change: str) -> torch.Tensor:
        other = tmp_path / name
        assert run_train("adopt", ["--run", str(other), "--from", str(tiny_model_dir)]) == 0
        assert run_train("retune", [*common, "--iters", "3", *change, "--run", str(other)]) == 0
        return torch.load(other / "retune.ckpt", weights_only=True)["model"]["denoiser.head.weight"]

    same = head("a")
    assert torch.equal(head("b"), same)
    assert not torch.equal(head("c", "--teacher-weight", "0"), same)
    assert not torch.equal(head("d", "--shortcut", "0"), same)
    out = tmp_path / "model"
    assert run_train("export", [*common[:4], "--out", str(out)]) == 0
    assert load_model(out).denoiser.refine is not None
