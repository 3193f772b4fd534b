"""The app's persisted settings: one JSON file under the platformdirs config folder.

``$PATCHSCALER_CONFIG_DIR`` overrides the folder (tests point it at a temporary one, so
they never read or write the real user config). A missing, broken or partly wrong file
gives the defaults for what cannot be read (a value of the wrong type or out of the range
its control takes, NaN included), with one message, never an error that stops the app.

The mapping between the settings and the control panel lives here alone: :func:`show`
puts the remembered options on the panel, :func:`plan_for` the remembered plan of a model,
:func:`remember` takes the panel's values back. Thresholds are stored ``[lo, hi]``; a file
written by earlier versions holds ``[hi, lo]`` and reads the same (see :func:`grouping.ordered`).
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from PySide6.QtCore import QCoreApplication

from patchscaler_gui.engine.choices import (
    DEFAULT_LOOK,
    LOOKS,
    MAX_SEED,
    MAX_SIGMA,
    OUTPUT_FORMATS,
    OUTPUT_SCALES,
)
from patchscaler_gui.engine.grouping import GroupPlan, ordered
from patchscaler_gui.engine.sharpen import Sharpening
from patchscaler_gui.ui import messages
from patchscaler_gui.ui.i18n import LANGUAGES, arg
from patchscaler_gui.ui.recent import MAX_RECENT

if TYPE_CHECKING:
    from patchscaler_gui.ui.controls import ControlPanel
    from patchscaler_gui.ui.panel_parts import PanelValues

ENV_DIR = "PATCHSCALER_CONFIG_DIR"
FILE_NAME = "settings.json"
APP_NAME = "patchscaler"


def config_dir() -> Path:
    env = os.environ.get(ENV_DIR)
    return Path(env) if env else platformdirs.user_config_path(APP_NAME, appauthor=False)


@dataclass
class AppSettings:
    """Everything the app remembers between sessions (``None`` = the model's defaults)."""

    geometry: str = ""  # QMainWindow.saveGeometry(), base64
    window_state: str = ""  # QMainWindow.saveState(): docks and toolbars, base64
    last_open_dir: str = ""
    last_save_dir: str = ""
    output_dir: str = ""  # the batch queue's output folder
    budgets: list[int] | None = None
    starts: list[int] | None = None
    thresholds: list[float] | None = None  # [lo, hi]
    plan_model: str = ""  # the model the three above were tuned for; another model → its defaults
    device: str = "auto"  # the first GPU, else the CPU
    output_format: str = "png"
    quality: int = 95
    output_scale: int = OUTPUT_SCALES[0]  # the saved files' scale: the model's ×4, or ×2 / ×1
    seed: int = 0
    texture: bool = True
    cleanup: bool = False
    sharpen: list[float] | None = None  # [amount, radius]; None: no sharpening
    lowband: bool = False  # the output keeps the coarse result's low band (the look's)
    look: str = DEFAULT_LOOK  # the last look chosen, shown as the model defines it now
    # ("" when the plan was tuned by hand: then the remembered plan and options come back)
    heatmap_visible: bool = True
    heatmap_opacity: float = 0.45
    model_dir: str = ""  # a model folder the user picked; empty = the installed default
    language: str = ""  # a code of i18n.LANGUAGES (View → Language); "" = the system's
    rates: dict[str, float] = field(default_factory=dict)  # s per patch-step, "model|device"
    recent: list[str] = field(default_factory=list)  # File → Open Recent (ui.recent)


# Numbers the widgets can take; a value outside is a broken setting, not a crash.
_RANGES: dict[str, tuple[float, float]] = {
    "seed": (0, MAX_SEED), "quality": (1, 100), "heatmap_opacity": (0.0, 1.0),
    "budgets": (0, 1000), "starts": (1, 1000), "thresholds": (0.0, 1.0),
    "sharpen": (0.0, MAX_SIGMA),
}
_LENGTHS = {"budgets": 3, "starts": 3, "thresholds": 2, "sharpen": 2}


def _number(name: str, value: Any, low: float, high: float, kind: type) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(name)
    if kind is int and not isinstance(value, int):
        raise TypeError(name)
    if not (math.isfinite(value) and low <= value <= high):
        raise TypeError(name)
    return kind(value)


def _checked(name: str, value: Any, default: Any) -> Any:
    if value is None and name in _LENGTHS:
        return None
    if name in _LENGTHS:
        kind = float if name in ("thresholds", "sharpen") else int
        if not isinstance(value, list) or len(value) != _LENGTHS[name]:
            raise TypeError(name)
        return [_number(name, v, *_RANGES[name], kind) for v in value]
    if name == "recent":
        if not isinstance(value, list) or not all(isinstance(p, str) and p for p in value):
            raise TypeError(name)
        return value[:MAX_RECENT]
    if name == "rates":
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise TypeError(name)
        return {k: _number(name, v, 1e-12, 1e6, float) for k, v in value.items()}
    if isinstance(default, bool) != isinstance(value, bool):
        raise TypeError(name)
    if name in _RANGES:
        return _number(name, value, *_RANGES[name], type(default))
    if not isinstance(value, type(default)):
        raise TypeError(name)
    return value


def load(folder: Path | None = None) -> AppSettings:
    """Read the settings; anything unreadable falls back to its default (with a warning)."""
    path = (folder or config_dir()) / FILE_NAME
    settings = AppSettings()
    if not path.is_file():
        return settings
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        messages.warning(arg(QCoreApplication.translate(
            "Settings", "Settings file %1 could not be read (%2); using defaults."), path, exc))
        return settings
    bad = []
    for f in fields(AppSettings):
        if f.name in data:
            try:
                setattr(settings, f.name, _checked(f.name, data[f.name],
                                                   getattr(settings, f.name)))
            except TypeError:
                bad.append(f.name)
    if settings.output_format not in OUTPUT_FORMATS:
        settings.output_format = "png"
        bad.append("output_format")
    if settings.output_scale not in OUTPUT_SCALES:
        settings.output_scale = OUTPUT_SCALES[0]
        bad.append("output_scale")
    if settings.look not in (*LOOKS, ""):
        settings.look = DEFAULT_LOOK
        bad.append("look")
    if settings.language not in (*LANGUAGES, ""):
        settings.language = ""
        bad.append("language")
    if bad:
        messages.warning(arg(QCoreApplication.translate(
            "Settings", "Settings file %1: ignoring bad values for %2; using the defaults for "
            "them."), path, ", ".join(bad)))
    return settings


def language(folder: Path | None = None) -> str:
    """The language setting alone, read quietly before the window (and before the
    translators it picks) exists: :func:`load` reports a broken file in that language."""
    try:
        data = json.loads(((folder or config_dir()) / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    code = data.get("language", "") if isinstance(data, dict) else ""
    return code if code in LANGUAGES else ""


def save(settings: AppSettings, folder: Path | None = None) -> None:
    """Write atomically; a failure is a warning (settings are a convenience)."""
    folder = folder or config_dir()
    path = folder / FILE_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(asdict(settings), indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        messages.warning(arg(QCoreApplication.translate(
            "Settings", "Could not save settings to %1 (%2)."), path, exc))


def show(settings: AppSettings, panel: ControlPanel) -> None:
    """Put the remembered options, device and output on the panel (no signals)."""
    panel.show_options(settings.seed, settings.texture, settings.cleanup,
                       sharpening(settings), settings.lowband, settings.heatmap_opacity)
    panel.show_device(settings.device)
    panel.show_output(settings.output_format, settings.quality, settings.output_scale)


def sharpening(settings: AppSettings) -> Sharpening:
    """The remembered sharpening; none when there is none or it is out of range."""
    try:
        return Sharpening(*settings.sharpen) if settings.sharpen else Sharpening()
    except ValueError:
        return Sharpening()


def plan_for(settings: AppSettings, model_id: str, default: GroupPlan, T: int
             ) -> GroupPlan | None:
    """The remembered plan, if it was tuned for this model and fits its T; else None."""
    if settings.plan_model != model_id:
        return None
    try:
        plan = GroupPlan.from_dict({
            "thresholds": settings.thresholds or default.thresholds,
            "starts": settings.starts or default.starts,
            "budgets": settings.budgets or default.budgets})
    except (TypeError, ValueError):
        return None
    return plan if max(plan.starts + plan.budgets) <= T else None


def remember(settings: AppSettings, values: PanelValues, model_id: str) -> None:
    """Take the panel's values (the plan as tuned for ``model_id``)."""
    plan = values.plan
    settings.budgets, settings.starts = list(plan.budgets), list(plan.starts)
    settings.thresholds = list(ordered(plan.thresholds))
    settings.plan_model = model_id
    settings.device = values.device
    remember_output(settings, values)
    settings.seed, settings.texture, settings.cleanup = values.seed, values.texture, \
        values.cleanup
    settings.sharpen = [values.sharpen.amount, values.sharpen.sigma]
    settings.lowband = values.lowband
    settings.look = values.look
    settings.heatmap_opacity = values.opacity


def remember_output(settings: AppSettings, values: PanelValues) -> None:
    """Take the panel's output format, quality and scale (the batch queue saves with them)."""
    settings.output_format, settings.quality = values.output_format, values.quality
    settings.output_scale = values.output_scale
