"""The wheel is the whole app: build it from a copy of the source, install it into a fresh
virtual environment and run the installed ``patchscaler`` on a photo with the bundled model.

The new environment reuses this one's torch, Qt and numpy (a ``.pth`` line adds this
environment's site-packages, whose editable-install hook it does not run), so the check costs
seconds; the app itself comes from the wheel alone, which the tests assert.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ["pyproject.toml", "README.md", "LICENSE", "patchscaler_gui", "models", "resources"]
NOT_SHIPPED = ("bench.json", "bench.md", "gui_diagnostics.json", "screenshots/",
               "crop_sheet")


def _run(*args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None,
         timeout: float = 180) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=timeout)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a clean copy of the source (no stale build/ folder can leak in)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    for name in SOURCE:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", tmp / "dist", src)
    (built,) = (tmp / "dist").glob("patchscaler_gui-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with the wheel installed (torch etc. borrowed, see above)."""
    env = tmp_path_factory.mktemp("venv") / "env"
    _run(sys.executable, "-m", "venv", "--without-pip", env)
    python = env / "bin" / "python"
    purelib = _run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))")
    borrowed = sysconfig.get_path("purelib")
    Path(purelib.stdout.strip(), "borrowed-from-project.pth").write_text(borrowed + "\n")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
         "--no-index", wheel)
    return env


@pytest.fixture
def app_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PATCHSCALER"))}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "OMP_NUM_THREADS": "1",
            "PATCHSCALER_CONFIG_DIR": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data-home")}


def test_the_wheel_holds_every_module_the_model_and_the_desktop_files_and_nothing_else(
        wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "patchscaler_gui").rglob("*.py")}
    assert modules <= names
    data = "patchscaler_gui/_models/patchscaler-x4/"
    assert {data + f for f in ("model.safetensors", "config.json", "MODEL_CARD.md")} <= names
    res = "patchscaler_gui/_resources/"
    app_id = "io.github.patchscaler.PatchScaler"
    assert {res + f for f in ("sample.png", f"{app_id}.desktop", f"{app_id}.metainfo.xml",
                              f"icons/hicolor/256x256/apps/{app_id}.png")} <= names
    catalogues = {res + f"i18n/patchscaler_{code}.qm" for code in ("en", "de", "es", "fr",
                                                                    "zh_CN", "ja")}
    assert catalogues == {n for n in names if n.startswith(res + "i18n/")}  # not the .ts
    assert not [n for n in names if any(bad in n for bad in NOT_SHIPPED)]


@pytest.mark.slow
def test_the_installed_wheel_runs_info_version_upscale_and_the_gui(
        venv: Path, app_env: dict[str, str], tmp_path: Path, photo_path: Path) -> None:
    bin_dir = venv / "bin"
    where = _run(bin_dir / "python", "-c", "import patchscaler_gui; print(patchscaler_gui"
                 ".__file__)", env=app_env, cwd=tmp_path).stdout.strip()
    assert Path(where).is_relative_to(venv), where  # the wheel's copy, not the checkout

    version = _run(bin_dir / "patchscaler", "--version", env=app_env, cwd=tmp_path)
    assert version.stdout.strip() == "patchscaler 0.1.0"

    info = _run(bin_dir / "patchscaler", "info", env=app_env, cwd=tmp_path).stdout
    model_line = next(line for line in info.splitlines() if line.startswith("model: "))
    assert model_line.endswith("(verified)")
    assert Path(model_line.split()[1]).is_relative_to(venv), model_line

    small = tmp_path / "small.png"
    with Image.open(photo_path) as im:
        im.crop((0, 0, 48, 40)).save(small)
    out = tmp_path / "out.png"
    _run(bin_dir / "patchscaler", "upscale", small, "-o", out, "--budget", "1,1,1",
         "--quiet", env=app_env, cwd=tmp_path)
    with Image.open(out) as result:
        assert result.size == (192, 160)

    gui = _run(bin_dir / "patchscaler", "gui", env={**app_env, "PATCHSCALER_GUI_SMOKE": "1"},
               cwd=tmp_path).stdout
    assert ("gui smoke: window 'PatchScaler ×4' desktop_file=io.github.patchscaler.PatchScaler "
            "visible=True model: patchscaler-x4") in gui  # docks match the window to the entry
    assert "gui smoke: look balanced (the default)" in gui  # the panel holds the shipped look
