"""Patch-DiT: a small diffusion transformer that denoises one latent window at a time.

Input: the noisy window ``x_t`` (scaled by 1/sqrt(κ²η_t+1)), the coarse window ``y0`` and
the timestep; output: the predicted clean window ``x̂0``. Our choices where the paper is
silent: ``x_t`` and ``y0`` are concatenated channel-wise before a 2×2 patch embedding; a
learned 2-D position embedding; adaLN-Zero conditioning on a sinusoidal timestep
embedding (DiT); cross-attention to texture prompt tokens in every block, skipped when no
prompt is given; and the output is a residual over ``y0``, zero-initialised, so an
untrained network predicts ``x̂0 = y0``. Attention uses ``scaled_dot_product_attention``
(three plain ops on the CPU: :func:`_attend`).
Every window is independent, so any subset of patches can be batched in any order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from patchscaler_gui.engine import codec

ATTENTION_CHUNK = 32  # windows per attention product on the CPU (:func:`_attend`)


@dataclass(frozen=True)
class DenoiserConfig:
    window: int = 20  # latent window side (patch + 2 × halo)
    width: int = 128
    depth: int = 4
    heads: int = 4
    mlp_ratio: float = 2.0
    patch: int = 2
    T: int = 15
    # a 3×3 convolution over the predicted latent after the tokens are unpatchified (zero-
    # initialised, added): the head writes each token's 2×2 latent pixels (8×8 output px)
    # on its own, and this lets neighbouring tokens' outputs meet across their borders
    refine: bool = False


def timestep_embedding(t: torch.Tensor, dim: int) -> torch.Tensor:
    half = dim // 2
    freqs = torch.exp(-math.log(1000.0) * torch.arange(half, device=t.device) / half)
    args = t.float()[:, None] * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=-1)


class _Attention(nn.Module):
    def __init__(self, width: int, heads: int) -> None:
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(width, width)
        self.kv = nn.Linear(width, 2 * width)
        self.out = nn.Linear(width, width)

    def forward(self, x: torch.Tensor, context: torch.Tensor | None = None) -> torch.Tensor:
        b, n, d = x.shape
        hd = d // self.heads
        # the softmax scale rides on the query projection's weights, and q, k and v leave it
        # as contiguous (batch, heads, tokens, head width) blocks in one copy
        s = hd**-0.5
        wq, bq = self.q.weight * s, self.q.get_parameter("bias") * s
        if context is None:  # self-attention: q, k and v from one fused matmul
            weight = torch.cat([wq, self.kv.weight])
            bias = torch.cat([bq, self.kv.get_parameter("bias")])
            q, k, v = _heads(F.linear(x, weight, bias), 3, self.heads)
        else:
            (q,) = _heads(F.linear(x, wq, bq), 1, self.heads)
            k, v = _heads(self.kv(context), 2, self.heads)
        y = _attend(q, k, v)
        return self.out(y.transpose(1, 2).reshape(b, n, d))


def _heads(x: torch.Tensor, parts: int, heads: int) -> tuple[torch.Tensor, ...]:
    """(B, n, parts·d) projections as ``parts`` contiguous (B, heads, n, d / heads) tensors."""
    b, n, width = x.shape
    split = x.view(b, n, parts, heads, width // (parts * heads))
    return split.permute(2, 0, 3, 1, 4).contiguous().unbind(0)


def _attend(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """Softmax attention of pre-scaled queries. On the CPU three plain ops, 32 windows at a
    time (so each chunk's scores stay in cache), beat PyTorch's fused kernel on these short
    sequences (100 tokens) with torch 2.13 on two cores: in bfloat16 7 against 11 ms for 128
    windows' self-attention unchunked; in float32 a whole 512² run of the default look 7 %
    faster (3.21 against 3.44 s), where unchunked it was slower. On GPUs the fused kernel is
    the faster one, and training takes it too (the chunks write into one output)."""
    if q.device.type != "cpu" or torch.is_grad_enabled():
        return F.scaled_dot_product_attention(q, k, v, scale=1.0)
    out = torch.empty_like(q)
    for start in range(0, q.shape[0], ATTENTION_CHUNK):
        part = slice(start, start + ATTENTION_CHUNK)
        torch.matmul((q[part] @ k[part].transpose(-1, -2)).softmax(-1), v[part], out=out[part])
    return out


class _Block(nn.Module):
    def __init__(self, c: DenoiserConfig) -> None:
        super().__init__()
        d = c.width
        self.norm1 = nn.LayerNorm(d, elementwise_affine=False, eps=1e-6)
        self.attn = _Attention(d, c.heads)
        self.norm_x = nn.LayerNorm(d, eps=1e-6)
        self.cross = _Attention(d, c.heads)
        self.norm2 = nn.LayerNorm(d, elementwise_affine=False, eps=1e-6)
        hidden = int(d * c.mlp_ratio)
        # the exact (erf) GELU: in bfloat16 on the CPU about 4x faster than the tanh
        # approximation the shipped weights were trained with (1.4 against 5.4 ms on 128
        # windows), from which it differs by less than bfloat16's rounding
        self.mlp = nn.Sequential(nn.Linear(d, hidden), nn.GELU(),
                                 nn.Linear(hidden, d))
        self.ada = nn.Linear(d, 6 * d)
        nn.init.zeros_(self.ada.weight)
        nn.init.zeros_(self.ada.bias)
        nn.init.zeros_(self.cross.out.weight)
        nn.init.zeros_(self.cross.out.bias)

    def forward(self, x: torch.Tensor, cond: torch.Tensor, prompt: torch.Tensor | None
                ) -> torch.Tensor:
        sh1, sc1, g1, sh2, sc2, g2 = self.ada(cond)[:, None].chunk(6, dim=-1)
        x = torch.addcmul(x, g1, self.attn(torch.addcmul(sh1, self.norm1(x), 1 + sc1)))
        if prompt is not None:
            x = x + self.cross(self.norm_x(x), prompt)
        return torch.addcmul(x, g2, self.mlp(torch.addcmul(sh2, self.norm2(x), 1 + sc2)))


class PatchDiT(nn.Module):
    """``forward(x_t_scaled, y0, t, prompt) -> x̂0`` for windows of shape (B, 48, L, L)."""

    def __init__(self, config: DenoiserConfig) -> None:
        super().__init__()
        self.config = config
        c, d, p = codec.CHANNELS, config.width, config.patch
        self.embed = nn.Conv2d(2 * c, d, p, stride=p)
        tokens = (config.window // p) ** 2
        self.pos = nn.Parameter(torch.randn(1, tokens, d) * 0.02)
        self.t_mlp = nn.Sequential(nn.Linear(d, d), nn.SiLU(), nn.Linear(d, d))
        self.blocks = nn.ModuleList([_Block(config) for _ in range(config.depth)])
        self.norm = nn.LayerNorm(d, elementwise_affine=False, eps=1e-6)
        self.final_ada = nn.Linear(d, 2 * d)
        self.head = nn.Linear(d, c * p * p)
        self.refine = nn.Conv2d(c, c, 3, padding=1) if config.refine else None
        for layer in (self.final_ada, self.head, self.refine):
            if layer is not None:
                nn.init.zeros_(layer.weight)
                nn.init.zeros_(layer.get_parameter("bias"))

    def forward(self, x: torch.Tensor, y0: torch.Tensor, t: torch.Tensor,
                prompt: torch.Tensor | None = None) -> torch.Tensor:
        b, c, h, w = x.shape
        p = self.config.patch
        # a channels-last input makes the embedding conv faster and its output flattens to
        # row-major (B, n, d) tokens, so no layer below copies its input
        xy = torch.cat([x, y0], dim=1).contiguous(memory_format=torch.channels_last)
        tokens = self.embed(xy).flatten(2).transpose(1, 2).contiguous() + self.pos
        cond = self.t_mlp(timestep_embedding(t, self.config.width))
        for block in self.blocks:
            tokens = block(tokens, cond, prompt)
        shift, scale = self.final_ada(cond)[:, None].chunk(2, dim=-1)
        out = self.head(torch.addcmul(shift, self.norm(tokens), 1 + scale))
        out = F.pixel_shuffle(out.transpose(1, 2).reshape(b, c * p * p, h // p, w // p), p)
        if self.refine is not None:
            out = out + self.refine(out)
        return y0 + out

    def flops_per_window(self, prompt_tokens: int) -> int:
        """Multiply-adds ×2 of one forward pass on one window (matmuls and convs only)."""
        cfg = self.config
        n, d = (cfg.window // cfg.patch) ** 2, cfg.width
        hidden = int(d * cfg.mlp_ratio)
        per_block = 4 * n * d * d + 2 * n * n * d + 2 * n * d * hidden + 6 * d * d
        if prompt_tokens:
            per_block += 2 * n * d * d + 2 * prompt_tokens * d * d + 2 * n * prompt_tokens * d
        embed = n * (2 * codec.CHANNELS * cfg.patch**2) * d
        head = n * d * codec.CHANNELS * cfg.patch**2
        if cfg.refine:
            head += cfg.window**2 * codec.CHANNELS**2 * 9
        return 2 * (cfg.depth * per_block + embed + head)
