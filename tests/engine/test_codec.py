import pytest
import torch
import torch.nn.functional as F

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


@pytest.mark.parametrize("shape", [(1, 3, 1, 1), (1, 3, 7, 9), (2, 1, 16, 5), (1, 3, 64, 48)])
def test_bicubic_latent_matches_torch_bicubic_then_encode(shape: tuple[int, ...]) -> None:
    lr = torch.rand(*shape, generator=torch.Generator().manual_seed(3)) * 1.4 - 0.2
    up = F.interpolate(lr, scale_factor=4, mode="bicubic", align_corners=False)
    expected = codec.encode(up.clamp(0.0, 1.0))
    assert torch.allclose(codec.bicubic_latent(lr), expected, atol=2e-6)


def test_decode_hwc_is_decode_clamped_and_channels_last() -> None:
    lat = torch.randn(1, 48, 5, 7) * 0.8
    expected = codec.decode(lat)[0].clamp(0.0, 1.0).permute(1, 2, 0)
    out = codec.decode_hwc(lat[0])
    assert out.shape == (20, 28, 3) and out.is_contiguous()
    assert torch.equal(out, expected)


def test_decode_hwc_uint8_is_the_float_decode_rounded() -> None:
    lat = torch.rand(48, 6, 9, generator=torch.Generator().manual_seed(3)) * 2.4 - 1.2
    # pixels that sit exactly on a half level, and the clamp limits
    lat[0, 0, :6] = torch.tensor([-1.0, 1.0, -1 + 1 / 510, 1 - 1 / 510, 0.0, 2 / 255 - 1])
    expected = (codec.decode_hwc(lat) * 255.0 + 0.5).clamp(0, 255).to(torch.uint8)
    out = codec.decode_hwc(lat, torch.uint8)
    assert out.dtype == torch.uint8 and out.shape == (24, 36, 3) and out.is_contiguous()
    assert torch.equal(out, expected)



def _ycbcr(img: torch.Tensor) -> torch.Tensor:
    r, g, b = img.unbind(1)
    y = 0.299 * r + 0.587 * g + 0.114 * b
    return torch.stack([y, 0.564 * (b - y), 0.713 * (r - y)], 1)


def test_luma_only_keeps_the_changes_luma_and_drops_its_colour() -> None:
    gen = torch.Generator().manual_seed(5)
    base = codec.encode(torch.rand(2, 3, 16, 24, generator=gen))
    change = torch.randn(base.shape, generator=gen) * 0.1
    before = _ycbcr(codec.decode(base))
    full = _ycbcr(codec.decode(base + change))
    projected = _ycbcr(codec.decode(base + codec.luma_only(change)))
    assert torch.allclose(projected[:, 0], full[:, 0], atol=1e-5)
    assert torch.allclose(projected[:, 1:], before[:, 1:], atol=1e-5)
    assert not torch.allclose(full[:, 1:], before[:, 1:], atol=1e-3)


def test_bilinear_weights_upsample_as_bilinear_interpolation() -> None:
    lr = torch.rand(1, 1, 6, 7)
    padded = F.pad(lr, (1, 1, 1, 1), mode="replicate")
    ours = F.conv2d(padded, codec.bilinear_weights())
    theirs = F.pixel_unshuffle(F.interpolate(lr, scale_factor=4, mode="bilinear",
                                             align_corners=False), 4)
    torch.testing.assert_close(ours, theirs, atol=1e-6, rtol=0)
