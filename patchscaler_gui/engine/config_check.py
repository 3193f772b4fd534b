"""Validation of a model folder's ``config.json`` before anything is built from it.

A config can match its weights' sha256 and still be wrong (it is the file that carries the
hash), so every field that shapes the model or the sampling is checked: its type, a sane
range, and how fields must agree (heads divide the width, the window is patch + 2 × halo,
the schedule's numbers are finite). The first problem is a ModelError that names the field.
"""

from __future__ import annotations

import math
from typing import Any

from patchscaler_gui.engine.errors import ModelError

# (section, field) → (low, high) for integers; the upper bounds only catch absurd values.
_INTS: dict[tuple[str, str], tuple[int, int]] = {
    ("grm", "width"): (1, 1024), ("grm", "blocks"): (0, 256),
    ("denoiser", "window"): (2, 512), ("denoiser", "width"): (2, 4096),
    ("denoiser", "depth"): (1, 256), ("denoiser", "heads"): (1, 256),
    ("denoiser", "patch"): (1, 64), ("denoiser", "T"): (1, 1000),
    ("texture", "entries"): (1, 1 << 20), ("texture", "top_k"): (1, 1024),
    ("texture", "width"): (2, 4096),
    ("schedule", "T"): (1, 1000),
    ("", "patch"): (1, 512), ("", "halo"): (0, 256),
}
# (section, field) → (low, high): finite, above low, at most high
_FLOATS: dict[tuple[str, str], tuple[float, float]] = {
    ("grm", "s_ref"): (-1e3, 1e3), ("denoiser", "mlp_ratio"): (0.0, 64.0),
    ("schedule", "p"): (0.0, 100.0), ("schedule", "kappa"): (0.0, 1e3),
    ("schedule", "min_noise"): (0.0, 1.0), ("schedule", "max_sqrt_eta"): (0.0, 1.0),
}


class _Checker:
    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, name: str, why: str) -> ModelError:
        return ModelError(f"{self.where}: the field {name} {why}; the model folder is broken, "
                          "reinstall it or choose another model.")

    def section(self, arch: dict[str, Any], key: str) -> dict[str, Any]:
        value = arch.get(key)
        if not isinstance(value, dict):
            raise self.fail(f"architecture.{key}", "is missing or not an object")
        return value

    def integer(self, d: dict[str, Any], name: str, low: int, high: int) -> int:
        value = d.get(name.rsplit(".", 1)[-1])
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(name, f"must be an integer, not {value!r}")
        if not low <= value <= high:
            raise self.fail(name, f"is {value}, outside {low}..{high}")
        return value

    def number(self, d: dict[str, Any], name: str, low: float, high: float) -> float:
        value = d.get(name.rsplit(".", 1)[-1])
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(name, f"must be a number, not {value!r}")
        if not math.isfinite(value) or not low < value <= high:
            raise self.fail(name, f"is {value}, outside ({low:g}, {high:g}]")
        return float(value)


def check_config(config: object, where: str) -> None:
    """Raise ModelError naming the first field of ``config`` (parsed JSON) that is wrong."""
    c = _Checker(where)
    if not isinstance(config, dict):
        raise c.fail("(top level)", f"must be a JSON object, not {type(config).__name__}")
    if not isinstance(config.get("sha256"), str):
        raise c.fail("sha256", "is missing or not a string")
    arch = config.get("architecture")
    if not isinstance(arch, dict):
        raise c.fail("architecture", "is missing or not an object")
    ints: dict[str, int] = {}
    for (section, name), (low, high) in _INTS.items():
        d = c.section(arch, section) if section else arch
        full = f"architecture.{section + '.' if section else ''}{name}"
        ints[f"{section}.{name}"] = c.integer(d, full, low, high)
    for (section, name), (bottom, top) in _FLOATS.items():
        c.number(c.section(arch, section), f"architecture.{section}.{name}", bottom, top)
    _agree(c, ints, c.section(arch, "schedule"))
    _check_plan(c, c.section(arch, "plan"), ints["schedule.T"])
    cleanup = arch.get("cleanup")
    if isinstance(cleanup, dict):  # the clean-up GRM's own shape
        for name in ("width", "blocks"):
            c.integer(cleanup, f"architecture.cleanup.{name}", *_INTS[("grm", name)])
        c.number(cleanup, "architecture.cleanup.s_ref", *_FLOATS[("grm", "s_ref")])
    elif cleanup is not None and not isinstance(cleanup, bool):
        raise c.fail("architecture.cleanup", "must be true, false or a GRM's shape")
    for key in ("chroma", "mottle"):  # the colour and luma mottle clean-ups' filters
        if arch.get(key) is not None:
            fil = c.section(arch, key)
            c.integer(fil, f"architecture.{key}.radius", 1, 64)
            c.number(fil, f"architecture.{key}.eps", 0.0, 1.0)
            c.number(fil, f"architecture.{key}.limit", 0.0, 1.0)


def _agree(c: _Checker, ints: dict[str, int], schedule: dict[str, Any]) -> None:
    width, heads = ints["denoiser.width"], ints["denoiser.heads"]
    if width % heads or (width // heads) % 2:
        raise c.fail("architecture.denoiser.heads", f"({heads}) must divide the width "
                     f"({width}) into heads of an even size")
    if width % 2:
        raise c.fail("architecture.denoiser.width", f"({width}) must be even")
    if ints["denoiser.window"] != ints[".patch"] + 2 * ints[".halo"]:
        raise c.fail("architecture.denoiser.window", "must equal patch + 2 × halo")
    if ints["denoiser.window"] % ints["denoiser.patch"]:
        raise c.fail("architecture.denoiser.patch", "must divide the window")
    if ints["denoiser.T"] != ints["schedule.T"]:
        raise c.fail("architecture.denoiser.T", "must equal architecture.schedule.T")
    if ints["texture.width"] != width:
        raise c.fail("architecture.texture.width", "must equal architecture.denoiser.width")
    if ints["texture.top_k"] > ints["texture.entries"]:
        raise c.fail("architecture.texture.top_k", "is larger than the number of entries")
    s1 = min(schedule["min_noise"] / schedule["kappa"], schedule["min_noise"])
    if s1 >= schedule["max_sqrt_eta"]:
        raise c.fail("architecture.schedule.min_noise", "leaves no room below max_sqrt_eta")


def _check_plan(c: _Checker, plan: dict[str, Any], T: int) -> None:
    for name, size in (("thresholds", 2), ("starts", 3), ("budgets", 3)):
        value = plan.get(name)
        if not isinstance(value, list) or len(value) != size:
            raise c.fail(f"architecture.plan.{name}", f"must be a list of {size} numbers")
    for k in range(3):
        _element(c, plan["starts"], k, "starts", 1, T)
        _element(c, plan["budgets"], k, "budgets", 0, T)
    for k in range(2):  # [lo, hi]; older files hold [hi, lo]: either order reads the same
        _fraction(c, plan["thresholds"], k)


def _element(c: _Checker, values: list[Any], k: int, name: str, low: int, high: int) -> None:
    value = values[k]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise c.fail(f"architecture.plan.{name}[{k}]", f"is {value!r}, not an integer in "
                     f"{low}..{high}")


def _fraction(c: _Checker, values: list[Any], k: int) -> float:
    value = values[k]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or \
            not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise c.fail(f"architecture.plan.thresholds[{k}]", f"is {value!r}, not a number in "
                     "0..1")
    return float(value)
