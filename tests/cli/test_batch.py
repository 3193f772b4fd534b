"""End to end: `patchscaler upscale DIR -o OUTDIR` batches, collisions, limits and Ctrl-C."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image


def cli(*args: str | Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "patchscaler_gui.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)


def write(path: Path, size: tuple[int, int] = (24, 16), value: int = 120) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    y, x = np.mgrid[0 : size[1], 0 : size[0]]
    arr = np.stack([x * 9 % 256, y * 13 % 256, np.full_like(x, value)], axis=2)
    Image.fromarray(arr.astype(np.uint8)).save(path)
    return path


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_folder_batch_mirrors_skips_continues_and_summarises(tmp_path: Path,
                                                             tiny_model_dir: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "a.png")
    write(src / "sub" / "deeper" / "b.png")
    write(src / "sub" / "c.png")
    (src / "sub" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    write(out / "sub" / "c.png", value=7)  # an existing output: skipped, kept
    kept = (out / "sub" / "c.png").read_bytes()
    frames = [Image.new("RGB", (16, 16), c) for c in ("red", "blue")]
    frames[0].save(src / "anim.gif", save_all=True, append_images=frames[1:])
    r = cli("upscale", src, "-o", out, "--recursive", "--model", tiny_model_dir,
            "--coarse-only")
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    assert files(out) == ["a.png", "anim.png", "sub/c.png", "sub/deeper/b.png"]
    assert (out / "sub" / "c.png").read_bytes() == kept
    with Image.open(out / "sub" / "deeper" / "b.png") as im:
        assert im.size == (96, 64)
    assert "done 3, skipped 1, failed 1" in r.stderr
    assert "skipped" in r.stderr and "c.png exists (use --overwrite or --rename)" in r.stderr
    assert "failed" in r.stderr and "broken.png" in r.stderr
    assert "2 frames (animated): only the first is upscaled" in r.stderr
    assert "batch 100%" in r.stderr or "done in" in r.stderr

    r = cli("upscale", src, "-o", out, "--model", tiny_model_dir, "--coarse-only",
            "--overwrite", "--quiet")  # not recursive: only a.png and anim.gif, replaced
    assert r.returncode == 0, r.stderr
    assert "done 2, skipped 0, failed 0" in r.stderr and "\r" not in r.stderr
    assert (out / "sub" / "c.png").read_bytes() == kept


def test_rename_same_stems_and_the_input_folder_as_output(tmp_path: Path,
                                                          tiny_model_dir: Path) -> None:
    src = tmp_path / "in"
    write(src / "a.png")
    write(src / "a.bmp")
    write(src / "x.png")
    before = {p: p.read_bytes() for p in src.iterdir()}
    r = cli("upscale", src, "-o", src, "--model", tiny_model_dir, "--coarse-only",
            "--overwrite")
    assert r.returncode == 0, r.stderr
    assert all(p.read_bytes() == data for p, data in before.items())  # inputs untouched
    assert files(src) == ["a-2.png", "a.bmp", "a.png", "x.png"]  # a.png's twin → a-2.png
    assert "done 1, skipped 2, failed 0" in r.stderr  # a.bmp → a.png and x.png → x.png
    assert f"skipped {src / 'x.png'}: {src / 'x.png'} is an input" in r.stderr
    r = cli("upscale", src / "x.png", src / "a.bmp", "-o", tmp_path / "o", "--model",
            tiny_model_dir, "--coarse-only")
    assert r.returncode == 0, r.stderr
    assert files(tmp_path / "o") == ["a.png", "x.png"]
    r = cli("upscale", src / "x.png", src / "a.bmp", "-o", tmp_path / "o", "--model",
            tiny_model_dir, "--coarse-only", "--rename")
    assert r.returncode == 0, r.stderr
    assert files(tmp_path / "o") == ["a-2.png", "a.png", "x-2.png", "x.png"]


def test_the_input_is_replaced_only_when_named_with_overwrite(tmp_path: Path,
                                                              tiny_model_dir: Path) -> None:
    path = write(tmp_path / "p.png")
    r = cli("upscale", path, "-o", path, "--model", tiny_model_dir, "--coarse-only")
    assert r.returncode == 2 and "--overwrite" in r.stderr
    with Image.open(path) as im:
        assert im.size == (24, 16)
    r = cli("upscale", path, "-o", path, "--model", tiny_model_dir, "--coarse-only",
            "--overwrite")
    assert r.returncode == 0, r.stderr
    with Image.open(path) as im:
        assert im.size == (96, 64)
    assert not any(".part" in f for f in files(tmp_path))


def test_outputs_over_the_limit_are_refused_up_front(tmp_path: Path, tiny_model_dir: Path
                                                     ) -> None:
    path = write(tmp_path / "p.png", (200, 100))
    r = cli("upscale", path, "-o", tmp_path / "o.png", "--model", tiny_model_dir,
            "--max-megapixels", "0.1")
    assert r.returncode == 2
    assert "above the limit of 0 MP" in r.stderr and r.stderr.count("\n") == 1
    assert not (tmp_path / "o.png").exists()


def read_until(proc: subprocess.Popen[bytes], text: bytes, timeout: float) -> bytes:
    assert proc.stderr is not None
    seen, deadline = b"", time.monotonic() + timeout
    while text not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 0.5)
        if ready:
            chunk = os.read(proc.stderr.fileno(), 4096)
            if not chunk:
                break
            seen += chunk
    return seen


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_or_sigterm_stops_cleanly_with_a_summary(tmp_path: Path, tiny_model_dir: Path,
                                                        sig: int, code: int) -> None:
    """Ctrl-C, and SIGTERM the same way (issue 15), stop after the current patch batch."""
    src, out = tmp_path / "in", tmp_path / "out"
    for name in ("a", "b", "c"):
        write(src / f"{name}.png", (160, 120))
    proc = subprocess.Popen(
        [sys.executable, "-m", "patchscaler_gui.cli", "upscale", str(src), "-o", str(out),
         "--model", str(tiny_model_dir), "--uniform", "15"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    try:
        seen = read_until(proc, b"patch-steps", timeout=120)
        assert b"patch-steps" in seen
        proc.send_signal(sig)
        _, rest = proc.communicate(timeout=120)
    finally:
        proc.kill()
    stderr = (seen + rest).decode()
    assert proc.returncode == code, stderr
    assert "stopping after the current batch" in stderr and "interrupted" in stderr
    assert "Traceback" not in stderr
    assert "not done" in stderr
    written = files(out) if out.exists() else []
    assert not any(".part" in f for f in written)
    assert len(written) < 3
    for name in written:
        with Image.open(out / name) as im:
            assert im.size == (640, 480)
