"""Low-resolution synthesis for training (DESIGN.md §5): bicubic ×4, bicubic ×4 then JPEG,
and a realistic pipeline; and soft photos (:func:`soften`).

``jpeg_x4`` only compresses the bicubic input. ``realistic_x4`` is a second-order
degradation in the manner of Real-ESRGAN (Wang et al., ICCVW 2021), written here from the
paper's description: twice [blur → random resize → noise → JPEG], the second time with
milder parameters, ending with a resize to exactly H/4 × W/4 and an optional sinc (ringing)
filter, in random order with the last JPEG. Defaults are milder than the paper's because our
model is small. Every random choice comes from the given
``torch.Generator``: the same seed gives bit-identical output.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from patchscaler_gui.engine import codec

SCALE = 4
KERNEL_TYPES = ("iso", "aniso", "generalized_iso", "generalized_aniso",
                "plateau_iso", "plateau_aniso")
RESIZE_MODES = ("area", "bilinear", "bicubic")


@dataclass(frozen=True)
class StageConfig:
    """Ranges of one degradation stage. Noise sigma is in 1/255 units; resize probabilities
    are (up, down, keep); kernel probabilities follow ``KERNEL_TYPES``."""

    blur_prob: float = 1.0
    kernel_probs: tuple[float, ...] = (0.45, 0.25, 0.12, 0.03, 0.12, 0.03)
    kernel_size: tuple[int, int] = (7, 21)
    sigma: tuple[float, float] = (0.2, 2.0)
    beta_gaussian: tuple[float, float] = (0.5, 4.0)
    beta_plateau: tuple[float, float] = (1.0, 2.0)
    sinc_prob: float = 0.1
    resize_probs: tuple[float, float, float] = (0.2, 0.7, 0.1)
    resize_range: tuple[float, float] = (0.3, 1.5)
    gaussian_noise_prob: float = 0.5
    noise_sigma: tuple[float, float] = (1.0, 15.0)
    poisson_scale: tuple[float, float] = (0.05, 1.5)
    gray_noise_prob: float = 0.4
    jpeg_quality: tuple[int, int] = (40, 95)


SECOND_STAGE = StageConfig(blur_prob=0.8, sigma=(0.2, 1.0), resize_probs=(0.3, 0.4, 0.3),
                           resize_range=(0.5, 1.2), noise_sigma=(1.0, 10.0),
                           poisson_scale=(0.05, 1.0), jpeg_quality=(60, 95))


@dataclass(frozen=True)
class RealisticConfig:
    """The two stages (the second's resize range is relative to the final LR size) and the
    probability of the final sinc filter."""

    first: StageConfig = field(default_factory=StageConfig)
    second: StageConfig = SECOND_STAGE
    final_sinc_prob: float = 0.5


def _check(hr: torch.Tensor) -> None:
    if hr.ndim != 4 or hr.shape[1] != 3:
        raise ValueError(f"expected a (B, 3, H, W) tensor, got {tuple(hr.shape)}")
    if hr.shape[-1] % SCALE or hr.shape[-2] % SCALE:
        raise ValueError(f"image size {tuple(hr.shape[-2:])} is not a multiple of {SCALE}")


def bicubic_x4(hr: torch.Tensor) -> torch.Tensor:
    """(B, 3, H, W) in [0, 1] → (B, 3, H/4, W/4): antialiased bicubic, clamped to [0, 1]."""
    _check(hr)
    size = (hr.shape[-2] // SCALE, hr.shape[-1] // SCALE)
    lr = F.interpolate(hr, size=size, mode="bicubic", antialias=True, align_corners=False)
    return lr.clamp(0.0, 1.0)


def _uniform(gen: torch.Generator, low: float, high: float) -> float:
    return low + (high - low) * float(torch.rand((), generator=gen, device=gen.device))


def _randint(gen: torch.Generator, low: int, high: int) -> int:
    """Uniform integer in [low, high], both included."""
    return int(torch.randint(low, high + 1, (), generator=gen, device=gen.device))


def _chance(gen: torch.Generator, prob: float) -> bool:
    return float(torch.rand((), generator=gen, device=gen.device)) < prob


def _pick(gen: torch.Generator, probs: tuple[float, ...]) -> int:
    draw, total = _uniform(gen, 0.0, sum(probs)), 0.0
    for index, prob in enumerate(probs):
        total += prob
        if draw < total:
            return index
    return len(probs) - 1


def _odd_size(gen: torch.Generator, bounds: tuple[int, int]) -> int:
    return 2 * _randint(gen, bounds[0] // 2, bounds[1] // 2) + 1


def _grid(size: int) -> tuple[torch.Tensor, torch.Tensor]:
    axis = torch.arange(size, dtype=torch.float64) - size // 2
    x, y = torch.meshgrid(axis, axis, indexing="xy")
    return x, y


def gaussian_family_kernel(gen: torch.Generator, stage: StageConfig, size: int) -> torch.Tensor:
    """A random (size, size) kernel: iso/aniso Gaussian, generalized Gaussian or plateau."""
    kind = KERNEL_TYPES[_pick(gen, stage.kernel_probs)]
    sigma_x = _uniform(gen, *stage.sigma)
    if kind.endswith("aniso"):
        sigma_y, theta = _uniform(gen, *stage.sigma), _uniform(gen, -math.pi, math.pi)
    else:
        sigma_y, theta = sigma_x, 0.0
    x, y = _grid(size)
    u = math.cos(theta) * x + math.sin(theta) * y
    v = -math.sin(theta) * x + math.cos(theta) * y
    dist = (u / sigma_x) ** 2 + (v / sigma_y) ** 2
    if kind.startswith("generalized"):
        kernel = torch.exp(-0.5 * dist ** _uniform(gen, *stage.beta_gaussian))
    elif kind.startswith("plateau"):
        kernel = 1.0 / (dist ** _uniform(gen, *stage.beta_plateau) + 1.0)
    else:
        kernel = torch.exp(-0.5 * dist)
    return (kernel / kernel.sum()).float()


def sinc_kernel(cutoff: float, size: int) -> torch.Tensor:
    """A (size, size) circular low-pass (2-D sinc) kernel with cut-off ``cutoff`` rad/px."""
    x, y = _grid(size)
    radius = torch.sqrt(x**2 + y**2)
    safe = torch.where(radius == 0, torch.ones_like(radius), radius)
    kernel = cutoff * torch.special.bessel_j1(cutoff * safe) / (2 * math.pi * safe)
    kernel = torch.where(radius == 0, torch.full_like(radius, cutoff**2 / (4 * math.pi)), kernel)
    return (kernel / kernel.sum()).float()


def _delta(size: int) -> torch.Tensor:
    kernel = torch.zeros(size, size)
    kernel[size // 2, size // 2] = 1.0
    return kernel


def _stack(kernels: list[torch.Tensor]) -> torch.Tensor:
    """Zero-pad odd kernels of various sizes to the largest one and stack them: (B, K, K)."""
    size = max(k.shape[-1] for k in kernels)
    return torch.stack([F.pad(k, [(size - k.shape[-1]) // 2] * 4) for k in kernels])


def filter_per_sample(images: torch.Tensor, kernels: torch.Tensor) -> torch.Tensor:
    """Filter each image of (B, C, H, W) with its own (K, K) kernel in one grouped conv2d."""
    batch, channels, height, width = images.shape
    pad = kernels.shape[-1] // 2
    mode = "reflect" if pad < min(height, width) else "replicate"
    padded = F.pad(images, [pad] * 4, mode=mode)
    padded = padded.reshape(1, batch * channels, *padded.shape[-2:])
    weight = kernels.to(images).repeat_interleave(channels, dim=0).unsqueeze(1)
    return F.conv2d(padded, weight, groups=batch * channels).reshape(images.shape)


def _blur(gen: torch.Generator, images: torch.Tensor, stage: StageConfig) -> torch.Tensor:
    kernels = []
    for _ in range(images.shape[0]):
        size = _odd_size(gen, stage.kernel_size)
        if not _chance(gen, stage.blur_prob):
            kernels.append(_delta(size))
        elif _chance(gen, stage.sinc_prob):
            low = math.pi / 3 if size < 13 else math.pi / 5
            kernels.append(sinc_kernel(_uniform(gen, low, math.pi), size))
        else:
            kernels.append(gaussian_family_kernel(gen, stage, size))
    return filter_per_sample(images, _stack(kernels))


def _resize(images: torch.Tensor, size: tuple[int, int], mode: str) -> torch.Tensor:
    if mode == "area":
        return F.interpolate(images, size=size, mode="area")
    return F.interpolate(images, size=size, mode=mode, align_corners=False)


def _random_resize(gen: torch.Generator, images: torch.Tensor, stage: StageConfig,
                   base: tuple[int, int]) -> torch.Tensor:
    direction = _pick(gen, stage.resize_probs)
    low, high = stage.resize_range
    scale = (_uniform(gen, 1.0, high), _uniform(gen, low, 1.0), 1.0)[direction]
    mode = RESIZE_MODES[_randint(gen, 0, len(RESIZE_MODES) - 1)]
    size = (max(1, round(base[0] * scale)), max(1, round(base[1] * scale)))
    return _resize(images, size, mode)


def _noise_one(gen: torch.Generator, image: torch.Tensor, stage: StageConfig) -> torch.Tensor:
    """Gaussian or Poisson noise for one (3, H, W) image, colour or gray (same on all bands)."""
    gray = _chance(gen, stage.gray_noise_prob)
    if _chance(gen, stage.gaussian_noise_prob):
        sigma = _uniform(gen, *stage.noise_sigma) / 255.0
        shape = (1 if gray else image.shape[0], *image.shape[1:])
        return torch.randn(shape, generator=gen, device=gen.device).to(image) * sigma
    scale = _uniform(gen, *stage.poisson_scale)
    base = image.clamp(0.0, 1.0)
    if gray:
        base = codec.luma(base[None])[0]
    counts = torch.poisson(base.to(gen.device) * 255.0, generator=gen).to(image)
    return (counts / 255.0 - base) * scale


def add_noise(gen: torch.Generator, images: torch.Tensor, stage: StageConfig) -> torch.Tensor:
    """Each (3, H, W) image of ``images`` with its own draw of ``stage``'s noise."""
    return torch.stack([image + _noise_one(gen, image, stage) for image in images])


def jpeg_round_trip(image: torch.Tensor, quality: int) -> torch.Tensor:
    """Encode one (3, H, W) image in [0, 1] as a JPEG of ``quality`` in memory and decode it."""
    pixels = (image * 255.0 + 0.5).clamp(0.0, 255.0).to(torch.uint8)  # rounds: values >= 0
    buffer = io.BytesIO()
    Image.fromarray(pixels.permute(1, 2, 0).cpu().numpy()).save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    with Image.open(buffer) as decoded:
        back = np.array(decoded.convert("RGB"))
    return torch.from_numpy(back).permute(2, 0, 1).to(image) / 255.0


def _jpeg(gen: torch.Generator, images: torch.Tensor, stage: StageConfig) -> torch.Tensor:
    qualities = [_randint(gen, *stage.jpeg_quality) for _ in range(images.shape[0])]
    return torch.stack([jpeg_round_trip(img, q) for img, q in zip(images, qualities, strict=True)])


def _stage(gen: torch.Generator, images: torch.Tensor, stage: StageConfig,
           base: tuple[int, int]) -> torch.Tensor:
    """Blur → random resize (relative to ``base``) → noise; JPEG is left to the caller."""
    images = _blur(gen, images, stage)
    images = _random_resize(gen, images, stage, base)
    return add_noise(gen, images, stage)


def _final(gen: torch.Generator, images: torch.Tensor, config: RealisticConfig,
           size: tuple[int, int]) -> torch.Tensor:
    """Resize to ``size`` (+ sinc with some probability) and JPEG, in random order."""
    kernels = []
    for _ in range(images.shape[0]):
        kernel_size = _odd_size(gen, config.second.kernel_size)
        use_sinc = _chance(gen, config.final_sinc_prob)
        cutoff = _uniform(gen, math.pi / 3, math.pi)
        kernels.append(sinc_kernel(cutoff, kernel_size) if use_sinc else _delta(kernel_size))
    mode = RESIZE_MODES[_randint(gen, 0, len(RESIZE_MODES) - 1)]
    resize_first = _chance(gen, 0.5)
    if resize_first:
        images = filter_per_sample(_resize(images, size, mode), _stack(kernels))
    images = _jpeg(gen, images, config.second)
    if not resize_first:
        images = filter_per_sample(_resize(images, size, mode), _stack(kernels))
    return images


def jpeg_x4(hr: torch.Tensor, generator: torch.Generator,
            quality: tuple[int, int] = (30, 95)) -> torch.Tensor:
    """Bicubic ×4, then one JPEG round trip of a quality drawn from ``quality`` per image: a
    clean photo that was only compressed (web pictures, phone JPEGs), without noise or blur."""
    lr = bicubic_x4(hr)
    return torch.stack([jpeg_round_trip(img, _randint(generator, *quality)) for img in lr])


SOFT_SIGMA = (0.5, 3.0)  # HR px: out of focus, or smoothed by a phone's processing


def soften(hr: torch.Tensor, generator: torch.Generator,
           sigma: tuple[float, float] = SOFT_SIGMA) -> torch.Tensor:
    """Soft photos: each (B, 3, H, W) image through an isotropic Gaussian blur of its own σ
    (HR px, uniform in ``sigma``). Unlike the blur of :func:`realistic_x4`, this one is the
    photo's own: the result is the ground truth and the source of a clean input, a photo
    without fine detail that the clean-up gate has to leave to the default GRM."""
    _check(hr)
    size = 2 * math.ceil(3 * sigma[1]) + 1
    x, y = _grid(size)
    kernels = []
    for _ in range(hr.shape[0]):
        k = torch.exp(-0.5 * (x**2 + y**2) / _uniform(generator, *sigma) ** 2)
        kernels.append((k / k.sum()).float())
    with torch.no_grad():
        return filter_per_sample(hr, torch.stack(kernels))


def realistic_x4(hr: torch.Tensor, generator: torch.Generator,
                 config: RealisticConfig | None = None) -> torch.Tensor:
    """(B, 3, H, W) in [0, 1] → (B, 3, H/4, W/4) in [0, 1], quantised to 8 bits, through two
    random degradation stages drawn from ``generator`` (same seed → identical output)."""
    _check(hr)
    config = config or RealisticConfig()
    size = (hr.shape[-2] // SCALE, hr.shape[-1] // SCALE)
    with torch.no_grad():
        images = hr.float()
        images = _stage(generator, images, config.first, (hr.shape[-2], hr.shape[-1]))
        images = _jpeg(generator, images, config.first)
        images = _stage(generator, images, config.second, size)
        images = _final(generator, images, config, size)
        return ((images.clamp(0.0, 1.0) * 255.0).round() / 255.0).to(hr.dtype)
