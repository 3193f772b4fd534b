"""The command line's progress line: its ETA (patchscaler_gui/cli/upscale.py, _Status)."""

from __future__ import annotations

import pytest

from patchscaler_gui.cli import upscale
from patchscaler_gui.engine.events import CoarseReady, Progress


def test_the_eta_takes_the_patch_steps_rate_not_the_coarse_stage(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    clock = [100.0]
    monkeypatch.setattr(upscale.time, "perf_counter", lambda: clock[0])
    coarse_ready = CoarseReady.__new__(CoarseReady)  # only its type is read
    status = upscale._Status([1000, 1000, 1000], quiet=False)

    def line() -> str:
        return capsys.readouterr().err.rsplit("\r", 1)[-1].rstrip()

    status.begin(0, "[1/3] skipped.png")  # skipped: no coarse result, no rate
    status.end()
    status.begin(1, "[2/3] a.png")
    clock[0] = 104.0  # a coarse stage of 4 s
    status.event(coarse_ready)
    clock[0] = 105.0  # then 100 of 1000 patch-steps in 1 s
    status.event(Progress(0, 1, 1, 100, 1000))
    # this file 9 s more, so 14 s in all; the next file as long (the share of the batch
    # done so far would have said 95 s)
    assert line().endswith("patch-steps | batch 37%, ETA 23s")
    clock[0] = 114.0
    status.end()
    status.begin(2, "[3/3] b.png")
    clock[0] = 116.0
    status.event(coarse_ready)
    clock[0] = 117.0
    status.event(Progress(0, 1, 1, 500, 1000))
    assert line().endswith("ETA 1s")  # the last file: its own rate only
