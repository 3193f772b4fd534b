import pytest
import torch

from patchscaler_gui.engine import codec


def test_round_trip_is_exact() -> None:
    img = torch.rand(2, 3, 32, 48)
    lat = codec.encode(img)
    assert lat.shape == (2, 48, 8, 12)
    assert torch.allclose(codec.decode(lat), img, atol=1e-6)


def test_latent_range_and_locality() -> None:
    img = torch.zeros(1, 3, 16, 16)
    img[..., :4, :4] = 1.0
    lat = codec.encode(img)
    assert lat.min() == -1 and lat.max() == 1
    assert (lat[..., 0, 0] == 1).all() and (lat[..., 1:, :] == -1).all()


def test_rejects_sizes_not_multiple_of_four() -> None:
    with pytest.raises(ValueError):
        codec.encode(torch.rand(1, 3, 10, 12))
