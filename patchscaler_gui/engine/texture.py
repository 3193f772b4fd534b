"""Texture prompt: the Reference Texture Memory (RTM) and the similarity-aware encoder.

The RTM is a fixed bank of HQ texture patches (values, latent 8×8 = 32×32 px) with keys
from a frozen texture descriptor, built once from training photos and shipped with the
model. Each patch's coarse ``y0`` queries it by cosine similarity; the top-K values and
their similarities become prompt tokens for the denoiser's cross-attention.

Our choices where the paper is silent: the frozen descriptor is hand-made (no learned
weights): mean absolute responses of eight fixed derivative filters on the luma of the
decoded patch, over the whole patch and its 2×2 quadrants, at two scales, L2-normalised
after removing the patch's own contrast level; and the encoder embeds each retrieved
patch with a 2×2 patch embedding and adds a learned embedding of its similarity score.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from patchscaler_gui.engine import codec

VALUE_SIZE = 8  # latent side of one memory value


@dataclass(frozen=True)
class TextureConfig:
    entries: int = 1024
    top_k: int = 4
    width: int = 128


def _filter_bank() -> torch.Tensor:
    dx = torch.tensor([[0.0, 0, 0], [-1, 0, 1], [0, 0, 0]]) / 2
    dxx = torch.tensor([[0.0, 0, 0], [1, -2, 1], [0, 0, 0]])
    d1 = torch.tensor([[-1.0, 0, 0], [0, 0, 0], [0, 0, 1]]) / 2
    d11 = torch.tensor([[1.0, 0, 0], [0, -2, 0], [0, 0, 1]])
    lap = torch.tensor([[0.0, 1, 0], [1, -4, 1], [0, 1, 0]]) / 4
    bank = [dx, dx.T, dxx, dxx.T, d1, d1.flip(1), d11, lap]
    return torch.stack(bank)[:, None]


_BANK = _filter_bank()
DESCRIPTOR_DIM = 2 * 8 * 5


def describe(latent: torch.Tensor) -> torch.Tensor:
    """Frozen descriptor of latent patches (B, 48, h, w) → (B, 80), unit norm."""
    luma = codec.decode_luma(latent)
    bank = _BANK.to(latent)
    feats = []
    for scale in (1, 2):
        img = F.avg_pool2d(luma, scale) if scale > 1 else luma
        r = F.conv2d(F.pad(img, (1, 1, 1, 1), mode="replicate"), bank).abs()
        whole = r.mean(dim=(2, 3))
        quads = F.adaptive_avg_pool2d(r, 2).flatten(2)
        feats.append(torch.cat([whole[..., None], quads], dim=2).flatten(1))
    f = torch.cat(feats, dim=1)
    f = f / (f.mean(dim=1, keepdim=True) + 1e-3)  # drop the overall contrast level
    return F.normalize(f - f.mean(dim=1, keepdim=True), dim=1)


class TextureMemory(nn.Module):
    """Keys (M, D) and values (M, 48, 8, 8); :meth:`retrieve` returns top-K values + scores."""

    def __init__(self, config: TextureConfig) -> None:
        super().__init__()
        self.config = config
        self.register_buffer("keys", torch.zeros(config.entries, DESCRIPTOR_DIM))
        self.register_buffer(
            "values", torch.zeros(config.entries, codec.CHANNELS, VALUE_SIZE, VALUE_SIZE)
        )

    def retrieve(self, y0: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """y0 windows (B, 48, L, L) → values (B, K, 48, 8, 8) and similarities (B, K)."""
        query = describe(y0)
        keys, values = self.get_buffer("keys"), self.get_buffer("values")
        sims, idx = (query @ keys.T).topk(self.config.top_k, dim=1)
        return values[idx].to(y0.dtype), sims


class TextureEncoder(nn.Module):
    """Similarity-aware encoder: K retrieved patches + scores → K·16 prompt tokens."""

    def __init__(self, config: TextureConfig) -> None:
        super().__init__()
        d = config.width
        self.embed = nn.Conv2d(codec.CHANNELS, d, 2, stride=2)
        self.pos = nn.Parameter(torch.randn(1, 1, (VALUE_SIZE // 2) ** 2, d) * 0.02)
        self.sim = nn.Sequential(nn.Linear(1, d), nn.SiLU(), nn.Linear(d, 2 * d))
        self.norm = nn.LayerNorm(d)

    def forward(self, values: torch.Tensor, sims: torch.Tensor) -> torch.Tensor:
        b, k = sims.shape
        tok = self.embed(values.flatten(0, 1)).flatten(2).transpose(1, 2)
        tok = tok.view(b, k, -1, tok.shape[-1]) + self.pos
        scale, shift = self.sim(sims[..., None])[:, :, None].chunk(2, dim=-1)
        return self.norm(tok * (1 + scale) + shift).flatten(1, 2)
