"""Issue 15, item 1: an existing file is never replaced without --overwrite, whatever the
timing; and item 8's long names."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pytest

from patchscaler_gui.cli import upscale as upscale_cmd
from patchscaler_gui.engine import publish
from patchscaler_gui.engine.errors import OutputError
from patchscaler_gui.engine.imageio import Picture, save_image
from tests.robustness.conftest import listing, no_litter, photo, run


@pytest.fixture(params=["renameat2", "link", "exclusive-claim"])
def primitive(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each no-replace primitive in turn (the later ones are the fallbacks)."""
    if request.param == "renameat2" and publish._renameat2 is None:
        pytest.skip("this C library has no renameat2")
    if request.param != "renameat2":
        monkeypatch.setattr(publish, "_renameat2", None)
    if request.param == "exclusive-claim":
        def no_links(*_: object) -> None:
            raise PermissionError(1, "Operation not permitted")
        monkeypatch.setattr(publish.os, "link", no_links)
    return str(request.param)


def writer(data: bytes, gate: threading.Barrier | None = None) -> Callable[[BinaryIO], None]:
    def write(f: BinaryIO) -> None:
        f.write(data)
        if gate is not None:
            gate.wait(timeout=30)  # both writers hold a finished temporary file
    return write


def test_two_racing_writers_one_wins_and_the_other_replaces_nothing(
        tmp_path: Path, primitive: str) -> None:
    target = tmp_path / "same.png"
    gate = threading.Barrier(2)
    outcomes: dict[bytes, object] = {}

    def attempt(data: bytes) -> None:
        try:
            publish.atomic_write(target, writer(data, gate))
            outcomes[data] = "won"
        except OutputError as exc:
            outcomes[data] = exc

    with no_litter(tmp_path):
        threads = [threading.Thread(target=attempt, args=(d,)) for d in (b"first", b"second")]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    winners = [d for d, o in outcomes.items() if o == "won"]
    losers = [o for o in outcomes.values() if isinstance(o, OutputError)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert target.read_bytes() == winners[0]
    assert "already exists" in str(losers[0]) and "nothing was replaced" in str(losers[0])
    assert listing(tmp_path) == ["same.png"]


def test_a_sweep_between_create_and_lock_loses_nothing(
        tmp_path: Path, primitive: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another writer of the same name sweeps right after our temporary file exists and
    before we lock it (the window that once made a racing writer fail and leave an empty
    claim): our write still goes through, and nothing is left over."""
    target = tmp_path / "out.png"
    real, swept = publish.tempfile.mkstemp, []

    def then_sweep(*args: object, **kwargs: object) -> tuple[int, str]:
        made = real(*args, **kwargs)  # type: ignore[call-overload]
        if not swept:
            swept.extend(publish.sweep(target))
        return made  # type: ignore[no-any-return]

    monkeypatch.setattr(publish.tempfile, "mkstemp", then_sweep)
    with no_litter(tmp_path):
        publish.atomic_write(target, writer(b"ours"))
    assert len(swept) == 1  # the sweep did take our first file
    assert target.read_bytes() == b"ours"
    assert listing(tmp_path) == ["out.png"]


@pytest.mark.parametrize("links", [True, False])
def test_a_failed_publish_leaves_no_file(
        tmp_path: Path, links: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A publish whose temporary file is gone fails, and leaves no (empty) output behind,
    with hard links or with the exclusive claim that stands in for them."""
    monkeypatch.setattr(publish, "_renameat2", None)
    if not links:
        def no_links(*_: object) -> None:
            raise PermissionError(1, "Operation not permitted")
        monkeypatch.setattr(publish.os, "link", no_links)
    with pytest.raises(FileNotFoundError):
        publish.publish(tmp_path / ".gone.part", tmp_path / "out.png", replace=False)
    assert listing(tmp_path) == []


def test_a_file_that_appears_during_the_write_is_kept(tmp_path: Path, primitive: str) -> None:
    target = tmp_path / "out.png"

    def write(f: BinaryIO) -> None:
        f.write(b"ours")
        target.write_bytes(b"theirs")  # someone else's file, made while we encode

    with no_litter(tmp_path), pytest.raises(OutputError, match="already exists"):
        publish.atomic_write(target, write)
    assert target.read_bytes() == b"theirs"
    publish.atomic_write(target, writer(b"ours"), replace=True)  # --overwrite still replaces
    assert target.read_bytes() == b"ours"


def test_cli_output_created_while_the_run_goes_is_not_replaced(
        tmp_path: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, out = photo(tmp_path / "a.png"), tmp_path / "out.png"
    real = upscale_cmd.upscale_picture

    def meanwhile(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        out.write_bytes(b"made by someone else")  # after the existence check, before saving
        return (yield from real(*args, **kwargs))  # type: ignore[arg-type]

    monkeypatch.setattr(upscale_cmd, "upscale_picture", meanwhile)
    with no_litter(tmp_path):
        code, err = run("upscale", src, "-o", out, "--model", tiny_model_dir, "--coarse-only")
    assert code == 2, err
    assert err.count("\n") == 1 and "already exists" in err, err
    assert out.read_bytes() == b"made by someone else"
    code, err = run("upscale", src, "-o", out, "--model", tiny_model_dir, "--coarse-only",
                    "--overwrite")
    assert code == 0, err
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.slow  # two processes start torch at once
def test_two_concurrent_cli_runs_to_one_output(tmp_path: Path, tiny_model_dir: Path) -> None:
    import subprocess
    import sys

    a = photo(tmp_path / "a.png")
    b = photo(tmp_path / "b.png", offset=20)
    out = tmp_path / "same.png"
    procs = [subprocess.Popen([sys.executable, "-m", "patchscaler_gui.cli", "upscale", str(src),
                               "-o", str(out), "--model", str(tiny_model_dir), "--quiet",
                               "--coarse-only"],
                              stderr=subprocess.PIPE, text=True) for src in (a, b)]
    results = [(p.wait(timeout=180), p.communicate()[1]) for p in procs]
    codes = sorted(code for code, _ in results)
    assert codes == [0, 2], results
    loser = next(err for code, err in results if code == 2)
    assert loser.count("\n") == 1 and "exists" in loser and "Traceback" not in loser
    assert not [f for f in listing(tmp_path) if f.endswith(".part")]


def picture() -> Picture:
    return Picture(np.full((8, 8, 3), 0.5, np.float32))


def test_a_249_character_output_name_works(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 245 + ".png")
    assert len(target.name) == 249
    with no_litter(tmp_path):
        save_image(target, picture())
    assert target.is_file()


def test_a_name_over_the_limit_says_so(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 300 + ".png")
    with pytest.raises(OutputError, match="file name is too long"):
        save_image(target, picture())
    assert os.listdir(tmp_path) == []


def test_cli_too_long_name_is_refused_before_the_work(tmp_path: Path,
                                                      tiny_model_dir: Path) -> None:
    code, err = run("upscale", photo(tmp_path / "a.png"), "-o",
                    tmp_path / ("n" * 300 + ".png"), "--model", tiny_model_dir)
    assert code == 2 and err.count("\n") == 1 and "too long" in err, err
