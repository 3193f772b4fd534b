"""ResShift residual-shifting schedule (Yue et al., NeurIPS 2023), as PatchScaler uses it.

Timesteps run 1..T; index 0 stands for the clean sample (η_0 = 0). Forward process:
``x_t = x0 + η_t (y0 − x0) + κ √η_t ε``. Respacing a group to N steps from a start step τ
uses the same posterior with η_{t-1} replaced by the next kept step (the chain of kept
steps is itself Markov), which is our reading of the paper's per-group schedules.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch


@dataclass(frozen=True)
class Schedule:
    """The η schedule: ``sqrt_eta[t]`` for t = 0..T (``sqrt_eta[0] = 0``)."""

    T: int = 15
    p: float = 0.3
    kappa: float = 2.0
    min_noise: float = 0.04
    max_sqrt_eta: float = 0.99

    @property
    def sqrt_eta(self) -> np.ndarray:
        s1 = min(self.min_noise / self.kappa, self.min_noise)
        if self.T == 1:
            return np.array([0.0, s1])
        b = math.exp(math.log(self.max_sqrt_eta / s1) / (self.T - 1))
        t = np.arange(1, self.T + 1, dtype=np.float64)
        beta = ((t - 1) / (self.T - 1)) ** self.p * (self.T - 1)
        return np.concatenate([[0.0], s1 * b**beta])

    @property
    def eta(self) -> np.ndarray:
        return self.sqrt_eta**2

    def input_scale(self, t: int) -> float:
        """The network sees ``x_t / sqrt(κ² η_t + 1)``; this is that divisor."""
        return math.sqrt(self.kappa**2 * float(self.eta[t]) + 1.0)

    def input_scales(self, t: torch.Tensor) -> torch.Tensor:
        """:meth:`input_scale` for a batch of integer timesteps ``t`` (shape (B,)), as
        (B, 1, 1, 1) float32 divisors on ``t``'s device (training's batches)."""
        eta = torch.as_tensor(self.eta, dtype=torch.float32, device=t.device)[t]
        return torch.sqrt(self.kappa**2 * eta + 1).view(-1, 1, 1, 1)

    def q_sample(
        self, x0: torch.Tensor, y0: torch.Tensor, t: torch.Tensor, noise: torch.Tensor
    ) -> torch.Tensor:
        """Forward marginal for a batch of integer timesteps ``t`` (shape (B,))."""
        eta = torch.as_tensor(self.eta, dtype=x0.dtype, device=x0.device)[t].view(-1, 1, 1, 1)
        return x0 + eta * (y0 - x0) + self.kappa * eta.sqrt() * noise

    def shortcut_start(self, y0: torch.Tensor, tau: int, noise: torch.Tensor) -> torch.Tensor:
        """``y_τ = y0 + κ √η_τ ε``: the marginal at τ with y0 in place of the unknown x0."""
        return y0 + self.kappa * float(self.sqrt_eta[tau]) * noise

    def posterior(self, t: int, s: int) -> tuple[float, float, float]:
        """Coefficients (a, b, var) of q(x_s | x_t, x0) = N(a x_t + b x0, var), for s < t."""
        if not 0 <= s < t <= self.T:
            raise ValueError(f"need 0 <= s < t <= T, got s={s}, t={t}")
        eta_t, eta_s = float(self.eta[t]), float(self.eta[s])
        alpha = eta_t - eta_s
        return eta_s / eta_t, alpha / eta_t, self.kappa**2 * eta_s / eta_t * alpha


def respace(start: int, steps: int) -> list[int]:
    """``steps`` distinct timesteps from ``start`` down towards 1, evenly spaced, descending.

    The last kept step need not be 1: its posterior jumps straight to the clean sample.
    """
    if start < 1 or steps < 1:
        raise ValueError(f"start and steps must be >= 1, got start={start}, steps={steps}")
    steps = min(steps, start)
    ts = np.round(np.linspace(start, 1, steps)).astype(int).tolist()
    return sorted(set(ts), reverse=True)
