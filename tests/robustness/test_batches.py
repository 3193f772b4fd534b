"""Issue 15, items 2, 7, 8 and 9: re-runs add nothing, no litter, odd files, readable output."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

from patchscaler_gui.cli import upscale as upscale_cmd
from patchscaler_gui.engine import publish
from patchscaler_gui.engine.errors import InputError
from patchscaler_gui.engine.imageio import image_files, load_image
from tests.robustness.conftest import listing, no_litter, photo, run


def test_rerunning_a_batch_adds_nothing(tmp_path: Path, tiny_model_dir: Path) -> None:
    src, out = tmp_path / "dir", tmp_path / "out"
    photo(src / "a.jpg", offset=0)
    photo(src / "a.png", offset=30)
    for attempt in range(3):
        code, err = run("upscale", src, "-o", out, "--model", tiny_model_dir, "--coarse-only",
                        "--quiet")
        assert code == 0, err
        assert listing(out) == ["a-2.png", "a.png"], (attempt, err)
        assert ("done 2, skipped 0" if attempt == 0 else "done 0, skipped 2") in err


def test_a_stale_part_file_is_swept_and_never_an_input(tmp_path: Path,
                                                       tiny_model_dir: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    photo(src / "a.png")
    out.mkdir()
    stale = out / ".a.png.k3j4h5g6.part"  # what SIGKILL leaves: no writer holds its lock
    stale.write_bytes((src / "a.png").read_bytes())
    live = out / ".a.png.zzzzzzzz.part"  # a writer still at work: its lock is held
    live.write_bytes(b"partial")
    held = os.open(live, os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX)
    other = src / ".a.png.q1w2e3r4.part"  # litter in an input folder is not an input
    other.write_bytes((src / "a.png").read_bytes())
    try:
        assert image_files(src, recursive=True) == [src / "a.png"]
        code, err = run("upscale", src, "-o", out, "--model", tiny_model_dir, "--coarse-only",
                        "--quiet")
    finally:
        os.close(held)
    assert code == 0, err
    assert not stale.exists() and live.exists()
    assert listing(out) == [".a.png.zzzzzzzz.part", "a.png"]


def test_a_fifo_is_refused_at_once(tmp_path: Path, tiny_model_dir: Path) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load_image(fifo)  # would block in open() if it were tried
    r = subprocess.run([sys.executable, "-m", "patchscaler_gui.cli", "upscale", str(fifo),
                        "-o", str(tmp_path / "o.png"), "--model", str(tiny_model_dir)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert "not a regular file" in r.stderr


def test_output_inside_the_input_folder_is_never_reingested(tmp_path: Path,
                                                            tiny_model_dir: Path) -> None:
    src = tmp_path / "photos"
    photo(src / "a.png")
    photo(src / "sub" / "b.png", offset=20)
    out = src / "upscaled"
    for attempt in range(2):
        code, err = run("upscale", src, "-o", out, "--recursive", "--model", tiny_model_dir,
                        "--coarse-only", "--quiet")
        assert code == 0, err
        assert listing(out) == ["a.png", "sub/b.png"], attempt
    assert "done 0, skipped 2" in err


def test_symlinked_files_and_folders_are_both_followed(tmp_path: Path,
                                                       tiny_model_dir: Path) -> None:
    outside = tmp_path / "elsewhere"
    photo(outside / "x.png")
    photo(outside / "deep" / "y.png", offset=20)
    src = tmp_path / "in"
    photo(src / "a.png", offset=40)
    (src / "linked.png").symlink_to(outside / "x.png")
    (src / "folder").symlink_to(outside)
    (outside / "loop").symlink_to(outside)  # a cycle is read once
    assert [p.relative_to(src).as_posix() for p in image_files(src, recursive=True)] == [
        "a.png", "folder/deep/y.png", "folder/x.png", "linked.png"]
    assert [p.name for p in image_files(src)] == ["a.png", "linked.png"]
    out = tmp_path / "out"
    code, err = run("upscale", src, "-o", out, "--recursive", "--model", tiny_model_dir,
                    "--coarse-only", "--quiet")
    assert code == 0, err
    assert listing(out) == ["a.png", "folder/deep/y.png", "folder/x.png", "linked.png"]


def shown_lines(text: str) -> list[str]:
    """What a terminal shows: each line as left by its carriage returns."""
    shown = []
    for raw in text.split("\n"):
        screen: list[str] = []
        for part in raw.split("\r"):
            screen[: len(part)] = list(part)
        shown.append("".join(screen).rstrip())
    return [s for s in shown if s]


@pytest.mark.parametrize("tty", [True, False])
def test_failures_get_lines_of_their_own_naming_the_path_once(
        tmp_path: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch,
        tty: bool) -> None:
    monkeypatch.setattr(upscale_cmd, "REFRESH", 0.0)  # a progress line at every event
    src, out = tmp_path / "in", tmp_path / "out"
    photo(src / "a.png", (64, 48))
    (src / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    photo(src / "c.png", (64, 48), offset=20)
    code, err = run("upscale", src, "-o", out, "--model", tiny_model_dir, "--budget", "1,1,1",
                    tty=tty)
    assert code == 1, err
    lines = shown_lines(err) if tty else err.split("\n")
    failures = [line for line in lines if "failed" in line and "b.png" in line]
    assert len(failures) == 2, lines  # the live line and the summary's
    for line in failures:
        assert "patch-steps" not in line and "ETA" not in line, line
        assert line.count(str(src / "b.png")) == 1, line


def test_a_single_error_after_progress_starts_a_line(tmp_path: Path, tiny_model_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(upscale_cmd, "REFRESH", 0.0)
    out = tmp_path / "o.png"
    real = upscale_cmd.upscale_picture

    def appears(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        result = yield from real(*args, **kwargs)  # type: ignore[arg-type]
        out.write_bytes(b"x")
        return result

    monkeypatch.setattr(upscale_cmd, "upscale_picture", appears)
    with no_litter(tmp_path):
        code, err = run("upscale", photo(tmp_path / "a.png"), "-o", out, "--model",
                        tiny_model_dir, tty=True)
    assert code == 2
    error = [line for line in shown_lines(err) if "error" in line]
    assert len(error) == 1 and error[0].startswith("patchscaler: error:"), shown_lines(err)


def test_publish_sweep_leaves_other_outputs_alone(tmp_path: Path) -> None:
    mine = tmp_path / ".a.png.k3j4h5g6.part"
    theirs = tmp_path / ".ab.png.k3j4h5g6.part"
    for f in (mine, theirs):
        f.write_bytes(b"old")
    assert publish.sweep(tmp_path / "a.png") == [mine]
    assert theirs.exists()
