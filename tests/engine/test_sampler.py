import gc
import weakref
from dataclasses import replace

import numpy as np
import pytest
import torch

from patchscaler_gui.engine import device, sampler
from patchscaler_gui.engine.drive import drive
from patchscaler_gui.engine.events import (
    CoarseProgress,
    CoarseReady,
    FirstLook,
    GroupDone,
    Progress,
    Settings,
    Summary,
)
from patchscaler_gui.engine.grouping import GroupPlan, plan_patches
from patchscaler_gui.engine.imageio import to_int
from patchscaler_gui.engine.model import PatchScaler, token_offset
from patchscaler_gui.engine.patches import Grid
from tests.conftest import drain

# thresholds chosen so the tiny random model's patches fall in all three groups
PLAN = GroupPlan(thresholds=(0.5, 0.5), starts=(3, 8, 15), budgets=(1, 3, 5))


def _image(h: int = 40, w: int = 56) -> np.ndarray:
    return np.random.default_rng(0).random((h, w, 3), dtype=np.float32)


def _spread_plan(model: PatchScaler, img: np.ndarray) -> GroupPlan:
    state = sampler.coarse_stage(model, img)
    from patchscaler_gui.engine.grouping import patch_difficulty

    d = np.sort(patch_difficulty(state.confidence, model.config.patch).ravel())
    lo, hi = d[len(d) // 3], d[2 * len(d) // 3]
    return GroupPlan(thresholds=(float(lo), float(hi)), starts=(3, 8, 15), budgets=(1, 3, 5))


def _first_run(model: PatchScaler, img: np.ndarray, plan: GroupPlan
               ) -> tuple[CoarseReady, sampler.State, Summary]:
    """A full run of ``plan``: its CoarseReady, the State it leaves behind, its Summary."""
    events, summary = drain(sampler.upscale(model, img, plan, Settings()))
    first = next(e for e in events if isinstance(e, CoarseReady))
    return first, first.state, summary


def test_events_stream_group_by_group_and_paint_the_final_image(tiny_model: PatchScaler
                                                                 ) -> None:
    img = _image()
    plan = _spread_plan(tiny_model, img)
    events, summary = drain(sampler.upscale(tiny_model, img, plan, Settings(batch=5)))
    assert [type(e) for e in events[:2]] == [CoarseProgress, CoarseReady]
    ready = events[1]
    assert ready.coarse.shape == (160, 224, 3) and summary.image.shape == (160, 224, 3)
    assert set(np.unique(ready.groups)) == {0, 1, 2}
    done = [e for e in events if isinstance(e, GroupDone)]
    assert [d.group for d in done] == [0, 1, 2]
    # progress counts patch-steps up to the predicted total, groups in order
    prog = [e for e in events if isinstance(e, Progress)]
    assert prog[-1].patch_steps_done == prog[-1].patch_steps_total == ready.cost.patch_steps
    assert [p.group for p in prog] == sorted(p.group for p in prog)
    canvas = ready.coarse.copy()
    for d in done:
        for (t, l, _, _), px in zip(d.boxes, d.pixels, strict=True):
            canvas[t : t + px.shape[0], l : l + px.shape[1]] = px
    assert np.array_equal(canvas, to_int(summary.image))  # the final image in 8 bits
    assert not np.array_equal(canvas, ready.coarse)
    assert summary.counts["patch_steps"] == ready.cost.patch_steps


def test_group_done_pixels_match_the_final_image_in_their_cores(tiny_model: PatchScaler
                                                                ) -> None:
    img = _image()
    plan = _spread_plan(tiny_model, img)
    events, summary = drain(sampler.upscale(tiny_model, img, plan, Settings()))
    last = [e for e in events if isinstance(e, GroupDone)][-1]
    for (t, l, b, r), px in zip(last.boxes, last.pixels, strict=True):
        assert np.array_equal(px, to_int(summary.image[t:b, l:r]))


def test_seeded_runs_are_reproducible_and_seeds_differ(tiny_model: PatchScaler) -> None:
    img = _image()
    a = drive(sampler.upscale(tiny_model, img, PLAN, Settings(seed=3)))
    b = drive(sampler.upscale(tiny_model, img, PLAN, Settings(seed=3, batch=2)))
    c = drive(sampler.upscale(tiny_model, img, PLAN, Settings(seed=4)))
    a2 = drive(sampler.upscale(tiny_model, img, PLAN, Settings(seed=3)))
    assert np.array_equal(a.image, a2.image)
    assert np.allclose(a.image, b.image, atol=1e-5)  # other batching: only float rounding
    assert not np.allclose(a.image, c.image, atol=1e-3)


def test_cancel_after_first_group_stops_the_run_and_frees_memory(tiny_model: PatchScaler
                                                                ) -> None:
    img = _image()
    plan = _spread_plan(tiny_model, img)
    gen = sampler.upscale(tiny_model, img, plan, Settings())
    seen = []
    for event in gen:
        seen.append(event)
        if isinstance(event, GroupDone):
            break
    ready = next(e for e in seen if isinstance(e, CoarseReady))
    ref = weakref.ref(ready.state.y0)
    del ready
    seen = [e for e in seen if not isinstance(e, CoarseReady)]
    gen.close()
    gc.collect()
    assert ref() is None
    with pytest.raises(StopIteration):
        next(gen)
    assert sum(isinstance(e, GroupDone) for e in seen) == 1


def test_uniform_mode_goes_through_the_same_code(tiny_model: PatchScaler) -> None:
    img = _image(24, 24)
    events, summary = drain(sampler.upscale(tiny_model, img, GroupPlan.uniform(4, 15),
                                            Settings()))
    ready = events[1]
    assert isinstance(ready, CoarseReady)
    n = ready.groups.size
    assert summary.counts["patch_steps"] == 4 * n
    assert len([e for e in events if isinstance(e, Progress)]) == 4


def test_coarse_only_makes_no_denoiser_call(tiny_model: PatchScaler) -> None:
    img = _image(24, 32)
    events, summary = drain(sampler.upscale(tiny_model, img, None, Settings(coarse_only=True)))
    assert not any(isinstance(e, (Progress, GroupDone)) for e in events)
    assert np.array_equal(to_int(summary.image), events[1].coarse)  # type: ignore[union-attr]


def test_resampling_a_subset_reuses_the_coarse_stage(tiny_model: PatchScaler) -> None:
    img = _image()
    plan = _spread_plan(tiny_model, img)
    first, state, full = _first_run(tiny_model, img, plan)
    hard = first.groups == 2
    more = GroupPlan(plan.thresholds, plan.starts, (plan.budgets[0], plan.budgets[1], 8))
    events, again = drain(sampler.upscale(tiny_model, img,
                                          plan_patches(first.difficulty, more, select=hard),
                                          Settings(), state=state))
    prog = [e for e in events if isinstance(e, Progress)]
    assert prog[-1].patch_steps_total == int(hard.sum()) * 8
    assert {p.group for p in prog} == {2}
    assert not np.array_equal(full.image, again.image)
    # a patch far from every hard patch keeps its pixels
    assert np.isfinite(again.image).all()
    same = [
        np.array_equal(full.image[t:b, l:r], again.image[t:b, l:r])
        for (t, l, b, r) in first.boxes[~hard.ravel()]
    ]
    assert any(same)
    # re-sampling with the original budget reproduces the first run exactly
    back = drive(sampler.upscale(tiny_model, img,
                                 plan_patches(first.difficulty, plan, select=hard), Settings(),
                                 state=state))
    assert np.allclose(back.image, full.image, atol=1e-5)


def test_texture_switch_changes_the_output(tiny_model: PatchScaler) -> None:
    img = _image(24, 24)
    on = drive(sampler.upscale(tiny_model, img, PLAN, Settings()))
    off = drive(sampler.upscale(tiny_model, img, PLAN, Settings(texture=False)))
    assert not np.allclose(on.image, off.image)


def test_cleanup_runs_the_coarse_stage_with_the_second_grm(tiny_model: PatchScaler) -> None:
    from patchscaler_gui.engine.grm import run_tiled

    img = _image(24, 24)
    events, _ = drain(sampler.upscale(tiny_model, img, PLAN, Settings(cleanup=True)))
    coarse = events[1]
    assert tiny_model.grm_cleanup is not None
    lr = torch.from_numpy(img).permute(2, 0, 1)[None]
    with torch.inference_mode(), device.autocast(lr.device):  # the engine's precision
        expected, conf = run_tiled(tiny_model.grm_cleanup, lr)
        clean, _ = run_tiled(tiny_model.grm, lr)
    torch.testing.assert_close(coarse.latent, expected[0])
    np.testing.assert_allclose(coarse.confidence, conf[0, 0].numpy(), rtol=1e-5, atol=1e-6)
    assert not torch.allclose(coarse.latent, clean[0])


@pytest.mark.parametrize("lowband", [False, True])
def test_cleanup_through_a_gate_shows_the_cleanup_grm_first(lowband: bool) -> None:
    from patchscaler_gui.engine.grm import run_tiled
    from patchscaler_gui.engine.sharpen import Sharpening, sharpen_latent
    from tests.conftest import make_gated_model

    model = make_gated_model()
    img = _image(24, 32)
    sharp = Sharpening(0.5)
    settings = Settings(cleanup=True, sharpen=sharp, lowband=lowband)
    events, _ = drain(sampler.upscale(model, img, PLAN, settings))
    kinds = [type(e) for e in events]
    look, ready = kinds.index(FirstLook), kinds.index(CoarseReady)
    assert kinds.count(FirstLook) == 1 and 0 < look < ready
    assert kinds[look + 1 : ready] == [CoarseProgress] * (ready - look - 1) != []
    preview, coarse = events[look], events[ready]
    assert isinstance(preview, FirstLook) and isinstance(coarse, CoarseReady)
    assert model.grm_cleanup is not None
    lr = torch.from_numpy(img).permute(2, 0, 1)[None]
    with torch.inference_mode(), device.autocast(lr.device):
        clean, _ = run_tiled(model.grm_cleanup, lr)
    # shown as the run shows its coarse result: sharpened as the run sharpens (without the
    # low band, which would only delay the coarse result this provisional look stands in for)
    torch.testing.assert_close(preview.latent, sharpen_latent(clean, sharp)[0])
    assert preview.coarse.shape == coarse.coarse.shape
    assert not np.array_equal(preview.coarse, coarse.coarse)  # the gate blends in the plain
    # without clean-up: one GRM, no first look
    events, _ = drain(sampler.upscale(model, img, PLAN, Settings()))
    assert not any(isinstance(e, FirstLook) for e in events)


def test_cleanup_needs_a_model_that_has_it() -> None:
    from patchscaler_gui.engine.errors import ModelError
    from tests.conftest import make_tiny_model

    model = make_tiny_model(cleanup=False)
    assert model.grm_cleanup is None
    with pytest.raises(ModelError, match="clean-up"):
        drive(sampler.upscale(model, _image(24, 24), None, Settings(cleanup=True)))


def test_odd_sizes_are_padded_and_cropped(tiny_model: PatchScaler) -> None:
    s = drive(sampler.upscale(tiny_model, _image(13, 7), PLAN, Settings()))
    assert s.image.shape == (52, 28, 3)
    assert torch.isfinite(torch.from_numpy(s.image)).all()


def test_a_zero_budget_keeps_the_coarse_result_at_no_cost_and_undoes_samples(
        tiny_model: PatchScaler, monkeypatch: pytest.MonkeyPatch) -> None:
    img = _image()
    plan = _spread_plan(tiny_model, img)
    first, state, _ = _first_run(tiny_model, img, plan)
    prompted: list[int] = []
    real_prompt = tiny_model.prompt
    monkeypatch.setattr(tiny_model, "prompt", lambda y0: prompted.append(len(y0)) or
                        real_prompt(y0))
    # the hard group's budget drops to 0: its samples go, the coarse result comes back
    off = GroupPlan(plan.thresholds, plan.starts, (plan.budgets[0], plan.budgets[1], 0))
    hard = first.groups == 2
    events, summary = drain(sampler.upscale(tiny_model, img,
                                            plan_patches(first.difficulty, off, select=hard),
                                            Settings(), state=state))
    assert prompted == [] and not any(isinstance(e, Progress) for e in events)
    done = [e for e in events if isinstance(e, GroupDone)]
    assert [e.group for e in done] == [2] and len(done[0].boxes) == int(hard.sum())
    # the same as a fresh run that never sampled the hard group
    fresh = drive(sampler.upscale(tiny_model, img, off, Settings()))
    assert np.allclose(summary.image, fresh.image, atol=1e-5)
    assert not np.array_equal(to_int(summary.image), first.coarse)  # the others stay sampled
    prompted.clear()
    # once back to coarse, another zero-budget run has nothing to undo or paint
    events, _ = drain(sampler.upscale(tiny_model, img,
                                      plan_patches(first.difficulty, off, select=hard),
                                      Settings(), state=state))
    assert [len(e.boxes) for e in events if isinstance(e, GroupDone)] == [0]
    assert prompted == []


def test_the_diffusion_changes_luma_and_keeps_the_coarse_colour(tiny_model: PatchScaler
                                                                ) -> None:
    img = _image(24, 32)
    coarse = drive(sampler.upscale(tiny_model, img, None, Settings(coarse_only=True))).image
    out = drive(sampler.upscale(tiny_model, img, GroupPlan.uniform(4, 15), Settings())).image

    def ycbcr(rgb: np.ndarray) -> np.ndarray:
        y = rgb @ np.array([0.299, 0.587, 0.114])
        return np.stack([y, 0.564 * (rgb[..., 2] - y), 0.713 * (rgb[..., 0] - y)], -1)

    unclipped = (out > 0) & (out < 1) & (coarse > 0) & (coarse < 1)
    inside = unclipped.all(-1)
    assert inside.mean() > 0.5
    a, b = ycbcr(out)[inside], ycbcr(coarse)[inside]
    assert np.abs(a[:, 0] - b[:, 0]).max() > 1e-2
    assert np.allclose(a[:, 1:], b[:, 1:], atol=1e-4)


def test_no_latent_value_moves_further_than_the_coarse_stages_expected_error(
        tiny_model: PatchScaler) -> None:
    """The trust region: the merged change stays within ``State.error`` of y0 (the GRM's
    Laplace scale, its expected absolute error) and reaches it where the random
    denoiser would have gone further."""
    _, state, _ = _first_run(tiny_model, _image(24, 32), GroupPlan.uniform(4, 15))
    change = (state.mosaic.latent() - state.y0).abs()
    assert state.error.shape == (1, 1, *state.y0.shape[2:])
    assert (change <= state.error * (1 + 1e-5)).all()
    assert (change >= state.error * (1 - 1e-5)).float().mean() > 0.01


def test_the_token_grid_moves_between_steps_and_the_window_stays_in_place(
        tiny_model: PatchScaler, monkeypatch: pytest.MonkeyPatch) -> None:
    """Consecutive calls of a chain see the window moved by one latent pixel (another 2×2
    token alignment each time), and the prediction comes back to the window's place: a
    denoiser that changes each pixel on its own gives the same x̂0 at any step but along
    the edges the move repeats."""
    assert [token_offset(k, 2) for k in range(5)] == [(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)]
    seen: list[torch.Tensor] = []

    class Pointwise(torch.nn.Module):
        def forward(self, x: torch.Tensor, y0: torch.Tensor, t: torch.Tensor,
                    prompt: torch.Tensor | None = None) -> torch.Tensor:
            seen.append(x)
            return y0 + torch.tanh(3 * x - y0)

    monkeypatch.setattr(tiny_model, "denoiser", Pointwise())
    gen = torch.Generator().manual_seed(0)
    x, y0 = torch.randn(2, 48, 12, 12, generator=gen), torch.randn(2, 48, 12, 12, generator=gen)
    still = tiny_model.predict_x0(x, y0, 3, None, step=0)
    moved = tiny_model.predict_x0(x, y0, 3, None, step=1)
    scaled = x / tiny_model.schedule.input_scale(3)
    assert torch.equal(seen[0], scaled)
    assert torch.equal(seen[1][:, :, :-1, :-1], scaled[:, :, 1:, 1:])
    assert torch.allclose(moved[:, :, 1:, 1:], still[:, :, 1:, 1:], atol=1e-6)
    assert not torch.allclose(moved, still, atol=1e-3)  # the repeated edge differs


def test_windows_read_one_noise_field_so_neighbours_agree_where_they_overlap() -> None:
    grid = Grid(64, 64, patch=16, halo=2)  # windows of 20 latent px, 4 rows per side
    settings, gen, shape = Settings(seed=3), torch.Generator(), (5, 20, 20)
    noise = sampler._noise(shape, settings, grid, np.array([0, 1, 4]), 7, gen)
    # patch (0, 0) reads latent columns −2 … 17, patch (0, 1) columns 14 … 33, patch (1, 0)
    # rows 14 … 33: the overlaps are the same noise
    assert torch.equal(noise[0][:, :, 16:], noise[1][:, :, :4])
    assert torch.equal(noise[0][:, 16:, :], noise[2][:, :4, :])
    assert not torch.equal(noise[0][:, :, :4], noise[1][:, :, :4])
    # a window's noise depends on its place and the step, not on its batch
    assert torch.equal(sampler._noise(shape, settings, grid, np.array([1]), 7, gen)[0], noise[1])
    assert not torch.equal(sampler._noise(shape, settings, grid, np.array([1]), 8, gen)[0],
                           noise[1])
    # in a tile whose first patch is the picture's (0, 1), its patch (0, 0) reads that noise
    tile = replace(settings, patch_origin=(0, 1))
    assert torch.equal(sampler._noise(shape, tile, grid, np.array([0]), 7, gen)[0], noise[1])
