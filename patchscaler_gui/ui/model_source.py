"""Which model the app uses: one passed in (tests), a folder the user picked, or the
default (``checkpoints.default_model``: the user's models folder, else the bundled one);
and the text that describes it in the side panel."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from patchscaler_gui.engine import checkpoints
from patchscaler_gui.engine.model import PatchScaler
from patchscaler_gui.ui import i18n


@dataclass(frozen=True)
class LoadedModel:
    model: PatchScaler
    model_id: str  # stable across restarts: keys the measured speed and invalidates samples
    description: str  # rich text for the side panel
    name: str  # the folder's name, as Help → About names the model
    card: Path | None = None  # the folder's model card, where it has one


def describe(model: PatchScaler, name: str, note: str = "") -> str:
    c = model.config
    params = sum(p.numel() for p in model.parameters())
    facts = i18n.arg(QCoreApplication.translate(
        "ModelSource", "%1 M parameters · patch %2 px · T = %3 · denoiser width %4, depth %5"),
        i18n.number(params / 1e6, 2), c.patch * 4, c.schedule.T, c.denoiser.width,
        c.denoiser.depth)
    if c.cleanup is not None:
        facts += " · " + QCoreApplication.translate("ModelSource", "clean-up GRM")
    if c.gate is not None:
        facts += " · " + QCoreApplication.translate("ModelSource", "clean-up gate")
    return f"<b>{html.escape(name)}</b><br>{facts}{'<br>' + note if note else ''}"


def from_instance(model: PatchScaler, name: str = "") -> LoadedModel:
    name = name or QCoreApplication.translate("ModelSource", "model (in memory)")
    return LoadedModel(model.eval(), f"memory:{id(model):x}", describe(model, name), name)


def from_folder(folder: Path, device: str = "cpu") -> LoadedModel:
    """Load and verify a model folder; raises ModelError with what to do."""
    config = checkpoints.read_config(folder)
    model = checkpoints.load_model(folder, device)
    note = "" if config.get("trained", True) else QCoreApplication.translate(
        "ModelSource", "untrained test model (random weights)")
    card = folder / checkpoints.MODEL_CARD
    return LoadedModel(model, f"{folder.name}:{str(config.get('sha256', ''))[:12]}",
                       describe(model, folder.name, note), folder.name,
                       card if card.is_file() else None)


def default_folder(picked: str) -> Path:
    """The folder the user picked last if it still exists, else the installed default."""
    if picked and Path(picked).is_dir():
        return Path(picked)
    return checkpoints.default_model()


def dialog_folder(picked: str) -> Path:
    """Where Model → Open… starts: the folder picked last, else the user's models folder
    (made on first use, so there is a place to put models)."""
    if picked and Path(picked).is_dir():
        return Path(picked)
    folder = checkpoints.user_models_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


def missing_message(folder: Path) -> str:
    return i18n.arg(QCoreApplication.translate(
        "ModelSource", "No trained model installed (expected at %1). The app works without "
        "one only for viewing: choose a model folder with Model → Open… (%2)."), folder,
        i18n.native("Ctrl+M"))

