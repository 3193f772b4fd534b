"""``bench.starts``: the first x̂0 from the training marginal and from the sampler's start."""

import numpy as np
import pytest
import torch

from patchscaler_gui.bench import starts
from patchscaler_gui.bench.setup import Sample
from patchscaler_gui.engine.model import PatchScaler


def _samples() -> list[Sample]:
    rng = np.random.default_rng(0)
    smooth = rng.random((1, 1, 3)).astype(np.float32) + np.zeros((160, 192, 3), np.float32)
    grain = 0.5 + 0.2 * rng.standard_normal((160, 192, 3)).astype(np.float32)
    return [Sample("flat", smooth * 0.8), Sample("grain", grain.clip(0, 1))]


def test_windows_pair_the_ground_truth_with_the_coarse_stage(tiny_model: PatchScaler) -> None:
    x0, y0 = starts.windows(tiny_model, _samples(), "bicubic")
    side = tiny_model.config.patch + 2 * tiny_model.config.halo
    assert x0.shape == y0.shape == (2 * starts.PER_PHOTO, 48, side, side)
    assert not torch.equal(x0, y0)


def test_an_identity_denoiser_shows_the_start_holds_y0_not_x0(
        tiny_model: PatchScaler, monkeypatch: pytest.MonkeyPatch) -> None:
    # x̂0 = x_t: from the marginal at step 1 that is x0 and a little noise; from the
    # shortcut start it is y0 and a little noise
    monkeypatch.setattr(tiny_model, "predict_x0", lambda x_t, y0, t, prompt: x_t)
    result = starts.measure(tiny_model, _samples())
    for kind in ("bicubic", "realistic"):
        m = result[kind]
        assert m["windows"] == 2 * starts.PER_PHOTO
        first = m["rows"][0]
        assert first["step"] == 1
        assert first["marginal"] > m["coarse"] + 5
        assert abs(first["shortcut"] - m["coarse"]) < 1
        last = m["rows"][-1]  # step T: both starts are y0 and the same large noise
        assert last["step"] == 15 and last["shortcut"] == pytest.approx(last["marginal"], abs=0.3)
