"""The PatchScaler model: GRM + Patch-DiT + texture memory/encoder + schedule + defaults.

``ModelConfig`` is what ``config.json`` holds; hyper-parameters are read from there, never
hard-coded at call sites (a descriptor in the spirit of spandrel's ``ModelDescriptor``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from patchscaler_gui.engine.choices import LOOKS
from patchscaler_gui.engine.chroma import ChromaConfig
from patchscaler_gui.engine.deblock import Deblock, DeblockConfig, Deblocked, JpegSource
from patchscaler_gui.engine.denoiser import DenoiserConfig, PatchDiT
from patchscaler_gui.engine.errors import ModelError
from patchscaler_gui.engine.gate import Blend, Gate, GateConfig
from patchscaler_gui.engine.grm import GRM, CoarseNet, GRMConfig
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.looks import Look, derive, parse
from patchscaler_gui.engine.mottle import MottleConfig
from patchscaler_gui.engine.schedule import Schedule
from patchscaler_gui.engine.texts import QT_TRANSLATE_NOOP, Text
from patchscaler_gui.engine.texture import TextureConfig, TextureEncoder, TextureMemory

SCALE = 4


@dataclass(frozen=True)
class ModelConfig:
    grm: GRMConfig = field(default_factory=GRMConfig)
    denoiser: DenoiserConfig = field(default_factory=DenoiserConfig)
    texture: TextureConfig = field(default_factory=TextureConfig)
    schedule: Schedule = field(default_factory=Schedule)
    plan: GroupPlan = field(default_factory=GroupPlan)
    patch: int = 16
    halo: int = 2
    # a second GRM, trained on degraded photos (noise, blur, JPEG): its shape, or None
    cleanup: GRMConfig | None = None
    gate: GateConfig | None = None  # blends the two GRMs by how degraded the input looks
    deblock: DeblockConfig | None = None  # deblocks JPEG files' inputs (every look)
    looks: dict[str, Look] = field(default_factory=dict)  # calibrated looks it stores
    chroma: ChromaConfig | None = None  # the gated coarse stage's colour clean-up
    mottle: MottleConfig | None = None  # the gated coarse stage's luma mottle clean-up

    def __post_init__(self) -> None:
        if self.cleanup is None and any(look.cleanup for look in self.looks.values()):
            raise ValueError("a look uses the clean-up GRM, which this model does not have")
        if self.gate is not None and self.cleanup is None:
            raise ValueError("a gate needs the clean-up GRM")
        if self.chroma is not None and self.gate is None:
            raise ValueError("the colour clean-up needs the gate")
        if self.mottle is not None and self.gate is None:
            raise ValueError("the mottle clean-up needs the gate")
        if self.denoiser.window != self.patch + 2 * self.halo:
            raise ValueError("denoiser.window must equal patch + 2 * halo")
        if self.denoiser.T != self.schedule.T:
            raise ValueError("denoiser.T must equal schedule.T")
        if self.texture.width != self.denoiser.width:
            raise ValueError("texture.width must equal denoiser.width")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("looks", "gate", "cleanup", "deblock", "chroma", "mottle"):
            if not d[key]:
                del d[key]
        return d

    def look(self, name: str) -> Look:
        """The look ``name`` (one of LOOKS): stored in config.json, else derived from the plan."""
        has_cleanup = self.cleanup is not None
        return self.looks.get(name) or derive(self.plan, has_cleanup, self.schedule.T)[name]

    def all_looks(self) -> dict[str, Look]:
        return {name: self.look(name) for name in LOOKS}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ModelConfig:
        grm = GRMConfig(**d["grm"])
        cleanup = d.get("cleanup")  # true: the GRM's shape (model folders before its own)
        return cls(
            grm=grm,
            denoiser=DenoiserConfig(**d["denoiser"]),
            texture=TextureConfig(**d["texture"]),
            schedule=Schedule(**d["schedule"]),
            plan=GroupPlan.from_dict(d["plan"]),
            patch=int(d["patch"]),
            halo=int(d["halo"]),
            cleanup=grm if cleanup is True else GRMConfig(**cleanup) if cleanup else None,
            gate=GateConfig(**d["gate"]) if d.get("gate") else None,
            deblock=DeblockConfig(**d["deblock"]) if d.get("deblock") else None,
            looks=parse(d.get("looks") or {}),
            chroma=ChromaConfig(**d["chroma"]) if d.get("chroma") else None,
            mottle=MottleConfig(**d["mottle"]) if d.get("mottle") else None,
        )


class PatchScaler(nn.Module):
    """All trainable and shipped parts of one ×4 model."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        self.grm = GRM(config.grm)
        self.grm_cleanup = GRM(config.cleanup) if config.cleanup is not None else None
        self.gate = Gate(config.gate) if config.gate is not None else None
        self.deblock = Deblock(config.deblock) if config.deblock is not None else None
        self.denoiser = PatchDiT(config.denoiser)
        self.memory = TextureMemory(config.texture)
        self.encoder = TextureEncoder(config.texture)

    def for_inference(self, device: torch.device | str = "cpu") -> PatchScaler:
        """This model on ``device`` in eval mode, its convolution weights channels-last like
        the tiles they run on (:func:`.grm.tiled`), so that oneDNN need not reorder them per
        call: the engine's coarse stage 4–8 % faster on two cores (512² and 1024²). Training
        keeps row-major weights: on its small crops the layout gains nothing (±17 %)."""
        # Module.to's memory_format is documented but missing from torch's type stubs
        layout = torch.channels_last
        moved: PatchScaler = self.to(device, memory_format=layout)  # type: ignore[call-overload]
        return moved.eval()

    @property
    def schedule(self) -> Schedule:
        return self.config.schedule

    def coarse_net(self, cleanup: bool = False, jpeg: JpegSource | None = None) -> CoarseNet:
        """The GRM for clean photos, or with ``cleanup`` the one trained on degraded photos
        (it removes noise and JPEG blocks, and blurs fine detail of clean ones) — blended
        with the first by the gate where the model has one (:mod:`.gate`); either after the
        deblocker where the model has one and the input came from the JPEG file ``jpeg``."""
        net = self._coarse_grm(cleanup)
        if self.deblock is not None and jpeg is not None:
            return Deblocked(net, self.deblock, jpeg)
        return net

    def _coarse_grm(self, cleanup: bool) -> CoarseNet:
        if not cleanup:
            return self.grm
        if self.grm_cleanup is None:
            raise ModelError(Text(QT_TRANSLATE_NOOP(
                "Engine", "This model has no clean-up stage (a GRM trained on noisy, "
                "JPEG-compressed photos): upscale without clean-up, or use a model that has "
                "one.")))
        if self.gate is not None:
            return Blend(self.grm, self.grm_cleanup, self.gate, self.config.chroma,
                         self.config.mottle)
        return self.grm_cleanup

    @property
    def blocks_need_cleanup(self) -> bool:
        """Whether clean-up is what removes a JPEG file's blocks with this model, and so is
        worth suggesting for a heavily compressed one: it has a clean-up GRM and no
        deblocker (which deblocks JPEG files in every look)."""
        return self.grm_cleanup is not None and self.deblock is None

    def coarse_radius(self, jpeg: JpegSource | None = None) -> int:
        """LR px of context the coarse stage reads around a pixel (the widest coarse net;
        for a JPEG file's picture with the deblocker, where there is one)."""
        nets = [self.coarse_net(False, jpeg)]
        if self.grm_cleanup is not None:
            nets.append(self.coarse_net(True, jpeg))
        return max(net.receptive_radius for net in nets)

    def prompt(self, y0: torch.Tensor) -> torch.Tensor:
        """Texture prompt tokens for a batch of y0 windows."""
        values, sims = self.memory.retrieve(y0)
        out: torch.Tensor = self.encoder(values, sims)
        return out

    def predict_x0(self, x_t: torch.Tensor, y0: torch.Tensor, t: int,
                   prompt: torch.Tensor | None, step: int = 0) -> torch.Tensor:
        """x̂0 for windows all at timestep ``t`` (the network input scaling is applied here),
        ``step``: the call's place in its chain, which moves the token grid
        (:func:`token_offset`)."""
        tt = torch.full((x_t.shape[0],), t, device=x_t.device, dtype=torch.long)
        x = x_t / self.schedule.input_scale(t)
        dy, dx = token_offset(step, self.config.denoiser.patch)
        if not (dy or dx):
            out: torch.Tensor = self.denoiser(x, y0, tt, prompt)
            return out
        moved = _shift(y0, dy, dx)
        change = self.denoiser(_shift(x, dy, dx), moved, tt, prompt) - moved
        return y0 + _unshift(change, dy, dx)


def token_offset(step: int, patch: int) -> tuple[int, int]:
    """Latent pixels (down, right) the denoiser's token grid moves at the ``step``-th call of
    a chain: (0, 0), (1, 1), (1, 0), (0, 1), ... for 2×2 tokens. Each token's output is
    written by one linear layer, so a grid that stays put leaves its 8-px borders in the
    result, step upon step (the mosaic of many steps, model card); moved between steps,
    the borders of one step fall inside the tokens of the next."""
    return (step + step // patch) % patch, step % patch


def _shift(a: torch.Tensor, dy: int, dx: int) -> torch.Tensor:
    """Windows moved up by ``dy`` and left by ``dx`` latent px, the far edge repeated."""
    return F.pad(a[:, :, dy:, dx:], (0, dx, 0, dy), mode="replicate")


def _unshift(a: torch.Tensor, dy: int, dx: int) -> torch.Tensor:
    """:func:`_shift` undone (the near edge, lost to it, repeated)."""
    h, w = a.shape[-2:]
    return F.pad(a[:, :, : h - dy, : w - dx], (dx, 0, dy, 0), mode="replicate")


def tiny_config() -> ModelConfig:
    """A very small configuration for tests and smoke runs (random weights, not a model)."""
    return ModelConfig(
        grm=GRMConfig(width=8, blocks=1),
        denoiser=DenoiserConfig(window=12, width=32, depth=1, heads=2, T=15),
        texture=TextureConfig(entries=16, top_k=2, width=32),
        patch=8,
        halo=2,
    )


def random_model(config: ModelConfig | None = None, seed: int = 0) -> PatchScaler:
    """Random weights in every layer, zero-initialised outputs and the texture memory too.

    For tests, benchmarks of cost and layout screenshots: every layer does real work, so the
    confidence varies across an image, but the pixels mean nothing. Never a shipped model.
    """
    torch.manual_seed(seed)
    model = PatchScaler(config or ModelConfig())
    with torch.no_grad():
        for p in model.parameters():
            if p.abs().sum() == 0:
                p.normal_(0.0, 0.02)
        keys = torch.randn_like(model.memory.get_buffer("keys"))
        model.memory.get_buffer("keys").copy_(torch.nn.functional.normalize(keys, dim=1))
        model.memory.get_buffer("values").normal_(0.0, 0.3)
    return model.for_inference()
