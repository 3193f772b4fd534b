"""The end-to-end bench: its input, a photo as users have it (degraded), not a clean
downscale, and the order of its runs."""

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image

from patchscaler_gui.bench import scaling
from patchscaler_gui.bench.scaling import make_input, typical_photo


def _photo() -> np.ndarray:
    rng = np.random.default_rng(3)
    smooth = np.kron(rng.random((12, 16, 3)), np.ones((16, 16, 1)))  # 192 × 256, blocky
    return np.asarray(smooth, np.float32)


def test_input_is_degraded_deterministic_and_square(tmp_path: Path) -> None:
    a = np.asarray(Image.open(make_input(_photo(), 32, tmp_path / "a.png")))
    b = np.asarray(Image.open(make_input(_photo(), 32, tmp_path / "b.png")))
    assert a.shape == (32, 32, 3) and a.dtype == np.uint8
    assert np.array_equal(a, b)  # one fixed seed: every run times the same input
    square = Image.fromarray((_photo()[:, 32:224] * 255 + 0.5).astype(np.uint8))
    clean = np.asarray(square.resize((32, 32), Image.Resampling.LANCZOS), np.float32)
    assert np.abs(a.astype(np.float32) - clean).mean() > 1.0  # not the clean downscale
    other = np.asarray(Image.open(make_input(_photo(), 32, tmp_path / "c.png", seed=1)))
    assert not np.array_equal(a, other)


def test_typical_photo_is_the_median_detail() -> None:
    rng = np.random.default_rng(0)
    flat = np.full((100, 150, 3), 0.5, np.float32)
    busy = rng.random((100, 150, 3)).astype(np.float32)
    some = np.asarray(np.kron(rng.random((10, 15, 3)), np.ones((10, 10, 1))), np.float32)
    photos = [("busy", busy), ("flat", flat), ("some", some)]
    assert typical_photo(photos)[0] == "some"
    more = np.asarray(np.kron(rng.random((25, 30, 3)), np.ones((4, 5, 1))), np.float32)
    assert typical_photo(photos + [("more", more)])[0] == "some"  # the lower median


def test_the_anchor_runs_between_our_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    """The machine's speed drifts within minutes: Real-ESRGAN's run on a size comes after
    our first two runs of it and before the third, so both are timed in the same minutes."""
    order: list[str] = []

    def child(cmd: list[str]) -> dict[str, object]:
        order.append("ours")
        return {"seconds": float(len(order)), "counts": {"patch_steps": 1}}

    class Anchor:
        def timed(self, rgb: np.ndarray, fresh: bool) -> SimpleNamespace:
            order.append("anchor")
            image = np.zeros((rgb.shape[0] * 4, rgb.shape[1] * 4, 3), np.uint8)
            return SimpleNamespace(image=image, seconds=1.0, cpu=1.0)

    monkeypatch.setattr(scaling, "_child", child)
    ours, anchored = scaling.run_sizes(_photo(), [16, 32], [], 0, tmp_path, lambda _: None,
                                       Anchor())  # type: ignore[arg-type]
    assert order == ["ours", "ours", "anchor", "ours"] * 2
    assert [r["input"] for r in ours] == [r["input"] for r in anchored] == [[16, 16], [32, 32]]
    assert ours[0]["runs_s"] == [1.0, 2.0, 4.0] and ours[0]["seconds"] == 2.0  # the median
    assert anchored[1]["output"] == [128, 128] and anchored[1]["mp_per_s"] > 0
    assert scaling.run_sizes(_photo(), [16], [], 0, tmp_path, lambda _: None)[1] == []
