"""End to end: the real `patchscaler` CLI as a subprocess on a small real photo."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image


def cli(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "patchscaler_gui.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)


def test_upscale_writes_a_4x_image(tmp_path: Path, tiny_model_dir: Path, photo_path: Path
                                   ) -> None:
    out = tmp_path / "out.png"
    r = cli("upscale", photo_path, "-o", out, "--model", tiny_model_dir, "--budget", "1,2,3")
    assert r.returncode == 0, r.stderr
    with Image.open(photo_path) as src, Image.open(out) as res:
        assert res.size == (src.width * 4, src.height * 4)
    assert "patch-steps" in r.stderr
    assert list(tmp_path.iterdir()) == [out, tiny_model_dir] or set(tmp_path.iterdir()) == {
        out, tiny_model_dir}


def test_directory_output_keeps_stems(tmp_path: Path, tiny_model_dir: Path, photo_path: Path
                                      ) -> None:
    second = tmp_path / "second.png"
    Image.open(photo_path).crop((0, 0, 32, 32)).save(second)
    outdir = tmp_path / "out"
    r = cli("upscale", photo_path, second, "-o", outdir, "--model", tiny_model_dir,
            "--coarse-only", "--format", "jpg")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in outdir.iterdir()) == ["photo_small.jpg", "second.jpg"]


def test_scale_3_and_2_write_three_and_two_times_the_input_and_5_is_refused(
        tmp_path: Path, tiny_model_dir: Path, photo_path: Path) -> None:
    for scale in (3, 2):
        out = tmp_path / f"x{scale}.jpg"
        r = cli("upscale", photo_path, "-o", out, "--model", tiny_model_dir, "--coarse-only",
                "--scale", str(scale))
        assert r.returncode == 0, r.stderr
        with Image.open(photo_path) as src, Image.open(out) as res:
            assert res.size == (src.width * scale, src.height * scale)
    r = cli("upscale", photo_path, "-o", tmp_path / "x5.png", "--scale", "5")
    assert r.returncode == 2 and "invalid choice: 5" in r.stderr
    assert not (tmp_path / "x5.png").exists()


@pytest.mark.parametrize("kind", ["missing", "not-an-image", "corrupt-png", "empty"])
def test_bad_input_exits_2_with_one_line_and_no_output(tmp_path: Path, tiny_model_dir: Path,
                                                       photo_path: Path, kind: str) -> None:
    bad = tmp_path / "bad.png"
    if kind == "not-an-image":
        bad.write_text("hello, I am text\n" * 20)
    elif kind == "corrupt-png":
        data = photo_path.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    elif kind == "empty":
        bad.write_bytes(b"")
    out = tmp_path / "out" / "result.png"
    r = cli("upscale", bad, "-o", out, "--model", tiny_model_dir)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert r.stderr.strip().count("\n") == 0 and "error" in r.stderr
    assert not out.exists()
    leftovers = list((tmp_path / "out").iterdir()) if (tmp_path / "out").exists() else []
    assert leftovers == []


def test_no_usable_model_says_so(tmp_path: Path, photo_path: Path) -> None:
    r = cli("upscale", photo_path, "-o", tmp_path / "o.png", "--model", tmp_path / "none")
    assert r.returncode == 2
    assert "No model folder" in r.stderr
    assert not (tmp_path / "o.png").exists()


def test_existing_output_is_not_overwritten(tmp_path: Path, tiny_model_dir: Path,
                                            photo_path: Path) -> None:
    out = tmp_path / "o.png"
    out.write_bytes(b"keep me")
    r = cli("upscale", photo_path, "-o", out, "--model", tiny_model_dir, "--coarse-only")
    assert r.returncode == 2 and "--overwrite" in r.stderr
    assert out.read_bytes() == b"keep me"


def test_cleanup_uses_the_second_grm_and_a_model_without_one_is_refused(
        tmp_path: Path, tiny_model_dir: Path, photo_path: Path) -> None:
    from patchscaler_gui.engine.checkpoints import save_model
    from tests.conftest import make_tiny_model

    jpeg = tmp_path / "compressed.jpg"  # quality 40: the CLI suggests --cleanup
    with Image.open(photo_path) as im:
        im.convert("RGB").save(jpeg, quality=40)
    plain, cleaned = tmp_path / "plain.png", tmp_path / "cleaned.png"
    balanced = tmp_path / "balanced.png"
    for out, extra in ((plain, ("--look", "faithful")),
                       (cleaned, ("--look", "faithful", "--cleanup")),
                       (balanced, ("--look", "balanced"))):
        r = cli("upscale", jpeg, "-o", out, "--model", tiny_model_dir, "--coarse-only",
                *extra)
        assert r.returncode == 0, r.stderr
        assert ("quality ≈ 40); --cleanup" in r.stderr) == (out == plain)
    with Image.open(plain) as a, Image.open(cleaned) as b, Image.open(balanced) as c:
        assert a.size == b.size and a.tobytes() != b.tobytes()
        assert c.tobytes() == b.tobytes()  # the balanced look is the clean-up GRM
    without = save_model(make_tiny_model(cleanup=False), tmp_path / "no-cleanup")
    out = tmp_path / "refused.png"
    r = cli("upscale", photo_path, "-o", out, "--model", without, "--cleanup")
    assert r.returncode == 2 and "clean-up" in r.stderr
    assert not out.exists()


@pytest.mark.parametrize("look", ["faithful", "balanced", "detailed"])
def test_each_look_sets_its_plan_and_grm_and_other_options_adjust_it(
        look: str, tiny_model_dir: Path) -> None:
    from patchscaler_gui.cli import build_parser
    from patchscaler_gui.cli.upscale import _options
    from patchscaler_gui.engine.checkpoints import load_model

    model = load_model(tiny_model_dir)
    expected = model.config.look(look)
    args = build_parser().parse_args(["upscale", "in.png", "-o", "out.png", "--look", look])
    plan, settings = _options(args, model)
    assert (plan, settings.cleanup) == (expected.plan, expected.cleanup)
    assert expected.cleanup == (look != "faithful")  # the tiny model has a clean-up GRM
    args = build_parser().parse_args(["upscale", "in.png", "-o", "out.png", "--look", look,
                                      "--budget", "0,1,2", "--cleanup"])
    plan, settings = _options(args, model)
    assert plan.budgets == (0, 1, 2)
    assert plan.starts == expected.plan.starts and settings.cleanup
    args = build_parser().parse_args(["upscale", "in.png", "-o", "out.png", "--look", look,
                                      "--no-cleanup"])  # as the app's switch, off
    assert _options(args, model) == (expected.plan, replace(settings, cleanup=False))


def test_a_look_sets_the_texture_prompt_and_the_switch_sets_it_either_way(
        tiny_model_dir: Path) -> None:
    """As the app's checkbox: --texture and --no-texture override the look, both ways."""
    from patchscaler_gui.cli import build_parser
    from patchscaler_gui.cli.upscale import _options
    from patchscaler_gui.engine.checkpoints import load_model

    model = load_model(tiny_model_dir)
    looks = model.config.all_looks()
    looks["balanced"] = replace(looks["balanced"], texture=False)
    model.config = replace(model.config, looks=looks)
    for look, extra, texture in (("balanced", [], False), ("detailed", [], True),
                                 ("detailed", ["--no-texture"], False),
                                 ("balanced", ["--texture"], True)):
        args = build_parser().parse_args(["upscale", "in.png", "-o", "out.png", "--look", look,
                                          *extra])
        assert _options(args, model)[1].texture == texture


def test_sharpen_sets_the_amount_and_radius_and_bad_values_are_refused(
        tiny_model_dir: Path) -> None:
    """Each look sharpens as it stores; --sharpen AMOUNT keeps the look's radius, AMOUNT,RADIUS
    sets both, 0 switches it off (for the faithful look too: nothing ties it to clean-up)."""
    from patchscaler_gui.cli import build_parser
    from patchscaler_gui.cli.upscale import _options
    from patchscaler_gui.engine.checkpoints import load_model
    from patchscaler_gui.engine.sharpen import Sharpening

    model = load_model(tiny_model_dir)
    looks = model.config.all_looks()
    looks["detailed"] = replace(looks["detailed"], sharpen=Sharpening(0.5, 2.0))
    model.config = replace(model.config, looks=looks)
    for look, extra, expected in (("detailed", [], Sharpening(0.5, 2.0)),
                                  ("detailed", ["--sharpen", "0.75"], Sharpening(0.75, 2.0)),
                                  ("detailed", ["--sharpen", "0"], Sharpening(0.0, 2.0)),
                                  ("faithful", [], Sharpening()),
                                  ("faithful", ["--sharpen", "0.3,1.5"], Sharpening(0.3, 1.5))):
        args = build_parser().parse_args(["upscale", "in.png", "-o", "out.png", "--look", look,
                                          *extra])
        assert _options(args, model)[1].sharpen == expected
    for bad in ("-1", "0.5,0", "0.5,9", "0.5,1,2", "much"):
        r = cli("upscale", "a.png", "-o", "b.png", "--sharpen", bad)
        assert r.returncode == 2 and "--sharpen: expected an amount >= 0" in r.stderr, bad


def test_the_default_look_is_the_documented_one() -> None:
    from patchscaler_gui.cli import build_parser
    from patchscaler_gui.engine.choices import DEFAULT_LOOK

    assert build_parser().parse_args(["upscale", "a", "-o", "b"]).look == DEFAULT_LOOK
    r = cli("upscale", "a.png", "-o", "b.png", "--look", "vivid")
    assert r.returncode == 2 and "invalid choice: 'vivid'" in r.stderr


def test_help_documents_every_flag() -> None:
    r = cli("upscale", "--help")
    assert r.returncode == 0
    for flag in ("--look", "--model", "--budget", "--starts", "--thresholds", "--uniform",
                 "--coarse-only", "[--texture | --no-texture]", "[--cleanup | --no-cleanup]",
                 "--sharpen", "--seed", "--device", "--scale", "--format", "--overwrite"):
        assert flag in r.stdout


# runs the `patchscaler` command's entry with the arguments after -c, then checks torch
_NO_TORCH = ("import sys\nfrom patchscaler_gui.launch import main\ntry:\n    main(sys.argv[1:])\n"
             "except SystemExit as exit:\n    print('exit', exit.code)\n"
             "print('torch loaded' if 'torch' in sys.modules else 'no torch')\n")


@pytest.mark.parametrize(("args", "says"), [
    (["--version"], "patchscaler "), (["--help"], "usage: patchscaler"),
    (["upscale", "--help"], "--sharpen"), (["upscale", "a.png", "--sharpen", "1,9"], "exit 2"),
])
def test_help_version_and_usage_errors_answer_without_loading_torch(
        args: list[str], says: str) -> None:
    r = subprocess.run([sys.executable, "-c", _NO_TORCH, *args], capture_output=True,
                       text=True, timeout=60)
    assert says in r.stdout + r.stderr
    assert r.stdout.rstrip().endswith("no torch")


def test_info_reports_model(tiny_model_dir: Path) -> None:
    r = cli("info", "--model", tiny_model_dir)
    assert r.returncode == 0, r.stderr
    assert "verified" in r.stdout and "torch" in r.stdout
