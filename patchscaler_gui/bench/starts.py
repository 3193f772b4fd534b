"""What a start step can add: the denoiser's first x̂0 from the sampler's start, per step.

A group that starts at step τ begins at ``y0 + κ√η_τ ε`` (:meth:`Schedule.shortcut_start`):
the forward marginal with the coarse result y0 in place of the unknown x0. The denoiser is
trained on the marginal itself, ``x0 + η_τ (y0 − x0) + κ√η_τ ε``, which at a shallow τ still
carries most of x0. A chain of few steps ends close to its first x̂0, so the PSNR-Y of that
x̂0 against the ground truth, beside the coarse y0's, says what sampling from τ can add at
all; from the marginal it says what the denoiser could do if the start held x0's detail.
Measured on windows of the default look's coarse stage (interior patches, a few per photo),
seeded, in the precision the sampler uses.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch

from patchscaler_gui.bench.setup import Sample, degrade
from patchscaler_gui.engine import codec, metrics, sampler
from patchscaler_gui.engine.choices import DEFAULT_LOOK
from patchscaler_gui.engine.device import autocast
from patchscaler_gui.engine.model import PatchScaler

STEPS = (1, 2, 3, 5, 8, 11, 15)  # start steps measured (those the model's T has)
PER_PHOTO = 4
KINDS = ("bicubic", "realistic")  # the degradations the denoiser was trained on


def _psnr_y(x: torch.Tensor, ref: torch.Tensor) -> float:
    """``metrics.psnr_y`` of decoded latent windows, all windows together (no border)."""
    def rgb(latent: torch.Tensor) -> np.ndarray:
        return codec.decode(latent).permute(0, 2, 3, 1).cpu().numpy()

    return metrics.psnr_y(rgb(x), rgb(ref), border=0)


def windows(model: PatchScaler, data: list[Sample], kind: str
            ) -> tuple[torch.Tensor, torch.Tensor]:
    """(x0, y0): up to ``PER_PHOTO`` windows per photo whose context lies inside it, from
    the ground truth and from the default look's coarse stage of its ``kind`` input."""
    cleanup = model.config.look(DEFAULT_LOOK).cleanup
    xs, ys = [], []
    for k, sample in enumerate(data):
        lr, _ = degrade(sample, kind, seed=1000 + k)  # the quality table's inputs
        state = sampler.coarse_stage(model, lr, cleanup=cleanup)
        x0 = codec.encode(torch.from_numpy(sample.hr).permute(2, 0, 1)[None])
        grid, halo = state.grid, state.grid.halo
        h, w = x0.shape[-2:]
        boxes = grid.core_boxes(np.arange(grid.rows * grid.cols))
        inside = np.flatnonzero((boxes[:, 0] >= halo) & (boxes[:, 1] >= halo)
                                & (boxes[:, 2] + halo <= h) & (boxes[:, 3] + halo <= w))
        pick = inside[np.linspace(0, len(inside) - 1, min(PER_PHOTO, len(inside)))
                      .round().astype(int)] if len(inside) else inside
        for top, left, bottom, right in boxes[pick].tolist():
            cut = (..., slice(top - halo, bottom + halo), slice(left - halo, right + halo))
            xs.append(x0[cut][0])
            ys.append(state.y0[cut][0].float().cpu())
    if not xs:
        return torch.empty(0), torch.empty(0)
    return torch.stack(xs), torch.stack(ys)


def measure(model: PatchScaler, data: list[Sample]) -> dict[str, Any]:
    """Per degradation: the windows' count, y0's PSNR-Y and, per start step, the PSNR-Y of
    the first x̂0 from the marginal and from the shortcut start (the same noise for both)."""
    device = next(model.parameters()).device
    sched = model.schedule
    out: dict[str, Any] = {}
    for kind in KINDS:
        x0, y0 = windows(model, data, kind)
        if not len(x0):
            continue
        x0, y0 = x0.to(device), y0.to(device)
        gen = torch.Generator().manual_seed(0)
        rows = []
        with torch.inference_mode():
            with autocast(device):
                prompt = model.prompt(y0)
            for t in (s for s in STEPS if s <= sched.T):
                noise = torch.randn(x0.shape, generator=gen).to(device)
                starts = {"marginal": sched.q_sample(x0, y0, torch.full((len(x0),), t,
                                                                        device=device), noise),
                          "shortcut": sched.shortcut_start(y0, t, noise)}
                row: dict[str, float] = {"step": t, "eta": float(sched.eta[t])}
                for name, x_t in starts.items():
                    with autocast(device):
                        pred = model.predict_x0(x_t, y0, t, prompt).float()
                    row[name] = _psnr_y(pred, x0)
                rows.append(row)
        out[kind] = {"windows": len(x0), "coarse": _psnr_y(y0, x0), "rows": rows}
    return out
