"""Out of memory in the CLI (injected through the device layer's hook, on the CPU)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from patchscaler_gui import cli
from patchscaler_gui.engine import memory


def _upscale(src: Path, out: Path, model: Path) -> int:
    return cli.main(["upscale", str(src), "-o", str(out), "--model", str(model), "--quiet"])


def test_oom_on_the_first_batch_gives_the_same_pixels_and_one_note(
        tmp_path: Path, tiny_model_dir: Path, photo_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    plain, split = tmp_path / "plain.png", tmp_path / "split.png"
    assert _upscale(photo_path, plain, tiny_model_dir) == 0
    capsys.readouterr()
    with memory.inject_oom(lambda kind, n, size: kind == "denoiser" and n == 1) as counts:
        assert _upscale(photo_path, split, tiny_model_dir) == 0
    err = capsys.readouterr().err
    assert counts["denoiser"] > 1
    assert err.count("ran out of memory") == 1
    assert err.splitlines() == [next(line for line in err.splitlines() if "memory" in line)]
    assert err.startswith("patchscaler: note: cpu ran out of memory: continuing in smaller")
    with Image.open(plain) as a, Image.open(split) as b:
        assert np.array_equal(np.asarray(a), np.asarray(b))


def test_oom_at_every_size_exits_2_with_one_line_and_no_output(
        tmp_path: Path, tiny_model_dir: Path, photo_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "result.png"
    with memory.inject_oom(lambda kind, n, size: True) as counts:
        code = _upscale(photo_path, out, tiny_model_dir)
    err = capsys.readouterr().err
    assert code == 2 and counts["grm"] > 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("patchscaler: error: not enough memory on cpu for this image")
    assert not out.exists() and not (tmp_path / "out").exists()
