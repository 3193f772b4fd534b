"""Looks: named points on the fidelity ↔ detail axis, each a group plan, a choice of GRM,
whether the denoiser reads the texture prompt and how the output is sharpened.

``faithful`` keeps closest to the input: the default GRM and the calibrated plan (most
patches keep the coarse result). ``balanced`` is for real-world photos (phone and web
JPEGs): the clean-up GRM where the model has one (blended with the default GRM by the
model's gate where it has one, so that clean pictures keep their detail), lightly sharpened
(:mod:`sharpen`), with a plan of its own. ``detailed`` spends more diffusion, on the
balanced GRM: the simple group is sampled too (from a shallow start) and the medium and hard
groups may get more steps; its edges get more contrast, over a wider radius.

A model's ``config.json`` may store calibrated looks (``architecture.looks``: for each name a
``plan``, ``cleanup``, ``texture``, true when absent, ``sharpen``, none when absent, and
``lowband``, false when absent: whether the output's change from the coarse result keeps
only what a ×4 downscale cannot see, :mod:`lowband`);
a look it does not store is derived from its calibrated plan by :func:`derive` (with the
texture prompt, unsharpened). ``train calibrate``
calibrates the balanced and detailed looks' plans on what people see (the lowest NIQE above
a PSNR floor; realistically degraded crops, the clean-up coarse stage), each within its own
speed budget (the balanced look's bounds the default look's end-to-end speed, issue 13's
target: at least 0.5 output MP/s and 20× Real-ESRGAN's), and switches a look's texture
prompt off where that measures better (without it a patch-step costs about a third less);
then each clean-up look's sharpening and low band, above a PSNR floor of its own
(:func:`training.calibrate.calibrate_sharpen`).
The derived ``detailed`` values (for models calibrated before that) are ours: points of the
calibration's own search grid, chosen by reading, not measured.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from patchscaler_gui.engine.choices import LOOKS
from patchscaler_gui.engine.events import Settings
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.sharpen import Sharpening


@dataclass(frozen=True)
class Look:
    """What a look sets: the group plan, whether the coarse stage is the clean-up GRM,
    whether the denoiser reads the texture prompt, the output's sharpening and whether the
    output keeps the coarse result's low band (:mod:`lowband`)."""

    plan: GroupPlan
    cleanup: bool = False
    texture: bool = True
    sharpen: Sharpening = Sharpening()
    lowband: bool = False

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Look:
        sharpen = d.get("sharpen")
        return cls(plan=GroupPlan.from_dict(d["plan"]), cleanup=bool(d.get("cleanup", False)),
                   texture=bool(d.get("texture", True)),
                   sharpen=Sharpening.from_dict(sharpen) if sharpen else Sharpening(),
                   lowband=bool(d.get("lowband", False)))

    def settings(self, base: Settings = Settings()) -> Settings:
        """``base`` with this look's GRM, texture switch, sharpening and low band."""
        return replace(base, cleanup=self.cleanup, texture=self.texture, sharpen=self.sharpen,
                       lowband=self.lowband)


def parse(raw: Mapping[str, Any]) -> dict[str, Look]:
    """Stored looks from config.json; a ValueError names an unknown look or a bad entry."""
    unknown = sorted(set(raw) - set(LOOKS))
    if unknown:
        raise ValueError(f"unknown look {', '.join(unknown)} (known: {', '.join(LOOKS)})")
    try:
        return {name: Look.from_dict(raw[name]) for name in LOOKS if name in raw}
    except (KeyError, TypeError) as exc:
        raise ValueError(f"a look needs a plan (thresholds, starts, budgets), and its "
                         f"sharpening an amount: {exc}") from exc


def derive(plan: GroupPlan, has_cleanup: bool, T: int) -> dict[str, Look]:
    """Every look from a calibrated plan, for a model that stores none (provisional)."""
    (s0, s1, _), (b0, b1, b2) = plan.starts, plan.budgets
    detailed = GroupPlan(
        thresholds=plan.thresholds,
        starts=(min(T, max(s0, round(0.2 * T))), min(T, max(s1, round(0.5 * T))), T),
        budgets=(max(b0, 1), max(b1, round(0.2 * T)), max(b2, round(0.4 * T))))
    return {"faithful": Look(plan, cleanup=False),
            "balanced": Look(plan, cleanup=has_cleanup),
            "detailed": Look(detailed, cleanup=has_cleanup)}


def matching(looks: Mapping[str, Look], plan: GroupPlan, cleanup: bool, texture: bool,
             sharpen: Sharpening, lowband: bool) -> str | None:
    """The first look (in LOOKS order) that sets exactly this plan, GRM, texture switch,
    sharpening and low band, else None."""
    look = Look(plan, cleanup, texture, sharpen, lowband)
    return next((n for n in LOOKS if n in looks and looks[n] == look), None)
