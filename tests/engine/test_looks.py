"""Looks: each maps to its plan, GRM and sharpening, stored in config.json or derived from
the plan."""

import json
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from patchscaler_gui.engine.checkpoints import load_model, save_model
from patchscaler_gui.engine.choices import LOOKS
from patchscaler_gui.engine.errors import ModelError
from patchscaler_gui.engine.events import Settings
from patchscaler_gui.engine.grouping import GroupPlan
from patchscaler_gui.engine.looks import Look, derive, matching, parse
from patchscaler_gui.engine.model import PatchScaler, random_model, tiny_config
from patchscaler_gui.engine.sharpen import Sharpening

CALIBRATED = GroupPlan(thresholds=(0.62, 0.71), starts=(2, 5, 15), budgets=(0, 2, 4))


def test_derived_looks_go_from_the_calibrated_plan_to_more_diffusion() -> None:
    looks = derive(CALIBRATED, has_cleanup=True, T=15)
    assert list(looks) == list(LOOKS)
    assert looks["faithful"] == Look(CALIBRATED, cleanup=False)
    assert looks["balanced"] == Look(CALIBRATED, cleanup=True)
    detailed = looks["detailed"]
    assert detailed.cleanup and detailed.plan.thresholds == CALIBRATED.thresholds
    assert detailed.plan.starts == (3, 8, 15) and detailed.plan.budgets == (1, 3, 6)
    for g in range(3):  # every group gets at least the calibrated number of steps
        assert detailed.plan.steps(g) >= CALIBRATED.steps(g)
    assert detailed.plan.steps(0) == 1  # the simple group is sampled, from a shallow start


def test_without_a_clean_up_grm_no_look_uses_it() -> None:
    looks = derive(CALIBRATED, has_cleanup=False, T=15)
    assert not any(look.cleanup for look in looks.values())
    assert looks["balanced"] == looks["faithful"]


def test_stored_looks_round_trip_through_config_json(tmp_path: Path) -> None:
    sharp = Sharpening(0.5, 2.0)
    detailed = Look(GroupPlan((0.3, 0.6), (4, 9, 15), (1, 4, 8)), cleanup=True, sharpen=sharp,
                    lowband=True)
    config = replace(tiny_config(), cleanup=tiny_config().grm, looks={"detailed": detailed})
    folder = save_model(random_model(config), tmp_path / "m")
    model = load_model(folder)
    assert model.config.look("detailed") == detailed
    # a look the config does not store is derived from the calibrated plan, unsharpened
    assert model.config.look("faithful") == Look(model.config.plan, cleanup=False)
    assert model.config.look("balanced").sharpen == Sharpening()
    assert not model.config.look("balanced").lowband
    looks = model.config.all_looks()
    assert matching(looks, detailed.plan, True, True, sharp, True) == "detailed"
    assert matching(looks, detailed.plan, False, True, sharp, True) is None
    assert matching(looks, detailed.plan, True, False, sharp, True) is None
    assert matching(looks, detailed.plan, True, True, Sharpening(0.5), True) is None  # σ 1 px
    assert matching(looks, detailed.plan, True, True, sharp, False) is None
    # a run of the look is sharpened and keeps the low band as it says
    assert detailed.settings(Settings(seed=3)) == Settings(seed=3, cleanup=True, sharpen=sharp,
                                                           lowband=True)


def test_a_look_may_switch_the_texture_prompt_off(tmp_path: Path) -> None:
    plain = Look(CALIBRATED, cleanup=True, texture=False)
    config = replace(tiny_config(), cleanup=tiny_config().grm, looks={"balanced": plain})
    model = load_model(save_model(random_model(config), tmp_path / "m"))
    assert model.config.look("balanced") == plain
    base = Settings(seed=7, keep_windows=False)
    assert plain.settings(base) == replace(base, cleanup=True, texture=False)
    # a stored look without the key (models before it) keeps the prompt, as derived looks do
    assert parse({"balanced": {"plan": asdict(CALIBRATED), "cleanup": True}})["balanced"] \
        == Look(CALIBRATED, cleanup=True, texture=True)
    assert all(look.texture for look in derive(CALIBRATED, True, 15).values())


def test_bad_stored_looks_are_refused(tmp_path: Path, tiny_model: PatchScaler) -> None:
    with pytest.raises(ValueError, match="unknown look vivid"):
        parse({"vivid": {"plan": {}}})
    with pytest.raises(ValueError, match="needs a plan"):
        parse({"faithful": {"cleanup": True}})
    with pytest.raises(ValueError, match="an amount"):
        parse({"faithful": {"plan": asdict(CALIBRATED), "sharpen": {"sigma": 2.0}}})
    with pytest.raises(ValueError, match="radius"):
        parse({"faithful": {"plan": asdict(CALIBRATED), "sharpen": {"amount": 0.5, "sigma": 9}}})
    with pytest.raises(ValueError, match="clean-up GRM"):
        replace(tiny_config(), cleanup=None, looks={"balanced": Look(CALIBRATED, True)})
    folder = save_model(tiny_model, tmp_path / "m")
    config = json.loads((folder / "config.json").read_text())
    config["architecture"]["looks"] = {"x": {}}
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match="unknown look x"):
        load_model(folder)
