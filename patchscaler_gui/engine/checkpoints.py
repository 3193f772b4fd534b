"""Model folders: ``config.json`` + ``model.safetensors`` (+ ``MODEL_CARD.md``).

Loading verifies the file's sha256 against the config and every tensor's shape against
the architecture, and refuses anything else with a message that says what to do. Nothing
is ever unpickled: safetensors only.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs
import torch
from safetensors import SafetensorError
from safetensors.torch import load as load_safetensors
from safetensors.torch import save as save_safetensors

from patchscaler_gui.engine.config_check import check_config
from patchscaler_gui.engine.errors import ModelError
from patchscaler_gui.engine.model import ModelConfig, PatchScaler
from patchscaler_gui.engine.texts import QT_TRANSLATE_NOOP, Text

FORMAT = "patchscaler-v1"
WEIGHTS = "model.safetensors"
CONFIG = "config.json"
MODEL_CARD = "MODEL_CARD.md"  # what the model is, how it was trained, how well it does
DEFAULT_NAME = "patchscaler-x4"
ENV_MODELS = "PATCHSCALER_MODELS"


def user_models_dir() -> Path:
    """The user's own models folder: ``models/`` in the platformdirs user data folder
    (``~/.local/share/patchscaler/models`` on Linux). Model → Open… starts there."""
    return platformdirs.user_data_path("patchscaler", appauthor=False) / "models"


def bundled_model() -> Path:
    """The default model shipped inside the package: ``models/`` in a source checkout,
    installed or only on ``PYTHONPATH`` (as on a lent GPU machine, where nothing is
    installed and ``patchscaler_gui._models``, the installed name, does not exist)."""
    try:
        return Path(str(resources.files("patchscaler_gui._models") / DEFAULT_NAME))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "models" / DEFAULT_NAME


def default_model() -> Path:
    """The model used when none is named, from the first of: ``$PATCHSCALER_MODELS``
    (a folder of models: its ``patchscaler-x4``, even when missing), the user's models
    folder (when it holds a ``patchscaler-x4``), the bundled default."""
    env = os.environ.get(ENV_MODELS)
    if env:
        return Path(env) / DEFAULT_NAME
    user = user_models_dir() / DEFAULT_NAME
    return user if user.is_dir() else bundled_model()


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def save_model(model: PatchScaler, folder: Path, extra: dict[str, Any] | None = None) -> Path:
    """Write weights and config (with the weights' sha256) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    tensors = {k: v.detach().contiguous().cpu() for k, v in model.state_dict().items()}
    data = save_safetensors(tensors, metadata={"format": FORMAT})
    tmp = folder / (WEIGHTS + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, folder / WEIGHTS)
    config = {"format": FORMAT, **(extra or {}), "architecture": model.config.to_dict(),
              "sha256": hashlib.sha256(data).hexdigest()}
    (folder / CONFIG).write_text(json.dumps(config, indent=2) + "\n")
    return folder


def read_config(folder: Path) -> dict[str, Any]:
    """The parsed ``config.json`` of a model folder, or a ModelError that says why not."""
    if not folder.is_dir():
        raise ModelError(Text(QT_TRANSLATE_NOOP(
            "Engine", "No model folder at %1. Pass --model with a folder that holds %2 and "
            "%3, or reinstall PatchScaler."), folder, CONFIG, WEIGHTS))
    path = folder / CONFIG
    if not path.is_file():
        raise ModelError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1 is missing: the model folder is incomplete; reinstall it."), path))
    try:
        config: dict[str, Any] = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise ModelError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1 is not valid JSON (%2); reinstall the model."), path, exc)) from exc
    if isinstance(config, dict) and config.get("format") != FORMAT:
        raise ModelError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1 is not a PatchScaler model (%2) config."), path, FORMAT))
    check_config(config, str(path))
    return config


def load_model(folder: Path, device: torch.device | str = "cpu") -> PatchScaler:
    """Load and verify a model folder; the model is returned ready for inference on ``device``
    (:meth:`.PatchScaler.for_inference`)."""
    config = read_config(folder)
    weights = folder / WEIGHTS
    if not weights.is_file():
        raise ModelError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1 is missing: the model folder is incomplete; reinstall it."), weights))
    data = weights.read_bytes()
    if hashlib.sha256(data).hexdigest() != config.get("sha256"):
        raise ModelError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1 does not match the sha256 in %2: the file is truncated, corrupt or "
            "was modified. Reinstall the model."), weights, CONFIG))
    try:
        arch = ModelConfig.from_dict(config["architecture"])
        tensors = load_safetensors(data)
    except (KeyError, TypeError, ValueError, SafetensorError) as exc:
        raise ModelError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1 cannot be read as a PatchScaler model: %2"), folder, exc)) from exc
    model = PatchScaler(arch)
    expected = model.state_dict()
    missing = sorted(set(expected) - set(tensors))
    unexpected = sorted(set(tensors) - set(expected))
    wrong = [k for k in expected if k in tensors and tensors[k].shape != expected[k].shape]
    if missing or unexpected or wrong:
        detail = "; ".join(f"{name}: {', '.join(v[:3])}" for name, v in
                           (("missing", missing), ("unexpected", unexpected),
                            ("wrong shape", wrong)) if v)
        raise ModelError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1 does not fit the architecture in %2 (%3)."), weights, CONFIG, detail))
    model.load_state_dict(tensors)
    return model.for_inference(device)
