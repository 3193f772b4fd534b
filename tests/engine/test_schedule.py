import math

import numpy as np
import pytest
import torch

from patchscaler_gui.engine.schedule import Schedule, respace


@pytest.mark.parametrize("kappa", [0.5, 1.0, 2.0])
def test_closed_forms(kappa: float) -> None:
    s = Schedule(T=15, p=0.3, kappa=kappa)
    assert s.sqrt_eta[0] == 0
    assert math.isclose(s.sqrt_eta[1], min(0.04 / kappa, 0.04))
    assert math.isclose(s.sqrt_eta[15], 0.99, rel_tol=1e-9)
    assert np.all(np.diff(s.sqrt_eta) > 0)


def test_exponent_shape_follows_p() -> None:
    s = Schedule(T=15, p=0.3, kappa=2.0)
    b = math.exp(math.log(0.99 / s.sqrt_eta[1]) / 14)
    for t in (2, 7, 11):
        beta = ((t - 1) / 14) ** 0.3 * 14
        assert math.isclose(s.sqrt_eta[t], s.sqrt_eta[1] * b**beta)


def test_posterior_matches_formulas_and_last_step_has_no_variance() -> None:
    s = Schedule()
    a, b, var = s.posterior(5, 4)
    eta = s.eta
    alpha = eta[5] - eta[4]
    assert math.isclose(a, eta[4] / eta[5]) and math.isclose(b, alpha / eta[5])
    assert math.isclose(var, s.kappa**2 * eta[4] / eta[5] * alpha)
    assert s.posterior(1, 0) == (0.0, 1.0, 0.0)
    with pytest.raises(ValueError):
        s.posterior(3, 3)


def test_batch_input_scales_match_the_sampler_s() -> None:
    s = Schedule()
    t = torch.tensor([1, 7, 15, 7])
    scales = s.input_scales(t)
    assert scales.shape == (4, 1, 1, 1) and scales.dtype == torch.float32
    for k, step in enumerate(t.tolist()):
        assert math.isclose(float(scales[k]), s.input_scale(step), rel_tol=1e-6)


def test_respace() -> None:
    assert respace(15, 15) == list(range(15, 0, -1))
    assert respace(15, 2) == [15, 1]
    assert respace(4, 10) == [4, 3, 2, 1]
    assert respace(7, 1) == [7]
    with pytest.raises(ValueError):
        respace(0, 3)


def test_shortcut_start_is_the_marginal_with_y0() -> None:
    s = Schedule()
    y0, eps = torch.randn(2, 48, 4, 4), torch.randn(2, 48, 4, 4)
    got = s.shortcut_start(y0, 7, eps)
    want = s.q_sample(y0, y0, torch.tensor([7, 7]), eps)
    assert torch.allclose(got, want, atol=1e-6)


@pytest.mark.parametrize(("start", "steps"), [(15, 15), (15, 4), (6, 2), (3, 1)])
def test_perfect_predictor_recovers_x0(start: int, steps: int) -> None:
    s = Schedule()
    g = torch.Generator().manual_seed(0)
    x0 = torch.randn(3, 48, 8, 8, generator=g)
    y0 = x0 + 0.3 * torch.randn(3, 48, 8, 8, generator=g)
    ts = respace(start, steps)
    x = s.shortcut_start(y0, ts[0], torch.randn(3, 48, 8, 8, generator=g))
    for k, t in enumerate(ts):
        nxt = ts[k + 1] if k + 1 < len(ts) else 0
        a, b, var = s.posterior(t, nxt)
        x = a * x + b * x0 + var**0.5 * torch.randn(x.shape, generator=g)
    assert torch.allclose(x, x0, atol=1e-5)


@pytest.mark.parametrize(("t", "s"), [(15, 10), (8, 3), (4, 1)])
def test_reverse_step_keeps_the_forward_marginal(t: int, s: int) -> None:
    """x_t from the forward marginal, one exact posterior step → the marginal at s."""
    sch = Schedule()
    g = torch.Generator().manual_seed(1)
    n = 200_000
    x0, y0 = torch.zeros(n), torch.ones(n)
    x_t = sch.q_sample(x0.view(n, 1, 1, 1), y0.view(n, 1, 1, 1), torch.full((n,), t),
                       torch.randn(n, 1, 1, 1, generator=g)).flatten()
    a, b, var = sch.posterior(t, s)
    x_s = a * x_t + b * x0 + var**0.5 * torch.randn(n, generator=g)
    assert abs(x_s.mean().item() - sch.eta[s]) < 0.01
    assert abs(x_s.std().item() - sch.kappa * sch.sqrt_eta[s]) < 0.01
