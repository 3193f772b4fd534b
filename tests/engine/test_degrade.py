"""Low-resolution synthesis: sizes, ranges, determinism under a seed, kernels."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
import torch
import torch.nn.functional as F

from patchscaler_gui.engine.degrade import (
    KERNEL_TYPES,
    RealisticConfig,
    StageConfig,
    bicubic_x4,
    filter_per_sample,
    gaussian_family_kernel,
    jpeg_round_trip,
    jpeg_x4,
    realistic_x4,
    sinc_kernel,
    soften,
)


def _hr(batch: int = 2, height: int = 64, width: int = 96) -> torch.Tensor:
    """Smooth structure plus texture, in [0, 1]."""
    y = torch.linspace(0, 1, height).view(1, 1, height, 1)
    x = torch.linspace(0, 1, width).view(1, 1, 1, width)
    base = 0.5 + 0.4 * torch.sin(12 * x + 7 * y) * torch.cos(5 * y)
    noise = torch.rand(batch, 3, height, width, generator=torch.Generator().manual_seed(1))
    return (0.8 * base + 0.2 * noise).clamp(0, 1)


def _gen(seed: int) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def test_bicubic_size_range_and_constant() -> None:
    lr = bicubic_x4(_hr(2, 32, 48))
    assert lr.shape == (2, 3, 8, 12)
    assert lr.min() >= 0 and lr.max() <= 1
    flat = bicubic_x4(torch.full((1, 3, 40, 24), 0.37))
    assert torch.allclose(flat, torch.full_like(flat, 0.37), atol=1e-6)


def test_bicubic_clamps_overshoot() -> None:
    edge = torch.zeros(1, 3, 32, 32)
    edge[..., 16:] = 1.0
    lr = bicubic_x4(edge)
    assert lr.min() == 0 and lr.max() == 1


@pytest.mark.parametrize("bad", [(1, 3, 30, 32), (1, 3, 32, 30), (1, 1, 32, 32), (3, 32, 32)])
def test_rejects_bad_shapes(bad: tuple[int, ...]) -> None:
    with pytest.raises(ValueError):
        bicubic_x4(torch.rand(bad))
    with pytest.raises(ValueError):
        realistic_x4(torch.rand(bad), _gen(0))


@pytest.mark.parametrize("size", [(16, 16), (64, 96), (128, 64)])
def test_realistic_size_and_range(size: tuple[int, int]) -> None:
    lr = realistic_x4(_hr(3, *size), _gen(0))
    assert lr.shape == (3, 3, size[0] // 4, size[1] // 4)
    assert lr.dtype == torch.float32
    assert lr.min() >= 0 and lr.max() <= 1
    assert torch.equal((lr * 255).round() / 255, lr)  # 8-bit values


def test_realistic_is_deterministic_under_a_seed() -> None:
    hr = _hr()
    first = realistic_x4(hr, _gen(123))
    assert torch.equal(first, realistic_x4(hr, _gen(123)))
    assert not torch.equal(first, realistic_x4(hr, _gen(124)))
    gen = _gen(5)
    assert not torch.equal(realistic_x4(hr, gen), realistic_x4(hr, gen))  # state advances


def test_realistic_degrades_but_keeps_the_picture() -> None:
    hr = _hr(4, 128, 128)
    lr = realistic_x4(hr, _gen(3))
    reference = bicubic_x4(hr)
    error = (lr - reference).abs().mean().item()
    assert 0.002 < error < 0.25


@pytest.mark.parametrize("kind", range(len(KERNEL_TYPES)))
def test_every_kernel_type_and_noise_branch(kind: int) -> None:
    probs = tuple(float(i == kind) for i in range(len(KERNEL_TYPES)))
    stage = StageConfig(kernel_probs=probs, sinc_prob=0.0, gaussian_noise_prob=float(kind % 2),
                        gray_noise_prob=float(kind < 3))
    config = RealisticConfig(first=stage, second=replace(stage, blur_prob=1.0),
                             final_sinc_prob=1.0)
    lr = realistic_x4(_hr(2, 32, 32), _gen(kind), config)
    assert lr.shape == (2, 3, 8, 8) and torch.isfinite(lr).all()


@pytest.mark.parametrize("kind", range(len(KERNEL_TYPES)))
def test_kernels_are_normalised_and_point_symmetric(kind: int) -> None:
    probs = tuple(float(i == kind) for i in range(len(KERNEL_TYPES)))
    kernel = gaussian_family_kernel(_gen(kind), StageConfig(kernel_probs=probs), 13)
    assert kernel.shape == (13, 13)
    assert math.isclose(kernel.sum().item(), 1.0, rel_tol=1e-5)
    assert torch.allclose(kernel, kernel.flip(0, 1), atol=1e-7)
    assert kernel.argmax().item() == 13 * 6 + 6


def test_sinc_kernel() -> None:
    kernel = sinc_kernel(math.pi / 3, 21)
    assert math.isclose(kernel.sum().item(), 1.0, rel_tol=1e-5)
    assert kernel.argmax().item() == 21 * 10 + 10
    assert (kernel < 0).any()  # ringing lobes
    assert torch.allclose(kernel, kernel.T)


def test_filter_per_sample_matches_one_conv_per_sample() -> None:
    images = torch.rand(3, 3, 20, 24, generator=_gen(0))
    kernels = torch.rand(3, 5, 5, generator=_gen(1))
    out = filter_per_sample(images, kernels)
    for i in range(3):
        padded = F.pad(images[i : i + 1], [2] * 4, mode="reflect")
        weight = kernels[i].expand(3, 1, 5, 5)
        assert torch.allclose(out[i], F.conv2d(padded, weight, groups=3)[0], atol=1e-5)
    delta = torch.zeros(3, 7, 7)
    delta[:, 3, 3] = 1
    assert torch.allclose(filter_per_sample(images, delta), images)


def test_soften_blurs_each_image_by_its_own_sigma_and_keeps_flat_colour() -> None:
    hr = _hr(4)
    soft = soften(hr, _gen(0))
    assert soft.shape == hr.shape and torch.equal(soft, soften(hr, _gen(0)))
    assert not torch.equal(soft, soften(hr, _gen(1)))
    sharp = (hr[..., 1:] - hr[..., :-1]).abs().mean()
    assert (soft[..., 1:] - soft[..., :-1]).abs().mean() < 0.5 * sharp
    light, heavy = soften(hr[:1], _gen(0), (0.5, 0.5)), soften(hr[:1], _gen(0), (3.0, 3.0))
    assert (heavy - hr[:1]).abs().mean() > (light - hr[:1]).abs().mean()
    flat = torch.full((2, 3, 32, 32), 0.3)
    assert torch.allclose(soften(flat, _gen(0)), flat)  # the kernels sum to one


def test_jpeg_round_trip_keeps_size_and_lower_quality_loses_more() -> None:
    image = _hr(1, 64, 64)[0]
    high, low = jpeg_round_trip(image, 95), jpeg_round_trip(image, 30)
    assert high.shape == image.shape and low.min() >= 0 and low.max() <= 1
    assert (high - image).abs().mean() < (low - image).abs().mean()


def test_jpeg_x4_only_compresses_the_bicubic_input() -> None:
    hr = _hr(3)
    lr = jpeg_x4(hr, _gen(0))
    assert lr.shape == bicubic_x4(hr).shape and torch.equal(lr, jpeg_x4(hr, _gen(0)))
    assert not torch.equal(lr, jpeg_x4(hr, _gen(1)))  # the quality is drawn per seed
    exact = jpeg_x4(hr, _gen(0), quality=(70, 70))
    expected = torch.stack([jpeg_round_trip(img, 70) for img in bicubic_x4(hr)])
    assert torch.equal(exact, expected)
