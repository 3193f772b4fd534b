"""The batch ETA of the command line and the app's queue (engine/eta.py)."""

from __future__ import annotations

import pytest

from patchscaler_gui.engine.eta import BatchClock


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_file_has_left_its_patch_steps_rate_not_the_coarse_stage_spread_over_them(
        ) -> None:
    t = Clock()
    clock = BatchClock([1000], t)
    clock.begin(0)
    t.now = 104.0  # a coarse stage of 4 s, then a first batch of 100 patch-steps
    clock.progress(100)
    assert clock.left(100, 1000) is None  # one event: no rate yet
    t.now = 105.0
    clock.progress(200)  # 100 patch-steps a second
    assert clock.left(200, 1000) == pytest.approx(8.0)  # the share of the batch done said 20 s
    assert clock.share(200, 1000) == pytest.approx(0.2)


def test_later_files_take_the_seconds_per_pixel_of_the_files_upscaled_before() -> None:
    t = Clock()
    clock = BatchClock([1000, 1000, 500], t)
    clock.begin(0)  # skipped: no time, no rate
    clock.end(upscaled=False)
    clock.begin(1)
    t.now = 104.0
    clock.progress(100)
    t.now = 105.0
    clock.progress(200)
    # this file 8 s more, 13 s in all: 13 ms a pixel for the last file's 500 pixels
    assert clock.left(200, 1000) == pytest.approx(8.0 + 6.5)
    assert clock.share(200, 1000) == pytest.approx(1200 / 2500)
    t.now = 113.0
    clock.end(upscaled=True)
    clock.begin(2)
    t.now = 115.0
    clock.progress(100)  # no rate of its own yet: the files' 13 ms a pixel
    assert clock.left(100, 1000) == pytest.approx(0.013 * 500 * 0.9)
    t.now = 116.0
    clock.progress(600)
    assert clock.left(600, 1000) == pytest.approx(0.8)
