"""Issue 15, item 4: a model folder is validated before use, even when the sha256 matches;
an output holding NaN is refused with no file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch

from patchscaler_gui.engine import checkpoints
from patchscaler_gui.engine.checkpoints import load_model, save_model
from patchscaler_gui.engine.errors import ModelError, OutputError
from patchscaler_gui.engine.imageio import Picture, save_image
from tests.conftest import make_tiny_model
from tests.robustness.conftest import photo, run


def edit(folder: Path, change: Callable[[dict[str, Any]], object]) -> None:
    """Rewrite config.json through ``change`` (the weights, and their sha256, stay)."""
    path = folder / checkpoints.CONFIG
    config = json.loads(path.read_text())
    replaced = change(config)
    path.write_text(json.dumps(config if replaced is None else replaced))


def arch(section: str, key: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(config: dict[str, Any]) -> None:
        target = config["architecture"]
        target = target[section] if section else target
        target[key] = value
    return change


CASES = [
    ("a list", lambda c: [c], "top level"),
    ("negative width", arch("grm", "width", -8), "architecture.grm.width"),
    ("text depth", arch("denoiser", "depth", "four"), "architecture.denoiser.depth"),
    ("absurd width", arch("denoiser", "width", 10**9), "architecture.denoiser.width"),
    ("float patch", arch("", "patch", 8.5), "architecture.patch"),
    ("heads", arch("denoiser", "heads", 3), "architecture.denoiser.heads"),
    ("NaN kappa", arch("schedule", "kappa", float("nan")), "architecture.schedule.kappa"),
    ("inf eta", arch("schedule", "max_sqrt_eta", float("inf")),
     "architecture.schedule.max_sqrt_eta"),
    ("negative p", arch("schedule", "p", -0.3), "architecture.schedule.p"),
    ("start beyond T", arch("plan", "starts", [1, 2, 99]), "architecture.plan.starts[2]"),
    ("NaN threshold", arch("plan", "thresholds", [float("nan"), 0.2]),
     "architecture.plan.thresholds[0]"),
    ("window", arch("", "halo", 3), "architecture.denoiser.window"),
    ("clean-up blocks", arch("cleanup", "blocks", -1), "architecture.cleanup.blocks"),
    ("clean-up text", arch("", "cleanup", "yes"), "architecture.cleanup"),
    ("colour radius", arch("", "chroma", {"radius": 0, "eps": 1e-4, "limit": 0.02}),
     "architecture.chroma.radius"),
    ("colour limit", arch("", "chroma", {"radius": 2, "eps": 1e-4, "limit": float("nan")}),
     "architecture.chroma.limit"),
    ("colour text", arch("", "chroma", "on"), "architecture.chroma"),
    ("mottle eps", arch("", "mottle", {"radius": 1, "eps": -1, "limit": 0.1}),
     "architecture.mottle.eps"),
    ("no sha", lambda c: c.pop("sha256") and None, "sha256"),
    ("schedule missing", lambda c: c["architecture"].pop("schedule") and None,
     "architecture.schedule"),
]


@pytest.mark.parametrize(("change", "field"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_a_broken_config_names_its_field(tiny_model_dir: Path, change: Any,
                                         field: str) -> None:
    edit(tiny_model_dir, change)
    with pytest.raises(ModelError) as info:
        load_model(tiny_model_dir)
    assert field in str(info.value)


def test_nan_kappa_is_refused_by_the_cli_with_no_file(tmp_path: Path,
                                                      tiny_model_dir: Path) -> None:
    edit(tiny_model_dir, arch("schedule", "kappa", float("nan")))
    out = tmp_path / "o.png"
    code, err = run("upscale", photo(tmp_path / "a.png"), "-o", out, "--model",
                    tiny_model_dir)
    assert code == 2 and err.count("\n") == 1 and "kappa" in err, err
    assert not out.exists()


@pytest.fixture
def nan_model_dir(tmp_path: Path) -> Path:
    """A model whose stored weights (and so their sha256) hold a NaN, in every GRM."""
    model = make_tiny_model()
    with torch.no_grad():
        for grm in (model.grm, model.grm_cleanup):
            if grm is not None:
                grm.tail.weight[0, 0, 0, 0] = float("nan")
    return save_model(model, tmp_path / "nan-model", {"trained": False})


@pytest.mark.parametrize("tiled", [False, True])
def test_an_output_with_nan_is_refused_and_not_written(tmp_path: Path, nan_model_dir: Path,
                                                       tiled: bool) -> None:
    out = tmp_path / "o.png"
    code, err = run("upscale", photo(tmp_path / "a.png"), "-o", out, "--model", nan_model_dir,
                    "--coarse-only", "--quiet", *(["--tile-memory", "1"] if tiled else []))
    assert code == 2 and "NaN" in err and err.count("\n") == 1, err
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.is_file()] == ["a.png"]


def test_save_refuses_nan_pixels(tmp_path: Path) -> None:
    pixels = np.full((8, 8, 3), 0.5, np.float32)
    pixels[3, 3, 1] = np.nan
    with pytest.raises(OutputError, match="NaN"):
        save_image(tmp_path / "o.png", Picture(pixels))
    assert list(tmp_path.iterdir()) == []


def test_the_shipped_model_config_passes() -> None:
    if not checkpoints.default_model().is_dir():
        pytest.skip("no installed model")
    checkpoints.read_config(checkpoints.default_model())


def test_the_shipped_model_stores_thresholds_lo_first() -> None:
    if not checkpoints.default_model().is_dir():
        pytest.skip("no installed model")
    config = json.loads((checkpoints.default_model() / "config.json").read_text())
    for plan in (config["architecture"]["plan"], config["calibration"]["plan"]):
        lo, hi = plan["thresholds"]
        assert lo < hi
