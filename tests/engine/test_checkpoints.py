import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import torch

from patchscaler_gui.engine import checkpoints
from patchscaler_gui.engine.checkpoints import load_model, save_model
from patchscaler_gui.engine.errors import ModelError
from patchscaler_gui.engine.model import ModelConfig, PatchScaler, tiny_config


def test_round_trip(tiny_model: PatchScaler, tiny_model_dir: Path) -> None:
    loaded = load_model(tiny_model_dir)
    for (k, a), (_, b) in zip(tiny_model.state_dict().items(), loaded.state_dict().items(),
                              strict=True):
        assert torch.equal(a, b), k
    assert loaded.config == tiny_model.config


def test_a_loaded_models_convolutions_are_channels_last_with_the_same_maths(
        tiny_model_dir: Path) -> None:
    loaded = load_model(tiny_model_dir)
    convs = [m for m in loaded.modules() if isinstance(m, torch.nn.Conv2d)]
    assert convs and all(c.weight.is_contiguous(memory_format=torch.channels_last)
                         for c in convs)
    row_major = load_model(tiny_model_dir)
    for c in row_major.modules():
        if isinstance(c, torch.nn.Conv2d):
            c.weight.data = c.weight.data.contiguous()
    lr = torch.rand(1, 3, 40, 40)
    with torch.no_grad():
        assert torch.allclose(loaded.grm(lr)[0], row_major.grm(lr)[0], atol=1e-5)
    # safetensors stores row-major tensors only: saving again round-trips all the same
    again = load_model(save_model(loaded, tiny_model_dir.parent / "again", {"trained": False}))
    assert all(torch.equal(a, b) for a, b in zip(loaded.state_dict().values(),
                                                 again.state_dict().values(), strict=True))


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="No model folder"):
        load_model(tmp_path / "nope")


def test_missing_weights(tiny_model_dir: Path) -> None:
    (tiny_model_dir / "model.safetensors").unlink()
    with pytest.raises(ModelError, match="missing"):
        load_model(tiny_model_dir)


def test_truncated_weights(tiny_model_dir: Path) -> None:
    f = tiny_model_dir / "model.safetensors"
    f.write_bytes(f.read_bytes()[:-100])
    with pytest.raises(ModelError, match="sha256"):
        load_model(tiny_model_dir)


def test_tampered_weights(tiny_model_dir: Path) -> None:
    f = tiny_model_dir / "model.safetensors"
    data = bytearray(f.read_bytes())
    data[-5] ^= 0xFF
    f.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="sha256"):
        load_model(tiny_model_dir)


def test_mismatched_architecture(tiny_model_dir: Path) -> None:
    cfg_path = tiny_model_dir / "config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["architecture"]["grm"]["width"] = 12
    cfg_path.write_text(json.dumps(cfg))
    with pytest.raises(ModelError, match="does not fit"):
        load_model(tiny_model_dir)


def test_bad_json_and_wrong_format(tiny_model_dir: Path) -> None:
    cfg_path = tiny_model_dir / "config.json"
    cfg_path.write_text("{not json")
    with pytest.raises(ModelError, match="JSON"):
        load_model(tiny_model_dir)
    cfg_path.write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(ModelError, match="not a PatchScaler"):
        load_model(tiny_model_dir)


def test_pickle_is_never_loaded(tmp_path: Path, tiny_model: PatchScaler) -> None:
    folder = save_model(tiny_model, tmp_path / "m")
    torch.save(tiny_model.state_dict(), folder / "model.pth")
    (folder / "model.safetensors").unlink()
    with pytest.raises(ModelError):
        load_model(folder)


def test_config_round_trip() -> None:
    cfg = tiny_config()
    thin = replace(cfg, cleanup=replace(cfg.grm, blocks=0))
    for config in (cfg, thin):
        assert ModelConfig.from_dict(json.loads(json.dumps(config.to_dict()))) == config
    # configs written before the clean-up GRM existed load as models without one, and those
    # written before it had a shape of its own with the GRM's
    assert "cleanup" not in cfg.to_dict() and cfg.cleanup is None
    assert ModelConfig.from_dict({**cfg.to_dict(), "cleanup": False}) == cfg
    assert ModelConfig.from_dict({**cfg.to_dict(), "cleanup": True}).cleanup == cfg.grm


def test_the_default_model_is_the_env_folder_then_the_user_folder_then_the_bundled_one(
        tiny_model_dir: Path, tmp_path: Path, user_data_home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = checkpoints.bundled_model()
    assert (bundled / "config.json").is_file() and (bundled / "model.safetensors").is_file()
    assert checkpoints.default_model() == bundled
    user = user_data_home / "patchscaler" / "models" / "patchscaler-x4"
    assert checkpoints.user_models_dir() == user.parent
    shutil.copytree(tiny_model_dir, user)
    assert checkpoints.default_model() == user
    monkeypatch.setenv("PATCHSCALER_MODELS", str(tmp_path / "elsewhere"))
    assert checkpoints.default_model() == tmp_path / "elsewhere" / "patchscaler-x4"


def test_the_bundled_model_is_the_source_trees_models_folder_in_a_checkout(
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = Path(__file__).resolve().parents[2] / "models" / "patchscaler-x4"
    assert checkpoints.bundled_model().resolve() == source
    # not installed, only on PYTHONPATH (a lent GPU machine): the package data's name is
    # missing, the folder is found all the same

    def not_installed(name: str) -> Path:
        raise ModuleNotFoundError(f"No module named {name!r}")
    monkeypatch.setattr(checkpoints.resources, "files", not_installed)
    assert checkpoints.bundled_model().resolve() == source
