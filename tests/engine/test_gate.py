"""The clean-up gate: a blend of the two GRMs that stays local, so tiling stays exact."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch

from patchscaler_gui.engine import chroma, mottle
from patchscaler_gui.engine.boxes import box_mean
from patchscaler_gui.engine.chroma import ChromaConfig
from patchscaler_gui.engine.gate import Blend, Gate, GateConfig
from patchscaler_gui.engine.grm import GRM, GRMConfig, run_tiled, tiled
from patchscaler_gui.engine.model import ModelConfig, random_model, tiny_config
from patchscaler_gui.engine.mottle import MottleConfig
from tests.conftest import drain

Filters = tuple[ChromaConfig | None, MottleConfig | None]
FILTERS = [(None, None), (ChromaConfig(radius=2, limit=1.0), MottleConfig(radius=2, limit=1.0))]


def _blend(seed: int = 0, filters: Filters = (None, None)) -> Blend:
    torch.manual_seed(seed)
    # the clean-up GRM thinner than the plain one, as in the shipped model
    plain, clean = GRM(GRMConfig(width=8, blocks=2)), GRM(GRMConfig(width=8, blocks=1))
    gate = Gate(GateConfig(width=8, blocks=1, reach=4))
    for net in (plain, clean, gate):
        for p in net.tail.parameters():
            p.data.normal_(0, 0.3)
    return Blend(plain, clean, gate, *filters).eval()


def test_an_untrained_gate_takes_the_mean_of_both_grms() -> None:
    torch.manual_seed(0)
    blend = _blend()
    torch.nn.init.zeros_(blend.gate.tail.weight)
    torch.nn.init.zeros_(blend.gate.tail.bias)
    lr = torch.rand(1, 3, 20, 24)
    with torch.no_grad():
        y0, s = blend(lr)
        (p, sp), (c, sc) = blend.plain(lr), blend.clean(lr)
    assert torch.allclose(y0, (p + c) / 2, atol=1e-6)
    assert torch.allclose(s, (sp + sc) / 2, atol=1e-6)


def test_the_blend_lies_between_the_grms_and_follows_the_gate() -> None:
    blend = _blend()
    lr = torch.rand(1, 3, 20, 24)
    with torch.no_grad():
        y0, _ = blend(lr)
        (p, _), (c, _) = blend.plain(lr), blend.clean(lr)
        alpha = blend.gate(lr, p, c)
    assert alpha.shape == (1, 1, 20, 24)
    assert 0 < float(alpha.min()) < float(alpha.max()) < 1  # it varies over the picture
    lo, hi = torch.minimum(p, c), torch.maximum(p, c)
    assert bool(((y0 >= lo - 1e-6) & (y0 <= hi + 1e-6)).all())


@pytest.mark.parametrize("filters", FILTERS)
def test_the_gate_reads_as_far_as_its_radius_and_no_farther(filters: Filters) -> None:
    blend = _blend(filters=filters)
    lr = torch.rand(1, 3, 64, 64)
    r = blend.receptive_radius
    own = sum(f.receptive_radius for f in filters if f is not None)
    assert r == blend.plain.receptive_radius + blend.gate.receptive_radius + own
    assert blend.clean.receptive_radius < blend.plain.receptive_radius
    with torch.no_grad():
        y0, _ = blend(lr)
        # to the right, so that no running sum reaching (32, 32) holds the flipped pixel
        far, near = lr.clone(), lr.clone()
        far[:, :, 32, 32 + r + 1] = 1 - far[:, :, 32, 32 + r + 1]
        # through the filters a pixel near the radius moves the result by less than float32
        # resolves, so the test reads the networks' reach here and each filter's below
        d = r - own - 2
        near[:, :, 32, 32 + d] = 1 - near[:, :, 32, 32 + d]
        assert torch.equal(blend(far)[0][..., 32, 32], y0[..., 32, 32])
        assert not torch.equal(blend(near)[0][..., 32, 32], y0[..., 32, 32])


@pytest.mark.parametrize("clean, config", [(chroma.clean, ChromaConfig(radius=2, limit=1.0)),
                                           (mottle.clean, MottleConfig(radius=2, limit=1.0))])
def test_a_filter_reads_as_far_as_its_radius_and_no_farther(
        clean: Callable[..., torch.Tensor], config: ChromaConfig | MottleConfig) -> None:
    torch.manual_seed(0)
    y, alpha = torch.rand(1, 48, 64, 64), torch.ones(1, 1, 64, 64)
    r = config.receptive_radius
    y0 = clean(y.clone(), alpha, config)[..., 32, 32]
    for d, reads in ((r, True), (r + 1, False)):
        x = y.clone()
        x[:, :, 32, 32 + d] = 1 - x[:, :, 32, 32 + d]
        assert torch.equal(clean(x, alpha, config)[..., 32, 32], y0) is not reads


def test_box_mean_averages_only_pixels_inside_the_picture() -> None:
    x = torch.arange(25.0).view(1, 1, 5, 5)
    out = box_mean(x, 1)
    assert float(out[0, 0, 2, 2]) == pytest.approx(float(x[0, 0, 1:4, 1:4].mean()))
    assert float(out[0, 0, 0, 0]) == pytest.approx(float(x[0, 0, :2, :2].mean()))


@pytest.mark.parametrize("filters", FILTERS)
def test_tiled_blend_matches_untiled(filters: Filters) -> None:
    blend = _blend(1, filters)
    lr = torch.rand(1, 3, 70, 90)
    with torch.no_grad():
        y0, s = blend(lr)
        seen: list[tuple[int, int]] = []
        # each GRM on tiles with its own margin, then the gate on tiles with its own
        y0_t, c_t = run_tiled(blend, lr, tile=32, on_tile=lambda *done: seen.append(done))
    assert torch.allclose(y0, y0_t, atol=1e-5)
    assert torch.allclose(blend.confidence(s), c_t, atol=1e-6)
    assert seen == [(k, 3 * 9) for k in range(1, 3 * 9 + 1)]  # 3 passes of 3 × 3 tiles


def test_the_blend_runs_the_cleanup_grm_first_and_offers_its_result_as_a_first_look() -> None:
    blend = _blend(2)
    lr = torch.rand(1, 3, 70, 90)
    with torch.no_grad():
        steps, (y0, _) = drain(tiled(blend, lr, tile=32))
        clean, _ = blend.clean(lr)
        whole, _ = blend(lr)
    looks = [k for k, s in enumerate(steps) if s.first_look is not None]
    assert looks == [9]  # after the clean-up GRM's 3 × 3 tiles, before the plain GRM's
    assert [(s.done, s.total) for s in steps] == \
        [(k, 27) for k in range(1, 10)] + [(9, 27)] + [(k, 27) for k in range(10, 28)]
    first = steps[9].first_look
    assert first is not None
    torch.testing.assert_close(first, clean, atol=1e-5, rtol=0)
    torch.testing.assert_close(y0, whole, atol=1e-5, rtol=0)  # the blend, not the first look
    assert not torch.allclose(first, y0, atol=1e-3)


def test_a_model_with_a_gate_blends_for_cleanup_only() -> None:
    tiny = tiny_config()
    config = replace(tiny, cleanup=tiny.grm, gate=GateConfig(width=8, blocks=1, reach=4))
    model = random_model(config)
    assert model.coarse_net(False) is model.grm
    blend = model.coarse_net(True)
    assert isinstance(blend, Blend) and blend.clean is model.grm_cleanup
    assert model.coarse_radius() == blend.receptive_radius > model.grm.receptive_radius
    assert ModelConfig.from_dict(config.to_dict()) == config
    assert "gate" not in replace(config, gate=None).to_dict()
    with pytest.raises(ValueError, match="clean-up"):
        replace(config, cleanup=None)
    coloured = replace(config, chroma=ChromaConfig(radius=3))
    assert ModelConfig.from_dict(coloured.to_dict()) == coloured
    assert "chroma" not in config.to_dict()
    assert random_model(coloured).coarse_net(True).receptive_radius == \
        blend.receptive_radius + 7
    with pytest.raises(ValueError, match="needs the gate"):
        replace(coloured, gate=None)
    smoothed = replace(coloured, mottle=MottleConfig(radius=2))
    assert ModelConfig.from_dict(smoothed.to_dict()) == smoothed
    assert "mottle" not in coloured.to_dict()
    assert random_model(smoothed).coarse_net(True).receptive_radius == \
        blend.receptive_radius + 7 + 5
    with pytest.raises(ValueError, match="needs the gate"):
        replace(smoothed, chroma=None, gate=None)


def test_the_shipped_gate_leaves_a_soft_clean_photo_to_the_default_grm() -> None:
    # a photo that is soft itself (out of focus, smoothed), not blurred by a degradation:
    # the clean-up GRM would sharpen what should stay soft (trained with `train gate --soft`;
    # the eleventh session's gate gave α 0.26 here, more than on the sharp photo)
    from PIL import Image

    from patchscaler_gui.engine.checkpoints import load_model
    from patchscaler_gui.engine.degrade import bicubic_x4, soften

    root = Path(__file__).resolve().parents[2]
    model = load_model(root / "models" / "patchscaler-x4")
    with Image.open(root / "resources" / "sample.png") as im:
        photo = torch.from_numpy(np.asarray(im.convert("RGB"))[:296, :448].copy())
    hr = photo.permute(2, 0, 1)[None].float() / 255.0
    lr = bicubic_x4(soften(hr, torch.Generator().manual_seed(0), (2.0, 2.0)))
    with torch.no_grad():
        plain, clean = model.grm(lr)[0], model.grm_cleanup(lr)[0]
        assert model.gate(lr, plain, clean).mean() < 0.05
