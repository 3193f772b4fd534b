import pytest
import torch
import torch.nn.functional as F

from patchscaler_gui.engine import codec
from patchscaler_gui.engine.grm import GRM, GRMConfig, run_tiled


def test_untrained_grm_is_bicubic_with_half_confidence() -> None:
    grm = GRM(GRMConfig(width=8, blocks=1)).eval()
    lr = torch.rand(1, 3, 12, 16)
    y0, s = grm(lr)
    up = F.interpolate(lr, scale_factor=4, mode="bicubic", align_corners=False).clamp(0, 1)
    assert y0.shape == (1, 48, 12, 16)
    assert torch.allclose(codec.decode(y0), up, atol=1e-6)
    assert torch.allclose(grm.confidence(s), torch.full((1, 1, 12, 16), 0.5))


def test_confidence_is_in_open_unit_interval_and_falls_with_scale() -> None:
    grm = GRM(GRMConfig(width=8, blocks=1))
    c = grm.confidence(torch.tensor([-9.0, -3.0, 0.0, 5.0]))
    assert (c > 0).all() and (c < 1).all() and (c.diff() < 0).all()


def test_expected_error_inverts_the_confidence() -> None:
    grm = GRM(GRMConfig(width=8, blocks=1, s_ref=-2.0))
    s = torch.tensor([-9.0, -3.0, 0.0, 2.0])
    assert torch.allclose(grm.expected_error(grm.confidence(s)), s.exp(), rtol=1e-4)


def test_tiled_matches_untiled() -> None:
    torch.manual_seed(0)
    grm = GRM(GRMConfig(width=8, blocks=2)).eval()
    for p in grm.tail.parameters():
        p.data.normal_(0, 0.1)
    lr = torch.rand(1, 3, 70, 90)
    with torch.no_grad():
        y0, s = grm(lr)
        y0_t, c_t = run_tiled(grm, lr, tile=32)  # halo = receptive radius
    assert torch.allclose(y0, y0_t, atol=1e-5)
    assert torch.allclose(grm.confidence(s), c_t, atol=1e-6)


def test_run_tiled_reports_each_tile_and_stops_when_the_callback_raises() -> None:
    grm = GRM(GRMConfig(width=8, blocks=1)).eval()
    lr = torch.rand(1, 3, 40, 70)
    seen: list[tuple[int, int]] = []
    with torch.no_grad():
        run_tiled(grm, lr, tile=16, on_tile=lambda done, total: seen.append((done, total)))
        assert seen == [(k, 15) for k in range(1, 16)]  # 3 rows × 5 columns
        seen.clear()
        run_tiled(grm, lr, tile=256, on_tile=lambda done, total: seen.append((done, total)))
        assert seen == [(1, 1)]

        class Stop(Exception):
            pass

        def stop(done: int, total: int) -> None:
            seen.append((done, total))
            raise Stop

        seen.clear()
        with pytest.raises(Stop):
            run_tiled(grm, lr, tile=16, on_tile=stop)
        assert seen == [(1, 15)]
