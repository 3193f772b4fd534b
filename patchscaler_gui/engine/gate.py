"""The clean-up gate: the clean-up GRM where the input is degraded, the plain GRM where not.

The clean-up GRM removes noise and JPEG blocks, and with them some fine detail of clean
photos (about 0.7 dB on bicubic inputs). The gate is a small CNN at LR resolution that reads
the input and what the clean-up GRM would change (its coarse latent minus the plain GRM's),
and gives a weight α ∈ (0, 1) per LR pixel; the coarse result is ``plain + α·(clean −
plain)``, the confidence's log scale likewise. A mean over a ``2·reach + 1`` px box of its
features lets it judge a pixel by its neighbourhood (noise on a flat sky, blocks along a
grid) while staying local, so tiled runs still equal untiled ones: :class:`Blend` reports
the receptive radius that tiling needs.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from patchscaler_gui.engine import chroma, codec, mottle
from patchscaler_gui.engine.boxes import box_mean
from patchscaler_gui.engine.chroma import ChromaConfig
from patchscaler_gui.engine.grm import GRM, Tiles, TileStep, tile_count, tile_map
from patchscaler_gui.engine.mottle import MottleConfig


@dataclass(frozen=True)
class GateConfig:
    width: int = 16
    blocks: int = 3  # 3×3 convolutions after the first
    reach: int = 31  # LR px: half the side of the box its features are averaged over


class Gate(nn.Module):
    def __init__(self, config: GateConfig) -> None:
        super().__init__()
        self.config = config
        w = config.width
        self.head = nn.Conv2d(3 + codec.CHANNELS, w, 3, padding=1)
        self.body = nn.Sequential(*(m for _ in range(config.blocks)
                                    for m in (nn.Conv2d(w, w, 3, padding=1), nn.SiLU())))
        self.context = nn.Conv2d(w, w, 1)
        self.tail = nn.Conv2d(w, 1, 3, padding=1)
        for p in self.tail.parameters():  # starts at α = 0.5 everywhere
            nn.init.zeros_(p)

    @property
    def receptive_radius(self) -> int:
        """LR px of its own inputs (LR and the two latents) that α depends on."""
        return 1 + self.config.blocks + self.config.reach + 1

    def forward(self, lr: torch.Tensor, plain: torch.Tensor, clean: torch.Tensor
                ) -> torch.Tensor:
        f = F.silu(self.head(torch.cat([lr * 2.0 - 1.0, clean - plain], 1)))
        f = self.body(f)
        f = f + self.context(box_mean(f, self.config.reach))
        return torch.sigmoid(self.tail(f))


def mix(plain: tuple[torch.Tensor, torch.Tensor], clean: tuple[torch.Tensor, torch.Tensor],
         alpha: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(y0, log_scale) of the plain GRM + α × (the clean-up GRM's − the plain GRM's)."""
    a = alpha.to(plain[0].dtype)
    return torch.lerp(plain[0], clean[0], a), torch.lerp(plain[1], clean[1], a)


class Blend(nn.Module):
    """Both GRMs and the gate, called like one GRM: ``lr → (y0, log_scale)``; with
    ``mottle`` and ``chroma``, the blend's luma mottle, then its colour, cleaned by α
    (:mod:`.mottle`, :mod:`.chroma`)."""

    def __init__(self, plain: GRM, clean: GRM, gate: Gate, chroma: ChromaConfig | None = None,
                 mottle: MottleConfig | None = None) -> None:
        super().__init__()
        self.plain, self.clean, self.gate = plain, clean, gate
        self.chroma, self.mottle = chroma, mottle

    @property
    def _radii(self) -> tuple[int, int, int]:
        """Each part's own receptive radius, in the order :meth:`tiles` runs them."""
        return (self.clean.receptive_radius, self.plain.receptive_radius,
                self.gate.receptive_radius)

    @property
    def receptive_radius(self) -> int:
        own = sum(f.receptive_radius for f in (self.chroma, self.mottle) if f is not None)
        return max(self.plain.receptive_radius, self.clean.receptive_radius) \
            + self.gate.receptive_radius + own

    def forward(self, lr: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        p, sp = self.plain(lr)
        c, sc = self.clean(lr)
        return self._blend((p, sp), (c, sc), self.gate(lr, p, c))

    def _blend(self, plain: tuple[torch.Tensor, torch.Tensor],
               clean: tuple[torch.Tensor, torch.Tensor], alpha: torch.Tensor
               ) -> tuple[torch.Tensor, torch.Tensor]:
        y0, log_scale = mix(plain, clean, alpha)
        # on the whole picture: their boxes need no tile margin
        if self.mottle is not None:
            y0 = mottle.clean(y0, alpha, self.mottle)
        if self.chroma is not None:
            y0 = chroma.clean(y0, alpha, self.chroma)
        return y0, log_scale

    def tile_total(self, h: int, w: int, tile: int) -> int:
        return sum(tile_count(h, w, tile, r) for r in self._radii)

    def tiles(self, lr: torch.Tensor, tile: int) -> Tiles:
        """Each GRM over the picture on tiles with its own margin, then the gate: less
        overlap than tiles with the blend's whole radius (the same result). The clean-up
        GRM runs first, the faster of the two: its y0 is the first look (on the degraded
        photos clean-up is for, close to the blend) while the plain GRM and the gate run."""
        _, _, h, w = lr.shape
        radii = self._radii
        counts = [tile_count(h, w, tile, r) for r in radii]
        total = sum(counts)
        c, sc = yield from tile_map(self.clean, (lr,), tile, radii[0], 0, total)
        yield TileStep(counts[0], total, first_look=c)
        p, sp = yield from tile_map(self.plain, (lr,), tile, radii[1], counts[0], total)
        (a,) = yield from tile_map(lambda *x: (self.gate(*x),), (lr, p, c), tile, radii[2],
                                   counts[0] + counts[1], total)
        return self._blend((p, sp), (c, sc), a)

    def confidence(self, log_scale: torch.Tensor) -> torch.Tensor:
        return self.plain.confidence(log_scale)

    def expected_error(self, confidence: torch.Tensor) -> torch.Tensor:
        return self.plain.expected_error(confidence)
